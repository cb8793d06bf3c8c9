"""A4 printer behind the system's print service (CUPS).

The PDF goes to `lp` on stdin, never to a file of ours: it holds citizen data. The job and the
queue are then read over IPP from the same scheduler `lp` used (`lpstat -H` names it), because
only IPP tells a completed job from a cancelled or aborted one; `lpstat` lists all three alike,
and `lpstat -r` exits 0 even with the scheduler down.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import socket
import subprocess
import threading
import time

from devices.interfaces import DocumentPrinter
from devices.status import (
    DeviceClass,
    DeviceError,
    DeviceState,
    DeviceStatus,
    MediaState,
    StatusReporter,
)

# IPP (RFC 8010/8011) numbers used here.
_GET_JOB_ATTRIBUTES, _GET_PRINTER_ATTRIBUTES = 0x0009, 0x000B
_NOT_FOUND = 0x0406
_JOB_DONE, _JOB_FAILED = 9, {6: "stopped", 7: "canceled", 8: "aborted"}
_PRINTER_PROCESSING, _PRINTER_STOPPED = 4, 5
_PRINTER_ATTRIBUTES = (
    "printer-state",
    "printer-state-reasons",
    "printer-state-message",
    "printer-is-accepting-jobs",
)
_TAG_INTEGER, _TAG_BOOLEAN, _TAG_ENUM = 0x21, 0x22, 0x23
_TAG_URI, _TAG_KEYWORD, _TAG_CHARSET, _TAG_LANGUAGE = 0x45, 0x44, 0x47, 0x48

# printer-state-reasons (without -error/-warning/-report) -> what they mean for the kiosk.
_MEDIA_REASONS = {
    "media-empty": MediaState.OUT,
    "media-needed": MediaState.OUT,
    "media-jam": MediaState.JAMMED,
    "media-low": MediaState.LOW,
}
_USER_REASONS = ("cover-open", "door-open", "interlock-open", "input-tray-missing")
_CLEAN_ENV = {"LC_ALL": "C", "LANG": "C"}  # lp/lpstat answers are parsed: no translations

IppValue = int | bool | str
IppAttributes = dict[str, list[IppValue]]


class _SchedulerDown(Exception):
    pass


def job_title(title: str) -> str:
    """CUPS keeps job titles in its history, readable by any local user: control characters go,
    runs of six or more digits (ID, phone and document numbers) are cut out, 40 characters."""
    text = "".join(ch for ch in title if ch.isprintable())
    text = re.sub(r"[0-9Xx]*[0-9]{6,}[0-9Xx]*", "…", text).strip()
    return text[:40] or "kiosk document"


def _attribute(tag: int, name: str, value: str) -> bytes:
    raw_name, raw_value = name.encode(), value.encode()
    size = len(raw_name).to_bytes(2, "big")
    return bytes([tag]) + size + raw_name + len(raw_value).to_bytes(2, "big") + raw_value


def ipp_request(operation: int, target: tuple[str, str], wanted: tuple[str, ...]) -> bytes:
    body = b"\x02\x00" + operation.to_bytes(2, "big") + (1).to_bytes(4, "big") + b"\x01"
    body += _attribute(_TAG_CHARSET, "attributes-charset", "utf-8")
    body += _attribute(_TAG_LANGUAGE, "attributes-natural-language", "en")
    body += _attribute(_TAG_URI, *target)
    for number, name in enumerate(wanted):
        body += _attribute(_TAG_KEYWORD, "" if number else "requested-attributes", name)
    return body + b"\x03"


def ipp_response(body: bytes) -> tuple[int, IppAttributes]:
    """Status code and attributes (all groups merged) of an IPP response."""
    if len(body) < 8:
        raise ValueError("short IPP response")
    status, position, name = int.from_bytes(body[2:4], "big"), 8, ""
    attributes: IppAttributes = {}
    while position < len(body):
        tag = body[position]
        position += 1
        if tag == 0x03:
            break
        if tag < 0x10:  # the start of the next attribute group
            continue
        size = int.from_bytes(body[position : position + 2], "big")
        if size:
            name = body[position + 2 : position + 2 + size].decode("utf-8", "replace")
        position += 2 + size
        size = int.from_bytes(body[position : position + 2], "big")
        raw = body[position + 2 : position + 2 + size]
        position += 2 + size
        value: IppValue = raw.decode("utf-8", "replace")
        if tag in (_TAG_INTEGER, _TAG_ENUM):
            value = int.from_bytes(raw, "big", signed=True)
        elif tag == _TAG_BOOLEAN:
            value = raw != b"\x00"
        attributes.setdefault(name, []).append(value)
    return status, attributes


class _UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self.path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect(self.path)
        except OSError:
            sock.close()
            raise
        self.sock = sock


class CupsDocumentPrinter(DocumentPrinter):
    """One CUPS queue. print_pdf() blocks until the job completed, failed or timed out, and a
    job that did not complete is cancelled so it never prints later for someone else."""

    def __init__(
        self, queue: str = "", job_timeout_s: float = 120.0, *, answer_timeout_s: float = 2.0
    ) -> None:
        self.reporter = StatusReporter(
            DeviceStatus(DeviceClass.A4_PRINTER, DeviceState.OFFLINE, MediaState.OK)
        )
        self.queue = queue  # empty: the scheduler's default destination
        self.job_timeout_s = job_timeout_s
        self.answer_timeout_s = answer_timeout_s
        self.follow_interval_s = 0.2
        self._opened = False
        self._lock = threading.Lock()

    def open(self) -> None:
        """Never raises for a missing scheduler or queue: it is reported and poll() retries."""
        self._opened = True
        self.poll()

    def close(self) -> None:
        self._opened = False
        self.reporter.update(state=DeviceState.OFFLINE, detail="closed")

    def poll(self) -> DeviceStatus:
        if not self._opened or not self._lock.acquire(blocking=False):
            return self.reporter.status  # closed, or following a job: print_pdf reports
        try:
            return self._refresh()
        finally:
            self._lock.release()

    def print_pdf(self, pdf: bytes, title: str) -> None:
        if not pdf.startswith(b"%PDF-"):
            raise DeviceError("document_invalid", "not a PDF")
        if not self._opened:
            raise DeviceError("device_unavailable", "A4 printer not open")
        with self._lock:
            self._raise_if_unusable(self._refresh())  # a stopped queue never gets the PDF
            job = self._submit(pdf, job_title(title))
            try:
                self._follow(job)
            except DeviceError:
                self._cancel(job)
                self._refresh()
                raise

    # -- the job ----------------------------------------------------------------------------

    def _submit(self, pdf: bytes, title: str) -> int:
        command = ["lp", "-t", title, "-o", "document-format=application/pdf"]
        command += ["-o", "job-sheets=none", "-"]
        if self.queue:
            command[1:1] = ["-d", self.queue]
        try:
            done = subprocess.run(
                command,
                input=pdf,
                capture_output=True,
                timeout=max(self.answer_timeout_s * 5, 10.0),
                env={**os.environ, **_CLEAN_ENV},
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise DeviceError("device_unavailable", f"lp failed: {error}") from None
        answer = done.stdout.decode("utf-8", "replace")
        match = re.search(r"request id is \S+-(\d+)", answer)
        if done.returncode != 0 or match is None:
            why = done.stderr.decode("utf-8", "replace").strip() or answer.strip()
            self._refresh()
            raise DeviceError("device_unavailable", f"lp refused the job: {why}")
        return int(match.group(1))

    def _follow(self, job: int) -> None:
        deadline = time.monotonic() + self.job_timeout_s
        while True:
            try:
                status, attributes = self._ipp(
                    _GET_JOB_ATTRIBUTES,
                    ("job-uri", f"ipp://localhost/jobs/{job}"),
                    ("job-state", "job-state-reasons"),
                )
            except _SchedulerDown as error:
                self.reporter.update(state=DeviceState.OFFLINE, detail=str(error))
                raise DeviceError("device_unavailable", str(error)) from None
            if status == _NOT_FOUND:
                raise DeviceError("device_unavailable", f"job {job} vanished from CUPS")
            state = attributes.get("job-state", [0])[0]
            if state == _JOB_DONE:
                self._refresh()
                return
            if state in _JOB_FAILED:
                reasons = ",".join(map(str, attributes.get("job-state-reasons", [])))
                raise DeviceError("device_unavailable", f"job {_JOB_FAILED[int(state)]}: {reasons}")
            self._raise_if_unusable(self._refresh())
            if time.monotonic() > deadline:
                raise DeviceError("device_unavailable", f"job not done in {self.job_timeout_s} s")
            time.sleep(self.follow_interval_s)

    def _cancel(self, job: int) -> None:
        """Cancel and purge (-x): the spooled PDF is deleted, not kept for a later print."""
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(
                ["cancel", "-x", str(job)],
                capture_output=True,
                timeout=10,
                env={**os.environ, **_CLEAN_ENV},
                check=False,
            )

    @staticmethod
    def _raise_if_unusable(status: DeviceStatus) -> None:
        if status.media is MediaState.JAMMED:
            raise DeviceError("printer_jammed", status.detail)
        if status.state is DeviceState.USER_ERROR:
            raise DeviceError("printer_cover_open", status.detail)
        if status.media is MediaState.OUT:
            raise DeviceError("printer_out_of_paper", status.detail)
        if not status.usable:
            raise DeviceError("device_unavailable", status.detail)

    # -- the queue --------------------------------------------------------------------------

    def _refresh(self) -> DeviceStatus:
        try:
            state, media, detail = self._queue_state()
        except _SchedulerDown as error:
            state, media, detail = DeviceState.OFFLINE, MediaState.OK, str(error)
        self.reporter.update(state=state, media=media, detail=detail)
        return self.reporter.status

    def _queue_state(self) -> tuple[DeviceState, MediaState, str]:
        queue = self.queue or self._default_queue()
        status, attributes = self._ipp(
            _GET_PRINTER_ATTRIBUTES,
            ("printer-uri", f"ipp://localhost/printers/{queue}"),
            _PRINTER_ATTRIBUTES,
        )
        if status == _NOT_FOUND:
            return DeviceState.OFFLINE, MediaState.OK, f"no CUPS queue {queue!r}"
        reasons = {
            re.sub(r"-(error|warning|report)$", "", str(reason))
            for reason in attributes.get("printer-state-reasons", [])
        } - {"none"}
        message = str(attributes.get("printer-state-message", [""])[0])
        detail = " ".join(sorted(reasons) + ([message] if message else []))
        media = MediaState.OK
        for reason, meaning in _MEDIA_REASONS.items():
            if reason in reasons and (media is MediaState.OK or meaning is not MediaState.LOW):
                media = meaning
        printer_state = attributes.get("printer-state", [0])[0]
        if reasons & set(_USER_REASONS):
            return DeviceState.USER_ERROR, media, detail
        if printer_state == _PRINTER_STOPPED:
            return DeviceState.HARDWARE_ERROR, media, f"queue stopped: {detail}".strip()
        if attributes.get("printer-is-accepting-jobs", [True])[0] is False:
            return DeviceState.HARDWARE_ERROR, media, f"queue rejecting jobs: {detail}".strip()
        if "offline" in reasons:
            return DeviceState.OFFLINE, media, detail
        if printer_state == _PRINTER_PROCESSING:
            return DeviceState.BUSY, media, detail
        return DeviceState.ONLINE, media, detail

    def _default_queue(self) -> str:
        answer = self._run_lpstat("-d")
        match = re.search(r"destination: (\S+)", answer)
        if match is None:
            raise _SchedulerDown(f"no queue configured, and lpstat -d says: {answer}")
        return match.group(1)

    def _run_lpstat(self, option: str) -> str:
        try:
            done = subprocess.run(
                ["lpstat", option],
                capture_output=True,
                text=True,
                timeout=self.answer_timeout_s * 5,
                env={**os.environ, **_CLEAN_ENV},
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise _SchedulerDown(f"lpstat failed: {error}") from None
        return done.stdout.strip() or done.stderr.strip()

    def _ipp(
        self, operation: int, target: tuple[str, str], wanted: tuple[str, ...]
    ) -> tuple[int, IppAttributes]:
        """One IPP request to the scheduler lp uses (CUPS_SERVER, client.conf, the default)."""
        server = self._run_lpstat("-H")
        if server.startswith("/"):
            connection: http.client.HTTPConnection = _UnixHTTPConnection(
                server, self.answer_timeout_s
            )
        else:
            host, _, port = server.rpartition(":")
            connection = http.client.HTTPConnection(
                host.strip("[]") or server, int(port or 631), timeout=self.answer_timeout_s
            )
        try:
            connection.request(
                "POST",
                "/",
                ipp_request(operation, target, wanted),
                {"Content-Type": "application/ipp"},
            )
            response = connection.getresponse()
            body = response.read()
            if response.status != 200:
                raise _SchedulerDown(f"CUPS answered HTTP {response.status}")
            return ipp_response(body)
        except (OSError, http.client.HTTPException, ValueError) as error:
            raise _SchedulerDown(f"CUPS scheduler not answering at {server}: {error}") from None
        finally:
            connection.close()
