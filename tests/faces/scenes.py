"""Camera footage for the face tests, built at set-up from the real photographs in photos.py:
640x480 RGB frames written as MJPG videos that the driver plays like a camera (cv2.VideoWriter,
no ffmpeg binary needed).

How real each scene is, honestly:
- portrait: a crop of a real photo, scaled to the face size a kiosk camera sees (~250 px).
- head turn: the frontal photo obama.jpg, then the photo obama2.jpg in which the same man has
  his head turned to his right. Two poses with a cut between them, not a continuous movement;
  background and light change with the cut. Mirrored left-right, it is a turn to the left (a
  mirror image of a real face is still a real face geometry, and still matches: see the test).
- flat photo turned or tilted: the frontal portrait as a print held up to the camera and
  rotated, drawn with the exact pinhole projection of a plane (a homography) in front of a real
  background. Lighting and print texture are not modelled.
- card photo: the ID card chip photo size (102x126), JPEG, cut from a real photo.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

Image = NDArray[np.uint8]
Box = tuple[int, int, int, int]  # top, right, bottom, left

FRAME_SIZE = (640, 480)
FPS = 15.0

FACE_BOXES: dict[str, Box] = {
    # Where dlib's HOG detector finds the face in each original photo (upsample 1).
    "obama.jpg": (142, 617, 409, 349),
    "obama2.jpg": (290, 438, 558, 171),
    "obama3.jpg": (277, 954, 598, 633),
    "biden.jpg": (241, 740, 562, 419),
    "astronaut.png": (76, 265, 166, 175),
    "grace_hopper.jpg": (139, 366, 325, 180),
}


def load(path: Path) -> Image:
    bgr = cv2.imread(str(path), cv2.IMREAD_COLOR)
    assert bgr is not None, path
    return np.ascontiguousarray(bgr[:, :, ::-1])


def _window(image: Image, box: Box, face_frac: float, aspect: float, face_y: float) -> Image:
    """A crop with the given width/height aspect where the face is face_frac of the width,
    face centre at face_y of the height; shrunk and shifted to stay inside the photo."""
    top, right, bottom, left = box
    height, width = image.shape[:2]
    w = min((right - left) / face_frac, width, height * aspect)
    h = w / aspect
    x0 = min(max(0.0, (left + right) / 2 - w / 2), width - w)
    y0 = min(max(0.0, (top + bottom) / 2 - face_y * h), height - h)
    return image[round(y0) : round(y0 + h), round(x0) : round(x0 + w)]


def portrait(image: Image, box: Box, size: tuple[int, int] = FRAME_SIZE) -> Image:
    crop = _window(image, box, face_frac=0.4, aspect=size[0] / size[1], face_y=0.42)
    return np.asarray(cv2.resize(crop, size, interpolation=cv2.INTER_AREA), np.uint8)


def mirrored(frame: Image) -> Image:
    return np.ascontiguousarray(frame[:, ::-1])


def card_photo(image: Image, box: Box) -> bytes:
    """What the ID card chip holds: a 102x126 colour photo, head and shoulders."""
    crop = _window(image, box, face_frac=0.62, aspect=102 / 126, face_y=0.45)
    small = cv2.resize(crop, (102, 126), interpolation=cv2.INTER_AREA)
    ok, jpeg = cv2.imencode(
        ".jpg", np.ascontiguousarray(small[:, :, ::-1]), [cv2.IMWRITE_JPEG_QUALITY, 90]
    )
    assert ok
    return jpeg.tobytes()


def no_face(obama: Image) -> Image:
    """obama.jpg below the chin: flag, suit, crossed arms and a hand; no face in view, as when
    a citizen stands too close to the camera."""
    region = obama[480:1137, 0:876]
    return np.asarray(cv2.resize(region, FRAME_SIZE, interpolation=cv2.INTER_AREA), np.uint8)


def side_by_side(left: Image, left_box: Box, right: Image, right_box: Box) -> Image:
    half = (FRAME_SIZE[0] // 2, FRAME_SIZE[1])
    a = _window(left, left_box, face_frac=0.5, aspect=half[0] / half[1], face_y=0.35)
    b = _window(right, right_box, face_frac=0.5, aspect=half[0] / half[1], face_y=0.35)
    parts = [cv2.resize(p, half, interpolation=cv2.INTER_AREA) for p in (a, b)]
    return np.ascontiguousarray(np.hstack(parts))


def held_photo(print_: Image, wall: Image, yaw_deg: float, roll_deg: float) -> Image:
    """A printed photo 70% of the frame wide, turned yaw_deg about its vertical axis after
    being tilted roll_deg in its own plane, 0.7 m from a camera with a 700 px focal length."""
    width, height = FRAME_SIZE
    pw, ph = 0.7 * width, 0.7 * width * print_.shape[0] / print_.shape[1]
    corners = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]])
    roll, yaw = np.radians(roll_deg), np.radians(yaw_deg)
    rolled = corners @ np.array([[np.cos(roll), np.sin(roll)], [-np.sin(roll), np.cos(roll)]])
    focal, distance = 700.0, 700.0
    x = rolled[:, 0] * np.cos(yaw)
    z = distance + rolled[:, 0] * np.sin(yaw)
    projected = np.stack(
        [width / 2 + focal * x / z, height / 2 + focal * rolled[:, 1] / z], axis=1
    ).astype(np.float32)
    source = np.array(
        [[0, 0], [print_.shape[1], 0], [print_.shape[1], print_.shape[0]], [0, print_.shape[0]]],
        np.float32,
    )
    homography = cv2.getPerspectiveTransform(source, projected)
    out = cv2.warpPerspective(
        print_, homography, FRAME_SIZE, dst=wall.copy(), borderMode=cv2.BORDER_TRANSPARENT
    )
    return np.asarray(out, np.uint8)


def write_video(frames: Sequence[Image], path: Path, fps: float = FPS) -> Path:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, FRAME_SIZE)
    assert writer.isOpened(), path
    try:
        for frame in frames:
            assert frame.shape == (FRAME_SIZE[1], FRAME_SIZE[0], 3), frame.shape
            writer.write(np.ascontiguousarray(frame[:, :, ::-1]))
    finally:
        writer.release()
    return path
