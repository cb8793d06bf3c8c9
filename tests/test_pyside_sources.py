"""PySide6 must not keep the source of every imported module in memory
(kiosk_app/pyside_sources.py): 17 MiB of steady-state memory, measured by benchmarks/ (issue 10)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CODE = """
import linecache, sys
{setup}
from kiosk_app.app import build_kiosk
import flows.catalogue, json
feature = sys.modules["shibokensupport.feature"].pyside_feature_dict
sources = [name for name, entry in linecache.cache.items() if len(entry) > 2]
print(json.dumps({{"sources": len(sources), "ui.window": feature.get("ui.window"),
                   "flows.catalogue": feature.get("flows.catalogue")}}))
"""


def _run(setup: str) -> dict[str, object]:
    import json

    done = subprocess.run(
        [sys.executable, "-c", CODE.format(setup=setup)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout.splitlines()[-1]))


def test_importing_the_kiosk_keeps_no_module_sources() -> None:
    found = _run("")
    assert int(found["sources"]) < 10  # type: ignore[call-overload]  # the few imported before
    # PySide's own answer is kept: a module that uses PySide6 is 0, one that does not is -1.
    assert found["ui.window"] == 0
    assert found["flows.catalogue"] == -1


def test_without_the_fix_pyside_would_keep_hundreds() -> None:
    """The reason for the fix, shown on this PySide6: if it stops reading sources, the fix and
    this test can go."""
    found = _run("import PySide6.QtCore")  # PySide first, then the kiosk: only later imports
    plain = _run(
        "import PySide6.QtCore, sys\n"
        "sys.modules['kiosk_app'] = type(sys)('kiosk_app')\n"
        "sys.modules['kiosk_app'].__path__ = ['kiosk_app']"
    )
    assert int(found["sources"]) < 10  # type: ignore[call-overload]
    assert int(plain["sources"]) > 100  # type: ignore[call-overload]
