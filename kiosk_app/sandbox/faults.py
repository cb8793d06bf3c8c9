"""Fault injection for tests and demos: delay and/or fail the next /api requests, set from
Python (`set_fault`) or over HTTP (POST /_sandbox/faults). A mixin of SandboxPlatform."""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

from kiosk_app.sandbox.protocol import ApiError, Request


@dataclass
class Fault:
    delay_s: float = 0.0
    status: int | None = None
    count: int | None = None  # None: until cleared

    def active(self) -> bool:
        return self.delay_s > 0 or self.status is not None


class FaultInjection:
    """The injected fault, guarded by the platform's lock."""

    _lock: threading.Lock
    _fault: Fault

    def set_fault(
        self, delay_s: float = 0.0, status: int | None = None, count: int | None = None
    ) -> None:
        """Delay and/or fail the next `count` /api requests (all of them when count is None)."""
        if isinstance(delay_s, bool) or not isinstance(delay_s, int | float):
            raise ValueError("delay_s must be a number")
        if not math.isfinite(delay_s) or not 0 <= delay_s <= 600:
            raise ValueError("delay_s must be between 0 and 600")
        if status is not None and (
            isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599
        ):
            raise ValueError("status must be an HTTP error status (400-599) or None")
        if count is not None and (
            isinstance(count, bool) or not isinstance(count, int) or count < 1
        ):
            raise ValueError("count must be a positive integer or None")
        with self._lock:
            self._fault = Fault(float(delay_s), status, count)

    def clear_faults(self) -> None:
        with self._lock:
            self._fault = Fault()

    def _take_fault(self) -> tuple[float, int | None]:
        with self._lock:
            fault = self._fault
            if not fault.active():
                return 0.0, None
            if fault.count is not None:
                fault.count -= 1
                if fault.count <= 0:
                    self._fault = Fault()
            return fault.delay_s, fault.status

    def _fault_state(self) -> dict[str, object]:
        with self._lock:
            f = self._fault
            return {"delay_s": f.delay_s, "status": f.status, "count": f.count}

    def _faults(self, request: Request) -> tuple[int, object]:
        body = request.body
        unknown = set(body) - {"delay_s", "status", "count"}
        if unknown:
            raise ApiError(400, "bad_request", "unknown fault field")
        try:
            self.set_fault(body.get("delay_s", 0.0), body.get("status"), body.get("count"))
        except ValueError as exc:
            raise ApiError(400, "bad_request", str(exc)) from None
        return 200, self._fault_state()
