"""Fixtures for the real face driver: photos from PyPI packages (photos.py), camera footage
built from them once per session (scenes.py), and verifiers playing that footage."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from devices.face_verifier import OpencvFaceVerifier
from tests.faces import photos, scenes
from tests.faces.scenes import FACE_BOXES, Image

Footage = dict[str, Path]
MakeVerifier = Callable[..., OpencvFaceVerifier]


def _load(packages: tuple[photos.Package, ...]) -> dict[str, Image]:
    try:
        paths = photos.ensure(*packages)
    except photos.PhotosUnavailable as error:
        pytest.fail(str(error), pytrace=False)
    return {name: scenes.load(path) for name, path in paths.items()}


@pytest.fixture(scope="session")
def images() -> dict[str, Image]:
    """face_recognition's own test photos: obama, obama2, obama3 (one man), biden."""
    return _load((photos.FACE_RECOGNITION,))


@pytest.fixture(scope="session")
def more_images(images: dict[str, Image]) -> dict[str, Image]:
    """Plus the astronaut and the cat from scikit-image and Grace Hopper from matplotlib."""
    return {**images, **_load((photos.SCIKIT_IMAGE, photos.MATPLOTLIB))}


def portrait(images: dict[str, Image], name: str) -> Image:
    return scenes.portrait(images[name], FACE_BOXES[name])


@pytest.fixture(scope="session")
def cards(images: dict[str, Image]) -> dict[str, bytes]:
    return {name: scenes.card_photo(images[name], FACE_BOXES[name]) for name in images}


@pytest.fixture(scope="session")
def footage(images: dict[str, Image], tmp_path_factory: pytest.TempPathFactory) -> Footage:
    """Every scene the tests play, as video files (15 fps, 640x480, MJPG)."""
    folder = tmp_path_factory.mktemp("footage")
    front = portrait(images, "obama.jpg")
    turned = portrait(images, "obama2.jpg")  # the same man, head turned to his right
    wall = scenes.no_face(images["obama.jpg"])
    held_turn = [scenes.held_photo(front, wall, yaw, 0) for yaw in np.linspace(0, 45, 12)]
    held_tilt = [
        scenes.held_photo(front, wall, yaw, roll)
        for yaw, roll in zip(np.linspace(0, -40, 12), np.linspace(0, -30, 12), strict=True)
    ]
    flat = scenes.held_photo(front, wall, 0, 0)
    built = {
        "turn_right": [front] * 12 + [turned] * 12,
        "turn_left": [scenes.mirrored(f) for f in [front] * 12 + [turned] * 12],
        "still": [front] * 15,
        "held_turned": [flat] * 8 + held_turn + held_turn[-1:] * 4,
        "held_tilted": [flat] * 8 + held_tilt + held_tilt[-1:] * 4,
        "biden_still": [portrait(images, "biden.jpg")] * 15,
        "no_face": [wall] * 15,
        "two_faces": [
            scenes.side_by_side(
                images["obama.jpg"],
                FACE_BOXES["obama.jpg"],
                images["biden.jpg"],
                FACE_BOXES["biden.jpg"],
            )
        ]
        * 15,
    }
    return {
        name: scenes.write_video(frames, folder / f"{name}.avi") for name, frames in built.items()
    }


@pytest.fixture
def verifier() -> Iterator[MakeVerifier]:
    """Make an opened OpencvFaceVerifier playing a video; all are closed after the test."""
    made: list[OpencvFaceVerifier] = []

    def make(video: Path, **settings: object) -> OpencvFaceVerifier:
        face = OpencvFaceVerifier(str(video), **{"capture_s": 4.0, **settings})  # type: ignore[arg-type]
        made.append(face)
        face.open()
        return face

    yield make
    for face in made:
        face.close()
