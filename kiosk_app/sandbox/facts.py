"""More of what the sandbox platform knows about the training citizens: the records behind the
table-driven services (kiosk_app/sandbox/services.py) of many departments.

All fake, like records.py. Dates of recent events are kept as "months ago" or "days ago" so the
answers follow the sandbox clock; dates in the past (a wedding, a card issued) are fixed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

BANK = "培训银行示例支行（测试）"
MARRIAGE_REGISTRY = "培训市示例区民政局婚姻登记处（测试）"


@dataclass(frozen=True)
class SocialSecurityCard:
    last4: str
    status: str  # 正常使用 / 临时挂失
    generation: str
    issued: dt.date
    bank_function: str  # 已激活 / 未激活


@dataclass(frozen=True)
class Pension:
    monthly: Decimal
    retired_on: dt.date


@dataclass(frozen=True)
class Spending:
    months_ago: int
    day: int
    place: str
    kind: str
    amount: Decimal


@dataclass(frozen=True)
class MedicalInsurance:
    scheme: str
    category: str  # 在职职工 / 退休人员
    status: str
    since: dt.date
    balance: Decimal
    credited_this_year: Decimal
    spending: tuple[Spending, ...]


@dataclass(frozen=True)
class ProvidentFundLoan:
    principal: Decimal
    outstanding: Decimal
    monthly_principal: Decimal
    monthly_interest: Decimal
    term: str
    repayment_day: int


@dataclass(frozen=True)
class IncomeTax:
    monthly_income: Decimal
    monthly_tax: Decimal  # withheld each month by the employer (扣缴义务人)


@dataclass(frozen=True)
class Assistance:
    benefit: str
    monthly: Decimal
    since: dt.date


@dataclass(frozen=True)
class ResidencePermit:
    application_number: str
    applied_days_ago: int
    pickup: str


@dataclass(frozen=True)
class Violation:
    months_ago: int
    day: int
    place: str
    offence: str
    points: int
    fine: Decimal


@dataclass(frozen=True)
class DrivingLicence:
    licence_class: str
    valid_until: dt.date
    violations: tuple[Violation, ...] = ()


@dataclass(frozen=True)
class Facts:
    """One citizen's records in the other departments; None means "has none"."""

    card: SocialSecurityCard | None = None
    pension: Pension | None = None
    medical: MedicalInsurance | None = None
    loan: ProvidentFundLoan | None = None
    income_tax: IncomeTax | None = None
    marriages: tuple[tuple[str, dt.date, str], ...] = ()  # (kind, date, registry)
    assistance: Assistance | None = None
    local_household: bool = True  # False: registered in another province (needs a permit)
    household_type: str = "非农业家庭户"
    residence_permit: ResidencePermit | None = None
    licence: DrivingLicence | None = None


_PHARMACY = "培训市示例大药房（测试）"
_HOSPITAL = "培训市示例人民医院（测试）"
_CLINIC = "示例街道社区卫生服务中心（测试）"

FACTS: Mapping[str, Facts] = MappingProxyType(
    {
        # 测试甲: working, insured, married, a driver with one unsettled offence.
        "11010519491231002X": Facts(
            card=SocialSecurityCard(
                "3021", "正常使用", "第三代社保卡", dt.date(2021, 3, 15), "已激活"
            ),
            medical=MedicalInsurance(
                "职工基本医疗保险",
                "在职职工",
                "参保缴费",
                dt.date(2005, 7, 1),
                Decimal("3456.70"),
                Decimal("2560.00"),
                (
                    Spending(0, 3, _PHARMACY, "药店购药", Decimal("86.50")),
                    Spending(1, 17, _HOSPITAL, "门诊", Decimal("243.20")),
                    Spending(2, 9, _PHARMACY, "药店购药", Decimal("45.00")),
                    Spending(4, 21, _CLINIC, "门诊", Decimal("32.80")),
                    Spending(6, 2, _HOSPITAL, "门诊", Decimal("512.60")),
                ),
            ),
            income_tax=IncomeTax(Decimal("9500.00"), Decimal("109.80")),
            marriages=(("结婚登记", dt.date(1975, 5, 1), MARRIAGE_REGISTRY),),
            licence=DrivingLicence(
                "C1",
                dt.date(2030, 6, 30),
                (
                    Violation(
                        1,
                        12,
                        "培训市示例区培训路与示范街交叉口（测试）",
                        "机动车违反禁止标线指示",
                        3,
                        Decimal("200.00"),
                    ),
                ),
            ),
        ),
        # 测试乙: owns a flat bought with a provident-fund loan; registered in another
        # province, so she lives here on a residence permit that is being made.
        "110105198506150049": Facts(
            card=SocialSecurityCard(
                "7788", "正常使用", "第三代社保卡", dt.date(2022, 8, 1), "已激活"
            ),
            medical=MedicalInsurance(
                "职工基本医疗保险",
                "在职职工",
                "参保缴费",
                dt.date(2008, 9, 1),
                Decimal("1288.35"),
                Decimal("1716.00"),
                (
                    Spending(1, 5, _PHARMACY, "药店购药", Decimal("68.00")),
                    Spending(3, 26, _HOSPITAL, "门诊", Decimal("156.40")),
                ),
            ),
            loan=ProvidentFundLoan(
                Decimal("600000.00"),
                Decimal("412345.67"),
                Decimal("2117.34"),
                Decimal("1065.23"),
                "30年（360期）",
                20,
            ),
            income_tax=IncomeTax(Decimal("7800.00"), Decimal("63.53")),
            marriages=(("结婚登记", dt.date(2012, 10, 8), MARRIAGE_REGISTRY),),
            local_household=False,
            residence_permit=ResidencePermit(
                "JZZ-2026-000123", 10, "培训市公安局示例分局培训路派出所（测试）"
            ),
            licence=DrivingLicence("C1", dt.date(2032, 9, 30)),
        ),
        # 测试丙: retired on a pension, lost his card, an elderly-care allowance, an expired
        # driving licence, no income tax (the basic pension is exempt).
        "110105195203080035": Facts(
            card=SocialSecurityCard(
                "5120", "临时挂失", "第二代社保卡", dt.date(2012, 5, 20), "已激活"
            ),
            pension=Pension(Decimal("3856.20"), dt.date(2012, 4, 1)),
            medical=MedicalInsurance(
                "职工基本医疗保险",
                "退休人员",
                "享受待遇（退休无需缴费）",
                dt.date(2001, 1, 1),
                Decimal("5210.40"),
                Decimal("2400.00"),
                tuple(
                    Spending(m, 8, _PHARMACY if m % 2 else _CLINIC, kind, Decimal(amount))
                    for m, kind, amount in (
                        (0, "门诊", "58.30"),
                        (1, "药店购药", "126.00"),
                        (2, "门诊", "74.50"),
                        (3, "药店购药", "126.00"),
                        (4, "门诊", "61.20"),
                        (5, "药店购药", "126.00"),
                    )
                ),
            ),
            marriages=(("结婚登记", dt.date(1978, 11, 20), "培训市示例县民政局（测试）"),),
            assistance=Assistance("居家养老服务补贴", Decimal("100.00"), dt.date(2022, 4, 1)),
            licence=DrivingLicence("C1", dt.date(2026, 3, 8)),
        ),
    }
)


def facts_for(id_number: str) -> Facts:
    return FACTS.get(id_number, Facts())
