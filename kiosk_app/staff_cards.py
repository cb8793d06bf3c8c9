"""Staff cards (工作证): a volunteer starts assisted service by putting their card on the
kiosk's reader instead of typing a PIN (issue 6).

A staff card is any card that is not a citizen's ID card; the kiosk knows it only by its
identifier (UID), read with `CardReader.read_card_id()`, which refuses ID cards before reading
anything from them. The UID is kept only as a salted scrypt hash, one salt per card: a UID is
4 to 7 bytes, so a fast or unsalted hash of it is reversed by trying them all in seconds, while
scrypt with its own salt per card costs years of computing per card. A keyed HMAC with a
per-kiosk secret would be cheaper at login, but the secret would sit on the same disk as the
database (and in its backups), and once both are taken a 4-byte UID falls in seconds; scrypt
needs no secret to guard, back up or lose. The price is one hash per enrolled card at each
card login (~50 ms each, on a worker thread), which a kiosk's handful of volunteers affords.

Cards that are not enrolled count like wrong PINs: after MAX_FAILURES in a row, card login is
locked for LOCKOUT on this kiosk (PIN login still works); every attempt goes to the audit log
with the same events as PIN logins, and the staff number, never the card's identifier.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
import threading

from devices.identity import IdentityRecord
from devices.interfaces import CardListener, CardReader
from devices.status import DeviceError, DeviceStatus
from kiosk_app.staff import LOCKOUT, MAX_FAILURES, Login, LoginResult, Role, StaffRegistry

_STAFF_NO = re.compile(r"^\d{4,8}$")


def _card_hash(card_id: bytes, salt: bytes) -> bytes:
    return hashlib.scrypt(b"staff-card:" + card_id, salt=salt, n=2**14, r=8, p=1, dklen=32)


def _check_card_id(card_id: bytes) -> None:
    if not 4 <= len(card_id) <= 16:
        raise ValueError("a card identifier is 4 to 16 bytes")


class StaffCards:
    """Enrolled staff cards and card login, beside the PIN accounts of StaffRegistry."""

    def __init__(self, staff: StaffRegistry) -> None:
        self.staff = staff
        self.store = staff.store
        self._provisioning: list[threading.Thread] = []

    # Enrolment --------------------------------------------------------------------------------

    def provision(self, staff_no: str, card_id: bytes) -> None:
        """Training mode: enrol a card on a thread of its own (a slow hash, and the account it
        belongs to may still be on its own provisioning thread). login() waits for it."""
        thread = threading.Thread(
            target=self._provision, args=(staff_no, card_id), name="staff-card-provision"
        )
        self._provisioning.append(thread)
        thread.start()

    def _provision(self, staff_no: str, card_id: bytes) -> None:
        self.staff.wait_provisioned()
        self.enrol(staff_no, card_id)

    def wait_provisioned(self) -> None:
        for thread in self._provisioning:
            thread.join()

    def enrol(self, staff_no: str, card_id: bytes) -> str:
        """Give `staff_no` this card (replacing the card they had). Returns the staff number
        that held this card before, or "". Raises ValueError for a staff number with no
        account or a card identifier of an impossible length."""
        if not _STAFF_NO.match(staff_no):
            raise ValueError("a staff number is 4 to 8 digits")
        _check_card_id(card_id)
        if not self.store.query("SELECT 1 FROM staff WHERE staff_no=?", staff_no):
            raise ValueError(f"there is no staff account {staff_no}")
        before = self.holder(card_id)
        if before and before != staff_no:  # one card, one person
            self.store.query("DELETE FROM staff_cards WHERE staff_no=?", before)
        salt = secrets.token_bytes(16)
        self.store.query(
            "INSERT INTO staff_cards (staff_no, salt, hash, enrolled_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(staff_no) DO UPDATE SET salt=excluded.salt, hash=excluded.hash,"
            " enrolled_at=excluded.enrolled_at",
            staff_no,
            salt,
            _card_hash(card_id, salt),
            self.staff.now().isoformat(timespec="seconds"),
        )
        self.store.log_event("staff_card_enrolled", f"staff={staff_no}")
        return before or ""

    def remove(self, staff_no: str) -> bool:
        """A lost or returned card: it logs nobody in any more."""
        found = bool(self.store.query("SELECT 1 FROM staff_cards WHERE staff_no=?", staff_no))
        if found:
            self.store.query("DELETE FROM staff_cards WHERE staff_no=?", staff_no)
            self.store.log_event("staff_card_removed", f"staff={staff_no}")
        return found

    def enrolled(self) -> list[str]:
        return [str(row[0]) for row in self.store.query("SELECT staff_no FROM staff_cards")]

    def holder(self, card_id: bytes) -> str | None:
        """Whose card this is, or None. Every enrolled card is hashed, whether or not an
        earlier one matched, so the time taken says nothing."""
        found: str | None = None
        for staff_no, salt, digest in self.store.query(
            "SELECT staff_no, salt, hash FROM staff_cards ORDER BY staff_no"
        ):
            if hmac.compare_digest(_card_hash(card_id, salt), digest) and found is None:
                found = str(staff_no)
        return found

    # Login ------------------------------------------------------------------------------------

    def login(self, card_id: bytes, role: Role) -> Login:
        """Check a card for a role; record the attempt either way. A kiosk-wide card lock is
        Login(LOCKED) with no staff number; a locked account is LOCKED with its number."""
        self.wait_provisioned()
        self.staff.wait_provisioned()
        now = self.staff.now()
        failures, locked_until = self._guard()
        if locked_until and dt.datetime.fromisoformat(locked_until) > now:
            self.store.log_event("login_locked", "method=card")
            return Login(LoginResult.LOCKED)
        holder = self.holder(card_id) if 4 <= len(card_id) <= 16 else None
        rows = (
            self.store.query("SELECT role, locked_until FROM staff WHERE staff_no=?", holder)
            if holder is not None
            else []
        )
        if holder is None or not rows:
            failures += 1
            lock = (now + LOCKOUT).isoformat(timespec="seconds") if failures >= MAX_FAILURES else ""
            self._set_guard(0 if lock else failures, lock)
            self.store.log_event("login_failed", f"role={role.value} method=card")
            return Login(LoginResult.LOCKED if lock else LoginResult.WRONG)
        self._set_guard(0, "")
        stored_role, account_locked = rows[0]
        if account_locked and dt.datetime.fromisoformat(account_locked) > now:
            self.store.log_event("login_locked", f"staff={holder} method=card")
            return Login(LoginResult.LOCKED, holder)
        if stored_role != role.value:
            self.store.log_event(
                "login_wrong_role", f"staff={holder} wanted={role.value} method=card"
            )
            return Login(LoginResult.WRONG_ROLE, holder)
        self.store.log_event("login", f"staff={holder} role={stored_role} method=card")
        return Login(LoginResult.OK, holder, Role(stored_role))

    def failures(self) -> int:
        """Unknown cards in a row since the last good card or lock (for the operator's eyes)."""
        return self._guard()[0]

    def _guard(self) -> tuple[int, str]:
        rows = self.store.query("SELECT failures, locked_until FROM staff_card_guard WHERE id=1")
        return (int(rows[0][0]), str(rows[0][1])) if rows else (0, "")

    def _set_guard(self, failures: int, locked_until: str) -> None:
        self.store.query(
            "INSERT INTO staff_card_guard (id, failures, locked_until) VALUES (1, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET failures=excluded.failures,"
            " locked_until=excluded.locked_until",
            failures,
            locked_until,
        )


class StaffCardAwareReader(CardReader):
    """The card reader as a citizen's flow sees it: an enrolled staff card put on it is named
    as such ('staff_card_not_id_card') rather than called an unreadable ID card, so a
    volunteer who left theirs on the reader is told to take it off."""

    def __init__(self, reader: CardReader, cards: StaffCards) -> None:
        self.reader = reader
        self.cards = cards
        self.reporter = reader.reporter

    def open(self) -> None:
        self.reader.open()

    def close(self) -> None:
        self.reader.close()

    def poll(self) -> DeviceStatus:
        return self.reader.poll()

    def watch(self, listener: CardListener) -> None:
        self.reader.watch(listener)

    @property
    def card_present(self) -> bool:
        return self.reader.card_present

    def read_identity(self) -> IdentityRecord:
        try:
            return self.reader.read_identity()
        except DeviceError as error:
            if error.key != "card_unreadable" or not self.cards.enrolled():
                raise
            try:
                card_id = self.reader.read_card_id()
            except DeviceError:
                raise error from None
            if self.cards.holder(card_id) is not None:
                raise DeviceError("staff_card_not_id_card") from None
            raise

    def read_card_id(self) -> bytes:
        return self.reader.read_card_id()
