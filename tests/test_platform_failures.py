"""The platform down, failing or slow: a clear message, retry and exit, never a frozen screen."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk_app.stall import StallMonitor
from tests.conftest import CITIZEN, settle_garbage

pytestmark = pytest.mark.journey


@pytest.fixture
def settings() -> dict[str, object]:
    return {"platform": {"url": "", "read_timeout_s": 1.0, "retries": 0}}


def _query(citizen: Any, kiosk: Any) -> None:
    citizen.start()
    citizen.tap(kiosk.window.home.tiles["social_insurance_record"])
    citizen.tap(citizen.button("action-agree"))
    citizen.present_card(CITIZEN)


def test_platform_errors_offer_retry_and_retry_works(kiosk: Any, citizen: Any) -> None:
    kiosk.sandbox.set_fault(status=503)
    _query(citizen, kiosk)
    citizen.wait_for(lambda: citizen.step_view() == "Problem", what="the error")
    assert (
        "政务服务平台暂时出现问题"
        in kiosk.window.findChild(type(kiosk.window.step.item_name), "problem").text()
    )
    assert citizen.button("action-retry") and citizen.button("action-exit")
    kiosk.sandbox.clear_faults()
    citizen.tap(citizen.button("action-retry"))
    citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="the result after retry")


def test_platform_down_shows_a_message_and_exit_ends_cleanly(kiosk: Any, citizen: Any) -> None:
    kiosk.sandbox.stop()  # nothing listens any more: connection refused
    _query(citizen, kiosk)
    citizen.wait_for(lambda: citizen.step_view() == "Problem", what="the error")
    assert kiosk.window.step.view.message == "platform_unreachable"
    citizen.tap(citizen.button("action-exit"))
    assert citizen.screen() == "MessageScreen"
    assert kiosk.store.transactions()[0]["outcome"] == "error"


def test_slow_platform_times_out_without_freezing_the_screen(kiosk: Any, citizen: Any) -> None:
    kiosk.sandbox.set_fault(delay_s=3.0)
    settle_garbage()  # as the kiosk does after start (cli.main): no GC of earlier tests' objects
    monitor = StallMonitor(stall_ms=400)  # waiting 3 s on the GUI thread would show as 3,000
    monitor.start()
    _query(citizen, kiosk)
    citizen.wait_for(lambda: citizen.step_view() == "Problem", timeout_s=10, what="the timeout")
    monitor.stop()
    assert kiosk.window.step.view.message == "platform_timeout"
    assert monitor.stalls == [], f"GUI thread stalled {monitor.stalls} ms while waiting"
    # the citizen could still leave while waiting: the cancel button answered throughout
    citizen.tap(citizen.button("cancel"))
    assert citizen.screen() == "MessageScreen"
