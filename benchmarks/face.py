"""Face verification on one core: `python -m benchmarks.face` (run by `python -m benchmarks`).

Pinned to one CPU (sched_setaffinity, one BLAS/OpenMP thread) before numpy and dlib load. Uses
the real driver (devices/face_verifier.py) on real photographs (tests/faces/photos.py: the
face_recognition 1.3.0 test photos, from the pip cache) made into 640x480 camera frames and an
ID-card chip photo by tests/faces/scenes.py.

- frame to decision: one camera frame in, the driver's own per-frame work (find the face on a
  320 px copy, 68 landmarks on the full frame, the 128-d encoding), the distance to the card's
  encoding and the match decision out. That is the work between the last frame a decision needs
  and the decision.
- verify(): the whole public call on looping footage (15 fps MJPG, as from a camera), liveness
  off (3 frontal samples 0.1 s apart) and on (the citizen turning their head in the footage).
  Mostly waiting for frames; shown for context, not budgeted.

Prints one line of JSON. Anything missing (the driver, dlib and its models, the photos) is reported
as not available with the reason, never as a number.
"""

from __future__ import annotations

import os
import sys

CPU = int(os.environ.get("BENCH_FACE_CPU", "0"))
os.sched_setaffinity(0, {CPU})
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import kiosk_app  # noqa: E402, F401  (the kiosk process's settings: malloc_tuning)

MATCH_THRESHOLD = 0.5  # the driver's default (devices.opencv.match_threshold)


def unavailable(why: str) -> dict[str, Any]:
    return {"available": False, "why": why}


def measure(frames: int, verifies: int) -> dict[str, Any]:
    try:
        import numpy as np

        from devices import face_models
        from devices import face_verifier as driver
        from tests.faces import photos, scenes
    except Exception as error:  # the driver or its packages are not installed yet
        return unavailable(f"real face driver not importable: {type(error).__name__}: {error}")
    try:
        paths = photos.ensure(photos.FACE_RECOGNITION)
    except Exception as error:
        return unavailable(f"test photos unavailable: {error}")
    verifier_cls = driver.OpencvFaceVerifier
    load_started = time.perf_counter()
    try:
        fr = verifier_cls("/nonexistent/camera.avi")._models()
    except Exception as error:
        return unavailable(f"face models do not load: {type(error).__name__}: {error}")
    load_s = time.perf_counter() - load_started
    holder = scenes.load(paths["obama.jpg"])
    frame = scenes.portrait(holder, scenes.FACE_BOXES["obama.jpg"])
    card = scenes.card_photo(
        scenes.load(paths["obama3.jpg"]), scenes.FACE_BOXES["obama3.jpg"]
    )  # another photo of the same man, as on his card
    card_encoding = driver._card_encoding(fr, driver._decode_card_photo(card))
    per_frame: list[float] = []
    distance = 0.0
    for _ in range(frames):
        started = time.perf_counter()
        count, face = driver._find_faces(fr, frame)
        assert count == 1 and face is not None
        encoding = driver._encode(fr, frame, face)
        distance = float(face_models.distances(np.array([encoding]), card_encoding)[0])
        matched = distance <= MATCH_THRESHOLD
        per_frame.append(time.perf_counter() - started)
        assert matched
    result: dict[str, Any] = {
        "available": True,
        "cpu": CPU,
        "models_load_s": load_s,
        "frame_to_decision_s": per_frame,
        "distance": distance,
    }
    with tempfile.TemporaryDirectory(prefix="bench-face-") as folder:
        turned = scenes.portrait(scenes.load(paths["obama2.jpg"]), scenes.FACE_BOXES["obama2.jpg"])
        still = scenes.write_video([frame] * 15, Path(folder) / "still.avi")
        turn = scenes.write_video([frame] * 12 + [turned] * 12, Path(folder) / "turn.avi")
        for key, video, liveness, challenge in (
            ("verify_still_s", still, False, "turn_right"),
            ("verify_turn_s", turn, True, "turn_right"),
        ):
            verifier = verifier_cls(str(video), liveness=liveness, capture_s=5.0)
            verifier.open()
            times: list[float] = []
            outcomes: list[str] = []
            try:
                for _ in range(verifies):
                    started = time.perf_counter()
                    decision = verifier.verify(card, challenge)
                    times.append(time.perf_counter() - started)
                    outcomes.append(f"matched={decision.matched} live={decision.live}")
            finally:
                verifier.close()
            result[key] = times
            result[key.removesuffix("_s") + "_outcomes"] = sorted(set(outcomes))
    return result


def make_footage(folder: Path) -> dict[str, Any]:
    """For journeys with the real camera driver: the card holder turning his head to his
    right (the tests' footage) and his ID card chip photo, from another photo of him."""
    try:
        from tests.faces import photos, scenes

        paths = photos.ensure(photos.FACE_RECOGNITION)
    except Exception as error:
        return unavailable(f"footage not made: {type(error).__name__}: {error}")
    folder.mkdir(parents=True, exist_ok=True)
    front = scenes.portrait(scenes.load(paths["obama.jpg"]), scenes.FACE_BOXES["obama.jpg"])
    turned = scenes.portrait(scenes.load(paths["obama2.jpg"]), scenes.FACE_BOXES["obama2.jpg"])
    video = scenes.write_video([front] * 12 + [turned] * 12, folder / "turn_right.avi")
    card = folder / "card.jpg"
    card.write_bytes(
        scenes.card_photo(scenes.load(paths["obama3.jpg"]), scenes.FACE_BOXES["obama3.jpg"])
    )
    return {"available": True, "video": str(video), "card": str(card), "challenge": "turn_right"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.face")
    parser.add_argument("--frames", type=int, default=30)
    parser.add_argument("--verifies", type=int, default=5)
    parser.add_argument("--footage", type=Path, help="only write camera footage and a card here")
    args = parser.parse_args(argv)
    if args.footage is not None:
        print(json.dumps(make_footage(args.footage)))
        return 0
    try:
        result = measure(args.frames, args.verifies)
    except Exception as error:
        result = unavailable(f"face benchmark failed: {type(error).__name__}: {error}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
