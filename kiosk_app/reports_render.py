"""The weekly report as tables, rendered to CSV (UTF-8 with a BOM) and to an A4 PDF
(QtGui only: QTextDocument and QPdfWriter, which need a QGuiApplication)."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from kiosk_app.reports_model import (
    CATEGORIES,
    CHECKLISTS,
    CHECKS,
    CONSUMABLES,
    DEVICES,
    FAULT_NAMES,
    HANDLING,
    MEDIA,
    OUTCOMES,
    PAYMENT_STATES,
    RATING_LEVELS,
    SEVERITIES,
    WEEKDAYS,
    ReportError,
    WeeklyReport,
)

FONT_FAMILIES = ["DejaVu Sans", "Noto Sans CJK SC"]  # Latin and digits stay searchable text


@dataclass(frozen=True)
class Table:
    title: str
    header: list[str]
    rows: list[list[str]]
    codes: frozenset[int] = frozenset()  # columns of codes: in the CSV, not on paper


_MOMENT = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d$")


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
        ["每日检查", str(sum(i.kind == "daily" for i in r.upkeep.inspections))],
        ["未做每日检查天数", str(len(r.upkeep.missing_daily))],
        ["两周巡检", str(sum(i.kind == "biweekly" for i in r.upkeep.inspections))],
        ["上次两周巡检", _time(r.upkeep.last_biweekly) if r.upkeep.last_biweekly else "无记录"],
        ["两周巡检逾期", "是" if r.upkeep.biweekly_overdue else "否"],
        ["耗材更换", str(len(r.upkeep.refills))],
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
            HANDLING.get(f.handling, f.handling) or "未记录",
            f.staff_no,
            "人工录入" if f.manual else "自动检测",
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
        "处理方式",
        "工号",
        "来源",
    ]
    return [
        Table("概况", ["项目", "内容"], summary),
        Table(
            "一、办件量（按事项）",
            ["事项", "事项编码", "状态", "办件量", "办结", "未办结", *outcome_header],
            item_rows,
            frozenset({1}),
        ),
        Table("二、故障清单（附录A分类）", fault_header, fault_rows, frozenset({3, 10})),
        Table("三、耗材监测", ["耗材", "单位", "数量"], consumable_rows),
        Table("四、好差评", ["评价", "数量"], rating_rows),
        Table("五、帮办代办（按工号）", ["工号", "协助办件数"], assisted_rows),
        Table("六、缴费", ["状态", "状态代码", "笔数", "金额（元）"], payment_rows, frozenset({1})),
        *upkeep_tables(report),
    ]


def upkeep_tables(report: WeeklyReport) -> list[Table]:
    """Inspections done (and days without a daily check) and refills: staff numbers only."""
    u = report.upkeep
    inspection_rows = [
        [
            _time(i.at),
            CHECKLISTS.get(i.kind, i.kind),
            i.staff_no,
            "异常：" + "、".join(CHECKS.get(c, c) for c in i.failed) if i.failed else "正常",
        ]
        for i in u.inspections
    ]
    missing_rows = [[day.isoformat(), f"星期{WEEKDAYS[day.weekday()]}"] for day in u.missing_daily]
    refill_rows = [
        [_time(x.at), CONSUMABLES.get(x.consumable, x.consumable), x.consumable, x.staff_no]
        for x in u.refills
    ]
    return [
        Table("七、巡检记录", ["时间", "类型", "工号", "结果"], inspection_rows),
        Table("八、未做每日检查的日期", ["日期", "星期"], missing_rows),
        Table("九、耗材更换", ["时间", "耗材", "耗材代码", "工号"], refill_rows, frozenset({2})),
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
    whole = len(text) <= 4 or _MOMENT.match(text)  # a time or a short word on one line
    keep = " style='white-space:nowrap'" if whole else ""
    return f"<td{' align=right' if numeric else ''}{keep}>{html.escape(text)}</td>"


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
