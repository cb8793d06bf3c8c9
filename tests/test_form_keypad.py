"""A new item is only a data file; its form is typed on the on-screen keypad and checked as
typed, with messages that say how to fix the value."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from flows.catalogue import load_catalogue
from flows.model import Lifecycle
from kiosk_app.app import build_kiosk
from kiosk_app.config import Config
from kiosk_app.demo import PORTRAIT, Citizen
from tests.conftest import CITIZEN

pytestmark = pytest.mark.journey


@pytest.fixture
def test_kiosk(qapp: Any, config: Config, private_tmp: Path) -> Iterator[Any]:
    catalogue = load_catalogue(Path(__file__).parent / "items")
    kiosk = build_kiosk(config, catalogue=catalogue)
    kiosk.window.resize(*PORTRAIT)
    kiosk.window.show()
    yield kiosk
    kiosk.shutdown()


def _label(kiosk: Any, name: str) -> QLabel | None:
    """The label on screen now (replaced ones wait hidden for deletion)."""
    shown = [w for w in kiosk.window.findChildren(QLabel, name) if w.isVisible()]
    return shown[0] if shown else None


def test_phone_number_typed_on_the_keypad(test_kiosk: Any) -> None:
    citizen = Citizen(test_kiosk)
    citizen.start()
    tile = test_kiosk.window.home.tiles["provident_fund_sms"]
    assert "【试运行】" in tile.accessibleName()  # a trial item says so
    assert test_kiosk.catalogue.get("provident_fund_sms").lifecycle is Lifecycle.TRIAL
    citizen.tap(tile)
    citizen.tap(citizen.button("action-agree"))
    assert citizen.step_view() == "Form"

    def key(k: str) -> None:
        pad = [
            b
            for b in test_kiosk.window.step.findChildren(type(citizen.button("action-submit")))
            if b.isVisible() and b.text() == k
        ]
        citizen.tap(pad[0])

    for digit in "2345":
        key(digit)
    assert _label(test_kiosk, "field-phone").text() == "2345"
    error = _label(test_kiosk, "error-phone")
    assert error is not None and "11位手机号码" in error.text()  # says how to fix it
    key("⌫")
    key("C")
    for digit in "13800138000":
        key(digit)
    assert _label(test_kiosk, "field-phone").text() == "13800138000"
    assert _label(test_kiosk, "error-phone") is None
    citizen.tap(citizen.button("action-submit"))
    citizen.wait_for(lambda: citizen.step_view() == "InsertCard")
    citizen.present_card(CITIZEN)
    citizen.wait_for(lambda: citizen.step_view() == "ResultView")
    citizen.tap(citizen.button("action-finish"))
    citizen.tap(citizen.button("rate-5"))
    assert test_kiosk.store.transactions()[0]["trial"] == 1  # trial usage counted apart


def test_submit_with_an_empty_field_explains_what_is_missing(test_kiosk: Any) -> None:
    citizen = Citizen(test_kiosk)
    citizen.start()
    citizen.tap(test_kiosk.window.home.tiles["provident_fund_sms"])
    citizen.tap(citizen.button("action-agree"))
    citizen.tap(citizen.button("action-submit"))
    assert citizen.step_view() == "Form"
    assert _label(test_kiosk, "error-phone").text() == "请填写这一项"
