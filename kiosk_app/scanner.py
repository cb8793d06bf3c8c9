"""A keyboard-wedge barcode scanner (the usual payment-code scanner) types the code and Enter
within milliseconds. The kiosk has no keyboard, so a fast burst of digits ending in Enter is a
scan; slow key presses (a tactile keypad) are left alone."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWindow

MAX_GAP_S = 0.08  # scanners type a character every few ms; people do not
MIN_LENGTH = 16


class ScannerInput(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buffer = ""
        self._last = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Key events reach the top-level window once, then widgets: look at them there only.
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWindow):
            return False
        assert isinstance(event, QKeyEvent)
        now = time.monotonic()
        if now - self._last > MAX_GAP_S:
            self._buffer = ""
        self._last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code, self._buffer = self._buffer, ""
            if len(code) >= MIN_LENGTH:
                self.scanned.emit(code)
                return True
            return False
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self._buffer = (self._buffer + text)[-32:]
        else:
            self._buffer = ""
        return False
