"""A full on-screen keyboard for operator passwords (letters, digits, symbols, shift):
no physical keyboard on a kiosk, and a password is more than a PIN."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ui.components.widgets import button, set_text

ROWS = ("1234567890", "qwertyuiop", "asdfghjkl@", "zxcvbnm!#.", "-_$%&*+=?/")
SHIFT, DELETE, CLEAR = "⇧", "⌫", "C"


class TextKeyboard(QWidget):
    """Emits `key_pressed` with one character, '⌫' to delete or 'C' to clear."""

    key_pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shifted = False
        # Ten keys across a portrait screen: square keys, no side padding.
        self.setStyleSheet("QPushButton { padding: 0px; min-width: 80px; }")
        grid = QGridLayout(self)
        grid.setSpacing(6)
        self.keys: dict[str, QPushButton] = {}
        for row, keys in enumerate(ROWS):
            for column, key in enumerate(keys):
                widget = button(key, role="key")
                widget.setObjectName(f"key-{key}")
                widget.clicked.connect(lambda _=False, k=key: self._press(k))
                grid.addWidget(widget, row, column)
                self.keys[key] = widget
        for column, key in ((0, SHIFT), (4, DELETE), (8, CLEAR)):
            widget = button(key, role="key")
            widget.setObjectName(
                {SHIFT: "key-shift", DELETE: "key-delete", CLEAR: "key-clear"}[key]
            )
            widget.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(widget, len(ROWS), column, 1, 2)
            self.keys[key] = widget
        self.retranslate()

    def _press(self, key: str) -> None:
        if key == SHIFT:
            self.shifted = not self.shifted
            self.retranslate()
            return
        if key.isalpha() and len(key) == 1 and self.shifted:
            key = key.upper()
        self.key_pressed.emit(key)

    def type_text(self, text: str) -> None:
        """Press the keys for `text` as a finger would (tests and the demo)."""
        for char in text:
            if char.isalpha() and char.isupper() != self.shifted:
                self.keys[SHIFT].click()
            self.keys[char.lower()].click()

    def retranslate(self) -> None:
        for key, widget in self.keys.items():
            shown = key.upper() if self.shifted and key.isalpha() and len(key) == 1 else key
            set_text(widget, shown)
        self.keys[SHIFT].setProperty("selected", self.shifted)
        self.keys[SHIFT].setAccessibleName(self.tr("大写"))
        self.keys[DELETE].setAccessibleName(self.tr("删除"))
        self.keys[CLEAR].setAccessibleName(self.tr("清空"))
