"""The weekly operations report (每周运行数据, Yuhang rules art. 12): per-site transactions by
item, the fault list in Appendix A classes, consumables, ratings, assisted service and payments.

Counts only: the store holds no citizen data, and no transaction number is printed either.
`weekly_report` reads the store (thread-safe, Qt-free); `report_csv` and `report_pdf` render it.
`report_pdf` uses QtGui only (QTextDocument, QPdfWriter) and needs a QGuiApplication.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import os
import re
import sqlite3
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from kiosk_app.config import Config, Site

FONT_FAMILIES = ["DejaVu Sans", "Noto Sans CJK SC"]  # Latin and digits stay searchable text
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")

OUTCOMES = {
    "completed": "办结",
    "cancelled": "取消",
    "back": "返回首页",
    "card_removed": "取走证件",
    "timeout": "超时",
    "face_failed": "人脸核验未通过",
    "error": "出错",
    "interrupted": "异常中断",
    "open": "进行中",
}
CATEGORIES = {"hardware": "硬件", "software": "软件", "network": "网络"}
SEVERITIES = {"minor": "一般", "severe": "严重"}
# Appendix A, table A.1: the fault codes the kiosk records, with the standard's own names.
FAULT_NAMES = {
    "out_of_paper": "机器缺纸",
    "ups_weak": "供电UPS续航能力弱",
    "blue_screen": "蓝屏、白屏",
    "host_overloaded": "主机资源占用较大、处理缓慢",
    "peripheral_unresponsive": "硬件外设驱动无响应",
    "paper_jam": "机器卡纸",
    "client_bad_answer": "客户端无返回或信息返回错误",
    "page_jump": "客户端跳转错误或跳转迟缓",
    "service_crash": "服务无响应和闪退",
    "client_stutter": "客户端卡顿",
    "page_tampered": "页面被篡改",
    "network_latency": "网络响应延迟较大",
    "packet_loss": "网络丢包率较大",
    "link_down": "网络通信链路不通",
    "ip_failure": "网络IP变动或无法获取",
}
DEVICES = {
    "card_reader": "身份证阅读器",
    "camera": "摄像头",
    "receipt_printer": "凭条打印机",
    "a4_printer": "A4打印机",
    "scanner": "扫描仪",
}
MEDIA = {"ok": "正常", "low": "偏少", "out": "缺纸", "jammed": "卡纸"}
RATING_LEVELS = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}
PAYMENT_STATES = {
    "delivered": "已交付",
    "refunded": "已退款",
    "closed": "已关闭（未支付）",
    "declined": "支付失败",
}


class ReportError(ValueError):
    """A bad week or output path: the message is for the operator."""


class Records(Protocol):
    """What reading the kiosk's records needs: `Store` has it, and so has `ReadOnlyStore`."""

    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]: ...


class ReadOnlyStore:
    """The kiosk's database opened for reading only, e.g. from the command line beside a
    running kiosk. (Opening a `Store` would mark the running kiosk's open session as
    interrupted.)"""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise ReportError(f"no database at {path}: has the kiosk run with this data folder?")
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._db.execute("PRAGMA busy_timeout=5000")
        self._lock = threading.Lock()

    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def close(self) -> None:
        self._db.close()


@dataclass(frozen=True, order=True)
class Week:
    """An ISO week, Monday 00:00 to the next Monday 00:00, local time (as the store writes)."""

    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Week:
        match = _WEEK.match(text.strip())
        if not match:
            raise ReportError(f"'{text}' is not an ISO week such as 2026-W47")
        year, number = int(match.group(1)), int(match.group(2))
        try:
            dt.date.fromisocalendar(year, number, 1)
        except ValueError:
            raise ReportError(f"{year} has no week {number}") from None
        return cls(year, number)

    @classmethod
    def containing(cls, day: dt.date) -> Week:
        year, number, _ = day.isocalendar()
        return cls(year, number)

    @classmethod
    def last_full(cls, today: dt.date) -> Week:
        """The week before the one `today` is in (the report goes out on Monday)."""
        return cls.containing(today - dt.timedelta(days=7))

    @property
    def monday(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.number, 1)

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.monday, dt.time())

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(days=7)

    def __str__(self) -> str:
        return f"{self.year}-W{self.number:02d}"


@dataclass(frozen=True)
class ItemLine:
    item_id: str
    name: str
    trial: bool  # an item on trial (试运行) is counted apart from the active ones
    outcomes: Mapping[str, int]

    @property
    def total(self) -> int:
        return sum(self.outcomes.values())

    @property
    def completed(self) -> int:
        return self.outcomes.get("completed", 0)


@dataclass(frozen=True)
class FaultLine:
    source: str
    category: str
    code: str
    severity: str
    opened_at: str
    resolved_at: str | None

    def hours(self, until: dt.datetime) -> float:
        end = dt.datetime.fromisoformat(self.resolved_at) if self.resolved_at else until
        return max(0.0, (end - dt.datetime.fromisoformat(self.opened_at)).total_seconds() / 3600)


@dataclass(frozen=True)
class Consumables:
    receipts: int  # service results on a thermal receipt
    fee_receipts: int  # a fee receipt beside a paid A4 certificate
    refund_receipts: int
    a4_sheets: int
    out_of_paper: int  # 缺纸 faults opened this week
    media: Mapping[str, str]  # last known media state per device at the end of the week

    @property
    def all_receipts(self) -> int:
        return self.receipts + self.fee_receipts + self.refund_receipts


@dataclass(frozen=True)
class Ratings:
    levels: Mapping[int, int]
    skipped: int  # the citizen chose not to rate
    unrated: int  # transactions of the week with no rating at all (left before the end)
    followups_new: int
    followups_open: int  # open at the end of the week
    followups_overdue: int  # of those, past their due date at the end of the week


@dataclass(frozen=True)
class PaymentLine:
    state: str
    count: int
    fen: int


@dataclass(frozen=True)
class WeeklyReport:
    site_name: str
    site_address: str
    kiosk_id: str
    week: Week
    generated_at: dt.datetime
    items: Sequence[ItemLine]
    faults: Sequence[FaultLine]
    consumables: Consumables
    ratings: Ratings
    assisted: Sequence[tuple[str, int]]  # staff number, transactions assisted
    help_requests: int
    payments: Sequence[PaymentLine]
    outcome_columns: Sequence[str] = field(default_factory=tuple)

    @property
    def transactions(self) -> int:
        return sum(line.total for line in self.items)

    @property
    def completed(self) -> int:
        return sum(line.completed for line in self.items)


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

    faults = [
        FaultLine(*row)
        for row in q(
            "SELECT source, category, code, severity, at, resolved_at FROM faults"
            " WHERE at < ? AND (resolved_at IS NULL OR resolved_at >= ?) ORDER BY at, id",
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
    )


# -- rendering ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    title: str
    header: list[str]
    rows: list[list[str]]
    codes: frozenset[int] = frozenset()  # columns of codes: in the CSV, not on paper


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def _time(iso: str | None) -> str:
    return iso.replace("T", " ")[:16] if iso else "未排除"


def _tables(report: WeeklyReport) -> list[Table]:
    """The report as plain tables, shared by the CSV and the PDF."""
    r = report
    summary = [
        ["点位", r.site_name],
        ["地址", r.site_address],
        ["终端编号", r.kiosk_id],
        ["统计周", str(r.week)],
        ["统计时段", f"{r.week.monday} 至 {r.week.monday + dt.timedelta(days=6)}"],
        ["生成时间", r.generated_at.isoformat(sep=" ")],
        ["办件总量", str(r.transactions)],
        ["其中办结", str(r.completed)],
        ["故障数", str(len(r.faults))],
        ["呼叫帮助次数", str(r.help_requests)],
    ]
    other = [o for o in r.outcome_columns if o != "completed"]
    item_rows = [
        [
            line.name,
            line.item_id,
            "试运行" if line.trial else "正式",
            str(line.total),
            str(line.completed),
            str(line.total - line.completed),
            *(str(line.outcomes.get(o, 0)) for o in other),
        ]
        for line in r.items
    ]
    for trial in (False, True):
        lines = [line for line in r.items if line.trial is trial]
        if lines:
            item_rows.append(
                [
                    "试运行事项小计" if trial else "正式事项小计",
                    "",
                    "",
                    str(sum(x.total for x in lines)),
                    str(sum(x.completed for x in lines)),
                    str(sum(x.total - x.completed for x in lines)),
                    *(str(sum(x.outcomes.get(o, 0) for x in lines)) for o in other),
                ]
            )
    fault_rows = [
        [
            DEVICES.get(f.source, f.source),
            CATEGORIES.get(f.category, f.category),
            FAULT_NAMES.get(f.code, f.code),
            f.code,
            SEVERITIES.get(f.severity, f.severity),
            _time(f.opened_at),
            _time(f.resolved_at),
            f"{f.hours(min(r.week.end, r.generated_at)):.1f}",
        ]
        for f in r.faults
    ]
    c = r.consumables
    consumable_rows = [
        ["热敏凭条（办件结果）", "张", str(c.receipts)],
        ["热敏凭条（缴费凭证）", "张", str(c.fee_receipts)],
        ["热敏凭条（退款凭证）", "张", str(c.refund_receipts)],
        ["热敏凭条合计", "张", str(c.all_receipts)],
        ["A4纸（证明）", "张", str(c.a4_sheets)],
        ["缺纸故障", "次", str(c.out_of_paper)],
        *([f"周末耗材状态：{DEVICES.get(d, d)}", "", MEDIA.get(m, m)] for d, m in c.media.items()),
    ]
    g = r.ratings
    rating_rows = [
        *(
            [f"{name}（{level}）", str(g.levels.get(level, 0))]
            for level, name in RATING_LEVELS.items()
        ),
        ["跳过评价", str(g.skipped)],
        ["未评价（未到评价环节）", str(g.unrated)],
        ["本周新增差评回访", str(g.followups_new)],
        ["差评回访未办结（周末）", str(g.followups_open)],
        ["其中已超期", str(g.followups_overdue)],
    ]
    assisted_rows = [[staff, str(n)] for staff, n in r.assisted] or [["（无）", "0"]]
    payment_rows = [
        [PAYMENT_STATES.get(p.state, p.state), p.state, str(p.count), _yuan(p.fen)]
        for p in r.payments
    ]
    outcome_header = [OUTCOMES.get(o, o) for o in other]
    fault_header = [
        "设备",
        "故障大类",
        "故障分类",
        "故障代码",
        "级别",
        "发生时间",
        "排除时间",
        "时长（小时）",
    ]
    return [
        Table("概况", ["项目", "内容"], summary),
        Table(
            "一、办件量（按事项）",
            ["事项", "事项编码", "状态", "办件量", "办结", "未办结", *outcome_header],
            item_rows,
            frozenset({1}),
        ),
        Table("二、故障清单（附录A分类）", fault_header, fault_rows, frozenset({3})),
        Table("三、耗材监测", ["耗材", "单位", "数量"], consumable_rows),
        Table("四、好差评", ["评价", "数量"], rating_rows),
        Table("五、帮办代办（按工号）", ["工号", "协助办件数"], assisted_rows),
        Table("六、缴费", ["状态", "状态代码", "笔数", "金额（元）"], payment_rows, frozenset({1})),
    ]


def report_csv(report: WeeklyReport) -> bytes:
    """One CSV file with titled sections, UTF-8 with a BOM so Excel reads the Chinese."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([f"自助终端每周运行数据 {report.week}"])
    for table in _tables(report):
        writer.writerow([])
        writer.writerow([f"[{table.title}]"])
        writer.writerow(table.header)
        writer.writerows(table.rows)
    return out.getvalue().encode("utf-8-sig")


def _cell(text: str, first: bool) -> str:
    numeric = not first and text.replace(".", "", 1).isdigit()
    return f"<td{' align=right' if numeric else ''}>{html.escape(text)}</td>"


def report_html(report: WeeklyReport) -> str:
    """The tables as the rich text QTextDocument lays out (codes left to the CSV)."""
    parts = [
        "<h2 align=center>自助终端每周运行数据</h2>",
        f"<p align=center>{html.escape(report.site_name)} · {html.escape(report.kiosk_id)} · "
        f"{report.week}（{report.week.monday} 至 {report.week.monday + dt.timedelta(days=6)}）</p>",
    ]
    for table in _tables(report):
        keep = [i for i in range(len(table.header)) if i not in table.codes]
        parts.append(f"<h3>{html.escape(table.title)}</h3>")
        if not table.rows:
            parts.append("<p>（无）</p>")
            continue
        head = "".join(f"<th bgcolor='#e8e8e8'>{html.escape(table.header[i])}</th>" for i in keep)
        body = "".join(
            "<tr>" + "".join(_cell(row[i], i == 0) for i in keep if i < len(row)) + "</tr>"
            for row in table.rows
        )
        parts.append(
            "<table border=1 cellspacing=0 cellpadding=3 width='100%'>"
            f"<thead><tr>{head}</tr></thead>{body}</table>"
        )
    parts.append(
        f"<p><small>生成时间 {report.generated_at.isoformat(sep=' ')} · 本报表仅含统计数字，"
        "不含任何办事群众信息。</small></p>"
    )
    return "".join(parts)


def report_pdf(report: WeeklyReport) -> bytes:
    """A printable A4 PDF of the same tables, in memory (QtGui only; needs a QGuiApplication)."""
    from PySide6.QtGui import QFont, QPdfWriter, QTextDocument

    from kiosk_app.documents import a4_pdf

    def draw(writer: QPdfWriter) -> None:
        document = QTextDocument()
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPointSizeF(9)
        document.setDefaultFont(font)
        document.setHtml(report_html(report))
        document.print_(writer)

    return a4_pdf(f"自助终端每周运行数据 {report.kiosk_id} {report.week}", 15, draw)


def _ensure_gui() -> None:
    """QTextDocument needs a QGuiApplication; the command line makes an offscreen one."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a PDF needs no screen
        _GUI.append(QGuiApplication(sys.argv[:1]))


_GUI: list[object] = []


def write_report(report: WeeklyReport, csv_path: Path | None, pdf_path: Path | None) -> None:
    """Write the CSV and/or the PDF, each file whole or not at all."""
    outputs: list[tuple[Path, bytes]] = []
    if csv_path is not None:
        outputs.append((csv_path, report_csv(report)))
    if pdf_path is not None:
        outputs.append((pdf_path, report_pdf(report)))
    for path, data in outputs:
        partial = path.with_name(f".{path.name}.partial")
        try:
            partial.write_bytes(data)
            os.replace(partial, path)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise ReportError(f"{path}: cannot be written: {error.strerror or error}") from None


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
