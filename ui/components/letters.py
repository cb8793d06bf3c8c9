"""On-screen letter keys for searching by pinyin initials (the kiosk has no keyboard).

In alphabetical order, not QWERTY: many elderly citizens have never typed on a computer
keyboard, but they know the alphabet from pinyin at school. Beside the digit keypad
(ui/components/keypad.py), which stays the one for numbers."""

from __future__ import annotations

import string

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ui.components.widgets import button, set_text

LETTERS = tuple(string.ascii_uppercase)
DELETE = "delete"
CLEAR = "clear"


class LetterKeys(QWidget):
    """Emits `key_pressed` with a letter, DELETE or CLEAR; `apply` turns that into the text."""

    key_pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LetterKeys")
        # A to Z reads left to right in every language (Uyghur mirrors the rest of the screen).
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Narrow side padding: seven keys a row must fit a portrait screen in elderly mode. One
        # sheet for all the keys (a sheet per key costs a style of its own each).
        self.setStyleSheet("QPushButton { padding-left: 4px; padding-right: 4px; }")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self.buttons: dict[str, QPushButton] = {}
        for key in (*LETTERS, DELETE, CLEAR):
            widget = button(role="choice")  # the larger text of a choice
            widget.setObjectName(f"key-{key}")
            widget.clicked.connect(lambda _=False, k=key: self.key_pressed.emit(k))
            self.buttons[key] = widget
        self.columns = 0
        self.set_columns(7)
        self.retranslate()

    def set_columns(self, columns: int) -> None:
        """Seven keys a row on a portrait screen (four rows), ten on a landscape one (three)."""
        if columns == self.columns:
            return
        self.columns = columns
        for widget in self.buttons.values():
            self.grid.removeWidget(widget)
        for index, key in enumerate(LETTERS):
            self.grid.addWidget(self.buttons[key], index // columns, index % columns)
        # Delete and clear follow the letters; where the last row has room they are two keys
        # wide, so their words fit in large print.
        row, column = divmod(len(LETTERS), columns)
        span = 2 if column + 4 <= columns else 1
        for key in (DELETE, CLEAR):
            if column + span > columns:
                row, column = row + 1, 0
            self.grid.addWidget(self.buttons[key], row, column, 1, span)
            column += span
        for column in range(max(columns, 10)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def retranslate(self) -> None:
        for key in LETTERS:
            set_text(self.buttons[key], key)
        set_text(self.buttons[DELETE], self.tr("删除"))
        set_text(self.buttons[CLEAR], self.tr("清空"))

    @staticmethod
    def apply(text: str, key: str, limit: int = 12) -> str:
        """The typed text after one key press; no initials are longer than an item's name."""
        if key == DELETE:
            return text[:-1]
        if key == CLEAR:
            return ""
        return text + key if len(text) < limit else text
