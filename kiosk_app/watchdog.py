"""Staying alive for weeks: systemd's watchdog and a record of every restart.

- `Watchdog` tells systemd (sd_notify over the $NOTIFY_SOCKET datagram socket) READY=1 once the
  first screen is up, then WATCHDOG=1 from a timer on the GUI thread. A frozen GUI thread stops
  the pings, so systemd kills and restarts the kiosk after WatchdogSec (deploy/gov-kiosk.service)
  — a kiosk whose screen no longer answers is a crash to the citizen in front of it.
- `RunRecord` leaves a marker in the data folder while the kiosk runs and removes it on a clean
  stop. A marker found at start means the last run ended abnormally (killed, crashed, frozen and
  restarted by the watchdog, power cut): it is recorded as an event and an Appendix A fault
  (software / service unresponsive or crash, severe); several in a short time are a crash loop.

The few lines of sd_notify are written here rather than taken from a package: it is one
datagram on a unix socket, and the kiosk must not depend on libsystemd being installed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import signal
import socket
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer

from kiosk_app.store import Store

log = logging.getLogger(__name__)

MARKER = "running.json"
CRASH_LOOP_RESTARTS = 3  # this many abnormal ends ...
CRASH_LOOP_WINDOW = dt.timedelta(minutes=10)  # ... within this time are a crash loop


def notify(message: str, environ: dict[str, str] | None = None) -> bool:
    """Send one sd_notify message; False when not run by systemd (no $NOTIFY_SOCKET)."""
    env = os.environ if environ is None else environ
    address = env.get("NOTIFY_SOCKET", "")
    if not address or address[0] not in "/@":
        return False
    if address[0] == "@":  # abstract namespace
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(message.encode())
    except OSError as error:
        log.warning("sd_notify failed: %s", type(error).__name__)
        return False
    return True


def watchdog_interval_ms(environ: dict[str, str] | None = None) -> int:
    """Half of systemd's WatchdogSec (it passes WATCHDOG_USEC), as sd_watchdog_enabled(3)
    advises; 0 when no watchdog was asked for. WATCHDOG_PID is not checked: under a kiosk
    compositor (cage -- kiosk) it names cage, and the kiosk is the child that must ping
    (the unit says NotifyAccess=all)."""
    env = os.environ if environ is None else environ
    try:
        usec = int(env.get("WATCHDOG_USEC", "0"))
    except ValueError:
        return 0
    return max(50, usec // 2000) if usec > 0 else 0


class Watchdog(QObject):
    """Pings from the GUI thread's event loop: it stops when that loop stops."""

    def __init__(self, send: Callable[[str], bool] = notify, interval_ms: int = 0) -> None:
        super().__init__()
        self._send = send
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms or watchdog_interval_ms())
        self.timer.timeout.connect(self.ping)

    def start(self) -> None:
        """Call once the first screen is shown and the kiosk takes touches."""
        self._send("READY=1\nSTATUS=serving")
        if self.timer.interval() > 0 and os.environ.get("NOTIFY_SOCKET"):
            self.timer.start()

    def ping(self) -> None:
        self._send("WATCHDOG=1")

    def stop(self) -> None:
        self.timer.stop()
        self._send("STOPPING=1")


class RunRecord:
    """The marker that tells the next start whether this one ended cleanly."""

    def __init__(self, data_dir: Path, store: Store, now: Callable[[], dt.datetime]) -> None:
        self.path = data_dir / MARKER
        self.store = store
        self.now = now
        self.previous_abnormal = False
        self.crash_loop = False

    def start(self) -> None:
        """Record how the previous run ended, then mark this one as running."""
        if self.path.exists():
            try:
                last = json.loads(self.path.read_text(encoding="utf-8"))
                detail = (
                    f"pid={int(last.get('pid', 0))} started={str(last.get('started', ''))[:19]}"
                )
            except (OSError, ValueError, AttributeError):
                detail = "marker unreadable"
            self.previous_abnormal = True
            log.error("the previous run ended abnormally (%s)", detail)
            self.store.log_event("abnormal_end", detail)
            self.store.open_fault("client", "software", "service_crash", "severe")
            self.crash_loop = self._recent_abnormal_ends() >= CRASH_LOOP_RESTARTS
            if self.crash_loop:
                log.error("crash loop: %d abnormal ends in 10 minutes", CRASH_LOOP_RESTARTS)
                self.store.log_event("crash_loop", f"restarts>={CRASH_LOOP_RESTARTS}")
        self.store.log_event("kiosk_started", f"pid={os.getpid()}")
        record = {"pid": os.getpid(), "started": self.now().isoformat(timespec="seconds")}
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(record), encoding="utf-8")
        os.replace(tmp, self.path)

    def clean_stop(self) -> None:
        """A deliberate stop: the next start finds no marker."""
        with contextlib.suppress(sqlite3.ProgrammingError):  # the store closed already
            self.store.log_event("kiosk_stopped", "clean")
        self.path.unlink(missing_ok=True)

    def _recent_abnormal_ends(self) -> int:
        # the store stamps events with the wall clock, whatever clock the kiosk was given
        since = (dt.datetime.now() - CRASH_LOOP_WINDOW).isoformat(timespec="seconds")
        rows = self.store.query(
            "SELECT COUNT(*) FROM events WHERE kind='abnormal_end' AND at>=?", since
        )
        return int(rows[0][0])


def quit_on_sigterm(app: QCoreApplication) -> QSocketNotifier:
    """systemd stops the kiosk with SIGTERM: leave the event loop and shut down cleanly (so
    the stop is not recorded as a crash). Python handlers run only between bytecodes, so the
    signal also wakes the Qt loop through a socket (signal.set_wakeup_fd)."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    signal.signal(signal.SIGTERM, lambda _signum, _frame: app.quit())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(drain)
    notifier.setProperty("sockets", (reader, writer))  # kept alive with the notifier
    return notifier


def start_watchdog() -> Watchdog:
    """READY=1 now, WATCHDOG=1 every half WatchdogSec from the GUI thread."""
    watchdog = Watchdog()
    watchdog.start()
    return watchdog
