"""Elderly mode (MIIT 适老化): at most four choices on a screen. A question with more choices
(a complaint's five categories, a rating's reasons) shows four at a time, with one big key for
the others; the grid keeps no gaps. Applied to the step screen after a view is drawn."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ui.components.widgets import button, set_text

_GROUP_PREFIXES = ("choice-", "reason-")


def _group(name: str) -> str:
    """choice-purpose-buy and choice-purpose-sell are one question; reason-* another."""
    if name.startswith("choice-"):
        return name.rsplit("-", 1)[0]
    return "reason" if name.startswith("reason-") and name != "reason-submit" else ""


def _grid_of(widget: QWidget) -> QGridLayout | None:
    parent = widget.parentWidget()
    if parent is None:
        return None
    for grid in parent.findChildren(QGridLayout):
        if grid.indexOf(widget) >= 0:
            return grid
    return None


def _put_away(widget: QWidget, root: QWidget) -> bool:
    """Hidden on purpose (a screen's old content waiting for deletion), as opposed to new
    widgets that Qt shows on the next event round."""
    current: QWidget | None = widget
    while current is not None and current is not root:
        explicit = current.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
        if current.isHidden() and explicit:
            return True
        current = current.parentWidget()
    return False


def page_choices(root: QWidget, per_page: int) -> list[QPushButton]:
    """Page every question on root with more than per_page choices; returns the 'more' keys."""
    groups: dict[str, list[QPushButton]] = {}
    for widget in root.findChildren(QPushButton):
        key = _group(widget.objectName())
        if key and widget.property("role") == "choice" and not _put_away(widget, root):
            groups.setdefault(key, []).append(widget)
    keys = []
    for key, buttons in groups.items():
        grid = _grid_of(buttons[0])
        if len(buttons) > per_page and grid is not None:
            keys.append(_Pager(key, buttons, grid, per_page).more)
    return keys


class _Pager(QObject):
    """Lives as long as its 'more' key (a child of it), which the screen owns."""

    def __init__(
        self, key: str, buttons: list[QPushButton], grid: QGridLayout, per_page: int
    ) -> None:
        self.more = button()
        super().__init__(self.more)
        self.buttons, self.grid, self.per_page = buttons, grid, per_page
        self.pages = -(-len(buttons) // per_page)
        selected = [i for i, b in enumerate(buttons) if b.property("selected") is True]
        self.page = selected[0] // per_page if selected else 0
        self.more.setObjectName(f"more-{key}")
        self.more.clicked.connect(self.turn)
        self.show()

    def turn(self) -> None:
        self.page = (self.page + 1) % self.pages
        self.show()

    def show(self) -> None:
        for widget in (*self.buttons, self.more):
            self.grid.removeWidget(widget)
        shown = self.buttons[self.page * self.per_page : (self.page + 1) * self.per_page]
        for widget in self.buttons:
            widget.setVisible(widget in shown)
        for index, widget in enumerate(shown):
            self.grid.addWidget(widget, index // 2, index % 2)
        rows = -(-self.per_page // 2)
        self.grid.addWidget(self.more, rows, 0, 1, 2)
        set_text(
            self.more,
            QCoreApplication.translate("ElderlyPaging", "更多选项（{0}/{1}）").format(
                self.page + 1, self.pages
            ),
        )
