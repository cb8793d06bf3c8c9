"""What the sandbox platform answers for its many departments' queries and certificates: one
function per service, from a citizen's record (records.py, facts.py) to a JSON-ready dict.

A known citizen who has nothing of the kind gets an answer whose `statement` says why (the kiosk
shows it and offers no certificate); a function returns None only for "no such record" (404
not_found). An answer carrying ISSUE gets a document number and verification code from the
server: a certificate the kiosk can print on A4. services.py lists them with their paths.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from kiosk_app.sandbox.facts import BANK
from kiosk_app.sandbox.records import (
    CitizenRecord,
    chinese_date,
    mask_id,
    money,
    recent_months,
    register_extract,
)

ISSUE = "_issue"  # popped by the server, which then adds document_number, verify_url...
SI_ISSUER = "培训市社会保险事业管理中心（测试）"
PF_ISSUER = "培训市住房公积金管理中心（测试）"
TAX_ISSUER = "国家税务总局培训市示例区税务局（测试）"
POLICE_ISSUER = "培训市公安局示例分局（测试）"
TAX_PERIODS = ("last_year", "this_year")
PURPOSES = {"school": "子女入学", "employment": "就业", "travel": "出国（境）", "other": "其他"}

Answer = dict[str, Any]


class BadField(ValueError):
    """A request field the service cannot use (400); the message names the field only."""


def _who(record: CitizenRecord) -> str:
    return f"{record.name}（身份证号 {mask_id(record.id_number)}）"


def _as_of(today: dt.date) -> str:
    return f"经查询，截至{chinese_date(today)}，"


def _month_day(today: dt.date, months_ago: int, day: int) -> dt.date:
    year, month = today.year, today.month - months_ago
    while month < 1:
        year, month = year - 1, month + 12
    candidate = dt.date(year, month, day)
    return candidate if candidate <= today else _month_day(today, months_ago + 1, day)


# -- 人力社保 ---------------------------------------------------------------------------------


def card_status(record: CitizenRecord, today: dt.date, body: Mapping[str, Any]) -> Answer | None:
    card = record.facts.card
    if card is None:
        return None
    if card.status == "正常使用":
        statement = "您的社保卡可以正常使用。"
    else:
        statement = (
            f"您的社保卡已{card.status}。请携带身份证到社保窗口或合作银行网点解除挂失或补换卡。"
        )
    return {
        "statement": statement,
        "card_status": card.status,
        "card_number": "****" + card.last4,
        "generation": card.generation,
        "issued": card.issued.isoformat(),
        "bank": BANK,
        "bank_function": card.bank_function,
    }


def pension_payments(record: CitizenRecord, today: dt.date, body: Mapping[str, Any]) -> Answer:
    pension = record.facts.pension
    if pension is None:
        return {"statement": "您尚未办理退休，没有基本养老金发放记录。", "payments": []}
    return {
        "statement": f"{_as_of(today)}您按月领取基本养老金，待遇正常发放。",
        "pension_status": "正常发放",
        "monthly_amount": money(pension.monthly),
        "retired_on": pension.retired_on.isoformat(),
        "bank": BANK,
        "payments": [
            {"month": f"{y:04d}-{m:02d}", "amount": money(pension.monthly), "status": "已发放"}
            for y, m in recent_months(today)
        ],
    }


def insurance_certificate(
    record: CitizenRecord, today: dt.date, body: Mapping[str, Any]
) -> Answer | None:
    si = record.social_insurance
    if si is None:
        return None
    first = min(e.since for e in si.enrolments)
    pension = record.facts.pension
    end = pension.retired_on if si.base is None and pension is not None else today
    months = (end.year - first.year) * 12 + end.month - first.month - si.unpaid_recent_months
    kinds = "、".join(e.insurance for e in si.enrolments)
    owing = f"，最近{si.unpaid_recent_months}个月尚未缴费" if si.unpaid_recent_months else ""
    return {
        ISSUE: True,
        "statement": (
            f"兹证明{_who(record)}在本市参加{kinds}，参保单位为{si.employer}，"
            f"自{first.year}年{first.month:02d}月起累计缴费{months}个月{owing}。"
            f"截至{chinese_date(today)}，参保状态：{si.enrolments[0].status}。"
        ),
        "months_paid": months,
        "issuer": SI_ISSUER,
    }


# -- 医疗保障 ---------------------------------------------------------------------------------


def medical_enrolment(
    record: CitizenRecord, today: dt.date, body: Mapping[str, Any]
) -> Answer | None:
    medical = record.facts.medical
    if medical is None:
        return None
    si = record.social_insurance
    return {
        "scheme": medical.scheme,
        "category": medical.category,
        "status": medical.status,
        "since": medical.since.isoformat(),
        "area": "培训市本级",
        "employer": si.employer if si is not None else "",
    }


def medical_account(
    record: CitizenRecord, today: dt.date, body: Mapping[str, Any]
) -> Answer | None:
    medical = record.facts.medical
    if medical is None:
        return None
    this_year = [(_month_day(today, s.months_ago, s.day), s) for s in medical.spending]
    spent = sum((s.amount for day, s in this_year if day.year == today.year), Decimal(0))
    return {
        "balance": money(medical.balance),
        "credited_this_year": money(medical.credited_this_year),
        "spent_this_year": money(spent),
        "spending": [
            {"date": day.isoformat(), "place": s.place, "kind": s.kind, "amount": money(s.amount)}
            for day, s in this_year
        ],
    }


# -- 住房公积金 -------------------------------------------------------------------------------

_NO_PF = "经查询，您在本市没有住房公积金账户"


def deposit_certificate(record: CitizenRecord, today: dt.date, body: Mapping[str, Any]) -> Answer:
    pf = record.provident_fund
    if pf is None:
        return {"statement": f"{_NO_PF}，不能出具缴存证明。"}
    si = record.social_insurance
    since = min(e.since for e in si.enrolments) if si is not None else today
    return {
        ISSUE: True,
        "statement": (
            f"兹证明{_who(record)}自{since.year}年{since.month:02d}月起在{pf.employer}"
            f"缴存住房公积金，月缴存额{money(pf.monthly_deposit)}元。"
            f"截至{chinese_date(today)}，账户状态{pf.status}，账户余额{money(pf.balance)}元。"
        ),
        "deposited_since": f"{since.year}-{since.month:02d}",
        "issuer": PF_ISSUER,
    }


def loan(record: CitizenRecord, today: dt.date, body: Mapping[str, Any]) -> Answer:
    facts_loan = record.facts.loan
    if facts_loan is None:
        if record.provident_fund is None:
            return {"statement": f"{_NO_PF}，也没有住房公积金贷款。", "repayments": []}
        return {"statement": "经查询，您没有住房公积金贷款。", "repayments": []}
    monthly = facts_loan.monthly_principal + facts_loan.monthly_interest
    day = facts_loan.repayment_day
    due = today.replace(day=day)
    if today.day >= day:
        due = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=day)
    return {
        "statement": f"{_as_of(today)}您的住房公积金贷款按期还款，没有逾期。",
        "loan_status": "正常还款",
        "principal": money(facts_loan.principal),
        "outstanding": money(facts_loan.outstanding),
        "monthly_repayment": money(monthly),
        "term": facts_loan.term,
        "next_due": due.isoformat(),
        "repayments": [
            {
                "date": dt.date(y, m, facts_loan.repayment_day).isoformat(),
                "principal": money(facts_loan.monthly_principal),
                "interest": money(facts_loan.monthly_interest),
                "status": "已还",
            }
            for y, m in recent_months(today, 6)
        ],
    }


# -- 住房不动产 -------------------------------------------------------------------------------


def ownership(record: CitizenRecord, today: dt.date, body: Mapping[str, Any]) -> Answer:
    extract = register_extract(record, today)
    properties = extract["properties"]
    assert isinstance(properties, list)
    return {
        "statement": extract["statement"],
        "count": len(properties),
        "properties": [{**p, "share": "单独所有"} for p in properties],
    }


# -- 税务 -------------------------------------------------------------------------------------


def _tax_months(today: dt.date, period: str) -> list[tuple[int, int]]:
    if period == "last_year":
        return [(today.year - 1, m) for m in range(12, 0, -1)]
    return [(today.year, m) for m in range(today.month - 1, 0, -1)]


def tax_certificate(record: CitizenRecord, today: dt.date, body: Mapping[str, Any]) -> Answer:
    period = body.get("period")
    if period not in TAX_PERIODS:
        raise BadField("field 'period' must be last_year or this_year")
    months = _tax_months(today, str(period))
    if months:
        first, last = months[-1], months[0]
        end = (dt.date(last[0] + last[1] // 12, last[1] % 12 + 1, 1)) - dt.timedelta(days=1)
        span = f"{first[0]}年{first[1]:02d}月01日至{chinese_date(end)}"
    else:
        span = f"{today.year}年（尚无已结束的月份）"
    tax = record.facts.income_tax
    if tax is None or not months:
        return {
            "statement": f"经查询，{span}期间您没有已入库的个人所得税，不能开具完税证明。",
            "period": span,
        }
    total = tax.monthly_tax * len(months)
    return {
        ISSUE: True,
        "statement": (
            f"兹证明{_who(record)}在{span}期间缴纳个人所得税（工资薪金所得）"
            f"共计{money(total)}元，已全部入库。"
        ),
        "period": span,
        "total_tax": money(total),
        "issuer": TAX_ISSUER,
    }


def income_tax_record(record: CitizenRecord, today: dt.date, body: Mapping[str, Any]) -> Answer:
    tax = record.facts.income_tax
    if tax is None:
        statement = "经查询，近12个月您没有个人所得税申报记录（基本养老金免征个人所得税）。"
        return {"statement": statement, "months": []}
    si = record.social_insurance
    agent = si.employer if si is not None else ""
    months = recent_months(today)
    return {
        "statement": f"{_as_of(today)}近12个月由扣缴义务人申报的工资薪金所得如下。",
        "total_income": money(tax.monthly_income * len(months)),
        "total_tax": money(tax.monthly_tax * len(months)),
        "months": [
            {
                "month": f"{y:04d}-{m:02d}",
                "income": money(tax.monthly_income),
                "tax": money(tax.monthly_tax),
                "agent": agent,
            }
            for y, m in months
        ],
    }


# -- 民政 -------------------------------------------------------------------------------------


def marriage_record(record: CitizenRecord, today: dt.date, body: Mapping[str, Any]) -> Answer:
    marriages = record.facts.marriages
    statement = (
        "以下为本省婚姻登记记录，仅供本人查阅；如需证明请到婚姻登记处办理。"
        if marriages
        else "经查询，本省没有您的婚姻登记记录。"
    )
    return {
        "statement": statement,
        "count": len(marriages),
        "registrations": [
            {"kind": kind, "date": day.isoformat(), "registry": registry}
            for kind, day, registry in marriages
        ],
    }


def assistance(record: CitizenRecord, today: dt.date, body: Mapping[str, Any]) -> Answer:
    help_ = record.facts.assistance
    if help_ is None:
        return {
            "statement": (
                "经查询，您目前没有享受低保、特困供养、临时救助或养老服务补贴。"
                "如生活困难，可向户籍所在地乡镇（街道）申请。"
            ),
            "payments": [],
        }
    return {
        "statement": f"{_as_of(today)}您正在享受{help_.benefit}，按月发放。",
        "benefit": help_.benefit,
        "benefit_status": "正在享受",
        "monthly_amount": money(help_.monthly),
        "since": f"{help_.since.year}-{help_.since.month:02d}",
        "payments": [
            {"month": f"{y:04d}-{m:02d}", "amount": money(help_.monthly), "status": "已发放"}
            for y, m in recent_months(today, 6)
        ],
    }


# -- 公安户政 / 交管 --------------------------------------------------------------------------


def household_certificate(record: CitizenRecord, today: dt.date, body: Mapping[str, Any]) -> Answer:
    purpose = body.get("purpose")
    if purpose not in PURPOSES:
        raise BadField("field 'purpose' is not a known purpose")
    if not record.facts.local_household:
        return {
            "statement": (
                "经查询，您的户籍不在本市，不能在本机出具户籍证明。"
                "请到户籍所在地公安机关办理，或在本市办理居住证。"
            )
        }
    return {
        ISSUE: True,
        "statement": (
            f"兹证明{_who(record)}户籍登记在本市，户口类别：{record.facts.household_type}。"
            f"本证明用于：{PURPOSES[str(purpose)]}。"
        ),
        "household_type": record.facts.household_type,
        "issuer": POLICE_ISSUER,
    }


def residence_permit(record: CitizenRecord, today: dt.date, body: Mapping[str, Any]) -> Answer:
    permit = record.facts.residence_permit
    if permit is None:
        statement = (
            "您是本市户籍居民，无需办理居住证。"
            if record.facts.local_household
            else "经查询，您没有居住证申领记录。"
        )
        return {"statement": statement, "history": []}
    applied = today - dt.timedelta(days=permit.applied_days_ago)
    office = "培训市公安局示例分局（测试）"
    history = [
        (applied, "受理", permit.pickup),
        (applied + dt.timedelta(days=3), "审核通过", office),
        (applied + dt.timedelta(days=7), "制证中", "培训市公安局制证中心（测试）"),
    ]
    return {
        "statement": "您的居住证正在制作，制成后将短信通知您到领取地点领取。",
        "application_number": permit.application_number,
        "progress": history[-1][1],
        "pickup": permit.pickup,
        "history": [{"date": d.isoformat(), "step": s, "office": o} for d, s, o in history],
    }


def traffic(record: CitizenRecord, today: dt.date, body: Mapping[str, Any]) -> Answer | None:
    licence = record.facts.licence
    if licence is None:
        return None
    expired = licence.valid_until < today
    violations = licence.violations
    if expired:
        statement = "您的驾驶证已超过有效期，请尽快到车辆管理所换证；超过有效期一年以上的将被注销。"
    elif violations:
        statement = f"您有{len(violations)}起交通违法未处理，请到交管窗口或交管12123处理。"
    else:
        statement = "您没有未处理的交通违法记录。"
    return {
        "statement": statement,
        "licence_status": "超过有效期" if expired else "正常",
        "licence_class": licence.licence_class,
        "valid_until": licence.valid_until.isoformat(),
        "points": sum(v.points for v in violations),
        "unprocessed": len(violations),
        "violations": [
            {
                "date": _month_day(today, v.months_ago, v.day).isoformat(),
                "place": v.place,
                "offence": v.offence,
                "points": v.points,
                "fine": money(v.fine),
            }
            for v in violations
        ],
    }
