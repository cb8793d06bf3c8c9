"""Text from the platform cannot become markup on the screen, commands on the receipt printer
or content in the PDF certificate. Every string the (real) sandbox platform answers is given a
hostile tail on its way to the kiosk, and the citizen goes through the real screens to a printed
receipt (python-escpos to the ESC/POS emulator) and a printed certificate (QPdfWriter)."""

from __future__ import annotations

import contextlib
import json
import subprocess
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk_app.demo import PORTRAIT, Citizen
from kiosk_app.sandbox import SandboxPlatform
from tests.conftest import CITIZEN
from tests.printers.escpos_emulator import PrinterModel, TcpPrinter

pytestmark = pytest.mark.journey

MARKUP = "<b>粗体</b><img src='file:///etc/passwd'><a href='https://evil.invalid'>点此</a>"
PRINTER = "\x1b@\x1dV\x00\x1bp\x00\x19\xfa\x10\x14\x01\x00\x01\x1c.开钱箱"
PDF = ") Tj ET endstream endobj 9 0 obj << /S /JavaScript /JS (app.alert(1)) >> (injected) Tj"
HOSTILE = MARKUP + PRINTER + PDF


class TamperingProxy(ThreadingHTTPServer):
    """Forwards to the sandbox platform and appends HOSTILE to every string it answers."""

    daemon_threads = True

    def __init__(self, upstream: str, transform: Callable[[Any], Any]) -> None:
        super().__init__(("127.0.0.1", 0), _Proxy)
        self.upstream = upstream
        self.transform = transform
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Proxy(BaseHTTPRequestHandler):
    server: TamperingProxy

    def log_message(self, *_args: Any) -> None:
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        answer = requests.request(
            self.command,
            self.server.upstream + self.path,
            data=body,
            headers={"Content-Type": "application/json"},
            timeout=10,
        )
        data = answer.content
        if "/payments/" not in self.path and "/identity/" not in self.path:
            with contextlib.suppress(ValueError):  # not JSON: passed on as it came
                data = json.dumps(self.server.transform(answer.json())).encode()
        self.send_response(answer.status_code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = _handle
    do_POST = _handle


def poison(value: Any) -> Any:
    if isinstance(value, str):
        return value + HOSTILE
    if isinstance(value, list):
        return [poison(v) for v in value]
    if isinstance(value, dict):
        return {k: poison(v) for k, v in value.items()}
    return value


@pytest.fixture(params=["raster", "gb18030"])
def hostile_kiosk(
    request: pytest.FixtureRequest, qapp: Any, tmp_path: Path, private_tmp: Path
) -> Iterator[tuple[Any, PrinterModel]]:
    from kiosk_app.app import build_kiosk
    from kiosk_app.config import Config

    sandbox = SandboxPlatform()
    proxy = TamperingProxy(sandbox.start(), poison)
    model = PrinterModel()
    printer = TcpPrinter(model)
    config = Config.model_validate(
        {
            "store": {"data_dir": str(tmp_path / "data")},
            "platform": {"url": proxy.url, "retries": 0},
            "devices": {
                "receipt_printer": "escpos",
                "escpos": {"port": printer.port, "text_mode": request.param},
            },
        }
    )
    kiosk = build_kiosk(config)
    kiosk.controller.second_ms = 20
    kiosk.window.resize(*PORTRAIT)
    kiosk.window.show()
    yield kiosk, model
    kiosk.shutdown()
    printer.power_off()
    proxy.shutdown()
    proxy.server_close()
    sandbox.stop()


def _no_label_renders_markup(kiosk: Any) -> int:
    """Every label showing hostile text shows it as plain text; returns how many did."""
    shown = 0
    for widget in kiosk.window.findChildren(QLabel):
        if "<img" in widget.text() and widget.isVisible():
            shown += 1
            assert widget.textFormat() == Qt.TextFormat.PlainText, widget.objectName()
            assert widget.openExternalLinks() is False
    return shown


def _to_the_result(citizen: Citizen, kiosk: Any, item: str) -> None:
    citizen.start()
    citizen.tap(kiosk.window.home.tiles[item])
    citizen.tap(citizen.button("action-agree"))
    if citizen.step_view() == "Form":
        citizen.tap(citizen.button("choice-purpose-purchase"))
    citizen.present_card(CITIZEN)
    citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="the result")


def test_platform_text_on_screen_and_receipt_stays_text(
    hostile_kiosk: tuple[Any, PrinterModel],
) -> None:
    kiosk, model = hostile_kiosk
    citizen = Citizen(kiosk)
    _to_the_result(citizen, kiosk, "social_insurance_record")
    assert _no_label_renders_markup(kiosk) > 0  # the hostile text did reach the screen
    citizen.tap(kiosk.window.step.buttons["print:receipt"])
    citizen.wait_for(lambda: citizen.step_view() in ("Rating", "Problem"), what="printed")
    assert citizen.step_view() == "Rating"
    kinds = [item.kind for item in model.printed]
    assert kinds[-1] == "cut" and kinds.count("cut") == 1  # no cut from the data
    assert model.inits == 1  # no ESC @ reset from the data
    assert model.unknown == [] and model.hazards == [] and model.buffer_clears == 0
    assert b"\x1bp" not in model.received  # no cash-drawer pulse, whatever the mode
    if any(item.kind == "text" for item in model.printed):  # gb18030: the words came out
        assert any("开钱箱" in line for line in model.text_lines())


def test_platform_text_in_the_certificate_stays_text(
    hostile_kiosk: tuple[Any, PrinterModel], tmp_path: Path
) -> None:
    kiosk, _model = hostile_kiosk
    citizen = Citizen(kiosk)
    _to_the_result(citizen, kiosk, "no_housing_proof")
    _no_label_renders_markup(kiosk)
    citizen.tap(kiosk.window.step.buttons["print:a4"])
    citizen.wait_for(lambda: citizen.step_view() in ("Rating", "Problem"), what="printed")
    assert citizen.step_view() == "Rating"
    [(_title, pdf)] = list(kiosk.devices.document_printer.tray)
    for marker in (b"/JavaScript", b"/JS", b"/OpenAction", b"/Launch", b"/URI", b"/AA"):
        assert marker not in pdf, marker
    assert b"(injected) Tj" not in pdf and b"app.alert" not in pdf
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    path.unlink()
    assert "(injected)" in text.replace("\n", " ")  # drawn as words on the page, nothing more
