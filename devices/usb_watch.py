"""Unused USB ports (std 9.3): a USB device that appears while the kiosk runs — a keylogger,
a storage stick, a rogue keyboard — is noticed and reported, unless its vendor:product id is
on the configured allow-list. Reads Linux sysfs (/sys/bus/usb/devices), which the kernel keeps
current with no driver or library; the devices present at start are the baseline.

Blocking file reads: called from a worker thread every few seconds, never the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SYSFS_USB = Path("/sys/bus/usb/devices")


@dataclass(frozen=True)
class UsbDevice:
    """One USB device as sysfs names it (port path like 1-1.4) with its ids."""

    port: str
    vendor: str  # 4 hex digits
    product: str
    name: str = ""  # the product string the device gives itself, if any (for the operator)

    @property
    def ids(self) -> str:
        return f"{self.vendor}:{self.product}"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii", errors="replace").strip()[:64]
    except OSError:
        return ""


def list_devices(root: Path = SYSFS_USB) -> set[UsbDevice]:
    """Every USB device (not interface, not root hub) present now; empty if no USB at all."""
    found: set[UsbDevice] = set()
    try:
        entries = list(root.iterdir())
    except OSError:
        return found
    for entry in entries:
        if ":" in entry.name or entry.name.startswith("usb"):
            continue  # interfaces (1-1:1.0) and root hubs (usb1)
        vendor, product = _read(entry / "idVendor").lower(), _read(entry / "idProduct").lower()
        if len(vendor) == 4 and len(product) == 4:
            found.add(UsbDevice(entry.name, vendor, product, _read(entry / "product")))
    return found


class UsbWatch:
    """Remembers what was plugged in at start; `poll` answers what is new and not allowed."""

    def __init__(self, allowed: list[str], root: Path = SYSFS_USB) -> None:
        self.root = root
        self.allowed = {ids.lower() for ids in allowed}
        self.baseline = list_devices(root)
        self.reported: set[UsbDevice] = set()

    def poll(self) -> list[UsbDevice]:
        """Devices that appeared since start, not allowed, and not reported before."""
        now = list_devices(self.root)
        new = [
            device
            for device in sorted(now - self.baseline, key=lambda d: d.port)
            if device.ids not in self.allowed and device not in self.reported
        ]
        self.reported |= set(new)
        self.reported &= now  # unplugged and plugged in again: reported again
        return new
