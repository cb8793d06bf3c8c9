"""The ESC/POS driver against a printer emulator that parses every byte and answers DLE EOT:
what comes out on paper, what the kiosk is told, and that citizen text stays text."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageOps

from devices.escpos_printer import EscposReceiptPrinter, sanitize
from devices.interfaces import Receipt, ReceiptLine
from devices.status import DeviceError, DeviceState, DeviceStatus, MediaState
from tests.printers.escpos_emulator import PrinterModel, PtyPrinter, TcpPrinter

VERIFY_URL = "https://zwfw.example.invalid/verify/ZM-2024-000123?k=9f2c"
HOSTILE = "测试\x1b@\x1dV\x00\x10\x14"
RECEIPT = Receipt(
    (
        ReceiptLine("演示市民服务中心 24小时自助服务区", bold=True, centered=True),
        ReceiptLine("社会保险参保证明", bold=True, centered=True, large=True),
        ReceiptLine("测*甲  1101**********002X"),
        ReceiptLine("参保状态: 正常参保，累计缴费 120 个月（2014-05 至 2024-04）"),
        ReceiptLine("No. T20240501-0007"),
        ReceiptLine("咨询投诉 12345", centered=True),
    ),
    qr_payload=VERIFY_URL,
)

Closing = Callable[[Any], Any]


def network_printer(tcp: TcpPrinter, closing: Closing, **options: Any) -> EscposReceiptPrinter:
    printer: EscposReceiptPrinter = closing(
        EscposReceiptPrinter("network", port=tcp.port, **options)
    )
    printer.open()
    return printer


def kinds(model: PrinterModel) -> list[str]:
    return [item.kind for item in model.printed]


def one_bit(image: Image.Image) -> Image.Image:
    return image.convert("1", dither=Image.Dither.NONE)


def test_raster_receipt_lines_in_order_then_qr_then_cut(
    tcp_printer: TcpPrinter, model: PrinterModel, closing: Closing, tmp_path: Path
) -> None:
    printer = network_printer(tcp_printer, closing)
    assert printer.status.state is DeviceState.ONLINE
    printer.print_receipt(RECEIPT)

    assert kinds(model) == ["raster"] * len(RECEIPT.lines) + ["qr", "feed", "cut"]
    assert model.inits == 1 and model.unknown == [] and model.hazards == []
    rasters = [item.image for item in model.printed if item.image is not None]
    for line, image in zip(RECEIPT.lines, rasters, strict=True):
        assert image.width == 576
        assert ImageOps.invert(image).getbbox() is not None, "a blank line"
        # the image that arrived is the line the kiosk asked for, in its place
        expected = one_bit(printer.renderer.image(line))
        assert ImageChops.difference(one_bit(image), expected).getbbox() is None, line.text
    title, normal = rasters[1], rasters[2]
    assert title.height >= 1.8 * normal.height  # the large line is double height
    qr = model.printed[-3]
    assert qr.payload == VERIFY_URL and qr.centered
    model.paper_image().save(tmp_path / "receipt.png")  # looked at once: see the report


def test_gb18030_text_mode_decodes_back_to_the_same_chinese(
    tcp_printer: TcpPrinter, model: PrinterModel, closing: Closing
) -> None:
    printer = network_printer(tcp_printer, closing, text_mode="gb18030")
    printer.print_receipt(RECEIPT)

    assert model.text_lines() == [line.text for line in RECEIPT.lines]
    styles = [(p.bold, p.centered, p.large) for p in model.printed if p.kind == "text"]
    assert styles == [(line.bold, line.centered, line.large) for line in RECEIPT.lines]
    assert kinds(model)[-3:] == ["qr", "feed", "cut"]
    assert model.printed[-3].payload == VERIFY_URL
    assert model.inits == 1 and model.unknown == []


@pytest.mark.parametrize("mode", ["raster", "gb18030"])
def test_hostile_text_prints_without_becoming_a_command(
    tcp_printer: TcpPrinter, model: PrinterModel, closing: Closing, mode: str
) -> None:
    lines = (
        ReceiptLine(HOSTILE),
        ReceiptLine("张三\x10\x04\x01\x10\x14\x02\x01\x08路\u0085\u009b2J\x1c.\x1b!\x38号"),
        ReceiptLine("余额\x1dV\x41\x00 100.00"),
    )
    printer = network_printer(tcp_printer, closing, text_mode=mode)
    printer.print_receipt(Receipt(lines, qr_payload=VERIFY_URL + "\x1d(k\x10\x04\x02"))

    assert kinds(model) == [kinds(model)[0]] * 3 + ["qr", "feed", "cut"]  # one cut, last
    assert model.inits == 1  # no ESC @ from the data reset the printer midway
    assert model.unknown == [] and model.hazards == [] and model.buffer_clears == 0
    assert model.printed[-3].payload == VERIFY_URL + "(k"
    assert set(model.queries) == {1, 2, 3, 4}  # status asked only by the driver itself
    if mode == "gb18030":
        assert model.text_lines() == ["测试@V", "张三路 2J.!8号", "余额VA 100.00"]
        text = model.received.split(b"\x1c&", 1)[1]
        assert b"\xb2\xe2\xca\xd4@V\n" in text  # 测试@V, the control bytes gone


def test_sanitize_removes_every_control_and_keeps_the_words() -> None:
    controls = "".join(map(chr, [*range(0x20), 0x7F, *range(0x80, 0xA0)]))
    assert sanitize(f"测{controls}试\u202e\u200b") == "测" + " " * 6 + "试"
    assert sanitize("地址：杭州市\n余杭区") == "地址：杭州市 余杭区"


def test_raster_data_never_carries_a_real_time_command(
    tcp_printer: TcpPrinter, model: PrinterModel, closing: Closing
) -> None:
    """DLE EOT inside image data is acted on by real printers: the renderer defuses it."""
    printer = network_printer(tcp_printer, closing)
    line = ReceiptLine("咨询投诉 12345")  # its image happens to hold the bytes 10 04
    image = printer.renderer.image(line)
    raw = ImageOps.invert(image).convert("1", dither=Image.Dither.NONE).tobytes()
    assert b"\x10\x04" in raw
    printer.print_receipt(Receipt((line,)))
    assert model.hazards == []


@pytest.mark.parametrize(
    ("fault", "state", "media", "key", "appendix_a"),
    [
        ({"near_end": True}, DeviceState.ONLINE, MediaState.LOW, None, None),
        (
            {"paper_lines": 0},
            DeviceState.ONLINE,
            MediaState.OUT,
            "printer_out_of_paper",
            "out_of_paper",
        ),
        ({"cover_open": True}, DeviceState.USER_ERROR, MediaState.OK, "printer_cover_open", None),
        (
            {"cutter_jammed": True},
            DeviceState.HARDWARE_ERROR,
            MediaState.JAMMED,
            "printer_jammed",
            "paper_jam",
        ),
    ],
    ids=["paper_low", "paper_out", "cover_open", "cutter_jam"],
)
def test_status_bits_become_device_states(
    tcp_printer: TcpPrinter,
    model: PrinterModel,
    closing: Closing,
    fault: dict[str, Any],
    state: DeviceState,
    media: MediaState,
    key: str | None,
    appendix_a: str | None,
) -> None:
    for name, value in fault.items():
        setattr(model, name, value)
    printer = network_printer(tcp_printer, closing)
    status = printer.poll()
    assert (status.state, status.media) == (state, media)
    fault_class = status.fault()
    assert (fault_class.code if fault_class else None) == appendix_a
    if key is None:
        printer.print_receipt(RECEIPT)
        assert kinds(model)[-1] == "cut"
        return
    assert not status.usable
    with pytest.raises(DeviceError) as raised:
        printer.print_receipt(RECEIPT)
    assert raised.value.key == key
    assert model.printed == [] and model.held == []  # not a byte of the receipt was sent


def test_paper_running_out_halfway_stops_and_drops_the_rest(
    tcp_printer: TcpPrinter, model: PrinterModel, closing: Closing
) -> None:
    model.paper_lines, model.lag_lines = 3, 2  # the printer trails the data by two lines
    printer = network_printer(tcp_printer, closing, text_mode="gb18030")
    seen: list[DeviceStatus] = []
    printer.subscribe(seen.append)

    with pytest.raises(DeviceError) as raised:
        printer.print_receipt(RECEIPT)
    assert raised.value.key == "printer_out_of_paper"
    assert printer.status.media is MediaState.OUT and not printer.status.usable
    assert [s.media for s in seen][-1] is MediaState.OUT
    fault = printer.status.fault()
    assert fault is not None and fault.code == "out_of_paper"
    assert model.text_lines() == [line.text for line in RECEIPT.lines[:3]]
    assert model.buffer_clears == 1

    model.load_paper()  # staff load a new roll: the rest of that receipt must not appear
    assert model.text_lines() == [line.text for line in RECEIPT.lines[:3]]
    assert printer.poll().media is MediaState.OK and printer.status.usable
    model.printed.clear()
    printer.print_receipt(RECEIPT)
    assert model.text_lines() == [line.text for line in RECEIPT.lines]


def test_a_printer_that_stops_answering_is_offline_within_5_s_and_comes_back(
    tcp_printer: TcpPrinter, model: PrinterModel, closing: Closing
) -> None:
    printer = network_printer(tcp_printer, closing)
    seen: list[tuple[float, DeviceState]] = []
    printer.subscribe(lambda status: seen.append((time.monotonic(), status.state)))
    stop = threading.Event()

    def worker() -> None:  # what kiosk_app does: poll every ~2 s
        while not stop.wait(2.0):
            printer.poll()

    threading.Thread(target=worker, daemon=True).start()
    try:
        time.sleep(0.5)
        model.silent, went_silent = True, time.monotonic()
        while not any(s is DeviceState.OFFLINE for _, s in seen):
            assert time.monotonic() - went_silent < 5.0, "not noticed within 5 s"
            time.sleep(0.05)
        assert not printer.status.usable
        with pytest.raises(DeviceError) as raised:
            printer.print_receipt(RECEIPT)
        assert raised.value.key == "device_unavailable"

        model.silent, spoke_again = False, time.monotonic()
        while printer.status.state is not DeviceState.ONLINE:
            assert time.monotonic() - spoke_again < 5.0, "did not come back by itself"
            time.sleep(0.05)
    finally:
        stop.set()
    model.printed.clear()
    printer.print_receipt(RECEIPT)
    assert kinds(model)[-1] == "cut"


def test_switched_off_and_on_again(
    tcp_printer: TcpPrinter, model: PrinterModel, closing: Closing
) -> None:
    printer = network_printer(tcp_printer, closing)
    tcp_printer.power_off()
    assert printer.poll().state is DeviceState.OFFLINE
    with pytest.raises(DeviceError) as raised:
        printer.print_receipt(RECEIPT)
    assert raised.value.key == "device_unavailable"
    tcp_printer.power_on()
    assert printer.poll().state is DeviceState.ONLINE  # reconnected by poll()
    printer.print_receipt(RECEIPT)
    assert kinds(model)[-1] == "cut" and tcp_printer.connections == 2


def test_serial_printer_behind_a_pseudo_terminal(model: PrinterModel, closing: Closing) -> None:
    port = PtyPrinter(model)
    try:
        printer: EscposReceiptPrinter = closing(
            EscposReceiptPrinter("serial", serial_device=port.device, baudrate=115200)
        )
        printer.open()
        assert printer.status.state is DeviceState.ONLINE
        printer.print_receipt(RECEIPT)
        assert kinds(model)[-3:] == ["qr", "feed", "cut"]
        model.cover_open = True
        assert printer.poll().state is DeviceState.USER_ERROR
    finally:
        printer.close()
        port.close()


def test_device_file_transport_writes_a_parseable_receipt(tmp_path: Path, closing: Closing) -> None:
    path = tmp_path / "lp0"  # stands in for /dev/usb/lp0
    printer: EscposReceiptPrinter = closing(
        EscposReceiptPrinter("file", file=str(path), text_mode="gb18030")
    )
    printer.open()
    assert printer.status.state is DeviceState.OFFLINE  # no device node: printer unplugged
    assert not path.exists()  # and none was made up

    path.touch()  # plugged in
    assert printer.poll().state is DeviceState.ONLINE  # no status comes back through a file
    printer.print_receipt(RECEIPT)
    parsed = PrinterModel()
    parsed.feed(path.read_bytes())
    assert parsed.text_lines() == [line.text for line in RECEIPT.lines]
    assert [p.kind for p in parsed.printed][-1] == "cut" and parsed.unknown == []

    path.unlink()  # unplugged again
    assert printer.poll().state is DeviceState.OFFLINE


def test_usb_without_ids_never_grabs_another_device(closing: Closing) -> None:
    printer: EscposReceiptPrinter = closing(EscposReceiptPrinter("usb"))
    printer.open()
    assert printer.status.state is DeviceState.OFFLINE
    assert "usb_vendor" in printer.status.detail
