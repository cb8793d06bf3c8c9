"""How many of dlib's 68-point cascades the liveness check needs: `python -m benchmarks.landmarks`.

For each cascade count: the memory the loaded model costs (PSS, each in a fresh process), how
far its landmarks are from the full model's on the test photographs (in eye-line lengths), and
the two liveness numbers (devices/face_verifier.py) on the scenes the tests use: a real head
turn (obama.jpg to obama2.jpg) and a flat print of the frontal photo turned and tilted before
the camera. devices.face_models.LANDMARK_CASCADES was chosen from this table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

COUNTS = (4, 5, 6, 8, 10, 12, 15)


def model_memory_mib(path: Path) -> float:
    """PSS the loaded model adds, in a process of its own (dlib already imported)."""
    code = (
        "import os, sys, dlib\n"
        "from benchmarks.procfs import pss_kib\n"
        "before = pss_kib(os.getpid()); model = dlib.shape_predictor(sys.argv[1])\n"
        "print((pss_kib(os.getpid()) - before) / 1024)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    return float(done.stdout)


def measure(counts: tuple[int, ...]) -> list[dict[str, Any]]:
    import dlib

    from devices import face_models, face_verifier
    from tests.faces import photos, scenes

    paths = photos.ensure(photos.FACE_RECOGNITION)
    paths.update(photos.ensure(photos.SCIKIT_IMAGE))
    paths.update(photos.ensure(photos.MATPLOTLIB))
    source = face_models.model_dir() / face_models.LANDMARK_MODEL
    front = scenes.portrait(scenes.load(paths["obama.jpg"]), scenes.FACE_BOXES["obama.jpg"])
    turned = scenes.portrait(scenes.load(paths["obama2.jpg"]), scenes.FACE_BOXES["obama2.jpg"])
    wall = scenes.no_face(scenes.load(paths["obama.jpg"]))
    prints = [
        scenes.held_photo(front, wall, yaw, roll) for yaw in (-30, -15, 15, 30) for roll in (0, 15)
    ]
    detector = dlib.get_frontal_face_detector()
    faces: list[tuple[Any, Any]] = []  # every photo and its mirror image, with the face found
    for path in paths.values():
        image = scenes.load(path)
        for flipped in (image, np.ascontiguousarray(image[:, ::-1])):
            faces.extend((flipped, rect) for rect in detector(flipped, 1))

    def points(model: Any, image: Any, rect: Any | None = None) -> Any:
        rect = rect or max(detector(image, 1), key=lambda r: r.area())
        return np.array([(p.x, p.y) for p in model(image, rect).parts()], np.float64)

    full = dlib.shape_predictor(str(source))
    reference = [points(full, image, rect) for image, rect in faces]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for count in counts:
            path = face_models.landmark_model_file(source, count, Path(folder))
            model = dlib.shape_predictor(str(path))
            errors = []
            for (image, rect), ref in zip(faces, reference, strict=True):
                eye = np.linalg.norm(ref[36] - ref[45])
                moved = points(model, image, rect)[:48] - ref[:48]
                errors.append(np.linalg.norm(moved, axis=1) / eye)
            base = points(model, front)
            turn = points(model, turned)
            ratio, parallax = face_verifier.nose_ratio, face_verifier.nose_parallax
            rows.append(
                {
                    "cascades": count,
                    "memory_mib": round(model_memory_mib(path), 1),
                    "file_mib": round(path.stat().st_size / 2**20, 1),
                    "faces": len(faces),
                    "error_mean": round(float(np.mean(errors)), 4),
                    "error_p95": round(float(np.percentile(np.concatenate(errors), 95)), 4),
                    "turn_ratio": round(ratio(turn) - ratio(base), 3),
                    "turn_parallax": round(parallax(base, turn), 3),
                    "print_parallax_max": round(
                        max(abs(parallax(base, points(model, p))) for p in prints), 3
                    ),
                }
            )
            print(json.dumps(rows[-1]), file=sys.stderr)
            path.unlink()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.landmarks")
    parser.add_argument("--cascades", type=int, nargs="*", default=list(COUNTS))
    args = parser.parse_args(argv)
    rows = measure(tuple(args.cascades))
    keys = ("cascades", "memory_mib", "error_mean", "error_p95", "turn_ratio", "turn_parallax")
    print("  ".join(f"{key:>13}" for key in (*keys, "print_parallax_max")))
    for row in rows:
        print("  ".join(f"{row[key]:>13}" for key in (*keys, "print_parallax_max")))
    print("liveness thresholds: turn ratio >= 0.12 and parallax >= 0.10 (the asked way)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
