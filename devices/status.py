"""The status model every device shares (after XFS4IoT): device state, media state, events."""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from dataclasses import dataclass, field


class DeviceClass(enum.StrEnum):
    CARD_READER = "card_reader"
    CAMERA = "camera"
    RECEIPT_PRINTER = "receipt_printer"
    A4_PRINTER = "a4_printer"
    SCANNER = "scanner"  # document scanner or document camera (高拍仪), std 4.1b


class DeviceState(enum.StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    BUSY = "busy"
    HARDWARE_ERROR = "hardware_error"
    USER_ERROR = "user_error"


class MediaState(enum.StrEnum):
    """Consumables (paper, toner); NOT_APPLICABLE for devices without any."""

    OK = "ok"
    LOW = "low"
    OUT = "out"
    JAMMED = "jammed"
    NOT_APPLICABLE = "not_applicable"


class FaultSeverity(enum.StrEnum):
    MINOR = "minor"  # 一般
    SEVERE = "severe"  # 严重


@dataclass(frozen=True)
class ApplianceFault:
    """A fault named as in Appendix A of the Fujian standard."""

    category: str  # hardware / software / network
    code: str
    severity: FaultSeverity


@dataclass(frozen=True)
class DeviceStatus:
    device: DeviceClass
    state: DeviceState = DeviceState.ONLINE
    media: MediaState = MediaState.NOT_APPLICABLE
    detail: str = ""

    @property
    def usable(self) -> bool:
        """A device can serve a citizen when it answers and its media is not out or jammed."""
        return self.state in (DeviceState.ONLINE, DeviceState.BUSY) and self.media not in (
            MediaState.OUT,
            MediaState.JAMMED,
        )

    def fault(self) -> ApplianceFault | None:
        """Map this status to its Appendix A fault class, if it is one."""
        if self.media is MediaState.OUT:
            return ApplianceFault("hardware", "out_of_paper", FaultSeverity.MINOR)
        if self.media is MediaState.JAMMED:
            return ApplianceFault("hardware", "paper_jam", FaultSeverity.SEVERE)
        if self.state in (DeviceState.OFFLINE, DeviceState.HARDWARE_ERROR):
            return ApplianceFault("hardware", "peripheral_unresponsive", FaultSeverity.SEVERE)
        return None


StatusListener = Callable[[DeviceStatus], None]


@dataclass
class StatusReporter:
    """Holds a device's current status and tells listeners when it changes.

    Listeners are called on whatever thread changed the status; kiosk_app re-queues them onto
    the GUI thread.
    """

    status: DeviceStatus
    _listeners: list[StatusListener] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def subscribe(self, listener: StatusListener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def update(
        self,
        state: DeviceState | None = None,
        media: MediaState | None = None,
        detail: str | None = None,
    ) -> None:
        with self._lock:
            old = self.status
            new = DeviceStatus(
                device=old.device,
                state=state if state is not None else old.state,
                media=media if media is not None else old.media,
                detail=detail if detail is not None else old.detail,
            )
            if new == old:
                return
            self.status = new
            listeners = list(self._listeners)
        for listener in listeners:
            listener(new)


class DeviceError(Exception):
    """A device could not do what was asked. `key` is a message key ui/ translates."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key
        self.detail = detail
