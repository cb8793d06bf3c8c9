"""A session is one citizen at the kiosk, with a hard end that drops everything about them."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from flows.engine import FlowEngine
from flows.model import Item


def new_transaction_id(kiosk_id: str, now: dt.datetime) -> str:
    """办件编号: kiosk, time and a random suffix; says nothing about the citizen."""
    return f"{kiosk_id}-{now:%Y%m%d%H%M%S}-{secrets.token_hex(2).upper()}"


@dataclass
class Session:
    transaction_id: str
    item: Item
    engine: FlowEngine
    started: dt.datetime
    job_running: bool = False
    ended: bool = False

    def end(self) -> str:
        """Drop the citizen's data and return what was printed (for the PII-free record)."""
        printed = self.engine.data.printed or self.engine.printed
        self.engine.data.clear()
        self.ended = True
        return printed
