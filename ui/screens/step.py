"""One frame for every step of every item (std 6.5: same page style, same pattern): the item
and step at the top, the step's content, the ways on at the bottom."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from flows.views import View
from ui.components.widgets import button, clear_layout, label, set_text
from ui.screens import capture_views, step_views


class StepScreen(QWidget):
    action = Signal(str, object)
    training_card = Signal(str)
    training_pay = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StepScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 20)
        outer.setSpacing(16)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        self.item_name = label(role="heading")
        self.progress = label(role="progress")
        titles.addWidget(self.item_name)
        titles.addWidget(self.progress)
        top.addLayout(titles, 1)
        self.cancel = button(role="danger")
        self.cancel.setObjectName("cancel")
        self.cancel.clicked.connect(lambda: self.action.emit("cancel", None))
        top.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        # Long forms and results scroll (by touch) instead of pushing the buttons off screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        body = QWidget()
        self.content = QVBoxLayout(body)
        self.content.setContentsMargins(0, 0, 8, 0)
        self.content.setSpacing(16)
        scroll.setWidget(body)
        self.scroller = scroll
        outer.addWidget(scroll, 1)
        self.action_bar = QHBoxLayout()
        self.action_bar.setSpacing(16)
        outer.addLayout(self.action_bar)
        self.view: View | None = None
        self.preview: QLabel | None = None
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._count_down)
        self._countdown_label: QLabel | None = None
        self._countdown_end = 0.0
        self._countdown_text = ""
        self.language = "zh_CN"
        self.training_cards: list[tuple[str, str]] = []
        self.assisted_by = ""
        self.buttons: dict[str, QPushButton] = {}

    def show_view(self, view: View, language: str) -> None:
        self.view = view
        self.language = language
        self.preview = None
        self._countdown.stop()
        clear_layout(self.content)
        clear_layout(self.action_bar)
        self.buttons = {}
        item = getattr(view, "item", None)
        progress = getattr(view, "progress", None)
        set_text(self.item_name, item.name.get(language) if item else "")
        set_text(
            self.progress,
            self.tr("第 {0} 步，共 {1} 步").format(progress.step, progress.of) if progress else "",
        )
        set_text(self.cancel, self.tr("退出办理"))
        step_views.build(self, view, language)

    def add_action(self, name: str, text: str, value: object = None, role: str = "") -> None:
        widget = button(text, role=role)
        widget.setObjectName(f"action-{name}")
        set_text(widget, text)
        widget.clicked.connect(lambda _=False: self.action.emit(name, value))
        self.action_bar.addWidget(widget, 1)
        self.buttons[f"{name}:{value}" if value is not None else name] = widget

    def start_countdown(self, target: QLabel, seconds: float, text: str) -> None:
        """A visible countdown (e.g. until a payment QR code expires), updated every second."""
        self._countdown_label = target
        self._countdown_end = time.monotonic() + seconds
        self._countdown_text = text
        self._count_down()
        self._countdown.start()

    def _count_down(self) -> None:
        left = max(0, round(self._countdown_end - time.monotonic()))
        if self._countdown_label is not None:
            set_text(self._countdown_label, self._countdown_text.format(left))
        if left == 0:
            self._countdown.stop()

    def show_preview(self, width: int, height: int, rgb: bytes) -> None:
        """Show the newest camera frame on the face step (a copy: the bytes are not kept)."""
        if self.preview is None:
            return
        image = QImage(rgb, width, height, 3 * width, QImage.Format.Format_RGB888)
        pixmap = QPixmap.fromImage(image.copy()).scaled(
            self.preview.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.preview.setPixmap(pixmap)

    def clear_preview(self) -> None:
        """At a session's end: the camera frame goes, and a scanned page or a signature still
        on the last screen leaves memory with the citizen."""
        if self.preview is not None:
            self.preview.clear()
        if self.view is not None and capture_views.handles(self.view):
            self.view = None
            clear_layout(self.content)
            clear_layout(self.action_bar)

    def retranslate(self) -> None:
        if self.view is not None:
            self.show_view(self.view, self.language)
