"""The maintenance screen's pages on the real widgets, the real store and the simulated
devices (issue 5): device health and the network, consumables estimated from what was printed,
self-tests, the operations ledger, inspections, the item catalogue, service hours, backups,
the weekly report and the 差评 follow-ups."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from devices.status import MediaState
from kiosk_app import maintenance as records
from tests.conftest import CITIZEN
from tests.maintenance_robot import Operator


@pytest.fixture
def operator(kiosk: Any, citizen: Any) -> Operator:
    op = Operator(kiosk, citizen)
    op.open()
    return op


def wait_text(operator: Operator, text: str) -> None:
    operator.citizen.wait_for(lambda: text in operator.texts(), what=repr(text))


def test_device_health_shows_every_device_and_a_fault(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    texts = operator.texts()
    for name in ("身份证阅读器", "摄像头", "凭条打印机", "A4打印机"):
        assert f"{name}：正常" in texts
    kiosk.devices.receipt_printer.inject(media=MediaState.OUT)
    citizen.pump(0.1)
    operator.page("health")
    line = operator.find("device-receipt_printer")
    assert "缺纸" in line.text() and "不可用" in line.text()


def test_network_check_measures_the_platform_and_records_a_dead_link(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    operator.press("maint-network_check")
    wait_text(operator, "丢包率")
    texts = operator.texts()
    assert "域名解析正常：127.0.0.1" in texts
    assert "丢包率：0.0%（10/10 次有应答）" in texts
    assert "延迟（中位数）" in texts
    kiosk.controller.maintenance.pages.platform_url = "http://127.0.0.1:9"  # nothing listens there
    operator.press("maint-network_check")
    wait_text(operator, "网络通信链路不通")
    assert {
        "source": "network",
        "category": "network",
        "code": "link_down",
        "severity": "severe",
    } in kiosk.store.open_faults()


def test_consumables_count_what_was_printed_until_the_refill(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    citizen.tap(kiosk.window.maintenance.finish)
    citizen.start()
    citizen.run_item("social_insurance_record", CITIZEN, rate=5)  # one receipt, for real
    citizen.tap(kiosk.window.message.ok)
    operator.open()
    operator.page("selftest")
    for _ in range(2):
        operator.press("maint-selftest-receipt")
        citizen.wait_for(lambda: kiosk.controller.maintenance.pages.results["receipt"] != "running")
    assert kiosk.controller.maintenance.pages.results["receipt"] == "ok"
    assert "打印测试" in kiosk.devices.receipt_printer.tray[-1].lines[1].text
    operator.press("maint-selftest-page")
    citizen.wait_for(lambda: kiosk.controller.maintenance.pages.results["page"] != "running")
    assert kiosk.devices.document_printer.tray[-1][0] == "打印测试页"
    operator.page("consumables")
    texts = operator.texts()
    assert "上次更换后已用 3 张凭条，容量 300" in texts  # 1 citizen's receipt + 2 test receipts
    assert "凭条纸：约剩 99%" in texts
    assert "上次更换后已用 1 页，容量 500" in texts  # the test page
    assert "硒鼓/墨粉：约剩 100%" in texts
    operator.press("maint-refill-receipt_paper")
    texts = operator.texts()
    assert "上次更换后已用 0 张凭条" in texts and "凭条纸：约剩 100%" in texts
    assert "上次更换后已用 1 页" in texts  # the A4 tray was not refilled
    assert any(k == "maint_refill" and "receipt_paper" in d for k, d in kiosk.store.events())


def test_low_consumables_say_so(kiosk: Any, operator: Operator) -> None:
    settings = kiosk.config.maintenance.model_copy(update={"toner_pages": 100})
    for _ in range(84):
        kiosk.store.log_event("maint_selftest_page")
    [toner] = [lv for lv in records.consumable_levels(kiosk.store, settings) if lv.name == "toner"]
    assert toner.used == 84 and toner.percent == 16 and not toner.low
    kiosk.store.log_event("maint_selftest_page")
    [toner] = [lv for lv in records.consumable_levels(kiosk.store, settings) if lv.name == "toner"]
    assert toner.percent == 15 and toner.low


def test_self_tests_card_camera_speaker(kiosk: Any, citizen: Any, operator: Operator) -> None:
    mode = kiosk.controller.maintenance
    operator.page("selftest")
    for name in ("card", "camera"):
        operator.press(f"maint-selftest-{name}")
        citizen.wait_for(lambda n=name: mode.pages.results.get(n) not in (None, "running"))
        assert mode.pages.results[name] == "ok", name
    preview = operator.find("camera-preview")
    assert preview is not None and not preview.pixmap().isNull()
    assert not kiosk.devices.card_reader.card_present  # the test card was taken off again
    operator.press("maint-selftest-speaker")
    assert any("扬声器测试" in said for said in kiosk.controller.voice.spoken)
    assert "已播放测试语音" in operator.texts()
    audit = [d for k, d in kiosk.store.events() if k == "maint_selftest"]
    assert "staff=0002 card=ok" in audit and "staff=0002 camera=ok" in audit


def test_a_fault_entered_by_hand_then_resolved_shows_how_long_it_took(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    start = dt.datetime(2026, 11, 20, 9, 0)
    kiosk.controller.now = lambda: start
    operator.page("faults")
    operator.press("maint-fault_field-form=1")
    for choice in ("source=receipt_printer", "code=paper_jam", "handling=on_site"):
        operator.press(f"maint-fault_field-{choice}")
    operator.press("maint-fault_enter")
    [first] = [e for e in records.fault_log(kiosk.store) if e.manual]
    head = operator.find(f"fault-{first.id}")
    assert "[未排除] 机器卡纸 · 硬件 · 严重" in head.text()
    kiosk.controller.now = lambda: start + dt.timedelta(hours=1, minutes=30)
    operator.press(f"maint-fault_resolve-{first.id}:on_site")
    done = operator.find(f"fault-resolved-{first.id}")
    assert "用时 1 小时 30 分钟" in done.text() and "现场处理" in done.text()
    # A second fault, still open, is listed above the resolved one.
    operator.press("maint-fault_field-form=1")
    for choice in ("source=network", "code=packet_loss", "handling=remote"):
        operator.press(f"maint-fault_field-{choice}")
    operator.press("maint-fault_enter")
    log = records.fault_log(kiosk.store)
    assert log[0].code == "packet_loss" and log[0].open
    assert next(e.code for e in log if not e.open) == "paper_jam"
    texts = operator.texts()
    assert texts.index("网络丢包率较大") < texts.index("机器卡纸")
    assert any(k == "maint_fault_resolved" for k, _ in kiosk.store.events())


def test_an_inspection_is_completed_on_screen_and_recorded(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    operator.page("inspection")
    assert "每日检查 · 待检" in operator.button("maint-checklist-daily").text()
    save = operator.button("maint-inspection_save")
    assert not save.isEnabled()
    for check in records.CHECKLISTS["daily"]:
        operator.press(f"maint-check-{check}={0 if check == 'no_jam' else 1}")
    assert operator.button("maint-inspection_save").isEnabled()
    operator.press("maint-inspection_save")
    [record] = records.inspections(kiosk.store)
    assert record.kind == "daily" and record.staff_no == "0002" and record.abnormal == ["no_jam"]
    assert "有无卡纸" in operator.find(f"inspection-{record.id}").text()
    assert operator.button("maint-checklist-daily").text() == "每日检查"  # no longer due
    operator.press("maint-checklist-biweekly")
    assert len(
        [
            b
            for b in operator.screen.findChildren(object)
            if getattr(b, "objectName", lambda: "")().startswith("maint-check-") and b.isVisible()
        ]
    ) == 2 * len(records.CHECKLISTS["biweekly"])


def test_revoked_items_leave_home_and_trial_items_are_labelled(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    operator.page("catalogue")
    operator.press("maint-lifecycle-provident_fund_account=revoked")
    operator.press("maint-lifecycle-social_insurance_record=trial")
    assert "公积金查询 · 已撤销" in operator.texts()
    citizen.tap(kiosk.window.maintenance.finish)
    citizen.start()
    home = kiosk.window.home
    assert "provident_fund_account" not in home.tiles
    shown = {item.id for _d, items in kiosk.window._home_model[0] for item in items}
    assert "provident_fund_account" not in shown
    assert "试运行" in home.tiles["social_insurance_record"].accessibleName()
    citizen.run_item("social_insurance_record", CITIZEN, rate=5)
    assert kiosk.store.transactions()[-1]["trial"] == 1  # counted separately (std 6.4)
    assert records.lifecycle_overrides(kiosk.store)["provident_fund_account"].value == "revoked"


def test_service_hours_are_edited_and_applied(kiosk: Any, citizen: Any, operator: Operator) -> None:
    operator.page("hours")
    for _ in range(17):
        operator.press("maint-hours_step-start=30")
    for _ in range(13):
        operator.press("maint-hours_step-end=-30")
    operator.press("maint-hours_day-sun")
    assert operator.find("hours-daily").text() == "08:30-17:30"
    operator.press("maint-hours_save")
    assert "已保存" in operator.texts()
    saved = records.hours_override(kiosk.store)
    assert (
        saved is not None and saved.daily == "08:30-17:30" and saved.overrides == {"sun": "closed"}
    )
    hours = kiosk.controller.hours
    assert not hours.is_open(dt.datetime(2026, 11, 24, 7, 0))  # a Tuesday, before opening
    assert hours.is_open(dt.datetime(2026, 11, 24, 9, 0))
    assert not hours.is_open(dt.datetime(2026, 11, 29, 9, 0))  # a Sunday


def test_backup_now_lists_the_archive_with_the_retention(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    operator.page("backups")
    assert "每 14 天自动备份一次，保留最近 8 份" in operator.texts()
    operator.press("maint-backup_now")
    wait_text(operator, "已备份：kiosk-backup-")
    entries = [w for w in operator.screen.findChildren(object, "backup-entry") if w.isVisible()]
    assert len(entries) == 1 and "KIOSK-DEMO-01" in entries[0].text()


def test_weekly_report_is_exported_from_the_screen(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    operator.page("report")
    week = kiosk.controller.maintenance.pages.today().isocalendar()
    this_week = f"{week.year}-W{week.week:02d}"
    operator.press(f"maint-export-{this_week}")
    wait_text(operator, "已导出")
    folder = kiosk.config.store.path() / "reports"
    csv = folder / f"weekly-report-KIOSK-DEMO-01-{this_week}.csv"
    pdf = folder / f"weekly-report-KIOSK-DEMO-01-{this_week}.pdf"
    assert csv.read_bytes().decode("utf-8-sig").startswith("")
    assert "KIOSK-DEMO-01" in csv.read_text(encoding="utf-8-sig")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_followups_are_listed_with_deadlines_and_closed(
    kiosk: Any, citizen: Any, operator: Operator
) -> None:
    kiosk.store.open_followup("KIOSK-DEMO-01-1", "no_housing_proof", 1, "等待时间长", days=15)
    kiosk.store.open_followup("KIOSK-DEMO-01-2", "social_insurance_record", 2, "其他", days=-1)
    operator.page("followups")
    overdue = operator.find("followup-KIOSK-DEMO-01-2")
    due = operator.find("followup-KIOSK-DEMO-01-1")
    assert "已超期" in overdue.text()
    assert "剩 15 天" in due.text() and "无房证明" in due.text()
    assert "等待时间长" in operator.texts()
    operator.press("maint-followup_close-KIOSK-DEMO-01-1")
    assert "已回访" in operator.find("followup-KIOSK-DEMO-01-1").text()
    closed = {f["transaction_id"]: f["closed_at"] for f in kiosk.store.followups()}
    assert closed["KIOSK-DEMO-01-1"] and not closed["KIOSK-DEMO-01-2"]
