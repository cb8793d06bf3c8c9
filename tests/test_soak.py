"""Soak, CI-sized: 10,000 journeys in one kiosk process (most below the screens, one in a
hundred through the real widgets, see kiosk_app/soak.py), sampled every 1,000; fails if memory,
open files, sockets, threads, Qt timers or Python objects grew after the warm-up. About two
minutes. `python -m kiosk_app.soak 100000` runs the long form."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk_app.soak import Sample, growth

ROOT = Path(__file__).resolve().parent.parent
JOURNEYS = int(os.environ.get("SOAK_JOURNEYS", "10000"))
pytestmark = pytest.mark.journey


def test_ten_thousand_journeys_and_nothing_grows(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk_app.soak", str(JOURNEYS), "--every", str(JOURNEYS // 10)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    print(done.stdout)
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stdout.splitlines() if " journeys " in line]
    assert len(lines) == 11 and lines[-1].split()[0] == str(JOURNEYS)
    assert done.stdout.splitlines()[-1] == "soak: nothing grew"
    assert done.returncode == 0


def _sample(journeys: int, rss_mib: float, files: int = 15, objects: int = 260_000) -> Sample:
    kib = int(rss_mib * 1024)
    return Sample(journeys, 0.0, kib, kib, files, 1, 5, 14, objects)


def test_the_growth_check_catches_what_grows() -> None:
    """The check itself: a steady leak is named, noise is not."""
    steady = [_sample(n, 200 + (n % 3)) for n in range(0, 10_000, 1000)]
    assert growth(steady) == []
    leaking = [_sample(n, 200 + n / 250) for n in range(0, 10_000, 1000)]
    assert growth(leaking)[0].startswith("RSS grew")
    files = [_sample(n, 200, files=15 + n // 1000) for n in range(0, 10_000, 1000)]
    assert any(problem.startswith("open_files grew") for problem in growth(files))
    objects = [_sample(n, 200, objects=260_000 + n) for n in range(0, 10_000, 1000)]
    assert any(problem.startswith("Python objects grew") for problem in growth(objects))
