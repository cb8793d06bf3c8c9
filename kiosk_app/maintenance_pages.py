"""The maintenance screen's pages and actions (the operator is logged in): each page drawn
from the store, the devices and the configuration; each action carried out, audited with
the operator's staff number, and the page drawn again. Blocking work (devices, network,
backup, report) runs on BackgroundWork; a late result only redraws if maintenance is open."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from devices.interfaces import Frame
from devices.status import DeviceClass, DeviceError
from flows.model import Lifecycle
from kiosk_app import maintenance as records
from kiosk_app.config import Hours, parse_span
from kiosk_app.hours import ServiceHours
from kiosk_app.maintenance_checks import (
    backup_entries,
    camera_frame,
    export_folder,
    export_report,
    measure_network,
    read_test_card,
    record_network,
    test_page,
    test_receipt,
)
from kiosk_app.reports import Week
from ui.screens.maintenance import ledger, pages
from ui.screens.maintenance.models import DeviceRow, ItemRow, NetworkReport

if TYPE_CHECKING:
    from kiosk_app.maintenance_mode import MaintenanceMode

log = logging.getLogger(__name__)
DAY_MINUTES = 24 * 60
Done = Callable[[object, BaseException | None], None]


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class MaintenancePages:
    def __init__(self, mode: MaintenanceMode, platform_url: str) -> None:
        self.mode = mode
        self.c = mode.c
        self.store = mode.store
        self.settings = mode.settings
        self.platform_url = platform_url
        self.page = "health"
        self.results: dict[str, str] = {}
        self.frame: tuple[int, int, bytes] | None = None
        self.network: NetworkReport | None = None
        self.checking = False
        self.backing_up = False
        self.exporting = False
        self.backup_message = ""
        self.report_message = ""
        self.checklist = "daily"
        self.answers: dict[str, bool] = {}
        self.fault_draft: dict[str, str] = {}
        self.hours_saved = False
        self.hours_model: Hours = records.hours_override(self.store) or self.c.config.hours

    @property
    def staff_no(self) -> str:
        return self.mode.staff_no

    def show_page(self, page: str) -> None:
        self.page = page
        s = self.c.window.maintenance
        now = self.c.now()
        if page == "health":
            rows = [
                DeviceRow(cls.value, st.state.value, st.media.value, st.usable, st.detail)
                for cls, st in self.c.devices.statuses().items()
            ]
            pages.health(s, rows, self.network, self.checking)
        elif page == "consumables":
            statuses = self.c.devices.statuses()
            reported = {
                "receipt_paper": statuses[DeviceClass.RECEIPT_PRINTER].media.value,
                "a4_paper": statuses[DeviceClass.A4_PRINTER].media.value,
            }
            pages.consumables(s, records.consumable_levels(self.store, self.settings), reported)
        elif page == "selftest":
            pages.selftest(s, self.results, self.frame)
        elif page == "faults":
            ledger.faults(s, records.fault_log(self.store), self.fault_draft)
        elif page == "inspection":
            due = {k: records.inspection_due(self.store, k, now) for k in records.CHECKLISTS}
            checks = records.CHECKLISTS[self.checklist]
            history = records.inspections(self.store, 10)
            ledger.inspection(s, self.checklist, self.answers, checks, history, due)
        elif page == "catalogue":
            overrides = records.lifecycle_overrides(self.store)
            items = [
                ItemRow(i.id, i.name.get("zh_CN"), i.lifecycle.value, i.id in overrides)
                for i in self.c.catalogue.items
            ]
            ledger.catalogue(s, items)
        elif page == "hours":
            closed = {d for d, span in self.hours_model.overrides.items() if span == "closed"}
            ledger.hours(s, self.hours_model.daily, closed, self.hours_saved)
        elif page == "backups":
            b = self.c.config.backup
            entries = backup_entries(self.c.config)
            pages.backups(s, entries, b.keep, b.interval_days, self.backup_message, self.backing_up)
        elif page == "report":
            today = now.date()
            weeks = [str(Week.last_full(today)), str(Week.containing(today))]
            folder = str(export_folder(self.c.config))
            pages.report(s, weeks, folder, self.report_message, self.exporting)
        elif page == "followups":
            names = {i.id: i.name.get("zh_CN") for i in self.c.catalogue.items}
            ledger.followups(s, records.followups(self.store), names, now)

    def _refresh(self) -> None:
        if self.mode.state == "open":
            self.show_page(self.page)

    def _done(self, what: str) -> Done:
        """A worker's result: logged, kept for the page, page redrawn."""

        def done(result: object, error: BaseException | None) -> None:
            key = "ok"
            if isinstance(error, DeviceError):
                key = error.key
            elif error is not None:
                key = type(error).__name__
            elif isinstance(result, str):
                key = result
            self.results[what] = key
            records.audit(self.store, self.staff_no, "selftest", f"{what}={key}")
            if key == "ok" and what in ("receipt", "page"):
                self.store.log_event(f"maint_selftest_{what}", f"staff={self.staff_no}")
            self._refresh()

        return done

    def _do_selftest(self, what: str) -> None:
        c = self.c
        site, kiosk_id, now = c.config.site.name, c.config.site.kiosk_id, c.now()
        self.results[what] = "running"
        if what == "receipt":
            receipt = test_receipt(site, kiosk_id, now)
            c.work.run(lambda: c.devices.receipt_printer.print_receipt(receipt), self._done(what))
        elif what == "page":
            printer = c.devices.document_printer
            c.work.run(
                lambda: printer.print_pdf(test_page(site, kiosk_id, now), "打印测试页"),
                self._done(what),
            )
        elif what == "card":
            reader, training = c.devices.card_reader, c.config.training
            c.work.run(lambda: read_test_card(reader, training), self._done(what))
        elif what == "camera":

            def shown(frame: object, error: BaseException | None) -> None:
                got = frame if isinstance(frame, Frame) else None
                self.frame = (got.width, got.height, got.rgb) if got is not None else None
                self._done("camera")(None if got is not None else "no_frame", error)

            c.work.run(lambda: camera_frame(c.devices.face), shown)
        elif what == "speaker":
            c.voice.alert(
                QCoreApplication.translate(
                    "Maintenance", "扬声器测试：如果您能听到这句话，扬声器工作正常。"
                )
            )
            self._done("speaker")("spoken", None)
            return
        self._refresh()

    def _do_network_check(self, _value: str) -> None:
        self.checking = True

        def done(report: object, error: BaseException | None) -> None:
            self.checking = False
            if isinstance(report, NetworkReport):
                self.network = report
                record_network(self.store, report, self.staff_no)
            self._refresh()

        url, settings = self.platform_url, self.settings
        self.c.work.run(lambda: measure_network(url, settings), done)
        self._refresh()

    def _do_refill(self, consumable: str) -> None:
        records.refill(self.store, consumable, self.staff_no, self.c.now())
        self._refresh()

    def _do_fault_field(self, value: str) -> None:
        key, _, chosen = value.partition("=")
        self.fault_draft[key] = chosen
        self._refresh()

    def _do_fault_enter(self, _value: str) -> None:
        d = self.fault_draft
        try:
            records.enter_fault(
                self.store, d["source"], d["code"], d["handling"], self.staff_no, self.c.now()
            )
        except (KeyError, ValueError):
            return
        self.fault_draft = {}
        self._refresh()

    def _do_fault_resolve(self, value: str) -> None:
        fault_id, _, handling = value.partition(":")
        if fault_id.isdigit() and handling in records.HANDLING:
            records.resolve_fault(self.store, int(fault_id), handling, self.staff_no, self.c.now())
        self._refresh()

    def _do_checklist(self, kind: str) -> None:
        if kind in records.CHECKLISTS:
            self.checklist, self.answers = kind, {}
        self._refresh()

    def _do_check(self, value: str) -> None:
        check, _, ok = value.partition("=")
        self.answers[check] = ok == "1"
        self._refresh()

    def _do_inspection_save(self, _value: str) -> None:
        try:
            records.record_inspection(
                self.store, self.checklist, self.staff_no, self.answers, self.c.now()
            )
        except ValueError:
            return
        self.answers = {}
        self._refresh()

    def _do_lifecycle(self, value: str) -> None:
        item_id, _, lifecycle = value.partition("=")
        if lifecycle in Lifecycle.__members__.values():
            records.set_lifecycle(
                self.store, item_id, Lifecycle(lifecycle), self.staff_no, self.c.now()
            )
            self.mode.apply_catalogue()
        self._refresh()

    def _do_hours_step(self, value: str) -> None:
        which, _, delta = value.partition("=")
        span = parse_span(self.hours_model.daily)
        start = _minutes(self.hours_model.daily[:5]) if span else 0
        end = _minutes(self.hours_model.daily[6:]) if span else DAY_MINUTES
        if which == "all":
            start, end = 0, DAY_MINUTES
        elif which == "start":
            start = min(max(0, start + int(delta)), end - 30)
        elif which == "end":
            end = max(min(DAY_MINUTES, end + int(delta)), start + 30)
        daily = f"{_clock(start)}-{_clock(end)}"
        self.hours_model = Hours(daily=daily, overrides=dict(self.hours_model.overrides))
        self.hours_saved = False
        self._refresh()

    def _do_hours_day(self, day: str) -> None:
        overrides = dict(self.hours_model.overrides)
        if overrides.get(day) == "closed":
            overrides.pop(day)
        else:
            overrides[day] = "closed"
        self.hours_model = Hours(daily=self.hours_model.daily, overrides=overrides)
        self.hours_saved = False
        self._refresh()

    def _do_hours_save(self, _value: str) -> None:
        c = self.c
        records.set_hours(self.store, self.hours_model, self.staff_no, c.now())
        c.hours = ServiceHours(self.hours_model)
        info = c.window.footer.info
        c.window.footer.set_info(replace(info, hours=c.hours.today_text(c.now())))
        c.window.footer.retranslate()
        self.hours_saved = True
        self._refresh()

    def _do_backup_now(self, _value: str) -> None:
        backups = self.c.backups
        if backups is None or self.backing_up:
            return
        self.backing_up = True
        records.audit(self.store, self.staff_no, "backup_started")

        def done(result: object, error: BaseException | None) -> None:
            self.backing_up = False
            if error is not None:
                self.backup_message = QCoreApplication.translate(
                    "Maintenance", "备份失败：{0}"
                ).format(str(error) or type(error).__name__)
                self.store.log_event("backup_failed", type(error).__name__)
            else:
                name = getattr(result, "path", None)
                self.backup_message = QCoreApplication.translate(
                    "Maintenance", "已备份：{0}"
                ).format(getattr(name, "name", ""))
                self.store.log_event("backup", getattr(name, "name", ""))
            self._refresh()

        self.c.work.run(lambda: backups.make_backup("manual"), done)
        self._refresh()

    def _do_export(self, week: str) -> None:
        if self.exporting:
            return
        try:
            chosen = Week.parse(week)
        except ValueError:
            return
        self.exporting = True
        store, config = self.store, self.c.config

        def done(paths: object, error: BaseException | None) -> None:
            self.exporting = False
            if error is not None or not isinstance(paths, tuple):
                self.report_message = QCoreApplication.translate(
                    "Maintenance", "导出失败：{0}"
                ).format(str(error))
            else:
                self.report_message = QCoreApplication.translate(
                    "Maintenance", "已导出：{0}"
                ).format("\n".join(str(p) for p in paths))
                records.audit(self.store, self.staff_no, "report_exported", week)
            self._refresh()

        self.c.work.run(lambda: export_report(store, config, chosen), done)
        self._refresh()

    def _do_followup_close(self, transaction_id: str) -> None:
        records.close_followup(self.store, transaction_id, self.staff_no, self.c.now())
        self._refresh()

    def today(self) -> dt.date:
        return self.c.now().date()
