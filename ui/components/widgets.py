"""Small builders so every screen's buttons and labels look and announce themselves alike."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget


def label(
    text: str = "", role: str = "", wrap: bool = True, parent: QWidget | None = None
) -> QLabel:
    widget = QLabel(text, parent)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # platform text can never become markup
    if role:
        widget.setProperty("role", role)
    return widget


def button(text: str = "", role: str = "", parent: QWidget | None = None) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    if role:
        widget.setProperty("role", role)
    return widget


def set_text(widget: QLabel | QPushButton, text: str) -> None:
    widget.setText(text)
    widget.setAccessibleName(text.replace("\n", " "))


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget a layout holds (for screens rebuilt per view)."""
    while layout.count():
        child = layout.takeAt(0)
        if child is None:
            break
        widget = child.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif child.layout() is not None:
            inner = child.layout()
            assert inner is not None
            clear_layout(inner)


def card_frame(parent: QBoxLayout) -> QVBoxLayout:
    """A framed group (the theme's "card" role) added to `parent`; returns its inner layout."""
    frame = QFrame()
    frame.setProperty("role", "card")
    inner = QVBoxLayout(frame)
    inner.setContentsMargins(24, 20, 24, 20)
    inner.setSpacing(10)
    parent.addWidget(frame)
    return inner
