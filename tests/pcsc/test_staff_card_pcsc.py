"""Staff cards (工作证) on the real PC/SC stack: pcscd, vpcd and virtual cards answering GET DATA
with a UID. The reader refuses a citizen's ID card before asking anything else of it; `kiosk
staff enrol-card` enrols the card on the reader; a volunteer logs in on the real staff-login
screen by putting their card on the reader, and a citizen's ID card there is refused unread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("smartcard", reason="pyscard is not installed")

from devices import id_card_format as fmt
from devices.pcsc_reader import PcscCardReader
from devices.status import DeviceError
from kiosk_app.staff import LoginResult, Role, StaffRegistry
from kiosk_app.staff_cards import StaffCards
from kiosk_app.staff_cli import staff_command
from kiosk_app.store import Store
from tests.pcsc.conftest import READER, Events, Pcscd
from tests.pcsc.helpers import HOLDER, Cards, holder_card, inserted, reading_error
from tests.pcsc.virtual_card import BANK_CARD_ATR, Applet, bank_card_applet, staff_card_applet

UID = bytes.fromhex("04A1B2C3D4E5F6")  # a 7-byte UID, as ISO 14443-A cards have
GET_UID = bytes.fromhex("FFCA000000")


@pytest.fixture
def settings() -> dict[str, object]:
    """The kiosk of these tests reads cards through pcscd (other devices simulated)."""
    return {"devices": {"card_reader": "pcsc", "pcsc": {"reader": READER}}}


def id_card_with_uid(photo: bytes) -> Applet:
    applet = holder_card(photo)
    applet.uid = bytes.fromhex("08112233")  # real ID cards have one too: never asked for
    return applet


# The driver ------------------------------------------------------------------------------


def test_a_staff_card_gives_its_uid(reader: PcscCardReader, cards: Cards, events: Events) -> None:
    card = inserted(cards, events, staff_card_applet(UID))
    assert reader.read_card_id() == UID
    assert card.apdus == [fmt.select_aid(), GET_UID]  # is it an ID card? no: then the UID


def test_an_id_card_is_refused_before_anything_is_read_from_it(
    reader: PcscCardReader, cards: Cards, events: Events, photo: bytes
) -> None:
    card = inserted(cards, events, id_card_with_uid(photo))
    with pytest.raises(DeviceError) as caught:
        reader.read_card_id()
    assert caught.value.key == "card_is_id_card"
    assert card.apdus == [fmt.select_aid()]  # no READ BINARY, no GET DATA
    assert str(caught.value) == "card_is_id_card"  # nothing from the card in the error
    assert reader.read_identity().id_number == HOLDER.id_number  # the card itself is fine


def test_a_card_with_no_identifier_is_unreadable(
    reader: PcscCardReader, cards: Cards, events: Events
) -> None:
    inserted(cards, events, bank_card_applet(), atr=BANK_CARD_ATR)  # answers CLA FF with 6E00
    with pytest.raises(DeviceError) as caught:
        reader.read_card_id()
    assert caught.value.key == "card_unreadable"


def test_a_staff_card_at_the_identity_step_is_still_no_id_card(
    reader: PcscCardReader, cards: Cards, events: Events
) -> None:
    inserted(cards, events, staff_card_applet(UID))
    assert reading_error(reader).key == "card_unreadable"  # the driver alone: not an ID card


# `kiosk staff enrol-card` ----------------------------------------------------------------


def _config_file(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'[store]\ndata_dir = "{tmp_path / "data"}"\n\n'
        f'[devices]\ncard_reader = "pcsc"\n\n[devices.pcsc]\nreader = "{READER}"\n'
    )
    return path


def _volunteer(tmp_path: Path, staff_no: str) -> None:
    store = Store(tmp_path / "data" / "kiosk.sqlite3")
    StaffRegistry(store).set_secret(staff_no, Role.VOLUNTEER, "135790")
    store.close()


def test_enrol_card_stores_only_a_hash_and_the_card_then_logs_in(
    pcscd: Pcscd, cards: Cards, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _volunteer(tmp_path, "0003")
    cards(staff_card_applet(UID))
    config = _config_file(tmp_path)
    assert staff_command(["enrol-card", "0003", "--config", str(config), "--wait", "5"]) == 0
    assert "0003 (volunteer) enrolled" in capsys.readouterr().out
    db = tmp_path / "data" / "kiosk.sqlite3"
    for path in db.parent.iterdir():
        data = path.read_bytes()
        assert UID not in data and UID.hex().encode() not in data
        assert UID.hex().upper().encode() not in data
    store = Store(db)
    try:
        login = StaffCards(StaffRegistry(store)).login(UID, Role.VOLUNTEER)
        assert (login.result, login.staff_no) == (LoginResult.OK, "0003")
    finally:
        store.close()


def test_enrol_card_refuses_an_id_card_and_an_unknown_number(
    pcscd: Pcscd, cards: Cards, tmp_path: Path, photo: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    _volunteer(tmp_path, "0003")
    config = _config_file(tmp_path)
    assert staff_command(["enrol-card", "0009", "--config", str(config), "--wait", "1"]) == 2
    assert "no staff account 0009" in capsys.readouterr().err
    card = cards(id_card_with_uid(photo))
    assert staff_command(["enrol-card", "0003", "--config", str(config), "--wait", "5"]) == 2
    assert "citizen's ID card" in capsys.readouterr().err
    assert card.apdus == [fmt.select_aid()]
    store = Store(tmp_path / "data" / "kiosk.sqlite3")
    try:
        assert store.query("SELECT COUNT(*) FROM staff_cards") == [(0,)]
    finally:
        store.close()


# The kiosk, through its real screens -------------------------------------------------------


def _to_staff_login(citizen: Any, kiosk: Any) -> None:
    citizen.start()
    citizen.tap(kiosk.window.footer.help)
    citizen.tap(kiosk.window.message.login)
    assert citizen.screen() == "StaffLoginScreen"


def _wait_online(citizen: Any, kiosk: Any) -> None:
    reader = kiosk.devices.card_reader
    citizen.wait_for(lambda: reader.status.usable, what="the PC/SC reader online")


def test_volunteer_logs_in_with_a_card_on_the_real_reader(
    kiosk: Any, citizen: Any, cards: Cards
) -> None:
    kiosk.controller.staff_cards.wait_provisioned()  # training's own card, replaced here
    kiosk.controller.staff_cards.enrol("0001", UID)
    _wait_online(citizen, kiosk)
    _to_staff_login(citizen, kiosk)
    card = cards(staff_card_applet(UID))
    citizen.wait_for(lambda: citizen.screen() == "HomeScreen", what="assisted mode")
    assert "0001" in kiosk.window.assist_text.text() and kiosk.window.assist_banner.isVisible()
    assert card.apdus == [fmt.select_aid(), GET_UID]


def test_citizen_id_card_on_the_real_reader_is_refused_unread(
    kiosk: Any, citizen: Any, cards: Cards, photo: bytes
) -> None:
    _wait_online(citizen, kiosk)
    _to_staff_login(citizen, kiosk)
    card = cards(id_card_with_uid(photo))
    error = kiosk.window.staff_login.error
    citizen.wait_for(lambda: "居民身份证" in error.text(), what="the refusal")
    assert card.apdus == [fmt.select_aid()]
    assert kiosk.controller.assisted_by == "" and citizen.screen() == "StaffLoginScreen"
    assert kiosk.controller.staff_cards.failures() == 0
