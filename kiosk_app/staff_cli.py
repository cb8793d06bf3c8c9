"""`kiosk staff enrol-card STAFF_NO` and `kiosk staff remove-card STAFF_NO`: staff cards
(工作证), enrolled on the kiosk's own console with the card on the kiosk's own reader. Only a
salted hash of the card's identifier is kept (kiosk_app/staff_cards.py); a citizen's ID card
is refused by the reader before anything is read from it."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from devices.status import DeviceError
from kiosk_app.config import Config, ConfigError, load_config
from kiosk_app.staff import StaffRegistry
from kiosk_app.staff_cards import StaffCards
from kiosk_app.store import Store

READ_PROBLEMS = {
    "card_is_id_card": "that is a citizen's ID card, not a staff card: nothing was read from it",
    "card_unreadable": "the card gave no identifier (is it a contactless staff card?)",
    "card_removed_while_reading": "the card was taken away while it was read",
    "device_unavailable": "the card reader is not available",
}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kiosk staff", description=__doc__)
    p.add_argument("action", choices=("enrol-card", "remove-card"))
    p.add_argument("staff_no", help="the staff number (4 to 8 digits) the card belongs to")
    p.add_argument("--config", type=Path, metavar="FILE", help="TOML configuration file")
    p.add_argument(
        "--wait", type=float, default=30.0, metavar="S", help="enrol-card: how long to wait"
    )
    return p


def _read_card(config: Config, wait_s: float) -> bytes | str:
    """The identifier of the card on the configured reader, or a problem to print."""
    if config.devices.card_reader != "pcsc":
        return (
            "the card reader is simulated: training mode enrols its staff card by itself; "
            'set [devices] card_reader = "pcsc" to enrol a real card'
        )
    from devices.pcsc_reader import PcscCardReader

    reader = PcscCardReader(reader_name=config.devices.pcsc.reader)
    reader.open()
    try:
        deadline = time.monotonic() + wait_s
        if not reader.card_present:
            print("put the staff card on the reader...", file=sys.stderr)
        while not reader.card_present:
            if time.monotonic() > deadline:
                return f"no card was put on the reader within {wait_s:g} s"
            time.sleep(0.05)
        try:
            return reader.read_card_id()
        except DeviceError as error:
            return READ_PROBLEMS.get(error.key, error.key)
    finally:
        reader.close()


def staff_command(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        config = load_config(args.config)
    except ConfigError as error:
        print(f"kiosk staff: {error}", file=sys.stderr)
        return 2
    store = Store(config.store.path() / "kiosk.sqlite3")
    try:
        cards = StaffCards(StaffRegistry(store, config.maintenance.password_max_age_days))
        staff_no = args.staff_no
        if args.action == "remove-card":
            if not cards.remove(staff_no):
                print(f"kiosk staff: {staff_no} has no card enrolled", file=sys.stderr)
                return 2
            print(f"card of {staff_no} removed")
            return 0
        roles = store.query("SELECT role FROM staff WHERE staff_no=?", staff_no)
        if not roles:
            print(f"kiosk staff: there is no staff account {staff_no}", file=sys.stderr)
            return 2
        card = _read_card(config, args.wait)
        if isinstance(card, str):
            print(f"kiosk staff: {card}", file=sys.stderr)
            return 2
        try:
            before = cards.enrol(staff_no, card)
        except ValueError as error:
            print(f"kiosk staff: {error}", file=sys.stderr)
            return 2
        del card
        if before:
            print(f"this card was {before}'s: it is no longer theirs")
        print(f"staff card of {staff_no} ({roles[0][0]}) enrolled")
        return 0
    finally:
        store.close()
