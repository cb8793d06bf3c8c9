"""Watches the GUI event loop for stalls: a timer that should tick every few ms and notes how
late it was. Tests use it to catch blocking calls on the GUI thread (a slowed platform makes
a blocked wait long); how fast screens are drawn is measured in benchmarks/, not asserted.

A late tick is a stall when the GUI thread alone was held up: busy, or blocked waiting on
something (the very mistakes to catch). A sentinel thread ticks beside it; when the sentinel was
late over the same moment too, the whole process was starved (a machine too loaded to schedule
it), and the gap is kept apart in `starved`: real, but not something the kiosk's code did.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QTimer

STALL_MS = 100.0
_SENTINEL_S = 0.01


class StallMonitor(QObject):
    def __init__(
        self, interval_ms: int = 10, parent: QObject | None = None, stall_ms: float = STALL_MS
    ) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.stall_ms = stall_ms
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.worst_ms = 0.0
        self.stalls: list[float] = []
        self.starved: list[float] = []
        self._sentinel_late: list[tuple[float, float]] = []  # (end, late_s), sentinel thread
        self._running = threading.Event()
        self._sentinel: threading.Thread | None = None

    def start(self) -> None:
        self.worst_ms = 0.0
        self.stalls = []
        self.starved = []
        self._sentinel_late = []
        self._running.set()
        self._sentinel = threading.Thread(target=self._watch, name="stall-sentinel", daemon=True)
        self._sentinel.start()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._running.clear()
        if self._sentinel is not None:
            self._sentinel.join(timeout=1)

    def _watch(self) -> None:
        while self._running.is_set():
            began = time.perf_counter()
            time.sleep(_SENTINEL_S)
            ended = time.perf_counter()
            late = ended - began - _SENTINEL_S
            if late > 0.03:
                self._sentinel_late.append((ended, late))

    def _starved(self, began: float, ended: float, late_s: float) -> bool:
        """Was the sentinel held up for most of the same gap?"""
        overlap = sum(
            late for end, late in list(self._sentinel_late) if began <= end <= ended + 0.05
        )
        return overlap >= late_s / 2

    def _tick(self) -> None:
        now = time.perf_counter()
        late_ms = (now - self._last) * 1000 - self.interval_ms
        began, self._last = self._last, now
        if late_ms <= self.stall_ms:
            self.worst_ms = max(self.worst_ms, late_ms)
            return
        if self._starved(began, now, late_ms / 1000):
            self.starved.append(late_ms)
        else:
            self.worst_ms = max(self.worst_ms, late_ms)
            self.stalls.append(late_ms)
