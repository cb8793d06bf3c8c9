"""The sandbox platform over real HTTP on loopback: citizens, proofs, errors, faults, spec, logs."""

from __future__ import annotations

import datetime as dt
import logging
import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import yaml

from devices.simulated.training_cards import TRAINING_CARDS
from kiosk_app.sandbox import ROUTES, SandboxPlatform
from kiosk_app.sandbox import records as sandbox_records

NOW = dt.datetime(2026, 2, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
SPEC_PATH = Path(__file__).resolve().parents[1] / "kiosk_app" / "sandbox" / "openapi.yaml"

JIA, YI, BING, DING = (card.id_number for card in TRAINING_CARDS)
NAMES = {card.id_number: card.name for card in TRAINING_CARDS}
SI = "/api/v1/social-insurance/record"
HOUSING = "/api/v1/housing/no-housing-proof"
PF = "/api/v1/provident-fund/account"
MONEY = re.compile(r"^\d+\.\d{2}$")


@pytest.fixture
def platform() -> Iterator[SandboxPlatform]:
    sandbox = SandboxPlatform(clock=lambda: NOW)
    sandbox.start()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        session.trust_env = False
        yield session


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def body(id_number: str, name: str | None = None) -> dict[str, object]:
    return {
        "id_number": id_number,
        "name": NAMES[id_number] if name is None else name,
        "kiosk_id": "KIOSK-TEST-01",
        "transaction_id": "T-0001",
    }


def post(http: requests.Session, platform: SandboxPlatform, path: str, **kw: Any) -> Any:
    return http.post(platform.base_url + path, timeout=5, **kw)


# -- a small OpenAPI schema checker, so the spec cannot drift from the answers -----------------


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def check_schema(spec: dict[str, Any], schema: dict[str, Any], value: Any, at: str = "$") -> None:
    """Assert value matches schema; objects may not carry undocumented keys."""
    schema = _resolve(spec, schema)
    if "oneOf" in schema:
        passing = 0
        for option in schema["oneOf"]:
            try:
                check_schema(spec, option, value, at)
                passing += 1
            except AssertionError:
                pass
        assert passing == 1, f"{at}: matches {passing} oneOf options"
        return
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else types
        python: dict[str, type | tuple[type, ...]] = {
            "object": dict,
            "array": list,
            "string": str,
            "boolean": bool,
            "null": type(None),
            "number": (int, float),
            "integer": int,
        }
        ok = any(
            isinstance(value, python[n]) and not (n in ("integer", "number") and value is True)
            for n in names
        )
        assert ok, f"{at}: {type(value).__name__} is not {names}"
    if "const" in schema:
        assert value == schema["const"], f"{at}: not {schema['const']!r}"
    if "enum" in schema:
        assert value in schema["enum"], f"{at}: not in enum"
    if isinstance(value, str) and "pattern" in schema:
        assert re.search(schema["pattern"], value), f"{at}: does not match {schema['pattern']}"
    if isinstance(value, dict):
        props = schema.get("properties", {})
        missing = set(schema.get("required", ())) - set(value)
        assert not missing, f"{at}: missing {missing}"
        extra = set(value) - set(props)
        assert not extra, f"{at}: undocumented {extra}"
        for key, item in value.items():
            check_schema(spec, props[key], item, f"{at}.{key}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            check_schema(spec, schema["items"], item, f"{at}[{index}]")


def check_answer(spec: dict[str, Any], method: str, path: str, response: requests.Response) -> None:
    operation = spec["paths"][path][method.lower()]
    documented = operation["responses"][str(response.status_code)]
    documented = _resolve(spec, documented)
    schema = documented["content"]["application/json"]["schema"]
    check_schema(spec, schema, response.json())


# -- health, citizens and endpoints ------------------------------------------------------------


def test_health(platform: SandboxPlatform, http: requests.Session, spec: dict[str, Any]) -> None:
    response = http.get(platform.base_url + "/api/v1/health", timeout=5)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    assert response.json() == {"status": "ok", "time": "2026-02-10T09:30:00+08:00"}
    check_answer(spec, "GET", "/api/v1/health", response)


@pytest.mark.parametrize(
    ("id_number", "path", "status", "code"),
    [
        (JIA, SI, 200, None),
        (JIA, HOUSING, 200, None),
        (JIA, PF, 200, None),
        (YI, SI, 200, None),
        (YI, HOUSING, 200, None),
        (YI, PF, 200, None),
        (BING, SI, 200, None),
        (BING, HOUSING, 200, None),
        (BING, PF, 404, "not_found"),
        (DING, SI, 404, "citizen_not_found"),
        (DING, HOUSING, 404, "citizen_not_found"),
        (DING, PF, 404, "citizen_not_found"),
    ],
)
def test_each_citizen_each_endpoint(
    platform: SandboxPlatform,
    http: requests.Session,
    spec: dict[str, Any],
    id_number: str,
    path: str,
    status: int,
    code: str | None,
) -> None:
    response = post(http, platform, path, json=body(id_number))
    assert response.status_code == status
    check_answer(spec, "POST", path, response)
    if code is not None:
        assert response.json()["error"]["code"] == code
        assert id_number not in response.text and NAMES[id_number] not in response.text


def test_social_insurance_of_jia(platform: SandboxPlatform, http: requests.Session) -> None:
    answer = post(http, platform, SI, json=body(JIA)).json()
    assert answer["insured_name"] == "测试甲"
    assert answer["employer"] == "培训市示例科技有限公司（测试）"
    pension = answer["enrolments"][0]
    assert pension == {
        "insurance": "城镇职工基本养老保险",
        "status": "参保缴费",
        "since": "2005-07-01",
    }
    assert {e["status"] for e in answer["enrolments"]} == {"参保缴费", "暂停"}
    months = [c["month"] for c in answer["contributions"]]
    assert months[0] == "2026-01" and months[-1] == "2025-02" and len(months) == 12
    first = answer["contributions"][0]
    assert first == {
        "month": "2026-01",
        "base": "8000.00",
        "personal": "640.00",
        "employer": "1280.00",
        "status": "已缴",
    }


def test_retired_bing_has_pension_and_no_contributions(
    platform: SandboxPlatform, http: requests.Session
) -> None:
    answer = post(http, platform, SI, json=body(BING)).json()
    assert [e["status"] for e in answer["enrolments"]] == ["退休领取"]
    assert answer["contributions"] == []


def test_provident_fund_of_jia(platform: SandboxPlatform, http: requests.Session) -> None:
    answer = post(http, platform, PF, json=body(JIA)).json()
    assert answer["account"] == "****1234"
    assert answer["status"] == "正常"
    assert MONEY.match(answer["balance"]) and answer["monthly_deposit"] == "1600.00"
    assert len(answer["deposits"]) == 12
    assert answer["deposits"][0] == {"date": "2026-01-15", "amount": "1600.00", "kind": "汇缴"}


def test_no_housing_proof_is_issued_and_numbered(
    platform: SandboxPlatform, http: requests.Session
) -> None:
    first = post(http, platform, HOUSING, json=body(JIA)).json()
    second = post(http, platform, HOUSING, json=body(BING)).json()
    assert first["owns_housing"] is False
    assert first["document_number"] == "WFZM-2026-000001"
    assert second["document_number"] == "WFZM-2026-000002"
    assert first["issued_at"] == "2026-02-10T09:30:00+08:00"
    assert re.fullmatch(r"[0-9a-f]{8}", first["verify_code"])
    assert first["verify_url"] == (
        f"{platform.base_url}/verify/WFZM-2026-000001?c={first['verify_code']}"
    )
    assert first["statement"] == (
        "经查询，截至2026年02月10日，测试甲（身份证号 1101**********002X）在本市范围内无登记住房。"
    )
    assert first["issuer"] == "培训市不动产登记中心（测试）"


def test_no_housing_proof_refused_for_owner(
    platform: SandboxPlatform, http: requests.Session
) -> None:
    answer = post(http, platform, HOUSING, json=body(YI)).json()
    assert answer["owns_housing"] is True
    assert answer["properties"] == 1
    assert "名下有登记住房，不能出具无房证明" in answer["statement"]
    assert "document_number" not in answer
    assert YI not in answer["statement"]  # masked only


def test_verify_round_trip(platform: SandboxPlatform, http: requests.Session) -> None:
    proof = post(http, platform, HOUSING, json=body(JIA)).json()
    valid = http.get(proof["verify_url"], timeout=5)
    assert valid.status_code == 200
    assert valid.json() == {
        "valid": True,
        "document_number": proof["document_number"],
        "issued_at": proof["issued_at"],
    }
    wrong = "0" * 8 if proof["verify_code"] != "0" * 8 else "1" * 8
    base = f"{platform.base_url}/verify/{proof['document_number']}"
    for url in (f"{base}?c={wrong}", base, f"{platform.base_url}/verify/WFZM-2026-999999?c=x"):
        answer = http.get(url, timeout=5)
        assert answer.status_code == 404
        assert answer.json() == {"valid": False}


def test_proof_from_one_server_does_not_verify_on_another(http: requests.Session) -> None:
    with SandboxPlatform(clock=lambda: NOW) as one, SandboxPlatform(clock=lambda: NOW) as two:
        proof = http.post(one.base_url + HOUSING, json=body(JIA), timeout=5).json()
        url = proof["verify_url"].replace(one.base_url, two.base_url)
        assert http.get(url, timeout=5).status_code == 404


def test_name_must_match_the_record(platform: SandboxPlatform, http: requests.Session) -> None:
    response = post(http, platform, SI, json=body(JIA, name="测试乙"))
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "citizen_not_found"


# -- errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{not json", "request body is not valid UTF-8 JSON"),
        (b"\xff\xfe", "request body is not valid UTF-8 JSON"),
        (b"", "request body is not valid UTF-8 JSON"),
        (b"[1, 2]", "request body must be a JSON object"),
    ],
)
def test_bad_json_is_400_with_a_clear_error(
    platform: SandboxPlatform, http: requests.Session, data: bytes, message: str
) -> None:
    response = post(http, platform, SI, data=data, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {"error": {"code": "bad_request", "message": message}}


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"id_number": "11010519491231002Y"}, "id_number"),  # wrong check character
        ({"id_number": "110105194912310021"}, "id_number"),  # wrong check digit
        ({"id_number": None}, "id_number"),
        ({"name": 5}, "name"),
        ({"transaction_id": ""}, "transaction_id"),
    ],
)
def test_invalid_fields_are_400_without_echo(
    platform: SandboxPlatform,
    http: requests.Session,
    override: dict[str, object],
    field: str,
) -> None:
    response = post(http, platform, SI, json=body(JIA) | override)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "bad_request" and f"'{field}'" in error["message"]
    assert "1101051949" not in response.text and "测试" not in response.text


def test_missing_field_is_400(platform: SandboxPlatform, http: requests.Session) -> None:
    incomplete = body(JIA)
    del incomplete["kiosk_id"]
    response = post(http, platform, SI, json=incomplete)
    assert response.status_code == 400
    assert "'kiosk_id'" in response.json()["error"]["message"]


def test_unknown_route_and_wrong_method(platform: SandboxPlatform, http: requests.Session) -> None:
    for path in ("/api/v1/nothing", "/", "/verify"):
        response = http.get(platform.base_url + path, timeout=5)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_route"
    wrong = http.get(platform.base_url + SI, timeout=5)
    assert wrong.status_code == 405
    assert wrong.headers["Allow"] == "POST"
    assert wrong.json()["error"]["code"] == "method_not_allowed"
    assert http.delete(platform.base_url + "/api/v1/health", timeout=5).status_code == 405


def test_body_over_64_kib_is_413(platform: SandboxPlatform, http: requests.Session) -> None:
    response = post(http, platform, SI, data=b"{" + b" " * (64 * 1024) + b"}")
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
    # The connection was closed, not poisoned: the next request on the session works.
    assert post(http, platform, SI, json=body(JIA)).status_code == 200


def test_handler_crash_is_a_500_that_leaks_nothing(
    platform: SandboxPlatform,
    http: requests.Session,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def explode(record: sandbox_records.CitizenRecord, today: dt.date) -> None:
        raise KeyError(record.id_number + record.name)

    monkeypatch.setattr(sandbox_records, "social_insurance_answer", explode)
    caplog.set_level(logging.DEBUG)
    response = post(http, platform, SI, json=body(JIA))
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "internal_error"
    assert JIA not in response.text and JIA not in caplog.text and "测试甲" not in caplog.text
    assert "KeyError" in caplog.text


# -- faults ------------------------------------------------------------------------------------


def test_fault_status_for_one_request_then_ok(
    platform: SandboxPlatform, http: requests.Session
) -> None:
    platform.set_fault(status=503, count=1)
    down = http.get(platform.base_url + "/api/v1/health", timeout=5)
    assert down.status_code == 503
    assert down.json()["error"]["code"] == "service_unavailable"
    assert http.get(platform.base_url + "/api/v1/health", timeout=5).status_code == 200


def test_fault_until_cleared_and_verify_unaffected(
    platform: SandboxPlatform, http: requests.Session
) -> None:
    proof = post(http, platform, HOUSING, json=body(JIA)).json()
    platform.set_fault(status=500)
    for _ in range(3):
        assert post(http, platform, SI, json=body(JIA)).status_code == 500
    assert http.get(proof["verify_url"], timeout=5).status_code == 200  # not an /api route
    platform.clear_faults()
    assert post(http, platform, SI, json=body(JIA)).status_code == 200


def test_fault_delay(platform: SandboxPlatform, http: requests.Session) -> None:
    platform.set_fault(delay_s=0.3, count=1)
    started = time.monotonic()
    assert post(http, platform, SI, json=body(JIA)).status_code == 200
    assert time.monotonic() - started >= 0.3
    started = time.monotonic()
    assert post(http, platform, SI, json=body(JIA)).status_code == 200
    assert time.monotonic() - started < 0.3


def test_fault_control_endpoint(platform: SandboxPlatform, http: requests.Session) -> None:
    faults = platform.base_url + "/_sandbox/faults"
    answer = http.post(faults, json={"delay_s": 0, "status": 503, "count": 2}, timeout=5)
    assert answer.json() == {"delay_s": 0.0, "status": 503, "count": 2}
    assert [
        http.get(platform.base_url + "/api/v1/health", timeout=5).status_code for _ in range(3)
    ] == [503, 503, 200]
    http.post(faults, json={"status": 502}, timeout=5)
    assert http.get(platform.base_url + "/api/v1/health", timeout=5).status_code == 502
    cleared = http.post(faults, json={}, timeout=5)
    assert cleared.json() == {"delay_s": 0.0, "status": None, "count": None}
    assert http.get(platform.base_url + "/api/v1/health", timeout=5).status_code == 200
    for bad in ({"status": 200}, {"count": 0}, {"delay_s": -1}, {"delay_s": "1"}, {"x": 1}):
        assert http.post(faults, json=bad, timeout=5).status_code == 400


def test_set_fault_rejects_nonsense(platform: SandboxPlatform) -> None:
    with pytest.raises(ValueError):
        platform.set_fault(status=302)
    with pytest.raises(ValueError):
        platform.set_fault(delay_s=float("nan"))
    with pytest.raises(ValueError):
        platform.set_fault(count=0)


# -- ratings -----------------------------------------------------------------------------------


def test_ratings_are_kept(platform: SandboxPlatform, http: requests.Session) -> None:
    url = platform.base_url + "/api/v1/ratings"
    rating = {"transaction_id": "T-1", "item_id": "si-record", "level": 5, "reason": ""}
    skipped = {"transaction_id": "T-2", "item_id": "si-record", "level": None, "reason": "赶时间"}
    assert http.post(url, json=rating, timeout=5).json() == {"accepted": True}
    assert http.post(url, json=skipped, timeout=5).json() == {"accepted": True}
    assert [(r["transaction_id"], r["level"]) for r in platform.ratings] == [
        ("T-1", 5),
        ("T-2", None),
    ]
    for bad_level in (0, 6, True, "5"):
        response = http.post(url, json=rating | {"level": bad_level}, timeout=5)
        assert response.status_code == 400
    assert http.post(url, json={"transaction_id": "T-3", "item_id": "x"}, timeout=5).ok is False
    assert len(platform.ratings) == 2


# -- spec --------------------------------------------------------------------------------------


def test_openapi_documents_exactly_the_served_routes(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    assert spec["info"]["title"] == "Kiosk sandbox platform"
    http_methods = {"get", "post", "put", "delete", "patch", "head", "options"}
    documented = {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in http_methods
    }
    served = {(route.method, route.path) for route in ROUTES}
    assert documented == served


def test_every_listed_route_is_really_served(
    platform: SandboxPlatform, http: requests.Session
) -> None:
    samples = {
        "document_number": "WFZM-2026-000001",
        "order_id": "PAY000000000001",
        "case_number": "SBDJ-2026-000001",
    }
    for route in ROUTES:
        path = re.sub(r"\{(\w+)\}", lambda m: samples[m.group(1)], route.path)
        response = http.request(route.method, platform.base_url + path, json={}, timeout=5)
        assert response.status_code != 405, route
        if response.status_code == 404 and "json" in response.headers["Content-Type"]:
            assert response.json().get("error", {}).get("code") != "unknown_route", route


# -- logs and lifecycle ------------------------------------------------------------------------


def test_logs_hold_no_citizen_data(
    platform: SandboxPlatform, http: requests.Session, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    codes: list[str] = []
    for card in TRAINING_CARDS:
        for path in (SI, HOUSING, PF):
            answer = post(http, platform, path, json=body(card.id_number))
            if answer.ok and "verify_url" in answer.json():
                codes.append(answer.json()["verify_code"])
                http.get(answer.json()["verify_url"], timeout=5)
    post(http, platform, SI, data=b"{broken")
    server_lines = [r for r in caplog.records if r.name.startswith("kiosk_app.sandbox")]
    text = "\n".join(r.getMessage() for r in server_lines)
    assert f"POST {SI} 200" in text and "GET /verify/WFZM-2026-000001 200" in text
    assert all(r.levelno == logging.DEBUG for r in server_lines if "POST" in r.getMessage())
    for card in TRAINING_CARDS:
        assert card.id_number not in caplog.text and card.name not in caplog.text
    # The verify code rides in the query; the client's own urllib3 log is not ours to judge.
    assert codes and not any(code in text for code in codes)


def test_stop_is_idempotent_and_closes_the_socket(http: requests.Session) -> None:
    sandbox = SandboxPlatform()
    url = sandbox.start()
    assert sandbox.start() == url  # already running: same server
    assert http.get(url + "/api/v1/health", timeout=5).ok  # leaves a keep-alive connection
    port = int(url.rsplit(":", 1)[1])
    sandbox.stop()
    sandbox.stop()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass


def test_default_clock_is_now() -> None:
    with SandboxPlatform() as sandbox, requests.Session() as session:
        session.trust_env = False
        time_text = session.get(sandbox.base_url + "/api/v1/health", timeout=5).json()["time"]
    stamp = dt.datetime.fromisoformat(time_text)
    assert stamp.tzinfo is not None
    assert abs((stamp - dt.datetime.now(dt.UTC)).total_seconds()) < 60


def test_chunked_body_is_refused_cleanly(platform: SandboxPlatform, http: requests.Session) -> None:
    chunks = iter([b'{"id_number": ', b'"x"}'])
    response = post(http, platform, SI, data=chunks)  # a generator: sent chunked
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_request"
    assert post(http, platform, SI, json=body(JIA)).status_code == 200


def test_port_in_use_is_a_clear_oserror() -> None:
    with SandboxPlatform() as first:
        port = int(first.base_url.rsplit(":", 1)[1])
        with pytest.raises(OSError):
            SandboxPlatform(port=port).start()
