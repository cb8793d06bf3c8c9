"""Getting into maintenance (issue 5): the hidden gesture, only with no citizen session;
operators and volunteers are separate roles (std 9.1); lockout; a password older than the
configured age must be changed at login, to a strong one (std 9.6); everything audited; and no
citizen session starts while maintenance is open."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk_app.staff import Role, StaffRegistry
from tests.maintenance_robot import TRAINING_OPERATOR, Operator
from ui.components.hidden_gesture import HiddenGesture


@pytest.fixture
def operator(kiosk: Any, citizen: Any) -> Operator:
    return Operator(kiosk, citizen)


def events(kiosk: Any, prefix: str = "") -> list[tuple[str, str]]:
    return [(k, d) for k, d in kiosk.store.events() if k.startswith(prefix)]


def test_five_taps_in_the_corner_open_the_operator_login(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    citizen.wait_for(lambda: citizen.screen() == "AttractScreen")
    operator.gesture(taps=4)
    assert citizen.screen() == "AttractScreen"  # four are not enough
    operator.gesture(taps=1)
    assert citizen.screen() == "OperatorLoginScreen"
    assert ("maint_gesture", "") in events(kiosk)
    citizen.tap(kiosk.window.operator_login.cancel)
    assert citizen.screen() == "AttractScreen"


def test_taps_elsewhere_or_too_slow_do_nothing(qapp: Any) -> None:
    from PySide6.QtWidgets import QWidget

    now = [0.0]
    header = QWidget()
    header.resize(1080, 80)
    gesture = HiddenGesture(header, clock=lambda: now[0])
    seen: list[bool] = []
    gesture.triggered.connect(lambda: seen.append(True))
    for _ in range(5):  # the middle of the header is not the corner
        QTest.mouseClick(header, Qt.MouseButton.LeftButton, pos=QPoint(500, 40))
    for _ in range(5):  # one tap a second: the first ones fall out of the 3 s window
        now[0] += 1.0
        QTest.mouseClick(header, Qt.MouseButton.LeftButton, pos=QPoint(1070, 40))
    assert seen == []
    for _ in range(2):
        QTest.mouseClick(header, Qt.MouseButton.LeftButton, pos=QPoint(1070, 40))
    assert seen == [True]


def test_the_gesture_is_ignored_while_a_citizen_is_served(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    citizen.start()
    citizen.tap(kiosk.window.home.tiles["social_insurance_record"])
    citizen.wait_for(lambda: citizen.step_view() == "Notice")
    operator.gesture()
    assert citizen.screen() == "StepScreen"
    assert kiosk.controller.session is not None
    assert ("maint_gesture_ignored", "session running") in events(kiosk)


def test_the_training_operator_gets_in_and_the_login_is_audited(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    operator.open()
    assert "运维人员 0002" in kiosk.window.maintenance.operator.text()
    assert ("login", "staff=0002 role=operator") in events(kiosk)
    assert ("maint_opened", "staff=0002") in events(kiosk)
    citizen.tap(kiosk.window.maintenance.finish)
    assert citizen.screen() == "AttractScreen"
    assert ("maint_closed", "staff=0002 finished") in events(kiosk)


def test_a_volunteer_pin_never_opens_maintenance(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    citizen.wait_for(lambda: citizen.screen() == "AttractScreen")
    operator.gesture()
    operator.login("0001", "246810")  # the training volunteer's right PIN
    assert citizen.screen() == "OperatorLoginScreen"
    error = kiosk.window.operator_login.error.text()
    assert "没有运维权限" in error
    assert ("login_wrong_role", "staff=0001 wanted=operator") in events(kiosk)
    assert not any(kind == "maint_opened" for kind, _ in events(kiosk))


def test_repeated_failures_lock_the_account(kiosk: Any, citizen: Any, operator: Operator) -> None:
    citizen.wait_for(lambda: citizen.screen() == "AttractScreen")
    operator.gesture()
    for attempt in range(5):
        operator.login(TRAINING_OPERATOR[0], f"Wrong#pass{attempt}")
        assert citizen.screen() == "OperatorLoginScreen"
    assert "锁定" in kiosk.window.operator_login.error.text()
    operator.login(*TRAINING_OPERATOR)  # the right password, but the account is locked
    assert citizen.screen() == "OperatorLoginScreen"
    assert "锁定" in kiosk.window.operator_login.error.text()
    assert len([e for e in events(kiosk) if e[0] == "login_failed"]) == 5
    assert ("login_locked", "staff=0002") in events(kiosk)


def test_an_old_password_must_be_changed_to_a_strong_one(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    long_ago = dt.datetime.now() - dt.timedelta(days=91)
    StaffRegistry(kiosk.store, now=lambda: long_ago).set_secret(
        "0003", Role.OPERATOR, "Old#Passw0rd"
    )
    citizen.wait_for(lambda: citizen.screen() == "AttractScreen")
    operator.gesture()
    operator.login("0003", "Old#Passw0rd")
    login = kiosk.window.operator_login
    assert citizen.screen() == "OperatorLoginScreen" and login.mode == "change"
    assert "密码已过期" in login.title.text()
    operator.change("abcdefghijk")  # long enough, one kind of character
    assert login.mode == "change" and "至少三类" in login.error.text()
    operator.change("New#Passw0rd", again="New#Passw0rX")
    assert "不一致" in login.error.text()
    operator.change("Old#Passw0rd")
    assert "不能与原密码相同" in login.error.text()
    operator.change("New#Passw0rd")
    assert citizen.screen() == "MaintenanceScreen"
    assert ("maint_password_changed", "staff=0003") in events(kiosk)
    assert ("maint_password_refused", "staff=0003 too_simple") in events(kiosk)
    citizen.tap(kiosk.window.maintenance.finish)
    operator.gesture()
    operator.login("0003", "New#Passw0rd")  # the new one works, with no change asked
    assert citizen.screen() == "MaintenanceScreen"


def test_no_citizen_session_starts_while_maintenance_is_open(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    operator.open()
    citizen.tap(kiosk.window.maintenance.away)
    assert citizen.screen() == "UnderMaintenanceScreen"
    shown = kiosk.window.under_maintenance
    assert shown.title.text() == "设备维护中" and "Under maintenance" in shown.body.text()
    controller = kiosk.controller
    controller.attract_touched()  # a touch on the kiosk
    controller.show_attract()  # the idle countdown running out
    controller.choose_item("social_insurance_record")  # a stale tile
    controller.open_complaint()  # the footer's complaint button
    controller.call_for_help()
    controller.show_staff_login()
    citizen.present_card("11010519491231002X")
    citizen.pump(0.2)
    assert citizen.screen() == "UnderMaintenanceScreen"
    assert controller.session is None and kiosk.store.transactions() == []
    citizen.take_card()
    operator.gesture()  # a login abandoned leaves the kiosk under maintenance
    citizen.tap(kiosk.window.operator_login.cancel)
    assert citizen.screen() == "UnderMaintenanceScreen" and controller.maintenance.active
    # Back in with the gesture (the password again), finish, and citizens are served again.
    operator.gesture()
    assert citizen.screen() == "OperatorLoginScreen"
    operator.login(*TRAINING_OPERATOR)
    assert citizen.screen() == "MaintenanceScreen"
    citizen.tap(kiosk.window.maintenance.finish)
    citizen.start()
    assert citizen.screen() == "HomeScreen"
    assert ("maint_away", "staff=0002") in events(kiosk)


def test_an_idle_operator_is_logged_out(kiosk: Any, citizen: Any, operator: Operator) -> None:
    operator.open()
    mode = kiosk.controller.maintenance
    mode.idle.start(1)  # the configured idle time, run out at once
    citizen.wait_for(lambda: citizen.screen() == "AttractScreen", what="the logout")
    assert not mode.active
    assert ("maint_closed", "staff=0002 idle") in events(kiosk)


def test_operator_accounts_are_made_on_the_console(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from kiosk_app.cli import main
    from kiosk_app.store import Store

    config = tmp_path / "kiosk.toml"
    config.write_text(f'[store]\ndata_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    args = ["operator", "add", "1234", "--config", str(config), "--password-stdin"]
    monkeypatch.setattr("sys.stdin", io.StringIO("weakpassword\n"))
    assert main(args) == 2
    assert "three of" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("Strong#Pass9\n"))
    assert main(args) == 0
    assert main(["operator", "list", "--config", str(config)]) == 0
    assert "1234  password set" in capsys.readouterr().out
    store = Store(tmp_path / "data" / "kiosk.sqlite3")
    try:
        login = StaffRegistry(store).login("1234", "Strong#Pass9", Role.OPERATOR)
        assert login.result.value == "ok"
        assert ("maint_operator_added", "staff=1234 by=console") in store.events()
    finally:
        store.close()
