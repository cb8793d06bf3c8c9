"""The applications' side of the platform: one case per transaction whatever the retries,
refusals that echo no citizen data, and a case followed by its number as days pass."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from tests.conftest import CITIZEN, HOMEOWNER


def test_the_same_transaction_sent_twice_is_one_case(kiosk: Any) -> None:
    """The client retries on gateway errors: the platform must not open a second case."""
    import base64

    pdf = b"%PDF-1.4\n%%EOF\n"
    body = {
        "id_number": HOMEOWNER,
        "name": "测试乙",
        "kiosk_id": "K",
        "transaction_id": "T-TWICE",
        "form": {"start_month": "next", "grade": "60", "phone": "13800138000"},
        "signed_at": "2026-11-24 10:00:00",
        "application_pdf": base64.b64encode(pdf).decode(),
    }
    url = f"{kiosk.sandbox.base_url}/api/v1/applications/flexible-employment-insurance"
    first = requests.post(url, json=body, timeout=5).json()
    second = requests.post(url, json=body, timeout=5).json()
    assert first["case_number"] == second["case_number"]
    assert len(kiosk.sandbox.applications.received) == 1
    for broken in ({"application_pdf": "not base64!"}, {"signed_at": "yesterday"}, {"form": {}}):
        answer = requests.post(url, json=body | broken | {"transaction_id": "T-X"}, timeout=5)
        assert answer.status_code == 400
        assert HOMEOWNER not in answer.text and "测试乙" not in answer.text
    missing = requests.get(f"{kiosk.sandbox.base_url}/api/v1/cases/SBDJ-1999-000009", timeout=5)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "case_not_found"


def test_a_case_is_followed_from_received_to_decided() -> None:
    """The platform client follows a case by its number as the days pass on the platform."""
    import base64
    import datetime as dt

    from kiosk_app.platform_client import PlatformClient, PlatformError
    from kiosk_app.sandbox import SandboxPlatform

    now = [dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))]
    with SandboxPlatform(clock=lambda: now[0]) as platform:
        client = PlatformClient(platform.base_url, "KIOSK-T")
        answer = client.call(
            "/api/v1/applications/provident-fund-withdrawal",
            {
                "id_number": CITIZEN,
                "name": "测试甲",
                "transaction_id": "T-FOLLOW",
                "form": {"reason": "rent", "amount": "800", "phone": "13900139000"},
                "pages": 1,
                "signed_at": "2026-11-24 09:00:00",
                "application_pdf": base64.b64encode(b"%PDF-1.4\n%%EOF\n").decode(),
            },
        )
        case = str(answer["case_number"])
        assert case == "GJJTQ-2026-000001" and answer["decide_by"] == "2026-11-27"
        assert client.case_status(case)["status"] == "received"
        now[0] += dt.timedelta(hours=2)
        assert client.case_status(case)["status_text"] == "审核中"
        now[0] += dt.timedelta(days=3)
        assert client.case_status(case)["status"] == "approved"
        assert CITIZEN not in str(client.case_status(case))  # the number alone asks: no data
        with pytest.raises(PlatformError) as raised:
            client.case_status("GJJTQ-2026-999999")
        assert raised.value.kind == "not_found"
        client.close()
