"""One small interface per device class; real drivers and simulators both implement them.

Every call that touches hardware blocks and is made from a worker thread, never the GUI thread.
"""

from __future__ import annotations

import abc
from collections.abc import Callable
from dataclasses import dataclass

from devices.identity import IdentityRecord
from devices.status import DeviceStatus, StatusListener, StatusReporter


class Device(abc.ABC):
    """Explicit open/close (never __del__) and a status that listeners can follow."""

    reporter: StatusReporter

    @property
    def status(self) -> DeviceStatus:
        return self.reporter.status

    def subscribe(self, listener: StatusListener) -> None:
        self.reporter.subscribe(listener)

    @abc.abstractmethod
    def open(self) -> None: ...

    @abc.abstractmethod
    def close(self) -> None: ...

    def poll(self) -> DeviceStatus:
        """Ask the hardware how it is (called every few seconds from a worker thread) and
        update the reporter, so a device that stops answering is noticed within seconds.
        Simulators and devices that report by themselves keep the default."""
        return self.reporter.status


CardListener = Callable[[bool], None]
"""Called with True when a card is presented, False when it is taken away."""


class CardReader(Device):
    @abc.abstractmethod
    def watch(self, listener: CardListener) -> None:
        """Report card presence changes for as long as the reader is open."""

    @property
    @abc.abstractmethod
    def card_present(self) -> bool:
        """Whether a card is on the reader now (the last event the reader saw)."""

    @abc.abstractmethod
    def read_identity(self) -> IdentityRecord:
        """Read and validate the card on the reader; raises DeviceError with a message key."""

    @abc.abstractmethod
    def read_card_id(self) -> bytes:
        """The identifier (UID) of a card that is not an ID card, e.g. a staff card (工作证).
        Raises DeviceError('card_is_id_card') for a citizen's ID card before anything else is
        read from it, 'card_unreadable' if the card gives no identifier."""


@dataclass(frozen=True)
class FaceMatch:
    matched: bool
    distance: float
    live: bool


@dataclass(frozen=True, repr=False)
class Frame:
    """One camera frame for the on-screen preview: 8-bit RGB, row after row. Memory only."""

    width: int
    height: int
    rgb: bytes


LIVENESS_CHALLENGES = ("blink", "turn_left", "turn_right")


class FaceVerifier(Device):
    """Camera plus matcher: compares the live face with the card photo."""

    challenges: tuple[str, ...] = LIVENESS_CHALLENGES
    """The liveness challenges this verifier can check; the flow picks one at random and
    shows it to the citizen (message key f"face_challenge_{name}")."""

    @abc.abstractmethod
    def verify(self, card_photo: bytes, challenge: str) -> FaceMatch:
        """Capture, check the liveness challenge and compare with the card photo; frames and
        encodings stay in memory and are dropped on return. Raises DeviceError with a key
        such as 'face_not_found', 'face_several', 'card_photo_missing'."""

    def warm_up(self) -> None:
        """Load models (slow) on a worker thread after the first screen is shown."""

    def preview_frame(self) -> Frame | None:
        """The newest frame for the preview while verify() runs (any thread), or None."""
        return None


@dataclass(frozen=True)
class ReceiptLine:
    text: str
    bold: bool = False
    centered: bool = False
    large: bool = False


@dataclass(frozen=True)
class Receipt:
    lines: tuple[ReceiptLine, ...]
    qr_payload: str = ""


class ReceiptPrinter(Device):
    @abc.abstractmethod
    def print_receipt(self, receipt: Receipt) -> None:
        """Print and cut; raises DeviceError('printer_out_of_paper') and the like."""


class DocumentPrinter(Device):
    """A4 printer: takes a finished PDF held in memory."""

    @abc.abstractmethod
    def print_pdf(self, pdf: bytes, title: str) -> None: ...


@dataclass(frozen=True, repr=False)
class ScannedImage:
    """One page as the scanner delivered it (an encoded image, e.g. PNG). Memory only: a
    citizen's documents are never written to disk."""

    data: bytes
    dpi: int


class DocumentScanner(Device):
    """Flatbed scanner or document camera (std 4.1b)."""

    @abc.abstractmethod
    def scan(self) -> ScannedImage:
        """Scan what lies on the glass. Raises DeviceError with a key such as
        'scanner_no_document', 'scanner_cover_open', 'scanner_jammed', 'device_unavailable'."""
