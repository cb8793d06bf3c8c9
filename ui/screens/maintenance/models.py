"""What the maintenance screen shows, as plain records (no Qt): kiosk_app reads them from
the store and the devices, ui/screens/maintenance renders them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DeviceRow:
    device: str  # card_reader, camera, receipt_printer, a4_printer
    state: str  # online, offline, busy, hardware_error, user_error
    media: str  # ok, low, out, jammed, not_applicable
    usable: bool
    detail: str = ""


@dataclass(frozen=True)
class ItemRow:
    item_id: str
    name: str
    lifecycle: str  # trial, active, revoked
    overridden: bool


@dataclass(frozen=True)
class ConsumableLevel:
    name: str
    used: int  # receipts or pages printed since the last refill
    capacity: int
    refilled_at: str  # "" if never recorded
    low_percent: int

    @property
    def percent(self) -> int:
        return max(0, round(100 * (self.capacity - self.used) / self.capacity))

    @property
    def low(self) -> bool:
        return self.percent <= self.low_percent


@dataclass(frozen=True)
class FaultEntry:
    id: int
    at: str
    source: str
    category: str
    code: str
    severity: str
    resolved_at: str | None
    manual: bool
    handling: str

    @property
    def open(self) -> bool:
        return self.resolved_at is None

    def minutes_to_resolve(self) -> int | None:
        if self.resolved_at is None:
            return None
        took = dt.datetime.fromisoformat(self.resolved_at) - dt.datetime.fromisoformat(self.at)
        return max(0, round(took.total_seconds() / 60))


@dataclass(frozen=True)
class Inspection:
    id: int
    at: str
    kind: str
    staff_no: str
    results: Mapping[str, bool]  # check -> passed

    @property
    def abnormal(self) -> list[str]:
        return [check for check, ok in self.results.items() if not ok]


@dataclass(frozen=True)
class FollowUp:
    transaction_id: str
    item_id: str
    level: int
    reason: str
    due_at: str
    closed_at: str | None

    def overdue(self, now: dt.datetime) -> bool:
        return self.closed_at is None and dt.datetime.fromisoformat(self.due_at) < now

    def days_left(self, now: dt.datetime) -> int:
        return (dt.datetime.fromisoformat(self.due_at).date() - now.date()).days


@dataclass(frozen=True)
class NetworkReport:
    host: str
    resolved: bool
    addresses: tuple[str, ...]
    probes: int
    answered: int
    latency_ms: float | None  # median of the answered probes
    worst_ms: float | None
    checked_at: str
    faults: tuple[str, ...] = field(default_factory=tuple)  # Appendix A codes

    @property
    def loss_percent(self) -> float:
        return round(100 * (self.probes - self.answered) / self.probes, 1) if self.probes else 0


@dataclass(frozen=True)
class BackupEntry:
    name: str
    created_at: dt.datetime
    size: int
