"""Large tiles grouped by department, most used first; an unavailable item says so."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QScrollArea, QScroller, QVBoxLayout, QWidget

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
        self._model: tuple[list[tuple[Department, list[Item]]], set[str], str, int] = ([], set(), "zh_CN", 2)

    def render(
        self,
        groups: list[tuple[Department, list[Item]]],
        unavailable: set[str],
        language: str,
        columns: int,
    ) -> None:
        self._model = (groups, unavailable, language, columns)
        set_text(self.heading, self.tr("请选择要办理的事项"))
        set_text(self.hint, self.tr("办理时需要刷身份证并进行人脸比对"))
        clear_layout(self.groups)
        self.tiles = {}
        for department, items in groups:
            self.groups.addWidget(label(department.name.get(language), role="heading"))
            grid = QGridLayout()
            grid.setSpacing(16)
            for index, item in enumerate(items):
                grid.addWidget(self._tile(item, item.id in unavailable, language), index // columns, index % columns)
            for column in range(columns):
                grid.setColumnStretch(column, 1)
            self.groups.addLayout(grid)
        self.groups.addStretch(1)

    def _tile(self, item: Item, unavailable: bool, language: str) -> QWidget:
        lines = [item.name.get(language), item.summary.get(language)]
        if item.lifecycle is Lifecycle.TRIAL:
            lines[0] += "  " + self.tr("【试运行】")
        if unavailable:
            lines.append(self.tr("暂停服务"))
        tile = button("\n".join(lines), role="tile")
        tile.setAccessibleName(" ".join(lines))
        tile.setObjectName(f"tile-{item.id}")
        tile.clicked.connect(lambda _=False, i=item.id: self.item_chosen.emit(i))
        tile.setProperty("unavailable", unavailable)
        # Wrapping text in a button: let a label inside carry it.
        tile.setText("")
        inner = QHBoxLayout(tile)
        text = label("\n".join(lines))
        text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        text.setProperty("role", "muted" if unavailable else "")
        inner.addWidget(text)
        self.tiles[item.id] = tile
        return tile

    def retranslate(self) -> None:
        self.render(*self._model)
