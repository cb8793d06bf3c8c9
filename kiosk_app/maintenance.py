"""The operator's records behind the maintenance screen, Qt-free: password rules (std 9.6),
consumables estimated from what was printed since the last refill, the operations ledger
(运维台账, std 8.5) with Appendix A classes and how each fault was handled (std 8.3),
inspection checklists (std 8.2; Yuhang rules art. 12), item lifecycle overrides (std 6.4),
service hours, and the 差评 follow-ups. Every change is written to the audit log (events).

All reads and writes go through the thread-safe Store; nothing here knows about citizens."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from flows.catalogue import Catalogue
from flows.model import Lifecycle
from kiosk_app.config import Hours, Maintenance
from kiosk_app.staff import Login, Role, StaffRegistry
from kiosk_app.store import Store
from ui.screens.maintenance.models import ConsumableLevel, FaultEntry, FollowUp, Inspection

Clock = Callable[[], dt.datetime]

# -- audit ------------------------------------------------------------------------------------


def audit(store: Store, staff_no: str, action: str, detail: str = "") -> None:
    """Every operator action lands in the audit log with the operator's staff number."""
    store.log_event(f"maint_{action}", f"staff={staff_no} {detail}".strip())


def _iso(moment: dt.datetime) -> str:
    return moment.replace(microsecond=0).isoformat(timespec="seconds")


# -- operators and passwords (std 9.1, 9.6) ---------------------------------------------------

MIN_PASSWORD = 10


def password_problem(staff_no: str, new: str, old: str = "") -> str | None:
    """Why a new operator password is refused (a message key), or None if it is strong
    enough: 10 characters or more, three of lower case, upper case, digits and symbols, not
    the staff number, not the old password."""
    if len(new) < MIN_PASSWORD:
        return "too_short"
    classes = sum(
        bool(re.search(pattern, new)) for pattern in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]")
    )
    if classes < 3:
        return "too_simple"
    if staff_no and staff_no in new:
        return "contains_number"
    if old and new == old:
        return "same_as_old"
    return None


class Operators:
    """Operator accounts on the shared staff table: a volunteer's PIN never opens maintenance
    (StaffRegistry answers WRONG_ROLE), failures lock, old passwords must be changed."""

    def __init__(self, staff: StaffRegistry) -> None:
        self.staff = staff

    def login(self, staff_no: str, password: str) -> Login:
        """Slow on purpose (scrypt): call from a worker thread."""
        return self.staff.login(staff_no, password, Role.OPERATOR)

    def change_password(self, staff_no: str, old: str, new: str) -> str | None:
        """After a MUST_CHANGE login: check strength, store the new hash. Returns a problem
        key or None. Slow: call from a worker thread."""
        problem = password_problem(staff_no, new, old)
        if problem is not None:
            self.staff.store.log_event("maint_password_refused", f"staff={staff_no} {problem}")
            return problem
        self.staff.set_secret(staff_no, Role.OPERATOR, new)
        audit(self.staff.store, staff_no, "password_changed")
        return None


# -- consumables ------------------------------------------------------------------------------

CONSUMABLES = ("receipt_paper", "a4_paper", "toner")


def _count(store: Store, sql: str, *args: object) -> int:
    [(n,)] = store.query(sql, *args)
    return int(n or 0)


def receipts_since(store: Store, since: str) -> int:
    """Receipts printed after `since`: results, fee and refund receipts, test receipts."""
    return (
        _count(
            store,
            "SELECT COUNT(*) FROM transactions WHERE printed='receipt' AND ended_at > ?",
            since,
        )
        + _count(
            store,
            "SELECT COUNT(*) FROM payments p JOIN transactions t ON t.id = p.transaction_id"
            " WHERE p.state='delivered' AND t.printed='a4' AND t.ended_at > ?",
            since,
        )
        + _count(
            store,
            "SELECT COUNT(*) FROM events WHERE kind IN ('payment_refunded',"
            " 'maint_selftest_receipt') AND at > ?",
            since,
        )
    )


def pages_since(store: Store, since: str) -> int:
    """A4 sheets printed after `since`: certificates and test pages."""
    return _count(
        store, "SELECT COUNT(*) FROM transactions WHERE printed='a4' AND ended_at > ?", since
    ) + _count(
        store, "SELECT COUNT(*) FROM events WHERE kind='maint_selftest_page' AND at > ?", since
    )


def last_refill(store: Store, consumable: str) -> str:
    [(at,)] = store.query("SELECT MAX(at) FROM refills WHERE consumable=?", consumable)
    return str(at or "")


def consumable_levels(store: Store, settings: Maintenance) -> list[ConsumableLevel]:
    """Each consumable's level, estimated from what was printed since it was refilled."""
    capacity = {
        "receipt_paper": settings.receipts_per_roll,
        "a4_paper": settings.a4_tray_sheets,
        "toner": settings.toner_pages,
    }
    levels = []
    for name in CONSUMABLES:
        since = last_refill(store, name)
        used = (
            receipts_since(store, since) if name == "receipt_paper" else pages_since(store, since)
        )
        levels.append(ConsumableLevel(name, used, capacity[name], since, settings.low_percent))
    return levels


def refill(store: Store, consumable: str, staff_no: str, now: dt.datetime) -> None:
    if consumable not in CONSUMABLES:
        raise ValueError(f"unknown consumable {consumable!r}")
    store.query(
        "INSERT INTO refills (at, consumable, staff_no) VALUES (?, ?, ?)",
        _iso(now),
        consumable,
        staff_no,
    )
    audit(store, staff_no, "refill", consumable)


# -- the operations ledger (运维台账) -----------------------------------------------------------

# Appendix A, table A.1: code -> (category, severity), in the standard's order.
APPENDIX_A: Mapping[str, tuple[str, str]] = {
    "out_of_paper": ("hardware", "minor"),
    "ups_weak": ("hardware", "minor"),
    "blue_screen": ("hardware", "severe"),
    "host_overloaded": ("hardware", "severe"),
    "peripheral_unresponsive": ("hardware", "severe"),
    "paper_jam": ("hardware", "severe"),
    "client_bad_answer": ("software", "minor"),
    "page_jump": ("software", "minor"),
    "service_crash": ("software", "severe"),
    "client_stutter": ("software", "severe"),
    "page_tampered": ("software", "severe"),
    "network_latency": ("network", "minor"),
    "packet_loss": ("network", "minor"),
    "link_down": ("network", "severe"),
    "ip_failure": ("network", "severe"),
}
HANDLING = ("remote", "assisted", "on_site")  # std 8.3 a), b), c)
FAULT_SOURCES = (
    "card_reader",
    "camera",
    "receipt_printer",
    "a4_printer",
    "scanner",
    "host",
    "client",
    "network",
    "power",
)


def fault_log(store: Store, limit: int = 200) -> list[FaultEntry]:
    """Open faults on top (newest first), then the resolved ones, newest first."""
    rows = store.query(
        "SELECT f.id, f.at, f.source, f.category, f.code, f.severity, f.resolved_at,"
        " COALESCE(h.manual, 0), COALESCE(h.handling, '') FROM faults f"
        " LEFT JOIN fault_handling h ON h.fault_id = f.id"
        " ORDER BY f.resolved_at IS NOT NULL, f.at DESC, f.id DESC LIMIT ?",
        limit,
    )
    return [
        FaultEntry(int(i), at, src, cat, code, sev, res, bool(manual), str(handling))
        for i, at, src, cat, code, sev, res, manual, handling in rows
    ]


def enter_fault(
    store: Store, source: str, code: str, handling: str, staff_no: str, now: dt.datetime
) -> int:
    """A fault entered by hand, classed as in Appendix A; returns its number."""
    if code not in APPENDIX_A:
        raise ValueError(f"{code!r} is not an Appendix A fault")
    if source not in FAULT_SOURCES:
        raise ValueError(f"unknown fault source {source!r}")
    if handling not in HANDLING:
        raise ValueError(f"unknown handling {handling!r}")
    category, severity = APPENDIX_A[code]
    store.query(
        "INSERT INTO faults (at, source, category, code, severity) VALUES (?, ?, ?, ?, ?)",
        _iso(now),
        source,
        category,
        code,
        severity,
    )
    [(fault_id,)] = store.query(
        "SELECT MAX(id) FROM faults WHERE source=? AND code=? AND at=?", source, code, _iso(now)
    )
    store.query(
        "INSERT OR REPLACE INTO fault_handling (fault_id, manual, handling, staff_no)"
        " VALUES (?, 1, ?, ?)",
        fault_id,
        handling,
        staff_no,
    )
    audit(store, staff_no, "fault_entered", f"id={fault_id} {source}/{code} {handling}")
    return int(fault_id)


def resolve_fault(
    store: Store, fault_id: int, handling: str, staff_no: str, now: dt.datetime
) -> None:
    """Mark a fault resolved, saying how (remote, assisted, on site)."""
    if handling not in HANDLING:
        raise ValueError(f"unknown handling {handling!r}")
    store.query(
        "UPDATE faults SET resolved_at=? WHERE id=? AND resolved_at IS NULL", _iso(now), fault_id
    )
    store.query(
        "INSERT INTO fault_handling (fault_id, manual, handling, staff_no) VALUES (?, 0, ?, ?)"
        " ON CONFLICT(fault_id) DO UPDATE SET handling=excluded.handling,"
        " staff_no=excluded.staff_no",
        fault_id,
        handling,
        staff_no,
    )
    audit(store, staff_no, "fault_resolved", f"id={fault_id} {handling}")


# -- inspections (巡检) -------------------------------------------------------------------------

# Yuhang rules art. 12 (daily, morning, noon and evening) and std 8.2 (every two weeks).
CHECKLISTS: Mapping[str, tuple[str, ...]] = {
    "daily": (
        "power",
        "network",
        "paper",
        "toner",
        "clean_outside",
        "clean_inside",
        "mechanical",
        "no_jam",
    ),
    "biweekly": (
        "signage",
        "screen",
        "scanner",
        "camera",
        "fingerprint",
        "card_reader",
        "printer",
        "consumables",
        "client",
        "network",
    ),
}
DUE_AFTER = {"daily": dt.timedelta(days=1), "biweekly": dt.timedelta(days=14)}


def record_inspection(
    store: Store, kind: str, staff_no: str, results: Mapping[str, bool], now: dt.datetime
) -> int:
    """Record a completed checklist: every check must have an answer."""
    checks = CHECKLISTS.get(kind)
    if checks is None:
        raise ValueError(f"unknown checklist {kind!r}")
    missing = [check for check in checks if check not in results]
    if missing:
        raise ValueError(f"unanswered: {', '.join(missing)}")
    answers = {check: bool(results[check]) for check in checks}
    abnormal = [check for check, ok in answers.items() if not ok]
    store.query(
        "INSERT INTO inspections (at, kind, staff_no, results, abnormal) VALUES (?, ?, ?, ?, ?)",
        _iso(now),
        kind,
        staff_no,
        json.dumps(answers),
        len(abnormal),
    )
    [(inspection_id,)] = store.query("SELECT MAX(id) FROM inspections")
    audit(store, staff_no, "inspection", f"{kind} abnormal={','.join(abnormal) or '-'}")
    return int(inspection_id)


def inspections(store: Store, limit: int = 20) -> list[Inspection]:
    rows = store.query(
        "SELECT id, at, kind, staff_no, results FROM inspections ORDER BY id DESC LIMIT ?", limit
    )
    return [
        Inspection(int(i), at, kind, staff, json.loads(res)) for i, at, kind, staff, res in rows
    ]


def inspection_due(store: Store, kind: str, now: dt.datetime) -> bool:
    [(last,)] = store.query("SELECT MAX(at) FROM inspections WHERE kind=?", kind)
    if not last:
        return True
    if kind == "daily":
        return dt.datetime.fromisoformat(last).date() < now.date()
    return now - dt.datetime.fromisoformat(last) >= DUE_AFTER[kind]


# -- the item catalogue (std 6.4) -------------------------------------------------------------


def lifecycle_overrides(store: Store) -> dict[str, Lifecycle]:
    return {
        item_id: Lifecycle(value)
        for item_id, value in store.query("SELECT item_id, lifecycle FROM item_lifecycle")
        if value in Lifecycle.__members__.values()
    }


def set_lifecycle(
    store: Store, item_id: str, lifecycle: Lifecycle, staff_no: str, now: dt.datetime
) -> None:
    store.query(
        "INSERT INTO item_lifecycle (item_id, lifecycle, changed_at, staff_no) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(item_id) DO UPDATE SET lifecycle=excluded.lifecycle,"
        " changed_at=excluded.changed_at, staff_no=excluded.staff_no",
        item_id,
        lifecycle.value,
        _iso(now),
        staff_no,
    )
    audit(store, staff_no, "item_lifecycle", f"{item_id}={lifecycle.value}")


def apply_overrides(catalogue: Catalogue, overrides: Mapping[str, Lifecycle]) -> Catalogue:
    """The catalogue as the operator set it: trial items labelled, revoked ones hidden."""
    items = tuple(
        replace(item, lifecycle=overrides[item.id]) if item.id in overrides else item
        for item in catalogue.items
    )
    return replace(catalogue, items=items)


# -- service hours (std 7.1) ------------------------------------------------------------------


def hours_override(store: Store) -> Hours | None:
    """Hours set on the maintenance screen, which win over the configuration file."""
    rows = store.query("SELECT value FROM settings WHERE key='hours'")
    if not rows:
        return None
    try:
        return Hours.model_validate(json.loads(rows[0][0]))
    except ValueError:
        return None  # a damaged setting: the configured hours stay


def set_hours(store: Store, hours: Hours, staff_no: str, now: dt.datetime) -> None:
    value = json.dumps(hours.model_dump(), ensure_ascii=False, sort_keys=True)
    store.query(
        "INSERT INTO settings (key, value, changed_at) VALUES ('hours', ?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value=excluded.value, changed_at=excluded.changed_at",
        value,
        _iso(now),
    )
    audit(store, staff_no, "hours", value)


# -- 差评 follow-ups ----------------------------------------------------------------------------


def followups(store: Store) -> list[FollowUp]:
    """Open ones first, soonest deadline first; then the closed ones."""
    rows = store.query(
        "SELECT transaction_id, item_id, level, reason, due_at, closed_at FROM followups"
        " ORDER BY closed_at IS NOT NULL, due_at LIMIT 200"
    )
    return [FollowUp(*row) for row in rows]


def close_followup(store: Store, transaction_id: str, staff_no: str, now: dt.datetime) -> None:
    store.query(
        "UPDATE followups SET closed_at=? WHERE transaction_id=? AND closed_at IS NULL",
        _iso(now),
        transaction_id,
    )
    audit(store, staff_no, "followup_closed", transaction_id)
