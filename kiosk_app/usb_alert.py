"""Raises the alert when an unexpected USB device appears (std 9.3, devices/usb_watch.py):
sysfs is read on a worker every `security.usb_poll_s`; each new device not on the allow-list
becomes an event naming its ids and port, and an open fault the operator and the district see
(maintenance screen, weekly report, /metrics)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from devices.usb_watch import SYSFS_USB, UsbDevice, UsbWatch
from kiosk_app.config import Security
from kiosk_app.store import Store
from kiosk_app.work import BackgroundWork

log = logging.getLogger(__name__)
FAULT = ("host", "hardware", "unexpected_usb_device", "severe")  # not in Appendix A


class UsbAlert(QObject):
    def __init__(
        self, settings: Security, store: Store, work: BackgroundWork, root: Path = SYSFS_USB
    ) -> None:
        super().__init__()
        self.store = store
        self.work = work
        self.watch = UsbWatch(settings.usb_allowed, root)
        self._polling = False
        self.timer = QTimer(self)
        self.timer.setInterval(int(settings.usb_poll_s * 1000))
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        if not self._polling:
            self._polling = True
            self.work.run(self.watch.poll, self._polled)

    def _polled(self, result: object, error: BaseException | None) -> None:
        self._polling = False
        if error is not None or not isinstance(result, list):
            return
        for device in result:
            assert isinstance(device, UsbDevice)
            log.error("unexpected USB device %s on port %s", device.ids, device.port)
            self.store.log_event("usb_unexpected", f"{device.ids} port={device.port}")
            self.store.open_fault(*FAULT)

    def stop(self) -> None:
        self.timer.stop()
