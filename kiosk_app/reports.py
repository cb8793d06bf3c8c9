"""The weekly operations report (每周运行数据, Yuhang rules art. 12): per-site transactions by
item, the fault list in Appendix A classes (how each was handled, time to resolve), consumables
and refills, inspections (and days without a daily check), ratings, assisted service, payments.

Counts only: the store holds no citizen data, and no transaction number is printed either.
`weekly_report` reads the store (thread-safe, Qt-free); `report_csv` and `report_pdf` render it.
`report_pdf` uses QtGui only (QTextDocument, QPdfWriter) and needs a QGuiApplication.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path

from kiosk_app.config import Config
from kiosk_app.reports_data import weekly_report
from kiosk_app.reports_model import (
    CATEGORIES,
    DEVICES,
    FAULT_NAMES,
    MEDIA,
    OUTCOMES,
    PAYMENT_STATES,
    RATING_LEVELS,
    SEVERITIES,
    Consumables,
    FaultLine,
    ItemLine,
    PaymentLine,
    Ratings,
    ReadOnlyStore,
    Records,
    ReportError,
    Week,
    WeeklyReport,
)
from kiosk_app.reports_render import (
    FONT_FAMILIES,
    Table,
    report_csv,
    report_html,
    report_pdf,
    write_report,
)

__all__ = [
    "CATEGORIES",
    "DEVICES",
    "FAULT_NAMES",
    "FONT_FAMILIES",
    "MEDIA",
    "OUTCOMES",
    "PAYMENT_STATES",
    "RATING_LEVELS",
    "SEVERITIES",
    "Consumables",
    "FaultLine",
    "ItemLine",
    "PaymentLine",
    "Ratings",
    "ReadOnlyStore",
    "Records",
    "ReportError",
    "Table",
    "Week",
    "WeeklyReport",
    "report_command",
    "report_csv",
    "report_html",
    "report_pdf",
    "weekly_report",
    "write_report",
]


def _ensure_gui() -> None:
    """QTextDocument needs a QGuiApplication; the command line makes an offscreen one."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a PDF needs no screen
        _GUI.append(QGuiApplication(sys.argv[:1]))


_GUI: list[object] = []


def report_command(
    config: Config,
    week: str | None,
    csv_path: Path | None,
    pdf_path: Path | None,
    today: dt.date | None = None,
) -> int:
    """`kiosk report`: with neither --csv nor --pdf, both go to the current folder."""
    try:
        chosen = Week.parse(week) if week else Week.last_full(today or dt.date.today())
        if csv_path is None and pdf_path is None:
            stem = f"weekly-report-{config.site.kiosk_id}-{chosen}"
            csv_path, pdf_path = Path(stem + ".csv"), Path(stem + ".pdf")
        store = ReadOnlyStore(config.store.path() / "kiosk.sqlite3")
        try:
            report = weekly_report(store, config.site, chosen)
        finally:
            store.close()
        if pdf_path is not None:
            _ensure_gui()
        write_report(report, csv_path, pdf_path)
    except (ReportError, sqlite3.Error) as error:
        print(f"kiosk report: {error}", file=sys.stderr)
        return 2
    print(
        f"weekly report {chosen} for {config.site.kiosk_id}: {report.transactions} transactions,"
        f" {len(report.faults)} faults"
    )
    for path in (csv_path, pdf_path):
        if path is not None:
            print(f"  written: {path}")
    return 0
