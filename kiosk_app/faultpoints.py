"""Named points where a test may kill the kiosk process outright (SIGKILL), to prove that a
crash or power cut at that moment leaves consistent records and no money taken twice.

Inert unless KIOSK_KILL_AT names the point; reading one environment variable costs nothing.
"""

from __future__ import annotations

import os
import signal


def reached(point: str) -> None:
    if os.environ.get("KIOSK_KILL_AT") == point:
        os.kill(os.getpid(), signal.SIGKILL)
