"""Large tiles grouped by department, most used first; an unavailable item says so."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QScrollArea, QScroller, QVBoxLayout, QWidget

from flows.model import Department, Item, Lifecycle
from ui.components.widgets import button, clear_layout, label, set_text


class HomeScreen(QWidget):
    item_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomeScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 16)
        self.heading = label(role="heading")
        self.hint = label(role="muted")
        outer.addWidget(self.heading)
        outer.addWidget(self.hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.body = QWidget()
        self.groups = QVBoxLayout(self.body)
        self.groups.setSpacing(12)
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)
        self.tiles: dict[str, QWidget] = {}
        self._model: tuple[list[tuple[Department, list[Item]]], set[str], str, int] = (
            [],
            set(),
            "zh_CN",
            2,
        )

    def show_items(
        self,
        groups: list[tuple[Department, list[Item]]],
        unavailable: set[str],
        language: str,
        columns: int,
    ) -> None:
        """Departments side by side, each a column of its tiles, most used first."""
        self._model = (groups, unavailable, language, columns)
        set_text(self.heading, self.tr("请选择要办理的事项"))
        set_text(self.hint, self.tr("办理时需要刷身份证并进行人脸比对"))
        clear_layout(self.groups)
        self.tiles = {}
        grid = QGridLayout()
        grid.setSpacing(20)
        for index, (department, items) in enumerate(groups):
            group = QVBoxLayout()
            group.setSpacing(12)
            group.addWidget(label(department.name.get(language), role="heading"))
            for item in items:
                group.addWidget(self._tile(item, item.id in unavailable, language))
            group.addStretch(1)
            grid.addLayout(group, index // columns, index % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        self.groups.addLayout(grid)
        self.groups.addStretch(1)

    def _tile(self, item: Item, unavailable: bool, language: str) -> QWidget:
        name = item.name.get(language)
        badges = []
        if item.lifecycle is Lifecycle.TRIAL:
            badges.append(self.tr("【试运行】"))
        if unavailable:
            badges.append(self.tr("暂停服务"))
        tile = button(role="tile")
        tile.setObjectName(f"tile-{item.id}")
        tile.setAccessibleName(" ".join([name, *badges]))
        tile.setAccessibleDescription(item.summary.get(language))
        tile.setProperty("unavailable", unavailable)
        tile.clicked.connect(lambda _=False, i=item.id: self.item_chosen.emit(i))
        inner = QVBoxLayout(tile)
        inner.setContentsMargins(20, 16, 20, 16)
        title = label(name, role="tile-name")
        summary = label(item.summary.get(language), role="muted")
        parts = [title, summary]
        if badges:
            parts.append(label(" ".join(badges), role="badge"))
        for part in parts:
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inner.addWidget(part)
        inner.addStretch(1)
        self.tiles[item.id] = tile
        return tile

    def retranslate(self) -> None:
        self.show_items(*self._model)
