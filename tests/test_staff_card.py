"""Staff cards (工作证) for volunteers (issue 6): login by card on the real staff-login screen,
unknown cards refused and counted like wrong PINs, a citizen's ID card refused and nothing about
it kept, an operator's card starting nothing, and a staff card at a citizen's identity step
named for what it is. The store, the log and temp files are searched, not trusted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from devices.simulated.training_cards import TRAINING_STAFF_CARD, StaffCard, training_card
from kiosk_app.app import TRAINING_PIN, TRAINING_VOLUNTEER
from kiosk_app.staff import MAX_FAILURES, Role
from tests.conftest import CITIZEN
from tests.maintenance_robot import Operator

pytestmark = pytest.mark.journey
OPERATOR_CARD = StaffCard("0002", bytes.fromhex("04B1B2B3B4B5B6"))


def _to_staff_login(citizen: Any, kiosk: Any) -> Any:
    citizen.start()
    citizen.tap(kiosk.window.footer.help)
    citizen.tap(kiosk.window.message.login)
    assert citizen.screen() == "StaffLoginScreen"
    return kiosk.window.staff_login


def _swipe(citizen: Any, kiosk: Any, card: Any) -> None:
    """Put a card on the (simulated) reader and wait until the kiosk has answered it."""
    kiosk.devices.card_reader.insert(card)
    citizen.wait_for(lambda: "正在读取工作证" in _error(kiosk), what="the card read")
    citizen.wait_for(
        lambda: "正在读取" not in _error(kiosk) or citizen.screen() != "StaffLoginScreen",
        what="the card check",
    )


def _error(kiosk: Any) -> str:
    return str(kiosk.window.staff_login.error.text())


def _events(kiosk: Any, kind: str) -> list[str]:
    return [detail for k, detail in kiosk.store.events() if k == kind]


def _files_hold(folders: list[Path], *needles: str) -> list[str]:
    """Every file under the folders whose bytes hold any needle (UTF-8, UTF-16LE or GB18030)."""
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for needle in needles:
                forms = {needle.encode(), needle.encode("utf-16-le"), needle.encode("gb18030")}
                if any(form in data for form in forms):
                    found.append(f"{path.name}: {needle}")
    return found


def test_volunteer_logs_in_with_a_staff_card(kiosk: Any, citizen: Any) -> None:
    login = _to_staff_login(citizen, kiosk)
    assert "刷工作证或输入工号和密码" in login.hint.text()
    citizen.tap(citizen.button(f"training-staff-card-{TRAINING_VOLUNTEER}"))
    citizen.wait_for(lambda: citizen.screen() == "HomeScreen", what="assisted mode")
    assert kiosk.window.assist_banner.isVisible()
    assert TRAINING_VOLUNTEER in kiosk.window.assist_text.text()
    assert kiosk.controller.assisted_by == TRAINING_VOLUNTEER
    assert _events(kiosk, "login") == [f"staff={TRAINING_VOLUNTEER} role=volunteer method=card"]
    assert _events(kiosk, "assist_started") == [f"staff={TRAINING_VOLUNTEER}"]
    # Only a salted hash of the card is kept: never its identifier.
    uid = TRAINING_STAFF_CARD.card_id
    [(salt, digest)] = kiosk.store.query("SELECT salt, hash FROM staff_cards")
    assert uid not in digest and len(salt) == 16
    kiosk.store.query("PRAGMA wal_checkpoint(PASSIVE)")  # the database and its WAL, both read
    data_dir = kiosk.config.store.path()
    assert _files_hold([data_dir], uid.hex(), uid.hex().upper()) == []
    assert not any(uid in p.read_bytes() for p in data_dir.rglob("*") if p.is_file())


def test_unknown_cards_are_refused_counted_and_lock_card_login(kiosk: Any, citizen: Any) -> None:
    login = _to_staff_login(citizen, kiosk)
    for tries in range(1, MAX_FAILURES):
        _swipe(citizen, kiosk, StaffCard("9999", bytes([0x04, 0x10, 0x20, tries])))
        assert "未登记" in _error(kiosk)
        assert kiosk.controller.staff_cards.failures() == tries
        assert citizen.screen() == "StaffLoginScreen" and kiosk.controller.assisted_by == ""
    assert len(_events(kiosk, "login_failed")) == MAX_FAILURES - 1
    _swipe(citizen, kiosk, StaffCard("9999", bytes.fromhex("04102099")))
    assert "刷卡登录已暂停15分钟" in _error(kiosk)
    # Locked: even an enrolled card is refused now, and the attempt is logged...
    citizen.tap(citizen.button(f"training-staff-card-{TRAINING_VOLUNTEER}"))
    citizen.wait_for(lambda: kiosk.work.pending == 0 and "暂停" in _error(kiosk))
    assert kiosk.controller.assisted_by == ""
    assert "method=card" in _events(kiosk, "login_locked")
    # ...but the volunteer's PIN still works: the lock is on cards, not on people.
    citizen.tap(login.number)
    for digit in TRAINING_VOLUNTEER:
        citizen.tap(login.keypad.buttons[digit])
    citizen.tap(login.pin)
    for digit in TRAINING_PIN:
        citizen.tap(login.keypad.buttons[digit])
    citizen.tap(login.submit)
    citizen.wait_for(lambda: citizen.screen() == "HomeScreen", what="login by PIN")
    assert kiosk.controller.assisted_by == TRAINING_VOLUNTEER


def test_citizen_id_card_is_refused_politely_and_nothing_about_it_is_kept(
    kiosk: Any, citizen: Any, private_tmp: Path
) -> None:
    _to_staff_login(citizen, kiosk)
    kiosk.controller.staff_cards.wait_provisioned()  # training accounts: logged as they land
    kiosk.controller.staff.wait_provisioned()
    events_before = len(kiosk.store.events())
    citizen.present_card(CITIZEN)
    citizen.wait_for(lambda: "居民身份证" in _error(kiosk), what="the refusal")
    assert "没有读取" in _error(kiosk) and "工作证" not in _error(kiosk).split("，")[0]
    assert citizen.screen() == "StaffLoginScreen" and kiosk.controller.assisted_by == ""
    assert kiosk.controller.staff_cards.failures() == 0  # not counted as a wrong card
    kinds = {kind for kind, _ in kiosk.store.events()[events_before:]}
    assert kinds <= {"device_status"}  # not even that it was there (devices report on)
    card = training_card(CITIZEN)
    found = _files_hold([kiosk.config.store.path(), private_tmp], CITIZEN, card.name, card.address)
    assert found == []


def test_an_operators_card_does_not_start_assisted_mode_or_open_maintenance(
    kiosk: Any, citizen: Any
) -> None:
    cards = kiosk.controller.staff_cards
    cards.wait_provisioned()  # the training card first, then the operator's
    cards.enrol("0002", OPERATOR_CARD.card_id)
    _to_staff_login(citizen, kiosk)
    _swipe(citizen, kiosk, OPERATOR_CARD)
    assert citizen.screen() == "MessageScreen" and kiosk.window.message.kind == "staff_refused"
    assert "不是帮办人员账号" in kiosk.window.message.body.text()
    assert kiosk.controller.assisted_by == ""
    assert _events(kiosk, "login_wrong_role") == ["staff=0002 wanted=volunteer method=card"]
    # No card opens maintenance: at the operator login a card is not read at all.
    citizen.tap(kiosk.window.message.ok)
    kiosk.devices.card_reader.remove()
    citizen.wait_for(lambda: citizen.screen() == "HomeScreen")
    kiosk.controller.show_attract()
    operator = Operator(kiosk, citizen)
    operator.gesture()
    assert citizen.screen() == "OperatorLoginScreen"
    kiosk.devices.card_reader.insert(OPERATOR_CARD)
    citizen.pump()  # the card event is delivered: no read is started for it
    assert kiosk.work.pending == 0
    assert citizen.screen() == "OperatorLoginScreen"
    assert kiosk.controller.maintenance.state == "login"  # still asking for a password
    assert _events(kiosk, "login") == []


def test_staff_card_at_the_identity_step_is_named_and_the_citizen_card_then_reads(
    kiosk: Any, citizen: Any
) -> None:
    citizen.start()
    citizen.tap(kiosk.window.home.tiles["provident_fund_account"])
    citizen.tap(citizen.button("action-agree"))
    assert citizen.step_view() == "InsertCard"
    kiosk.devices.card_reader.insert(TRAINING_STAFF_CARD)  # left on the reader by a volunteer
    citizen.wait_for(lambda: citizen.step_view() == "Problem", what="the problem screen")
    assert "这是工作证，不是身份证" in kiosk.window.screen_text()
    assert _events(kiosk, "login") == []  # a staff card here logs nobody in
    citizen.take_card()
    citizen.present_card(CITIZEN)
    citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="the citizen's record")


def test_cards_are_enrolled_one_per_person_and_removed(kiosk: Any) -> None:
    cards = kiosk.controller.staff_cards
    cards.wait_provisioned()
    assert cards.enrolled() == [TRAINING_VOLUNTEER]
    assert cards.holder(TRAINING_STAFF_CARD.card_id) == TRAINING_VOLUNTEER
    # The same card given to the operator is no longer the volunteer's.
    assert cards.enrol("0002", TRAINING_STAFF_CARD.card_id) == TRAINING_VOLUNTEER
    assert cards.enrolled() == ["0002"]
    with pytest.raises(ValueError, match="no staff account"):
        cards.enrol("7777", OPERATOR_CARD.card_id)
    assert cards.remove("0002") and cards.holder(TRAINING_STAFF_CARD.card_id) is None
    assert cards.login(TRAINING_STAFF_CARD.card_id, Role.VOLUNTEER).result.value == "wrong"
