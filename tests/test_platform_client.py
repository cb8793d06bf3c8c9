"""The platform client against the real sandbox (and two tiny misbehaving servers) over HTTP."""

from __future__ import annotations

import http.server
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from devices.simulated.training_cards import TRAINING_CARDS
from kiosk_app.platform_client import PlatformClient, PlatformError
from kiosk_app.sandbox import SandboxPlatform

JIA, YI, BING, DING = TRAINING_CARDS
SI = "/api/v1/social-insurance/record"
PF = "/api/v1/provident-fund/account"
KIOSK = "KIOSK-TEST-01"


def query(card_index: int) -> dict[str, object]:
    card = TRAINING_CARDS[card_index]
    return {"id_number": card.id_number, "name": card.name, "transaction_id": "T-1"}


@pytest.fixture
def platform() -> Iterator[SandboxPlatform]:
    with SandboxPlatform() as sandbox:
        yield sandbox


@pytest.fixture
def make_client(platform: SandboxPlatform) -> Iterator[Callable[..., PlatformClient]]:
    clients: list[PlatformClient] = []

    def make(base_url: str | None = None, **kw: float) -> PlatformClient:
        options: dict[str, float] = {"connect_timeout_s": 1.0, "read_timeout_s": 2.0} | kw
        client = PlatformClient(
            base_url or platform.base_url,
            KIOSK,
            connect_timeout_s=options["connect_timeout_s"],
            read_timeout_s=options["read_timeout_s"],
            retries=int(options.get("retries", 2)),
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def fails(call: Callable[[], object]) -> PlatformError:
    with pytest.raises(PlatformError) as caught:
        call()
    return caught.value


def free_port() -> int:
    """A port that nothing listens on: bound once, then closed."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


class _Fixed(http.server.BaseHTTPRequestHandler):
    """Answers every POST with a fixed status and body, like a broken gateway would."""

    status = 200
    body = b""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(self.status)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client hanging up on an oversized answer is the point of the test


@pytest.fixture
def fixed_server() -> Iterator[Callable[[int, bytes], str]]:
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(status: int, body: bytes) -> str:
        handler = type("Handler", (_Fixed,), {"status": status, "body": body})
        server = _QuietServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


# -- success -----------------------------------------------------------------------------------


def test_call_success_adds_kiosk_id(make_client: Callable[..., PlatformClient]) -> None:
    client = make_client()
    payload = query(0)
    answer = client.call(SI, payload)
    assert answer["insured_name"] == "测试甲"
    assert isinstance(answer["contributions"], list) and len(answer["contributions"]) == 12
    assert "kiosk_id" not in payload  # the caller's dict is not changed


def test_health(platform: SandboxPlatform, make_client: Callable[..., PlatformClient]) -> None:
    client = make_client(retries=0)
    assert client.health() is True
    platform.set_fault(status=503)
    assert client.health() is False
    platform.clear_faults()
    assert make_client(f"http://127.0.0.1:{free_port()}", retries=0).health() is False


def test_submit_rating(
    platform: SandboxPlatform, make_client: Callable[..., PlatformClient]
) -> None:
    client = make_client()
    client.submit_rating("T-9", "social-insurance-record", 4, "")
    client.submit_rating("T-10", "social-insurance-record", None, "没时间")
    assert [(r["transaction_id"], r["level"], r["kiosk_id"]) for r in platform.ratings] == [
        ("T-9", 4, KIOSK),
        ("T-10", None, KIOSK),
    ]
    error = fails(lambda: client.submit_rating("T-11", "x", 9, ""))
    assert (error.kind, error.code, error.status) == ("server", "bad_request", 400)


# -- failures ----------------------------------------------------------------------------------


def test_not_found(make_client: Callable[..., PlatformClient]) -> None:
    client = make_client()
    unknown = fails(lambda: client.call(SI, query(3)))
    assert (unknown.kind, unknown.code, unknown.key) == (
        "not_found",
        "citizen_not_found",
        "platform_not_found",
    )
    no_account = fails(lambda: client.call(PF, query(2)))
    assert (no_account.kind, no_account.code) == ("not_found", "not_found")


def test_wrong_route_is_a_server_problem_not_no_record(
    make_client: Callable[..., PlatformClient],
) -> None:
    error = fails(lambda: make_client().call("/api/v1/typo", query(0)))
    assert (error.kind, error.code, error.status) == ("server", "unknown_route", 404)


def test_503_is_retried_then_succeeds(
    platform: SandboxPlatform, make_client: Callable[..., PlatformClient]
) -> None:
    platform.set_fault(status=503, count=1)
    assert make_client().call(SI, query(0))["insured_name"] == "测试甲"
    platform.set_fault(status=502, count=2)  # two retries cover two failures
    assert make_client(retries=2).call(SI, query(0))["insured_name"] == "测试甲"


def test_retries_are_bounded(
    platform: SandboxPlatform, make_client: Callable[..., PlatformClient]
) -> None:
    platform.set_fault(status=503, count=2)
    error = fails(lambda: make_client(retries=1).call(SI, query(0)))
    assert (error.kind, error.code, error.status) == ("server", "service_unavailable", 503)


def test_persistent_503_is_server(
    platform: SandboxPlatform, make_client: Callable[..., PlatformClient]
) -> None:
    platform.set_fault(status=503)
    error = fails(lambda: make_client().call(SI, query(0)))
    assert (error.kind, error.key, error.status) == ("server", "platform_server", 503)


def test_500_is_server_without_retry(
    platform: SandboxPlatform, make_client: Callable[..., PlatformClient]
) -> None:
    platform.set_fault(status=500, count=1)
    error = fails(lambda: make_client().call(SI, query(0)))
    assert (error.kind, error.code) == ("server", "internal_server_error")


def test_slow_platform_is_timeout(
    platform: SandboxPlatform, make_client: Callable[..., PlatformClient]
) -> None:
    platform.set_fault(delay_s=1.0, count=1)
    client = make_client(read_timeout_s=0.3, retries=0)
    started = time.monotonic()
    error = fails(lambda: client.call(SI, query(0)))
    assert error.kind == "timeout" and error.key == "platform_timeout"
    assert time.monotonic() - started < 0.9


def test_read_timeouts_are_not_retried(
    platform: SandboxPlatform, make_client: Callable[..., PlatformClient]
) -> None:
    platform.set_fault(delay_s=0.5, count=3)
    client = make_client(read_timeout_s=0.2, retries=2)
    started = time.monotonic()
    assert fails(lambda: client.call(SI, query(0))).kind == "timeout"
    assert time.monotonic() - started < 0.45


def test_nothing_listening_is_unreachable(make_client: Callable[..., PlatformClient]) -> None:
    client = make_client(f"http://127.0.0.1:{free_port()}")
    error = fails(lambda: client.call(SI, query(0)))
    assert (error.kind, error.key, error.status) == ("unreachable", "platform_unreachable", None)


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (200, b"<html>hello</html>", "bad_answer"),
        (200, b"[1, 2, 3]", "bad_answer"),
        (200, b"\xff\xfe{}", "bad_answer"),
        (200, b'{"a": "' + b"x" * (1024 * 1024) + b'"}', "bad_answer"),
        (404, b"<html>Not Found</html>", "server"),  # a proxy's page, not the platform
        (302, b"", "bad_answer"),
    ],
)
def test_broken_answers(
    make_client: Callable[..., PlatformClient],
    fixed_server: Callable[[int, bytes], str],
    status: int,
    body: bytes,
    kind: str,
) -> None:
    client = make_client(fixed_server(status, body))
    assert fails(lambda: client.call(SI, query(0))).kind == kind


def test_errors_and_logs_carry_no_citizen_data(
    platform: SandboxPlatform,
    make_client: Callable[..., PlatformClient],
    fixed_server: Callable[[int, bytes], str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="kiosk_app")
    errors = [
        fails(lambda: make_client().call(SI, query(3))),
        fails(lambda: make_client(f"http://127.0.0.1:{free_port()}").call(SI, query(0))),
        fails(lambda: make_client(fixed_server(200, b"not json")).call(SI, query(0))),
        fails(lambda: make_client(fixed_server(500, b"boom")).call(SI, query(1))),
    ]
    platform.set_fault(delay_s=1.0, count=1)
    errors.append(fails(lambda: make_client(read_timeout_s=0.3, retries=0).call(SI, query(0))))
    assert [e.kind for e in errors] == [
        "not_found",
        "unreachable",
        "bad_answer",
        "server",
        "timeout",
    ]
    for error in errors:
        texts = (str(error), repr(error), str(error.__cause__), str(error.__context__))
        for card in TRAINING_CARDS:
            assert not any(card.id_number in text or card.name in text for text in texts)
        assert error.__cause__ is None
    client_log = "\n".join(
        r.getMessage() for r in caplog.records if r.name == "kiosk_app.platform_client"
    )
    assert SI in client_log
    for card in TRAINING_CARDS:
        assert card.id_number not in caplog.text and card.name not in caplog.text


def test_constructor_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        PlatformClient("ftp://example.invalid", KIOSK)
    with pytest.raises(ValueError):
        PlatformClient("http://127.0.0.1:1", KIOSK, retries=-1)
    with PlatformClient("http://127.0.0.1:1/", KIOSK) as client:
        assert client.base_url == "http://127.0.0.1:1"
        with pytest.raises(ValueError):
            client.call("api/v1/health", {})
