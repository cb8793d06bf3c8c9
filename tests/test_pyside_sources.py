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
print(json.dumps({{"sources": sources, "ui.window": feature.get("ui.window"),
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


def _own(sources: object) -> list[str]:
    """The kiosk's own modules among the cached sources, but for the three loaded before the
    fix is in place (kiosk_app/__init__ and the two modules it installs first)."""
    assert isinstance(sources, list)
    early = {"__init__.py", "malloc_tuning.py", "pyside_sources.py"}
    return [
        name
        for name in sources
        if Path(name).is_relative_to(REPO)
        and Path(name).relative_to(REPO).parts[0] in ("kiosk_app", "ui", "flows", "devices")
        and not (Path(name).parent.name == "kiosk_app" and Path(name).name in early)
    ]


def test_importing_the_kiosk_keeps_no_module_sources() -> None:
    found = _run("import PySide6.QtCore")  # as the probe and the tests do: PySide6 first
    assert _own(found["sources"]) == []
    # PySide's own answer is kept: a module that uses PySide6 is 0, one that does not is -1.
    assert found["ui.window"] == 0
    assert found["flows.catalogue"] == -1


def test_without_the_fix_pyside_would_keep_them_all() -> None:
    """The reason for the fix, shown on this PySide6: if it stops reading sources, the fix and
    this test can go."""
    plain = _run(
        "import PySide6.QtCore, sys\n"
        "sys.modules['kiosk_app'] = type(sys)('kiosk_app')\n"
        "sys.modules['kiosk_app'].__path__ = ['kiosk_app']"
    )
    assert len(_own(plain["sources"])) > 50
    assert len(plain["sources"]) > 100  # type: ignore[arg-type]
