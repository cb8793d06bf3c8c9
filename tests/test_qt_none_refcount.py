"""PySide6 6.12.0 on CPython 3.11 drops a reference to None on every Qt call that returns nothing;
after ~5,000 such calls the interpreter aborts with "Fatal Python error: none_dealloc" and the
kiosk vanishes mid-session. The pin in pyproject.toml keeps that pair away; this keeps the pin."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

REPO = Path(__file__).resolve().parent.parent
BAD_PAIR = ("6.12.0", (3, 11))
CALLS = 100_000

VOID_CALLS = textwrap.dedent(
    f"""\
    import sys

    from PySide6.QtCore import QCoreApplication, QObject, QTimer

    app = QCoreApplication([])
    obj = QObject()
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range({CALLS}):
        obj.setObjectName("kiosk")
        timer.setInterval(5)
        timer.setSingleShot(True)
        timer.stop()
    QTimer().stop()
    after = sys.getrefcount(None)
    print(before, after)
    """
)


def test_many_void_qt_calls_keep_none_alive() -> None:
    """In a child process, so an abort fails this test instead of killing pytest."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", VOID_CALLS],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    assert "none_dealloc" not in done.stderr
    before, after = (int(n) for n in done.stdout.split())
    # 4 x 100,000 void calls: the broken pair loses one reference per call (and dies long
    # before the end); a sound one moves by a handful at most.
    assert before - after < 300, (before, after)


def test_installed_pyside6_is_not_the_aborting_pair() -> None:
    version = importlib.metadata.version("PySide6-Essentials")
    assert (version, sys.version_info[:2]) != BAD_PAIR
    assert importlib.metadata.version("shiboken6") == version  # a mixed install is no pin


def test_pyproject_pin_excludes_the_aborting_release() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    [pin] = [
        Requirement(d)
        for d in project["dependencies"]
        if Requirement(d).name.lower() == "pyside6-essentials"
    ]
    if SpecifierSet(project["requires-python"]).contains("3.11"):
        assert not pin.specifier.contains(BAD_PAIR[0], prereleases=True), str(pin)
    assert pin.specifier.contains(importlib.metadata.version("PySide6-Essentials")), (
        "the installed PySide6 is not the pinned one"
    )
