"""Watches the GUI event loop for stalls: a timer that should tick every few ms and notes how
late it was. Tests fail on any stall over 100 ms; the watchdog (later) restarts on long ones."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer


class StallMonitor(QObject):
    def __init__(self, interval_ms: int = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.worst_ms = 0.0
        self.stalls: list[float] = []

    def start(self) -> None:
        self.worst_ms = 0.0
        self.stalls = []
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        late_ms = (now - self._last) * 1000 - self.interval_ms
        self._last = now
        self.worst_ms = max(self.worst_ms, late_ms)
        if late_ms > 100:
            self.stalls.append(late_ms)
