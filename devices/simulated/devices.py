"""Simulated devices: same interfaces and status model as the real drivers, with controls for
the demo, training mode and fault injection. Delays mimic real hardware so the GUI proves it
never waits on them."""

from __future__ import annotations

import threading
import time
from collections import deque

from devices.identity import IdentityRecord
from devices.interfaces import (
    CardListener,
    CardReader,
    DocumentPrinter,
    FaceMatch,
    FaceVerifier,
    Receipt,
    ReceiptPrinter,
)
from devices.simulated.training_cards import StaffCard
from devices.status import (
    DeviceClass,
    DeviceError,
    DeviceState,
    DeviceStatus,
    MediaState,
    StatusReporter,
)


class _Simulated:
    reporter: StatusReporter

    def __init__(self, device: DeviceClass, media: MediaState, delay_s: float) -> None:
        self.reporter = StatusReporter(DeviceStatus(device, DeviceState.OFFLINE, media))
        self.delay_s = delay_s
        self._lock = threading.Lock()
        self._armed: tuple[DeviceState | None, MediaState | None] | None = None
        self._answering = threading.Event()
        self._answering.set()
        self.no_answer_s = 5.0  # how long a driver waits for a device before giving up

    def open(self) -> None:
        self.reporter.update(state=DeviceState.ONLINE)

    def close(self) -> None:
        self.reporter.update(state=DeviceState.OFFLINE)

    def inject(self, state: DeviceState | None = None, media: MediaState | None = None) -> None:
        """Fault injection: set the state a real device would report."""
        self.reporter.update(state=state, media=media)

    def arm(self, state: DeviceState | None = None, media: MediaState | None = None) -> None:
        """Fault injection mid-operation: the next operation fails this way while it runs
        (the card reader unplugged mid-read, paper running out mid-receipt)."""
        self._armed = (state, media)

    def stop_answering(self) -> None:
        """The device hangs: operations wait `no_answer_s`, then the driver gives up and the
        next poll reports it offline, as a real driver's timeout does."""
        self._answering.clear()

    def resume(self) -> None:
        """The device answers again (replugged, restarted)."""
        self._answering.set()
        self.reporter.update(state=DeviceState.ONLINE, detail="")

    def poll(self) -> DeviceStatus:
        if not self._answering.is_set():
            self.reporter.update(state=DeviceState.OFFLINE, detail="not answering")
        return self.reporter.status

    def _check_online(self) -> None:
        state = self.reporter.status.state
        if state in (DeviceState.OFFLINE, DeviceState.HARDWARE_ERROR):
            raise DeviceError("device_unavailable", self.reporter.status.device.value)

    def _work(self) -> None:
        self._check_online()
        time.sleep(self.delay_s)
        armed, self._armed = self._armed, None
        if armed is not None:
            self.reporter.update(state=armed[0], media=armed[1])
        if not self._answering.wait(self.no_answer_s):
            self.reporter.update(state=DeviceState.OFFLINE, detail="not answering")
        self._check_online()


class SimulatedCardReader(_Simulated, CardReader):
    def __init__(self, delay_s: float = 0.3) -> None:
        super().__init__(DeviceClass.CARD_READER, MediaState.NOT_APPLICABLE, delay_s)
        self._card: IdentityRecord | StaffCard | None = None
        self._listeners: list[CardListener] = []

    def watch(self, listener: CardListener) -> None:
        self._listeners.append(listener)

    @property
    def card_present(self) -> bool:
        return self._card is not None

    def insert(self, card: IdentityRecord | StaffCard) -> None:
        with self._lock:
            self._card = card
        for listener in list(self._listeners):
            listener(True)

    def remove(self) -> None:
        with self._lock:
            had_card, self._card = self._card is not None, None
        if had_card:
            for listener in list(self._listeners):
                listener(False)

    def read_identity(self) -> IdentityRecord:
        self._work()
        with self._lock:
            card = self._card
        if card is None:
            raise DeviceError("card_removed_while_reading")
        if isinstance(card, StaffCard):  # no identity application, as on the real reader
            raise DeviceError("card_unreadable", "no identity application")
        return card

    def read_card_id(self) -> bytes:
        self._work()
        with self._lock:
            card = self._card
        if card is None:
            raise DeviceError("card_removed_while_reading")
        if not isinstance(card, StaffCard):
            raise DeviceError("card_is_id_card")
        return card.card_id


class SimulatedFaceVerifier(_Simulated, FaceVerifier):
    """The 'person in front of the camera' is set by the trainer or the test: by default the
    card holder themself, or someone else, nobody, or a photo held up (not live)."""

    def __init__(self, delay_s: float = 0.5) -> None:
        super().__init__(DeviceClass.CAMERA, MediaState.NOT_APPLICABLE, delay_s)
        self.presenting = "holder"  # holder, stranger, nobody, photo

    def verify(self, card_photo: bytes, challenge: str) -> FaceMatch:
        self._work()
        if not card_photo:
            raise DeviceError("card_photo_missing")
        if self.presenting == "nobody":
            raise DeviceError("face_not_found")
        if self.presenting == "stranger":
            return FaceMatch(matched=False, distance=0.82, live=True)
        if self.presenting == "photo":
            return FaceMatch(matched=True, distance=0.35, live=False)
        return FaceMatch(matched=True, distance=0.36, live=True)


class SimulatedReceiptPrinter(_Simulated, ReceiptPrinter):
    """The output tray holds the last few receipts, like paper waiting to be taken."""

    def __init__(
        self, delay_s: float = 0.4, paper_lines: int = 20_000, low_lines: int = 2_000
    ) -> None:
        super().__init__(DeviceClass.RECEIPT_PRINTER, MediaState.OK, delay_s)
        self.paper_lines = paper_lines
        self.low_lines = low_lines
        self.tray: deque[Receipt] = deque(maxlen=4)

    def print_receipt(self, receipt: Receipt) -> None:
        self._work()
        media = self.reporter.status.media
        if media is MediaState.OUT:
            raise DeviceError("printer_out_of_paper")
        if media is MediaState.JAMMED:
            raise DeviceError("printer_jammed")
        self.paper_lines -= len(receipt.lines) + 6
        if self.paper_lines <= 0:
            self.reporter.update(media=MediaState.OUT)
            raise DeviceError("printer_out_of_paper")
        if self.paper_lines <= self.low_lines:
            self.reporter.update(media=MediaState.LOW)
        self.tray.append(receipt)


class SimulatedDocumentPrinter(_Simulated, DocumentPrinter):
    def __init__(self, delay_s: float = 0.8, sheets: int = 500, low_sheets: int = 50) -> None:
        super().__init__(DeviceClass.A4_PRINTER, MediaState.OK, delay_s)
        self.sheets = sheets
        self.low_sheets = low_sheets
        self.tray: deque[tuple[str, bytes]] = deque(maxlen=4)

    def print_pdf(self, pdf: bytes, title: str) -> None:
        self._work()
        if not pdf.startswith(b"%PDF"):
            raise DeviceError("document_invalid")
        media = self.reporter.status.media
        if media is MediaState.OUT or self.sheets <= 0:
            self.reporter.update(media=MediaState.OUT)
            raise DeviceError("printer_out_of_paper")
        if media is MediaState.JAMMED:
            raise DeviceError("printer_jammed")
        self.sheets -= 1
        if self.sheets <= self.low_sheets:
            self.reporter.update(media=MediaState.LOW)
        self.tray.append((title, pdf))
