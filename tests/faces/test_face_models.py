"""The face models as the driver loads them: dlib directly, with the 68-point landmark model cut
to its first cascades (devices/face_models.py), checked against the full model on real photos."""

from __future__ import annotations

from pathlib import Path

import dlib
import numpy as np
import pytest

from devices import face_models
from devices.face_models import FaceModels, landmark_model_file, shorten_landmark_model
from devices.status import DeviceState
from tests.faces.scenes import Image

FULL = face_models.model_dir() / face_models.LANDMARK_MODEL


def _points(model: dlib.shape_predictor, image: Image, box: face_models.Box) -> np.ndarray:
    top, right, bottom, left = box
    shape = model(image, dlib.rectangle(left, top, right, bottom))
    return np.array([(p.x, p.y) for p in shape.parts()], np.float64)


def test_the_shortened_model_finds_the_same_landmarks_as_the_full_one(
    more_images: dict[str, Image], tmp_path: Path
) -> None:
    models = FaceModels(tmp_path)
    full = dlib.shape_predictor(str(FULL))
    errors = []
    for name, image in more_images.items():
        for box in models.locations(image):
            ours, theirs = models.landmarks(image, box), _points(full, image, box)
            assert ours.shape == (68, 2)
            eye_line = np.linalg.norm(theirs[36] - theirs[45])
            error = np.linalg.norm(ours[:48] - theirs[:48], axis=1) / eye_line
            # The astronaut's eyes are 45 px apart: one pixel is 0.022 of the eye line.
            assert error.mean() < 0.06, name
            errors.append(error.mean())
    assert len(errors) >= 6  # every face photo; the cat has none
    assert np.mean(errors) < 0.03  # benchmarks/landmarks.py measured 0.016 over 14 faces
    shortened = list(tmp_path.glob("68pt-*.dat"))
    assert len(shortened) == 1
    assert shortened[0].stat().st_size < 0.6 * FULL.stat().st_size


def test_the_shortened_model_is_built_once_and_replaced_when_the_count_changes(
    tmp_path: Path,
) -> None:
    first = landmark_model_file(FULL, 8, tmp_path)
    built_at = first.stat().st_mtime_ns
    assert landmark_model_file(FULL, 8, tmp_path) == first
    assert first.stat().st_mtime_ns == built_at  # reused, not rebuilt
    other = landmark_model_file(FULL, 6, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [other.name]  # no stale copy, no .part


def test_a_damaged_model_file_is_refused_not_loaded(tmp_path: Path) -> None:
    data = FULL.read_bytes()
    with pytest.raises(ValueError):
        shorten_landmark_model(data[: len(data) // 2], 8)
    with pytest.raises(ValueError):
        shorten_landmark_model(data + b"\x01\x00", 8)
    with pytest.raises(ValueError):
        shorten_landmark_model(data, 99)  # more cascades than the model has


def test_missing_models_put_the_camera_in_hardware_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from devices.face_verifier import OpencvFaceVerifier
    from devices.status import DeviceError

    monkeypatch.setattr(face_models, "LANDMARK_MODEL", "not-there.dat")
    face = OpencvFaceVerifier("/nonexistent.avi", model_cache=tmp_path)
    with pytest.raises(DeviceError):
        face.warm_up()
    assert face.poll().state is DeviceState.HARDWARE_ERROR
    assert "FileNotFoundError" in face.poll().detail


def test_a_cache_that_cannot_be_written_still_loads(
    more_images: dict[str, Image], tmp_path: Path
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    models = FaceModels(blocked / "cache")  # cannot be created: shortened in a temporary folder
    image = more_images["obama.jpg"]
    [box] = models.locations(image)
    assert models.landmarks(image, box).shape == (68, 2)
    assert [p.name for p in tmp_path.iterdir()] == ["file-not-folder"]


def test_a_damaged_cached_model_is_built_again(
    more_images: dict[str, Image], tmp_path: Path
) -> None:
    """A power cut or a full disk must not leave the camera broken on every later start."""
    good = landmark_model_file(FULL, face_models.LANDMARK_CASCADES, tmp_path)
    size = good.stat().st_size
    good.write_bytes(good.read_bytes()[:1000])  # cut short
    (tmp_path / "tmpabc.part").write_bytes(b"half a model")  # left by an interrupted write
    models = FaceModels(tmp_path)
    image = more_images["obama.jpg"]
    [box] = models.locations(image)
    assert models.landmarks(image, box).shape == (68, 2)
    assert good.stat().st_size == size
    assert [p.name for p in tmp_path.iterdir()] == [good.name]
