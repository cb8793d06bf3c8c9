"""Service hours (std 7.1): when the kiosk serves, and how the footer says so."""

from __future__ import annotations

import datetime as dt

from kiosk_app.config import WEEKDAYS, Hours, parse_span


class ServiceHours:
    def __init__(self, hours: Hours) -> None:
        self._daily = parse_span(hours.daily)
        self._overrides = {WEEKDAYS.index(d): parse_span(s) for d, s in hours.overrides.items()}
        self.always_open = self._daily == (dt.time(0, 0), dt.time.max) and not self._overrides

    def _span(self, day: dt.date) -> tuple[dt.time, dt.time] | None:
        return self._overrides.get(day.weekday(), self._daily)

    def is_open(self, now: dt.datetime) -> bool:
        span = self._span(now.date())
        return span is not None and span[0] <= now.time() <= span[1]

    def today_text(self, now: dt.datetime) -> str:
        """'24小时' style text is chosen by ui/; this gives 'HH:MM-HH:MM' or 'closed'."""
        if self.always_open:
            return "24h"
        span = self._span(now.date())
        if span is None:
            return "closed"
        end = "24:00" if span[1] == dt.time.max else span[1].strftime("%H:%M")
        return f"{span[0].strftime('%H:%M')}-{end}"
