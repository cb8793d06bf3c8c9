"""What `kiosk` does after building itself and before showing the window (app.finish_start)."""

from __future__ import annotations

import gc
import sys
from typing import Any

from kiosk_app.app import FREEZE_AFTER_MS, finish_start


def test_start_up_objects_leave_the_collector_once_the_first_screen_is_up(
    kiosk: Any, citizen: Any
) -> None:
    hook = sys.excepthook
    gc.unfreeze()
    try:
        finish_start(kiosk)
        assert sys.excepthook is not hook  # the crash guard: no traceback on the screen
        assert gc.get_freeze_count() == 0  # the first paint is not kept waiting
        citizen.pump(FREEZE_AFTER_MS / 1000 + 0.3)
        assert gc.get_freeze_count() > 10_000  # the window, catalogue, controller...
    finally:
        sys.excepthook = hook
