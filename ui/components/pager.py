"""Big 上一页/下一页 keys and the page number: a long list in pages a finger can turn, instead
of scrolling, which many elderly citizens do not discover on a kiosk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.components.widgets import button, label, set_text


class Pager(QWidget):
    turned = Signal(int)  # -1 back, +1 on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.previous = button()
        self.previous.setObjectName("page-previous")
        self.next = button()
        self.next.setObjectName("page-next")
        self.number = label(role="muted", wrap=False)
        self.number.setObjectName("page-number")
        for key, step in ((self.previous, -1), (self.next, 1)):
            policy = key.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the other key and the number stay put
            key.setSizePolicy(policy)
            key.clicked.connect(lambda _=False, s=step: self.turned.emit(s))
        row.addWidget(self.previous, 2)
        row.addWidget(self.number, 1)
        row.addWidget(self.next, 2)

    def show_page(self, page: int, pages: int) -> None:
        """Shown only for more than one page; at the first or last page that key is gone, so
        nothing looks pressable that does nothing."""
        self.setVisible(pages > 1)
        self.previous.setVisible(page > 0)
        self.next.setVisible(page < pages - 1)
        set_text(self.previous, QCoreApplication.translate("HomeScreen", "上一页"))
        set_text(self.next, QCoreApplication.translate("HomeScreen", "下一页"))
        number = QCoreApplication.translate("HomeScreen", "第 {0}/{1} 页")
        set_text(self.number, number.format(page + 1, pages))
