"""Assisted service (帮办代办), ratings (好差评) with reasons, and complaints, on the real widgets;
and nothing about the citizen left behind by any of them."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

from kiosk_app.app import TRAINING_PIN, TRAINING_VOLUNTEER
from tests.conftest import CITIZEN

pytestmark = pytest.mark.journey
PHONE = "13912345678"
WORDS = "屏幕反光看不清 DEMO-TEXT-42"


def _type_on_keypad(citizen: Any, screen: Any, digits: str) -> None:
    for digit in digits:
        key = screen.keypad.buttons[digit]
        citizen.tap(key)


def _visible(kiosk: Any, kind: type, name: str) -> Any:
    shown = [w for w in kiosk.window.findChildren(kind, name) if w.isVisible()]
    return shown[0] if shown else None


def _keyboard_commits(widget: Any, text: str) -> None:
    """What Qt's on-screen keyboard (Pinyin) sends when a phrase is chosen: a commit string."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _login(citizen: Any, kiosk: Any, pin: str) -> None:
    login = kiosk.window.staff_login
    citizen.tap(login.number)
    _type_on_keypad(citizen, login, TRAINING_VOLUNTEER)
    citizen.tap(login.pin)
    _type_on_keypad(citizen, login, pin)
    citizen.tap(login.submit)


def _rate_after_query(citizen: Any, kiosk: Any) -> str:
    citizen.start()
    citizen.tap(kiosk.window.home.tiles["provident_fund_account"])
    citizen.tap(citizen.button("action-agree"))
    citizen.present_card(CITIZEN)
    citizen.wait_for(lambda: citizen.step_view() == "ResultView")
    transaction_id = str(kiosk.controller.session.transaction_id)
    citizen.tap(citizen.button("action-finish"))
    citizen.wait_for(lambda: citizen.step_view() == "Rating")
    return transaction_id


def test_assisted_session_is_recorded_with_the_volunteer_number(kiosk: Any, citizen: Any) -> None:
    citizen.start()
    citizen.tap(kiosk.window.footer.help)
    assert kiosk.store.events("help_requested")  # logged
    assert kiosk.window.help_notice.isVisible()  # and visible
    assert kiosk.controller.voice.spoken[-1] == "已呼叫工作人员，请稍候"  # and audible
    citizen.tap(kiosk.window.message.login)
    assert citizen.screen() == "StaffLoginScreen"
    _login(citizen, kiosk, "111111")
    citizen.wait_for(lambda: kiosk.window.staff_login.error.text() != "", what="the refusal")
    assert kiosk.window.staff_login.pin.text().startswith("—")  # the PIN is wiped after a try
    _login(citizen, kiosk, TRAINING_PIN)
    citizen.wait_for(lambda: citizen.screen() == "HomeScreen", what="assisted mode")
    banner = kiosk.window.assist_text.text()
    assert kiosk.window.assist_banner.isVisible() and TRAINING_VOLUNTEER in banner
    citizen.tap(kiosk.window.home.tiles["social_insurance_record"])
    consent = _visible(kiosk, QLabel, "assist-consent")
    assert consent is not None and TRAINING_VOLUNTEER in consent.text()
    assert citizen.button("action-agree").text() == "本人同意协助并开始"
    citizen.tap(citizen.button("action-agree"))
    assert citizen.step_view() == "InsertCard"  # identity is still the citizen's own card
    citizen.present_card(CITIZEN)
    citizen.wait_for(lambda: citizen.step_view() == "ResultView")
    citizen.tap(kiosk.window.step.buttons["print:receipt"])
    citizen.wait_for(lambda: citizen.step_view() == "Rating")
    citizen.tap(citizen.button("rate-5"))
    [record] = kiosk.store.transactions()
    assert record["assisted_by"] == TRAINING_VOLUNTEER and record["outcome"] == "completed"
    assert not kiosk.window.assist_banner.isVisible()  # one citizen, then it ends
    kinds = [kind for kind, _ in kiosk.store.events()]
    assert kinds.index("login_failed") < kinds.index("assist_started") < kinds.index("assist_ended")


def test_repeated_wrong_pins_lock_the_account(kiosk: Any, citizen: Any) -> None:
    citizen.start()
    citizen.tap(kiosk.window.footer.help)
    citizen.tap(kiosk.window.message.login)
    for _ in range(5):
        _login(citizen, kiosk, "999999")
        citizen.wait_for(lambda: kiosk.work.pending == 0)
    citizen.wait_for(lambda: citizen.screen() == "MessageScreen")
    assert kiosk.window.message.kind == "staff_refused"
    assert "锁定" in kiosk.window.message.body.text()
    citizen.tap(kiosk.window.message.ok)
    citizen.tap(kiosk.window.footer.help)
    citizen.tap(kiosk.window.message.login)
    _login(citizen, kiosk, TRAINING_PIN)  # even the right PIN, while locked
    citizen.wait_for(lambda: citizen.screen() == "MessageScreen")
    assert kiosk.controller.assisted_by == ""


@pytest.mark.parametrize("level", [5, 4, 3, 2, 1])
def test_each_rating_level(kiosk: Any, citizen: Any, level: int) -> None:
    transaction_id = _rate_after_query(citizen, kiosk)
    citizen.tap(citizen.button(f"rate-{level}"))
    if level <= 2:
        assert citizen.step_view() == "Rating"  # a reason is required first
        assert kiosk.store.ratings() == []
        citizen.tap(citizen.button("reason-waiting"))
    citizen.wait_for(lambda: citizen.screen() == "MessageScreen")
    [rating] = kiosk.store.ratings()
    assert rating["transaction_id"] == transaction_id and rating["level"] == level
    assert rating["reason"] == ("等待时间太长" if level <= 2 else "")
    followups = kiosk.store.followups()
    assert len(followups) == (1 if level <= 2 else 0)  # a 差评 gets a follow-up with a deadline
    citizen.wait_for(lambda: kiosk.store.ratings()[0]["sent"] == 1, what="delivery")
    assert kiosk.sandbox.ratings[-1]["level"] == level


def test_typed_reason_goes_to_the_platform_but_not_to_the_kiosk_store(
    kiosk: Any, citizen: Any
) -> None:
    _rate_after_query(citizen, kiosk)
    citizen.tap(citizen.button("rate-1"))
    submit = citizen.button("reason-submit")
    assert not submit.isEnabled()  # nothing typed, nothing to send
    box = _visible(kiosk, QPlainTextEdit, "reason-text")
    box.setFocus()
    QTest.keyClicks(box, "DEMO-TEXT-42")  # what the on-screen keyboard commits
    citizen.tap(submit)
    citizen.wait_for(lambda: kiosk.store.ratings() and kiosk.store.ratings()[0]["sent"] == 1)
    assert kiosk.store.ratings()[0]["reason"] == "其他"
    assert "DEMO-TEXT-42" in str(kiosk.sandbox.ratings[-1]["reason"])


def test_rating_made_while_the_platform_is_down_is_delivered_later(
    kiosk: Any, citizen: Any
) -> None:
    transaction_id = _rate_after_query(citizen, kiosk)
    kiosk.sandbox.set_fault(status=503)
    citizen.tap(citizen.button("rate-3"))
    citizen.wait_for(lambda: kiosk.work.pending == 0, what="the failed send")
    assert kiosk.store.ratings()[0]["sent"] == 0 and not kiosk.sandbox.ratings
    kiosk.sandbox.clear_faults()
    kiosk.controller.send_unsent_ratings()  # the outbox timer's work
    citizen.wait_for(lambda: kiosk.store.ratings()[0]["sent"] == 1, what="the retry")
    assert [r["transaction_id"] for r in kiosk.sandbox.ratings] == [transaction_id]


def test_complaint_from_the_footer_gets_a_printed_reference(
    kiosk: Any, citizen: Any, private_tmp: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    citizen.start()
    citizen.tap(kiosk.window.footer.complaint)
    citizen.wait_for(lambda: citizen.step_view() == "Notice")
    citizen.tap(citizen.button("action-agree"))
    assert citizen.step_view() == "Form"
    citizen.tap(citizen.button("choice-category-device"))
    box = _visible(kiosk, QPlainTextEdit, "field-content")
    box.setFocus()
    _keyboard_commits(box, WORDS)
    keypad_type = type(kiosk.window.staff_login.keypad)
    for digit in PHONE:  # each key re-renders the form: find the keypad on screen each time
        pad = _visible(kiosk, keypad_type, "")
        citizen.tap(pad.buttons[digit])
    assert _visible(kiosk, QPlainTextEdit, "field-content").toPlainText() == WORDS  # kept
    citizen.tap(citizen.button("action-submit"))
    citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="the reference")
    rows = {label.get("zh_CN"): value for label, value in kiosk.window.step.view.rows}
    reference = rows["受理编号"]
    assert reference.startswith("TS-")
    citizen.tap(kiosk.window.step.buttons["print:receipt"])
    citizen.wait_for(lambda: citizen.screen() == "MessageScreen", what="the end")
    receipt = "\n".join(line.text for line in kiosk.devices.receipt_printer.tray[-1].lines)
    assert reference in receipt and PHONE not in receipt and WORDS not in receipt
    [sent] = kiosk.sandbox.complaints
    assert sent["phone"] == PHONE and sent["category"] == "device" and sent["content"] == WORDS
    # Nothing of it on the kiosk: not the phone, not the words.
    citizen.wait_for(lambda: kiosk.work.pending == 0)
    kiosk.store.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    folders = (Path(kiosk.config.store.path()), private_tmp)
    for path in [p for folder in folders for p in folder.rglob("*") if p.is_file()]:
        data = path.read_bytes()
        assert PHONE.encode() not in data and "屏幕反光".encode() not in data, path.name
    assert PHONE not in caplog.text and "屏幕反光" not in caplog.text
