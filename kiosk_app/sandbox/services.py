"""The sandbox platform's queries and certificates for many departments, table-driven.

Each Service is a path and a function (answers.py) from a citizen's record to a JSON-ready
answer; the server serves every one of them through one handler (SandboxPlatform._service), so
adding a service here needs no new server code, and openapi.yaml documents each path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from kiosk_app.sandbox.answers import (
    ISSUE,
    BadField,
    assistance,
    card_status,
    deposit_certificate,
    household_certificate,
    income_tax_record,
    insurance_certificate,
    loan,
    marriage_record,
    medical_account,
    medical_enrolment,
    ownership,
    pension_payments,
    residence_permit,
    tax_certificate,
    traffic,
)
from kiosk_app.sandbox.records import CitizenRecord

Builder = Callable[[CitizenRecord, dt.date, Mapping[str, Any]], dict[str, Any] | None]


@dataclass(frozen=True)
class Service:
    path: str
    summary: str  # for openapi.yaml
    build: Builder
    document_prefix: str = ""  # set for certificates


_ALL = (
    Service("/api/v1/social-insurance/card-status", "Social security card status", card_status),
    Service("/api/v1/social-insurance/pension-payments", "Pension payments", pension_payments),
    Service(
        "/api/v1/social-insurance/certificate",
        "Social insurance certificate (参保证明)",
        insurance_certificate,
        "SBZM",
    ),
    Service(
        "/api/v1/medical-insurance/enrolment", "Medical insurance enrolment", medical_enrolment
    ),
    Service("/api/v1/medical-insurance/account", "Medical personal account", medical_account),
    Service(
        "/api/v1/provident-fund/deposit-certificate",
        "Provident fund deposit certificate (缴存证明)",
        deposit_certificate,
        "GJJZM",
    ),
    Service("/api/v1/provident-fund/loan", "Provident fund loan", loan),
    Service("/api/v1/real-estate/ownership", "Property ownership (screen only)", ownership),
    Service(
        "/api/v1/tax/payment-certificate",
        "Income tax payment certificate (完税证明)",
        tax_certificate,
        "WSZM",
    ),
    Service("/api/v1/tax/income-tax-record", "Income tax record", income_tax_record),
    Service("/api/v1/civil-affairs/marriage-record", "Marriage registrations", marriage_record),
    Service("/api/v1/civil-affairs/assistance", "Social assistance and allowances", assistance),
    Service(
        "/api/v1/household/certificate",
        "Household registration certificate (户籍证明)",
        household_certificate,
        "HJZM",
    ),
    Service("/api/v1/household/residence-permit", "Residence permit progress", residence_permit),
    Service("/api/v1/traffic/violations", "Driving licence and traffic offences", traffic),
)

SERVICES: Mapping[str, Service] = MappingProxyType({s.path: s for s in _ALL})

__all__ = ["ISSUE", "SERVICES", "BadField", "Service"]
