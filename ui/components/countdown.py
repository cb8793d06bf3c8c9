"""'Do you need more time?' over the screen body (never over the footer)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.components.widgets import button, label, set_text


class CountdownOverlay(QFrame):
    more_time = Signal()
    end_now = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Countdown")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 60, 60, 60)
        layout.setSpacing(30)
        layout.addStretch(1)
        self.question = label(role="heading")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds = label(role="title")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more = button(role="primary")
        self.end = button()
        for widget in (self.question, self.seconds, self.more, self.end):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.more.clicked.connect(self.more_time)
        self.end.clicked.connect(self.end_now)
        self.remaining = 0
        self.hide()

    def show_seconds(self, remaining: int) -> None:
        self.remaining = remaining
        self.retranslate()
        if self.parentWidget() is not None:
            self.setGeometry(self.parentWidget().rect())  # type: ignore[union-attr]
        self.raise_()
        self.show()

    def retranslate(self) -> None:
        set_text(self.question, self.tr("您还在吗？需要更多时间吗？"))
        set_text(self.seconds, self.tr("{0} 秒后将结束本次办理").format(self.remaining))
        set_text(self.more, self.tr("需要更多时间"))
        set_text(self.end, self.tr("结束办理"))
