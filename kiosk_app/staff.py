"""Staff who may act at the kiosk: volunteers (帮办代办) and operators (运维), separate roles
with separate rights (std 9.1). PINs and passwords are kept only as salted scrypt hashes;
repeated failures lock the account; every attempt is written to the audit log."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass

from kiosk_app.store import Store

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
_STAFF_NO = re.compile(r"^\d{4,8}$")


class Role(enum.StrEnum):
    VOLUNTEER = "volunteer"
    OPERATOR = "operator"


class LoginResult(enum.StrEnum):
    OK = "ok"
    WRONG = "wrong"  # unknown staff number or wrong secret: the same answer for both
    LOCKED = "locked"
    WRONG_ROLE = "wrong_role"
    MUST_CHANGE = "must_change"  # right secret, but older than the allowed age


@dataclass(frozen=True)
class Login:
    result: LoginResult
    staff_no: str = ""
    role: Role | None = None


def _hash(secret: str, salt: bytes) -> bytes:
    return hashlib.scrypt(secret.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)


class StaffRegistry:
    def __init__(
        self,
        store: Store,
        max_age_days: int = 90,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self.store = store
        self.max_age = dt.timedelta(days=max_age_days)
        self.now = now
        self._provisioning: list[threading.Thread] = []

    def provision(self, staff_no: str, role: Role, secret: str) -> None:
        """Create an account on a thread of its own: the slow hash must not delay the first
        screen. login() waits for it, so the account is there before anyone can use it."""
        thread = threading.Thread(
            target=self.set_secret, args=(staff_no, role, secret), name="staff-provision"
        )
        self._provisioning.append(thread)
        thread.start()

    def wait_provisioned(self) -> None:
        for thread in self._provisioning:
            thread.join()

    def set_secret(self, staff_no: str, role: Role, secret: str) -> None:
        if not _STAFF_NO.match(staff_no):
            raise ValueError("a staff number is 4 to 8 digits")
        minimum = 6 if role is Role.VOLUNTEER else 10
        if len(secret) < minimum:
            raise ValueError(f"the {role.value}'s secret needs at least {minimum} characters")
        salt = secrets.token_bytes(16)
        self.store.query(
            "INSERT INTO staff (staff_no, role, salt, hash, changed_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(staff_no) DO UPDATE SET role=excluded.role, salt=excluded.salt,"
            " hash=excluded.hash, failures=0, locked_until='', changed_at=excluded.changed_at",
            staff_no,
            role.value,
            salt,
            _hash(secret, salt),
            self.now().isoformat(timespec="seconds"),
        )
        self.store.log_event("staff_secret_set", f"staff={staff_no} role={role.value}")

    def exists(self, role: Role) -> bool:
        return bool(self.store.query("SELECT 1 FROM staff WHERE role=? LIMIT 1", role.value))

    def login(self, staff_no: str, secret: str, role: Role) -> Login:
        """Check a staff number and secret for a role; record the attempt either way."""
        self.wait_provisioned()
        rows = self.store.query(
            "SELECT role, salt, hash, failures, locked_until, changed_at FROM staff"
            " WHERE staff_no=?",
            staff_no,
        )
        now = self.now()
        if not rows:
            _hash(secret, b"\0" * 16)  # the same work, so timing does not reveal numbers
            self.store.log_event("login_failed", f"role={role.value}")
            return Login(LoginResult.WRONG)
        stored_role, salt, digest, failures, locked_until, changed_at = rows[0]
        if locked_until and dt.datetime.fromisoformat(locked_until) > now:
            self.store.log_event("login_locked", f"staff={staff_no}")
            return Login(LoginResult.LOCKED, staff_no)
        if not hmac.compare_digest(_hash(secret, salt), digest):
            failures += 1
            lock = (now + LOCKOUT).isoformat(timespec="seconds") if failures >= MAX_FAILURES else ""
            self.store.query(
                "UPDATE staff SET failures=?, locked_until=? WHERE staff_no=?",
                0 if lock else failures,
                lock,
                staff_no,
            )
            self.store.log_event("login_failed", f"staff={staff_no}")
            return Login(LoginResult.LOCKED if lock else LoginResult.WRONG, staff_no)
        self.store.query("UPDATE staff SET failures=0, locked_until='' WHERE staff_no=?", staff_no)
        if stored_role != role.value:
            self.store.log_event("login_wrong_role", f"staff={staff_no} wanted={role.value}")
            return Login(LoginResult.WRONG_ROLE, staff_no)
        if now - dt.datetime.fromisoformat(changed_at) > self.max_age:
            self.store.log_event("login_must_change", f"staff={staff_no}")
            return Login(LoginResult.MUST_CHANGE, staff_no, Role(stored_role))
        self.store.log_event("login", f"staff={staff_no} role={stored_role}")
        return Login(LoginResult.OK, staff_no, Role(stored_role))
