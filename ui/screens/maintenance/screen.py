"""The maintenance screen: a column of large page buttons on the left, the page on the right.
Pages are rebuilt from plain records (ui/screens/maintenance/models.py) each time kiosk_app
has new data; every touch becomes `action(name, value)` for kiosk_app to carry out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from ui.components.widgets import button, clear_layout, label, set_text
from ui.screens.maintenance.texts import pages


class MaintenanceScreen(QWidget):
    action = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MaintenanceScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        top = QHBoxLayout()
        self.title = label(role="heading", wrap=False)
        self.operator = label(role="muted")
        self.away = button()
        self.away.setObjectName("maint-away")
        self.finish = button(role="primary")
        self.finish.setObjectName("maint-finish")
        top.addWidget(self.title)
        top.addWidget(self.operator, 1)
        top.addWidget(self.away)
        top.addWidget(self.finish)
        outer.addLayout(top)
        nav = QGridLayout()  # two rows of five: fits portrait and landscape alike
        nav.setSpacing(8)
        self.nav: dict[str, QPushButton] = {}
        for index, name in enumerate(pages()):
            widget = button(role="choice")
            widget.setObjectName(f"maint-page-{name}")
            widget.clicked.connect(lambda _=False, n=name: self.action.emit("page", n))
            nav.addWidget(widget, index // 5, index % 5)
            self.nav[name] = widget
        outer.addLayout(nav)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.scroll_area = scroll
        holder = QWidget()
        self.content = QVBoxLayout(holder)
        self.content.setSpacing(12)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        self.away.clicked.connect(lambda: self.action.emit("away", None))
        self.finish.clicked.connect(lambda: self.action.emit("finish", None))
        self.page = "health"
        self.staff_no = ""
        self.retranslate()

    # -- building blocks for the pages ----------------------------------------------------------

    def begin(self, page: str) -> None:
        """Start drawing `page`: the old content goes, the page button shows as chosen."""
        self.page = page
        clear_layout(self.content)
        for name, widget in self.nav.items():
            widget.setProperty("selected", name == page)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.content.addWidget(label(pages()[page], role="heading"))

    def end(self) -> None:
        self.content.addStretch(1)

    def text(self, text: str, role: str = "", name: str = "") -> QLabel:
        widget = label(text, role=role)
        if name:
            widget.setObjectName(name)
        self.content.addWidget(widget)
        return widget

    def card(self) -> QVBoxLayout:
        frame = QFrame()
        frame.setProperty("role", "card")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 12, 16, 12)
        self.content.addWidget(frame)
        return layout

    def act(self, text: str, action: str, value: object = None, role: str = "") -> QPushButton:
        widget = button(text, role=role)
        widget.setObjectName(f"maint-{action}" + (f"-{value}" if isinstance(value, str) else ""))
        widget.clicked.connect(lambda _=False: self.action.emit(action, value))
        return widget

    def buttons(
        self, layout: QVBoxLayout, widgets: Sequence[QPushButton], columns: int = 3
    ) -> None:
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, widget in enumerate(widgets):
            grid.addWidget(widget, index // columns, index % columns)
        layout.addLayout(grid)

    def retranslate(self) -> None:
        set_text(self.title, self.tr("维护界面"))
        set_text(self.operator, self.tr("运维人员 {0}").format(self.staff_no))
        set_text(self.away, self.tr("暂离（显示维护中）"))
        set_text(self.finish, self.tr("结束维护"))
        for name, text in pages().items():
            set_text(self.nav[name], text)
