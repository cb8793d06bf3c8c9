"""The kiosk's records (SQLite). Only PII-free facts ever reach it: item, times, outcome,
rating, device faults. Never a name, ID number, address or photo."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS transactions (
    id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL,
    trial INTEGER NOT NULL DEFAULT 0,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    outcome TEXT,
    printed TEXT NOT NULL DEFAULT '',
    assisted_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS ratings (
    transaction_id TEXT PRIMARY KEY REFERENCES transactions(id),
    item_id TEXT NOT NULL,
    level INTEGER,
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    sent INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS payments (
    idempotency_key TEXT PRIMARY KEY,
    transaction_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    order_id TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS followups (
    transaction_id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL,
    level INTEGER NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    closed_at TEXT
);
CREATE TABLE IF NOT EXISTS staff (
    staff_no TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    salt BLOB NOT NULL,
    hash BLOB NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_cards (
    staff_no TEXT PRIMARY KEY,
    salt BLOB NOT NULL,
    hash BLOB NOT NULL,
    enrolled_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_card_guard (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    failures INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS faults (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    source TEXT NOT NULL,
    category TEXT NOT NULL,
    code TEXT NOT NULL,
    severity TEXT NOT NULL,
    resolved_at TEXT
);
CREATE TABLE IF NOT EXISTS fault_handling (
    fault_id INTEGER PRIMARY KEY REFERENCES faults(id),
    manual INTEGER NOT NULL DEFAULT 0,
    handling TEXT NOT NULL DEFAULT '',
    staff_no TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS refills (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    consumable TEXT NOT NULL,
    staff_no TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS inspections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    staff_no TEXT NOT NULL,
    results TEXT NOT NULL,
    abnormal INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS item_lifecycle (
    item_id TEXT PRIMARY KEY,
    lifecycle TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    staff_no TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
"""


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


class Store:
    """Thread-safe; every write is its own transaction so a killed process loses nothing done."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._migrate()
        self._lock = threading.Lock()
        # A transaction left open by a crash is closed as interrupted, so counts stay honest.
        self._exec(
            "UPDATE transactions SET outcome='interrupted', ended_at=? WHERE ended_at IS NULL",
            _now(),
        )

    def _migrate(self) -> None:
        """Columns added after a database was created are added to it, keeping its records."""
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(transactions)")}
        if "assisted_by" not in columns:
            self._db.execute(
                "ALTER TABLE transactions ADD COLUMN assisted_by TEXT NOT NULL DEFAULT ''"
            )

    def _exec(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def close(self) -> None:
        """Idempotent; checkpoints the WAL so the database is one self-contained file."""
        with self._lock:
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.ProgrammingError:
                return  # already closed
            self._db.close()

    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        """For the modules that keep their own records here (staff, reports)."""
        return self._exec(sql, *args)

    def begin_transaction(
        self, transaction_id: str, item_id: str, trial: bool, assisted_by: str = ""
    ) -> None:
        self._exec(
            "INSERT INTO transactions (id, item_id, trial, started_at, assisted_by)"
            " VALUES (?, ?, ?, ?, ?)",
            transaction_id,
            item_id,
            int(trial),
            _now(),
            assisted_by,
        )

    def end_transaction(self, transaction_id: str, outcome: str, printed: str) -> None:
        self._exec(
            "UPDATE transactions SET ended_at=?, outcome=?, printed=?"
            " WHERE id=? AND ended_at IS NULL",
            _now(),
            outcome,
            printed,
            transaction_id,
        )

    def record_rating(
        self, transaction_id: str, item_id: str, level: int | None, reason: str
    ) -> bool:
        """One rating per transaction (一次一评): a second one is refused."""
        with self._lock:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO ratings (transaction_id, item_id, level, reason, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (transaction_id, item_id, level, reason, _now()),
            )
            return cursor.rowcount == 1

    def unsent_ratings(self) -> list[dict[str, Any]]:
        rows = self._exec(
            "SELECT transaction_id, item_id, level, reason FROM ratings WHERE sent=0 LIMIT 50"
        )
        return [
            dict(zip(("transaction_id", "item_id", "level", "reason"), r, strict=True))
            for r in rows
        ]

    def open_followup(
        self, transaction_id: str, item_id: str, level: int, reason: str, days: int
    ) -> None:
        """A 差评 needs an answer by a deadline; the operator screen lists the open ones."""
        created = dt.datetime.now()
        self._exec(
            "INSERT OR IGNORE INTO followups (transaction_id, item_id, level, reason, created_at,"
            " due_at) VALUES (?, ?, ?, ?, ?, ?)",
            transaction_id,
            item_id,
            level,
            reason,
            created.isoformat(timespec="seconds"),
            (created + dt.timedelta(days=days)).isoformat(timespec="seconds"),
        )

    def followups(self) -> list[dict[str, Any]]:
        columns = ("transaction_id", "item_id", "level", "reason", "due_at", "closed_at")
        rows = self._exec(f"SELECT {', '.join(columns)} FROM followups ORDER BY due_at")
        return [dict(zip(columns, r, strict=True)) for r in rows]

    def mark_rating_sent(self, transaction_id: str) -> None:
        self._exec("UPDATE ratings SET sent=1 WHERE transaction_id=?", transaction_id)

    # Payments: every order is written here before it is sent, and every change after.

    def payment_intent(self, key: str, transaction_id: str, item_id: str, amount_fen: int) -> None:
        now = _now()
        self._exec(
            "INSERT OR IGNORE INTO payments (idempotency_key, transaction_id, item_id, amount_fen,"
            " state, created_at, updated_at) VALUES (?, ?, ?, ?, 'creating', ?, ?)",
            key,
            transaction_id,
            item_id,
            amount_fen,
            now,
            now,
        )

    def payment_update(self, key: str, state: str, order_id: str | None = None) -> None:
        if order_id is None:
            self._exec(
                "UPDATE payments SET state=?, updated_at=? WHERE idempotency_key=?",
                state,
                _now(),
                key,
            )
        else:
            self._exec(
                "UPDATE payments SET state=?, order_id=?, updated_at=? WHERE idempotency_key=?",
                state,
                order_id,
                _now(),
                key,
            )

    def payments(self, transaction_id: str | None = None) -> list[dict[str, Any]]:
        columns = (
            "idempotency_key",
            "transaction_id",
            "item_id",
            "amount_fen",
            "order_id",
            "state",
        )
        sql = f"SELECT {', '.join(columns)} FROM payments"
        rows = (
            self._exec(sql + " WHERE transaction_id=? ORDER BY created_at", transaction_id)
            if transaction_id is not None
            else self._exec(sql + " ORDER BY created_at")
        )
        return [dict(zip(columns, row, strict=True)) for row in rows]

    def log_event(self, kind: str, detail: str = "") -> None:
        self._exec("INSERT INTO events (at, kind, detail) VALUES (?, ?, ?)", _now(), kind, detail)

    def open_fault(self, source: str, category: str, code: str, severity: str) -> None:
        """Record a fault unless the same one is already open."""
        with self._lock:
            open_ = self._db.execute(
                "SELECT 1 FROM faults WHERE source=? AND code=? AND resolved_at IS NULL",
                (source, code),
            ).fetchone()
            if not open_:
                self._db.execute(
                    "INSERT INTO faults (at, source, category, code, severity)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (_now(), source, category, code, severity),
                )

    def resolve_faults(self, source: str) -> None:
        self._exec(
            "UPDATE faults SET resolved_at=? WHERE source=? AND resolved_at IS NULL", _now(), source
        )

    def transactions(self) -> list[dict[str, Any]]:
        columns = ("id", "item_id", "trial", "outcome", "printed", "assisted_by")
        rows = self._exec(f"SELECT {', '.join(columns)} FROM transactions ORDER BY started_at")
        return [dict(zip(columns, r, strict=True)) for r in rows]

    def ratings(self) -> list[dict[str, Any]]:
        rows = self._exec("SELECT transaction_id, item_id, level, reason, sent FROM ratings")
        return [
            dict(zip(("transaction_id", "item_id", "level", "reason", "sent"), r, strict=True))
            for r in rows
        ]

    def events(self, kind: str | None = None) -> list[tuple[str, str]]:
        rows = self._exec("SELECT kind, detail FROM events ORDER BY id")
        return [(k, d) for k, d in rows if kind is None or k == kind]

    def open_faults(self) -> list[dict[str, Any]]:
        rows = self._exec(
            "SELECT source, category, code, severity FROM faults WHERE resolved_at IS NULL"
        )
        return [dict(zip(("source", "category", "code", "severity"), r, strict=True)) for r in rows]
