"""The HTTP scaffolding that the sandbox platform and the remote endpoint share: a threaded
server that never prints a traceback for a client hanging up, and a handler that answers with
a length, no caching, and swallows a client that went away. Standard library only."""

from __future__ import annotations

import http.server
import logging
import socket
import sys
from collections.abc import Mapping
from typing import Any


class QuietServer(http.server.ThreadingHTTPServer):
    """Daemon handler threads, IPv6 when the address is one, connection errors at DEBUG."""

    daemon_threads = True
    block_on_close = False
    log = logging.getLogger(__name__)
    label = "http"

    def __init__(
        self, address: tuple[str, int], handler: type[http.server.BaseHTTPRequestHandler]
    ) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # The default prints a traceback to stderr; a client hanging up is routine here.
        self.log.debug("%s connection error: %s", self.label, type(sys.exc_info()[1]).__name__)


class QuietHandler(http.server.BaseHTTPRequestHandler):
    """Answers through `send_body`; no Python version in the Server header."""

    sys_version = ""

    def send_body(
        self,
        status: int,
        body: bytes,
        content_type: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """One whole answer; a client that gave up (e.g. its read timeout) is not an error."""
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if self.close_connection and self.protocol_version == "HTTP/1.1":
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except OSError:
            self.close_connection = True
