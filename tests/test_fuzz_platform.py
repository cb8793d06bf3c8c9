"""A hostile platform: whatever status, headers and body it answers (random bytes, malformed,
deeply nested or huge JSON, wrong types where the kiosk expects records, markup and printer
commands in the text), the client answers a JSON object or one PlatformError, and the kiosk
shows a result or a clear problem with a way out — never a traceback, never a hang."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk_app.platform_client import PlatformClient, PlatformError
from tests.conftest import CITIZEN

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
QUERY = "/api/v1/social-insurance/record"


class HostilePlatform(ThreadingHTTPServer):
    """Answers `answer` (status, headers, body) on `target`; forwards anything else to the
    real sandbox platform, so only the answer under test is hostile."""

    daemon_threads = True

    def __init__(self, upstream: str = "") -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.upstream = upstream
        self.target = ""  # empty: every path is hostile
        self.answer: tuple[int, dict[str, str], bytes] = (200, {}, b"{}")
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def close(self) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: HostilePlatform

    def log_message(self, *_args: Any) -> None:
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        server = self.server
        if server.upstream and server.target and self.path != server.target:
            upstream = requests.request(
                self.command,
                server.upstream + self.path,
                data=body,
                headers={"Content-Type": "application/json"},
                timeout=10,
            )
            status, data = upstream.status_code, upstream.content
            headers: dict[str, str] = {}
        else:
            status, headers, data = server.answer
        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the kiosk stopped reading a huge answer, as it should

    do_GET = _handle
    do_POST = _handle


@pytest.fixture
def hostile() -> Iterator[HostilePlatform]:
    server = HostilePlatform()
    yield server
    server.close()


def _call(client: PlatformClient) -> None:
    try:
        answer = client.call("/api/v1/anything", {"q": 1})
    except PlatformError as error:
        assert error.key.startswith("platform_")
        return
    assert isinstance(answer, dict)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)


@FUZZ
@given(st.integers(100, 599), st.binary(max_size=400))
def test_any_status_and_bytes(hostile: HostilePlatform, status: int, body: bytes) -> None:
    hostile.answer = (status, {}, body)
    with PlatformClient(hostile.url, "K1", read_timeout_s=2, retries=0) as client:
        _call(client)


@FUZZ
@given(st.sampled_from([200, 400, 404, 500]), JSON)
def test_any_json(hostile: HostilePlatform, status: int, value: Any) -> None:
    hostile.answer = (status, {"Content-Type": "application/json"}, json.dumps(value).encode())
    with PlatformClient(hostile.url, "K1", read_timeout_s=2, retries=0) as client:
        _call(client)


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({}, b"[" * 200_000),  # nesting deeper than any parser's stack
        ({}, b'{"a":' * 100_000 + b"1" + b"}" * 100_000),
        ({}, b'{"rows": "' + b"x" * 3_000_000 + b'"}'),  # 3 MB, over the 1 MB limit
        ({"Content-Length": "99999999999"}, b"{}"),  # a lying length
        ({"Content-Type": "application/json; charset=utf-16"}, '{"a": 1}'.encode("utf-16")),
        ({}, b'{"a": NaN, "b": Infinity}'),
        ({}, b'{"a": 1, "a": 2}'),
        ({}, b"\xef\xbb\xbf{}"),  # a BOM
    ],
)
def test_hostile_answers_are_refused_or_read(
    hostile: HostilePlatform, headers: dict[str, str], body: bytes
) -> None:
    hostile.answer = (200, headers, body)
    with PlatformClient(hostile.url, "K1", read_timeout_s=2, retries=0) as client:
        _call(client)


# Through the kiosk's screens ------------------------------------------------------------------

HOSTILE_RESULTS = [
    {"employer": {"nested": [1, 2]}, "enrolments": 12, "contributions": "not a table"},
    {"contributions": [1, "two", None, [3]], "employer": None},
    {"contributions": [{"month": {"x": 1}, "base": [1e308, -1e308]}] * 5000},  # 5,000 rows
    {"employer": "<b>粗体</b><img src='file:///etc/passwd'><a href='x'>link</a>"},
    {"employer": "\x1b@\x1dV\x00\x1b\x70\x00\x19\xfa 开钱箱 切纸", "enrolments": "\u202e反向"},
    {"employer": "x" * 100_000},
    {"employer": "%PDF-1.4 endobj ) Tj ET BT /F1 12 Tf (injected) Tj"},
    {},
]


@pytest.fixture
def hostile_kiosk(qapp: Any, tmp_path: Any, private_tmp: Any) -> Iterator[Any]:
    from kiosk_app.app import build_kiosk
    from kiosk_app.config import Config
    from kiosk_app.demo import PORTRAIT
    from kiosk_app.sandbox import SandboxPlatform

    sandbox = SandboxPlatform()
    upstream = sandbox.start()
    server = HostilePlatform(upstream)
    server.target = QUERY
    config = Config.model_validate(
        {
            "store": {"data_dir": str(tmp_path / "data")},
            "platform": {"url": server.url, "retries": 0, "read_timeout_s": 3.0},
        }
    )
    kiosk = build_kiosk(config)
    kiosk.controller.second_ms = 20
    kiosk.window.resize(*PORTRAIT)
    kiosk.window.show()
    yield kiosk, server
    kiosk.shutdown()
    server.close()
    sandbox.stop()


@pytest.mark.journey
@pytest.mark.parametrize("answer", HOSTILE_RESULTS, ids=range(len(HOSTILE_RESULTS)))
def test_hostile_results_on_the_screen_and_the_receipt(hostile_kiosk: Any, answer: Any) -> None:
    from kiosk_app.demo import Citizen

    kiosk, server = hostile_kiosk
    citizen = Citizen(kiosk)
    for device in kiosk.devices.all().values():
        device.delay_s = 0.02
    server.answer = (200, {}, json.dumps(answer).encode())
    citizen.start()
    citizen.tap(kiosk.window.home.tiles["social_insurance_record"])
    citizen.tap(citizen.button("action-agree"))
    citizen.present_card(CITIZEN)
    citizen.wait_for(
        lambda: citizen.step_view() in ("ResultView", "Problem"), what="a result or a problem"
    )
    if citizen.step_view() == "ResultView" and "print:receipt" in kiosk.window.step.buttons:
        citizen.tap(kiosk.window.step.buttons["print:receipt"])
        citizen.wait_for(lambda: citizen.step_view() in ("Rating", "Problem"), what="printed")
    if citizen.step_view() == "Problem":
        citizen.tap(citizen.button("action-exit"))
    else:
        citizen.tap(citizen.button("cancel"))
    citizen.wait_for(lambda: citizen.screen() == "MessageScreen", what="the session's end")
    assert kiosk.controller.session is None


def test_an_answer_trickled_a_byte_at_a_time_is_cut_off() -> None:
    """Each byte comes within the read timeout, so only a deadline on the whole answer ends
    it; without one a worker thread would wait for hours."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def trickle() -> None:
        client, _address = listener.accept()
        with client:
            client.recv(65536)
            client.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n{")
            while not stop.is_set():
                try:
                    client.sendall(b" ")
                except OSError:
                    return
                stop.wait(0.2)

    threading.Thread(target=trickle, daemon=True).start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    outcome: list[BaseException] = []

    def call() -> None:
        with PlatformClient(url, "K1", connect_timeout_s=0.5, read_timeout_s=0.5, retries=0) as c:
            try:
                c.call("/api/v1/anything", {})
            except PlatformError as error:
                outcome.append(error)

    caller = threading.Thread(target=call, daemon=True)
    caller.start()
    caller.join(60)
    stop.set()
    listener.close()
    assert not caller.is_alive(), "the call never ended"
    [error] = outcome
    assert isinstance(error, PlatformError) and error.key == "platform_timeout"
