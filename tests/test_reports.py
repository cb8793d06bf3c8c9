"""The weekly report (每周运行数据): a simulated week of use written into a real store with a
controlled clock, then the CSV's numbers checked against the simulation and the PDF's text
(pdftotext) checked for the key figures. Counts only: no transaction number is printed."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk_app import maintenance as mt
from kiosk_app.config import Config, Site
from kiosk_app.reports import (
    ReportError,
    Week,
    report_command,
    report_csv,
    report_pdf,
    weekly_report,
)
from kiosk_app.store import Store

WEEK = Week(2026, 47)  # Monday 16 to Sunday 22 November 2026
SITE = Site(name="测试区市民服务中心", address="测试路1号", kiosk_id="KIOSK-TEST-07")
ITEMS = {
    "social_insurance_record": ("社保参保缴费查询", False, "receipt"),
    "no_housing_proof": ("无房证明查询打印", False, "a4"),
    "provident_fund_account": ("公积金查询", False, "receipt"),
    "real_estate_register_extract": ("不动产登记信息查询证明", False, "a4"),
    "provident_fund_sms": ("公积金短信验证查询", True, "receipt"),  # an item on trial
}
NAMES = {item: name for item, (name, _t, _p) in ITEMS.items()}
OUTCOMES = ["completed"] * 14 + ["cancelled", "timeout", "card_removed", "face_failed", "error"]
FEE_FEN = 500


def iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


@dataclass
class Simulated:
    """What the simulation wrote, for the tests to add up on their own."""

    transactions: list[dict[str, object]] = field(default_factory=list)
    ratings: dict[str, int | None] = field(default_factory=dict)
    followups: list[dict[str, object]] = field(default_factory=list)
    payments: list[tuple[str, str, int]] = field(default_factory=list)  # txn, state, fen
    help_requests: int = 0
    refund_events: int = 0
    earlier_followups: list[dict[str, object]] = field(default_factory=list)
    later_followups: list[dict[str, object]] = field(default_factory=list)


def simulate_week(store: Store, start: dt.datetime, seed: int = 7, days: int = 7) -> Simulated:
    """A week of use, written straight into the store's tables with chosen timestamps (the
    Store itself stamps datetime.now()). Every citizen-free fact a real kiosk records."""
    rng = random.Random(seed)
    sim = Simulated()
    n = seed * 1000  # ids stay unique across simulations into one store
    for day in range(days):
        for _ in range(rng.randint(18, 30)):
            n += 1
            started = start + dt.timedelta(days=day, hours=rng.randint(8, 19), minutes=n % 60)
            ended = started + dt.timedelta(minutes=rng.randint(1, 6))
            item = rng.choice(list(ITEMS))
            _name, trial, medium = ITEMS[item]
            outcome = rng.choice(OUTCOMES)
            printed = medium if outcome == "completed" and rng.random() < 0.8 else ""
            assisted = rng.choice(["", "", "", "", "0001", "0002"])
            tid = f"{SITE.kiosk_id}-{started:%Y%m%d%H%M%S}-{n:04X}"
            store.query(
                "INSERT INTO transactions (id, item_id, trial, started_at, ended_at, outcome,"
                " printed, assisted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                tid,
                item,
                int(trial),
                iso(started),
                iso(ended),
                outcome,
                printed,
                assisted,
            )
            record = {"id": tid, "item": item, "trial": trial, "outcome": outcome}
            sim.transactions.append({**record, "printed": printed, "assisted": assisted})
            if outcome == "completed" and rng.random() < 0.9:
                level = rng.choice([5, 5, 5, 4, 4, 3, 2, 1, None])
                store.query(
                    "INSERT INTO ratings (transaction_id, item_id, level, reason, created_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    tid,
                    item,
                    level,
                    "等待时间太长" if level is not None and level <= 2 else "",
                    iso(ended),
                )
                sim.ratings[tid] = level
                if level is not None and level <= 2:
                    closed = ended + dt.timedelta(days=2) if rng.random() < 0.3 else None
                    store.query(
                        "INSERT INTO followups (transaction_id, item_id, level, reason,"
                        " created_at, due_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        tid,
                        item,
                        level,
                        "等待时间太长",
                        iso(ended),
                        iso(ended + dt.timedelta(days=15)),
                        iso(closed) if closed else None,
                    )
                    sim.followups.append({"created": ended, "closed": closed})
            if item == "real_estate_register_extract" and outcome != "cancelled":
                state = "delivered" if printed else rng.choice(["refunded", "closed"])
                store.query(
                    "INSERT INTO payments (idempotency_key, transaction_id, item_id, amount_fen,"
                    " order_id, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    f"key-{n}",
                    tid,
                    item,
                    FEE_FEN,
                    f"ORDER-{n}",
                    state,
                    iso(started),
                    iso(ended),
                )
                sim.payments.append((tid, state, FEE_FEN))
                if state == "refunded":
                    store.query(
                        "INSERT INTO events (at, kind, detail) VALUES (?, 'payment_refunded', ?)",
                        iso(ended),
                        f"ORDER-{n}",
                    )
                    sim.refund_events += 1
            if rng.random() < 0.1:
                store.query(
                    "INSERT INTO events (at, kind, detail) VALUES (?, 'help_requested', ?)",
                    iso(started),
                    "screen=HomeScreen",
                )
                sim.help_requests += 1
    return sim


def add_faults(store: Store, start: dt.datetime) -> None:
    """Four faults: one before the week still open, one inside and resolved, one inside and
    open, and one resolved before the week began (not in the report)."""
    rows = [
        ("receipt_printer", "hardware", "out_of_paper", "minor",
         start - dt.timedelta(days=1), None),
        (
            "a4_printer",
            "hardware",
            "paper_jam",
            "severe",
            start + dt.timedelta(days=2, hours=9),
            start + dt.timedelta(days=2, hours=11, minutes=30),
        ),
        ("card_reader", "hardware", "peripheral_unresponsive", "severe",
         start + dt.timedelta(days=5, hours=14), None),
        ("camera", "hardware", "peripheral_unresponsive", "severe",
         start - dt.timedelta(days=3), start - dt.timedelta(days=2)),
    ]  # fmt: skip
    for source, category, code, severity, at, resolved in rows:
        store.query(
            "INSERT INTO faults (at, source, category, code, severity, resolved_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            iso(at),
            source,
            category,
            code,
            severity,
            iso(resolved) if resolved else None,
        )
    for day, detail in ((1, "online/ok"), (6, "online/low"), (8, "online/out")):
        store.query(  # the report shows the last state before the week's end: low
            "INSERT INTO events (at, kind, detail) VALUES (?, 'device_status', ?)",
            iso(start + dt.timedelta(days=day)),
            f"receipt_printer={detail}",
        )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "data" / "kiosk.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def week_of_use(store: Store) -> Simulated:
    sim = simulate_week(store, WEEK.start)
    before = simulate_week(store, WEEK.start - dt.timedelta(days=2), seed=99, days=2)
    sim.earlier_followups = before.followups  # counted only if still open at the week's end
    after = simulate_week(store, WEEK.end, seed=98, days=1)  # not in the week
    sim.later_followups = after.followups
    add_faults(store, WEEK.start)
    return sim


def sections(data: bytes) -> dict[str, list[list[str]]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, for Excel"
    found: dict[str, list[list[str]]] = {}
    current: list[list[str]] = []
    for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))):
        if len(row) == 1 and row[0].startswith("["):
            current = found.setdefault(row[0].strip("[]"), [])
        elif row and any(row):
            current.append(row)
    return found


def table(rows: list[list[str]]) -> list[dict[str, str]]:
    header, *body = rows
    return [dict(zip(header, row, strict=False)) for row in body]


def test_weeks() -> None:
    assert Week.parse("2026-W47") == WEEK
    assert WEEK.start == dt.datetime(2026, 11, 16) and WEEK.end == dt.datetime(2026, 11, 23)
    assert Week.last_full(dt.date(2026, 11, 23)) == WEEK  # on Monday, last week's report
    assert Week.last_full(dt.date(2026, 11, 29)) == WEEK
    assert str(Week.last_full(dt.date(2027, 1, 4))) == "2026-W53"
    for bad in ("2026-47", "2026-W60", "W47", "2025-W53"):
        with pytest.raises(ReportError):
            Week.parse(bad)


def test_csv_numbers_match_the_simulated_week(store: Store, week_of_use: Simulated) -> None:
    sim = week_of_use
    report = weekly_report(store, SITE, WEEK, names=NAMES, now=dt.datetime(2026, 11, 23, 9))
    got = sections(report_csv(report))

    items = {(r["事项编码"], r["状态"]): r for r in table(got["一、办件量（按事项）"])}
    expected = Counter((t["item"], t["trial"], t["outcome"]) for t in sim.transactions)
    for item, (name, trial, _medium) in ITEMS.items():
        row = items[(item, "试运行" if trial else "正式")]
        total = sum(n for (i, _t, _o), n in expected.items() if i == item)
        completed = expected[(item, trial, "completed")]
        assert row["事项"] == name
        assert (int(row["办件量"]), int(row["办结"]), int(row["未办结"])) == (
            total,
            completed,
            total - completed,
        )
        assert int(row["超时"]) == expected[(item, trial, "timeout")]
    trial_total = sum(1 for t in sim.transactions if t["trial"])
    subtotals = {r["事项"]: r for r in table(got["一、办件量（按事项）"])}
    assert int(subtotals["试运行事项小计"]["办件量"]) == trial_total
    assert int(subtotals["正式事项小计"]["办件量"]) == len(sim.transactions) - trial_total

    summary = dict(got["概况"][1:])
    assert summary["统计周"] == "2026-W47"
    assert int(summary["办件总量"]) == len(sim.transactions)
    assert int(summary["呼叫帮助次数"]) == sim.help_requests

    faults = table(got["二、故障清单（附录A分类）"])
    assert [(f["设备"], f["故障代码"], f["级别"], f["排除时间"]) for f in faults] == [
        ("凭条打印机", "out_of_paper", "一般", "未排除"),
        ("A4打印机", "paper_jam", "严重", "2026-11-18 11:30"),
        ("身份证阅读器", "peripheral_unresponsive", "严重", "未排除"),
    ]
    assert faults[1]["故障分类"] == "机器卡纸" and faults[1]["故障大类"] == "硬件"
    assert faults[1]["时长（小时）"] == "2.5"

    printed = Counter(str(t["printed"]) for t in sim.transactions)
    delivered_a4 = sum(1 for _t, state, _f in sim.payments if state == "delivered")
    consumables = {r["耗材"]: r["数量"] for r in table(got["三、耗材监测"])}
    assert int(consumables["热敏凭条（办件结果）"]) == printed["receipt"]
    assert int(consumables["热敏凭条（缴费凭证）"]) == delivered_a4
    assert int(consumables["热敏凭条（退款凭证）"]) == sim.refund_events
    assert int(consumables["A4纸（证明）"]) == printed["a4"]
    assert consumables["缺纸故障"] == "0"  # the paper ran out before the week began
    assert consumables["周末耗材状态：凭条打印机"] == "偏少"

    ratings = {r["评价"]: int(r["数量"]) for r in table(got["四、好差评"])}
    levels = Counter(sim.ratings.values())
    assert ratings["非常满意（5）"] == levels[5] and ratings["非常不满意（1）"] == levels[1]
    assert ratings["不满意（2）"] == levels[2]
    assert ratings["跳过评价"] == levels[None]
    assert ratings["未评价（未到评价环节）"] == len(sim.transactions) - len(sim.ratings)
    bad = len(sim.followups)
    every = sim.followups + sim.earlier_followups
    closed = [f for f in every if isinstance(f["closed"], dt.datetime) and f["closed"] < WEEK.end]
    assert ratings["本周新增差评回访"] == bad > 0
    assert 0 < len(closed) < bad
    assert ratings["差评回访未办结（周末）"] == len(every) - len(closed)  # as it stood then
    assert ratings["其中已超期"] == 0  # due 15 days later

    assisted = {r["工号"]: int(r["协助办件数"]) for r in table(got["五、帮办代办（按工号）"])}
    assert assisted == dict(Counter(str(t["assisted"]) for t in sim.transactions if t["assisted"]))

    payments = {r["状态代码"]: r for r in table(got["六、缴费"])}
    for state in ("delivered", "refunded"):
        count = sum(1 for _t, s, _f in sim.payments if s == state)
        assert int(payments[state]["笔数"]) == count
        assert payments[state]["金额（元）"] == f"{count * FEE_FEN // 100}.00"


def test_nothing_identifies_a_transaction(store: Store, week_of_use: Simulated) -> None:
    report = weekly_report(store, SITE, WEEK, names=NAMES)
    text = report_csv(report).decode("utf-8-sig")
    for transaction in week_of_use.transactions:
        assert str(transaction["id"]) not in text
    assert "ORDER-" not in text and "等待时间太长" not in text  # no order numbers, no reasons


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, timeout=30
    )
    # Noto CJK maps some characters to their Kangxi-radical twins in the text layer.
    return unicodedata.normalize("NFKC", done.stdout.decode("utf-8"))


def test_pdf_shows_the_key_figures(
    qapp: object, store: Store, week_of_use: Simulated, tmp_path: Path
) -> None:
    sim = week_of_use
    report = weekly_report(store, SITE, WEEK, names=NAMES)
    pdf = report_pdf(report)
    assert pdf.startswith(b"%PDF")
    info = subprocess.run(
        ["pdfinfo", "-"], input=pdf, capture_output=True, check=True, text=False, timeout=30
    ).stdout.decode()
    assert "A4" in info
    text = pdf_text(pdf, tmp_path)
    lines = text.splitlines()
    assert "自助终端每周运行数据" in text and "KIOSK-TEST-07" in text and "2026-W47" in text
    assert any("办件总量" in line and str(len(sim.transactions)) in line for line in lines)
    for item, (name, _trial, _medium) in ITEMS.items():
        total = sum(1 for t in sim.transactions if t["item"] == item)
        assert any(name in line and f" {total} " in f" {line} " for line in lines), name
    assert "机器卡纸" in text and "严重" in text and "2026-11-18 11:30" in text
    receipts = sum(1 for t in sim.transactions if t["printed"] == "receipt")
    label = unicodedata.normalize("NFKC", "热敏凭条（办件结果）")
    assert any(label in line and str(receipts) in line for line in lines)
    for transaction in sim.transactions:
        assert str(transaction["id"]) not in text


def test_report_command_writes_both_files_beside_a_running_store(
    qapp: object, store: Store, week_of_use: Simulated, tmp_path: Path
) -> None:
    """The command line reads the database without opening a Store, which would mark a
    running kiosk's open session as interrupted."""
    store.begin_transaction("T-OPEN", "social_insurance_record", trial=False)
    config = Config.model_validate(
        {"store": {"data_dir": str(store.path.parent)}, "site": {"kiosk_id": "KIOSK-TEST-07"}}
    )
    out_csv, out_pdf = tmp_path / "out.csv", tmp_path / "out.pdf"
    assert report_command(config, "2026-W47", out_csv, out_pdf) == 0
    assert sections(out_csv.read_bytes())["概况"]
    assert out_pdf.read_bytes().startswith(b"%PDF")
    [(outcome,)] = store.query(
        "SELECT COALESCE(outcome, 'open') FROM transactions WHERE id='T-OPEN'"
    )
    assert outcome == "open"
    assert report_command(config, "2026-W99", out_csv, None) == 2


def test_cli_report(store: Store, week_of_use: Simulated, tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[store]\ndata_dir = "{store.path.parent}"\n', encoding="utf-8")
    out = tmp_path / "cli.csv"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk_app",
            "report",
            "--config",
            str(config),
            "--week",
            "2026-W47",
            "--csv",
            str(out),
        ],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "2026-W47" in done.stdout and out.exists()
    summary = dict(sections(out.read_bytes())["概况"][1:])
    assert int(summary["办件总量"]) == len(week_of_use.transactions)


def test_followups_past_their_due_date_are_overdue(store: Store, week_of_use: Simulated) -> None:
    """Three weeks on, every 差评 follow-up never answered is past its 15 days."""
    later = weekly_report(store, SITE, Week(2026, 50), names=NAMES)
    sim = week_of_use
    every = sim.earlier_followups + sim.followups + sim.later_followups
    never = sum(1 for f in every if not f["closed"])
    assert later.transactions == 0
    assert later.ratings.followups_open == later.ratings.followups_overdue == never > 0
    assert later.faults and all(f.resolved_at is None for f in later.faults)  # still open


def keep_up_the_week(store: Store) -> int:
    """Inspections, refills and faults as the maintenance screen records them (its own
    functions): daily checks on five days (none on Wednesday or Sunday, one with a jam), a
    two-weekly inspection, a toner refill, a jam entered by hand and resolved on site, and the
    week's existing open card-reader fault resolved remotely. Returns the jam's number."""
    start = WEEK.start
    for day in (0, 1, 3, 4, 5):
        answers = {check: not (day == 3 and check == "no_jam") for check in mt.CHECKLISTS["daily"]}
        mt.record_inspection(
            store, "daily", "0002", answers, start + dt.timedelta(days=day, hours=8)
        )
    fortnightly = dict.fromkeys(mt.CHECKLISTS["biweekly"], True)
    mt.record_inspection(
        store, "biweekly", "0003", fortnightly, start + dt.timedelta(days=1, hours=9)
    )
    mt.refill(store, "toner", "0003", start + dt.timedelta(days=3, hours=8, minutes=30))
    at = start + dt.timedelta(days=3, hours=10)
    jam = mt.enter_fault(store, "a4_printer", "paper_jam", "on_site", "0002", at)
    mt.resolve_fault(store, jam, "on_site", "0002", at + dt.timedelta(minutes=90))
    [(reader,)] = store.query("SELECT id FROM faults WHERE source = 'card_reader'")
    mt.resolve_fault(store, reader, "remote", "0003", start + dt.timedelta(days=6, hours=8))
    return jam


def test_the_week_s_inspections_missing_days_refills_and_fault_handling(
    qapp: object, store: Store, week_of_use: Simulated, tmp_path: Path
) -> None:
    keep_up_the_week(store)
    report = weekly_report(store, SITE, WEEK, names=NAMES, now=dt.datetime(2026, 11, 23, 9))
    data = report_csv(report)
    got = sections(data)
    inspections = table(got["七、巡检记录"])
    assert [(i["时间"], i["类型"], i["工号"]) for i in inspections] == [
        ("2026-11-16 08:00", "每日检查", "0002"),
        ("2026-11-17 08:00", "每日检查", "0002"),
        ("2026-11-17 09:00", "两周巡检", "0003"),
        ("2026-11-19 08:00", "每日检查", "0002"),
        ("2026-11-20 08:00", "每日检查", "0002"),
        ("2026-11-21 08:00", "每日检查", "0002"),
    ]
    assert inspections[3]["结果"] == "异常：卡纸" and inspections[0]["结果"] == "正常"
    assert got["八、未做每日检查的日期"][1:] == [["2026-11-18", "星期三"], ["2026-11-22", "星期日"]]
    assert table(got["九、耗材更换"]) == [
        {"时间": "2026-11-19 08:30", "耗材": "硒鼓/墨粉", "耗材代码": "toner", "工号": "0003"}
    ]
    faults = {(f["设备"], f["发生时间"]): f for f in table(got["二、故障清单（附录A分类）"])}
    jam = faults[("A4打印机", "2026-11-19 10:00")]
    assert (jam["处理方式"], jam["工号"], jam["来源"]) == ("现场处理", "0002", "人工录入")
    assert (jam["排除时间"], jam["时长（小时）"]) == ("2026-11-19 11:30", "1.5")
    reader = faults[("身份证阅读器", "2026-11-21 14:00")]
    assert (reader["处理方式"], reader["来源"], reader["时长（小时）"]) == (
        "远程处理",
        "自动检测",
        "18.0",
    )
    paper = faults[("凭条打印机", "2026-11-15 00:00")]  # still open: nobody said how yet
    assert paper["处理方式"] == "未记录" and paper["排除时间"] == "未排除"
    summary = dict(got["概况"][1:])
    assert (summary["每日检查"], summary["未做每日检查天数"], summary["两周巡检"]) == (
        "5",
        "2",
        "1",
    )
    assert summary["耗材更换"] == "1"
    assert (summary["上次两周巡检"], summary["两周巡检逾期"]) == ("2026-11-17 09:00", "否")
    # Two weeks on with no other two-weekly inspection, it is overdue.
    later = weekly_report(store, SITE, Week(2026, 49), names=NAMES, now=dt.datetime(2026, 12, 7))
    assert later.upkeep.biweekly_overdue and later.upkeep.last_biweekly == "2026-11-17T09:00:00"
    # Mid-week a day not yet over is not missing: on Wednesday morning nothing is.
    wednesday = weekly_report(store, SITE, WEEK, names=NAMES, now=dt.datetime(2026, 11, 18, 7))
    assert list(wednesday.upkeep.missing_daily) == []
    text = pdf_text(report_pdf(report), tmp_path)
    for shown in (
        "巡检记录",
        "两周巡检",
        "异常：卡纸",
        "未做每日检查的日期",
        "2026-11-18",
        "星期三",
    ):
        assert unicodedata.normalize("NFKC", shown) in text, shown
    assert unicodedata.normalize("NFKC", "现场处理") in text
    for transaction in week_of_use.transactions:  # staff numbers, never a citizen
        assert str(transaction["id"]) not in data.decode("utf-8-sig")
