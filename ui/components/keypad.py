"""On-screen keypad (no physical keyboard on a kiosk): digits, X for ID numbers, - and ."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from ui.components.widgets import button, set_text

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "X", "0", "⌫", "-", ".", "C")


class Keypad(QWidget):
    """Emits `key_pressed` with a character, '⌫' for delete or 'C' for clear."""

    key_pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(10)
        self.buttons = {}
        for index, key in enumerate(KEYS):
            widget = button(key)
            widget.clicked.connect(lambda _=False, k=key: self.key_pressed.emit(k))
            grid.addWidget(widget, index // 3, index % 3)
            self.buttons[key] = widget
        self.retranslate()

    def retranslate(self) -> None:
        for key, widget in self.buttons.items():
            set_text(widget, key)
        self.buttons["⌫"].setAccessibleName(self.tr("删除"))
        self.buttons["C"].setAccessibleName(self.tr("清空"))

    @staticmethod
    def apply(text: str, key: str) -> str:
        if key == "⌫":
            return text[:-1]
        if key == "C":
            return ""
        return text + key
