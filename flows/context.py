"""What a flow may use, passed in by kiosk_app: devices, the platform, documents, the clock."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from devices.identity import IdentityRecord
from devices.interfaces import (
    CardReader,
    DocumentPrinter,
    DocumentScanner,
    FaceVerifier,
    ReceiptPrinter,
)
from flows.capture import Application, ScannedPage, Signature


class Platform(Protocol):
    def call(self, endpoint: str, payload: dict[str, object]) -> dict[str, object]: ...


@dataclass(frozen=True)
class PaymentOrder:
    """An order on the platform's payment API; no card or account number is ever known."""

    key: str  # idempotency key: one per attempt, written to the store before sending
    order_id: str
    amount_fen: int
    qr_payload: str
    expires_in_s: float


class Payments(Protocol):
    """Blocking payment calls (worker threads), each recorded before it is sent."""

    def create_order(
        self, key: str, transaction_id: str, item_id: str, amount_fen: int, payee: str, reason: str
    ) -> PaymentOrder: ...

    def wait_for_payment(self, order: PaymentOrder, stop: threading.Event) -> str:
        """Poll until paid, declined or expired ("paid", "declined", "closed"), or until `stop`
        is set ("cancelled": the caller closes or settles the order)."""
        ...

    def pay_with_code(self, order: PaymentOrder, auth_code: str) -> str: ...

    def mark_delivered(self, key: str) -> None: ...


@dataclass(frozen=True)
class Certificate:
    """Everything an A4 certificate shows; rendered to PDF by kiosk_app, printed, forgotten."""

    template: str
    title: str
    holder_name: str
    holder_id_number: str
    statement: str
    document_number: str
    issued_at: str
    issuer: str
    verify_url: str
    transaction_id: str
    site_name: str
    training: bool


@dataclass
class FlowContext:
    transaction_id: str
    site_name: str
    training: bool
    platform: Platform
    card_reader: CardReader
    face: FaceVerifier
    receipt_printer: ReceiptPrinter
    document_printer: DocumentPrinter
    render_certificate: Callable[[Certificate], bytes]
    record_rating: Callable[[int | None, str], None]
    language: Callable[[], str] = lambda: "zh_CN"
    now: Callable[[], dt.datetime] = dt.datetime.now
    card_present: Callable[[], bool] = lambda: False
    max_face_attempts: int = 3
    payments: Payments | None = None
    device_usable: Callable[[str], bool] = lambda device: True
    scanner: DocumentScanner | None = None  # material capture (scan step)
    render_application: Callable[[Application], bytes] | None = None  # sign step


@dataclass
class CitizenData:
    """The only place a citizen's data lives, in memory, for one session. `clear()` drops it."""

    identity: IdentityRecord | None = None
    answer: dict[str, Any] = field(default_factory=dict)
    form: dict[str, str] = field(default_factory=dict)
    print_choice: str = ""
    printed: str = ""
    order: PaymentOrder | None = None
    paid: bool = False
    scans: list[ScannedPage] = field(default_factory=list)  # memory only, sent in the PDF
    signature: Signature | None = None

    def clear(self) -> None:
        self.identity = None
        self.answer = {}
        self.form = {}
        self.print_choice = ""
        self.printed = ""
        self.order = None
        self.paid = False
        self.scans = []
        self.signature = None

    def __repr__(self) -> str:
        return "CitizenData(<redacted>)"
