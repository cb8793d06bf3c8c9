"""What the weekly report and remote inspection are made of: the names the report prints
(Appendix A fault names among them), the ISO week, the read-only store, and the report's
records. Counts and codes only: nothing here can hold citizen data."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

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
    # Not in table A.1: std 9.3 asks that unused ports stay sealed; a new USB device is news.
    "unexpected_usb_device": "未封存的接口接入了外部设备",
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
HANDLING = {"remote": "远程处理", "assisted": "协助处理", "on_site": "现场处理"}
CHECKLISTS = {"daily": "每日检查", "biweekly": "两周巡检"}
CONSUMABLES = {"receipt_paper": "凭条纸", "a4_paper": "A4纸", "toner": "硒鼓/墨粉"}
CHECKS = {  # the inspection checklists' items (kiosk_app/maintenance.py CHECKLISTS)
    "power": "电源",
    "network": "网络通信",
    "paper": "打印纸",
    "toner": "墨盒/硒鼓",
    "clean_outside": "外部清洁",
    "clean_inside": "内部清洁",
    "mechanical": "机械故障",
    "no_jam": "卡纸",
    "signage": "指示标识",
    "screen": "显示器",
    "scanner": "扫描器",
    "camera": "摄像头",
    "fingerprint": "指纹仪",
    "card_reader": "读卡器",
    "printer": "打印机",
    "consumables": "打印耗材",
    "client": "客户端跳转",
}
WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")
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
    handling: str = ""  # std 8.3: remote, assisted, on_site; "" while nobody said
    staff_no: str = ""  # the operator who entered or resolved it
    manual: bool = False  # entered by hand on the maintenance screen

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
class InspectionLine:
    at: str
    kind: str  # daily, biweekly
    staff_no: str
    failed: tuple[str, ...]  # the checks answered "not normal"


@dataclass(frozen=True)
class RefillLine:
    at: str
    consumable: str  # receipt_paper, a4_paper, toner
    staff_no: str


@dataclass(frozen=True)
class Upkeep:
    """The week's inspections (巡检), the days with no daily check, and the refills."""

    inspections: Sequence[InspectionLine] = ()
    missing_daily: Sequence[dt.date] = ()  # days of the week, up to yesterday, not checked
    refills: Sequence[RefillLine] = ()
    last_biweekly: str | None = None  # the newest two-weekly inspection by the week's end
    biweekly_overdue: bool = False  # none in the 14 days before the week's end (or now)


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
    upkeep: Upkeep = field(default_factory=Upkeep)

    @property
    def transactions(self) -> int:
        return sum(line.total for line in self.items)

    @property
    def completed(self) -> int:
        return sum(line.completed for line in self.items)
