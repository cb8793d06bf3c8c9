"""What a step asks the screen to show. ui/ renders these; it never decides what comes next."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flows.model import Item, Text

_tokens = itertools.count(1)


@dataclass(frozen=True)
class Job:
    """Blocking work (a device or the platform) that kiosk_app runs off the GUI thread."""

    run: Callable[[], Any]
    token: int = field(default_factory=lambda: next(_tokens))


@dataclass(frozen=True)
class Progress:
    step: int  # 1-based
    of: int


@dataclass(frozen=True)
class Notice:
    """一次性告知: conditions, materials and standard shown together before anything is done."""

    item: Item
    progress: Progress


@dataclass(frozen=True)
class InsertCard:
    item: Item
    progress: Progress


@dataclass(frozen=True)
class Working:
    """Waiting on a job; `message` is a message key such as 'reading_card' or 'querying'."""

    item: Item
    progress: Progress
    message: str
    job: Job


@dataclass(frozen=True)
class FaceCapture:
    item: Item
    progress: Progress
    attempt: int
    max_attempts: int
    job: Job
    challenge: str = "blink"  # shown as message key f"face_challenge_{challenge}"


@dataclass(frozen=True)
class Payment:
    """Pay by scanning the QR code with a phone, or by showing a payment code to the scanner."""

    item: Item
    progress: Progress
    amount_fen: int
    payee: Text
    reason: Text
    qr_payload: str
    expires_in_s: float
    job: Job  # waits for the payment to arrive


@dataclass(frozen=True)
class Choice:
    value: str
    label: Text


@dataclass(frozen=True)
class FormField:
    key: str
    label: Text
    kind: str  # choice, digits, phone, id_number, date, amount, text
    choices: tuple[Choice, ...] = ()
    required: bool = True
    max_length: int = 40


@dataclass(frozen=True)
class Form:
    item: Item
    progress: Progress
    title: Text
    fields: tuple[FormField, ...]
    values: dict[str, str]
    errors: dict[str, str]  # field key -> message key


@dataclass(frozen=True)
class Table:
    title: Text
    headers: tuple[Text, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class PrintChoice:
    format: str  # "receipt" or "a4"
    label: Text


@dataclass(frozen=True)
class ResultView:
    item: Item
    progress: Progress
    holder: str  # masked name and ID number, never the full record
    statement: str
    rows: tuple[tuple[Text, str], ...]
    tables: tuple[Table, ...]
    print_choices: tuple[PrintChoice, ...]


@dataclass(frozen=True)
class Rating:
    item: Item
    progress: Progress
    transaction_id: str
    printed: str  # "", "receipt" or "a4": tells the citizen to take their paper
    level: int = 0  # chosen level, when a reason is still needed (不满意, 非常不满意)
    reasons: tuple[Choice, ...] = ()


@dataclass(frozen=True)
class Problem:
    """Something went wrong: a message key, its parameters, and the ways out offered."""

    item: Item
    progress: Progress
    message: str
    actions: tuple[str, ...]  # from: retry, exit, assist
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ScanPrompt:
    """Put the material on the scanner (std 4.1b); `error` says what went wrong last time."""

    item: Item
    progress: Progress
    title: Text  # the material, as the item file names it
    hint: Text
    page: int  # the page about to be scanned, 1-based
    max_pages: int
    can_finish: bool  # enough pages already: "done" is offered
    error: str = ""  # message key


@dataclass(frozen=True, repr=False)
class ScanPreview:
    """What will be sent, for the citizen to see and confirm (or scan again)."""

    item: Item
    progress: Progress
    title: Text
    page: int
    max_pages: int
    preview: bytes  # JPEG, memory only
    width: int
    height: int
    problems: tuple[str, ...]  # message keys saying how to fix it; confirm only when empty


@dataclass(frozen=True)
class Signing:
    """Sign on the touchscreen (std 4.1e) under a declaration; signing submits."""

    item: Item
    progress: Progress
    declaration: Text
    summary: tuple[tuple[Text, str], ...]  # what is being signed for
    error: str = ""  # message key (an empty or too small signature)


@dataclass(frozen=True)
class Finished:
    """The run is over; kiosk_app ends the session with this reason."""

    reason: str  # completed, cancelled, back, card_removed, error, face_failed


View = (
    Notice
    | InsertCard
    | Working
    | FaceCapture
    | Payment
    | Form
    | ResultView
    | Rating
    | Problem
    | ScanPrompt
    | ScanPreview
    | Signing
    | Finished
)
