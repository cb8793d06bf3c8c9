"""A simulated document scanner: what lies on the glass is chosen by the trainer or the test
(`presenting`, one of pages.PRESENTING). OpenCV is loaded on the first scan, not at start-up."""

from __future__ import annotations

import threading
import time

from devices.interfaces import DocumentScanner, ScannedImage
from devices.status import (
    DeviceClass,
    DeviceError,
    DeviceState,
    DeviceStatus,
    MediaState,
    StatusReporter,
)


class SimulatedScanner(DocumentScanner):
    """Same interface and status model as the SANE driver; `presenting` says what is on the
    glass, `inject` sets a device state, and `delay_s` mimics the scan head's travel."""

    def __init__(self, delay_s: float = 0.6) -> None:
        self.reporter = StatusReporter(
            DeviceStatus(DeviceClass.SCANNER, DeviceState.OFFLINE, MediaState.NOT_APPLICABLE)
        )
        self.delay_s = delay_s
        self.presenting = "document"
        self._lock = threading.Lock()

    def open(self) -> None:
        self.reporter.update(state=DeviceState.ONLINE)

    def close(self) -> None:
        self.reporter.update(state=DeviceState.OFFLINE)

    def inject(self, state: DeviceState | None = None, media: MediaState | None = None) -> None:
        self.reporter.update(state=state, media=media)

    def scan(self) -> ScannedImage:
        with self._lock:
            if not self.reporter.status.usable:
                raise DeviceError("device_unavailable", DeviceClass.SCANNER.value)
            time.sleep(self.delay_s)
            presenting = self.presenting
            if presenting == "nothing":
                raise DeviceError("scanner_no_document")
            from devices.simulated.pages import PRESENTING, encode_png, synthetic_scan

            if presenting not in PRESENTING:
                raise DeviceError("device_unavailable", "unknown presentation")
            return ScannedImage(encode_png(synthetic_scan(presenting)), 150)
