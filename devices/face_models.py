"""dlib's face models, loaded directly rather than through face_recognition.

Why: `import face_recognition` loads all four of its models (the 68-point and 5-point landmark
models, the ResNet encoder and the CNN detector: ~105 MiB) and, through face_recognition_models,
pkg_resources (~8 MiB more and ~0.1 s). The kiosk needs two of them (plus the HOG detector,
which is code), and of the 68-point model only its first cascades (see LANDMARK_CASCADES). The
calls below are the ones face_recognition makes (same detector, same box order, same encoder
with its model="large" alignment), which docs/faces.md measured.

The model files still come from the face_recognition_models package; it is found without being
imported (importing it is what pulls pkg_resources in).
"""

from __future__ import annotations

import importlib.util
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

Box = tuple[int, int, int, int]  # top, right, bottom, left: face_recognition's order
Points = NDArray[np.float64]
Encoding = NDArray[np.float64]

LANDMARK_MODEL = "shape_predictor_68_face_landmarks.dat"
ENCODER_MODEL = "dlib_face_recognition_resnet_model_v1.dat"

LANDMARK_CASCADES = 8
"""dlib's 68-point model is 15 regression cascades of 500 trees; each cascade refines the one
before, and memory grows with each (~4.7 MiB). The first 8 keep the landmarks within 1.6% of the
eye distance of the full model's on average (docs/faces.md, `python -m benchmarks.landmarks`)
and save ~33 MiB; the liveness thresholds are ten times coarser than that."""


def model_dir() -> Path:
    """Where face_recognition_models keeps the .dat files; FileNotFoundError when it is not
    installed."""
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("face_recognition_models is not installed")
    folder = Path(next(iter(spec.submodule_search_locations))) / "models"
    for name in (LANDMARK_MODEL, ENCODER_MODEL):
        if not (folder / name).is_file():
            raise FileNotFoundError(f"{name} missing from face_recognition_models")
    return folder


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "gov-kiosk" / "face-models"


# -- the shortened landmark model -------------------------------------------------------------
# dlib's serialization (dlib/serialize.h): an integer is one byte giving its length in the low
# four bits (0x80: negative) and then that many little-endian bytes; a float is two integers
# (mantissa, exponent); a vector is its length and then its items; a column matrix is -rows,
# -columns and then its items. A shape_predictor is: version, initial shape (matrix),
# forests (a vector per cascade of trees, each tree a vector of splits (idx1, idx2, threshold)
# and a vector of leaf matrices), anchor indices (a vector per cascade) and deltas (a vector
# per cascade of 2-d float vectors).


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def integer(self) -> int:
        head = self.data[self.pos]
        size = head & 0x0F
        value = int.from_bytes(self.data[self.pos + 1 : self.pos + 1 + size], "little")
        self.pos += 1 + size
        return -value if head & 0x80 else value

    def skip_integers(self, count: int) -> None:
        data, pos = self.data, self.pos
        for _ in range(count):
            pos += (data[pos] & 0x0F) + 1
        if pos > len(data):
            raise ValueError("truncated model file")
        self.pos = pos

    def skip_matrix(self) -> None:
        rows, columns = abs(self.integer()), abs(self.integer())
        self.skip_integers(2 * rows * columns)


def _pack(value: int) -> bytes:
    raw = value.to_bytes(max(1, (value.bit_length() + 7) // 8), "little")
    return bytes([len(raw)]) + raw


def shorten_landmark_model(data: bytes, cascades: int) -> bytes:
    """The same shape_predictor with only its first `cascades` cascades."""
    read = _Reader(data)
    if read.integer() != 1:
        raise ValueError("unknown shape_predictor version")
    read.skip_matrix()
    head = data[: read.pos]

    def per_cascade(skip_one: Any) -> list[bytes]:
        count = read.integer()
        if count < cascades:
            raise ValueError(f"the model has {count} cascades, fewer than {cascades}")
        parts = []
        for _ in range(count):
            start = read.pos
            skip_one()
            parts.append(data[start : read.pos])
        return parts[:cascades]

    def forest() -> None:
        for _ in range(read.integer()):
            read.skip_integers(4 * read.integer())  # splits: idx1, idx2, threshold (2 ints)
            for _ in range(read.integer()):
                read.skip_matrix()

    def anchors() -> None:
        read.skip_integers(read.integer())

    def deltas() -> None:
        read.skip_integers(4 * read.integer())

    try:
        sections = [per_cascade(forest), per_cascade(anchors), per_cascade(deltas)]
    except IndexError:
        raise ValueError("truncated model file") from None
    if read.pos != len(data):
        raise ValueError("unexpected bytes after the model")
    out = [head]
    for parts in sections:
        out.append(_pack(cascades))
        out.extend(parts)
    return b"".join(out)


CACHE_FORMAT = 1
"""In the cached file's name: raise it when shorten_landmark_model() changes."""


def landmark_model_file(
    source: Path, cascades: int, cache_dir: Path | None, rebuild: bool = False
) -> Path:
    """The shortened model, built once (~2 s) into the cache; named after the source's size and
    time so that a new model package is shortened again. Written to a .part file, flushed to
    disk, then renamed: a power cut leaves the old state or the whole new file."""
    stat = source.stat()
    name = f"68pt-v{CACHE_FORMAT}-{cascades}cascades-{stat.st_size}-{int(stat.st_mtime)}.dat"
    folder = cache_dir or default_cache_dir()
    target = folder / name
    if target.is_file() and not rebuild:
        return target
    folder.mkdir(parents=True, exist_ok=True)
    shortened = shorten_landmark_model(source.read_bytes(), cascades)
    part = tempfile.NamedTemporaryFile(dir=folder, suffix=".part", delete=False)  # noqa: SIM115
    try:
        with part:
            part.write(shortened)
            part.flush()
            os.fsync(part.fileno())
        os.replace(part.name, target)
    except BaseException:
        Path(part.name).unlink(missing_ok=True)  # a full disk must not stay full
        raise
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    for old in [*folder.glob("68pt-*.dat"), *folder.glob("*.part")]:
        if old != target:
            old.unlink(missing_ok=True)
    return target


# -- the models --------------------------------------------------------------------------------


class FaceModels:
    """HOG detector, shortened 68-point landmarks (liveness, and the alignment the encoder
    needs) and the ResNet encoder (matching). face_recognition aligns on its 5-point model by
    default: the 68 points match as well on the test photos (docs/faces.md) and save that
    model's 11.5 MiB. Loading takes ~0.5 s."""

    def __init__(self, cache_dir: Path | None = None, cascades: int = LANDMARK_CASCADES) -> None:
        import dlib  # ~6 MiB of library: only once a face check is wanted

        folder = model_dir()
        source = folder / LANDMARK_MODEL
        try:
            try:
                self._landmarks = dlib.shape_predictor(
                    str(landmark_model_file(source, cascades, cache_dir))
                )
            except RuntimeError:  # a damaged cached copy (dlib's error): build it again, once
                self._landmarks = dlib.shape_predictor(
                    str(landmark_model_file(source, cascades, cache_dir, rebuild=True))
                )
        except OSError:
            # No writable cache (read-only home): shorten into a temporary file, load, drop it.
            with tempfile.TemporaryDirectory() as scratch:
                path = landmark_model_file(source, cascades, Path(scratch))
                self._landmarks = dlib.shape_predictor(str(path))
        self._dlib = dlib
        self._detector = dlib.get_frontal_face_detector()
        self._encoder = dlib.face_recognition_model_v1(str(folder / ENCODER_MODEL))

    def _rect(self, box: Box) -> Any:
        top, right, bottom, left = box
        return self._dlib.rectangle(left, top, right, bottom)

    def locations(self, rgb: NDArray[np.uint8], upsample: int = 1) -> list[Box]:
        """Face boxes, trimmed to the image (face_recognition.face_locations, "hog")."""
        height, width = rgb.shape[:2]
        return [
            (max(r.top(), 0), min(r.right(), width), min(r.bottom(), height), max(r.left(), 0))
            for r in self._detector(rgb, upsample)
        ]

    def landmarks(self, rgb: NDArray[np.uint8], box: Box) -> Points:
        """dlib's 68 points, in dlib's order, as a 68x2 array of pixel positions."""
        shape = self._landmarks(rgb, self._rect(box))
        return np.array([(p.x, p.y) for p in shape.parts()], np.float64)

    def encoding(self, rgb: NDArray[np.uint8], box: Box) -> Encoding:
        """The 128-d descriptor (face_recognition.face_encodings, model="large")."""
        shape = self._landmarks(rgb, self._rect(box))
        return np.asarray(self._encoder.compute_face_descriptor(rgb, shape, 1), np.float64)


def distances(encodings: NDArray[np.float64], one: Encoding) -> NDArray[np.float64]:
    """Euclidean distance of each encoding to one (face_recognition.face_distance)."""
    if len(encodings) == 0:
        return np.empty(0)
    return np.asarray(np.linalg.norm(encodings - one, axis=1), np.float64)
