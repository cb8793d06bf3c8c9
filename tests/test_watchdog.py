"""The watchdog: READY and WATCHDOG reach systemd's notify socket (a real unix datagram socket
the test listens on, as systemd does), the pings stop while the GUI thread is frozen, and a
killed kiosk's next start records that the last run ended abnormally (a crash loop too)."""

from __future__ import annotations

import configparser
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer

from kiosk_app.store import Store
from kiosk_app.watchdog import MARKER, Watchdog, notify

ROOT = Path(__file__).resolve().parent.parent


class NotifyReceiver:
    """What systemd does with $NOTIFY_SOCKET: a datagram socket, every message kept."""

    def __init__(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="notify-", dir="/tmp")  # short: sun_path limit
        self.path = os.path.join(self.folder, "notify.sock")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.sock.settimeout(0.1)
        self.messages: list[tuple[float, str]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._receive, daemon=True)
        self._thread.start()

    def _receive(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.messages.append((time.monotonic(), data.decode()))

    def lines(self) -> list[str]:
        with self._lock:
            return [line for _at, message in self.messages for line in message.splitlines()]

    def wait_for(self, line: str, count: int = 1, timeout_s: float = 60.0) -> None:
        end = time.monotonic() + timeout_s
        while self.lines().count(line) < count:
            if time.monotonic() > end:
                raise TimeoutError(f"{line} x{count} never arrived: {self.lines()}")
            QCoreApplication.processEvents()
            time.sleep(0.01)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()
        os.unlink(self.path)
        os.rmdir(self.folder)


@pytest.fixture
def receiver(monkeypatch: pytest.MonkeyPatch) -> Iterator[NotifyReceiver]:
    listening = NotifyReceiver()
    monkeypatch.setenv("NOTIFY_SOCKET", listening.path)
    yield listening
    listening.close()


def test_ready_then_pings_which_stop_while_the_gui_thread_is_frozen(
    qapp: object, receiver: NotifyReceiver
) -> None:
    watchdog = Watchdog(interval_ms=20)
    watchdog.start()
    receiver.wait_for("READY=1")
    receiver.wait_for("WATCHDOG=1", count=3)
    frozen: list[float] = []

    def freeze() -> None:  # a slot that never returns in time: the screen does not answer
        frozen.append(time.monotonic())
        time.sleep(0.6)
        frozen.append(time.monotonic())

    QTimer.singleShot(0, freeze)
    while len(frozen) < 2:
        QCoreApplication.processEvents()
    before = receiver.lines().count("WATCHDOG=1")
    receiver.wait_for("WATCHDOG=1", count=before + 2)  # back once the thread answers again
    watchdog.stop()
    receiver.wait_for("STOPPING=1")
    with receiver._lock:
        during = [
            message
            for at, message in receiver.messages
            if frozen[0] < at < frozen[1] and "WATCHDOG" in message
        ]
    assert during == [], "pings went on while the GUI thread was frozen"


def test_no_notify_socket_means_no_systemd_and_no_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert notify("READY=1") is False
    assert notify("READY=1", {"NOTIFY_SOCKET": "/nonexistent/socket"}) is False


def _start_kiosk(config: Path, receiver: NotifyReceiver) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "NOTIFY_SOCKET": receiver.path,
        "WATCHDOG_USEC": "200000",
    }
    command = [sys.executable, "-m", "kiosk_app", "--windowed", "--config", str(config)]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_a_killed_kiosk_is_recorded_at_the_next_start_and_a_crash_loop_is_seen(
    tmp_path: Path, receiver: NotifyReceiver
) -> None:
    data = tmp_path / "data"
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[store]\ndata_dir = "{data}"\n', encoding="utf-8")

    for run in range(1, 4):  # killed three times, as a crashing kiosk would be
        kiosk = _start_kiosk(config, receiver)
        receiver.wait_for("READY=1", count=run)
        receiver.wait_for("WATCHDOG=1", count=run * 2)
        assert (data / MARKER).exists()
        kiosk.send_signal(signal.SIGKILL)
        kiosk.communicate(timeout=30)
    kiosk = _start_kiosk(config, receiver)  # the fourth start, stopped by systemd (SIGTERM)
    receiver.wait_for("READY=1", count=4)
    kiosk.send_signal(signal.SIGTERM)
    _out, err = kiosk.communicate(timeout=30)
    assert kiosk.returncode == 0, err
    assert "Traceback" not in err
    receiver.wait_for("STOPPING=1")
    assert not (data / MARKER).exists()  # a clean stop leaves no marker

    store = Store(data / "kiosk.sqlite3")
    try:
        kinds = [kind for kind, _detail in store.events()]
        faults = store.open_faults()
    finally:
        store.close()
    assert kinds.count("kiosk_started") == 4
    assert kinds.count("abnormal_end") == 3  # each kill seen by the next start
    assert kinds.count("crash_loop") == 1  # the third within ten minutes
    assert kinds.count("kiosk_stopped") == 1
    assert {
        "source": "client",
        "category": "software",
        "code": "service_crash",
        "severity": "severe",
    } in faults


def test_the_shipped_unit_restarts_on_failure_with_a_watchdog() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(ROOT / "deploy" / "gov-kiosk.service", encoding="utf-8")
    service = unit["Service"]
    assert service["Type"] == "notify"
    assert service["NotifyAccess"] == "all"  # the kiosk is cage's child
    assert int(service["WatchdogSec"]) > 0
    assert service["Restart"] == "on-failure"
    assert int(unit["Unit"]["StartLimitBurst"]) >= 3
    assert "kiosk" in service["ExecStart"]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="needs systemd-analyze")
def test_systemd_accepts_the_shipped_unit(tmp_path: Path) -> None:
    """systemd's own checker; cage (the compositor) is not on this machine, so the copy
    checked starts this Python instead."""
    text = (ROOT / "deploy" / "gov-kiosk.service").read_text(encoding="utf-8")
    lines = [
        f"ExecStart={sys.executable} -m kiosk_app" if line.startswith("ExecStart=") else line
        for line in text.splitlines()
    ]
    unit = tmp_path / "gov-kiosk.service"
    unit.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "gov-kiosk.service" not in done.stderr, done.stderr


def test_a_frozen_kiosk_stops_pinging(tmp_path: Path, receiver: NotifyReceiver) -> None:
    """The real kiosk with its GUI thread frozen (SIGUSR1, a test hook that says STATUS=frozen
    and STATUS=thawed on the notify socket): no WATCHDOG=1 comes in between, so systemd
    (WatchdogSec) would kill and restart it; the pings resume after."""
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[store]\ndata_dir = "{tmp_path / "data"}"\n', encoding="utf-8")
    os.environ["KIOSK_FREEZE_ON_SIGUSR1"] = "1"
    try:
        kiosk = _start_kiosk(config, receiver)
    finally:
        del os.environ["KIOSK_FREEZE_ON_SIGUSR1"]
    try:
        receiver.wait_for("WATCHDOG=1", count=3)
        kiosk.send_signal(signal.SIGUSR1)
        receiver.wait_for("STATUS=thawed")
        after = receiver.lines().index("STATUS=thawed")
        receiver.wait_for("WATCHDOG=1", count=receiver.lines()[:after].count("WATCHDOG=1") + 2)
        lines = receiver.lines()
        frozen = lines[lines.index("STATUS=frozen") : lines.index("STATUS=thawed")]
        assert "WATCHDOG=1" not in frozen
    finally:
        kiosk.send_signal(signal.SIGTERM)
        kiosk.communicate(timeout=30)
