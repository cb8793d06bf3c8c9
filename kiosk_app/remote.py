"""District monitoring: health and counters for Prometheus (`/metrics`) and a remote inspection
(std 8.2, `/inspection`, JSON). Off by default; bound to the configured address; every request
needs the bearer token. No citizen data: device states, counts, fault classes and times only.

The kiosk's live state (device statuses, a session open or not) comes from a `LiveProvider`
called on the HTTP thread, so it must only read (see `device_snapshots`); everything else is
read from the store, which is thread-safe. Standard library only, like the sandbox platform.
"""

from __future__ import annotations

import hmac
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from kiosk_app.config import MIN_TOKEN_LENGTH, Config
from kiosk_app.http_serving import QuietHandler, QuietServer
from kiosk_app.remote_content import (
    FINAL_PAYMENT_STATES,
    HELP_PENDING_S,
    DeviceSnapshot,
    Inspector,
    LiveProvider,
    LiveState,
    device_snapshots,
)
from kiosk_app.remote_network import HEALTH_ENDPOINT, NetworkCheck, check_platform
from kiosk_app.reports_model import Records

__all__ = [
    "FINAL_PAYMENT_STATES",
    "HEALTH_ENDPOINT",
    "HELP_PENDING_S",
    "DeviceSnapshot",
    "LiveProvider",
    "LiveState",
    "NetworkCheck",
    "RemoteError",
    "RemoteServer",
    "check_platform",
    "device_snapshots",
    "start_remote",
]

log = logging.getLogger(__name__)


class RemoteError(Exception):
    """The remote endpoint cannot start: the message is for the operator."""


class RemoteServer(Inspector):
    """Serves /metrics and /inspection on a daemon thread while started."""

    _server: _Server | None = None
    _thread: threading.Thread | None = None
    _refusals: dict[str, float]  # address -> when last logged; made by start()
    _refusals_lock: threading.Lock

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
        self._refusals, self._refusals_lock = {}, threading.Lock()
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


class _Server(QuietServer):
    log = log
    label = "remote"

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[QuietHandler],
        remote: RemoteServer,
    ) -> None:
        self.remote = remote
        super().__init__(address, handler)


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


class _Handler(QuietHandler):
    server_version = "KioskRemote/1"
    timeout = 10
    server: _Server

    def do_GET(self) -> None:
        remote = self.server.remote
        if not remote.authorized(self.headers.get("Authorization")):
            remote.refused(str(self.client_address[0]))
            self.send_body(401, b"unauthorized\n", "text/plain", {"WWW-Authenticate": "Bearer"})
            return
        path = self.path.split("?", 1)[0]
        route = _ROUTES.get(path)
        if route is None:
            self.send_body(404, b"not found\n", "text/plain")
            return
        content_type, render = route
        try:
            body = render(remote)
        except Exception as error:  # a monitoring answer must never take the kiosk down
            log.warning("remote: %s failed: %s", path, type(error).__name__)
            self.send_body(500, b"internal error\n", "text/plain")
            return
        self.send_body(200, body, content_type)

    def do_POST(self) -> None:
        self.send_body(405, b"method not allowed\n", "text/plain", {"Allow": "GET"})

    do_PUT = do_DELETE = do_PATCH = do_POST

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        self.send_body(code, f"{code}\n".encode(), "text/plain")

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the request line is not logged; refusals are, above
