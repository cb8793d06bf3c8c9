"""Shown while nobody is using the kiosk: what it does and how to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.components.widgets import button, label, set_text


class AttractScreen(QWidget):
    touched = Signal()
    elderly_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AttractScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 24, 60, 24)  # fits a landscape screen in elderly mode
        layout.setSpacing(16)
        layout.addStretch(2)
        self.title = label(role="title")
        self.subtitle = label(role="heading")
        self.services = label(role="muted")
        for widget in (self.title, self.subtitle, self.services):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.start = button(role="primary")
        self.start.setMinimumHeight(120)
        self.elderly = button()
        self.elderly.setMinimumHeight(100)
        layout.addWidget(self.start)
        layout.addWidget(self.elderly)
        layout.addStretch(2)
        self.start.clicked.connect(self.touched)
        self.elderly.clicked.connect(self.elderly_chosen)
        self.site_name = ""
        self.retranslate()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A touch anywhere on the attract screen begins, as citizens expect."""
        self.touched.emit()
        super().mouseReleaseEvent(event)

    def retranslate(self) -> None:
        set_text(self.title, self.site_name or self.tr("政务服务自助终端"))
        set_text(self.subtitle, self.tr("24小时自助办事 · 刷身份证即可办理"))
        set_text(self.services, self.tr("社保查询 · 无房证明 · 公积金查询 …"))
        set_text(self.start, self.tr("点击屏幕开始办理"))
        set_text(self.elderly, self.tr("长辈版（大字体、慢节奏）"))
