"""The hidden way in for operators: five taps in the top-right corner of the header within
three seconds. Citizens never see it; kiosk_app decides whether it is honoured (never while a
citizen's session runs)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

TAPS = 5
WITHIN_S = 3.0
CORNER_PX = 160


class HiddenGesture(QObject):
    """An event filter on `target` (the header): counts presses in its top-right corner."""

    triggered = Signal()

    def __init__(
        self,
        target: QWidget,
        taps: int = TAPS,
        within_s: float = WITHIN_S,
        corner_px: int = CORNER_PX,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(target)
        self.target = target
        self.taps = taps
        self.within_s = within_s
        self.corner_px = corner_px
        self.clock = clock
        self._times: list[float] = []
        target.installEventFilter(self)

    def in_corner(self, position: QPointF) -> bool:
        """`position` in the target's coordinates."""
        return position.x() >= self.target.width() - self.corner_px and position.y() >= 0

    def press(self, position: QPointF) -> None:
        if not self.in_corner(position):
            self._times.clear()  # a tap elsewhere starts the count again
            return
        now = self.clock()
        self._times = [t for t in self._times if now - t <= self.within_s] + [now]
        if len(self._times) >= self.taps:
            self._times.clear()
            self.triggered.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            position = event.position()
            if watched is not self.target and isinstance(watched, QWidget):
                position = QPointF(watched.mapTo(self.target, position.toPoint()))
            self.press(position)
        return False  # the press goes on as usual: nothing shows a gesture was made
