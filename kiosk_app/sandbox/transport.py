"""The sandbox platform's HTTP side: keep-alive connections that stop() can cut, a body size
limit, JSON (or, for the pay page, HTML) answers, and logs with no query, body or request line."""

from __future__ import annotations

import contextlib
import http.server
import json
import logging
import selectors
import socket
import threading
from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from kiosk_app.http_serving import QuietHandler, QuietServer
from kiosk_app.sandbox import applications
from kiosk_app.sandbox.protocol import Html, error_body, status_code_name

if TYPE_CHECKING:
    from kiosk_app.sandbox.server import SandboxPlatform

_log = logging.getLogger("kiosk_app.sandbox.server")

MAX_BODY_BYTES = 64 * 1024


class PlatformServer(QuietServer):
    log = _log
    label = "sandbox"

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[http.server.BaseHTTPRequestHandler],
        platform: SandboxPlatform,
    ) -> None:
        self.platform = platform
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        self._wake_r, self._wake_w = socket.socketpair()
        try:
            super().__init__(address, handler)
        except OSError:  # e.g. the port is taken: do not leak the wake-up pair
            self._wake_r.close()
            self._wake_w.close()
            raise
        self.timeout = 0  # handle_request() only runs once the listening socket is ready

    def serve_until_woken(self) -> None:
        """Serve until wake(): unlike serve_forever, no polling, and stop() is immediate."""
        with selectors.DefaultSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while True:
                ready = {key.fileobj for key, _ in selector.select()}
                if self._wake_r in ready:
                    return
                self.handle_request()

    def wake(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")

    def server_close(self) -> None:
        super().server_close()
        self._wake_r.close()
        self._wake_w.close()

    def track(self, connection: socket.socket, open_: bool) -> None:
        with self._connections_lock:
            if open_:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def close_connections(self) -> None:
        """Unblock keep-alive handlers so stop() leaves no thread reading a dead server."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class PlatformHandler(QuietHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so the client's Session reuses connections
    server_version = "KioskSandbox/1"
    timeout = 30  # idle keep-alive connections are dropped after this
    server: PlatformServer
    _status: int | None = None

    def version_string(self) -> str:
        return self.server_version

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes; without this, Nagle plus delayed ACK adds
        # ~40 ms to every answer.
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection, True)

    def finish(self) -> None:
        self.server.track(self.connection, False)
        super().finish()

    def _read_body(self) -> bytes | None:
        """Read the body within the size limit; None means an answer was already sent."""
        raw_length = self.headers.get("Content-Length")
        if raw_length is None:
            if "Transfer-Encoding" in self.headers:  # an unread chunked body would poison
                self.close_connection = True  # the connection; no platform client sends one
                self._send_json(400, error_body("bad_request", "send a Content-Length"))
                return None
            return b""
        try:
            length = int(raw_length)
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            self._send_json(400, error_body("bad_request", "invalid Content-Length"))
            return None
        limit = MAX_BODY_BYTES
        if urlsplit(self.path).path.startswith(applications.PREFIX):
            limit = applications.MAX_APPLICATION_BYTES  # a signed PDF with scanned pages
        if length > limit:
            self.close_connection = True  # the unread body would poison the connection
            self._send_json(413, error_body("payload_too_large", "request body over 64 KiB"))
            return None
        return self.rfile.read(length)

    def _dispatch(self) -> None:
        body = self._read_body()
        if body is None:
            return
        status, payload = self.server.platform.handle(self.command, self.path, body)
        headers: dict[str, str] = {}
        if status == 405:
            headers["Allow"] = ", ".join(self.server.platform.allowed_methods(self.path))
        if isinstance(payload, Html):
            headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
            html_body = payload.text.encode("utf-8")
            self.send_body(status, html_body, "text/html; charset=utf-8", headers)
            return
        self._send_json(status, payload, headers)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _dispatch

    def _send_json(
        self, status: int, payload: object, headers: Mapping[str, str] | None = None
    ) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_body(status, data, "application/json; charset=utf-8", headers)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """JSON errors for the parser's own failures too; never echo the request line."""
        self.close_connection = True
        self._send_json(code, error_body(status_code_name(code), HTTPStatus(code).phrase))

    def send_response(self, code: int, message: str | None = None) -> None:
        self._status = code
        super().send_response(code, message)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.log_message("")

    def log_error(self, format: str, *args: Any) -> None:
        # Its arguments can hold the raw request line; the status line is logged anyway.
        pass

    def log_message(self, format: str, *args: Any) -> None:
        """Only method, path without query (the verify code lives there) and status, at DEBUG.

        Never the base class's stderr line: bodies, queries and request lines stay out of logs.
        """
        raw_path = getattr(self, "path", "") or ""
        path = urlsplit(raw_path).path or "-"
        _log.debug("%s %s %s", getattr(self, "command", None) or "-", path, self._status or "-")
