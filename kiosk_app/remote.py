"""District monitoring: health and counters for Prometheus (`/metrics`) and a remote inspection
(std 8.2, `/inspection`, JSON). Off by default; bound to the configured address; every request
needs the bearer token. No citizen data: device states, counts, fault classes and times only.

The kiosk's live state (device statuses, a session open or not) comes from a `LiveProvider`
called on the HTTP thread, so it must only read (see `device_snapshots`); everything else is
read from the store, which is thread-safe. Standard library only, like the sandbox platform.
"""

from __future__ import annotations

import datetime as dt
import hmac
import http.server
import importlib.metadata
import json
import logging
import socket
import sqlite3
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from devices.interfaces import Device
from devices.status import DeviceState, MediaState
from kiosk_app.backup import latest_backup
from kiosk_app.config import MIN_TOKEN_LENGTH, Config
from kiosk_app.reports import FAULT_NAMES, Records

log = logging.getLogger(__name__)

HELP_PENDING_S = 900  # a call for help is pending until a volunteer logs in, or 15 minutes pass
HEALTH_ENDPOINT = "/api/v1/health"
FINAL_PAYMENT_STATES = ("delivered", "refunded", "closed", "declined")


class RemoteError(Exception):
    """The remote endpoint cannot start: the message is for the operator."""


@dataclass(frozen=True)
class DeviceSnapshot:
    device: str
    state: str
    media: str
    usable: bool


@dataclass(frozen=True)
class LiveState:
    """What only the running kiosk knows, as a snapshot."""

    devices: Sequence[DeviceSnapshot]
    session_open: bool
    assisted: bool = False


LiveProvider = Callable[[], LiveState]


def device_snapshots(devices: Mapping[Any, Device]) -> tuple[DeviceSnapshot, ...]:
    """Each device's last reported status; reading it is safe from any thread."""
    snapshots = []
    for name, device in devices.items():
        status = device.status
        snapshots.append(
            DeviceSnapshot(str(name), status.state.value, status.media.value, status.usable)
        )
    return tuple(snapshots)


@dataclass(frozen=True)
class NetworkCheck:
    ok: bool
    latency_ms: float | None
    checked_at: str
    error: str = ""


def check_platform(base_url: str, timeout_s: float = 3.0) -> NetworkCheck:
    """GET the platform's health endpoint; never raises. No proxy: the kiosk's own route."""
    started = time.monotonic()
    now = dt.datetime.now().isoformat(timespec="seconds")
    if not base_url:
        return NetworkCheck(False, None, now, "no platform URL")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(base_url.rstrip("/") + HEALTH_ENDPOINT, timeout=timeout_s) as answer:
            body = json.loads(answer.read(64 * 1024) or b"{}")
            ok = answer.status == 200 and isinstance(body, dict) and body.get("status") == "ok"
            error = "" if ok else "unhealthy answer"
    except urllib.error.HTTPError as exc:
        ok, error = False, f"HTTP {exc.code}"
    except (OSError, ValueError) as exc:
        ok, error = False, type(exc).__name__
    latency = (time.monotonic() - started) * 1000
    return NetworkCheck(ok, round(latency, 1) if ok else None, now, error)


def _version() -> str:
    try:
        return importlib.metadata.version("gov-kiosk")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


class _Metrics:
    """Prometheus text exposition format 0.0.4; each family's samples come out together."""

    def __init__(self) -> None:
        self.families: dict[str, list[str]] = {}

    def family(self, name: str, kind: str, help_: str) -> None:
        self.families[name] = [f"# HELP {name} {help_}", f"# TYPE {name} {kind}"]

    def sample(self, name: str, value: float, **labels: str) -> None:
        text = ",".join(f'{k}="{_escape(v)}"' for k, v in labels.items())
        number = repr(float(value)) if isinstance(value, float) else str(value)
        self.families[name].append(f"{name}{{{text}}} {number}" if text else f"{name} {number}")

    def text(self) -> str:
        return "".join(line + "\n" for lines in self.families.values() for line in lines)


def _epoch(iso: str | None) -> float | None:
    return dt.datetime.fromisoformat(iso).timestamp() if iso else None


class RemoteServer:
    """Serves /metrics and /inspection on a daemon thread while started."""

    def __init__(
        self,
        config: Config,
        store: Records,
        live: LiveProvider,
        platform_url: str = "",
        now: Callable[[], dt.datetime] = dt.datetime.now,
        network_check: Callable[[], NetworkCheck] | None = None,
    ) -> None:
        self.config = config
        self.settings = config.remote
        self.store = store
        self.live = live
        self.now = now
        self.version = _version()
        self.started = time.monotonic()
        self.started_at = now()
        self._check = network_check or (lambda: check_platform(platform_url))
        self._network: NetworkCheck | None = None
        self._network_at = 0.0
        self._network_lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._refusals: dict[str, float] = {}  # address -> when last logged
        self._refusals_lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> str:
        """Bind and serve; returns the base URL. Refuses a short token whatever `enabled` says."""
        if self._server is not None:
            return self.url
        if len(self.settings.token) < MIN_TOKEN_LENGTH:
            raise RemoteError(
                f"remote.token must have at least {MIN_TOKEN_LENGTH} characters; "
                "the remote endpoint was not started"
            )
        try:
            server = _Server((self.settings.bind, self.settings.port), _Handler, self)
        except OSError as error:
            raise RemoteError(
                f"remote: cannot listen on {self.settings.bind}:{self.settings.port}: "
                f"{error.strerror or error}"
            ) from None
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.2},
            daemon=True,
            name="kiosk-remote",
        )
        self._thread.start()
        log.info("remote monitoring listening on %s", self.url)
        return self.url

    def stop(self) -> None:
        """Stop serving and close the socket. Safe to call twice."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    @property
    def url(self) -> str:
        if self._server is None:
            return ""
        address = self._server.server_address
        host, port = str(address[0]), int(address[1])
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    def refused(self, address: str) -> None:
        """Log a refused request, at most once a minute per address (a misconfigured scraper
        would otherwise write a line every scrape)."""
        now = time.monotonic()
        with self._refusals_lock:
            last = self._refusals.get(address)
            if last is not None and now - last < 60:
                return
            self._refusals[address] = now
        log.warning("remote: refused a request without the right token from %s", address)

    def authorized(self, header: str | None) -> bool:
        scheme, _, given = (header or "").partition(" ")
        expected = self.settings.token.encode()
        ok = hmac.compare_digest(given.strip().encode(), expected)
        return scheme.lower() == "bearer" and ok and bool(expected)

    # -- what is served ----------------------------------------------------------------------

    def network(self) -> NetworkCheck:
        """The platform check, reused for `platform_check_s` so scrapes do not hammer it."""
        with self._network_lock:
            fresh = time.monotonic() - self._network_at < self.settings.platform_check_s
            if self._network is None or not fresh:
                self._network = self._check()
                self._network_at = time.monotonic()
            return self._network

    def _q(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return self.store.query(sql, *args)

    def _help_pending(self, now: dt.datetime) -> tuple[int, str | None]:
        since = (now - dt.timedelta(seconds=HELP_PENDING_S)).isoformat(timespec="seconds")
        [(pending, last)] = self._q(
            "SELECT COUNT(*), MAX(at) FROM events WHERE kind = 'help_requested' AND at >= ?"
            " AND id > COALESCE((SELECT MAX(id) FROM events WHERE kind = 'assist_started'), 0)",
            since,
        )
        return int(pending), last

    def metrics_text(self) -> str:
        m = _Metrics()
        now = self.now()
        live = self.live()
        site = self.config.site
        m.family("kiosk_up", "gauge", "1 while the kiosk application answers")
        m.sample("kiosk_up", 1)
        m.family("kiosk_info", "gauge", "the kiosk's identity and version")
        m.sample("kiosk_info", 1, kiosk_id=site.kiosk_id, site=site.name, version=self.version)
        m.family("kiosk_uptime_seconds", "gauge", "seconds since the kiosk started")
        m.sample("kiosk_uptime_seconds", round(time.monotonic() - self.started, 3))
        m.family("kiosk_training_mode", "gauge", "1 in training mode (nothing is a real service)")
        m.sample("kiosk_training_mode", int(self.config.training))
        m.family("kiosk_session_open", "gauge", "1 while a citizen's session is open")
        m.sample("kiosk_session_open", int(live.session_open))
        m.family("kiosk_assisted", "gauge", "1 while a volunteer assists (帮办代办)")
        m.sample("kiosk_assisted", int(live.assisted))
        m.family("kiosk_device_state", "gauge", "1 for each device's current state")
        for d in live.devices:
            for state in DeviceState:
                m.sample("kiosk_device_state", int(d.state == state), device=d.device, state=state)
        m.family("kiosk_device_media", "gauge", "1 for each device's current media state")
        for d in live.devices:
            for media in MediaState:
                m.sample("kiosk_device_media", int(d.media == media), device=d.device, media=media)
        m.family("kiosk_device_usable", "gauge", "1 when the device can serve a citizen")
        for d in live.devices:
            m.sample("kiosk_device_usable", int(d.usable), device=d.device)
        network = self.network()
        m.family("kiosk_platform_up", "gauge", "1 when the platform's health check answers ok")
        m.sample("kiosk_platform_up", int(network.ok))
        if network.latency_ms is not None:
            m.family("kiosk_platform_latency_seconds", "gauge", "health check round trip")
            m.sample("kiosk_platform_latency_seconds", network.latency_ms / 1000)
        try:
            self._store_metrics(m, now)
            store_up = 1
        except sqlite3.Error as error:
            log.warning("remote: the store cannot be read: %s", type(error).__name__)
            store_up = 0
        m.family("kiosk_store_up", "gauge", "1 when the kiosk's records could be read")
        m.sample("kiosk_store_up", store_up)
        return m.text()

    def _store_metrics(self, m: _Metrics, now: dt.datetime) -> None:
        q = self._q
        m.family("kiosk_transactions_total", "counter", "finished transactions (办件)")
        for item, trial, outcome, n in q(
            "SELECT item_id, trial, outcome, COUNT(*) FROM transactions"
            " WHERE ended_at IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
        ):
            trial_ = "true" if trial else "false"
            m.sample("kiosk_transactions_total", n, item=item, trial=trial_, outcome=outcome)
        [(last,)] = q("SELECT MAX(started_at) FROM transactions")
        if last:
            m.family("kiosk_last_transaction_timestamp_seconds", "gauge", "last one started")
            m.sample("kiosk_last_transaction_timestamp_seconds", _epoch(last) or 0.0)
        printed = dict(q("SELECT printed, COUNT(*) FROM transactions GROUP BY 1"))
        m.family("kiosk_printed_total", "counter", "results printed, by medium (耗材)")
        for medium in ("receipt", "a4"):
            m.sample("kiosk_printed_total", printed.get(medium, 0), medium=medium)
        open_faults = q(
            "SELECT source, category, code, severity, at FROM faults WHERE resolved_at IS NULL"
        )
        m.family("kiosk_faults_open", "gauge", "open faults by Appendix A severity")
        for severity in ("minor", "severe"):
            count = sum(1 for f in open_faults if f[3] == severity)
            m.sample("kiosk_faults_open", count, severity=severity)
        m.family("kiosk_fault_open", "gauge", "one per open fault, with its Appendix A class")
        for source, category, code, severity, _at in open_faults:
            labels = {"device": source, "category": category, "code": code, "severity": severity}
            m.sample("kiosk_fault_open", 1, **labels)
        m.family("kiosk_faults_total", "counter", "faults opened, by Appendix A class")
        for category, code, severity, n in q(
            "SELECT category, code, severity, COUNT(*) FROM faults GROUP BY 1, 2, 3 ORDER BY 1, 2"
        ):
            m.sample("kiosk_faults_total", n, category=category, code=code, severity=severity)
        levels = dict(q("SELECT level, COUNT(*) FROM ratings GROUP BY 1"))
        m.family("kiosk_ratings_total", "counter", "好差评 ratings by level (none: skipped)")
        for level in ("1", "2", "3", "4", "5", "none"):
            key = None if level == "none" else int(level)
            m.sample("kiosk_ratings_total", levels.get(key, 0), level=level)
        iso_now = now.isoformat(timespec="seconds")
        [(open_, overdue)] = q(
            "SELECT COUNT(*), COALESCE(SUM(due_at < ?), 0) FROM followups WHERE closed_at IS NULL",
            iso_now,
        )
        m.family("kiosk_followups_open", "gauge", "差评 follow-ups not yet closed")
        m.sample("kiosk_followups_open", open_)
        m.family("kiosk_followups_overdue", "gauge", "open 差评 follow-ups past their due date")
        m.sample("kiosk_followups_overdue", overdue)
        [(helps,)] = q("SELECT COUNT(*) FROM events WHERE kind = 'help_requested'")
        m.family("kiosk_help_requests_total", "counter", "calls for help (帮办)")
        m.sample("kiosk_help_requests_total", helps)
        pending, _last = self._help_pending(now)
        m.family("kiosk_help_requests_pending", "gauge", "calls for help no volunteer answered")
        m.sample("kiosk_help_requests_pending", pending)
        paid = {
            s: (n, fen)
            for s, n, fen in q("SELECT state, COUNT(*), SUM(amount_fen) FROM payments GROUP BY 1")
        }
        m.family("kiosk_payments_total", "counter", "settled payment orders by final state")
        m.family("kiosk_payments_fen_total", "counter", "amount of settled orders, in fen (分)")
        for state in FINAL_PAYMENT_STATES:
            n, fen = paid.get(state, (0, 0))
            m.sample("kiosk_payments_total", n, state=state)
            m.sample("kiosk_payments_fen_total", fen, state=state)
        m.family("kiosk_payments_open", "gauge", "payment orders not yet settled")
        m.sample(
            "kiosk_payments_open",
            sum(n for s, (n, _f) in paid.items() if s not in FINAL_PAYMENT_STATES),
        )
        last_backup = self._last_backup()
        if last_backup is not None:
            m.family("kiosk_last_backup_timestamp_seconds", "gauge", "newest backup (std 9.5)")
            m.sample("kiosk_last_backup_timestamp_seconds", last_backup.timestamp())

    def _last_backup(self) -> dt.datetime | None:
        folder = self.config.backup.path(self.config.store.path())
        found = latest_backup(folder)
        return found[1] if found else None

    def inspection(self) -> dict[str, Any]:
        """Std 8.2 remote inspection: devices and media, faults, activity, network, backlog."""
        now = self.now()
        live = self.live()
        q = self._q
        today = dt.datetime.combine(now.date(), dt.time()).isoformat(timespec="seconds")
        faults = [
            {
                "device": source,
                "category": category,
                "code": code,
                "name": FAULT_NAMES.get(code, code),
                "severity": severity,
                "since": at,
            }
            for source, category, code, severity, at in q(
                "SELECT source, category, code, severity, at FROM faults"
                " WHERE resolved_at IS NULL ORDER BY at"
            )
        ]
        outcomes = dict(
            q(
                "SELECT COALESCE(outcome, 'open'), COUNT(*) FROM transactions"
                " WHERE started_at >= ? GROUP BY 1",
                today,
            )
        )
        printed = dict(
            q("SELECT printed, COUNT(*) FROM transactions WHERE started_at >= ? GROUP BY 1", today)
        )
        levels = dict(
            q("SELECT level, COUNT(*) FROM ratings WHERE created_at >= ? GROUP BY 1", today)
        )
        [(helps_today,)] = q(
            "SELECT COUNT(*) FROM events WHERE kind = 'help_requested' AND at >= ?", today
        )
        [(last_started, last_ended)] = q("SELECT MAX(started_at), MAX(ended_at) FROM transactions")
        iso_now = now.isoformat(timespec="seconds")
        [(open_, overdue, oldest)] = q(
            "SELECT COUNT(*), COALESCE(SUM(due_at < ?), 0), MIN(due_at) FROM followups"
            " WHERE closed_at IS NULL",
            iso_now,
        )
        pending, last_help = self._help_pending(now)
        network = self.network()
        last_backup = self._last_backup()
        media_ok = all(d.media not in ("out", "jammed") for d in live.devices)
        return {
            "kiosk_id": self.config.site.kiosk_id,
            "site": self.config.site.name,
            "version": self.version,
            "training": self.config.training,
            "time": iso_now,
            "started_at": self.started_at.isoformat(timespec="seconds"),
            "uptime_s": round(time.monotonic() - self.started),
            "session_open": live.session_open,
            "assisted": live.assisted,
            "checks": {  # std 8.2 b) devices, c) consumables, e) network
                "devices_ok": all(d.usable for d in live.devices),
                "consumables_ok": media_ok,
                "network_ok": network.ok,
                "faults_open": len(faults),
            },
            "devices": [asdict(d) for d in live.devices],
            "faults_open": faults,
            "last_transaction": {"started_at": last_started, "ended_at": last_ended},
            "today": {
                "transactions": sum(outcomes.values()),
                "by_outcome": outcomes,
                "printed": {"receipt": printed.get("receipt", 0), "a4": printed.get("a4", 0)},
                "ratings": {
                    ("none" if k is None else str(k)): v
                    for k, v in sorted(
                        levels.items(), key=lambda kv: -1 if kv[0] is None else kv[0]
                    )
                },
                "help_requests": helps_today,
            },
            "network": {"platform": asdict(network)},
            "followups": {"open": open_, "overdue": overdue, "oldest_due_at": oldest},
            "help_requests": {"pending": pending, "last_at": last_help},
            "backup": {
                "last_at": last_backup.isoformat(timespec="seconds") if last_backup else None,
                "interval_days": self.config.backup.interval_days,
            },
        }


def start_remote(
    config: Config,
    store: Records,
    live: LiveProvider,
    platform_url: str = "",
) -> RemoteServer | None:
    """Start the endpoint if `[remote] enabled`; None when it is off. Raises RemoteError."""
    if not config.remote.enabled:
        return None
    server = RemoteServer(config, store, live, platform_url)
    server.start()
    return server


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[http.server.BaseHTTPRequestHandler],
        remote: RemoteServer,
    ) -> None:
        self.remote = remote
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("remote connection error")


_ROUTES: dict[str, tuple[str, Callable[[RemoteServer], bytes]]] = {
    "/metrics": (
        "text/plain; version=0.0.4; charset=utf-8",
        lambda r: r.metrics_text().encode("utf-8"),
    ),
    "/inspection": (
        "application/json; charset=utf-8",
        lambda r: json.dumps(r.inspection(), ensure_ascii=False, indent=1).encode("utf-8"),
    ),
}


class _Handler(http.server.BaseHTTPRequestHandler):
    server_version = "KioskRemote/1"
    sys_version = ""
    timeout = 10
    server: _Server

    def do_GET(self) -> None:
        remote = self.server.remote
        if not remote.authorized(self.headers.get("Authorization")):
            remote.refused(str(self.client_address[0]))
            self._send(401, b"unauthorized\n", "text/plain", {"WWW-Authenticate": "Bearer"})
            return
        path = self.path.split("?", 1)[0]
        route = _ROUTES.get(path)
        if route is None:
            self._send(404, b"not found\n", "text/plain")
            return
        content_type, render = route
        try:
            body = render(remote)
        except Exception as error:  # a monitoring answer must never take the kiosk down
            log.warning("remote: %s failed: %s", path, type(error).__name__)
            self._send(500, b"internal error\n", "text/plain")
            return
        self._send(200, body, content_type)

    def do_POST(self) -> None:
        self._send(405, b"method not allowed\n", "text/plain", {"Allow": "GET"})

    do_PUT = do_DELETE = do_PATCH = do_POST

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        self._send(code, f"{code}\n".encode(), "text/plain")

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the request line is not logged; refusals are, above
