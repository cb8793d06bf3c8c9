"""The upkeep part of remote inspection (std 8.2): whether maintenance is open, the last daily
and two-weekly inspections, consumable levels as the maintenance screen estimates them, and
how open faults are being handled (std 8.3). Staff numbers and counts only, never a citizen.

Reads the store with plain queries (safe on the remote server's thread); the consumable
estimate is the maintenance screen's own (`kiosk_app.maintenance.consumable_levels`)."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any, cast

from kiosk_app import maintenance
from kiosk_app.config import Maintenance
from kiosk_app.reports_model import FAULT_NAMES, Records

if TYPE_CHECKING:
    from kiosk_app.store import Store

MAINTENANCE_OPEN = ("login", "open", "away")  # citizens are told "under maintenance"


def maintenance_status(store: Records, state: str) -> dict[str, Any]:
    """Open or not (from the running kiosk), and since when and by whom (from the audit log)."""
    opened = state in MAINTENANCE_OPEN
    since = staff_no = None
    if opened:
        rows = store.query(
            "SELECT at, detail FROM events WHERE kind = 'maint_opened' ORDER BY id DESC LIMIT 1"
        )
        if rows:
            since = str(rows[0][0])
            staff_no = _staff(str(rows[0][1]))
    return {"open": opened, "state": state, "since": since, "staff_no": staff_no}


def _staff(detail: str) -> str | None:
    for word in detail.split():
        if word.startswith("staff="):
            return word.removeprefix("staff=") or None
    return None


def last_inspections(store: Records, now: dt.datetime) -> dict[str, Any]:
    """The newest daily and two-weekly inspection: when, by which staff number, what failed,
    and whether the next one is due."""
    found: dict[str, Any] = {}
    for kind in maintenance.CHECKLISTS:
        rows = store.query(
            "SELECT at, staff_no, results FROM inspections WHERE kind = ? ORDER BY id DESC LIMIT 1",
            kind,
        )
        due = maintenance.inspection_due(_as_store(store), kind, now)
        if not rows:
            found[kind] = {"at": None, "staff_no": None, "failed": [], "due": due}
            continue
        at, staff_no, results = rows[0]
        try:
            answers = json.loads(results)
        except ValueError:
            answers = {}
        failed = [str(check) for check, ok in answers.items() if not ok]
        found[kind] = {
            "at": str(at),
            "staff_no": str(staff_no),
            "any_failed": bool(failed),
            "failed": failed,
            "due": due,
        }
    return found


def consumable_levels(store: Records, settings: Maintenance) -> list[dict[str, Any]]:
    """Receipt paper, A4 paper and toner: used since the last refill against capacity."""
    return [
        {
            "consumable": level.name,
            "percent": level.percent,
            "low": level.low,
            "used": level.used,
            "capacity": level.capacity,
            "refilled_at": level.refilled_at or None,
        }
        for level in maintenance.consumable_levels(_as_store(store), settings)
    ]


def open_faults(store: Records) -> list[dict[str, Any]]:
    """Open faults, oldest first, with their Appendix A class and how they are handled."""
    return [
        {
            "id": int(fault_id),
            "device": source,
            "category": category,
            "code": code,
            "name": FAULT_NAMES.get(code, code),
            "severity": severity,
            "since": at,
            "entered_by_hand": bool(manual),
            "handling": handling or None,
            "staff_no": staff_no or None,
        }
        for fault_id, source, category, code, severity, at, manual, handling, staff_no in (
            store.query(
                "SELECT f.id, f.source, f.category, f.code, f.severity, f.at,"
                " COALESCE(h.manual, 0), COALESCE(h.handling, ''), COALESCE(h.staff_no, '')"
                " FROM faults f LEFT JOIN fault_handling h ON h.fault_id = f.id"
                " WHERE f.resolved_at IS NULL ORDER BY f.at, f.id"
            )
        )
    ]


def _as_store(store: Records) -> Store:
    # The maintenance helpers are typed for the kiosk's Store but only call `query`.
    return cast("Store", store)
