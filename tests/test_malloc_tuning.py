"""Large blocks go back to the system when freed (kiosk_app/malloc_tuning.py): checking a PIN
(scrypt: a 16 MiB buffer, on a worker thread) must not leave the kiosk 16 MiB larger for good."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

CODE = """
import hashlib, os, threading
{setup}
from benchmarks.procfs import pss_kib
# A large block freed first, as the window's images are: glibc raises its threshold past it.
block = bytearray(20 * 2**20); block[::4096] = b"x" * len(block[::4096]); del block
before = pss_kib(os.getpid())
check = lambda: hashlib.scrypt(b"246810", salt=b"s" * 16, n=2**14, r=8, p=1, maxmem=2**26)
worker = threading.Thread(target=check); worker.start(); worker.join()
print((pss_kib(os.getpid()) - before) // 1024)
"""


def _grown_mib(setup: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", CODE.format(setup=setup)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def test_a_pin_check_leaves_no_memory_behind() -> None:
    assert _grown_mib("import kiosk_app") < 4


@pytest.mark.skipif(
    platform.libc_ver()[0] != "glibc" or any(key.startswith("MALLOC_") for key in os.environ),
    reason="shows glibc's own default behaviour",
)
def test_without_the_tuning_it_would() -> None:
    """Why the tuning exists, shown on this C library: if this starts failing, glibc changed."""
    assert _grown_mib("") >= 12
