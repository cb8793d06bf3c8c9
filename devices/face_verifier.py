"""人证比对 with a real camera: the live face against the ID card photo (dlib's HOG detector,
68-point landmarks and ResNet encoder, the models face_recognition ships; devices/face_models.py
loads them), with a head-turn liveness challenge read from the landmarks. docs/faces.md says how
it works and what was measured.

Frames and encodings live only in this process's memory for the length of one verify() call;
nothing is written anywhere. The models load lazily (warm_up() or the first verify()): loading
costs ~0.5 s and ~60 MiB, which must not delay the first screen.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

from devices.camera import CapturedFrame, FrameSource, RgbImage
from devices.face_models import FaceModels, distances
from devices.interfaces import LIVENESS_CHALLENGES, FaceMatch, FaceVerifier, Frame
from devices.status import DeviceClass, DeviceError, DeviceState, DeviceStatus, StatusReporter

Points = NDArray[np.float64]
Encoding = NDArray[np.float64]

DETECT_WIDTH = 320
"""Faces are found on a copy this wide (640x480 -> half size, upsampled once by dlib: faces
down to ~80 px of the full frame); landmarks and encodings use the full frame."""
ANALYSE_INTERVAL_S = 1 / 15
"""At most 15 frames a second are analysed (~30 ms each): about half of one core."""
MATCH_SAMPLES = 3
"""Frontal frames encoded (~80 ms each) and compared with the card; the median counts."""
SAMPLE_SPACING_S = 0.1
STALL_S = 2.0
"""No frame for this long: the camera is offline (unplugged, driver hung)."""
CARD_MIN_HEIGHT = 250
"""Card chip photos are 102x126: enlarged to this height before looking for the face."""

FRONTAL = 0.15
"""A face is frontal enough to match and to start a turn from when its nose tip sits within
this of the middle of the eye line (people asked to face the camera measure 0.49-0.62)."""
TURN_RATIO = 0.12
"""A turn moves the nose tip at least this far along the eye line (in eye-line lengths)."""
TURN_PARALLAX = 0.10
"""...and at least this far off the plane the rest of the face moved in: a flat photo that is
tilted or turned moves every landmark by one homography, a real head does not."""
BLINK_CLOSED = 0.65
BLINK_OPEN = 0.85
"""Eye aspect ratio, relative to the citizen's own open-eye level, for closed and open."""

SUPPORTED_CHALLENGES = ("turn_left", "turn_right")
"""What the flow may ask for. "blink" is implemented (eye aspect ratio) but not offered: no real
footage of a blink was available to test it on, see docs/faces.md."""

# dlib's 68 landmarks: jaw 0-16, brows 17-26, nose 27-35, eyes 36-47 (lips, 48-67, unused).
_NOSE_TIP, _EYE_OUTER_L, _EYE_OUTER_R = 30, 36, 45
_FACE_PLANE = [*range(0, 27), *range(36, 48)]  # jaw line, brows and eyes: all but the nose


# -- landmark geometry --------------------------------------------------------------------


def nose_ratio(points: Points) -> float:
    """Where the nose tip projects on the line between the outer eye corners: 0.5 frontal,
    larger when the nose points to the image's right (the citizen's own left; the camera
    image is not mirrored). Projecting on the eye line makes it blind to head tilt."""
    left, right = points[_EYE_OUTER_L], points[_EYE_OUTER_R]
    eye_line = right - left
    return float(np.dot(points[_NOSE_TIP] - left, eye_line) / np.dot(eye_line, eye_line))


def nose_parallax(before: Points, after: Points) -> float:
    """How far the nose tip moved off the plane of the rest of the face between two frames,
    along the eye line, in eye-line lengths (positive: to the image's right)."""
    src = before[_FACE_PLANE].astype(np.float32)
    dst = after[_FACE_PLANE].astype(np.float32)
    homography, _ = cv2.findHomography(src, dst, 0)
    if homography is None:
        return 0.0
    tip = before[_NOSE_TIP].astype(np.float32).reshape(1, 1, 2)
    expected = np.asarray(cv2.perspectiveTransform(tip, homography), np.float64).reshape(2)
    eye_line = after[_EYE_OUTER_R] - after[_EYE_OUTER_L]
    span = float(np.linalg.norm(eye_line))
    return float(np.dot(after[_NOSE_TIP] - expected, eye_line) / (span * span))


def eye_aspect_ratio(points: Points) -> float:
    """Soukupová and Čech's EAR, both eyes averaged: ~0.3 open, near 0 closed."""
    ratios = []
    for start in (36, 42):
        p = points[start : start + 6]
        height = np.linalg.norm(p[1] - p[5]) + np.linalg.norm(p[2] - p[4])
        ratios.append(height / (2.0 * np.linalg.norm(p[0] - p[3])))
    return float(np.mean(ratios))


@dataclass(frozen=True, repr=False)
class _Face:
    box: tuple[int, int, int, int]  # top, right, bottom, left
    points: Points

    @property
    def ratio(self) -> float:
        return nose_ratio(self.points)

    @property
    def frontal(self) -> bool:
        return abs(self.ratio - 0.5) <= FRONTAL


class _TurnCheck:
    """Frontal first, then the nose tip turned the asked way, both in pose and off the plane."""

    def __init__(self, sign: int) -> None:
        self.sign = sign  # +1: the citizen's own left (image right)
        self._base: _Face | None = None

    def feed(self, face: _Face) -> bool:
        base = self._base
        if base is not None:
            turned = self.sign * (face.ratio - base.ratio) >= TURN_RATIO
            if turned and self.sign * nose_parallax(base.points, face.points) >= TURN_PARALLAX:
                return True
        if face.frontal and (base is None or abs(face.ratio - 0.5) <= abs(base.ratio - 0.5)):
            self._base = face
        return False


class _BlinkCheck:
    """Eyes open, then closed, then open again, relative to the citizen's own open level."""

    def __init__(self) -> None:
        self._ears: list[float] = []
        self._phase = "open?"

    def feed(self, face: _Face) -> bool:
        if not face.frontal:
            return False  # a turned head changes the eye shape on its own
        ear = eye_aspect_ratio(face.points)
        self._ears.append(ear)
        if len(self._ears) < 3:
            return False
        open_level = float(np.percentile(self._ears, 90))
        if self._phase == "open?" and ear >= BLINK_OPEN * open_level:
            self._phase = "closed?"
        elif self._phase == "closed?" and ear <= BLINK_CLOSED * open_level:
            self._phase = "reopened?"
        elif self._phase == "reopened?" and ear >= BLINK_OPEN * open_level:
            return True
        return False


# -- the driver ---------------------------------------------------------------------------


class OpencvFaceVerifier(FaceVerifier):
    """Camera via OpenCV, matching via dlib; see the module docstring."""

    challenges = SUPPORTED_CHALLENGES

    def __init__(
        self,
        source: str = "0",
        match_threshold: float = 0.5,
        liveness: bool = True,
        capture_s: float = 5.0,
        model_cache: Path | None = None,
    ) -> None:
        self.reporter = StatusReporter(DeviceStatus(DeviceClass.CAMERA, DeviceState.OFFLINE))
        self.match_threshold = match_threshold
        self.liveness = liveness
        self.capture_s = capture_s
        self._source = FrameSource(source)
        self._verify_lock = threading.Lock()
        self._models_lock = threading.Lock()
        self._model_cache = model_cache
        self._fr: FaceModels | None = None
        self._models_problem = ""
        self._verifying = False

    # -- Device ----------------------------------------------------------------------------

    def open(self) -> None:
        """Start the camera and wait (on the caller's worker thread) up to STALL_S for a first
        frame, so a poll() right after open() tells the truth."""
        self._source.start()
        deadline = time.monotonic() + STALL_S
        while self._source.last_frame_age() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        self.poll()

    def close(self) -> None:
        self._source.stop()
        self.reporter.update(state=DeviceState.OFFLINE, detail="closed")

    def poll(self) -> DeviceStatus:
        """OFFLINE when no frame came for STALL_S; ONLINE again as soon as frames flow."""
        age = self._source.last_frame_age()
        if self._models_problem:
            self.reporter.update(state=DeviceState.HARDWARE_ERROR, detail=self._models_problem)
        elif age is not None and age <= STALL_S:
            self.reporter.update(state=DeviceState.ONLINE, detail="")
        elif age is not None or self._source.seconds_running() > STALL_S:
            waited = self._source.seconds_running() if age is None else age
            problem = self._source.problem or "no frames"
            self.reporter.update(state=DeviceState.OFFLINE, detail=f"{problem} ({waited:.0f} s)")
        elif not self._source.running:
            self.reporter.update(state=DeviceState.OFFLINE, detail=self._source.problem)
        return self.reporter.status

    # -- FaceVerifier ----------------------------------------------------------------------

    def warm_up(self) -> None:
        """Load dlib's models (~0.5 s, ~60 MiB; ~2 s more the very first time, while the
        landmark model is shortened into the cache). Idempotent and thread-safe; the kiosk calls
        it on a worker after the first screen, verify() too."""
        self._models()

    def preview_frame(self) -> Frame | None:
        if not self._verifying:
            return None
        frame = self._source.latest()
        if frame is None:
            return None
        height, width = frame.rgb.shape[:2]
        return Frame(width, height, frame.rgb.tobytes())

    def test_frame(self, timeout_s: float = 3.0) -> Frame | None:
        """One fresh frame for the operator's camera self-test; nothing is kept."""
        if self._verifying:
            return self.preview_frame()
        seen = self._source.latest()
        self._source.set_decoding(True)
        try:
            frame = self._source.next_frame(seen.seq if seen else -1, timeout_s)
        finally:
            self._source.set_decoding(False)
        if frame is None:
            return None
        height, width = frame.rgb.shape[:2]
        return Frame(width, height, frame.rgb.tobytes())

    def verify(self, card_photo: bytes, challenge: str) -> FaceMatch:
        if challenge not in LIVENESS_CHALLENGES:
            raise ValueError(f"unknown liveness challenge {challenge!r}")
        card_rgb = _decode_card_photo(card_photo)
        with self._verify_lock:
            fr = self._models()
            if self.poll().state is not DeviceState.ONLINE:
                raise DeviceError("device_unavailable", DeviceClass.CAMERA.value)
            card = _card_encoding(fr, card_rgb)
            del card_rgb
            self._source.set_decoding(True)
            self._verifying = True
            try:
                return self._capture(fr, card, challenge)
            finally:
                self._verifying = False
                self._source.set_decoding(False)  # the newest frame is dropped here

    # -- inside -----------------------------------------------------------------------------

    def _models(self) -> FaceModels:
        with self._models_lock:
            if self._fr is None:
                try:
                    self._fr = FaceModels(self._model_cache)
                except (ImportError, OSError, RuntimeError, ValueError) as error:
                    self._models_problem = f"face models unavailable: {type(error).__name__}"
                    self.reporter.update(
                        state=DeviceState.HARDWARE_ERROR, detail=self._models_problem
                    )
                    raise DeviceError("device_unavailable", self._models_problem) from error
                self._models_problem = ""  # loaded after all (the next poll() says so)
            return self._fr

    def _capture(self, fr: FaceModels, card: Encoding, challenge: str) -> FaceMatch:
        check: _TurnCheck | _BlinkCheck | None = None
        if self.liveness:
            check = _BlinkCheck() if challenge == "blink" else _TurnCheck(_turn_sign(challenge))
        deadline = time.monotonic() + self.capture_s
        seen = [0, 0, 0]  # frames with no face, one face, several faces
        samples: list[Encoding] = []
        proof: Encoding | None = None  # the frame that passed the challenge
        fallback: tuple[CapturedFrame, _Face] | None = None
        last_sample = -math.inf
        seq = 0
        try:
            while (left := deadline - time.monotonic()) > 0:
                frame = self._source.next_frame(seq, timeout=min(left, STALL_S))
                if frame is None:
                    if time.monotonic() < deadline:
                        self.poll()
                        raise DeviceError("device_unavailable", DeviceClass.CAMERA.value)
                    break
                started, seq = time.monotonic(), frame.seq
                count, face = _find_faces(fr, frame.rgb)
                seen[min(count, 2)] += 1
                if face is not None:
                    if check is not None and proof is None and check.feed(face):
                        proof = _encode(fr, frame.rgb, face)
                    spaced = frame.at - last_sample >= SAMPLE_SPACING_S
                    if face.frontal and len(samples) < MATCH_SAMPLES and spaced:
                        samples.append(_encode(fr, frame.rgb, face))
                        last_sample = frame.at
                    elif not samples and (fallback is None or _closer(face, fallback[1])):
                        fallback = (frame, face)
                    if (check is None or proof is not None) and len(samples) >= MATCH_SAMPLES:
                        break
                time.sleep(max(0.0, started + ANALYSE_INTERVAL_S - time.monotonic()))
            if seen[1] == 0 or seen[2] > seen[1]:
                raise DeviceError("face_several" if seen[2] else "face_not_found")
            if not samples and fallback is not None:
                samples.append(_encode(fr, fallback[0].rgb, fallback[1]))
            distance = float(np.median(distances(np.array(samples), card)))
            live = check is None
            if proof is not None:
                # The face that turned must be the face that was matched, not a swap.
                live = float(np.median(distances(np.array(samples), proof))) <= (
                    self.match_threshold
                )
            return FaceMatch(matched=distance <= self.match_threshold, distance=distance, live=live)
        finally:
            samples.clear()
            fallback = None
            proof = None


def _turn_sign(challenge: str) -> int:
    return 1 if challenge == "turn_left" else -1


def _closer(face: _Face, than: _Face) -> bool:
    return abs(face.ratio - 0.5) < abs(than.ratio - 0.5)


def _decode_card_photo(photo: bytes) -> RgbImage:
    if not photo:
        raise DeviceError("card_photo_missing", "empty")
    bgr = cv2.imdecode(np.frombuffer(photo, np.uint8), cv2.IMREAD_COLOR)
    if bgr is None or bgr.size == 0:
        raise DeviceError("card_photo_missing", "not an image")
    rgb = np.ascontiguousarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), np.uint8)
    height = rgb.shape[0]
    if height < CARD_MIN_HEIGHT:
        factor = math.ceil(CARD_MIN_HEIGHT / height)
        rgb = np.asarray(
            cv2.resize(rgb, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC), np.uint8
        )
    return rgb


def _card_encoding(fr: FaceModels, rgb: RgbImage) -> Encoding:
    boxes = fr.locations(rgb, 1)
    if not boxes:
        raise DeviceError("card_photo_missing", "no face in the card photo")
    box = max(boxes, key=lambda b: (b[2] - b[0]) * (b[1] - b[3]))  # a card shows one face
    return fr.encoding(rgb, box)


def _find_faces(fr: FaceModels, rgb: RgbImage) -> tuple[int, _Face | None]:
    """How many faces the frame shows, found at DETECT_WIDTH, and the face with its landmarks
    (from the full frame) when there is exactly one."""
    height, width = rgb.shape[:2]
    scale = min(1.0, DETECT_WIDTH / width)
    small = rgb
    if scale < 1.0:
        size = (round(width * scale), round(height * scale))
        small = np.asarray(cv2.resize(rgb, size, interpolation=cv2.INTER_AREA), np.uint8)
    found = fr.locations(small, 1)
    if len(found) != 1:
        return len(found), None
    top, right, bottom, left = found[0]
    box = (
        max(0, round(top / scale)),
        min(width, round(right / scale)),
        min(height, round(bottom / scale)),
        max(0, round(left / scale)),
    )
    return 1, _Face(box, fr.landmarks(rgb, box))


def _encode(fr: FaceModels, rgb: RgbImage, face: _Face) -> Encoding:
    return fr.encoding(rgb, face.box)
