"""The kiosk's one application-wide event filter.

Qt calls an application's event filters for every event of every object: paints, layouts,
polishes and timers, thousands while a screen is built. Each filter written in Python costs a
call into Python per event. The kiosk had three (idle timer, barcode scanner, keypad
navigation); they cost 26 ms of the first paint (benchmarks/, issue 10) and a share of every
screen change. This one looks at the event's type once and passes on the few that matter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWindow

_INPUT = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress}


class InputFilter(QObject):
    def __init__(
        self,
        on_activity: Callable[[], None],
        key_watchers: Sequence[QObject],
        parent: QObject | None = None,
    ) -> None:
        """on_activity: any press, touch or key (the idle timer starts again). key_watchers:
        asked in order about each key press at the window; the first that takes it ends it."""
        super().__init__(parent)
        self._on_activity = on_activity
        self._key_watchers = tuple(key_watchers)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT:
            return False
        self._on_activity()
        if kind == QEvent.Type.KeyPress and isinstance(watched, QWindow):
            return any(watcher.eventFilter(watched, event) for watcher in self._key_watchers)
        return False
