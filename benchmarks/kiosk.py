"""The parent's side of the kiosk measurements: start `benchmarks.probe` in a subprocess, read
its reports, and read its memory and CPU time from /proc while it waits."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from benchmarks.probe import PREFIX


def child_env(pycache: Path) -> dict[str, str]:
    """Qt offscreen; Python bytecode cached (as on an installed kiosk, where pip compiled it),
    but in a folder of the benchmark's own rather than beside the sources."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONUNBUFFERED"] = "1"
    return env


def config_toml(
    data_dir: Path, receipt_port: int | None = None, camera_source: str | None = None
) -> str:
    lines = ["[store]", f'data_dir = "{data_dir}"', "[devices]"]
    if camera_source is not None:
        lines += ['camera = "opencv"']
    if receipt_port is not None:
        lines += [
            'receipt_printer = "escpos"',
            "[devices.escpos]",
            'transport = "network"',
            'host = "127.0.0.1"',
            f"port = {receipt_port}",
        ]
    if camera_source is not None:
        lines += ["[devices.opencv]", f'source = "{camera_source}"', "capture_s = 5.0"]
    return "\n".join(lines) + "\n"


class ProbeFailed(RuntimeError):
    pass


class KioskProcess:
    """One `python -m benchmarks.probe MODE` child; `started` is the monotonic clock just before
    the process was created (CLOCK_MONOTONIC is one clock for every process on the machine)."""

    def __init__(
        self,
        mode: str,
        workdir: Path,
        env: dict[str, str],
        args: list[str] | None = None,
        receipt_port: int | None = None,
        camera_source: str | None = None,
    ) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        config = workdir / "kiosk.toml"
        text = config_toml(workdir / "data", receipt_port, camera_source)
        config.write_text(text, encoding="utf-8")
        self.log_path = workdir / "stderr.log"
        self._log: IO[bytes] = open(self.log_path, "wb")  # noqa: SIM115 - closed in close()
        command = [sys.executable, "-m", "benchmarks.probe", mode, "--config", str(config)]
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [*command, *(args or [])],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            env=env,
            cwd=Path.cwd(),
        )
        self.pid = self.process.pid
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            line = raw.decode("utf-8", "replace")
            if line.startswith(PREFIX):
                self.events.put(json.loads(line[len(PREFIX) :]))
        self.events.put({"event": "exited"})

    def wait_for(self, event: str, timeout_s: float, any_event: bool = False) -> dict[str, Any]:
        """The next report named `event` (or any, with any_event); reports named otherwise are
        collected on the way."""
        deadline = time.monotonic() + timeout_s
        self.others: list[dict[str, Any]] = getattr(self, "others", [])
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ProbeFailed(
                    f"no '{event}' from the kiosk in {timeout_s:.0f} s; see {self.log_path}"
                )
            try:
                report = self.events.get(timeout=left)
            except queue.Empty:
                continue
            if report["event"] == event or (any_event and report["event"] != "exited"):
                return report
            if report["event"] == "exited":
                raise ProbeFailed(f"the kiosk exited before '{event}'; see {self.log_path}")
            self.others.append(report)

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command.encode() + b"\n")
        self.process.stdin.flush()

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.send("quit")
                self.process.wait(timeout=15)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()
        self._log.close()
