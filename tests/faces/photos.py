"""Real photographs for the face tests, taken from packages on PyPI rather than committed.

- face_recognition 1.3.0's source distribution: its own test photos, one man in three photos
  (obama, obama2, obama3) and another man in one (biden).
- scikit-image 0.26.0's wheel: `skimage.data.astronaut()` (a woman, Eileen Collins) and
  `chelsea()` (a cat: a real photo with no human face).
- matplotlib 3.11.2's wheel: its sample photo of Grace Hopper.

Fetched once with pip into a cache (KIOSK_TEST_PHOTOS, else ~/.cache/gov-kiosk/test-photos)
and checked against pinned SHA-256 sums. Tests that run without a network (make test runs
them in a private network namespace) need the cache filled first:

    python -m tests.faces.photos
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Package:
    requirement: str
    sdist: bool  # the sdist has the photos; else any wheel of this version does
    members: dict[str, str]  # path inside the archive -> name in the cache


FACE_RECOGNITION = Package(
    "face_recognition==1.3.0",
    sdist=True,
    members={
        f"face_recognition-1.3.0/tests/test_images/{name}": name
        for name in ("obama.jpg", "obama2.jpg", "obama3.jpg", "biden.jpg")
    },
)
SCIKIT_IMAGE = Package(
    "scikit-image==0.26.0",
    sdist=False,
    members={
        "skimage/data/astronaut.png": "astronaut.png",
        "skimage/data/chelsea.png": "chelsea.png",
    },
)
MATPLOTLIB = Package(
    "matplotlib==3.11.2",
    sdist=False,
    members={"matplotlib/mpl-data/sample_data/grace_hopper.jpg": "grace_hopper.jpg"},
)
PACKAGES = (FACE_RECOGNITION, SCIKIT_IMAGE, MATPLOTLIB)

SHA256 = {
    "obama.jpg": "0930e3aa8cae5920329c0c8cbc6a2ab70f47b0e67b432875beaa95cbf7e741f6",
    "obama2.jpg": "a7efcc907375274796f39646510704aa86672d59f6d5469d69af3c85590976a6",
    "obama3.jpg": "76ac6bf97c36dc2da0ad16a537d6a5ac1b10f48d49aac29a0cca9a17cdbc3ca3",
    "biden.jpg": "3c17508bb91554c637a2eabddfae790e5bb1caba93130814fc2ac50be9760c4c",
    "astronaut.png": "88431cd9653ccd539741b555fb0a46b61558b301d4110412b5bc28b5e3ea6cb5",
    "chelsea.png": "596aa1e7cb875eb79f437e310381d26b338a81c2da23439704a73c4651e8c4bb",
    "grace_hopper.jpg": "a8ca6d734765703b09728ab47fe59f473d93ae3967fc24c7c0288c3c7adb7130",
}


class PhotosUnavailable(RuntimeError):
    pass


def cache_dir() -> Path:
    configured = os.environ.get("KIOSK_TEST_PHOTOS")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "gov-kiosk" / "test-photos"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cached(package: Package, folder: Path) -> bool:
    return all(
        (folder / name).is_file() and _sha256(folder / name) == SHA256[name]
        for name in package.members.values()
    )


def _download(package: Package, into: Path) -> Path:
    kind = ["--no-binary", ":all:"] if package.sdist else ["--only-binary", ":all:"]
    command = [sys.executable, "-m", "pip", "download", "--no-deps", *kind]
    command += ["--quiet", "--disable-pip-version-check", "--retries", "1", "--timeout", "30"]
    command += ["-d", str(into), package.requirement]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    files = sorted(into.iterdir())
    if done.returncode != 0 or len(files) != 1:
        raise PhotosUnavailable(
            f"pip download {package.requirement} failed (is the network reachable? fill the "
            f"cache first with `python -m tests.faces.photos`):\n{done.stderr[-2000:]}"
        )
    return files[0]


def _extract(archive: Path, package: Package, folder: Path) -> None:
    if archive.name.endswith(".tar.gz"):
        with tarfile.open(archive) as tar:
            read = {m: tar.extractfile(m) for m in package.members}
            blobs = {m: f.read() for m, f in read.items() if f is not None}
    else:
        with zipfile.ZipFile(archive) as wheel:
            blobs = {m: wheel.read(m) for m in package.members}
    for member, name in package.members.items():
        if member not in blobs:
            raise PhotosUnavailable(f"{member} is not in {archive.name}")
        if hashlib.sha256(blobs[member]).hexdigest() != SHA256[name]:
            raise PhotosUnavailable(f"{member} in {archive.name} is not the pinned photo")
        partial = folder / f".{name}.partial"
        partial.write_bytes(blobs[member])
        partial.replace(folder / name)  # atomic: a cache file is either whole or absent


def ensure(*packages: Package) -> dict[str, Path]:
    """The photos of these packages, downloading each package at most once per cache."""
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for package in packages:
        if not _cached(package, folder):
            with tempfile.TemporaryDirectory(prefix="photos-") as tmp:
                _extract(_download(package, Path(tmp)), package, folder)
        paths.update({name: folder / name for name in package.members.values()})
    return paths


def main() -> int:
    try:
        paths = ensure(*PACKAGES)
    except PhotosUnavailable as error:
        print(error, file=sys.stderr)
        return 1
    print(f"{len(paths)} test photos in {cache_dir()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
