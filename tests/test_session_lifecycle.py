"""Every way a session ends goes through one path: data dropped, screens reset, record kept."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import CITIZEN

pytestmark = pytest.mark.journey


def _to_result(citizen: Any, kiosk: Any, item_id: str = "provident_fund_account") -> None:
    citizen.start()
    citizen.tap(kiosk.window.home.tiles[item_id])
    citizen.tap(citizen.button("action-agree"))
    citizen.present_card(CITIZEN)
    citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="the result")


def test_idle_countdown_gives_twenty_seconds_and_more_time(kiosk: Any, citizen: Any) -> None:
    _to_result(citizen, kiosk)
    overlay = kiosk.window.countdown
    citizen.wait_for(overlay.isVisible, what="the countdown")
    assert overlay.remaining >= 20  # at least 20 seconds to ask for more time
    assert "秒后将结束本次办理" in overlay.seconds.text()
    assert not kiosk.window.footer.visibleRegion().isEmpty()  # the footer stays uncovered
    citizen.tap(overlay.more)
    assert not overlay.isVisible()
    assert citizen.step_view() == "ResultView"  # still there, data intact
    assert kiosk.controller.session is not None


def test_idle_timeout_ends_the_session_and_drops_the_data(kiosk: Any, citizen: Any) -> None:
    _to_result(citizen, kiosk)
    engine = kiosk.controller.session.engine
    citizen.wait_for(lambda: citizen.screen() == "MessageScreen", timeout_s=15, what="the timeout")
    assert kiosk.window.message.args["reason"] == "timeout"
    assert kiosk.controller.session is None
    assert engine.data.identity is None and engine.data.answer == {}
    assert kiosk.window.step.view is not None  # the last view object is replaced on next render
    [record] = kiosk.store.transactions()
    assert record["outcome"] == "timeout"
    citizen.wait_for(
        lambda: citizen.screen() == "AttractScreen", timeout_s=5, what="the attract screen"
    )


def test_any_touch_or_key_starts_the_idle_time_again(kiosk: Any, citizen: Any) -> None:
    """The kiosk's one input filter (kiosk_app/input_filter.py) sees presses on any widget and
    keys at the window; a citizen who is still touching the screen is never timed out."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    kiosk.controller.second_ms = 100  # a 6 s idle time: room for a loaded machine
    _to_result(citizen, kiosk)
    idle = kiosk.controller.idle
    assert idle.interval() == 6000
    window = kiosk.window.windowHandle()
    for press in (
        lambda: QTest.mousePress(kiosk.window.step, Qt.MouseButton.LeftButton),
        lambda: QTest.keyPress(window, Qt.Key.Key_Shift),
        lambda: QTest.keyPress(window, Qt.Key.Key_Tab),  # the keypad navigation takes it
        lambda: QTest.keyPress(window, Qt.Key.Key_Down),
    ):
        citizen.pump(1.5)
        assert idle.remainingTime() <= idle.interval() - 1000
        press()
        assert idle.remainingTime() > idle.interval() - 500


def test_elderly_mode_doubles_the_timeouts(kiosk: Any, citizen: Any) -> None:
    citizen.start()
    citizen.tap(kiosk.window.footer.elderly)
    assert kiosk.controller.elderly
    normal = kiosk.config.timeouts.idle_s * kiosk.controller.second_ms
    assert kiosk.controller.idle.interval() == 2 * normal


def test_card_removed_mid_flow_ends_the_session(kiosk: Any, citizen: Any) -> None:
    _to_result(citizen, kiosk)
    engine = kiosk.controller.session.engine
    citizen.take_card()
    citizen.wait_for(lambda: citizen.screen() == "MessageScreen", what="the end")
    assert kiosk.window.message.args["reason"] == "card_removed"
    assert engine.data.identity is None
    assert kiosk.store.transactions()[0]["outcome"] == "card_removed"


def test_cancel_ends_the_session_the_same_way(kiosk: Any, citizen: Any) -> None:
    _to_result(citizen, kiosk)
    engine = kiosk.controller.session.engine
    citizen.tap(citizen.button("cancel"))
    assert citizen.screen() == "MessageScreen"
    assert kiosk.window.message.args["reason"] == "cancelled"
    assert engine.data.identity is None
    citizen.tap(kiosk.window.message.ok)
    assert citizen.screen() == "AttractScreen"


def test_back_from_the_notice_returns_home_without_a_goodbye(kiosk: Any, citizen: Any) -> None:
    citizen.start()
    citizen.tap(kiosk.window.home.tiles["social_insurance_record"])
    citizen.tap(citizen.button("action-back"))
    assert citizen.screen() == "HomeScreen"
    assert kiosk.store.transactions()[0]["outcome"] == "back"


def test_a_late_answer_after_the_citizen_left_is_dropped(kiosk: Any, citizen: Any) -> None:
    kiosk.sandbox.set_fault(delay_s=1.0)
    citizen.start()
    citizen.tap(kiosk.window.home.tiles["provident_fund_account"])
    citizen.tap(citizen.button("action-agree"))
    citizen.present_card(CITIZEN)
    citizen.wait_for(
        lambda: citizen.step_view() == "Working" and kiosk.window.step.view.message == "querying",
        what="the query",
    )
    citizen.tap(citizen.button("cancel"))
    citizen.pump(1.5)  # the platform answers after the citizen has gone
    assert citizen.screen() in ("MessageScreen", "AttractScreen")  # no result for nobody
    assert kiosk.controller.session is None
