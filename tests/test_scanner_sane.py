"""The SANE scanner driver against SANE's own `test` backend (Debian sane-utils): real
scanimage, real libsane, real status codes; only the scanner hardware is virtual.

Debian ships the test backend disabled, so each test gets a private SANE_CONFIG_DIR whose
dll.conf names only `test` (the driver's `config_dir` setting does the same on a kiosk)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from devices.document_image import prepare
from devices.scanner import SaneScanner
from devices.status import DeviceError, DeviceState, FaultSeverity, MediaState

pytestmark = pytest.mark.skipif(
    shutil.which("scanimage") is None, reason="sane-utils is not installed (make apt)"
)


@pytest.fixture
def sane_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "sane.d"
    folder.mkdir()
    (folder / "dll.conf").write_text("test\n", encoding="utf-8")
    return folder


def scanner(sane_dir: Path, *options: str, **settings: object) -> SaneScanner:
    return SaneScanner(
        "test:0",
        resolution=int(str(settings.get("resolution", 100))),
        mode=str(settings.get("mode", "Color")),
        options=options,
        config_dir=str(sane_dir),
        timeout_s=float(str(settings.get("timeout_s", 30.0))),
    )


def decode(data: bytes) -> np.ndarray:
    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    assert image is not None
    return image


def test_scans_a_page_through_sane_into_memory(sane_dir: Path, tmp_path: Path) -> None:
    device = scanner(sane_dir, "--test-picture=Grid", "-x", "80", "-y", "100")
    device.open()
    assert device.status.state is DeviceState.ONLINE
    before = set(tmp_path.rglob("*"))
    scanned = device.scan()
    assert set(tmp_path.rglob("*")) == before  # nothing written: the image came on stdout
    assert scanned.dpi == 100
    image = decode(scanned.data)
    # 80 x 100 mm at 100 dpi (SANE rounds the pixel count down)
    assert image.shape[:2] == (int(100 / 25.4 * 100), int(80 / 25.4 * 100))
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    assert (gray < 50).mean() > 0.3 and (gray > 200).mean() > 0.3  # the black/white grid
    assert device.status.state is DeviceState.ONLINE


def test_a_sane_scan_goes_through_the_image_checks(sane_dir: Path) -> None:
    device = scanner(sane_dir, "--test-picture=Grid", "-x", "200", "-y", "200", resolution=150)
    device.open()
    page = prepare(device.scan())
    assert page.legible, page.problems
    assert page.jpeg.startswith(b"\xff\xd8\xff") and page.preview.startswith(b"\xff\xd8\xff")


def test_a_blank_glass_is_called_blank(sane_dir: Path) -> None:
    device = scanner(sane_dir, "--test-picture=Solid white", "-x", "200", "-y", "200")
    device.open()
    assert prepare(device.scan()).problems == ("scan_blank",)


@pytest.mark.parametrize(
    ("status", "key", "state", "media"),
    [
        ("SANE_STATUS_NO_DOCS", "scanner_no_document", DeviceState.ONLINE, None),
        ("SANE_STATUS_COVER_OPEN", "scanner_cover_open", DeviceState.ONLINE, None),
        ("SANE_STATUS_DEVICE_BUSY", "scanner_busy", DeviceState.ONLINE, None),
        ("SANE_STATUS_JAMMED", "scanner_jammed", DeviceState.ONLINE, MediaState.JAMMED),
        ("SANE_STATUS_IO_ERROR", "device_unavailable", DeviceState.HARDWARE_ERROR, None),
    ],
)
def test_each_sane_status_becomes_a_message_and_a_device_state(
    sane_dir: Path, status: str, key: str, state: DeviceState, media: MediaState | None
) -> None:
    device = scanner(sane_dir, f"--read-return-value={status}", resolution=75)
    device.open()
    with pytest.raises(DeviceError) as raised:
        device.scan()
    assert raised.value.key == key
    assert device.status.state is state
    if media is not None:
        assert device.status.media is media
        fault = device.status.fault()
        assert fault is not None and fault.code == "paper_jam"
        assert fault.severity is FaultSeverity.SEVERE
    if state is DeviceState.HARDWARE_ERROR:
        fault = device.status.fault()
        assert fault is not None and fault.code == "peripheral_unresponsive"


def test_a_jam_is_cleared_when_the_device_opens_again(sane_dir: Path) -> None:
    device = scanner(sane_dir, "--read-return-value=SANE_STATUS_JAMMED", resolution=75)
    device.open()
    with pytest.raises(DeviceError):
        device.scan()
    assert not device.status.usable
    assert device.poll().usable  # `scanimage -n` opens it: the operator cleared the paper


def test_a_scanner_that_stops_answering_is_killed_and_reported(sane_dir: Path) -> None:
    device = scanner(
        sane_dir,
        "--read-delay=yes",
        "--read-delay-duration=200000",
        "--read-limit=yes",
        "--read-limit-size=1024",
        resolution=300,
        mode="Gray",
        timeout_s=1.0,
    )
    device.open()
    with pytest.raises(DeviceError) as raised:
        device.scan()
    assert raised.value.key == "device_unavailable"
    assert device.status.state is DeviceState.HARDWARE_ERROR
    assert device.poll().state is DeviceState.ONLINE  # it answers again: usable again


def test_an_absent_device_is_offline(sane_dir: Path) -> None:
    device = SaneScanner("nosuch:0", config_dir=str(sane_dir), timeout_s=10)
    device.open()
    assert device.status.state is DeviceState.OFFLINE
    assert not device.status.usable
    with pytest.raises(DeviceError) as raised:
        device.scan()
    assert raised.value.key == "device_unavailable"


def test_without_scanimage_the_scanner_is_offline_with_a_reason(sane_dir: Path) -> None:
    device = SaneScanner("test:0", config_dir=str(sane_dir), command="/nonexistent/scanimage")
    device.open()
    assert device.status.state is DeviceState.OFFLINE
    assert "not installed" in device.status.detail


def test_the_self_test_command_opens_the_sane_scanner(sane_dir: Path) -> None:
    from kiosk_app.config import Devices
    from kiosk_app.device_set import self_test

    config = Devices.model_validate(
        {"scanner": "sane", "sane": {"device": "test:0", "config_dir": str(sane_dir)}}
    )
    out = io.StringIO()
    self_test(config, out)
    [line] = [row for row in out.getvalue().splitlines() if row.startswith("scanner")]
    assert "sane" in line and "online" in line


@pytest.fixture
def settings(tmp_path: Path) -> dict[str, object]:
    """The kiosk of this module scans through SANE's test backend (a grid on the glass)."""
    folder = tmp_path / "kiosk-sane.d"
    folder.mkdir()
    (folder / "dll.conf").write_text("test\n", encoding="utf-8")
    grid = ["--test-picture=Grid", "-x", "200", "-y", "200"]
    sane = {"device": "test:0", "config_dir": str(folder), "resolution": 150, "options": grid}
    return {"devices": {"scanner": "sane", "sane": sane}}


@pytest.mark.journey
def test_a_citizen_scans_through_sane_to_a_case_number(kiosk: Any, citizen: Any) -> None:
    from tests.conftest import CITIZEN
    from tests.test_applications import identify, open_item, scan_pages, sign_and_submit

    assert isinstance(kiosk.devices.scanner, SaneScanner)
    citizen.start()
    citizen.wait_for(lambda: kiosk.devices.scanner.status.state is DeviceState.ONLINE)
    open_item(citizen, "provident_fund_withdrawal")
    identify(citizen, CITIZEN)
    citizen.tap(citizen.button("choice-reason-purchase"))
    citizen.type_keys("amount", "5000")
    citizen.type_keys("phone", "13900139000")
    citizen.tap(citizen.button("action-submit"))
    scan_pages(citizen, 1)
    sign_and_submit(citizen)
    [received] = kiosk.sandbox.applications.received
    assert received["pages"] == 1 and received["pdf"].startswith(b"%PDF")
