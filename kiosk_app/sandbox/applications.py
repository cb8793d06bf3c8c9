"""Applications (申请类事项) on the sandbox platform: a signed application PDF comes in, a case
number (受理编号) goes out, and the case can be followed by that number.

The platform keeps what it receives (a real one files it for the department); the kiosk keeps
nothing. Submitting twice for one transaction gives the same case: the kiosk's client retries.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

KEEP_PDFS = 50  # the newest applications keep their PDF (tests and demos read it)
MAX_APPLICATION_BYTES = 8 * 1024 * 1024  # request body: a PDF with a few scanned pages
PREFIX = "/api/v1/applications/"
CASES = "/api/v1/cases"
MY_CASES = "/api/v1/cases/by-citizen"  # POST: the cases of the citizen on the card
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
_PHONE = re.compile(r"^1[3-9]\d{9}$")


@dataclass(frozen=True)
class Kind:
    """One kind of application: who handles it, what it needs, how long it takes."""

    prefix: str  # of the case number
    department: str
    form: tuple[str, ...]  # form fields that must be present
    needs_pages: bool  # at least one scanned material
    answer_within: str
    days: int  # working days until decided (for the status timeline)


KINDS: Mapping[str, Kind] = {
    "flexible-employment-insurance": Kind(
        "SBDJ",
        "培训市社会保险事业管理中心（测试）",
        ("start_month", "grade", "phone"),
        False,
        "5个工作日内办结，结果短信通知",
        5,
    ),
    "provident-fund-withdrawal": Kind(
        "GJJTQ",
        "培训市住房公积金管理中心（测试）",
        ("reason", "amount", "phone"),
        True,
        "3个工作日内审核，审核通过后转入本人银行卡",
        3,
    ),
    "minimum-living-allowance": Kind(
        "DBSQ",
        "培训市示例区民政局（测试）",
        ("household_size", "phone"),
        True,
        "30日内入户调查并公示，结果书面通知",
        30,
    ),
}

KIND_NAMES = {
    "flexible-employment-insurance": "灵活就业人员参保登记",
    "provident-fund-withdrawal": "公积金提取申请",
    "minimum-living-allowance": "最低生活保障申请",
}
# Training: 测试甲 applied two days ago, so following a case can be tried at once.
SEEDED = (("11010519491231002X", "provident-fund-withdrawal", dt.timedelta(days=2)),)

STATUS_TEXT = {
    "received": "已受理，等待审核",
    "reviewing": "审核中",
    "approved": "已办结（准予）",
}


class Refused(Exception):
    """The application cannot be accepted: status, code and fixed text (never the data)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _decode_pdf(body: Mapping[str, Any]) -> bytes:
    raw = body.get("application_pdf")
    if not isinstance(raw, str) or not raw:
        raise Refused(400, "bad_request", "field 'application_pdf' is missing")
    try:
        pdf = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        raise Refused(400, "bad_request", "field 'application_pdf' is not base64") from None
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
        raise Refused(400, "bad_request", "field 'application_pdf' is not a PDF")
    return pdf


def _check_form(kind: Kind, body: Mapping[str, Any]) -> dict[str, str]:
    form = body.get("form")
    if not isinstance(form, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and len(v) <= 500 for k, v in form.items()
    ):
        raise Refused(400, "bad_request", "field 'form' must be an object of strings")
    missing = [name for name in kind.form if not str(form.get(name, "")).strip()]
    if missing:
        raise Refused(400, "bad_request", f"form field '{missing[0]}' is missing")
    if "phone" in form and not _PHONE.fullmatch(form["phone"]):
        raise Refused(400, "bad_request", "form field 'phone' is not a mobile number")
    return dict(form)


class ApplicationDesk:
    """Receives applications and answers for their cases; thread-safe."""

    def __init__(self, now: Callable[[], dt.datetime], base_url: Callable[[], str]) -> None:
        self._now = now
        self._base_url = base_url
        self._lock = threading.Lock()
        self._serial: dict[str, int] = {}
        self._by_transaction: dict[str, dict[str, Any]] = {}
        self.received: list[dict[str, Any]] = []  # what a department would file; tests read it
        self._seeded: list[dict[str, Any]] | None = None  # made on first use, by the clock

    def submit(self, kind_name: str, id_number: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """Accept one application of this citizen (already checked by the caller)."""
        kind = KINDS.get(kind_name)
        if kind is None:
            raise Refused(404, "unknown_route", "no such application")
        transaction_id = str(body.get("transaction_id", ""))
        signed_at = body.get("signed_at")
        if not isinstance(signed_at, str) or not _DATE_TIME.fullmatch(signed_at):
            raise Refused(400, "bad_request", "field 'signed_at' must be YYYY-MM-DD HH:MM:SS")
        form = _check_form(kind, body)
        pages = body.get("pages", 0)
        if isinstance(pages, bool) or not isinstance(pages, int) or not 0 <= pages <= 50:
            raise Refused(400, "bad_request", "field 'pages' must be a whole number 0-50")
        if kind.needs_pages and pages < 1:
            raise Refused(400, "bad_request", "this application needs scanned materials")
        pdf = _decode_pdf(body)
        with self._lock:
            earlier = self._by_transaction.get(transaction_id)
            if earlier is not None:  # a retried submission: the same case, never a second
                return self._answer(earlier)
            now = self._now()
            serial = self._serial.get(kind.prefix, 0) + 1
            self._serial[kind.prefix] = serial
            case = {
                "case_number": f"{kind.prefix}-{now.year:04d}-{serial:06d}",
                "kind": kind_name,
                "department": kind.department,
                "received_at": now.isoformat(timespec="seconds"),
                "decide_by": (now + dt.timedelta(days=kind.days)).date().isoformat(),
                "answer_within": kind.answer_within,
                "transaction_id": transaction_id,
                "id_number": id_number,
                "item_id": str(body.get("item_id", "")),
                "form": form,
                "pages": pages,
                "signed_at": signed_at,
                "pdf": pdf,
            }
            self._by_transaction[transaction_id] = case
            self.received.append(case)
            for old in self.received[:-KEEP_PDFS]:  # a sandbox running for weeks stays small
                old["pdf"] = b""
            return self._answer(case)

    def _status(self, case: Mapping[str, Any]) -> str:
        received = dt.datetime.fromisoformat(str(case["received_at"]))
        age = self._now() - received
        if age >= dt.timedelta(days=int(KINDS[str(case["kind"])].days)):
            return "approved"
        return "reviewing" if age >= dt.timedelta(hours=1) else "received"

    def _answer(self, case: Mapping[str, Any]) -> dict[str, Any]:
        status = self._status(case)
        number = str(case["case_number"])
        return {
            "case_number": number,
            "status": status,
            "status_text": STATUS_TEXT[status],
            "department": case["department"],
            "received_at": case["received_at"],
            "received": str(case["received_at"])[:16].replace("T", " "),  # for people
            "decide_by": case["decide_by"],
            "answer_within": case["answer_within"],
            "statement": f"您的申请已受理，受理编号 {number}。可在自助终端“办件进度查询”、"
            "政务服务网或拨打12345凭受理编号查询办理进度。",
            "follow_url": f"{self._base_url()}{CASES}/{number}",
        }

    def _all_locked(self) -> list[dict[str, Any]]:
        if self._seeded is None:
            now = self._now()
            self._seeded = []
            for index, (id_number, kind_name, age) in enumerate(SEEDED, start=1):
                kind = KINDS[kind_name]
                received = now - age
                self._seeded.append(
                    {
                        "case_number": f"{kind.prefix}-{received.year:04d}-{900000 + index}",
                        "kind": kind_name,
                        "department": kind.department,
                        "received_at": received.isoformat(timespec="seconds"),
                        "decide_by": (received + dt.timedelta(days=kind.days)).date().isoformat(),
                        "answer_within": kind.answer_within,
                        "id_number": id_number,
                    }
                )
        return [*self._seeded, *self.received]

    def cases_of(self, id_number: str) -> dict[str, Any]:
        """The citizen's cases, newest first, for the kiosk's 办件进度查询."""
        with self._lock:
            mine = [c for c in self._all_locked() if c["id_number"] == id_number]
            rows = [
                {
                    "case_number": c["case_number"],
                    "item": KIND_NAMES[str(c["kind"])],
                    "status_text": STATUS_TEXT[self._status(c)],
                    "received_at": str(c["received_at"])[:10],
                    "decide_by": c["decide_by"],
                }
                for c in sorted(mine, key=lambda c: str(c["received_at"]), reverse=True)
            ]
        statement = (
            f"您共有 {len(rows)} 件申请，办理进度如下。"
            if rows
            else "您目前没有通过自助终端提交的申请。"
        )
        return {"statement": statement, "count": len(rows), "cases": rows}

    def case(self, case_number: str) -> dict[str, Any]:
        """Where a case is: no citizen data in the answer, so the number alone may ask."""
        with self._lock:
            for case in self._all_locked():
                if case["case_number"] == case_number:
                    return self._answer(case)
        raise Refused(404, "case_not_found", "no case with this number")
