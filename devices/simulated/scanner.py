"""A simulated document scanner: what lies on the glass is chosen by the trainer or the test
(`presenting`, one of pages.PRESENTING). The status model and fault injection (inject, arm,
stop_answering, resume) are the other simulators'. OpenCV is loaded on the first scan, not at
start-up."""

from __future__ import annotations

from devices.interfaces import DocumentScanner, ScannedImage
from devices.simulated.devices import _Simulated
from devices.status import DeviceClass, DeviceError, MediaState


class SimulatedScanner(_Simulated, DocumentScanner):
    def __init__(self, delay_s: float = 0.6) -> None:
        super().__init__(DeviceClass.SCANNER, MediaState.NOT_APPLICABLE, delay_s)
        self.presenting = "document"

    def scan(self) -> ScannedImage:
        with self._lock:  # one page at a time, as on a real scanner
            self._work()
            if self.reporter.status.media is MediaState.JAMMED:
                raise DeviceError("scanner_jammed")
            presenting = self.presenting
            if presenting == "nothing":
                raise DeviceError("scanner_no_document")
            from devices.simulated.pages import PRESENTING, encode_png, synthetic_scan

            if presenting not in PRESENTING:
                raise DeviceError("device_unavailable", "unknown presentation")
            return ScannedImage(encode_png(synthetic_scan(presenting)), 150)
