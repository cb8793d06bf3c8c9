"""The PC/SC ID card reader against a real pcscd, with virtual cards on vpcd's virtual reader.

What is checked is what a citizen or an operator would notice: the card is seen when it goes in
and out, a good card is read whole, a bad one gives the screen the right message (through the
real flow), a pulled card or a dead or frozen pcscd is reported and recovered from, and nothing
on the card reaches a log. Damaged records and photos are in test_bad_cards.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import time

import pytest

pytest.importorskip("smartcard", reason="pyscard is not installed")

from devices import id_card_format as fmt
from devices.pcsc_reader import PcscCardReader
from devices.status import DeviceState, DeviceStatus
from flows.views import Working
from tests.pcsc.conftest import READER, Events, Pcscd, card_seen, wait_until
from tests.pcsc.helpers import (
    CARD_WORDS,
    EXPIRED,
    HOLDER,
    LONG_TERM,
    Cards,
    holder_card,
    inserted,
    problem_shown,
    reading_error,
    screen_after_card,
    text_of,
)
from tests.pcsc.virtual_card import BANK_CARD_ATR, bank_card_applet

# Cards in and out -----------------------------------------------------------------------------


def test_insert_and_remove_are_seen_and_a_good_card_reads_whole(
    reader: PcscCardReader,
    cards: Cards,
    events: Events,
    statuses: list[DeviceStatus],
    photo: bytes,
) -> None:
    assert reader.status.state is DeviceState.ONLINE
    assert not reader.card_present
    started = time.monotonic()
    card = inserted(cards, events, holder_card(photo))
    assert time.monotonic() - started < 1.5  # pcscd looks every 0.4 s
    assert reader.card_present

    record = reader.read_identity()
    assert record == dataclasses.replace(HOLDER, photo=photo)
    assert not record.expired(dt.date.today())
    assert [s.state for s in statuses][-2:] == [DeviceState.BUSY, DeviceState.ONLINE]

    card.remove()
    events.wait_for(False)
    assert not reader.card_present
    assert events.seen == [True, False]  # reading the card is not an event


def test_long_term_card_has_no_end_date(
    reader: PcscCardReader, cards: Cards, events: Events, photo: bytes
) -> None:
    inserted(cards, events, holder_card(photo, LONG_TERM))
    record = reader.read_identity()
    assert record.valid_until is None
    assert not record.expired(dt.date(2099, 12, 31))
    assert (record.name, record.sex, record.ethnicity) == ("测试己·阿依古丽", "女", "维吾尔")
    assert record.id_number == LONG_TERM.id_number


def test_citizen_with_a_good_card_goes_on_to_the_query(
    reader: PcscCardReader, cards: Cards, events: Events, photo: bytes
) -> None:
    inserted(cards, events, holder_card(photo))
    view = screen_after_card(reader)
    assert isinstance(view, Working) and view.message == "querying", view


def test_card_without_extended_length_is_read_256_bytes_at_a_time(
    reader: PcscCardReader, cards: Cards, events: Events, photo: bytes
) -> None:
    card = inserted(cards, events, holder_card(photo, extended=False))
    assert reader.read_identity().photo == photo
    reads = [apdu for apdu in card.apdus if apdu[1] == 0xB0]
    assert sum(len(apdu) == 5 for apdu in reads) >= len(photo) // 256


def test_extended_reads_fetch_the_photo_in_few_commands(
    reader: PcscCardReader, cards: Cards, events: Events, photo: bytes
) -> None:
    card = inserted(cards, events, holder_card(photo))
    reader.read_identity()
    assert len(card.apdus) <= 5 + -(-len(photo) // 4096)


# Bad cards ------------------------------------------------------------------------------------


def test_expired_card_is_read_and_the_citizen_is_told_it_expired(
    reader: PcscCardReader, cards: Cards, events: Events, photo: bytes
) -> None:
    inserted(cards, events, holder_card(photo, EXPIRED))
    record = reader.read_identity()
    assert record.valid_until == dt.date(2021, 1, 1)
    assert record.expired(dt.date.today())
    assert problem_shown(screen_after_card(reader)) == "card_expired"


def test_foreign_card_is_unreadable_and_the_reader_stays_online(
    reader: PcscCardReader, cards: Cards, events: Events
) -> None:
    inserted(cards, events, bank_card_applet(), atr=BANK_CARD_ATR)
    assert reading_error(reader).key == "card_unreadable"
    assert reader.status.state is DeviceState.ONLINE
    assert problem_shown(screen_after_card(reader)) == "card_unreadable"


def test_card_pulled_mid_read_says_so_and_the_next_card_reads(
    reader: PcscCardReader, cards: Cards, events: Events, photo: bytes
) -> None:
    # SELECT, SELECT, READ text, SELECT photo answered; gone at the first photo READ.
    inserted(cards, events, holder_card(photo), pull_after=4)
    assert reading_error(reader).key == "card_removed_while_reading"
    events.wait_for(True, False)
    assert not reader.card_present
    assert reader.status.state is DeviceState.ONLINE

    inserted(cards, events, holder_card(photo))
    assert reader.read_identity().photo == photo


# The reader and pcscd -------------------------------------------------------------------------


def test_pcscd_restart_is_reported_and_recovered_from(
    reader: PcscCardReader, pcscd: Pcscd, cards: Cards, events: Events, photo: bytes
) -> None:
    card = inserted(cards, events, holder_card(photo))
    pcscd.stop()
    assert wait_until(lambda: reader.status.state is DeviceState.OFFLINE, 2)
    assert reader.status.detail == "pcscd_unavailable"
    assert not reader.status.usable
    events.wait_for(False)  # a card nobody can read is no card: the session ends
    assert reading_error(reader).key == "device_unavailable"

    pcscd.start()
    assert wait_until(lambda: reader.status.state is DeviceState.ONLINE, 3)
    card.insert()  # the card is still there once pcscd is back
    events.wait_for(True, False, True)
    assert reader.read_identity().id_number == HOLDER.id_number


def test_reader_opened_while_pcscd_is_down_comes_online_by_itself(pcscd: Pcscd) -> None:
    pcscd.stop()
    reader = PcscCardReader(READER)
    reader.open()
    try:
        assert reader.status.state is DeviceState.OFFLINE
        assert reading_error(reader).key == "device_unavailable"
        pcscd.start()
        assert wait_until(lambda: reader.status.state is DeviceState.ONLINE, 3)
    finally:
        reader.close()


def test_frozen_pcscd_is_noticed_within_five_seconds_and_recovered_from(
    reader: PcscCardReader, pcscd: Pcscd, cards: Cards, events: Events, photo: bytes
) -> None:
    inserted(cards, events, holder_card(photo))
    reader.poll()
    pcscd.freeze()
    frozen_at = time.monotonic()
    while reader.poll().state is not DeviceState.OFFLINE:  # the kiosk polls every ~2 s
        assert time.monotonic() - frozen_at < 5, "a frozen pcscd went unnoticed for 5 s"
        time.sleep(2.0)
    assert reader.status.detail == "pcscd_not_answering"
    events.wait_for(False)
    assert reading_error(reader).key == "device_unavailable"

    pcscd.thaw()
    assert wait_until(lambda: reader.poll().state is DeviceState.ONLINE, 3)
    events.wait_for(False, True)  # the card never left
    assert reader.read_identity().photo == photo


def test_no_matching_reader_is_offline_not_a_crash(pcscd: Pcscd) -> None:
    reader = PcscCardReader("No Such Reader")
    reader.open()
    try:
        assert reader.status.state is DeviceState.OFFLINE
        assert reader.status.detail == "no_reader"
        assert reading_error(reader).key == "device_unavailable"
    finally:
        reader.close()
    assert reader.status.detail == "closed"


def test_a_failing_listener_does_not_stop_card_events(
    reader: PcscCardReader, cards: Cards, events: Events, photo: bytes
) -> None:
    def broken(present: bool) -> None:
        raise RuntimeError("a listener's own bug")

    reader.watch(broken)
    card = inserted(cards, events, holder_card(photo))
    card.remove()
    events.wait_for(True, False)
    reader.poll()
    assert reader.status.state is DeviceState.ONLINE


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_watcher_that_died_is_started_again_by_the_next_poll(
    reader: PcscCardReader, cards: Cards, events: Events, photo: bytes
) -> None:
    def fatal_once(present: bool) -> None:
        if present and events.seen == [True]:
            raise SystemExit  # ends the watcher thread without a word, like pyscard's #82

    reader.watch(fatal_once)
    card = inserted(cards, events, holder_card(photo))
    card.remove()
    assert wait_until(lambda: not card_seen(), 2)
    time.sleep(0.1)
    assert events.seen == [True], "the removal was seen although the watcher had died"
    reader.poll()  # the kiosk's periodic poll notices and starts a new watcher
    events.wait_for(False)
    inserted(cards, events, holder_card(photo))
    assert reader.read_identity().id_number == HOLDER.id_number


def test_nothing_on_the_card_reaches_the_log(
    reader: PcscCardReader,
    cards: Cards,
    events: Events,
    photo: bytes,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    card = inserted(cards, events, holder_card(photo))
    reader.read_identity()
    card.applet.files[fmt.EF_TEXT] = text_of(dataclasses.replace(HOLDER, name=""))
    reading_error(reader)
    card.remove()
    events.wait_for(False)
    inserted(cards, events, holder_card(photo), pull_after=3)
    error = reading_error(reader)
    assert not any(word in caplog.text for word in CARD_WORDS)
    assert not any(word in str(error) for word in CARD_WORDS)
