"""The home screen with a long catalogue: most-used first, departments, search by pinyin
initials typed on the on-screen letter keys, four choices a page in elderly mode, trial items
labelled and counted apart, revoked items gone. Driven through the real widgets and store."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

from flows.catalogue import ITEMS_DIR, load_catalogue
from flows.model import Department, Item, Text
from flows.search import SearchIndex, initials, rank
from kiosk_app.app import build_kiosk, ensure_application
from kiosk_app.config import Config
from kiosk_app.demo import LANDSCAPE, PORTRAIT, Citizen
from kiosk_app.reports import Week, report_csv, weekly_report
from tests.conftest import CITIZEN

# -- pinyin initials, on real names (no Qt) ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("社保参保缴费查询", "sbcbjfcx"),  # 参保 is cān bǎo, not shēn
        ("公积金查询", "gjjcx"),
        ("无房证明查询打印", "wfzmcxdy"),
        ("不动产登记信息查询证明", "bdcdjxxcxzm"),
        ("重庆市居住证", "cqsjzz"),  # 重庆 is chóng qìng, not zhòng
        ("长辈版", "zbb"),  # 长辈 is zhǎng bèi, not cháng
        ("银行卡", "yhk"),  # 银行 is yín háng, not xíng
        ("打印A4证明", "dya4zm"),  # letters and digits stand for themselves
    ],
)
def test_initials_of_real_names(name: str, expected: str) -> None:
    assert initials(name) == expected


def _item(item_id: str, name: str, department: str = "hrss", popularity: int = 0) -> Item:
    return Item(
        id=item_id,
        name=Text.of({"zh_CN": name, "en_US": item_id.replace("_", " ").title()}),
        department=department,
        summary=Text.of(name),
        conditions=(),
        materials=(),
        standard=Text.of("即时办结"),
        steps=(),
        endpoint="",
        result_formats=frozenset(),
        requires=frozenset(),
        popularity=popularity,
    )


def test_search_finds_by_initials_and_words_best_first() -> None:
    items = [
        _item("medical", "医保参保信息查询", "medical", 90),
        _item("certificate", "社会保险参保证明打印", popularity=80),
        _item("record", "社保参保缴费查询", popularity=70),
        _item("fund", "住房公积金查询", "provident_fund", 60),
    ]
    departments = [
        Department("hrss", Text.of({"zh_CN": "人力社保", "en_US": "Social Security"}), 0),
        Department("medical", Text.of({"zh_CN": "医疗保障", "en_US": "Medical"}), 1),
        Department("provident_fund", Text.of("住房公积金"), 2),
    ]
    index = SearchIndex(rank(items), departments)
    ids = lambda query: [i.id for i in index.search(query)]  # noqa: E731
    # 社会保险 is typed as 社保 too; 医保参保 is not 社保 although 参 can be read shēn.
    assert ids("SB") == ["certificate", "record"]
    assert ids("sb") == ids("S B") == ids("SB")
    assert ids("GJJ") == ["fund"]  # 住房公积金 -> 公积金
    assert ids("CX") == ["medical", "record", "fund"]  # inside the name: most used first
    assert ids("社保") == ["certificate", "record"]
    assert ids("公积金") == ["fund"]
    assert ids("fund") == ["fund"]  # English, from the start of a word
    assert ids("Medical") == ["medical"]
    assert ids("QXZ") == []
    assert ids("") == ["medical", "certificate", "record", "fund"]


def test_rank_puts_the_most_used_here_first_then_popularity() -> None:
    items = [_item("a", "甲", popularity=10), _item("b", "乙", popularity=50), _item("c", "丙")]
    assert [i.id for i in rank(items)] == ["b", "a", "c"]
    assert [i.id for i in rank(items, {"c": 3, "a": 1})] == ["c", "a", "b"]


def test_shipped_names_are_found_by_their_initials() -> None:
    catalogue = load_catalogue()
    shown = [i for _d, group in catalogue.by_department() for i in group]
    index = SearchIndex(rank(shown), catalogue.departments)
    social = [i.name.get("zh_CN") for i in index.search("SB")]
    assert social[0] == "社保参保缴费查询"
    assert all("社保" in n or "社会保" in n for n in social)
    fund = [i.id for i in index.search("GJJ")]
    assert fund[0] == "provident_fund_account"
    assert all("公积金" in catalogue.get(i).name.get("zh_CN") for i in fund)
    assert [i.id for i in index.search("WFZM")] == ["no_housing_proof"]


# -- the real screens -------------------------------------------------------------------------

TRIAL = "social_insurance_trial"
REVOKED = "social_insurance_old"


@pytest.fixture
def long_catalogue(tmp_path: Path) -> Path:
    """The shipped catalogue, plus an item on trial and a revoked one."""
    folder = tmp_path / "items"
    shutil.copytree(ITEMS_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    source = (ITEMS_DIR / "social_insurance_record.toml").read_text(encoding="utf-8")
    lines = source.splitlines()

    def variant(item_id: str, name: str, lifecycle: str) -> str:
        out = []
        for line in lines:
            if line.startswith("id = "):
                line = f'id = "{item_id}"'
            elif line.startswith("name = "):
                texts = f'zh_CN = "{name}", zh_TW = "{name}", en_US = "{item_id}", ug = "{item_id}"'
                line = f"name = {{ {texts} }}"
            elif line.startswith("lifecycle = "):
                line = f'lifecycle = "{lifecycle}"'
            elif line.startswith("popularity = "):
                line = "popularity = 1"
            out.append(line)
        return "\n".join(out) + "\n"

    (folder / f"{TRIAL}.toml").write_text(variant(TRIAL, "社保缴费新查询", "trial"), "utf-8")
    (folder / f"{REVOKED}.toml").write_text(variant(REVOKED, "社保旧版查询", "revoked"), "utf-8")
    return folder


@pytest.fixture
def home_kiosk(qapp: Any, config: Config, private_tmp: Path, long_catalogue: Path) -> Iterator[Any]:
    kiosk = build_kiosk(config, catalogue=load_catalogue(long_catalogue))
    kiosk.controller.second_ms = 20
    kiosk.window.resize(*PORTRAIT)
    kiosk.window.show()
    yield kiosk
    kiosk.shutdown()
    ensure_application().removeTranslator(kiosk.translator)  # English must not leak on


@pytest.fixture
def person(home_kiosk: Any) -> Citizen:
    citizen = Citizen(home_kiosk)
    citizen.start()
    return citizen


def _shown(kiosk: Any) -> list[str]:
    """The item tiles on screen now, in reading order."""
    return [i for i, tile in kiosk.window.home.tiles.items() if tile.isVisible()]


def _choices(kiosk: Any) -> list[QPushButton]:
    home = kiosk.window.home
    buttons = [*home.tiles.values(), *home.department_buttons.values()]
    return [b for b in buttons if b.isVisible()]


def _type(qtbot: Any, person: Citizen, letters: str) -> None:
    """Real clicks on the on-screen letter keys."""
    keys = person.window.home.keys.buttons
    for letter in letters:
        assert keys[letter].isVisible()
        qtbot.mouseClick(keys[letter], Qt.MouseButton.LeftButton)
    person.pump()


def _visible_label(kiosk: Any, name: str) -> QLabel | None:
    shown = [w for w in kiosk.window.home.findChildren(QLabel, name) if w.isVisible()]
    return shown[0] if shown else None


def test_typing_initials_on_the_letter_keys_finds_the_item(
    home_kiosk: Any, person: Citizen, qtbot: Any
) -> None:
    home = home_kiosk.window.home
    person.tap(home.search_button)
    assert home.keys.isVisible() and len(home.keys.buttons) == 28
    _type(qtbot, person, "S")
    after_s = _shown(home_kiosk)
    _type(qtbot, person, "B")  # results follow every key
    assert home.query_label.text() == "S B"
    found = _shown(home_kiosk)
    assert found[0] == "social_insurance_record" and len(found) < len(after_s)
    names = [home.tiles[i].accessibleName() for i in found]
    assert all("社保" in n or "社会保" in n for n in names), names
    assert REVOKED not in found  # 社保旧版查询 is revoked: never found
    person.tap(home.keys.buttons["clear"])
    _type(qtbot, person, "GJJX")
    person.tap(home.keys.buttons["delete"])  # one letter back
    assert home.query_label.text() == "G J J"
    assert _shown(home_kiosk)[0] == "provident_fund_account"
    person.tap(home.tiles["provident_fund_account"])
    person.wait_for(lambda: person.step_view() == "Notice", what="the notice")


def test_nothing_found_says_so_with_a_way_back(
    home_kiosk: Any, person: Citizen, qtbot: Any
) -> None:
    home = home_kiosk.window.home
    person.tap(home.search_button)
    _type(qtbot, person, "QXZ")
    message = _visible_label(home_kiosk, "no-results")
    assert message is not None and "没有找到" in message.text() and "QXZ" in message.text()
    assert _shown(home_kiosk) == []
    person.tap(home.retry_button)  # start again
    assert home.query_label.text() != "Q X Z" and _visible_label(home_kiosk, "no-results") is None
    _type(qtbot, person, "QXZ")
    person.tap(home.back_button)  # back to the home screen's top
    assert not home.keys.isVisible()
    assert _shown(home_kiosk)[0] == "social_insurance_record"
    person.tap(home.search_button)
    assert home.query_label.text() != "Q X Z"  # nothing typed is kept for the next search


def test_departments_show_their_own_items_most_used_first(home_kiosk: Any, person: Citizen) -> None:
    home = home_kiosk.window.home
    catalogue = home_kiosk.catalogue
    tab = home.tab_buttons["provident_fund"]
    assert tab.height() >= 44
    person.tap(tab)
    expected = [
        i.id
        for i in sorted(catalogue.items, key=lambda i: -i.popularity)
        if i.department == "provident_fund" and i.visible and i.on_home
    ]
    assert _shown(home_kiosk) == expected[:8]
    assert home.section.text() == "住房公积金"
    assert tab.property("selected") is True
    person.tap(home.tab_buttons[""])
    assert _shown(home_kiosk)[0] == "social_insurance_record"


def test_items_used_most_on_this_kiosk_come_first(home_kiosk: Any, person: Citizen) -> None:
    assert TRIAL not in _shown(home_kiosk)  # popularity 1: not on the first page
    for n in range(3):
        home_kiosk.store.begin_transaction(f"T-{n}", TRIAL, trial=True)
        home_kiosk.store.end_transaction(f"T-{n}", "completed", "")
    home_kiosk.controller.show_home()
    person.pump()
    assert _shown(home_kiosk)[0] == TRIAL  # used three times here: one tap from home


def test_readme_journeys_stay_one_tap_from_home(home_kiosk: Any, person: Citizen) -> None:
    counted = {
        "social_insurance_record",
        "no_housing_proof",
        "provident_fund_account",
        "real_estate_register_extract",
    }
    assert counted <= set(_shown(home_kiosk))
    home_kiosk.controller.toggle_elderly()
    person.pump()
    assert {"social_insurance_record", "no_housing_proof"} <= set(_shown(home_kiosk))


def test_elderly_mode_four_big_choices_a_page(home_kiosk: Any, person: Citizen) -> None:
    home = home_kiosk.window.home
    home_kiosk.controller.toggle_elderly()
    person.pump()
    seen: list[str] = []
    while True:
        choices = _choices(home_kiosk)
        assert 1 <= len(choices) <= 4
        for control in (*choices, home.previous_button, home.next_button, home.search_button):
            if control.isVisible():
                assert control.height() >= 60 and control.width() >= 60
        seen.extend(_shown(home_kiosk))
        if not home.next_button.isVisible():
            break
        person.tap(home.next_button)
    expected = {
        i.id for i in home_kiosk.catalogue.items if i.visible and i.on_home
    }  # every item once, the revoked one never
    assert sorted(seen) == sorted(expected) and REVOKED not in seen
    person.tap(home.back_button if home.back_button.isVisible() else home.previous_button)

    # Departments, four a page, then one department's items, four a page.
    home_kiosk.controller.show_home()
    person.pump()
    person.tap(home.departments_button)
    departments: list[str] = []
    while True:
        assert 1 <= len(_choices(home_kiosk)) <= 4
        departments.extend(home.department_buttons)
        if not home.next_button.isVisible():
            break
        person.tap(home.next_button)
    with_items = {i.department for i in home_kiosk.catalogue.items if i.visible and i.on_home}
    assert set(departments) == with_items
    while home.previous_button.isVisible():
        person.tap(home.previous_button)
    person.tap(home.department_buttons["hrss"])
    assert 1 <= len(_choices(home_kiosk)) <= 4
    assert all(home_kiosk.catalogue.get(i).department == "hrss" for i in _shown(home_kiosk))
    person.tap(home.back_button)  # back to the departments
    assert home.department_buttons and not home.tiles
    person.tap(home.search_button)
    assert len(_choices(home_kiosk)) <= 4  # search results too


def test_trial_item_is_labelled_and_its_use_counted_apart(
    home_kiosk: Any, person: Citizen, qtbot: Any
) -> None:
    home = home_kiosk.window.home
    person.tap(home.search_button)
    _type(qtbot, person, "SBJF")  # 社保缴费新查询
    tile = home.tiles[TRIAL]
    assert "试运行" in tile.accessibleName()
    badge = tile.findChild(QLabel, "trial-label")
    assert badge is not None and badge.isVisible() and "试运行" in badge.text()
    person.tap(home.back_button)
    trial = {i.id for i in home_kiosk.catalogue.items if i.lifecycle.value == "trial"}
    for item_id, shown in home.tiles.items():  # active items carry no label
        assert ("试运行" in shown.accessibleName()) == (item_id in trial)
    person.tap(home.search_button)
    _type(qtbot, person, "SBJF")
    person.run_item(TRIAL, CITIZEN)  # from the search results to the rating
    person.tap(home_kiosk.window.message.ok)
    person.start()
    person.run_item("social_insurance_record", CITIZEN)
    records = {t["item_id"]: t["trial"] for t in home_kiosk.store.transactions()}
    assert records == {TRIAL: 1, "social_insurance_record": 0}

    week = Week.containing(dt.date.today())
    names = {i.id: i.name.get("zh_CN") for i in home_kiosk.catalogue.items}
    report = weekly_report(home_kiosk.store, home_kiosk.config.site, week, names=names)
    lines = {(line.item_id, line.trial): line.total for line in report.items}
    assert lines == {(TRIAL, True): 1, ("social_insurance_record", False): 1}
    csv = report_csv(report).decode("utf-8-sig")
    assert "试运行事项小计" in csv and "正式事项小计" in csv
    trial_row = next(r for r in csv.splitlines() if r.startswith("社保缴费新查询"))
    assert "试运行" in trial_row


def test_revoked_item_cannot_be_started(home_kiosk: Any, person: Citizen) -> None:
    home_kiosk.controller.choose_item(REVOKED)  # e.g. revoked while a screen showed it
    person.pump()
    assert home_kiosk.controller.session is None
    assert person.screen() == "HomeScreen" and REVOKED not in home_kiosk.window.home.tiles


def test_keypad_alone_searches_and_escape_leaves_search_first(
    home_kiosk: Any, person: Citizen, qtbot: Any
) -> None:
    window = home_kiosk.window
    home = window.home
    spoken: list[str] = []
    window.navigation.announce.connect(spoken.append)
    person.tap(home.search_button)
    person.pump(0.05)
    assert window.focusWidget() is home.keys.buttons["A"]  # focus starts on the keys

    def press(key: Qt.Key) -> None:
        QTest.keyClick(window.windowHandle(), key)
        person.pump(0.01)

    for _ in range(18):  # A -> S by arrow keys, as on an ATM keypad
        press(Qt.Key.Key_Right)
    assert window.focusWidget() is home.keys.buttons["S"]
    press(Qt.Key.Key_Return)
    assert home.query_label.text() == "S"
    assert any(s.startswith("找到") for s in spoken)  # the count is said
    every = [home.keys.buttons[k] for k in home.keys.buttons] + list(home.tiles.values())
    assert all(w.accessibleName() for w in every)
    press(Qt.Key.Key_Escape)
    assert person.screen() == "HomeScreen" and not home.keys.isVisible()
    press(Qt.Key.Key_Escape)
    assert person.screen() == "AttractScreen"


@pytest.mark.parametrize("english", [False, True], ids=["zh", "en"])
@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
@pytest.mark.parametrize("elderly", [False, True], ids=["normal", "elderly"])
def test_search_and_departments_fit_the_screen(
    home_kiosk: Any, person: Citizen, qtbot: Any, size: Any, elderly: bool, english: bool
) -> None:
    window = home_kiosk.window
    home = window.home
    window.resize(*size)
    if elderly:
        home_kiosk.controller.toggle_elderly()
    if english:
        home_kiosk.controller.set_language("en_US")
    home_kiosk.controller.show_home()
    person.pump(0.02)
    minimum = 60 if elderly else 44

    def check(name: str) -> None:
        person.pump(0.02)
        # What the home screen needs fits between header and footer at the kiosk's size.
        body = size[1] - (window.height() - window.body.height())
        assert home.minimumSizeHint().height() <= body, name
        assert home.minimumSizeHint().width() <= size[0], name
        for control in home.findChildren(QPushButton):
            if control.isVisible():
                assert control.width() >= minimum and control.height() >= minimum, name
                if control.text():
                    assert control.sizeHint().width() <= control.width() + 1, (name, control)

    check("home")
    person.tap(home.search_button)
    _type(qtbot, person, "SB")
    check("search")
    _type(qtbot, person, "QXZ")
    check("nothing found")
    person.tap(home.back_button)
    if elderly:
        person.tap(home.departments_button)
        check("departments")
        person.tap(next(iter(home.department_buttons.values())))
    else:
        person.tap(home.tab_buttons["hrss"])
    check("department")


def test_a_catalogue_of_a_hundred_more_items_builds_one_page_at_a_time(
    qapp: Any, config: Config, private_tmp: Path, long_catalogue: Path, qtbot: Any
) -> None:
    source = (long_catalogue / "pension_payments.toml").read_text(encoding="utf-8")
    departments = ["hrss", "medical", "tax", "civil_affairs", "household", "traffic"]
    for n in range(100):
        item_id = f"extra_{n:03d}"
        text = source.replace('id = "pension_payments"', f'id = "{item_id}"')
        text = text.replace("popularity = 75", "popularity = 0")
        text = text.replace("养老金发放记录查询", f"第{n:03d}号测试事项")
        text = text.replace('department = "hrss"', f'department = "{departments[n % 6]}"')
        (long_catalogue / f"{item_id}.toml").write_text(text, encoding="utf-8")
    kiosk = build_kiosk(config, catalogue=load_catalogue(long_catalogue))
    try:
        kiosk.window.resize(*PORTRAIT)
        kiosk.window.show()
        person = Citizen(kiosk)
        person.start()
        home = kiosk.window.home
        visible = [i for i in kiosk.catalogue.items if i.visible and i.on_home]
        assert len(visible) > 100
        assert home.page_label.text() == f"第 1/{-(-len(visible) // 8)} 页"
        built = [w for w in home.findChildren(QPushButton) if w.objectName().startswith("tile-")]
        assert len([w for w in built if w.isVisible()]) == 8  # one page of tiles, not a hundred
        person.tap(home.search_button)
        _type(qtbot, person, "CSSX")  # 测试事项: every one of the hundred
        assert len(_shown(kiosk)) == 6
        assert home.page_label.text() == "第 1/17 页"  # 100 found, 6 a page
        _type(qtbot, person, "Q")
        assert _visible_label(kiosk, "no-results") is not None
    finally:
        kiosk.shutdown()


def test_shipped_pinyin_readings_are_pypinyins_for_the_whole_catalogue(tmp_path: Path) -> None:
    """The kiosk reads initials from flows/pinyin_readings.json instead of loading pypinyin at
    start; the file must say what pypinyin says, for every name on the home screen
    (rewrite it with `python -m flows.search`)."""
    import json

    from flows.search import READINGS_FILE, catalogue_texts, write_readings

    catalogue = load_catalogue()
    texts = catalogue_texts(catalogue.items, catalogue.departments)
    assert "社保参保缴费查询" in texts
    fresh = tmp_path / "readings.json"
    write_readings(texts, fresh)
    shipped = json.loads(READINGS_FILE.read_text(encoding="utf-8"))
    assert json.loads(fresh.read_text(encoding="utf-8")) == shipped, (
        "flows/pinyin_readings.json is out of date: run `python -m flows.search`"
    )


def test_a_name_missing_from_the_shipped_readings_is_read_by_pypinyin() -> None:
    assert initials("重庆市户籍迁入预约") == "cqshjqryy"
