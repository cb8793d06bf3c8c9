"""Stop PySide6 from keeping the source of every imported module in memory.

PySide6 (PYSIDE-2029, its `__feature__` switch) asks of every module imported after it whether
its source mentions "PySide6", and answers with inspect.getsource(), which reads the whole file
into linecache and keeps it there for the life of the process. For the kiosk that was ~500 files:
17 MiB that never comes back (freeing the cache later does not shrink the process: the lines sit
between the modules' own objects) and ~25 ms of start-up. The replacement answers the same
question from the file's bytes and keeps nothing; modules without a .py file get PySide's own
answer. The kiosk never selects a `__feature__`, so the answer itself changes nothing either way.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _mentions_pyside(original: object) -> object:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))  # type: ignore[operator]
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return False

    return uses_pyside


def install() -> bool:
    """Replace PySide6's check once PySide6 is loaded. False when this PySide6 has no such
    check (a later version may drop it): nothing is changed then."""
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "__name__", "") == "uses_pyside":
        return False
    feature._mod_uses_pyside = _mentions_pyside(original)  # type: ignore[attr-defined]
    return True
