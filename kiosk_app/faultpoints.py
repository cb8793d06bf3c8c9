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


def freeze_on_signal() -> None:
    """With KIOSK_FREEZE_ON_SIGUSR1=SECONDS, SIGUSR1 freezes the GUI thread that long (the
    handler runs there), telling systemd's notify socket when it starts and ends, so a test
    can show no watchdog ping comes in between. Inert otherwise."""
    seconds = os.environ.get("KIOSK_FREEZE_ON_SIGUSR1", "")
    if not seconds:
        return
    import time

    from kiosk_app.watchdog import notify

    def freeze(_signum: int, _frame: object) -> None:
        notify("STATUS=frozen")
        time.sleep(float(seconds))
        notify("STATUS=thawed")

    signal.signal(signal.SIGUSR1, freeze)
