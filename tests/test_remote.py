"""District monitoring: /metrics (Prometheus text format) and /inspection (std 8.2 remote
inspection), off by default, bearer token or 401, no citizen data; and a fleet of kiosks
scraped by a real Prometheus server."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from devices.simulated.training_cards import training_card
from kiosk_app import maintenance as mt
from kiosk_app.app import _start_remote
from kiosk_app.config import Config, ConfigError, load_config
from kiosk_app.remote import (
    DeviceSnapshot,
    LiveState,
    NetworkCheck,
    RemoteError,
    RemoteServer,
    check_platform,
    device_snapshots,
    start_remote,
)
from kiosk_app.sandbox import SandboxPlatform
from kiosk_app.store import Store
from tests.conftest import CITIZEN
from tests.maintenance_robot import Operator
from tests.test_reports import Simulated, add_faults, simulate_week

REPO = Path(__file__).resolve().parent.parent
TOKEN = "district-token-0123456789abcdef"
NOW = dt.datetime(2026, 11, 22, 20, 0)
SAMPLE = re.compile(r"^(\w+)(?:\{(.*)\})? (\S+)$")


def remote_config(tmp_path: Path, **remote: object) -> Config:
    settings = {"enabled": True, "port": 0, "token": TOKEN, **remote}
    return Config.model_validate(
        {"store": {"data_dir": str(tmp_path / "data")}, "remote": settings}
    )


def live() -> LiveState:
    return LiveState(
        (
            DeviceSnapshot("card_reader", "online", "not_applicable", True),
            DeviceSnapshot("receipt_printer", "online", "out", False),
        ),
        session_open=True,
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "data" / "kiosk.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def week(store: Store) -> Simulated:
    sim = simulate_week(store, dt.datetime(2026, 11, 16))
    add_faults(store, dt.datetime(2026, 11, 16))
    return sim


@pytest.fixture
def server(tmp_path: Path, store: Store, week: Simulated) -> Iterator[RemoteServer]:
    ok = NetworkCheck(True, 12.5, NOW.isoformat())
    remote = RemoteServer(
        remote_config(tmp_path), store, live, now=lambda: NOW, network_check=lambda: ok
    )
    remote.start()
    yield remote
    remote.stop()


def fetch(
    url: str, token: str | None = TOKEN, scheme: str = "Bearer", method: str = "GET"
) -> tuple[int, dict[str, str], bytes]:
    headers = {"Authorization": f"{scheme} {token}"} if token is not None else {}
    request = urllib.request.Request(url, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    found = {}
    for line in text.splitlines():
        if line.startswith("#") or not line:
            continue
        match = SAMPLE.match(line)
        assert match, line
        name, labels, value = match.groups()
        pairs = frozenset(re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', labels or ""))
        found[(name, pairs)] = float(value)
    return found


def total(
    found: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **kv: str
) -> float:
    want = set(kv.items())
    return sum(v for (n, labels), v in found.items() if n == name and want <= labels)


# -- configuration ------------------------------------------------------------------------------


def test_off_by_default_and_no_server_is_started(tmp_path: Path, store: Store) -> None:
    config = Config()
    assert config.remote.enabled is False and config.remote.bind == "127.0.0.1"
    assert config.remote.port == 9464
    assert start_remote(config, store, live) is None


@pytest.mark.parametrize("token", ["", "short"])
def test_enabled_with_an_empty_or_short_token_is_refused_at_start(
    tmp_path: Path, token: str
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'[remote]\nenabled = true\ntoken = "{token}"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    message = str(refused.value)
    assert "remote" in message and "remote.token" in message and "16 characters" in message
    assert ("empty" if not token else "too short") in message


def test_bind_must_be_an_address(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[remote]\nbind = "localhost; rm -rf"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"remote\.bind"):
        load_config(path)


def test_the_server_itself_refuses_a_short_token(tmp_path: Path, store: Store) -> None:
    config = remote_config(tmp_path, enabled=False, token="x" * 8)
    with pytest.raises(RemoteError, match="16 characters"):
        RemoteServer(config, store, live).start()


def test_a_taken_port_is_a_clear_message(tmp_path: Path, store: Store) -> None:
    first = RemoteServer(remote_config(tmp_path), store, live)
    url = first.start()
    try:
        port = int(url.rsplit(":", 1)[1])
        with pytest.raises(RemoteError, match="cannot listen"):
            RemoteServer(remote_config(tmp_path, port=port), store, live).start()
    finally:
        first.stop()


# -- the bearer token ---------------------------------------------------------------------------


def test_every_path_needs_the_token(server: RemoteServer) -> None:
    for path in ("/metrics", "/inspection", "/", "/nothing"):
        for token, scheme in ((None, "Bearer"), ("wrong", "Bearer"), (TOKEN, "Basic")):
            status, headers, body = fetch(server.url + path, token, scheme)
            assert status == 401, (path, token, scheme)
            assert headers.get("WWW-Authenticate") == "Bearer" and b"kiosk" not in body
        assert fetch(server.url + path, TOKEN + "x")[0] == 401
        assert fetch(server.url + path, TOKEN[:-1])[0] == 401
    assert fetch(server.url + "/nothing")[0] == 404
    assert fetch(server.url + "/metrics", method="POST")[0] == 405
    assert fetch(server.url + "/metrics")[0] == 200


def test_refusals_are_logged_once_a_minute(
    server: RemoteServer, caplog: pytest.LogCaptureFixture
) -> None:
    for _ in range(5):
        fetch(server.url + "/metrics", "wrong")
    refusals = [r for r in caplog.records if "refused" in r.getMessage()]
    assert len(refusals) == 1 and "127.0.0.1" in refusals[0].getMessage()


# -- what is served -----------------------------------------------------------------------------


def test_metrics_count_what_the_store_holds(server: RemoteServer, week: Simulated) -> None:
    status, headers, body = fetch(server.url + "/metrics")
    assert status == 200 and headers["Content-Type"].startswith("text/plain; version=0.0.4")
    text = body.decode("utf-8")
    if shutil.which("promtool"):
        lint = subprocess.run(
            ["promtool", "check", "metrics"], input=body, capture_output=True, timeout=30
        )
        assert lint.returncode == 0, lint.stdout + lint.stderr
    found = samples(text)
    assert total(found, "kiosk_up") == 1
    assert total(found, "kiosk_session_open") == 1
    assert total(found, "kiosk_transactions_total") == len(week.transactions)
    completed = sum(1 for t in week.transactions if t["outcome"] == "completed")
    assert total(found, "kiosk_transactions_total", outcome="completed") == completed
    trial = sum(1 for t in week.transactions if t["trial"])
    assert total(found, "kiosk_transactions_total", trial="true") == trial
    assert total(found, "kiosk_device_state", device="receipt_printer", state="online") == 1
    assert total(found, "kiosk_device_media", device="receipt_printer", media="out") == 1
    assert total(found, "kiosk_device_usable", device="receipt_printer") == 0
    assert total(found, "kiosk_faults_open", severity="minor") == 1
    assert total(found, "kiosk_faults_open", severity="severe") == 1
    assert total(found, "kiosk_fault_open", code="peripheral_unresponsive") == 1
    assert total(found, "kiosk_faults_total", code="paper_jam", severity="severe") == 1
    levels = [level for level in week.ratings.values()]
    assert total(found, "kiosk_ratings_total", level="5") == levels.count(5)
    assert total(found, "kiosk_ratings_total", level="none") == levels.count(None)
    assert total(found, "kiosk_help_requests_total") == week.help_requests
    for state in ("delivered", "refunded"):
        fen = sum(f for _t, s, f in week.payments if s == state)
        assert total(found, "kiosk_payments_fen_total", state=state) == fen
    assert total(found, "kiosk_platform_up") == 1
    assert total(found, "kiosk_platform_latency_seconds") == 0.0125
    assert total(found, "kiosk_store_up") == 1
    for transaction in week.transactions:
        assert str(transaction["id"]) not in text


def test_inspection_is_the_std_8_2_checklist(
    server: RemoteServer, store: Store, week: Simulated
) -> None:
    store.query(
        "INSERT INTO events (at, kind, detail) VALUES (?, 'help_requested', 'screen=HomeScreen')",
        (NOW - dt.timedelta(minutes=3)).isoformat(timespec="seconds"),
    )
    status, headers, body = fetch(server.url + "/inspection")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    report = json.loads(body)
    assert report["kiosk_id"] == "KIOSK-DEMO-01" and report["version"]
    assert report["session_open"] is True and report["uptime_s"] >= 0
    assert report["checks"] == {
        "devices_ok": False,
        "consumables_ok": False,  # the receipt printer is out of paper
        "network_ok": True,
        "faults_open": 2,
        "maintenance_open": False,
        "consumables_low": report["checks"]["consumables_low"],  # see the upkeep test
        "daily_inspection_due": True,  # nobody has inspected this kiosk yet
    }
    assert {d["device"]: d["media"] for d in report["devices"]}["receipt_printer"] == "out"
    assert [(f["code"], f["name"], f["severity"]) for f in report["faults_open"]] == [
        ("out_of_paper", "机器缺纸", "minor"),
        ("peripheral_unresponsive", "硬件外设驱动无响应", "severe"),
    ]
    today = [t for t in week.transactions if str(t["id"]).split("-")[3].startswith("20261122")]
    assert report["today"]["transactions"] == len(today) > 0
    assert report["last_transaction"]["started_at"].startswith("2026-11-22")
    assert report["network"]["platform"]["ok"] is True
    assert report["followups"]["open"] > 0 and report["followups"]["overdue"] == 0
    assert report["help_requests"]["pending"] == 1
    store.log_event("assist_started", "staff=0001")  # a volunteer came
    assert json.loads(fetch(server.url + "/inspection")[2])["help_requests"]["pending"] == 0
    for transaction in week.transactions:
        assert str(transaction["id"]) not in body.decode()


def test_the_platform_check_is_real_and_cached(tmp_path: Path, store: Store) -> None:
    with SandboxPlatform() as sandbox:
        assert check_platform(sandbox.base_url).ok
        calls: list[NetworkCheck] = []

        def counted() -> NetworkCheck:
            calls.append(check_platform(sandbox.base_url))
            return calls[-1]

        remote = RemoteServer(remote_config(tmp_path), store, live, network_check=counted)
        assert remote.network().ok and remote.network().ok and len(calls) == 1
        port = int(sandbox.base_url.rsplit(":", 1)[1])
    down = check_platform(f"http://127.0.0.1:{port}")
    assert not down.ok and down.latency_ms is None and down.error


def test_stop_frees_the_port_and_the_thread(tmp_path: Path, store: Store) -> None:
    remote = RemoteServer(remote_config(tmp_path), store, live)
    url = remote.start()
    assert any(t.name == "kiosk-remote" for t in threading.enumerate())
    remote.stop()
    remote.stop()
    assert not any(t.name == "kiosk-remote" for t in threading.enumerate())
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url + "/metrics", timeout=2)


@pytest.mark.journey
def test_a_real_kiosk_after_a_journey_shows_counts_and_nothing_of_the_citizen(
    kiosk: Any, citizen: Any, tmp_path: Path
) -> None:
    """Wired as the controller will: live state from the devices and the session."""
    citizen.start()
    citizen.run_item("social_insurance_record", CITIZEN, rate=4)
    controller = kiosk.controller

    def provider() -> LiveState:
        return LiveState(
            device_snapshots(kiosk.devices.all()),
            session_open=controller.session is not None,
            assisted=bool(controller.assisted_by),
        )

    config = kiosk.config.model_copy(update={"remote": remote_config(tmp_path).remote})
    remote = start_remote(config, kiosk.store, provider, kiosk.platform.base_url)
    assert remote is not None
    try:
        metrics = fetch(remote.url + "/metrics")[2].decode()
        inspection = fetch(remote.url + "/inspection")[2].decode()
    finally:
        remote.stop()
    found = samples(metrics)
    labels = {"item": "social_insurance_record", "outcome": "completed"}
    assert total(found, "kiosk_transactions_total", **labels) == 1
    assert total(found, "kiosk_ratings_total", level="4") == 1
    assert total(found, "kiosk_platform_up") == 1
    assert {d["device"] for d in json.loads(inspection)["devices"]} == {
        "card_reader",
        "camera",
        "receipt_printer",
        "a4_printer",
        "scanner",
    }
    [record] = kiosk.store.transactions()
    card = training_card(CITIZEN)
    for secret in (card.name, card.id_number, card.address, card.id_number[6:14], record["id"]):
        assert secret not in metrics and secret not in inspection


# -- a fleet, scraped by a real Prometheus ------------------------------------------------------


def fleet_demo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fleet_demo", REPO / "scripts" / "fleet-demo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(
    shutil.which("prometheus") is None,
    reason="prometheus is not installed (Debian package: prometheus)",
)
def test_a_fleet_of_kiosks_is_scraped_by_prometheus() -> None:
    result = fleet_demo().run_fleet(count=3, timeout_s=25)
    assert len(result.expected) == 3
    assert result.seen == {k: float(v) for k, v in result.expected.items()}
    assert set(result.up.values()) == {1.0}
    assert list(result.wrong_token_up.values()) == [0.0]  # a wrong token gets nothing
    assert sorted(result.faults_open.values()) == [0.0, 0.0, 1.0]
    assert result.ok and result.seconds < 25
    assert result.exit_code is not None  # the Prometheus process has ended and been reaped


def upkeep_fetch(
    url: str,
) -> tuple[dict[str, Any], dict[tuple[str, frozenset[tuple[str, str]]], float]]:
    inspection = json.loads(fetch(url + "/inspection")[2])
    return inspection, samples(fetch(url + "/metrics")[2].decode())


def test_inspection_and_metrics_report_upkeep(
    tmp_path: Path, store: Store, week: Simulated
) -> None:
    """Maintenance open, the last inspections, consumables as the maintenance screen estimates
    them, and how open faults are handled: recorded with the maintenance screen's functions."""
    state = {"maintenance": "closed"}

    def provider() -> LiveState:
        return LiveState(live().devices, session_open=False, maintenance=state["maintenance"])

    config = remote_config(tmp_path)
    ok = NetworkCheck(True, 12.5, NOW.isoformat())
    remote = RemoteServer(config, store, provider, now=lambda: NOW, network_check=lambda: ok)
    remote.start()
    try:
        before, _ = upkeep_fetch(remote.url)
        assert before["maintenance"]["open"] is False
        assert before["inspections"]["daily"] == {
            "at": None, "staff_no": None, "failed": [], "due": True
        }  # fmt: skip
        receipts_before = {c["consumable"]: c for c in before["consumables"]}["receipt_paper"]
        assert receipts_before["used"] > 0 and receipts_before["refilled_at"] is None

        daily = {check: check != "no_jam" for check in mt.CHECKLISTS["daily"]}
        mt.record_inspection(store, "daily", "0002", daily, NOW - dt.timedelta(hours=12))
        fortnightly = dict.fromkeys(mt.CHECKLISTS["biweekly"], True)
        mt.record_inspection(store, "biweekly", "0003", fortnightly, NOW - dt.timedelta(days=3))
        mt.refill(store, "receipt_paper", "0002", NOW - dt.timedelta(hours=11))
        jam = mt.enter_fault(
            store, "a4_printer", "paper_jam", "on_site", "0002", NOW - dt.timedelta(hours=1)
        )
        mt.audit(store, "0002", "opened")  # as the maintenance screen does on login
        state["maintenance"] = "open"

        report, found = upkeep_fetch(remote.url)
        assert report["maintenance"]["open"] is True and report["maintenance"]["staff_no"] == "0002"
        assert report["checks"]["maintenance_open"] is True
        assert total(found, "kiosk_maintenance_open") == 1
        last_daily = report["inspections"]["daily"]
        assert last_daily["at"] == (NOW - dt.timedelta(hours=12)).isoformat(timespec="seconds")
        assert (last_daily["staff_no"], last_daily["any_failed"], last_daily["failed"]) == (
            "0002", True, ["no_jam"]
        )  # fmt: skip
        assert last_daily["due"] is False and report["checks"]["daily_inspection_due"] is False
        fortnight = report["inspections"]["biweekly"]
        assert (fortnight["staff_no"], fortnight["any_failed"], fortnight["due"]) == (
            "0003", False, False
        )  # fmt: skip
        assert total(found, "kiosk_inspection_last_timestamp_seconds", kind="daily") == (
            (NOW - dt.timedelta(hours=12)).timestamp()
        )
        screen = {level.name: level for level in mt.consumable_levels(store, config.maintenance)}
        levels = {c["consumable"]: c for c in report["consumables"]}
        assert set(levels) == {"receipt_paper", "a4_paper", "toner"}
        for name, level in screen.items():
            assert levels[name]["percent"] == level.percent and levels[name]["low"] == level.low
            ratio = total(found, "kiosk_consumable_level_ratio", consumable=name)
            assert ratio == level.percent / 100
            assert total(found, "kiosk_consumable_low", consumable=name) == int(level.low)
        assert levels["receipt_paper"]["used"] < receipts_before["used"]  # refilled
        assert levels["receipt_paper"]["refilled_at"] is not None
        faults = {f["id"]: f for f in report["faults_open"]}
        assert (faults[jam]["category"], faults[jam]["code"], faults[jam]["severity"]) == (
            "hardware", "paper_jam", "severe"
        )  # fmt: skip
        assert (faults[jam]["handling"], faults[jam]["entered_by_hand"]) == ("on_site", True)
        detected = [f for f in report["faults_open"] if f["id"] != jam]
        assert detected and all(f["handling"] is None for f in detected)
        assert all(not f["entered_by_hand"] for f in detected)

        state["maintenance"] = "closed"
        closed, found = upkeep_fetch(remote.url)
        assert closed["maintenance"] == {
            "open": False, "state": "closed", "since": None, "staff_no": None
        }  # fmt: skip
        assert total(found, "kiosk_maintenance_open") == 0
        body = fetch(remote.url + "/inspection")[2].decode()
        for transaction in week.transactions:
            assert str(transaction["id"]) not in body
    finally:
        remote.stop()


@pytest.mark.journey
def test_a_real_kiosk_reports_maintenance_open_while_an_operator_works(
    kiosk: Any, citizen: Any, tmp_path: Path
) -> None:
    """The remote endpoint wired as app.py wires it follows the real maintenance screen."""
    config = kiosk.config.model_copy(update={"remote": remote_config(tmp_path).remote})
    remote = _start_remote(
        config, kiosk.store, kiosk.devices, kiosk.controller, kiosk.platform.base_url
    )
    assert remote is not None
    try:
        assert upkeep_fetch(remote.url)[0]["maintenance"]["open"] is False
        operator = Operator(kiosk, citizen)
        operator.open()
        report, found = upkeep_fetch(remote.url)
        assert report["maintenance"]["open"] is True and report["maintenance"]["state"] == "open"
        assert report["maintenance"]["staff_no"] == "0002"
        assert total(found, "kiosk_maintenance_open") == 1
        citizen.tap(kiosk.window.maintenance.finish)
        report, found = upkeep_fetch(remote.url)
        assert report["maintenance"]["open"] is False
        assert total(found, "kiosk_maintenance_open") == 0
    finally:
        remote.stop()
