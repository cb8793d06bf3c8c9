"""Document scanner through SANE (std 4.1b), driven with `scanimage` as a subprocess.

Why a subprocess rather than python-sane: a SANE backend that hangs inside a USB transfer can
only be stopped by killing its process, and `scanimage` ships with sane-utils on every Debian.
The image comes back on stdout into memory; nothing is written to disk.

`config_dir` points SANE at a private configuration (SANE_CONFIG_DIR): a dll.conf naming only
the kiosk's backend makes discovery take milliseconds instead of seconds of network probing, and
lets the tests use SANE's `test` backend, which Debian ships disabled.
"""

from __future__ import annotations

import logging
import os
import subprocess
import threading
from collections.abc import Sequence

from devices.interfaces import DocumentScanner, ScannedImage
from devices.status import (
    DeviceClass,
    DeviceError,
    DeviceState,
    DeviceStatus,
    MediaState,
    StatusReporter,
)

log = logging.getLogger(__name__)

SCANIMAGE = "scanimage"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

# scanimage exits with the SANE_Status of the failing call (sane/sane.h).
SANE_STATUS_DEVICE_BUSY = 3
SANE_STATUS_JAMMED = 6
SANE_STATUS_NO_DOCS = 7
SANE_STATUS_COVER_OPEN = 8
SANE_STATUS_IO_ERROR = 9


class SaneScanner(DocumentScanner):
    """One SANE device, e.g. 'test:0' or 'genesys:libusb:001:004'."""

    def __init__(
        self,
        device: str,
        resolution: int = 200,
        mode: str = "Color",
        options: Sequence[str] = (),
        config_dir: str = "",
        timeout_s: float = 60.0,
        command: str = SCANIMAGE,
    ) -> None:
        self.device = device
        self.resolution = resolution
        self.mode = mode
        self.options = tuple(options)
        self.config_dir = config_dir
        self.timeout_s = timeout_s
        self.command = command
        self.reporter = StatusReporter(
            DeviceStatus(DeviceClass.SCANNER, DeviceState.OFFLINE, MediaState.NOT_APPLICABLE)
        )
        self._lock = threading.Lock()  # one scanimage at a time: SANE devices are exclusive

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        if self.config_dir:
            env["SANE_CONFIG_DIR"] = self.config_dir
        return env

    def _run(self, args: list[str], timeout_s: float) -> subprocess.CompletedProcess[bytes]:
        try:
            return subprocess.run(
                [self.command, "-d", self.device, *args],
                capture_output=True,
                env=self._env(),
                timeout=timeout_s,
                check=False,
            )
        except FileNotFoundError:
            self.reporter.update(state=DeviceState.OFFLINE, detail="scanimage not installed")
            raise DeviceError("device_unavailable", "scanimage not installed") from None
        except subprocess.TimeoutExpired:  # run() has killed it; the device did not answer
            self.reporter.update(state=DeviceState.HARDWARE_ERROR, detail="not answering")
            raise DeviceError("device_unavailable", "scanner not answering") from None

    def open(self) -> None:
        self.poll()

    def close(self) -> None:
        self.reporter.update(state=DeviceState.OFFLINE, detail="closed")

    def poll(self) -> DeviceStatus:
        """Open the device and set its options without scanning (`scanimage -n`). While a scan
        runs the device is busy and answering: the poll returns at once rather than hold a
        worker thread until the scan ends."""
        if not self._lock.acquire(blocking=False):
            return self.reporter.status
        try:
            done = self._run(["-n"], min(self.timeout_s, 15.0))
        except DeviceError:
            return self.reporter.status
        finally:
            self._lock.release()
        if done.returncode == 0:
            media = self.reporter.status.media
            # A jam is only seen while scanning; once the device opens again it was cleared.
            cleared = MediaState.NOT_APPLICABLE if media is MediaState.JAMMED else media
            self.reporter.update(state=DeviceState.ONLINE, media=cleared, detail="")
        else:
            self.reporter.update(state=DeviceState.OFFLINE, detail=_first_line(done.stderr))
        return self.reporter.status

    def scan(self) -> ScannedImage:
        args = ["--format=png", f"--resolution={self.resolution}", f"--mode={self.mode}"]
        with self._lock:
            self.reporter.update(state=DeviceState.BUSY)
            try:
                done = self._run([*args, *self.options], self.timeout_s)
            except DeviceError:
                raise
            except Exception:
                self.reporter.update(state=DeviceState.HARDWARE_ERROR)
                raise
        return self._result(done)

    def _result(self, done: subprocess.CompletedProcess[bytes]) -> ScannedImage:
        code = done.returncode
        if code == 0 and done.stdout.startswith(PNG_MAGIC):
            self.reporter.update(state=DeviceState.ONLINE, detail="")
            return ScannedImage(done.stdout, self.resolution)
        detail = _first_line(done.stderr)
        log.warning("scan failed: exit %d (%s)", code, detail)
        if code == SANE_STATUS_NO_DOCS:
            self.reporter.update(state=DeviceState.ONLINE)
            raise DeviceError("scanner_no_document", detail)
        if code == SANE_STATUS_COVER_OPEN:
            self.reporter.update(state=DeviceState.ONLINE)
            raise DeviceError("scanner_cover_open", detail)
        if code == SANE_STATUS_DEVICE_BUSY:
            self.reporter.update(state=DeviceState.ONLINE)
            raise DeviceError("scanner_busy", detail)
        if code == SANE_STATUS_JAMMED:
            self.reporter.update(state=DeviceState.ONLINE, media=MediaState.JAMMED, detail=detail)
            raise DeviceError("scanner_jammed", detail)
        if code == 0:  # exited well but sent no image: treat as a device fault
            detail = "no image on stdout"
        state = DeviceState.HARDWARE_ERROR if code == SANE_STATUS_IO_ERROR else DeviceState.OFFLINE
        self.reporter.update(state=state, detail=detail)
        raise DeviceError("device_unavailable", detail)


def _first_line(stderr: bytes) -> str:
    """scanimage's own diagnostic (no image data), short enough for a status detail."""
    text = stderr.decode("utf-8", "replace").strip().splitlines()
    return text[-1][:160] if text else ""
