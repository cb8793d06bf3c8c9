"""Thermal receipt printer speaking ESC/POS over python-escpos transports (network, USB, serial,
device file).

Chinese is printed as a 1-bit raster drawn with Noto Sans CJK SC by default: it prints the same
on every printer, whatever font ROM (often GB2312 only) it has, so rare characters in names and
addresses (生僻字) come out, and citizen text never reaches the printer as character codes. Its
cost is bytes: ~20 KB for a six-line receipt, 2 s at 115200 baud but 21 s at 9600. The "gb18030"
text mode (FS & then GB18030 in the printer's font) sends ~70 times less, for slow serial links.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, NoReturn

from escpos.constants import QR_ECLEVEL_M  # type: ignore[import-untyped]
from escpos.exceptions import Error as EscposError  # type: ignore[import-untyped]
from escpos.printer import File, Network, Serial, Usb  # type: ignore[import-untyped]
from PIL import Image, ImageDraw, ImageFont, ImageOps

from devices.interfaces import Receipt, ReceiptLine, ReceiptPrinter
from devices.status import (
    DeviceClass,
    DeviceError,
    DeviceState,
    DeviceStatus,
    MediaState,
    StatusReporter,
)

Transport = Literal["network", "usb", "serial", "file"]
TextMode = Literal["raster", "gb18030"]

ESC, GS, FS, DLE = b"\x1b", b"\x1d", b"\x1c", b"\x10"
INIT = ESC + b"@"
KANJI_ON = FS + b"&"
# DLE DC4 fn=8: drop received but unprinted data, so the rest of an abandoned receipt does not
# come out for the next person once paper is loaded. Real-time: works while the printer is offline.
CLEAR_BUFFERS = DLE + b"\x14\x08\x01\x03\x14\x01\x06\x02\x08"
# Printers act on DLE EOT / DLE ENQ / DLE DC4 wherever they appear, even inside image data.
_REALTIME_IN_DATA = re.compile(rb"\x10(?=[\x04\x05\x14])")

FONT_FAMILY = "Noto Sans CJK SC"
_IO_ERRORS = (OSError, EscposError)
_WHITESPACE = dict.fromkeys(map(ord, "\t\n\r\v\f\x85\u2028\u2029"), " ")


def sanitize(text: str) -> str:
    """Text that can only print as text: line breaks become spaces; control characters (C0, C1,
    DEL, so ESC GS FS DLE...), format characters and lone surrogates are removed."""
    text = text.translate(_WHITESPACE)
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))


@dataclass(frozen=True)
class RealtimeStatus:
    """The four DLE EOT answers: printer, offline cause, error cause, paper roll sensor."""

    printer: int
    offline: int
    error: int
    paper: int

    def device_status(self) -> tuple[DeviceState, MediaState, str]:
        media = MediaState.OK
        if self.paper & 0x60 or self.offline & 0x20:
            media = MediaState.OUT
        elif self.paper & 0x0C:
            media = MediaState.LOW
        if self.error & 0x08:  # autocutter error: paper caught in the cutter
            return DeviceState.HARDWARE_ERROR, MediaState.JAMMED, "autocutter_error"
        if self.error & 0x20:
            return DeviceState.HARDWARE_ERROR, media, "unrecoverable_error"
        if self.offline & 0x04:
            return DeviceState.USER_ERROR, media, "cover_open"
        if self.error & 0x44:  # recoverable, or auto-recoverable such as a hot print head
            return DeviceState.HARDWARE_ERROR, media, "recoverable_error"
        if self.printer & 0x08 and media is not MediaState.OUT:
            return DeviceState.OFFLINE, media, "printer_offline"
        return DeviceState.ONLINE, media, ""


def error_key(status: DeviceStatus) -> str | None:
    """The message key for a status the printer cannot print in, or None."""
    if status.media is MediaState.JAMMED:
        return "printer_jammed"
    if status.state is DeviceState.USER_ERROR:
        return "printer_cover_open"
    if status.media is MediaState.OUT:
        return "printer_out_of_paper"
    if status.state in (DeviceState.OFFLINE, DeviceState.HARDWARE_ERROR):
        return "device_unavailable"
    return None


class _NoAnswer(Exception):
    """The printer did not answer in time, or the link broke."""


@cache
def find_cjk_font(bold: bool) -> tuple[str, int]:
    """File and face index of Noto Sans CJK SC (Debian fonts-noto-cjk), asked of fontconfig."""
    pattern = FONT_FAMILY + (":bold" if bold else "")
    try:
        done = subprocess.run(
            ["fc-match", "-f", "%{file}\n%{index}\n%{family}", pattern],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
        path, index, family = done.stdout.split("\n")[:3]
    except (OSError, subprocess.SubprocessError, ValueError) as error:
        raise DeviceError("device_unavailable", f"fontconfig failed: {error}") from None
    if FONT_FAMILY not in family.split(","):
        raise DeviceError("device_unavailable", f"{FONT_FAMILY} missing: install fonts-noto-cjk")
    return path, int(index or 0)


class RasterRenderer:
    """Draws receipt lines as GS v 0 raster images as wide as the paper."""

    normal_px = 24  # the height of a printer's own Chinese font
    large_px = 48

    def __init__(self, width_dots: int) -> None:
        self.width = width_dots - width_dots % 8
        self.margin = 8
        self._fonts: dict[tuple[bool, int], ImageFont.FreeTypeFont] = {}

    def font(self, bold: bool, px: int) -> ImageFont.FreeTypeFont:
        key = (bold, px)
        if key not in self._fonts:
            path, index = find_cjk_font(bold)
            self._fonts[key] = ImageFont.truetype(path, px, index=index)
        return self._fonts[key]

    def image(self, line: ReceiptLine) -> Image.Image:
        """The line as a black-on-white greyscale image, wrapped to the paper width."""
        text, room = sanitize(line.text), self.width - 2 * self.margin
        font = self.font(line.bold, self.normal_px)
        if line.large:  # as large as fits on one row, down to 3/4 of double size
            for px in range(self.large_px, self.large_px * 3 // 4 - 1, -4):
                font = self.font(line.bold, px)
                if font.getlength(text) <= room:
                    break
        ascent, descent = font.getmetrics()
        rows = self._wrap(text, font, room)
        image = Image.new("L", (self.width, (ascent + descent) * len(rows)), 255)
        draw = ImageDraw.Draw(image)
        for number, row in enumerate(rows):
            x = self.margin
            if line.centered:
                x = max(self.margin, int(self.width - font.getlength(row)) // 2)
            draw.text((x, number * (ascent + descent)), row, font=font, fill=0)
        return image

    def command(self, line: ReceiptLine) -> bytes:
        image = self.image(line)
        bits = ImageOps.invert(image).convert("1", dither=Image.Dither.NONE).tobytes()
        width, height = self.width // 8, image.height
        header = GS + b"v0\x00" + width.to_bytes(2, "little") + height.to_bytes(2, "little")
        return header + defuse_realtime(bits)

    @staticmethod
    def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
        rows, row = [], ""
        for char in text:
            if row and font.getlength(row + char) > width:
                rows.append(row)
                row = char.lstrip()
            else:
                row += char
        return [*rows, row]


def defuse_realtime(data: bytes) -> bytes:
    """Image bytes that cannot be taken for a real-time command: a DLE before EOT, ENQ or DC4
    loses one dot (invisible at 203 dpi) instead of powering off or resetting the printer."""
    return _REALTIME_IN_DATA.sub(b"\x00", data)


def text_command(line: ReceiptLine) -> bytes:
    """One line in the printer's own font, GB18030-encoded (Chinese mode is on): no byte of it is
    below 0x20, so no part of it can be a command."""
    return (
        ESC + b"a" + bytes([1 if line.centered else 0])
        + ESC + b"E" + bytes([1 if line.bold else 0])
        + GS + b"!" + bytes([0x11 if line.large else 0])
        + sanitize(line.text).encode("gb18030")
        + b"\n"
        + ESC + b"E\x00" + GS + b"!\x00"
    )  # fmt: skip


class EscposReceiptPrinter(ReceiptPrinter):
    """Keeps one link to the printer, reconnects on poll(), reads DLE EOT 1-4 before, during and
    after each receipt. Blocking: call from worker threads only."""

    def __init__(
        self,
        transport: Transport = "network",
        *,
        host: str = "127.0.0.1",
        port: int = 9100,
        usb_vendor: int = 0,
        usb_product: int = 0,
        serial_device: str = "/dev/ttyS0",
        baudrate: int = 9600,
        file: str = "/dev/usb/lp0",
        paper_width_dots: int = 576,
        text_mode: TextMode = "raster",
        timeout_s: float = 1.5,
    ) -> None:
        self.reporter = StatusReporter(
            DeviceStatus(DeviceClass.RECEIPT_PRINTER, DeviceState.OFFLINE, MediaState.OK)
        )
        self.transport = transport
        self.host, self.port = host, port
        self.usb_vendor, self.usb_product = usb_vendor, usb_product
        self.serial_device, self.baudrate = serial_device, baudrate
        self.file = file
        self.text_mode = text_mode
        self.timeout_s = timeout_s
        self.renderer = RasterRenderer(paper_width_dots)
        self.qr_module_dots = max(3, min(8, paper_width_dots // 96))
        if text_mode == "raster":
            find_cjk_font(False)  # a missing font is an installation error: say so at start
        self._printer: Any = None
        self._opened = False
        self._lock = threading.Lock()

    @property
    def reads_status(self) -> bool:
        """python-escpos opens a device file write-only: no status comes back that way."""
        return self.transport != "file"

    def open(self) -> None:
        """Never raises for a missing printer: it is reported OFFLINE and poll() retries."""
        self._opened = True
        self.poll()

    def close(self) -> None:
        with self._lock:
            self._opened = False
            self._disconnect()
            self.reporter.update(state=DeviceState.OFFLINE, detail="closed")

    def poll(self) -> DeviceStatus:
        if not self._opened or not self._lock.acquire(blocking=False):
            return self.reporter.status  # closed, or printing: print_receipt reports
        try:
            self._refresh()
        except _NoAnswer:
            pass
        finally:
            self._lock.release()
        return self.reporter.status

    def print_receipt(self, receipt: Receipt) -> None:
        if not self._opened:
            raise DeviceError("device_unavailable", "receipt printer not open")
        with self._lock:
            try:
                self._raise_if_unusable(self._refresh())
                self.reporter.update(state=DeviceState.BUSY)
                self._print(receipt)
                self._raise_if_unusable(self._refresh())
            except _NoAnswer as error:
                raise DeviceError("device_unavailable", str(error)) from None
            finally:
                if self.reporter.status.state is DeviceState.BUSY:
                    self.reporter.update(state=DeviceState.ONLINE)

    # -- printing ---------------------------------------------------------------------------

    def _print(self, receipt: Receipt) -> None:
        self._send(INIT + (KANJI_ON if self.text_mode == "gb18030" else b""))
        for line in receipt.lines:
            if self.text_mode == "gb18030":
                self._send(text_command(line))
            else:
                self._send(self.renderer.command(line))
            self._check_midway()
        payload = sanitize(receipt.qr_payload)
        if payload:
            self._send(ESC + b"a\x01")
            self._call(
                lambda p: p.qr(payload, native=True, size=self.qr_module_dots, ec=QR_ECLEVEL_M)
            )
            self._send(ESC + b"a\x00")
            self._check_midway()
        self._call(lambda p: p.cut())

    def _check_midway(self) -> None:
        """DLE EOT 2 after each line: stop at once when paper ends or the cover opens, and drop
        what the printer still holds of this receipt."""
        if not self.reads_status:
            return
        if self._query(2) & 0x64:  # cover open, stopped at paper end, error
            self._send(CLEAR_BUFFERS)
            self._raise_if_unusable(self._refresh())

    def _raise_if_unusable(self, status: DeviceStatus) -> None:
        key = error_key(status)
        if key is not None:
            raise DeviceError(key, status.detail)

    # -- the link ---------------------------------------------------------------------------

    def _refresh(self) -> DeviceStatus:
        """Connect if needed, read the real-time status, report it. _NoAnswer -> OFFLINE."""
        if self._printer is None:
            self._connect()
        if self.reads_status:
            answers = RealtimeStatus(*(self._query(n) for n in (1, 2, 3, 4)))
            state, media, detail = answers.device_status()
            self.reporter.update(state=state, media=media, detail=detail)
        elif not os.path.exists(self.file):  # unplugged: the kernel removed the device node
            self._lost(f"{self.file} is gone")
        else:
            self.reporter.update(state=DeviceState.ONLINE, detail="")
        return self.reporter.status

    def _connect(self) -> None:
        if self.transport == "usb" and not (self.usb_vendor and self.usb_product):
            self._lost("usb_vendor and usb_product not set")  # else pyusb takes any device
        if self.transport == "file" and not os.path.exists(self.file):
            self._lost(f"{self.file} does not exist")  # "wb" would create a plain file there
        printer = self._make_printer()
        try:
            printer.open()
            if self.transport == "serial":
                printer.device.write_timeout = self.timeout_s * 4
            if self.transport == "network":  # a status query is 3 bytes: do not let Nagle wait
                printer.device.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except (*_IO_ERRORS, ValueError) as error:  # pyusb's NoBackendError is a ValueError
            self._lost(f"cannot connect: {error}")
        self._printer = printer

    def _make_printer(self) -> Any:
        if self.transport == "network":
            return Network(self.host, self.port, timeout=self.timeout_s)
        if self.transport == "usb":
            timeout_ms = int(self.timeout_s * 4000)
            return Usb(self.usb_vendor, self.usb_product, timeout=timeout_ms)
        if self.transport == "serial":
            return Serial(self.serial_device, baudrate=self.baudrate, timeout=self.timeout_s)
        return File(self.file)

    def _disconnect(self) -> None:
        printer, self._printer = self._printer, None
        if printer is not None:
            with contextlib.suppress(*_IO_ERRORS):
                printer.close()

    def _lost(self, why: str) -> NoReturn:
        self._disconnect()
        self.reporter.update(state=DeviceState.OFFLINE, detail=why)
        raise _NoAnswer(why)

    def _call(self, action: Callable[[Any], object]) -> None:
        try:
            action(self._printer)
        except _IO_ERRORS as error:
            self._lost(f"link broken: {error}")

    def _send(self, data: bytes) -> None:
        self._call(lambda p: p._raw(data))

    def _query(self, n: int) -> int:
        """DLE EOT n; the answer is the newest byte shaped 0xx1xx10 (bits 1 and 4 set, 0 and 7
        clear), which skips automatic status blocks and leftovers of cleared buffers."""
        self._send(DLE + b"\x04" + bytes([n]))
        deadline = time.monotonic() + self.timeout_s
        while time.monotonic() < deadline:
            try:
                data = bytes(self._read())
            except _IO_ERRORS as error:
                self._lost(f"no answer to DLE EOT {n}: {error}")
            if not data:
                break
            for byte in reversed(data):
                if byte & 0x93 == 0x12:
                    return byte
        self._lost(f"no answer to DLE EOT {n}")

    def _read(self) -> bytes:
        printer = self._printer
        if self.transport == "serial":  # pyserial's read(16) would wait out the timeout
            device = printer.device
            return bytes(device.read(device.in_waiting or 1))
        return bytes(printer._read())
