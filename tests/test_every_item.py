"""Every item of the shipped catalogue, driven through the real screens by the demo citizen:
from its home tile (or the footer) to its result, printed where the item prints, and rated.

Generated from the loaded catalogue, so a new item file gets its journey without new test
code: a citizen who has the record, one whose record makes the platform refuse (with the reason
on screen and no certificate), and one the platform does not know. EXPECTED adds the values a
citizen must see for each shipped item; the last test checks that it covers them all.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit, QTableWidget

from flows.catalogue import load_catalogue
from flows.model import SHIPPED_LANGUAGES, Item
from tests.conftest import CITIZEN, HOMEOWNER, RETIRED, UNKNOWN
from ui.formatting import display

pytestmark = pytest.mark.journey

CATALOGUE = load_catalogue()
# Step types another test file drives (scanning and signing need their own devices).
DRIVEN_ELSEWHERE = {"scan": "tests/test_applications.py", "sign": "tests/test_applications.py"}

# item id -> (card, form choices, what the citizen must read on the result screen). Values are
# the platform's; the screen shows them as the language writes them (display()).
EXPECTED: dict[str, tuple[str, dict[str, str], tuple[str, ...]]] = {
    "social_insurance_record": (CITIZEN, {}, ("培训市示例科技有限公司（测试）", "640.00")),
    "no_housing_proof": (CITIZEN, {"purpose": "purchase"}, ("WFZM-", "在本市范围内无登记住房")),
    "provident_fund_account": (CITIZEN, {}, ("23456.78", "****1234", "1600.00")),
    "real_estate_register_extract": (HOMEOWNER, {}, ("BDCCX-", "培训路88号", "89.50")),
    "complaint": ("", {"category": "device"}, ("TS-", "15个工作日内答复")),
    "social_security_card_status": (CITIZEN, {}, ("****3021", "正常使用", "已激活")),
    "pension_payments": (RETIRED, {}, ("3856.20", "正常发放", "2012-04-01")),
    "insurance_certificate": (CITIZEN, {}, ("SBZM-", "城镇职工基本养老保险", "256")),
    "medical_insurance_enrolment": (RETIRED, {}, ("退休人员", "职工基本医疗保险")),
    "medical_account": (CITIZEN, {}, ("3456.70", "2560.00", "培训市示例大药房（测试）")),
    "provident_fund_deposit_certificate": (HOMEOWNER, {}, ("GJJZM-", "8765.40元")),
    "provident_fund_loan": (HOMEOWNER, {}, ("412345.67", "3182.57", "30年（360期）")),
    "property_ownership": (HOMEOWNER, {}, ("共 1 处", "培训路88号", "单独所有")),
    "tax_payment_certificate": (CITIZEN, {"period": "last_year"}, ("WSZM-", "1317.60")),
    "income_tax_record": (CITIZEN, {}, ("114000.00", "1317.60", "109.80")),
    "marriage_record": (CITIZEN, {}, ("结婚登记", "1975-05-01")),
    "social_assistance": (RETIRED, {}, ("居家养老服务补贴", "100.00")),
    "household_certificate": (RETIRED, {"purpose": "school"}, ("HJZM-", "本证明用于：子女入学")),
    "residence_permit_progress": (HOMEOWNER, {}, ("JZZ-2026-000123", "制证中")),
    "traffic_violations": (CITIZEN, {}, ("机动车违反禁止标线指示", "200.00")),
    "case_progress": (CITIZEN, {}, ("GJJTQ-", "审核中", "公积金提取申请")),
}
# item id -> (card of a citizen the platform refuses, words of the reason on screen)
REFUSED: dict[str, tuple[str, str]] = {
    "no_housing_proof": (HOMEOWNER, "不能出具无房证明"),
    "pension_payments": (CITIZEN, "尚未办理退休"),
    "provident_fund_deposit_certificate": (RETIRED, "不能出具缴存证明"),
    "provident_fund_loan": (RETIRED, "没有住房公积金账户"),
    "tax_payment_certificate": (RETIRED, "不能开具完税证明"),
    "income_tax_record": (RETIRED, "免征个人所得税"),
    "social_assistance": (CITIZEN, "如生活困难"),
    "household_certificate": (HOMEOWNER, "户籍不在本市"),
    "residence_permit_progress": (CITIZEN, "无需办理居住证"),
    "social_security_card_status": (RETIRED, "临时挂失"),
    "traffic_violations": (RETIRED, "超过有效期"),
}


def _skip_reason(item: Item) -> str:
    for step in item.steps:
        if step.type in DRIVEN_ELSEWHERE:
            return f"its {step.type} step is driven in {DRIVEN_ELSEWHERE[step.type]}"
    return ""


def _params(items: list[Item]) -> list[Any]:
    return [
        pytest.param(item, id=item.id, marks=pytest.mark.skip(reason=_skip_reason(item)))
        if _skip_reason(item)
        else pytest.param(item, id=item.id)
        for item in items
    ]


ALL = _params(list(CATALOGUE.visible()))


@pytest.fixture(autouse=True)
def _quick_devices(kiosk: Any) -> None:
    """The simulated devices answer at once: what is tested is the flow, not their pace."""
    for device in kiosk.devices.all().values():
        if hasattr(device, "delay_s"):
            device.delay_s = 0.02


# -- driving the screens ------------------------------------------------------------------------


def _visible_button(citizen: Any, name: str) -> QAbstractButton | None:
    widget: QAbstractButton
    for widget in citizen.window.findChildren(QAbstractButton, name):
        if widget.isVisible() and widget.isEnabled():
            return widget
    return None


def _open(citizen: Any, item: Item) -> None:
    """Find the item's tile the way a citizen would: on the home page, else under its
    department, turning pages; items not on the home screen come from the footer."""
    citizen.start()
    window = citizen.window
    if not item.on_home:
        citizen.tap(window.footer.complaint)
        return

    def tile() -> Any:
        found = window.home.tiles.get(item.id)
        return found if found is not None and found.isVisible() else None

    if tile() is None:
        for name in (f"tab-{item.department}", "home-departments", f"department-{item.department}"):
            button = _visible_button(citizen, name)
            if button is not None and tile() is None:
                citizen.tap(button)
    for _ in range(12):
        if tile() is not None:
            break
        turn = _visible_button(citizen, "page-next")
        if turn is None:
            break
        citizen.tap(turn)
    citizen.tap(tile() or window.home.tiles[item.id])


def _fill_form(citizen: Any, item: Item, choices: dict[str, str]) -> None:
    """Choose each choice (the given one, else the first); type into text fields."""
    from tests.test_assisted_ratings_complaints import _keyboard_commits

    form = next(s for s in item.steps if s.type == "form")
    fields = form.options.get("fields", ())
    for spec in fields:
        kind = spec.get("kind", "text")
        if kind == "choice":
            value = choices.get(spec["key"], spec["choices"][0]["value"])
            citizen.tap(citizen.button(f"choice-{spec['key']}-{value}"))
        elif kind == "text":
            boxes = citizen.window.findChildren(QPlainTextEdit, f"field-{spec['key']}")
            box = next(b for b in boxes if b.isVisible())
            box.setFocus()
            _keyboard_commits(box, "自助机测试留言")
    if not (len(fields) == 1 and fields[0].get("kind") == "choice"):
        citizen.tap(citizen.button("action-submit"))


def _to_result(citizen: Any, item: Item, card: str, choices: dict[str, str]) -> str:
    """From the tile to the result (or the problem), through the real steps; the view's name."""
    _open(citizen, item)
    citizen.wait_for(lambda: citizen.step_view() == "Notice", what="the notice")
    citizen.tap(citizen.button("action-agree"))
    if citizen.step_view() == "Form":
        _fill_form(citizen, item, choices)
    if card:
        citizen.wait_for(lambda: citizen.step_view() == "InsertCard", what="the card prompt")
        citizen.present_card(card)
    ends = ("ResultView", "Payment", "Problem")
    citizen.wait_for(lambda: citizen.step_view() in ends, what="the result")
    if citizen.step_view() == "Payment":
        citizen.pay_by_phone()
        citizen.wait_for(lambda: citizen.step_view() in ("ResultView", "Problem"), what="result")
    return str(citizen.step_view())


def _statement(window: Any) -> str:
    shown = [w for w in window.step.findChildren(QLabel, "statement") if w.isVisible()]
    return shown[0].text() if shown else ""


def _screen_text(window: Any) -> str:
    """Every word on the step screen a citizen can see: labels and table cells."""
    step = window.step
    parts = [w.text() for w in step.findChildren(QLabel) if w.isVisible()]
    for table in step.findChildren(QTableWidget):
        if table.isVisible():
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    cell = table.item(row, column)
                    parts.append(cell.text() if cell is not None else "")
    return "\n".join(parts)


def _pdf_text(pdf: bytes, folder: Path) -> str:
    path = folder / "certificate.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", out)  # Noto CJK's Kangxi radicals fold back


def _finish(citizen: Any) -> None:
    citizen.wait_for(lambda: citizen.step_view() == "Rating", what="the rating")
    citizen.tap(citizen.button("rate-5"))
    citizen.wait_for(lambda: citizen.screen() == "MessageScreen", what="goodbye")
    citizen.take_card()


# -- the journeys -------------------------------------------------------------------------------


@pytest.mark.parametrize("item", ALL)
def test_item_from_its_tile_to_its_result_and_paper(
    kiosk: Any, citizen: Any, item: Item, tmp_path: Path
) -> None:
    card, choices, expected = EXPECTED.get(item.id, (CITIZEN, {}, ()))
    assert _to_result(citizen, item, card, choices) == "ResultView", _screen_text(kiosk.window)
    seen = _screen_text(kiosk.window)
    for value in expected:
        assert display(value, "zh_CN") in seen or value in seen, (value, seen)
    if card:
        assert "1101**********" in seen  # whose record it is, masked
        assert card not in seen  # never the whole ID number on screen
    prints = [b for b in kiosk.window.step.buttons if b.startswith("print:")]
    offered = {b.removeprefix("print:") for b in prints}
    assert offered <= {str(f) for f in item.result_formats}
    if not prints:
        citizen.tap(citizen.button("action-finish"))
        if item.on_home:
            _finish(citizen)
        return
    citizen.tap(kiosk.window.step.buttons[prints[0]])
    if prints[0] == "print:a4":
        citizen.wait_for(lambda: kiosk.devices.document_printer.tray, what="the certificate")
        _title, pdf = kiosk.devices.document_printer.tray[-1]
        paper = _pdf_text(pdf, tmp_path)
        number = re.search(r"[A-Z]+-\d{4}-\d{6}", seen)
        assert number is not None and number.group(0) in paper
        assert "1101**********" in paper and "测试" in paper  # the holder, as the template has it
    else:
        citizen.wait_for(lambda: kiosk.devices.receipt_printer.tray, what="the receipt")
        receipt = kiosk.devices.receipt_printer.tray[-1]
        paper = "\n".join(line.text for line in receipt.lines)
        assert item.name.get("zh_CN") in paper
        assert card not in paper if card else True
    for value in expected:
        if value.endswith("-") or prints[0] == "print:receipt":
            assert value in paper, (value, paper)
    if item.on_home:
        _finish(citizen)
    else:
        citizen.wait_for(lambda: citizen.screen() == "MessageScreen", what="the end")
    [record] = kiosk.store.transactions()
    assert record["item_id"] == item.id and record["outcome"] == "completed"
    assert record["printed"] == prints[0].removeprefix("print:")


def _walk_each(kiosk: Any, citizen: Any, items: list[Item], journey: Any) -> None:
    """One kiosk, item after item (a kiosk per item would double the time): every failure is
    collected and reported with its item, so one bad item does not hide the others."""
    failures = []
    for item in items:
        if _skip_reason(item):
            continue
        try:
            journey(item)
        except (AssertionError, TimeoutError, LookupError) as error:
            failures.append(f"{item.id}: {error!r}"[:400])
            kiosk.controller.end_session("cancelled")
        citizen.take_card()
    assert not failures, "\n".join(failures)


def test_a_refused_citizen_reads_why_and_gets_no_certificate(kiosk: Any, citizen: Any) -> None:
    def journey(item: Item) -> None:
        card, reason = REFUSED[item.id]
        printed = len(kiosk.devices.document_printer.tray)
        assert _to_result(citizen, item, card, EXPECTED[item.id][1]) == "ResultView"
        assert reason in _statement(kiosk.window)
        assert "print:a4" not in kiosk.window.step.buttons
        citizen.tap(citizen.button("action-finish"))
        _finish(citizen)
        assert len(kiosk.devices.document_printer.tray) == printed

    _walk_each(kiosk, citizen, [CATALOGUE.get(i) for i in sorted(REFUSED)], journey)


def test_a_citizen_unknown_to_the_platform_is_told_so(kiosk: Any, citizen: Any) -> None:
    def journey(item: Item) -> None:
        choices = EXPECTED.get(item.id, (CITIZEN, {}, ()))[1]
        assert _to_result(citizen, item, UNKNOWN, choices) == "Problem"
        assert "没有查到您的相关记录" in _screen_text(kiosk.window)
        citizen.tap(citizen.button("action-exit"))
        citizen.wait_for(lambda: citizen.screen() != "StepScreen", what="the end")
        assert not kiosk.devices.receipt_printer.tray and not kiosk.devices.document_printer.tray

    items = [i for i in CATALOGUE.visible() if i.on_home and i.fee is None]
    _walk_each(kiosk, citizen, items, journey)


def test_every_item_driven_here_says_what_its_citizen_must_see() -> None:
    """A new item gets its journey for free, but not a silent one: name what it must show."""
    missing = [i.id for i in CATALOGUE.visible() if not _skip_reason(i) and i.id not in EXPECTED]
    assert not missing, f"add these to EXPECTED in {Path(__file__).name}: {missing}"
    assert all(EXPECTED[item_id][2] for item_id in EXPECTED)


def test_an_item_reads_in_every_shipped_language(kiosk: Any, citizen: Any) -> None:
    """The texts of an item file (name, labels, table titles) follow the footer's language
    button on the result screen, in all four shipped languages."""
    item = CATALOGUE.get("provident_fund_loan")
    card, choices, _ = EXPECTED[item.id]
    assert _to_result(citizen, item, card, choices) == "ResultView"
    result = next(s for s in item.steps if s.type == "result")
    labels = [f["label"] for f in result.options["fields"]]
    titles = [t["title"] for t in result.options["tables"]]
    for language in SHIPPED_LANGUAGES:
        for _ in range(len(SHIPPED_LANGUAGES)):
            if kiosk.controller.language == language:
                break
            citizen.tap(kiosk.window.footer.language)
        assert kiosk.controller.language == language
        seen = _screen_text(kiosk.window)
        assert item.name.get(language) in seen, (language, seen)
        for text in (*labels, *titles):
            assert text[language] in seen, (language, text[language])
    citizen.tap(citizen.button("action-finish"))
    _finish(citizen)
