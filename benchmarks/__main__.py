"""`python -m benchmarks`: the kiosk and a Chromium browser-kiosk page, measured side by side in
one run; prints a table and writes results.json (then `python -m benchmarks.check`)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import RESULTS, ROOT, report, table
from benchmarks.budgets import evaluate
from benchmarks.chromium import ChromiumMissing
from benchmarks.chromium import version as chromium_version
from benchmarks.kiosk import ProbeFailed, child_env
from benchmarks.run import (
    Settings,
    cold_starts,
    face,
    face_driver_importable,
    journeys,
    log,
    machine,
    receipts,
)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("--repeat", type=int, default=5, help="cold starts of each (default 5)")
    p.add_argument("--journeys", type=int, default=100, help="citizen journeys (default 100)")
    p.add_argument("--receipts", type=int, default=10, help="receipts via ESC/POS (default 10)")
    p.add_argument("--idle", type=float, default=30.0, help="idle window, s (default 30)")
    p.add_argument("--settle", type=float, default=3.0, help="wait before reading memory, s")
    p.add_argument("--pdfs", type=int, default=20, help="certificate renders (default 20)")
    p.add_argument("--face-frames", type=int, default=30, help="frames through the face check")
    p.add_argument("--face-verifies", type=int, default=5, help="verify() calls of each kind")
    p.add_argument(
        "--face-models",
        choices=("auto", "yes", "no"),
        default="auto",
        help="also load the real face models into the kiosk and read its memory again "
        "(auto: when devices/face_verifier.py and its models import)",
    )
    p.add_argument(
        "--camera",
        choices=("simulated", "opencv"),
        default="simulated",
        help="the journeys' camera: simulated (default), or the real face driver "
        "(devices.camera = opencv) on footage of a real face, models and all",
    )
    p.add_argument("--out", type=Path, default=RESULTS, help=f"JSON file (default {RESULTS})")
    p.add_argument("--keep", action="store_true", help="keep the work folder (logs, data)")
    p.add_argument(
        "--quick",
        action="store_true",
        help="a smoke run: 2 cold starts, 8 journeys, 4 receipts, 5 s idle (numbers are noisy)",
    )
    return p


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT)
    return done.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.quick:
        args.repeat, args.journeys, args.receipts, args.idle = 2, 8, 4, 5.0
        args.pdfs, args.face_frames, args.face_verifies = 5, 5, 2
    try:
        browser = chromium_version()
        import websocket  # noqa: F401  (websocket-client: the DevTools connection)
    except (ChromiumMissing, ImportError) as error:
        print(f"benchmarks: {error}", file=sys.stderr)
        print("  needs: apt-get install -y chromium; pip install websocket-client", file=sys.stderr)
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    env = child_env(workdir / "pycache")
    face_models = args.face_models == "yes" or (
        args.face_models == "auto" and face_driver_importable(env)
    )
    settings = Settings(
        repeat=args.repeat,
        journeys=args.journeys,
        receipts=args.receipts,
        idle_s=args.idle,
        settle_s=args.settle,
        pdfs=args.pdfs,
        face_frames=args.face_frames,
        face_verifies=args.face_verifies,
        face_models=face_models,
        camera=args.camera,
        workdir=workdir,
        env=env,
    )
    started = time.monotonic()
    results: dict[str, Any] = {
        "meta": {
            "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "commit": _git("rev-parse", "--short", "HEAD"),
            "dirty_files": len(_git("status", "--porcelain").splitlines()),
            "python": sys.version.split()[0],
            "chromium": browser,
            "machine": machine(),
            "settings": {k: v for k, v in vars(args).items() if k not in ("out",)},
            "display": "Qt offscreen platform / Chromium --headless",
        }
    }
    log(f"work folder {workdir}")
    code = 0
    try:
        settings.make_footage()
        cold = cold_starts(settings)
        results["cold_start"] = report.cold_start(cold)
        journey_raw = journeys(settings)
        results["memory"] = report.memory(cold, journey_raw)
        results["touch"] = report.touch(journey_raw)
        results["journeys"] = report.journeys_by_item(journey_raw)
        results["idle"] = report.idle(journey_raw)
        results["a4_pdf"] = report.pdf(journey_raw)
        results["receipt"] = report.receipt(receipts(settings))
        results["face"] = report.face(face(settings))
    except (ProbeFailed, OSError, TimeoutError, RuntimeError) as error:
        log(f"stopped: {error}")
        results["error"] = str(error)
        code = 1
    results["meta"]["seconds"] = round(time.monotonic() - started, 1)
    results["meta"]["loadavg_at_end"] = Path("/proc/loadavg").read_text().split()[:3]
    verdicts = evaluate(results)
    results["budgets"] = verdicts
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print()
    print(table.table(results, verdicts))
    print()
    missed = [v["key"] for v in verdicts if v["passed"] is False]
    print(
        f"{len(verdicts) - len(missed)} of {len(verdicts)} budgets not missed"
        + (f"; missed: {', '.join(missed)}" if missed else "")
    )
    print(
        f"written {args.out} in {results['meta']['seconds']:.0f} s; "
        "check with: python -m benchmarks.check"
    )
    if args.keep or code:
        print(f"work folder kept: {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
