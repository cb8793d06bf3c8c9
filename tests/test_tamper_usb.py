"""Unused USB ports (std 9.3): a USB device that appears while the kiosk runs is reported as an
event and an open fault, unless its ids are allowed; the ones present at start are not.

This machine has no USB bus at all (/sys/bus/usb does not exist in its container), so the
devices are written as the kernel lays them out in sysfs (idVendor, idProduct, product per
device; interfaces and root hubs beside them) in a folder the watcher is pointed at."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from devices.usb_watch import UsbWatch, list_devices
from kiosk_app.config import Security
from kiosk_app.store import Store
from kiosk_app.usb_alert import UsbAlert
from kiosk_app.work import BackgroundWork


def plug(root: Path, port: str, vendor: str, product: str, name: str = "") -> None:
    device = root / port
    device.mkdir(parents=True)
    (device / "idVendor").write_text(vendor + "\n")
    (device / "idProduct").write_text(product + "\n")
    if name:
        (device / "product").write_text(name + "\n")
    (root / f"{port}:1.0").mkdir()  # its interface: not a device


def unplug(root: Path, port: str) -> None:
    for path in (root / port, root / f"{port}:1.0"):
        for child in path.iterdir():
            child.unlink()
        path.rmdir()


@pytest.fixture
def sysfs(tmp_path: Path) -> Path:
    root = tmp_path / "usb-devices"
    root.mkdir()
    plug(root, "usb1", "1d6b", "0002", "xHCI Host Controller")  # a root hub
    plug(root, "1-1", "04b8", "0202", "Receipt printer")  # there at start
    plug(root, "1-2", "072f", "90cc", "Card reader")
    return root


def test_the_watch_reports_only_new_devices_not_allowed(sysfs: Path) -> None:
    watch = UsbWatch(allowed=["0781:5581"], root=sysfs)
    assert {d.port for d in list_devices(sysfs)} == {"1-1", "1-2"}
    assert watch.poll() == []
    plug(sysfs, "1-3", "0781", "5581", "Allowed stick")  # allowed: silent
    plug(sysfs, "1-4", "046d", "c31c", "Keyboard")
    [new] = watch.poll()
    assert (new.port, new.ids, new.name) == ("1-4", "046d:c31c", "Keyboard")
    assert watch.poll() == []  # reported once
    unplug(sysfs, "1-4")
    assert watch.poll() == []
    plug(sysfs, "1-4", "046d", "c31c", "Keyboard")  # back again: reported again
    assert [d.ids for d in watch.poll()] == ["046d:c31c"]
    assert UsbWatch([], sysfs / "missing").poll() == []  # no USB at all: nothing, no error


@pytest.fixture
def alert(qapp: Any, tmp_path: Path, sysfs: Path) -> Iterator[tuple[UsbAlert, Store]]:
    store = Store(tmp_path / "kiosk.sqlite3")
    work = BackgroundWork()
    usb = UsbAlert(Security(usb_poll_s=0.2), store, work, root=sysfs)
    yield usb, store
    usb.stop()
    work.shutdown()
    store.close()


def test_a_new_usb_device_raises_the_alert(alert: tuple[UsbAlert, Store], sysfs: Path) -> None:
    _usb, store = alert
    plug(sysfs, "1-5", "0951", "1666", "DataTraveler")
    deadline = time.monotonic() + 10
    while not store.events("usb_unexpected") and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert store.events("usb_unexpected") == [("usb_unexpected", "0951:1666 port=1-5")]
    assert store.open_faults() == [
        {
            "source": "host",
            "category": "hardware",
            "code": "unexpected_usb_device",
            "severity": "severe",
        }
    ]
