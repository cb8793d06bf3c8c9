#!/usr/bin/env python3
"""A district's fleet, on one machine: several kiosks' remote endpoints (each over its own
store with simulated use) on loopback ports, scraped by a real Prometheus server with bearer
token auth every second; then Prometheus's HTTP API is asked whether it sees every kiosk.

    .venv/bin/python scripts/fleet-demo.py [--kiosks 3] [--keep]

Needs the `prometheus` binary (Debian: apt-get install prometheus). With --keep it stays up
and prints the Prometheus URL to browse; Ctrl-C stops everything it started.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import logging
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk_app.config import Config
from kiosk_app.remote import DeviceSnapshot, LiveState, RemoteServer
from kiosk_app.store import Store

ITEMS = ("social_insurance_record", "no_housing_proof", "provident_fund_account")
OUTCOMES = ("completed",) * 8 + ("cancelled", "timeout")


def simulate_use(store: Store, kiosk_id: str, transactions: int, seed: int) -> None:
    """A day's PII-free records, written with explicit times (the Store stamps now())."""
    rng = random.Random(seed)
    start = dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=8)
    for n in range(transactions):
        began = start + dt.timedelta(minutes=5 * n)
        tid = f"{kiosk_id}-{began:%Y%m%d%H%M%S}-{n:04X}"
        outcome = rng.choice(OUTCOMES)
        store.query(
            "INSERT INTO transactions (id, item_id, trial, started_at, ended_at, outcome,"
            " printed) VALUES (?, ?, 0, ?, ?, ?, ?)",
            tid,
            rng.choice(ITEMS),
            began.isoformat(),
            (began + dt.timedelta(minutes=3)).isoformat(),
            outcome,
            "receipt" if outcome == "completed" else "",
        )
        if outcome == "completed":
            store.record_rating(tid, "social_insurance_record", rng.choice([3, 4, 5, None]), "")
    if seed % 2:
        store.open_fault("receipt_printer", "hardware", "out_of_paper", "minor")


@dataclass
class FleetKiosk:
    kiosk_id: str
    store: Store
    server: RemoteServer
    transactions: int

    @property
    def target(self) -> str:
        return self.server.url.removeprefix("http://")


def live_state() -> LiveState:
    return LiveState(
        (
            DeviceSnapshot("card_reader", "online", "not_applicable", True),
            DeviceSnapshot("receipt_printer", "online", "ok", True),
        ),
        session_open=False,
    )


@contextlib.contextmanager
def fleet(folder: Path, count: int, token: str) -> Iterator[list[FleetKiosk]]:
    """`count` kiosks' remote endpoints on 127.0.0.1, each over its own simulated store."""
    kiosks: list[FleetKiosk] = []
    try:
        for i in range(count):
            kiosk_id = f"KIOSK-FLEET-{i + 1:02d}"
            config = Config.model_validate(
                {
                    "site": {"kiosk_id": kiosk_id, "name": f"演示街道便民服务中心{i + 1}"},
                    "store": {"data_dir": str(folder / kiosk_id)},
                    "remote": {"enabled": True, "port": 0, "token": token},
                }
            )
            store = Store(config.store.path() / "kiosk.sqlite3")
            count_ = 10 + 7 * i
            simulate_use(store, kiosk_id, count_, seed=i)
            server = RemoteServer(config, store, live_state, platform_url="")
            kiosks.append(FleetKiosk(kiosk_id, store, server, count_))
            server.start()
        yield kiosks
    finally:
        for kiosk in kiosks:
            kiosk.server.stop()
            kiosk.store.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Prometheus:
    """A private Prometheus server: its own config and data folder, a loopback port, and a
    process group of its own that stop() ends (TERM, then KILL)."""

    def __init__(self, folder: Path, targets: list[str], token: str, binary: str) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        token_file = folder / "token"
        token_file.write_text(token, encoding="utf-8")
        token_file.chmod(0o600)
        wrong = folder / "wrong-token"
        wrong.write_text("not-the-district-token", encoding="utf-8")
        config = {  # JSON is YAML
            "global": {"scrape_interval": "1s", "scrape_timeout": "1s"},
            "scrape_configs": [
                {
                    "job_name": "kiosks",
                    "authorization": {"type": "Bearer", "credentials_file": str(token_file)},
                    "static_configs": [{"targets": targets, "labels": {"district": "demo"}}],
                },
                {  # the same first kiosk with a wrong token: it must answer 401
                    "job_name": "kiosks-wrong-token",
                    "authorization": {"type": "Bearer", "credentials_file": str(wrong)},
                    "static_configs": [{"targets": targets[:1]}],
                },
            ],
        }
        (folder / "prometheus.yml").write_text(json.dumps(config, indent=1), encoding="utf-8")
        self.log = open(folder / "prometheus.log", "wb")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [
                binary,
                f"--config.file={folder / 'prometheus.yml'}",
                f"--storage.tsdb.path={folder / 'data'}",
                f"--web.listen-address=127.0.0.1:{self.port}",
                "--log.level=warn",
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, ended as one
            env={**os.environ, "GOMAXPROCS": "2"},
        )

    def get(self, path: str) -> bytes:
        with urllib.request.urlopen(self.url + path, timeout=2) as answer:
            return bytes(answer.read())

    def wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"prometheus exited: {self.tail()}")
            with contextlib.suppress(OSError):
                self.get("/-/ready")
                return
            time.sleep(0.1)
        raise TimeoutError(f"prometheus not ready after {timeout_s} s: {self.tail()}")

    def query(self, expr: str) -> list[dict[str, Any]]:
        """An instant query through the HTTP API: the result vector."""
        answer = json.loads(self.get("/api/v1/query?" + urllib.parse.urlencode({"query": expr})))
        if answer.get("status") != "success":
            raise RuntimeError(f"query {expr!r} failed: {answer}")
        result: list[dict[str, Any]] = answer["data"]["result"]
        return result

    def by_instance(self, expr: str) -> dict[str, float]:
        return {str(r["metric"]["instance"]): float(r["value"][1]) for r in self.query(expr)}

    def tail(self) -> str:
        self.log.flush()
        return (self.folder / "prometheus.log").read_text(errors="replace")[-2000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        self.log.close()


@dataclass
class FleetResult:
    expected: dict[str, int]  # instance -> finished transactions in its store
    seen: dict[str, float]  # instance -> sum(kiosk_transactions_total) per Prometheus
    up: dict[str, float]
    wrong_token_up: dict[str, float]
    faults_open: dict[str, float]
    seconds: float
    exit_code: int | None = None  # Prometheus's, once stopped

    @property
    def ok(self) -> bool:
        return (
            self.seen == {k: float(v) for k, v in self.expected.items()}
            and all(v == 1.0 for v in self.up.values())
            and len(self.up) == len(self.expected)
            and list(self.wrong_token_up.values()) == [0.0]
        )


def run_fleet(
    count: int = 3,
    timeout_s: float = 20.0,
    binary: str | None = None,
    keep: bool = False,
) -> FleetResult:
    """Start the fleet and Prometheus, wait until every kiosk is scraped, query, stop."""
    found = binary or shutil.which("prometheus")
    if found is None:
        raise FileNotFoundError("prometheus is not installed (Debian: apt-get install prometheus)")
    began = time.monotonic()
    token = secrets.token_urlsafe(32)
    with tempfile.TemporaryDirectory(prefix="kiosk-fleet-") as scratch:
        folder = Path(scratch)
        with fleet(folder, count, token) as kiosks:
            prometheus = Prometheus(folder, [k.target for k in kiosks], token, found)
            try:
                prometheus.wait_ready(timeout_s)
                expected = {k.target: k.transactions for k in kiosks}
                expr = 'sum by (instance) (kiosk_transactions_total{job="kiosks"})'
                deadline = began + timeout_s
                seen: dict[str, float] = {}
                wrong: dict[str, float] = {}
                while time.monotonic() < deadline:
                    seen = prometheus.by_instance(expr)
                    wrong = prometheus.by_instance('up{job="kiosks-wrong-token"}')
                    if len(seen) == count and wrong:
                        break
                    time.sleep(0.25)
                result = FleetResult(
                    expected,
                    seen,
                    prometheus.by_instance('up{job="kiosks"}'),
                    wrong,
                    prometheus.by_instance('sum by (instance) (kiosk_faults_open{job="kiosks"})'),
                    time.monotonic() - began,
                )
                if keep:
                    print(f"Prometheus: {prometheus.url}  (Ctrl-C to stop)", flush=True)
                    with contextlib.suppress(KeyboardInterrupt):
                        while True:
                            time.sleep(3600)
            finally:
                prometheus.stop()
    result.exit_code = prometheus.process.returncode
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kiosks", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("--keep", action="store_true", help="stay up to browse Prometheus")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    try:
        result = run_fleet(args.kiosks, args.timeout, keep=args.keep)
    except (FileNotFoundError, RuntimeError, TimeoutError) as error:
        print(f"fleet-demo: {error}", file=sys.stderr)
        return 2
    for instance, expected in sorted(result.expected.items()):
        print(
            f"{instance}: up={result.up.get(instance)} transactions={result.seen.get(instance)}"
            f" (store: {expected}) faults_open={result.faults_open.get(instance)}"
        )
    print(f"wrong token: up={list(result.wrong_token_up.values())} (401 expected)")
    print(f"{'OK' if result.ok else 'FAILED'} in {result.seconds:.1f} s")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
