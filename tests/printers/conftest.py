"""Real stacks under the printer drivers: an ESC/POS printer emulator on a loopback TCP port, and a
private CUPS scheduler (own config, spool and socket under /tmp) whose raw queue sends each job
to a capture server on 127.0.0.1. The system's CUPS, if any, is never touched."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.printers.escpos_emulator import PrinterModel, TcpPrinter


@pytest.fixture
def model() -> PrinterModel:
    return PrinterModel()


@pytest.fixture
def tcp_printer(model: PrinterModel) -> Iterator[TcpPrinter]:
    printer = TcpPrinter(model)
    yield printer
    printer.power_off()


@pytest.fixture
def closing() -> Iterator[Callable[[Any], Any]]:
    """Closes each device a test opened, also when the test fails."""
    devices: list[Any] = []

    def register(device: Any) -> Any:
        devices.append(device)
        return device

    yield register
    for device in devices:
        device.close()


# -- CUPS -----------------------------------------------------------------------------------


class CaptureServer:
    """A printer on a raw TCP port (AppSocket, like port 9100): keeps each job's bytes."""

    def __init__(self) -> None:
        self.jobs: list[bytes] = []
        self._listener: socket.socket | None = None
        self.port = 0
        self.switch_on()

    def switch_on(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(4)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def switch_off(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):  # wakes the thread blocked in accept()
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            with client:
                chunks = []
                while data := client.recv(65536):
                    chunks.append(data)
                self.jobs.append(b"".join(chunks))

    def wait_for_jobs(self, count: int, timeout: float = 10) -> list[bytes]:
        deadline = time.monotonic() + timeout
        while len(self.jobs) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.jobs


class PrivateCups:
    """cupsd in the foreground with its own files; `lpadmin` and friends reach it through
    CUPS_SERVER (set for the test by the fixture)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.socket = str(root / "cups.sock")
        for folder in ("spool", "cache", "state", "log", "tmp"):
            (root / folder).mkdir(mode=0o755)
        (root / "cups-files.conf").write_text(
            f"ServerRoot {root}\nRequestRoot {root}/spool\nCacheDir {root}/cache\n"
            f"StateDir {root}/state\nTempDir {root}/tmp\nErrorLog {root}/log/error_log\n"
            f"AccessLog {root}/log/access_log\nPageLog {root}/log/page_log\n"
            f"Printcap {root}/printcap\nSystemGroup root\n",
            encoding="utf-8",
        )
        (root / "cupsd.conf").write_text(
            f"Listen {self.socket}\nLogLevel warn\nWebInterface No\nBrowsing No\n"
            # what a kiosk's scheduler should say: no copy of a certificate kept after printing,
            # settings written at once (the scheduler may be killed)
            "PreserveJobFiles No\nDirtyCleanInterval 0\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n",
            encoding="utf-8",
        )
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = ["cupsd", "-f", "-c", f"{self.root}/cupsd.conf"]
        command += ["-s", f"{self.root}/cups-files.conf"]
        self.process = subprocess.Popen(command, start_new_session=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            probe = socket.socket(socket.AF_UNIX)
            try:
                probe.connect(self.socket)
                return
            except OSError:
                time.sleep(0.02)
            finally:
                probe.close()
        raise RuntimeError(f"cupsd did not start; see {self.root}/log/error_log")

    def kill(self) -> None:
        """Kill the scheduler and its job processes (its own process group)."""
        process, self.process = self.process, None
        if process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    def stop(self) -> None:
        process = self.process
        if process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=10)
        self.kill()

    def run(self, *command: str) -> str:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=30, check=True, env=os.environ
        )
        return done.stdout

    def add_raw_queue(self, name: str, port: int) -> None:
        # -m raw: the PDF goes to the printer untouched (CUPS says raw queues are deprecated)
        self.run("lpadmin", "-p", name, "-E", "-v", f"socket://127.0.0.1:{port}", "-m", "raw")


@pytest.fixture
def capture() -> Iterator[CaptureServer]:
    server = CaptureServer()
    yield server
    server.switch_off()


@pytest.fixture
def cups(monkeypatch: pytest.MonkeyPatch, capture: CaptureServer) -> Iterator[PrivateCups]:
    """A private scheduler with the queue "kiosk" feeding the capture server."""
    for tool in ("cupsd", "lp", "lpstat", "lpadmin", "cancel", "cupsdisable"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} missing: apt-get install cups cups-client")
    root = Path(tempfile.mkdtemp(prefix="kiosk-cups-", dir="/tmp"))
    root.chmod(0o755)  # job processes run as user lp and read the spool under it
    monkeypatch.setenv("CUPS_SERVER", str(root / "cups.sock"))
    scheduler = PrivateCups(root)
    try:
        scheduler.start()
        scheduler.add_raw_queue("kiosk", capture.port)
        yield scheduler
    finally:
        scheduler.stop()
        shutil.rmtree(root, ignore_errors=True)
