"""The sandbox platform's table-driven services over real HTTP: every one answers each training
citizen sensibly, certificates verify, and bad form values are refused without echoing them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from devices.simulated.training_cards import TRAINING_CARDS
from kiosk_app.sandbox.server import SandboxPlatform
from kiosk_app.sandbox.services import SERVICES

NOW = dt.datetime(2026, 5, 20, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
JIA, YI, BING, DING = TRAINING_CARDS
FORM = {"period": "last_year", "purpose": "employment"}
MONEY = re.compile(r"^\d+\.\d{2}$")


@pytest.fixture(scope="module")
def platform() -> Iterator[SandboxPlatform]:
    with SandboxPlatform(clock=lambda: NOW) as sandbox:
        yield sandbox


def ask(platform: SandboxPlatform, path: str, card: Any, **form: str) -> requests.Response:
    body = {
        "id_number": card.id_number,
        "name": card.name,
        "kiosk_id": "K1",
        "transaction_id": "T1",
        **FORM,
        **form,
    }
    return requests.post(platform.base_url + path, json=body, timeout=5)


@pytest.mark.parametrize("path", sorted(SERVICES))
def test_each_service_answers_every_training_citizen(platform: SandboxPlatform, path: str) -> None:
    for card in (JIA, YI, BING):
        answer = ask(platform, path, card)
        assert answer.status_code == 200, (card.name, answer.text)
        body = answer.json()
        assert card.id_number not in answer.text  # only ever masked
        certificate = SERVICES[path].document_prefix
        if certificate and "document_number" in body:
            assert body["document_number"].startswith(certificate + "-2026-")
            verified = requests.get(body["verify_url"], timeout=5).json()
            assert verified["valid"] is True
        elif certificate:  # refused: the reason, and nothing a kiosk could print as proof
            assert body["statement"] and "verify_url" not in body
    unknown = ask(platform, path, DING)
    assert unknown.status_code == 404
    assert unknown.json()["error"]["code"] == "citizen_not_found"


def test_refusals_say_why(platform: SandboxPlatform) -> None:
    def statement(path: str, card: Any) -> str:
        return str(ask(platform, path, card).json()["statement"])

    assert "户籍不在本市" in statement("/api/v1/household/certificate", YI)
    assert "不能出具缴存证明" in statement("/api/v1/provident-fund/deposit-certificate", BING)
    assert "不能开具完税证明" in statement("/api/v1/tax/payment-certificate", BING)
    assert "尚未办理退休" in statement("/api/v1/social-insurance/pension-payments", JIA)
    assert "无需办理居住证" in statement("/api/v1/household/residence-permit", JIA)


def test_amounts_are_strings_with_two_decimals_and_dates_follow_the_clock(
    platform: SandboxPlatform,
) -> None:
    pension = ask(platform, "/api/v1/social-insurance/pension-payments", BING).json()
    assert MONEY.match(pension["monthly_amount"])
    assert [p["month"] for p in pension["payments"]][:2] == ["2026-04", "2026-03"]
    loan = ask(platform, "/api/v1/provident-fund/loan", YI).json()
    assert loan["next_due"] == "2026-05-20" or loan["next_due"] == "2026-06-20"
    assert all(MONEY.match(r["principal"]) for r in loan["repayments"])
    tax = ask(platform, "/api/v1/tax/payment-certificate", JIA).json()
    assert "2025年01月01日至2025年12月31日" in tax["statement"]
    this_year = ask(platform, "/api/v1/tax/payment-certificate", JIA, period="this_year").json()
    assert "2026年01月01日至2026年04月30日" in this_year["statement"]
    spending = ask(platform, "/api/v1/medical-insurance/account", JIA).json()["spending"]
    assert all(row["date"] <= "2026-05-20" for row in spending)


@pytest.mark.parametrize(
    ("path", "field"),
    [("/api/v1/tax/payment-certificate", "period"), ("/api/v1/household/certificate", "purpose")],
)
def test_a_bad_form_value_is_400_without_echo(
    platform: SandboxPlatform, path: str, field: str
) -> None:
    answer = ask(platform, path, JIA, **{field: "<script>x"})
    assert answer.status_code == 400
    assert field in answer.json()["error"]["message"] and "<script>" not in answer.text
