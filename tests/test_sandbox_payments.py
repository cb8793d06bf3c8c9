"""The sandbox's simulated payment provider and the paid register extract, over real HTTP.

Money is checked on the provider's ledger: an order is charged at most once, refunded at most
once, and an expired or closed order can never be paid.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import yaml

from devices.simulated.training_cards import TRAINING_CARDS
from kiosk_app.platform_client import PlatformClient, PlatformError
from kiosk_app.sandbox import SandboxPlatform
from kiosk_app.sandbox.payments import PaymentError
from tests.test_sandbox_platform import SPEC_PATH, check_answer

NOW = dt.datetime(2026, 2, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
JIA, YI, BING, DING = (card.id_number for card in TRAINING_CARDS)
NAMES = {card.id_number: card.name for card in TRAINING_CARDS}
ORDERS = "/api/v1/payments/orders"
EXTRACT = "/api/v1/real-estate/register-extract"
KIOSK = "KIOSK-TEST-01"
WECHAT_CODE = "134567890123456789"  # 18 digits, starts 13
ALIPAY_CODE = "2845678901234567"  # 16 digits, starts 28


class Clock:
    """The sandbox's clock, moved by hand: expiry and auto-approval without sleeping."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def platform(clock: Clock) -> Iterator[SandboxPlatform]:
    with SandboxPlatform(clock=clock) as sandbox:
        yield sandbox


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        session.trust_env = False
        yield session


@pytest.fixture
def client(platform: SandboxPlatform) -> Iterator[PlatformClient]:
    with PlatformClient(
        platform.base_url, KIOSK, connect_timeout_s=1.0, read_timeout_s=2.0
    ) as platform_client:
        yield platform_client


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def order_body(key: str = "K-1", transaction_id: str = "T-1", **override: object) -> dict[str, Any]:
    return {
        "idempotency_key": key,
        "transaction_id": transaction_id,
        "item_id": "real_estate_register_extract",
        "amount_fen": 500,
        "payee": "培训市不动产登记中心（测试）",
        "reason": "不动产登记信息查询证明工本费",
        "kiosk_id": KIOSK,
    } | override


class Api:
    """Small helpers over one session, so each test reads as what the kiosk does."""

    def __init__(self, platform: SandboxPlatform, http: requests.Session) -> None:
        self.base = platform.base_url
        self.http = http

    def post(self, path: str, body: object) -> requests.Response:
        return self.http.post(self.base + path, json=body, timeout=5)

    def get(self, path: str) -> requests.Response:
        return self.http.get(self.base + path, timeout=5)

    def create(self, key: str = "K-1", transaction_id: str = "T-1", **kw: object) -> Any:
        response = self.post(ORDERS, order_body(key, transaction_id, **kw))
        assert response.status_code == 201, response.text
        return response.json()

    def order(self, order_id: str) -> Any:
        response = self.get(f"{ORDERS}/{order_id}")
        assert response.status_code == 200
        return response.json()

    def outcome(self, order_id: str, outcome: str) -> requests.Response:
        return self.post(f"/_sandbox/payments/{order_id}", {"outcome": outcome})

    def pay_code(self, order_id: str, code: object = WECHAT_CODE) -> requests.Response:
        return self.post(f"{ORDERS}/{order_id}/pay-code", {"auth_code": code, "kiosk_id": KIOSK})

    def refund(self, order_id: str) -> requests.Response:
        return self.post(f"{ORDERS}/{order_id}/refund", {"reason": "未出证", "kiosk_id": KIOSK})

    def close(self, order_id: str) -> requests.Response:
        return self.post(f"{ORDERS}/{order_id}/close", {"kiosk_id": KIOSK})

    def extract(self, id_number: str, transaction_id: str, order_id: str | None) -> Any:
        body: dict[str, object] = {
            "id_number": id_number,
            "name": NAMES[id_number],
            "kiosk_id": KIOSK,
            "transaction_id": transaction_id,
        }
        if order_id is not None:
            body["order_id"] = order_id
        return self.post(EXTRACT, body)


@pytest.fixture
def api(platform: SandboxPlatform, http: requests.Session) -> Api:
    return Api(platform, http)


def error_code(response: requests.Response) -> str:
    code: str = response.json()["error"]["code"]
    return code


# -- creating and finding orders ---------------------------------------------------------------


def test_create_is_idempotent(
    platform: SandboxPlatform, api: Api, spec: dict[str, Any], http: requests.Session
) -> None:
    first = api.post(ORDERS, order_body())
    again = api.post(ORDERS, order_body(reason="重发"))  # same key, amount and item: a retry
    assert (first.status_code, again.status_code) == (201, 200)
    check_answer(spec, "POST", ORDERS, first)
    check_answer(spec, "POST", ORDERS, again)
    order = first.json()
    assert again.json() == order
    assert re.fullmatch(r"PAY[0-9]{12}", order["order_id"])
    assert order | {"order_id": "x", "qr_payload": "x"} == {
        "order_id": "x",
        "idempotency_key": "K-1",
        "transaction_id": "T-1",
        "item_id": "real_estate_register_extract",
        "amount_fen": 500,
        "payee": "培训市不动产登记中心（测试）",
        "reason": "不动产登记信息查询证明工本费",
        "status": "pending",
        "created_at": "2026-02-10T09:30:00+08:00",
        "expires_at": "2026-02-10T09:32:00+08:00",
        "paid_at": None,
        "refunded_at": None,
        "method": "",
        "qr_payload": "x",
    }
    assert order["qr_payload"] == f"{platform.base_url}/pay/{order['order_id']}"
    assert [o["order_id"] for o in platform.payments.orders()] == [order["order_id"]]
    other = api.create("K-2")
    assert other["order_id"] != order["order_id"]
    found = api.get(f"{ORDERS}?idempotency_key=K-1")
    assert found.status_code == 200 and found.json() == order
    check_answer(spec, "GET", ORDERS, found)
    got = api.get(f"{ORDERS}/{order['order_id']}")
    check_answer(spec, "GET", ORDERS + "/{order_id}", got)
    assert got.json() == order


@pytest.mark.parametrize(
    "change", [{"amount_fen": 501}, {"item_id": "other"}, {"transaction_id": "T-2"}]
)
def test_same_key_for_another_order_is_a_conflict(
    platform: SandboxPlatform, api: Api, change: dict[str, object]
) -> None:
    api.create()
    response = api.post(ORDERS, order_body() | change)
    assert response.status_code == 409
    assert error_code(response) == "idempotency_conflict"
    assert len(platform.payments.orders()) == 1


def test_concurrent_creates_with_one_key_make_one_order(
    platform: SandboxPlatform, api: Api
) -> None:
    statuses: list[int] = []

    def create() -> None:
        with requests.Session() as session:
            session.trust_env = False
            response = session.post(api.base + ORDERS, json=order_body(), timeout=5)
            statuses.append(response.status_code)

    threads = [threading.Thread(target=create) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [200] * 7 + [201]
    assert len(platform.payments.orders()) == 1


@pytest.mark.parametrize(
    "bad",
    [
        {"amount_fen": 0},
        {"amount_fen": -5},
        {"amount_fen": 1_000_001},
        {"amount_fen": True},
        {"amount_fen": "500"},
        {"amount_fen": 5.0},
        {"payee": ""},
        {"reason": None},
        {"kiosk_id": 1},
        {"idempotency_key": ""},
        {"idempotency_key": "has space"},
        {"idempotency_key": "x" * 65},
        {"id_number": JIA},  # citizen data is never part of a payment
        {"name": "测试甲"},
    ],
)
def test_bad_create_is_400_and_makes_nothing(
    platform: SandboxPlatform, api: Api, bad: dict[str, object]
) -> None:
    response = api.post(ORDERS, order_body() | bad)
    assert response.status_code == 400
    assert error_code(response) == "bad_request"
    assert JIA not in response.text and "测试" not in response.text
    assert platform.payments.orders() == []


def test_largest_amount_is_accepted(api: Api) -> None:
    assert api.create(amount_fen=1_000_000)["amount_fen"] == 1_000_000


def test_unknown_orders(api: Api) -> None:
    for path in (f"{ORDERS}/PAY000000000000", f"{ORDERS}/nonsense", f"{ORDERS}?idempotency_key=N"):
        response = api.get(path)
        assert response.status_code == 404 and error_code(response) == "order_not_found"
    for path in ("close", "refund", "pay-code"):
        response = api.post(f"{ORDERS}/PAY000000000000/{path}", {"reason": "x"})
        assert response.status_code in (400, 404)
    assert api.close("PAY000000000000").status_code == 404
    missing = api.get(ORDERS)
    assert missing.status_code == 400 and error_code(missing) == "bad_request"


# -- paying by QR code (the sandbox stands in for the citizen's phone) -------------------------


def test_approve_by_phone_then_get_shows_paid(
    platform: SandboxPlatform, api: Api, spec: dict[str, Any], clock: Clock
) -> None:
    order = api.create()
    clock.advance(30)
    response = api.outcome(order["order_id"], "approve")
    assert response.status_code == 200
    check_answer(spec, "POST", "/_sandbox/payments/{order_id}", response)
    paid = api.order(order["order_id"])
    assert (paid["status"], paid["method"], paid["paid_at"]) == (
        "paid",
        "qr",
        "2026-02-10T09:30:30+08:00",
    )
    assert platform.payments.charged_fen("T-1") == 500
    again = api.outcome(order["order_id"], "approve")
    assert again.status_code == 409 and error_code(again) == "order_not_pending"
    check_answer(spec, "POST", "/_sandbox/payments/{order_id}", again)
    assert again.json()["order"]["status"] == "paid"
    assert [e["kind"] for e in platform.payments.ledger()] == ["charge"]
    assert api.outcome(order["order_id"], "maybe").status_code == 400


def test_decline_takes_nothing(platform: SandboxPlatform, api: Api) -> None:
    order = api.create()
    platform.payments.decline(order["order_id"])
    assert api.order(order["order_id"])["status"] == "declined"
    assert platform.payments.charged_fen("T-1") == 0
    closed = api.close(order["order_id"])  # declined stays declined
    assert closed.status_code == 200 and closed.json()["status"] == "declined"
    with pytest.raises(PaymentError):
        platform.payments.approve(order["order_id"])
    assert platform.payments.ledger() == []


def test_expiry_closes_and_nothing_can_pay_it(
    platform: SandboxPlatform, api: Api, clock: Clock
) -> None:
    answer = api.post("/_sandbox/payments", {"order_ttl_s": 5})
    assert answer.json() == {"next_outcome": None, "auto_approve_after_s": None, "order_ttl_s": 5}
    order = api.create()
    assert order["expires_at"] == "2026-02-10T09:30:05+08:00"
    clock.advance(4.9)
    assert api.order(order["order_id"])["status"] == "pending"
    clock.advance(0.1)
    assert api.order(order["order_id"])["status"] == "closed"
    assert api.outcome(order["order_id"], "approve").status_code == 409
    late = api.pay_code(order["order_id"])
    assert late.status_code == 409 and late.json()["order"]["status"] == "closed"
    assert api.post(ORDERS, order_body()).json()["status"] == "closed"  # a retry sees it closed
    assert platform.payments.charged_fen("T-1") == 0 and platform.payments.ledger() == []


def test_expiry_with_the_real_clock() -> None:
    with SandboxPlatform() as sandbox, requests.Session() as session:
        session.trust_env = False
        sandbox.payments.set_defaults(order_ttl_s=0.2)
        order = session.post(sandbox.base_url + ORDERS, json=order_body(), timeout=5).json()
        time.sleep(0.3)
        url = f"{sandbox.base_url}{ORDERS}/{order['order_id']}"
        assert session.get(url, timeout=5).json()["status"] == "closed"


def test_auto_approve_for_the_demo(platform: SandboxPlatform, api: Api, clock: Clock) -> None:
    platform.payments.set_defaults(auto_approve_after_s=3)
    order = api.create()
    assert api.order(order["order_id"])["status"] == "pending"
    clock.advance(3)
    paid = api.order(order["order_id"])
    assert (paid["status"], paid["method"]) == ("paid", "qr")
    assert paid["paid_at"] == "2026-02-10T09:30:03+08:00"
    assert platform.payments.charged_fen("T-1") == 500
    platform.payments.set_defaults(auto_approve_after_s=10, order_ttl_s=5)  # expires first
    late = api.create("K-2", "T-2")
    clock.advance(20)
    assert api.order(late["order_id"])["status"] == "closed"
    assert platform.payments.charged_fen("T-2") == 0


def test_sandbox_defaults_control(
    platform: SandboxPlatform, api: Api, spec: dict[str, Any]
) -> None:
    answer = api.post(
        "/_sandbox/payments",
        {"next_outcome": "decline", "auto_approve_after_s": 2.5, "order_ttl_s": 60},
    )
    assert answer.status_code == 200
    check_answer(spec, "POST", "/_sandbox/payments", answer)
    assert platform.payments.defaults() == {
        "next_outcome": "decline",
        "auto_approve_after_s": 2.5,
        "order_ttl_s": 60.0,
    }
    reset = api.post("/_sandbox/payments", {})
    assert reset.json() == {"next_outcome": None, "auto_approve_after_s": None, "order_ttl_s": 120}
    for bad in (
        {"next_outcome": "maybe"},
        {"order_ttl_s": 0},
        {"order_ttl_s": -1},
        {"auto_approve_after_s": "1"},
        {"auto_approve_after_s": True},
        {"x": 1},
    ):
        assert api.post("/_sandbox/payments", bad).status_code == 400, bad
    with pytest.raises(ValueError):
        platform.payments.set_defaults(order_ttl_s=float("inf"))


# -- close and refund ------------------------------------------------------------------------


def test_close(platform: SandboxPlatform, api: Api, spec: dict[str, Any]) -> None:
    pending = api.create()
    closed = api.close(pending["order_id"])
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    check_answer(spec, "POST", ORDERS + "/{order_id}/close", closed)
    assert api.close(pending["order_id"]).json()["status"] == "closed"  # idempotent
    assert api.outcome(pending["order_id"], "approve").status_code == 409  # never paid now

    paid = api.create("K-2")
    platform.payments.approve(paid["order_id"])
    refused = api.close(paid["order_id"])
    assert refused.status_code == 409 and error_code(refused) == "already_paid"
    check_answer(spec, "POST", ORDERS + "/{order_id}/close", refused)
    assert refused.json()["order"]["status"] == "paid"
    assert platform.payments.charged_fen("T-1") == 500
    assert api.post(f"{ORDERS}/{paid['order_id']}/close", {"x": 1}).status_code == 400


def test_refund_once(platform: SandboxPlatform, api: Api, spec: dict[str, Any]) -> None:
    order = api.create()
    not_paid = api.refund(order["order_id"])
    assert not_paid.status_code == 409 and error_code(not_paid) == "not_paid"
    assert not_paid.json()["order"]["status"] == "pending"
    check_answer(spec, "POST", ORDERS + "/{order_id}/refund", not_paid)
    platform.payments.approve(order["order_id"])
    assert platform.payments.charged_fen("T-1") == 500
    refunded = api.refund(order["order_id"])
    assert refunded.status_code == 200
    check_answer(spec, "POST", ORDERS + "/{order_id}/refund", refunded)
    assert refunded.json()["status"] == "refunded"
    assert refunded.json()["refunded_at"] == "2026-02-10T09:30:00+08:00"
    assert platform.payments.charged_fen("T-1") == 0
    again = api.refund(order["order_id"])
    assert again.status_code == 200 and again.json() == refunded.json()
    assert [(e["kind"], e["order_id"], e["amount_fen"]) for e in platform.payments.ledger()] == [
        ("charge", order["order_id"], 500),
        ("refund", order["order_id"], 500),
    ]
    assert platform.payments.charged_fen("T-1") == 0
    assert api.close(order["order_id"]).status_code == 409  # it was paid: not "closed"
    bad = api.post(f"{ORDERS}/{order['order_id']}/refund", {"kiosk_id": KIOSK})
    assert bad.status_code == 400  # reason is required


def test_refund_of_declined_or_closed_is_not_paid(platform: SandboxPlatform, api: Api) -> None:
    declined = api.create("K-1")
    platform.payments.decline(declined["order_id"])
    closed = api.create("K-2")
    api.close(closed["order_id"])
    for order in (declined, closed):
        assert error_code(api.refund(order["order_id"])) == "not_paid"
    assert platform.payments.ledger() == []


# -- paying with the code of the citizen's payment app ---------------------------------------


@pytest.mark.parametrize(
    ("outcome", "status", "charged"),
    [(None, "paid", 500), ("approve", "paid", 500), ("decline", "declined", 0)],
)
def test_pay_code_outcomes(
    platform: SandboxPlatform,
    api: Api,
    spec: dict[str, Any],
    outcome: str | None,
    status: str,
    charged: int,
) -> None:
    platform.payments.set_defaults(next_outcome=outcome)
    order = api.create()
    response = api.pay_code(order["order_id"], ALIPAY_CODE)
    assert response.status_code == 200
    check_answer(spec, "POST", ORDERS + "/{order_id}/pay-code", response)
    assert (response.json()["status"], response.json()["method"]) == (status, "pay_code")
    assert platform.payments.charged_fen("T-1") == charged


def test_pay_code_pending_then_confirmed_on_the_phone(platform: SandboxPlatform, api: Api) -> None:
    platform.payments.set_defaults(next_outcome="pending")
    order = api.create()
    assert api.pay_code(order["order_id"]).json()["status"] == "pending"
    assert api.order(order["order_id"])["status"] == "pending"  # the kiosk polls
    assert platform.payments.charged_fen("T-1") == 0
    platform.payments.approve(order["order_id"])
    paid = api.order(order["order_id"])
    assert (paid["status"], paid["method"]) == ("paid", "pay_code")
    assert platform.payments.charged_fen("T-1") == 500


@pytest.mark.parametrize(
    "code",
    [
        "",
        "13456789012345",  # 14 digits
        "134567890123456",  # 15 digits
        "1345678901234567890123456",  # 25 digits
        "1645678901234567",  # starts 16: neither WeChat nor Alipay
        "2445678901234567",
        "3145678901234567",
        "0945678901234567",
        "13456789012345678a",
        " 134567890123456789",
        "１３４５６７８９０１２３４５６７８９",  # full-width digits
        134567890123456789,
        None,
    ],
)
def test_bad_pay_codes_are_refused(platform: SandboxPlatform, api: Api, code: object) -> None:
    order = api.create()
    response = api.pay_code(order["order_id"], code)
    assert response.status_code == 400 and error_code(response) == "bad_auth_code"
    assert str(code) not in response.json()["error"]["message"] or code == ""
    assert api.order(order["order_id"])["status"] == "pending"


@pytest.mark.parametrize(
    "code",
    ["1045678901234567", "15456789012345678901234", "3045678901234567", "254567890123456789"],
)
def test_good_pay_code_shapes(api: Api, code: str) -> None:
    order = api.create()
    assert api.pay_code(order["order_id"], code).json()["status"] == "paid"


def test_paying_twice_charges_once(platform: SandboxPlatform, api: Api) -> None:
    order = api.create()
    first = api.pay_code(order["order_id"]).json()
    assert first["status"] == "paid"
    assert api.pay_code(order["order_id"]).json() == first  # a retry
    assert api.pay_code(order["order_id"], ALIPAY_CODE).json() == first  # another scan
    assert api.outcome(order["order_id"], "approve").status_code == 409  # and the phone
    assert platform.payments.charged_fen("T-1") == 500
    assert len(platform.payments.ledger()) == 1


def test_concurrent_payments_charge_once(platform: SandboxPlatform, api: Api) -> None:
    order = api.create()
    order_id = order["order_id"]
    codes = [f"13{index:016d}" for index in range(6)]
    barrier = threading.Barrier(len(codes) + 1)

    def scan(code: str) -> None:
        with requests.Session() as session:
            session.trust_env = False
            barrier.wait()
            session.post(
                f"{api.base}{ORDERS}/{order_id}/pay-code", json={"auth_code": code}, timeout=5
            )

    def phone() -> None:
        barrier.wait()
        with contextlib.suppress(PaymentError):  # too late if a scan came first
            platform.payments.approve(order_id)

    threads = [threading.Thread(target=scan, args=(c,)) for c in codes]
    threads.append(threading.Thread(target=phone))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert api.order(order_id)["status"] == "paid"
    assert platform.payments.charged_fen("T-1") == 500
    assert len(platform.payments.ledger()) == 1


def test_retry_with_the_same_code_after_decline_is_the_same_answer(
    platform: SandboxPlatform, api: Api
) -> None:
    platform.payments.set_defaults(next_outcome="decline")
    order = api.create()
    declined = api.pay_code(order["order_id"]).json()
    platform.payments.set_defaults()  # the citizen's app would approve now...
    assert api.pay_code(order["order_id"]).json() == declined  # ...but a retry is not a payment
    other = api.pay_code(order["order_id"], ALIPAY_CODE)
    assert other.status_code == 409 and error_code(other) == "order_not_pending"
    assert platform.payments.charged_fen("T-1") == 0


# -- the pay page a phone opens --------------------------------------------------------------


def test_pay_page(platform: SandboxPlatform, api: Api, http: requests.Session) -> None:
    order = api.create(amount_fen=1234, payee="培训市<示例>中心（测试）")
    page = http.get(order["qr_payload"], timeout=5)
    assert page.status_code == 200
    assert page.headers["Content-Type"] == "text/html; charset=utf-8"
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    assert "¥12.34" in page.text and "培训市&lt;示例&gt;中心（测试）" in page.text
    assert "待支付" in page.text and order["order_id"] in page.text
    platform.payments.approve(order["order_id"])
    assert "已支付" in http.get(order["qr_payload"], timeout=5).text
    missing = api.get("/pay/PAY000000000000")
    assert missing.status_code == 404 and "订单不存在" in missing.text


# -- the paid register extract -----------------------------------------------------------------


def paid_order(platform: SandboxPlatform, api: Api, key: str, transaction_id: str) -> str:
    order_id: str = api.create(key, transaction_id)["order_id"]
    platform.payments.approve(order_id)
    return order_id


def test_register_extract_needs_a_paid_order_of_this_transaction(
    platform: SandboxPlatform, api: Api, spec: dict[str, Any], clock: Clock
) -> None:
    other = paid_order(platform, api, "K-other", "T-other")
    pending = api.create("K-pending", "T-1")["order_id"]
    refunded = paid_order(platform, api, "K-refunded", "T-1")
    api.refund(refunded)
    declined = api.create("K-declined", "T-1")["order_id"]
    platform.payments.decline(declined)
    for order_id in (None, "", "PAY000000000000", "junk", other, pending, refunded, declined):
        response = api.extract(YI, "T-1", order_id)
        assert response.status_code == 402, order_id
        assert error_code(response) == "payment_required"
        check_answer(spec, "POST", EXTRACT, response)
        assert YI not in response.text and "测试乙" not in response.text
    closed_by_expiry = api.create("K-late", "T-1")["order_id"]
    clock.advance(121)
    assert api.extract(YI, "T-1", closed_by_expiry).status_code == 402
    assert not any(code.startswith("BDCCX") for code in platform._issued)


def test_register_extract_with_a_paid_order(
    platform: SandboxPlatform, api: Api, spec: dict[str, Any], http: requests.Session
) -> None:
    order_id = paid_order(platform, api, "K-1", "T-1")
    response = api.extract(YI, "T-1", order_id)
    assert response.status_code == 200
    check_answer(spec, "POST", EXTRACT, response)
    extract = response.json()
    assert extract["document_number"] == "BDCCX-2026-000001"
    assert extract["issued_at"] == "2026-02-10T09:30:00+08:00"
    assert extract["statement"] == (
        "经查询，截至2026年02月10日，测试乙（身份证号 1101**********0049）名下登记的不动产共 1 处。"
    )
    assert extract["properties"] == [
        {
            "location": "演示省培训市示例区培训路88号3单元501室",
            "area_m2": "89.50",
            "use": "住宅",
            "registered": "2019-06-18",
            "certificate_no": "X京(2019)培训市不动产权第0000001号（测试）",
        }
    ]
    assert extract["issuer"] == "培训市不动产登记中心（测试）"
    assert extract["verify_url"] == (
        f"{platform.base_url}/verify/BDCCX-2026-000001?c={extract['verify_code']}"
    )
    verified = http.get(extract["verify_url"], timeout=5)
    assert verified.status_code == 200
    assert verified.json() == {
        "valid": True,
        "document_number": "BDCCX-2026-000001",
        "issued_at": extract["issued_at"],
    }
    # A retried delivery is the same document, not a second one for the same money.
    assert api.extract(YI, "T-1", order_id).json() == extract
    # The numbering of no-housing proofs is its own.
    proof = api.post(
        "/api/v1/housing/no-housing-proof",
        {"id_number": JIA, "name": "测试甲", "kiosk_id": KIOSK, "transaction_id": "T-9"},
    ).json()
    assert proof["document_number"] == "WFZM-2026-000001"


def test_register_extract_for_someone_with_no_property(platform: SandboxPlatform, api: Api) -> None:
    extract = api.extract(JIA, "T-1", paid_order(platform, api, "K-1", "T-1")).json()
    assert extract["statement"] == (
        "经查询，截至2026年02月10日，测试甲（身份证号 1101**********002X）名下无登记的不动产。"
    )
    assert extract["properties"] == []


def test_one_order_buys_one_citizens_extract(platform: SandboxPlatform, api: Api) -> None:
    order_id = paid_order(platform, api, "K-1", "T-1")
    assert api.extract(JIA, "T-1", order_id).status_code == 200
    response = api.extract(BING, "T-1", order_id)
    assert response.status_code == 402 and error_code(response) == "payment_required"


def test_register_extract_for_an_unknown_citizen(platform: SandboxPlatform, api: Api) -> None:
    order_id = paid_order(platform, api, "K-1", "T-1")
    for with_order in (order_id, None):
        response = api.extract(DING, "T-1", with_order)
        assert response.status_code == 404 and error_code(response) == "citizen_not_found"
    bad = api.post(EXTRACT, {"order_id": order_id})
    assert bad.status_code == 400


# -- the platform client -----------------------------------------------------------------------


def fails(call: Callable[[], object]) -> PlatformError:
    with pytest.raises(PlatformError) as caught:
        call()
    return caught.value


ARGS = ("T-1", "real_estate_register_extract", 500, "培训市不动产登记中心（测试）", "工本费")


def test_client_create_get_find(platform: SandboxPlatform, client: PlatformClient) -> None:
    order = client.create_order("K-1", *ARGS)
    assert order["status"] == "pending" and order["amount_fen"] == 500
    assert client.create_order("K-1", *ARGS) == order  # 200 the second time, same order
    assert len(platform.payments.orders()) == 1
    assert client.get_order(str(order["order_id"])) == order
    assert client.find_order("K-1") == order
    assert client.find_order("K-never") is None
    conflict = fails(lambda: client.create_order("K-1", "T-1", "other", 500, "x", "y"))
    assert (conflict.kind, conflict.code, conflict.status) == (
        "server",
        "idempotency_conflict",
        409,
    )
    unknown = fails(lambda: client.get_order("PAY000000000000"))
    assert (unknown.kind, unknown.code, unknown.status) == ("not_found", "order_not_found", 404)
    bad = fails(lambda: client.create_order("K-2", "T-1", "x", 0, "x", "y"))
    assert (bad.kind, bad.code) == ("server", "bad_request")
    odd = fails(lambda: client.get_order("a/b?c"))  # quoted: still just an unknown order
    assert odd.code == "order_not_found"


def test_client_pay_close_refund(platform: SandboxPlatform, client: PlatformClient) -> None:
    order_id = str(client.create_order("K-1", *ARGS)["order_id"])
    assert client.refund_order(order_id, "未出证")["status"] == "pending"  # 409 not_paid
    paid = client.submit_pay_code(order_id, WECHAT_CODE)
    assert (paid["status"], paid["method"]) == ("paid", "pay_code")
    assert client.submit_pay_code(order_id, WECHAT_CODE) == paid
    assert client.close_order(order_id) == paid  # 409 already_paid: the paid order
    refunded = client.refund_order(order_id, "未出证")
    assert refunded["status"] == "refunded"
    assert client.refund_order(order_id, "未出证") == refunded
    assert platform.payments.charged_fen("T-1") == 0
    assert [e["kind"] for e in platform.payments.ledger()] == ["charge", "refund"]

    other = str(client.create_order("K-2", *ARGS)["order_id"])
    assert client.close_order(other)["status"] == "closed"
    assert client.close_order(other)["status"] == "closed"
    assert client.submit_pay_code(other, WECHAT_CODE)["status"] == "closed"  # order_not_pending
    bad = fails(lambda: client.submit_pay_code(other, "12345"))
    assert (bad.kind, bad.code, bad.status) == ("server", "bad_auth_code", 400)
    platform.payments.set_defaults(next_outcome="decline")
    third = str(client.create_order("K-3", *ARGS)["order_id"])
    assert client.submit_pay_code(third, ALIPAY_CODE)["status"] == "declined"
    assert platform.payments.charged_fen("T-1") == 0


def test_client_extract_call(platform: SandboxPlatform, client: PlatformClient) -> None:
    query: dict[str, object] = {"id_number": YI, "name": "测试乙", "transaction_id": "T-1"}
    refused = fails(lambda: client.call(EXTRACT, query))
    assert (refused.kind, refused.code, refused.status) == ("server", "payment_required", 402)
    order_id = str(client.create_order("K-1", *ARGS)["order_id"])
    platform.payments.approve(order_id)
    extract = client.call(EXTRACT, query | {"order_id": order_id})
    assert extract["document_number"] == "BDCCX-2026-000001"


def test_client_retries_are_safe(platform: SandboxPlatform, client: PlatformClient) -> None:
    platform.set_fault(status=503, count=2)  # the gateway fails twice, the client retries
    order = client.create_order("K-1", *ARGS)
    platform.set_fault(status=502, count=1)
    paid = client.submit_pay_code(str(order["order_id"]), WECHAT_CODE)
    platform.set_fault(status=503, count=1)
    assert client.get_order(str(order["order_id"])) == paid
    assert len(platform.payments.orders()) == 1
    assert platform.payments.charged_fen("T-1") == 500


def test_client_reconciles_after_losing_the_answer(platform: SandboxPlatform) -> None:
    """The create reaches the platform but the answer never reaches the kiosk."""
    platform.set_fault(delay_s=0.6, count=1)  # the order is made after the client gave up
    with PlatformClient(platform.base_url, KIOSK, read_timeout_s=0.2, retries=0) as client:
        assert fails(lambda: client.create_order("K-1", *ARGS)).kind == "timeout"
        deadline = time.monotonic() + 3
        found = client.find_order("K-1")
        while found is None and time.monotonic() < deadline:
            time.sleep(0.05)
            found = client.find_order("K-1")
        assert found is not None and found["status"] == "pending"
        assert client.create_order("K-1", *ARGS) == found  # resending makes no second order
    assert len(platform.payments.orders()) == 1


# -- privacy -----------------------------------------------------------------------------------


def test_no_citizen_data_in_orders_ledger_or_logs(
    platform: SandboxPlatform,
    api: Api,
    client: PlatformClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    order_id = str(client.create_order("K-1", *ARGS)["order_id"])
    client.submit_pay_code(order_id, WECHAT_CODE)
    assert api.extract(YI, "T-1", order_id).status_code == 200
    client.refund_order(order_id, "未出证")
    assert api.post(ORDERS, order_body("K-2") | {"id_number": YI}).status_code == 400
    kept = json.dumps([platform.payments.orders(), platform.payments.ledger()], ensure_ascii=False)
    for card in TRAINING_CARDS:
        for text in (kept, caplog.text):
            assert card.id_number not in text and card.name not in text
    assert WECHAT_CODE not in kept and WECHAT_CODE not in caplog.text
    sandbox_log = "\n".join(
        r.getMessage() for r in caplog.records if r.name.startswith("kiosk_app.sandbox")
    )
    assert f"payment {order_id} charge 500 fen" in sandbox_log
    assert f"payment {order_id} refund 500 fen" in sandbox_log


def test_spec_documents_the_payment_schemas(spec: dict[str, Any]) -> None:
    order = spec["components"]["schemas"]["Order"]
    assert set(order["required"]) == set(order["properties"])
    assert order["properties"]["status"]["enum"] == [
        "pending",
        "paid",
        "declined",
        "closed",
        "refunded",
    ]
    assert "201" in spec["paths"][ORDERS]["post"]["responses"]
    assert Path(SPEC_PATH).is_file()
