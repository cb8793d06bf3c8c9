"""What the sandbox platform knows about the training citizens (all fake, see training_cards).

Records are fixed data; only dates follow the sandbox clock, so a demo or a test always shows
"the last 12 months" whatever day it runs. Answers are built here as JSON-ready dicts so the
server only routes, validates and serialises.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType

from devices.simulated.training_cards import training_card
from kiosk_app.sandbox.facts import Facts, facts_for

CENT = Decimal("0.01")
HOUSING_ISSUER = "培训市不动产登记中心（测试）"


@dataclass(frozen=True)
class Enrolment:
    """One insurance the citizen is enrolled in."""

    insurance: str
    status: str  # 参保缴费 / 暂停 / 退休领取
    since: dt.date


@dataclass(frozen=True)
class SocialInsurance:
    """Enrolments plus the monthly contribution that the platform reports."""

    employer: str
    enrolments: tuple[Enrolment, ...]
    base: Decimal | None  # None: contributes nothing any more (retired)
    personal_rate: Decimal = Decimal("0.08")
    employer_rate: Decimal = Decimal("0.16")
    unpaid_recent_months: int = 0  # the newest months shown as 未缴, for a realistic table


@dataclass(frozen=True)
class Property:
    """A registered dwelling: its existence is what refuses a no-housing proof."""

    address: str
    area_m2: Decimal
    certificate_no: str  # 不动产权证书号, marked （测试）
    registered: dt.date
    use: str = "住宅"


@dataclass(frozen=True)
class ProvidentFund:
    """A housing provident-fund account; the number is only ever shown masked."""

    account_last4: str
    status: str
    balance: Decimal
    monthly_deposit: Decimal
    employer: str
    deposit_day: int = 15


@dataclass(frozen=True)
class CitizenRecord:
    """Everything one citizen has on the platform."""

    id_number: str
    name: str
    social_insurance: SocialInsurance | None
    properties: tuple[Property, ...]
    provident_fund: ProvidentFund | None
    facts: Facts = field(default_factory=Facts)  # the other departments (facts.py)


def _record(
    id_number: str,
    social_insurance: SocialInsurance | None,
    properties: tuple[Property, ...],
    provident_fund: ProvidentFund | None,
) -> CitizenRecord:
    # The name comes from the training card so the two fakes can never disagree.
    return CitizenRecord(
        id_number,
        training_card(id_number).name,
        social_insurance,
        properties,
        provident_fund,
        facts_for(id_number),
    )


_EMPLOYER_JIA = "培训市示例科技有限公司（测试）"
_EMPLOYER_YI = "培训市示例医院（测试）"
_EMPLOYER_BING = "培训市示例机械厂（测试）"

RECORDS: Mapping[str, CitizenRecord] = MappingProxyType(
    {
        r.id_number: r
        for r in (
            # 测试甲: everything, owns no housing.
            _record(
                "11010519491231002X",
                SocialInsurance(
                    employer=_EMPLOYER_JIA,
                    enrolments=(
                        Enrolment("城镇职工基本养老保险", "参保缴费", dt.date(2005, 7, 1)),
                        Enrolment("城镇职工基本医疗保险", "参保缴费", dt.date(2005, 7, 1)),
                        Enrolment("失业保险", "参保缴费", dt.date(2005, 7, 1)),
                        Enrolment("工伤保险", "参保缴费", dt.date(2005, 7, 1)),
                        Enrolment("生育保险", "暂停", dt.date(2005, 7, 1)),
                    ),
                    base=Decimal("8000.00"),
                ),
                (),
                ProvidentFund(
                    account_last4="1234",
                    status="正常",
                    balance=Decimal("23456.78"),
                    monthly_deposit=Decimal("1600.00"),
                    employer=_EMPLOYER_JIA,
                ),
            ),
            # 测试乙: owns a flat, so the no-housing proof is refused.
            _record(
                "110105198506150049",
                SocialInsurance(
                    employer=_EMPLOYER_YI,
                    enrolments=(
                        Enrolment("城镇职工基本养老保险", "参保缴费", dt.date(2008, 9, 1)),
                        Enrolment("城镇职工基本医疗保险", "参保缴费", dt.date(2008, 9, 1)),
                        Enrolment("失业保险", "参保缴费", dt.date(2008, 9, 1)),
                    ),
                    base=Decimal("6500.00"),
                    unpaid_recent_months=1,
                ),
                (
                    Property(
                        "演示省培训市示例区培训路88号3单元501室",
                        Decimal("89.50"),
                        certificate_no="X京(2019)培训市不动产权第0000001号（测试）",
                        registered=dt.date(2019, 6, 18),
                    ),
                ),
                ProvidentFund(
                    account_last4="5678",
                    status="正常",
                    balance=Decimal("8765.40"),
                    monthly_deposit=Decimal("980.00"),
                    employer=_EMPLOYER_YI,
                    deposit_day=10,
                ),
            ),
            # 测试丙: retired, owns no housing, never had a provident-fund account.
            _record(
                "110105195203080035",
                SocialInsurance(
                    employer=_EMPLOYER_BING,
                    enrolments=(
                        Enrolment("城镇职工基本养老保险", "退休领取", dt.date(1975, 3, 1)),
                    ),
                    base=None,
                ),
                (),
                None,
            ),
            # 测试丁 is deliberately absent: unknown to the platform.
        )
    }
)


def find_citizen(id_number: str) -> CitizenRecord | None:
    return RECORDS.get(id_number)


# Mobile numbers on record, for the SMS code (clearly fake: 139 0000 + the card's last digits).
# 测试丙 has none, so the kiosk must offer him another way (assisted service).
_PHONES = {
    "11010519491231002X": "13900000002",
    "110105198506150049": "13900000049",
}


def phone_on_record(id_number: str) -> str | None:
    return _PHONES.get(id_number)


def money(amount: Decimal) -> str:
    """Amounts travel as strings with two decimals so no float ever rounds a citizen's money."""
    return str(amount.quantize(CENT, rounding=ROUND_HALF_UP))


def mask_id(id_number: str) -> str:
    return id_number[:4] + "*" * (len(id_number) - 8) + id_number[-4:]


def chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


def recent_months(today: dt.date, count: int = 12) -> list[tuple[int, int]]:
    """The `count` complete months before `today`'s month, newest first."""
    year, month = today.year, today.month
    months: list[tuple[int, int]] = []
    for _ in range(count):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        months.append((year, month))
    return months


def social_insurance_answer(record: CitizenRecord, today: dt.date) -> dict[str, object] | None:
    """The /social-insurance/record answer, or None if the citizen was never insured."""
    si = record.social_insurance
    if si is None:
        return None
    contributions: list[dict[str, object]] = []
    if si.base is not None:
        for index, (year, month) in enumerate(recent_months(today)):
            contributions.append(
                {
                    "month": f"{year:04d}-{month:02d}",
                    "base": money(si.base),
                    "personal": money(si.base * si.personal_rate),
                    "employer": money(si.base * si.employer_rate),
                    "status": "未缴" if index < si.unpaid_recent_months else "已缴",
                }
            )
    return {
        "insured_name": record.name,
        "enrolments": [
            {"insurance": e.insurance, "status": e.status, "since": e.since.isoformat()}
            for e in si.enrolments
        ],
        "employer": si.employer,
        "contributions": contributions,
    }


def provident_fund_answer(record: CitizenRecord, today: dt.date) -> dict[str, object] | None:
    """The /provident-fund/account answer, or None if the citizen has no account."""
    pf = record.provident_fund
    if pf is None:
        return None
    return {
        "account": "****" + pf.account_last4,
        "status": pf.status,
        "balance": money(pf.balance),
        "monthly_deposit": money(pf.monthly_deposit),
        "employer": pf.employer,
        "deposits": [
            {
                "date": dt.date(year, month, pf.deposit_day).isoformat(),
                "amount": money(pf.monthly_deposit),
                "kind": "汇缴",
            }
            for year, month in recent_months(today)
        ],
    }


def housing_statement(record: CitizenRecord, today: dt.date) -> str:
    """The sentence printed on the proof, or on the refusal when the citizen owns housing."""
    who = f"{record.name}（身份证号 {mask_id(record.id_number)}）"
    if record.properties:
        return (
            f"经查询，截至{chinese_date(today)}，{who}名下有登记住房，不能出具无房证明。"
            "如有异议请到不动产登记窗口核实。"
        )
    return f"经查询，截至{chinese_date(today)}，{who}在本市范围内无登记住房。"


def register_extract(record: CitizenRecord, today: dt.date) -> dict[str, object]:
    """The body of a 不动产登记信息查询结果 (register extract): statement, properties, issuer."""
    who = f"{record.name}（身份证号 {mask_id(record.id_number)}）"
    count = len(record.properties)
    holding = f"名下登记的不动产共 {count} 处。" if count else "名下无登记的不动产。"
    return {
        "statement": f"经查询，截至{chinese_date(today)}，{who}{holding}",
        "properties": [
            {
                "location": p.address,
                "area_m2": money(p.area_m2),
                "use": p.use,
                "registered": p.registered.isoformat(),
                "certificate_no": p.certificate_no,
            }
            for p in record.properties
        ],
        "issuer": HOUSING_ISSUER,
    }
