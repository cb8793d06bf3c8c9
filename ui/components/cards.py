"""A big button that holds several lines of text (name, summary, a label), as a tile does.

A QPushButton sizes itself from its own text only; the words laid inside it would be cut off
when a long name or an English translation wraps onto more lines. This one asks its layout how
tall the words need to be at the width it gets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from flows.model import Department, Item, Lifecycle
from ui.components.widgets import label


class CardButton(QPushButton):
    """A button whose face is a column of labels; the labels let touches through to it."""

    def __init__(self, role: str = "tile", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setProperty("role", role)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(20, 14, 20, 14)
        self.column.setSpacing(6)
        self.lines: list[QLabel] = []

    def add_line(self, text: str, role: str = "", centred: bool = False) -> QLabel:
        line = label(text, role=role)
        line.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        if centred:
            line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(line)
        self.lines.append(line)
        return line

    def finish(self) -> None:
        """Words at the top, any spare height below them."""
        self.column.addStretch(1)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        needed = self.column.totalHeightForWidth(width) if self.column.hasHeightForWidth() else 0
        return max(super().sizeHint().height(), self.minimumHeight(), needed)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        words = self.column.totalSizeHint()
        width = max(hint.width(), min(words.width(), 480))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Not from the current width: a button not yet laid out is narrow, and its words
        would ask for a tall window; the layout asks heightForWidth once widths are known."""
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.column.totalMinimumSize().height()))


def item_tile(
    item: Item, language: str, unavailable: bool, compact: bool, where: str
) -> CardButton:
    """An item's tile: its name, then its summary (or, compact, its department `where`), and a
    label when it is on trial (试运行) or out of service; all of it in its accessible name."""
    name = item.name.get(language)
    badges = []
    if item.lifecycle is Lifecycle.TRIAL:
        badges.append(QCoreApplication.translate("HomeScreen", "【试运行】"))
    if unavailable:
        badges.append(QCoreApplication.translate("HomeScreen", "暂停服务"))
    tile = CardButton(role="choice" if compact else "tile")
    tile.setObjectName(f"tile-{item.id}")
    tile.setAccessibleName(" ".join([name, *badges]))
    tile.setAccessibleDescription(item.summary.get(language))
    tile.setProperty("unavailable", unavailable)
    tile.add_line(name, role="tile-name")
    tile.add_line(where if compact else item.summary.get(language), role="muted")
    if badges:
        badge = tile.add_line(" ".join(badges), role="badge")
        badge.setObjectName("trial-label" if item.lifecycle is Lifecycle.TRIAL else "")
        badge.setWordWrap(False)
        tile.column.setAlignment(badge, Qt.AlignmentFlag.AlignLeading)
    tile.finish()
    return tile


def department_tile(department: Department, language: str, count: int) -> CardButton:
    """A department to choose (elderly mode), with how many items it offers here."""
    name = department.name.get(language)
    tile = CardButton(role="tile")
    tile.setObjectName(f"department-{department.id}")
    tile.add_line(name, role="tile-name")
    tile.add_line(QCoreApplication.translate("HomeScreen", "{0} 项事项").format(count), "muted")
    tile.finish()
    tile.setAccessibleName(name)
    return tile
