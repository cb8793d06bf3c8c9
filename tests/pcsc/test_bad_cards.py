"""Damaged records and photos, read through the real driver, pcscd and vpcd.

One virtual card stays on the reader for the whole module and each test rewrites what it holds
(as a damaged card would hold it), which saves pcscd's insert and remove polling per case.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable, Iterator

import pytest

pytest.importorskip("smartcard", reason="pyscard is not installed")

from devices import id_card_format as fmt
from devices.pcsc_reader import PcscCardReader
from devices.status import DeviceError, DeviceState
from tests.pcsc.conftest import Pcscd, card_seen, wait_until
from tests.pcsc.helpers import (
    CARD_WORDS,
    HOLDER,
    holder_card,
    problem_shown,
    reading_error,
    screen_after_card,
    text_of,
)
from tests.pcsc.virtual_card import VirtualCard


@pytest.fixture(scope="module")
def card_on_reader(pcscd_service: Pcscd, photo: bytes) -> Iterator[VirtualCard]:
    pcscd_service.start()
    card = VirtualCard(holder_card(photo))
    card.insert()
    assert wait_until(card_seen, 3), "pcscd did not see the virtual card"
    yield card
    card.remove()
    assert wait_until(lambda: not card_seen(), 5), "pcscd still sees a card"


@pytest.fixture
def card(card_on_reader: VirtualCard, photo: bytes) -> Iterator[VirtualCard]:
    """The card on the reader, holding a good record and photo again after each test."""
    if not card_on_reader.inserted:  # pcscd was restarted under it
        card_on_reader.insert()
        assert wait_until(card_seen, 3)
    yield card_on_reader
    card_on_reader.applet = holder_card(photo)


def test_card_answering_t0_style_with_get_response_reads_the_same(
    reader: PcscCardReader, card: VirtualCard, photo: bytes
) -> None:
    card.applet.chained = True
    assert reader.read_identity() == dataclasses.replace(HOLDER, photo=photo)
    assert any(apdu[1] == 0xC0 for apdu in card.apdus)


def _with_field(**raw: str) -> bytes:
    return fmt.pack_text_record(dataclasses.replace(fmt.text_fields_of(HOLDER), **raw))


def _lone_surrogate_in_name() -> bytes:
    text = bytearray(text_of(HOLDER))
    text[2:4] = b"\x00\xd8"  # the name's second character: half a surrogate pair
    return bytes(text)


def _wrong_check_digit() -> bytes:
    number = HOLDER.id_number
    return _with_field(id_number=number[:-1] + ("X" if number[-1] != "X" else "0"))


DAMAGED: dict[str, Callable[[], bytes]] = {
    "wrong check digit": _wrong_check_digit,
    "no such date": lambda: _with_field(valid_from="20160230"),
    "date not digits": lambda: _with_field(valid_until="2036-3-1"),
    "end before start": lambda: _with_field(valid_until="20150101"),
    "birth date differs from ID number": lambda: _with_field(birth_date="19800521"),
    "sex differs from ID number": lambda: _with_field(sex="2"),
    "unknown sex code": lambda: _with_field(sex="9"),
    "unknown ethnicity": lambda: _with_field(ethnicity="77"),
    "blank name": lambda: _with_field(name=""),
    "control character": lambda: _with_field(address="培训路\n101号"),
    "broken UCS-2": _lone_surrogate_in_name,
    "record cut short": lambda: text_of(HOLDER)[:200],
    "record all zeros": lambda: bytes(256),
}


@pytest.mark.parametrize("damage", DAMAGED)
def test_damaged_record_is_unreadable_never_a_crash(
    reader: PcscCardReader, card: VirtualCard, damage: str
) -> None:
    card.applet.files[fmt.EF_TEXT] = DAMAGED[damage]()
    error = reading_error(reader)
    assert error.key == "card_unreadable"
    assert not any(word in str(error) for word in CARD_WORDS)
    assert problem_shown(screen_after_card(reader)) == "card_unreadable"
    assert reader.status.state is DeviceState.ONLINE


def test_card_without_its_text_record_is_unreadable(
    reader: PcscCardReader, card: VirtualCard
) -> None:
    del card.applet.files[fmt.EF_TEXT]
    assert reading_error(reader).key == "card_unreadable"


def _truncated(photo: bytes) -> bytes:
    return photo[: len(photo) // 2]


def _header_overwritten(photo: bytes) -> bytes:
    return photo[:2] + bytes(40) + photo[42:]


PHOTO_FAULTS: dict[str, Callable[[bytes], bytes | None]] = {
    "no photo file": lambda photo: None,
    "empty photo file": lambda photo: b"",
    "truncated JPEG": _truncated,
    "header overwritten": _header_overwritten,
    "not a JPEG": lambda photo: b"\x89PNG\r\n\x1a\n" + photo[8:],
    "larger than the card can address": lambda photo: photo + bytes(fmt.PHOTO_MAX_SIZE),
}


@pytest.mark.parametrize("fault", PHOTO_FAULTS)
def test_missing_or_corrupt_photo_reads_the_text_and_face_matching_says_so(
    reader: PcscCardReader, card: VirtualCard, photo: bytes, fault: str
) -> None:
    damaged = PHOTO_FAULTS[fault](photo)
    if damaged is None:
        del card.applet.files[fmt.EF_PHOTO]
    else:
        card.applet.files[fmt.EF_PHOTO] = damaged
    record = reader.read_identity()
    assert record == HOLDER  # the text is all there
    assert record.photo == b""
    assert problem_shown(screen_after_card(reader)) == "card_photo_missing"


def test_randomly_damaged_records_give_a_record_or_card_unreadable(
    reader: PcscCardReader, card: VirtualCard
) -> None:
    """Simple fuzzing through the whole stack: flipped bytes, cut and grown records."""
    good = text_of(HOLDER)
    rng = random.Random(20260301)
    keys: set[str] = set()
    for _ in range(60):
        text = bytearray(good)
        for _ in range(rng.randint(1, 6)):
            text[rng.randrange(len(text))] = rng.randrange(256)
        if rng.random() < 0.2:
            text = text[: rng.randrange(len(text))] if rng.random() < 0.5 else text + b"\x20\x00"
        card.applet.files[fmt.EF_TEXT] = bytes(text)
        try:
            record = reader.read_identity()
        except DeviceError as error:
            keys.add(error.key)
        else:
            assert record.id_number == HOLDER.id_number  # only reserved or padding bytes hit
    assert keys == {"card_unreadable"}
    assert reader.status.state is DeviceState.ONLINE
