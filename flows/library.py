"""The step library: every item is built from these step types, and only these."""

from __future__ import annotations

from flows.authenticate_step import AuthenticateStep
from flows.pay_step import PayStep
from flows.scan_step import ScanStep
from flows.sign_step import SignStep
from flows.steps import (
    FormStep,
    NoticeStep,
    PrintStep,
    QueryStep,
    RateStep,
    ResultStep,
    Step,
)

STEP_TYPES: dict[str, type[Step]] = {
    "notice": NoticeStep,
    "authenticate": AuthenticateStep,
    "form": FormStep,
    "pay": PayStep,
    "query": QueryStep,
    "result": ResultStep,
    "print": PrintStep,
    "rate": RateStep,
    "scan": ScanStep,
    "sign": SignStep,
}
