"""When a screen is on the glass: an event filter that times the kiosk window's paint passes.

Qt Widgets paints a window in one synchronous pass when the top-level widget handles an
UpdateRequest (or its platform window an Expose or Paint event): every dirty widget gets its
paint event, then the backing store is flushed to the screen. The probe intercepts that event,
runs the pass itself (`obj.event(e)`, exactly what Qt would have called next) and notes the clock
when it returns, i.e. after the flush. A pass counts when it painted the screen being waited for
(a paint event reached that widget). Nothing in product code is changed: the filter is installed
from outside, on the window and on its platform window.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

_PASS_EVENTS = {QEvent.Type.UpdateRequest, QEvent.Type.Expose, QEvent.Type.Paint}


class _PaintFlag(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


class PaintProbe(QObject):
    """arm(target) ... on_painted(seconds_monotonic) once a pass has painted `target`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.target: Callable[[], QWidget | None] | None = None
        self.on_painted: Callable[[float], None] = lambda when: None
        self.passes = 0  # every pass timed, armed or not
        self._inside = False
        window.installEventFilter(self)
        self._handle: QObject | None = None
        self.attach_handle()

    def attach_handle(self) -> None:
        """The platform window exists once the window is shown (or created)."""
        handle = self.window.windowHandle()
        if handle is not None and handle is not self._handle:
            handle.installEventFilter(self)
            self._handle = handle

    def arm(
        self, target: Callable[[], QWidget | None], on_painted: Callable[[float], None]
    ) -> None:
        """Wait for the next pass that paints target() (evaluated at the pass)."""
        self.target = target
        self.on_painted = on_painted

    def disarm(self) -> None:
        self.target = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._inside or event.type() not in _PASS_EVENTS:
            return False
        if watched is self.window and event.type() != QEvent.Type.UpdateRequest:
            return False  # the widget's own paint event is part of a pass, not a pass
        target = self.target() if self.target is not None else None
        flag = _PaintFlag()
        if target is not None:
            target.installEventFilter(flag)
        self._inside = True
        try:
            watched.event(event)  # the pass itself: paint every dirty widget, then flush
        finally:
            self._inside = False
            if target is not None:
                target.removeEventFilter(flag)
        done = time.monotonic()
        self.passes += 1
        if target is not None and flag.painted:
            self.target = None
            self.on_painted(done)
        return True
