"""The stall monitor itself: it must catch the GUI thread held up, busy or blocked."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QTimer

from kiosk_app.stall import StallMonitor


def _run(qtbot: Any, block: Any) -> StallMonitor:
    monitor = StallMonitor()
    monitor.start()
    qtbot.wait(50)
    QTimer.singleShot(0, block)
    qtbot.wait(300)
    monitor.stop()
    return monitor


def test_a_busy_gui_thread_is_a_stall(qtbot: Any) -> None:
    def busy() -> None:
        end = time.perf_counter() + 0.2
        while time.perf_counter() < end:
            pass

    assert _run(qtbot, busy).stalls  # e.g. work that should have gone to a worker


def test_a_blocked_gui_thread_is_a_stall(qtbot: Any) -> None:
    assert _run(qtbot, lambda: time.sleep(0.2)).stalls  # e.g. a network call on the GUI thread


def test_an_idle_loop_has_no_stall(qtbot: Any) -> None:
    assert _run(qtbot, lambda: None).stalls == []
