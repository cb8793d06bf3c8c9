"""Reading the weekly report from the store (thread-safe, Qt-free)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping

from kiosk_app.config import Site
from kiosk_app.reports_model import (
    OUTCOMES,
    PAYMENT_STATES,
    RATING_LEVELS,
    Consumables,
    FaultLine,
    InspectionLine,
    ItemLine,
    PaymentLine,
    Ratings,
    Records,
    RefillLine,
    Upkeep,
    Week,
    WeeklyReport,
)


def _item_names() -> dict[str, str]:
    try:
        from flows.catalogue import load_catalogue

        return {item.id: item.name.get("zh_CN") for item in load_catalogue().items}
    except Exception:  # a report is still worth having with item codes only
        return {}


def weekly_report(
    store: Records,
    site: Site,
    week: Week,
    names: Mapping[str, str] | None = None,
    now: dt.datetime | None = None,
) -> WeeklyReport:
    """Everything the weekly report shows, read from the store. Safe on any thread."""
    names = _item_names() if names is None else names
    start = week.start.isoformat(timespec="seconds")
    end = week.end.isoformat(timespec="seconds")
    q = store.query
    in_week = "started_at >= ? AND started_at < ?"

    counts: dict[tuple[str, bool], dict[str, int]] = {}
    for item_id, trial, outcome, n in q(
        f"SELECT item_id, trial, COALESCE(outcome, 'open'), COUNT(*) FROM transactions"
        f" WHERE {in_week} GROUP BY 1, 2, 3",
        start,
        end,
    ):
        counts.setdefault((item_id, bool(trial)), {})[outcome] = n
    items = [
        ItemLine(item_id, names.get(item_id, item_id), trial, outcomes)
        for (item_id, trial), outcomes in sorted(counts.items(), key=lambda kv: (kv[0][1], kv[0]))
    ]
    seen = {o for line in items for o in line.outcomes}
    columns = [o for o in OUTCOMES if o in seen or o == "completed"] + sorted(seen - set(OUTCOMES))

    present = _tables_present(store)
    handled = "fault_handling" in present
    faults = [
        FaultLine(src, cat, code, sev, at, res, str(how), str(staff), bool(manual))
        for src, cat, code, sev, at, res, how, staff, manual in q(
            "SELECT f.source, f.category, f.code, f.severity, f.at, f.resolved_at,"
            + (
                " COALESCE(h.handling, ''), COALESCE(h.staff_no, ''), COALESCE(h.manual, 0)"
                " FROM faults f LEFT JOIN fault_handling h ON h.fault_id = f.id"
                if handled
                else " '', '', 0 FROM faults f"
            )
            + " WHERE f.at < ? AND (f.resolved_at IS NULL OR f.resolved_at >= ?)"
            " ORDER BY f.at, f.id",
            end,
            start,
        )
    ]
    printed = dict(
        q(f"SELECT printed, COUNT(*) FROM transactions WHERE {in_week} GROUP BY 1", start, end)
    )
    [(fee_receipts,)] = q(
        "SELECT COUNT(*) FROM payments p JOIN transactions t ON t.id = p.transaction_id"
        " WHERE p.state = 'delivered' AND t.printed = 'a4' AND t.started_at >= ?"
        " AND t.started_at < ?",
        start,
        end,
    )
    [(refund_receipts,)] = q(
        "SELECT COUNT(*) FROM events WHERE kind = 'payment_refunded' AND at >= ? AND at < ?",
        start,
        end,
    )
    media: dict[str, str] = {}
    for (detail,) in q(  # each device's last status event before the week's end
        "SELECT detail FROM events WHERE id IN (SELECT MAX(id) FROM events"
        " WHERE kind = 'device_status' AND at < ? GROUP BY substr(detail, 1, instr(detail, '=')))",
        end,
    ):
        device, _, state = str(detail).partition("=")
        media[device] = state.partition("/")[2]
    consumables = Consumables(
        receipts=printed.get("receipt", 0),
        fee_receipts=fee_receipts,
        refund_receipts=refund_receipts,
        a4_sheets=printed.get("a4", 0),
        out_of_paper=sum(1 for f in faults if f.code == "out_of_paper" and f.opened_at >= start),
        media={d: m for d, m in sorted(media.items()) if m and m != "not_applicable"},
    )

    levels = dict(
        q(
            "SELECT level, COUNT(*) FROM ratings r JOIN transactions t ON t.id = r.transaction_id"
            f" WHERE t.{in_week} GROUP BY 1",
            start,
            end,
        )
    )
    [(unrated,)] = q(
        "SELECT COUNT(*) FROM transactions t LEFT JOIN ratings r ON r.transaction_id = t.id"
        f" WHERE r.transaction_id IS NULL AND t.{in_week}",
        start,
        end,
    )
    [(new, open_, overdue)] = q(
        "SELECT COALESCE(SUM(created_at >= ? AND created_at < ?), 0),"
        " COALESCE(SUM(closed_at IS NULL OR closed_at >= ?), 0),"
        " COALESCE(SUM((closed_at IS NULL OR closed_at >= ?) AND due_at < ?), 0)"
        " FROM followups WHERE created_at < ?",
        start,
        end,
        end,
        end,
        end,
        end,
    )
    ratings = Ratings(
        levels={level: levels.get(level, 0) for level in RATING_LEVELS},
        skipped=levels.get(None, 0),
        unrated=unrated,
        followups_new=new,
        followups_open=open_,
        followups_overdue=overdue,
    )
    assisted = [
        (str(staff), int(n))
        for staff, n in q(
            f"SELECT assisted_by, COUNT(*) FROM transactions WHERE assisted_by != '' AND {in_week}"
            " GROUP BY 1 ORDER BY 1",
            start,
            end,
        )
    ]
    [(help_requests,)] = q(
        "SELECT COUNT(*) FROM events WHERE kind = 'help_requested' AND at >= ? AND at < ?",
        start,
        end,
    )
    paid = {
        state: (n, fen)
        for state, n, fen in q(
            "SELECT state, COUNT(*), SUM(amount_fen) FROM payments"
            " WHERE created_at >= ? AND created_at < ? GROUP BY 1",
            start,
            end,
        )
    }
    states = [*PAYMENT_STATES, *sorted(set(paid) - set(PAYMENT_STATES))]
    payments = [
        PaymentLine(s, *paid.get(s, (0, 0)))
        for s in states
        if s in paid or s in ("delivered", "refunded")
    ]
    return WeeklyReport(
        site_name=site.name,
        site_address=site.address,
        kiosk_id=site.kiosk_id,
        week=week,
        generated_at=(now or dt.datetime.now()).replace(microsecond=0),
        items=items,
        faults=faults,
        consumables=consumables,
        ratings=ratings,
        assisted=assisted,
        help_requests=help_requests,
        payments=payments,
        outcome_columns=columns,
        upkeep=upkeep(store, week, now or dt.datetime.now(), present),
    )


def _tables_present(store: Records) -> set[str]:
    """The maintenance tables came later: a report read from an older database still works."""
    return {str(name) for (name,) in store.query("SELECT name FROM sqlite_master")}


def upkeep(store: Records, week: Week, now: dt.datetime, present: set[str] | None = None) -> Upkeep:
    """The week's inspections and refills, and each day up to yesterday with no daily check."""
    present = _tables_present(store) if present is None else present
    start = week.start.isoformat(timespec="seconds")
    end = week.end.isoformat(timespec="seconds")
    inspections: list[InspectionLine] = []
    if "inspections" in present:
        for at, kind, staff_no, results in store.query(
            "SELECT at, kind, staff_no, results FROM inspections WHERE at >= ? AND at < ?"
            " ORDER BY at, id",
            start,
            end,
        ):
            try:
                answers = json.loads(results)
            except ValueError:
                answers = {}
            failed = tuple(str(c) for c, ok in answers.items() if not ok)
            inspections.append(InspectionLine(str(at), str(kind), str(staff_no), failed))
    checked = {dt.date.fromisoformat(i.at[:10]) for i in inspections if i.kind == "daily"}
    last_day = min(week.monday + dt.timedelta(days=6), now.date() - dt.timedelta(days=1))
    days = (week.monday + dt.timedelta(days=n) for n in range(7))
    missing = [day for day in days if day <= last_day and day not in checked]
    refills: list[RefillLine] = []
    if "refills" in present:
        refills = [
            RefillLine(str(at), str(consumable), str(staff_no))
            for at, consumable, staff_no in store.query(
                "SELECT at, consumable, staff_no FROM refills WHERE at >= ? AND at < ?"
                " ORDER BY at, id",
                start,
                end,
            )
        ]
    last_biweekly = None
    if "inspections" in present:
        [(last_biweekly,)] = store.query(
            "SELECT MAX(at) FROM inspections WHERE kind = 'biweekly' AND at < ?", end
        )
    until = min(week.end, now)
    fortnight = dt.timedelta(days=14)
    overdue = not last_biweekly or until - dt.datetime.fromisoformat(last_biweekly) >= fortnight
    return Upkeep(inspections, missing, refills, last_biweekly, overdue)
