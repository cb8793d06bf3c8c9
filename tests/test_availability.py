"""A device down takes only the items that need it out of service; hours close the kiosk."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from devices.status import DeviceClass, DeviceState, MediaState
from kiosk_app.app import build_kiosk
from kiosk_app.config import Config
from kiosk_app.demo import PORTRAIT, Citizen

pytestmark = pytest.mark.journey


def test_receipt_printer_out_of_paper_pauses_only_receipt_items(kiosk: Any, citizen: Any) -> None:
    citizen.start()
    kiosk.devices.receipt_printer.inject(media=MediaState.OUT)
    citizen.wait_for(lambda: kiosk.store.open_faults() != [], what="the fault")
    tiles = kiosk.window.home.tiles
    assert tiles["social_insurance_record"].property("unavailable") is True
    assert tiles["provident_fund_account"].property("unavailable") is True
    assert tiles["no_housing_proof"].property("unavailable") is False  # A4 printer is fine
    assert "暂停服务" in tiles["social_insurance_record"].accessibleName()
    citizen.tap(tiles["social_insurance_record"])
    assert citizen.screen() == "MessageScreen" and kiosk.window.message.kind == "out_of_service"
    assert kiosk.store.open_faults() == [
        {
            "source": "receipt_printer",
            "category": "hardware",
            "code": "out_of_paper",
            "severity": "minor",
        }
    ]
    citizen.tap(kiosk.window.message.ok)
    citizen.tap(kiosk.window.home.tiles["no_housing_proof"])
    assert citizen.step_view() == "Notice"  # the other item still works
    citizen.tap(citizen.button("cancel"))
    kiosk.devices.receipt_printer.inject(media=MediaState.OK)
    # the fault is resolved and the items come back when paper is back
    citizen.wait_for(lambda: kiosk.store.open_faults() == [], what="the fault to resolve")
    assert not kiosk.controller.unavailable_items()


def test_card_reader_offline_pauses_every_item(kiosk: Any, citizen: Any) -> None:
    citizen.start()
    kiosk.devices.card_reader.inject(state=DeviceState.HARDWARE_ERROR)
    citizen.wait_for(lambda: kiosk.store.open_faults() != [], what="the fault")
    needing_card = {i.id for i in kiosk.catalogue.items if DeviceClass.CARD_READER in i.requires}
    assert kiosk.controller.unavailable_items() == needing_card
    assert "complaint" not in needing_card  # a complaint needs no device: still possible
    assert kiosk.store.open_faults()[0]["severity"] == "severe"


@pytest.fixture
def night_kiosk(qapp: Any, tmp_path: Any, private_tmp: Any) -> Any:
    config = Config.model_validate(
        {"store": {"data_dir": str(tmp_path / "data")}, "hours": {"daily": "08:30-17:30"}}
    )
    kiosk = build_kiosk(config, now=lambda: dt.datetime(2026, 11, 24, 22, 15))
    kiosk.window.resize(*PORTRAIT)
    kiosk.window.show()
    yield kiosk
    kiosk.shutdown()


def test_outside_service_hours_the_kiosk_is_closed(night_kiosk: Any) -> None:
    citizen = Citizen(night_kiosk)
    window = night_kiosk.window
    citizen.pump(0.05)
    assert citizen.screen() == "MessageScreen" and window.message.kind == "closed"
    assert "08:30-17:30" in window.message.body.text()
    assert "08:30-17:30" in window.footer.hours.text()
    citizen.tap(window.message.ok)
    assert window.message.kind == "closed"  # still closed: nothing can start
    assert night_kiosk.store.transactions() == []
