"""An ESC/POS receipt printer for the tests (Epson TM command set, Chinese models' FS & mode).

`PrinterModel` is the printer without a cable: bytes in, answers out. It parses what a driver
sends back into printed lines, images, QR codes and cuts, answers DLE EOT 1-4 from its paper,
cover and cutter, and acts on real-time commands wherever they appear, as real printers do (also
inside image data, which the test then sees as a hazard). `TcpPrinter` puts it on a loopback TCP
port like a network printer; `PtyPrinter` behind a pseudo-terminal like a serial one.

Faults: paper that runs out after N printed lines, paper near its end, the cover open, the cutter
jammed, a printer that stops answering (`silent`) or is switched off (`TcpPrinter.power_off`).
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import socket
import threading
import tty
from dataclasses import dataclass, field

from PIL import Image, ImageOps

REALTIME = re.compile(rb"\x10[\x04\x05\x14]")
BUFFER_CLEAR_ANSWER = b"\x37\x25\x00"


@dataclass
class Printed:
    """One thing that came out of the printer."""

    kind: str  # text, raster, qr, feed, cut
    text: str = ""
    bold: bool = False
    centered: bool = False
    large: bool = False
    image: Image.Image | None = None
    payload: str = ""


class _Incomplete(Exception):
    pass


@dataclass
class PrinterModel:
    paper_lines: int | None = None  # lines left on the roll; None: endless
    near_end: bool = False
    cover_open: bool = False
    cutter_jammed: bool = False
    silent: bool = False  # answers nothing (a hung printer)
    lag_lines: int = 0  # how far printing trails reception; a cut prints everything
    printed: list[Printed] = field(default_factory=list)
    held: list[Printed] = field(default_factory=list)  # received, not printed yet
    unknown: list[bytes] = field(default_factory=list)
    hazards: list[bytes] = field(default_factory=list)  # real-time commands inside data
    queries: list[int] = field(default_factory=list)
    inits: int = 0
    buffer_clears: int = 0
    received: bytearray = field(default_factory=bytearray)

    def __post_init__(self) -> None:
        self.lock = threading.RLock()
        self._pending = bytearray()
        self._answers = bytearray()
        self._reset_modes()
        self._qr = b""

    # -- mechanism ------------------------------------------------------------------------

    @property
    def paper_out(self) -> bool:
        return self.paper_lines is not None and self.paper_lines <= 0

    @property
    def stopped(self) -> bool:
        return self.paper_out or self.cover_open or self.cutter_jammed

    def load_paper(self, lines: int | None = None) -> None:
        """A new roll: the printer goes on with what it still holds."""
        with self.lock:
            self.paper_lines, self.near_end = lines, False
            self._advance(flush=True)

    def close_cover(self) -> None:
        with self.lock:
            self.cover_open = False
            self._advance(flush=True)

    def status(self, n: int) -> int:
        value = 0x12
        if n == 1 and self.stopped:
            value |= 0x08
        elif n == 2:
            value |= (0x04 if self.cover_open else 0) | (0x20 if self.paper_out else 0)
            value |= 0x40 if self.cutter_jammed else 0
        elif n == 3:
            value |= 0x08 if self.cutter_jammed else 0
        elif n == 4:
            value |= (0x0C if self.near_end else 0) | (0x60 if self.paper_out else 0)
        return value

    def _emit(self, item: Printed) -> None:
        self.held.append(item)
        self._advance(flush=item.kind == "cut")

    def _advance(self, flush: bool) -> None:
        """Print what was received, in order, until the paper ends or the cover opens."""
        while self.held and not self.stopped and (flush or len(self.held) > self.lag_lines):
            item = self.held.pop(0)
            self.printed.append(item)
            if item.kind != "cut" and self.paper_lines is not None:
                self.paper_lines -= 1

    # -- protocol -------------------------------------------------------------------------

    def feed(self, data: bytes) -> bytes:
        """Bytes from the host; returns the printer's answers."""
        with self.lock:
            self.received += data
            self._pending += data
            while self._pending:
                try:
                    used = self._parse(bytes(self._pending))
                except _Incomplete:
                    break
                del self._pending[:used]
            answers, self._answers = bytes(self._answers), bytearray()
            return answers

    def text_lines(self) -> list[str]:
        return [p.text for p in self.printed if p.kind == "text"]

    def paper_image(self) -> Image.Image:
        """Everything printed as rasters, one under the other, as it would look on paper."""
        images = [p.image for p in self.printed if p.image is not None]
        width = max((i.width for i in images), default=8)
        page = Image.new("L", (width, sum(i.height for i in images) or 1), 255)
        y = 0
        for image in images:
            page.paste(image, (0, y))
            y += image.height
        return page

    def _reset_modes(self) -> None:
        self.kanji = self.bold = self.large = self.centered = False
        self._line = bytearray()
        self._line_attrs = (False, False, False)

    def _need(self, data: bytes, n: int) -> None:
        if len(data) < n:
            raise _Incomplete

    def _realtime(self, n: int, in_data: bool) -> None:
        self.queries.append(n)
        if in_data:
            self.hazards.append(bytes([0x10, 0x04, n]))
        if not self.silent:
            self._answers.append(self.status(n))

    def _scan_data(self, data: bytes) -> None:
        for match in REALTIME.finditer(data):
            end = match.end()
            if match.group() == b"\x10\x04" and end < len(data):
                self._realtime(data[end], in_data=True)
            else:
                self.hazards.append(data[match.start() : end + 1])

    def _parse(self, data: bytes) -> int:
        first = data[0]
        if first == 0x10:
            return self._parse_dle(data)
        if first == 0x1B:
            return self._parse_esc(data)
        if first == 0x1D:
            return self._parse_gs(data)
        if first == 0x1C:
            self._need(data, 2)
            if data[1] in b"&.":
                self.kanji = data[1] == ord("&")
                return 2
            self._need(data, 3)
            if data[1] in b"!C":
                return 3
            self.unknown.append(data[:2])
            return 2
        if first == 0x0A:
            text = self._decode(bytes(self._line))
            bold, centered, large = self._line_attrs
            self._emit(Printed("text", text, bold, centered, large))
            self._line = bytearray()
            return 1
        if first == 0x0D:
            return 1
        if first < 0x20 or first == 0x7F:
            self.unknown.append(data[:1])
            return 1
        size = 1
        if self.kanji and first >= 0x81:
            self._need(data, 2)
            size = 4 if 0x30 <= data[1] <= 0x39 else 2
            self._need(data, size)
        if not self._line:
            self._line_attrs = (self.bold, self.centered, self.large)
        self._line += data[:size]
        return size

    def _decode(self, raw: bytes) -> str:
        return raw.decode("gb18030" if self.kanji else "cp437", errors="replace")

    def _parse_dle(self, data: bytes) -> int:
        self._need(data, 3)
        command, n = data[1], data[2]
        if command == 0x04:
            self._realtime(n, in_data=False)
            return 3
        if command == 0x05:
            return 3
        if command == 0x14 and n in (1, 2):
            self._need(data, 5)
            self.unknown.append(data[:5])  # pulse or power-off: never sent by the kiosk
            return 5
        if command == 0x14 and n == 8:
            self._need(data, 10)
            if data[3:10] == b"\x01\x03\x14\x01\x06\x02\x08":
                self.held.clear()
                self.buffer_clears += 1
                self._answers += BUFFER_CLEAR_ANSWER
                return 10
        self.unknown.append(data[:2])
        return 2

    def _parse_esc(self, data: bytes) -> int:
        self._need(data, 2)
        command = data[1:2]
        if command == b"@":
            self.inits += 1
            self._reset_modes()
            return 2
        if command == b"2":
            return 2
        self._need(data, 3)
        value = data[2]
        if command == b"E":
            self.bold = bool(value & 1)
        elif command == b"a":
            self.centered = value in (1, 0x31)
        elif command == b"!":
            self.bold, self.large = bool(value & 0x08), bool(value & 0x30)
        elif command == b"d":
            self._emit(Printed("feed", text=str(value)))
        elif command not in (b"J", b"3", b"-", b"M", b"t", b"G"):
            self.unknown.append(data[:2])
            return 2
        return 3

    def _parse_gs(self, data: bytes) -> int:
        self._need(data, 3)
        command = data[1:2]
        if command == b"!":
            self.large = data[2] != 0
            return 3
        if command in (b"B", b"b", b"a"):
            return 3
        if command == b"V":
            size = 3 if data[2] in (0, 1, 0x30, 0x31) else 4
            self._need(data, size)
            self._emit(Printed("cut"))
            return size
        if command == b"v" and data[2] == 0x30:
            self._need(data, 8)
            width = int.from_bytes(data[4:6], "little")
            height = int.from_bytes(data[6:8], "little")
            end = 8 + width * height
            self._need(data, end)
            bits = data[8:end]
            self._scan_data(bits)
            image = Image.frombytes("1", (width * 8, height), bits)
            self._emit(Printed("raster", image=ImageOps.invert(image.convert("L"))))
            return end
        if command == b"(" and data[2] == ord("k"):
            self._need(data, 5)
            end = 5 + int.from_bytes(data[3:5], "little")
            self._need(data, end)
            self._symbol(data[5:end])
            return end
        self.unknown.append(data[:2])
        return 2

    def _symbol(self, body: bytes) -> None:
        """GS ( k for QR (cn 49): store (fn 80) then print (fn 81); settings are accepted."""
        cn, fn = body[0], body[1]
        if cn != 49:
            self.unknown.append(body[:2])
        elif fn == 80:
            self._scan_data(body[3:])
            self._qr = body[3:]
        elif fn == 81:
            self._emit(Printed("qr", payload=self._qr.decode("utf-8"), centered=self.centered))


class TcpPrinter:
    """The model on 127.0.0.1:port like a network printer; it can be switched off and on."""

    def __init__(self, model: PrinterModel, port: int = 0) -> None:
        self.model = model
        self.port = port
        self._server: socket.socket | None = None
        self._clients: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self.connections = 0
        self.power_on()

    def power_on(self) -> None:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port))
        server.listen(4)
        self.port = server.getsockname()[1]
        self._server = server
        self._spawn(self._accept, server)

    def power_off(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
        for client in self._clients:
            with contextlib.suppress(OSError):
                client.shutdown(socket.SHUT_RDWR)
            client.close()
        self._clients.clear()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        thread.start()
        self._threads.append(thread)

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                ready, _, _ = select.select([server], [], [], 0.1)
                if not ready:
                    continue
                client, _ = server.accept()
            except (OSError, ValueError):
                return  # switched off
            self.connections += 1
            self._clients.append(client)
            self._spawn(self._serve, client)

    def _serve(self, client: socket.socket) -> None:
        with client:
            while True:
                try:
                    data = client.recv(65536)
                    if not data:
                        return
                    answers = self.model.feed(data)
                    if answers:
                        client.sendall(answers)
                except OSError:
                    return


class PtyPrinter:
    """The model behind a pseudo-terminal, like a printer on a serial port."""

    def __init__(self, model: PrinterModel) -> None:
        self.model = model
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self.device = os.ttyname(self._slave)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self._master], [], [], 0.05)
            if ready:
                try:
                    data = os.read(self._master, 65536)
                except OSError:
                    continue  # no process has the port open just now
                answers = self.model.feed(data)
                if answers:
                    os.write(self._master, answers)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        os.close(self._master)
        os.close(self._slave)
