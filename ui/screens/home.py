"""The home screen for a long catalogue: the most-used items first, one tap away; browse by
department; search by pinyin initials on on-screen letter keys. A page never holds more choices
than fit (four in elderly mode, 适老化), with big 上一页/下一页 keys instead of scrolling.
Revoked items are never shown; an item on trial says 试运行; an item whose device is down says
暂停服务 (tapping it explains why). Ranking and matching are Qt-free, in flows/search.py."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from flows.model import Department, Item
from flows.search import SearchIndex, rank
from ui.components.cards import CardButton, department_tile, item_tile
from ui.components.letters import LetterKeys
from ui.components.pager import Pager
from ui.components.widgets import button, clear_layout, label, set_text


class Mode(enum.Enum):
    MAIN = "main"  # every item, most used first ("常用事项")
    DEPARTMENTS = "departments"  # elderly mode: the departments, four to a page
    DEPARTMENT = "department"  # one department's items
    SEARCH = "search"  # letter keys and what they find


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class HomeScreen(QWidget):
    item_chosen = Signal(str)
    changed = Signal()  # the screen shows something new: focus its main control and say it
    announce = Signal(str)  # say this now (what the letters typed so far found)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomeScreen")
        # Choices on one page: the window sets 4 in elderly mode (适老化), None otherwise.
        self.per_page: int | None = None
        self.mode = Mode.MAIN
        self.department = ""
        self.page = 0
        self.query = ""
        self.tiles: dict[str, QPushButton] = {}  # the item tiles on screen now
        self._drawn: tuple[object, ...] = ()  # what the tiles on screen show
        self.department_buttons: dict[str, QPushButton] = {}
        self.tab_buttons: dict[str, QPushButton] = {}  # "" is 常用事项 (every item)
        self._tabs_key: tuple[Any, ...] = ()
        self._groups: list[tuple[Department, list[Item]]] = []
        self._unavailable: set[str] = set()
        self._language = "zh_CN"
        self._columns = 2
        self._usage: dict[str, int] = {}
        self._ranked: list[Item] = []
        self._index = SearchIndex([])
        self._index_key: tuple[Any, ...] = ()
        self._results: list[Item] = []
        self._department_names: dict[str, str] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 12)
        outer.setSpacing(14)
        self.heading = label(role="heading")
        self.hint = label(role="muted")
        outer.addWidget(self.heading)
        outer.addWidget(self.hint)

        top = QHBoxLayout()
        top.setSpacing(16)
        self.query_box = QFrame()
        self.query_box.setProperty("role", "card")
        query_layout = QHBoxLayout(self.query_box)
        query_layout.setContentsMargins(20, 8, 20, 8)
        self.query_label = label(role="heading")
        self.query_label.setObjectName("search-query")
        query_layout.addWidget(self.query_label)
        self.search_button = self._nav("home-search", self._open_search, "primary")
        self.departments_button = self._nav("home-departments", self._open_departments)
        self.back_button = self._nav("home-back", self.go_back)
        top.addWidget(self.query_box, 1)
        top.addWidget(self.search_button, 1)
        top.addWidget(self.departments_button, 1)
        top.addWidget(self.back_button)
        outer.addLayout(top)
        self.top = top

        self.tabs = QWidget()
        # Tabs narrow enough for ten a row: a home screen laid out for landscape must not hold
        # the window wider than a portrait screen while it turns.
        self.tabs.setStyleSheet("QPushButton { min-width: 44px; padding: 4px 6px; }")
        self.tab_grid = QGridLayout(self.tabs)
        self.tab_grid.setContentsMargins(0, 0, 0, 0)
        self.tab_grid.setSpacing(10)
        outer.addWidget(self.tabs)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(12)
        self.section = label(role="heading")
        self.section.setObjectName("home-section")
        body_layout.addWidget(self.section)
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        body_layout.addLayout(self.grid)
        self.empty = QWidget()
        self.empty.setObjectName("home-empty")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(0, 24, 0, 0)
        empty_layout.setSpacing(16)
        self.empty_title = label(role="heading")
        self.empty_title.setObjectName("no-results")
        self.empty_hint = label(role="muted")
        empty_row = QHBoxLayout()
        self.retry_button = self._nav("search-retry", self._clear_query)
        self.browse_button = self._nav("search-browse", self._browse_instead)
        empty_row.addWidget(self.retry_button, 1)
        empty_row.addWidget(self.browse_button, 1)
        for widget in (self.empty_title, self.empty_hint):
            empty_layout.addWidget(widget)
        empty_layout.addLayout(empty_row)
        body_layout.addWidget(self.empty)
        body_layout.addStretch(1)
        scroll.setWidget(body)
        # Results (and their pages) on the left; on a landscape screen the letter keys go
        # beside them, on a portrait one below.
        self.middle = QHBoxLayout()
        self.middle.setSpacing(24)
        results = QVBoxLayout()
        results.setSpacing(14)
        results.addWidget(scroll, 1)
        self.middle.addLayout(results, 2)
        outer.addLayout(self.middle, 1)

        self.pager = Pager()
        self.pager.turned.connect(self._turn)
        self.previous_button, self.next_button = self.pager.previous, self.pager.next
        self.page_label = self.pager.number
        results.addWidget(self.pager)

        self.keys = LetterKeys()
        self.keys.key_pressed.connect(self._key)
        self.outer = outer
        outer.addWidget(self.keys)
        self._render()  # hide what the top of the home screen does not show

    @property
    def elderly(self) -> bool:
        """Elderly mode: few big choices a page, departments on a page of their own."""
        return self.per_page is not None

    def _nav(self, name: str, slot: Any, role: str = "") -> QPushButton:
        widget = button(role=role)
        widget.setObjectName(name)
        widget.clicked.connect(lambda _=False: slot())
        return widget

    # What the window calls ------------------------------------------------------------------

    def show_items(
        self,
        groups: list[tuple[Department, list[Item]]],
        unavailable: set[str],
        language: str,
        columns: int,
        usage: Mapping[str, int] | None = None,
    ) -> None:
        """The catalogue (departments in order, each with its items) and, when given, how often
        each item was used here; what the citizen was doing on this screen is kept."""
        self._groups = [(d, [i for i in items if i.visible]) for d, items in groups]
        self._groups = [(d, items) for d, items in self._groups if items]
        self._unavailable = set(unavailable)
        self._language = language
        self._columns = columns
        self._department_names = {d.id: d.name.get(language) for d, _items in self._groups}
        if usage is not None:
            self._usage = dict(usage)
        items = [item for _d, group in self._groups for item in group]
        key = (tuple(i.id for i in items), tuple(sorted(self._usage.items())))
        if key != self._index_key:
            self._index_key = key
            self._ranked = rank(items, self._usage)
            self._index = SearchIndex(self._ranked, [d for d, _items in self._groups])
        if self.mode is Mode.DEPARTMENT and self.department not in self._department_ids():
            self.mode = Mode.MAIN
        self.keys.retranslate()  # the window calls this again when the language changes
        self._render()

    def retranslate(self) -> None:
        self.keys.retranslate()
        self._render()

    def main_control(self) -> QWidget | None:
        """Where keypad focus starts: the first choice, or the A key when nothing is typed."""
        if self.mode is Mode.SEARCH and not self.query:
            return self.keys.buttons["A"]
        if self.mode is Mode.SEARCH and not self._results:
            return self.retry_button
        choices = [*self.tiles.values(), *self.department_buttons.values()]
        return choices[0] if choices else None

    def go_back(self) -> bool:
        """Back (or Escape) one level within the home screen; False when already at the top."""
        if self.mode is Mode.MAIN:
            return False
        if self.mode is Mode.DEPARTMENT and self.elderly:
            self._switch(Mode.DEPARTMENTS)
        else:
            self._switch(Mode.MAIN)
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        """The next citizen starts from the top, with nothing typed."""
        super().hideEvent(event)
        self.mode, self.department, self.page, self.query = Mode.MAIN, "", 0, ""

    # Moving around --------------------------------------------------------------------------

    def _switch(self, mode: Mode, department: str = "") -> None:
        self.mode, self.department, self.page = mode, department, 0
        if mode is not Mode.SEARCH:
            self.query = ""
        self._render()
        self.changed.emit()

    def _open_search(self) -> None:
        self._switch(Mode.SEARCH)

    def _open_departments(self) -> None:
        self._switch(Mode.DEPARTMENTS)

    def _browse_instead(self) -> None:
        self._switch(Mode.DEPARTMENTS if self.elderly else Mode.MAIN)

    def _choose_department(self, department: str) -> None:
        if department:
            self._switch(Mode.DEPARTMENT, department)
        else:
            self._switch(Mode.MAIN)

    def _turn(self, step: int) -> None:
        """The keypad focus stays on the page key; the new page's choices are said."""
        self.page += step
        self._render()
        names = [
            w.accessibleName() for w in (*self.tiles.values(), *self.department_buttons.values())
        ]
        self.announce.emit("。".join([self.page_label.text(), *names]))

    def _clear_query(self) -> None:
        self.query = ""
        self.page = 0
        self._render()
        self.changed.emit()

    def _key(self, key: str) -> None:
        """Results follow every key press; the keys keep the focus, the count is said."""
        self.query = LetterKeys.apply(self.query, key)
        self.page = 0
        self._render()
        if not self.query:
            return
        if self._results:
            self.announce.emit(self.tr("找到 {0} 项").format(len(self._results)))
        else:
            self.announce.emit(self.empty_title.text())

    def _department_ids(self) -> list[str]:
        return [d.id for d, _items in self._groups]

    # Drawing --------------------------------------------------------------------------------

    def _page_size(self) -> int:
        landscape = self._columns >= 3
        if self.mode is Mode.SEARCH and landscape:
            return 3  # one column beside the keys
        if self.per_page is not None:
            return self.per_page  # 适老化: at most four choices on a screen
        if self.mode is Mode.SEARCH:
            return 6  # the letter keys take the rest
        return 6 if landscape else 8

    def _grid_columns(self) -> int:
        landscape = self._columns >= 3
        if self.mode is Mode.SEARCH:
            return 1 if landscape else 2  # landscape: the keys are beside the results
        if self.elderly:
            return 4 if landscape else 2
        return 3 if landscape else 2

    def _choices(self) -> Sequence[Item | Department]:
        if self.mode is Mode.DEPARTMENTS:
            return [d for d, _items in self._groups]
        if self.mode is Mode.DEPARTMENT:
            return [i for i in self._ranked if i.department == self.department]
        if self.mode is Mode.SEARCH:
            return self._index.search(self.query)
        return self._ranked

    def _render(self) -> None:
        mode, searching = self.mode, self.mode is Mode.SEARCH
        self._texts()
        self.query_box.setVisible(searching)
        self.search_button.setVisible(not searching)
        self.departments_button.setVisible(self.elderly and mode is Mode.MAIN)
        self.back_button.setVisible(
            searching or mode is Mode.DEPARTMENTS or (mode is Mode.DEPARTMENT and self.elderly)
        )
        show_tabs = not self.elderly and mode in (Mode.MAIN, Mode.DEPARTMENT)
        self._place_tabs(beside=self._columns >= 3)
        self.tabs.setVisible(show_tabs)
        if show_tabs:
            self._draw_tabs()
        self._place_keys(beside=searching and self._columns >= 3)
        self.keys.setVisible(searching)

        choices = self._choices()
        self._results = [c for c in choices if isinstance(c, Item)]
        size = self._page_size()
        pages = max(1, -(-len(choices) // size))
        self.page = min(max(self.page, 0), pages - 1)
        shown = choices[self.page * size : (self.page + 1) * size]
        self._draw_choices(shown, compact=searching)
        nothing = searching and bool(self.query) and not choices
        self.empty.setVisible(nothing)
        titled = bool(self.section.text()) and not (show_tabs and self._columns >= 3)
        self.section.setVisible(not nothing and titled)
        self.pager.show_page(self.page, pages)

    def _place_tabs(self, beside: bool) -> None:
        """A landscape screen is short: the department tabs go in one row beside the search
        key, and the selected tab names the list (no section title)."""
        if beside == (self.top.indexOf(self.tabs) >= 0):
            return
        (self.outer if beside else self.top).removeWidget(self.tabs)
        if beside:
            self.top.insertWidget(self.top.indexOf(self.search_button) + 1, self.tabs, 5)
        else:
            self.outer.insertWidget(self.outer.indexOf(self.hint) + 2, self.tabs)

    def _place_keys(self, beside: bool) -> None:
        """Ten keys a row beside the results (landscape), seven below them (portrait)."""
        if beside == (self.middle.indexOf(self.keys) >= 0):
            return
        (self.outer if beside else self.middle).removeWidget(self.keys)
        if beside:
            self.middle.addWidget(self.keys, 3)
        else:
            self.outer.addWidget(self.keys)
        self.keys.set_columns(10 if beside else 7)

    def _texts(self) -> None:
        mode = self.mode
        if mode is Mode.SEARCH:
            heading, hint = self.tr("搜索事项"), ""
        elif mode is Mode.DEPARTMENTS:
            heading, hint = self.tr("按部门查找"), self.tr("请选择部门")
        else:
            heading, hint = (
                self.tr("请选择要办理的事项"),
                self.tr("办理时需要刷身份证并进行人脸比对"),
            )
        set_text(self.heading, heading)
        # A landscape screen is short: while searching, the query box says what to do.
        self.heading.setVisible(not (mode is Mode.SEARCH and self._columns >= 3))
        set_text(self.hint, hint)
        self.hint.setVisible(bool(hint))
        set_text(self.search_button, self.tr("搜索事项"))
        set_text(self.departments_button, self.tr("按部门查找"))
        to_top = mode in (Mode.SEARCH, Mode.DEPARTMENTS) or not self.elderly
        set_text(self.back_button, self.tr("返回首页") if to_top else self.tr("返回"))
        typed = " ".join(self.query)
        placeholder = self.tr("请输入事项名称的拼音首字母，如 SB 找社保")
        set_text(self.query_label, typed or placeholder)
        self.query_label.setProperty("role", "heading" if typed else "muted")
        _repolish(self.query_label)
        if mode is Mode.DEPARTMENT:
            section = self._department_names.get(self.department, "")
        elif mode is Mode.DEPARTMENTS:
            section = ""
        elif mode is Mode.SEARCH and self.query:
            section = self.tr("找到 {0} 项").format(len(self._index.search(self.query)))
        else:
            section = self.tr("常用事项")
        set_text(self.section, section)
        set_text(self.empty_title, self.tr("没有找到“{0}”相关的事项").format(self.query))
        set_text(self.empty_hint, self.tr("请检查拼音首字母，或按部门查找"))
        set_text(self.retry_button, self.tr("重新输入"))
        set_text(self.browse_button, self.tr("按部门查找"))

    def _draw_tabs(self) -> None:
        """Rebuilt only when the departments or the language change: a tab in keypad focus
        stays where it is when another is chosen."""
        entries = [("", self.tr("常用事项"))] + [
            (d.id, d.name.get(self._language)) for d, _items in self._groups
        ]
        per_row = min(len(entries), 10) if self._columns >= 3 else 5
        key = (tuple(entries), per_row)
        if key != self._tabs_key:
            self._tabs_key = key
            clear_layout(self.tab_grid)
            self.tab_buttons = {}
            for index, (department, name) in enumerate(entries):
                tab = CardButton(role="")
                tab.setObjectName(f"tab-{department or 'all'}")
                tab.add_line(name, centred=True)
                tab.setAccessibleName(name)
                tab.clicked.connect(lambda _=False, d=department: self._choose_department(d))
                self.tab_grid.addWidget(tab, index // per_row, index % per_row)
                self.tab_buttons[department] = tab
            for column in range(10):
                self.tab_grid.setColumnStretch(column, 1 if column < per_row else 0)
        chosen = self.department if self.mode is Mode.DEPARTMENT else ""
        for department, button_ in self.tab_buttons.items():
            if button_.property("selected") != (department == chosen):
                button_.setProperty("selected", department == chosen)
                _repolish(button_)

    def _draw_choices(self, shown: Sequence[Item | Department], compact: bool) -> None:
        drawn = (
            tuple((c.id, getattr(c, "lifecycle", "")) for c in shown),  # the trial label
            tuple(sorted(i.id for i in self._ranked)),  # a department tile counts its items
            compact,
            self._language,
            self.elderly,
            self._grid_columns(),
            frozenset(self._unavailable),
            tuple(sorted(self._department_names.items())),
        )
        if drawn == self._drawn:
            return  # the same tiles: a citizen arriving at an unchanged home screen waits less
        self._drawn = drawn
        # Item tiles are kept and put back in their new places (a used item moves up the list
        # after every citizen); department tiles are few and made again.
        reusable = {id(tile) for tile in self.tiles.values()}
        while self.grid.count():
            child = self.grid.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None and id(widget) not in reusable:
                widget.hide()
                widget.deleteLater()
        kept, self.tiles = self.tiles, {}
        self.department_buttons = {}
        columns = self._grid_columns()
        for index, choice in enumerate(shown):
            if isinstance(choice, Item):
                card = self._tile(choice, compact, kept)
            else:
                card = self._department_tile(choice)
            self.grid.addWidget(card, index // columns, index % columns)
        for stale in kept.values():  # not shown any more
            stale.hide()
            stale.deleteLater()
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def _tile(self, item: Item, compact: bool, kept: dict[str, QPushButton]) -> QPushButton:
        where = self._department_names.get(item.department, "")
        unavailable = item.id in self._unavailable
        look = (item, self._language, unavailable, compact, where, self.elderly)
        tile = kept.pop(item.id, None)
        if tile is None or tile.property("look") != repr(look):
            if tile is not None:
                tile.hide()
                tile.deleteLater()
            tile = item_tile(item, self._language, unavailable, compact, where)
            tile.setProperty("look", repr(look))
            tile.clicked.connect(lambda _=False, i=item.id: self.item_chosen.emit(i))
        self.tiles[item.id] = tile
        return tile

    def _department_tile(self, department: Department) -> QPushButton:
        count = len([i for i in self._ranked if i.department == department.id])
        tile = department_tile(department, self._language, count)
        tile.clicked.connect(lambda _=False, d=department.id: self._choose_department(d))
        self.department_buttons[department.id] = tile
        return tile
