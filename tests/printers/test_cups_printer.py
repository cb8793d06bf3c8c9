"""The CUPS driver against a private scheduler whose raw queue hands each job to a capture server:
the certificate arrives byte for byte, failures are told, and no job lingers to print later."""

from __future__ import annotations

import subprocess
import threading
import time
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest

from devices.cups_printer import CupsDocumentPrinter, job_title
from devices.status import DeviceError, DeviceState
from flows.context import Certificate
from tests.printers.conftest import CaptureServer, PrivateCups

Closing = Callable[[Any], Any]
CERTIFICATE = Certificate(
    template="no_housing",
    title="无房证明",
    holder_name="测试甲",
    holder_id_number="11010519491231002X",
    statement="经查询，测试甲在本市无登记住房。",
    document_number="WF-2024-000123",
    issued_at="2024-05-01T10:30:00",
    issuer="演示市住房保障和房产管理局",
    verify_url="https://zwfw.example.invalid/verify/WF-2024-000123",
    transaction_id="T20240501-0007",
    site_name="演示市民服务中心",
    training=False,
)


@pytest.fixture(scope="module")
def certificate_pdf(qapp: Any) -> bytes:
    """Rendered by the kiosk's own renderer (Qt's PDF writer; pytest-qt's offscreen app)."""
    from kiosk_app.documents import render_certificate

    return render_certificate(CERTIFICATE)


def a4_printer(
    closing: Closing, queue: str = "kiosk", timeout: float = 20.0
) -> CupsDocumentPrinter:
    printer: CupsDocumentPrinter = closing(CupsDocumentPrinter(queue, job_timeout_s=timeout))
    printer.open()
    return printer


def pdf_text(pdf: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True, timeout=30
    )
    # NFKC: Qt maps some glyphs Noto shares with Kangxi radicals back to the radical (⽆ for 无)
    return unicodedata.normalize("NFKC", done.stdout.decode("utf-8"))


def jobs_not_completed(cups: PrivateCups) -> str:
    return cups.run("lpstat", "-W", "not-completed", "-o").strip()


def test_certificate_reaches_the_printer_byte_for_byte(
    cups: PrivateCups, capture: CaptureServer, closing: Closing, certificate_pdf: bytes
) -> None:
    printer = a4_printer(closing)
    assert printer.status.state is DeviceState.ONLINE and printer.status.usable
    started = time.monotonic()
    printer.print_pdf(certificate_pdf, CERTIFICATE.title)
    assert time.monotonic() - started < 10
    assert capture.wait_for_jobs(1) == [certificate_pdf]  # print_pdf returned: job completed
    text = pdf_text(capture.jobs[0])
    assert "WF-2024-000123" in text and "无房证明" in text
    assert jobs_not_completed(cups) == ""
    # no copy of the certificate stays in the scheduler's files
    for path in cups.root.rglob("*"):
        if path.is_file():
            assert path.read_bytes() != certificate_pdf, path
            assert b"11010519491231002X" not in path.read_bytes(), path


def test_job_titles_keep_no_numbers_or_control_characters() -> None:
    assert job_title("无房证明") == "无房证明"
    assert job_title("无房证明 11010519491231002X\x1b[2J") == "无房证明 …[2J"
    assert job_title("电话13800138000") == "电话…"
    assert job_title("\x00\n") == "kiosk document"


def test_a_stopped_queue_refuses_before_the_pdf_leaves_the_kiosk(
    cups: PrivateCups, capture: CaptureServer, closing: Closing, certificate_pdf: bytes
) -> None:
    printer = a4_printer(closing)
    cups.run("cupsdisable", "kiosk")
    status = printer.poll()
    assert status.state is DeviceState.HARDWARE_ERROR and not status.usable
    assert "stopped" in status.detail and "paused" in status.detail
    fault = status.fault()
    assert fault is not None and fault.code == "peripheral_unresponsive"
    with pytest.raises(DeviceError) as raised:
        printer.print_pdf(certificate_pdf, CERTIFICATE.title)
    assert raised.value.key == "device_unavailable"
    assert cups.run("lpstat", "-W", "all", "-o") == ""  # no job was ever made

    cups.run("cupsenable", "kiosk")
    cups.run("cupsreject", "kiosk")  # enabled but refusing new jobs: still not usable
    assert printer.poll().state is DeviceState.HARDWARE_ERROR
    assert "rejecting" in printer.status.detail
    cups.run("cupsaccept", "kiosk")
    assert printer.poll().state is DeviceState.ONLINE  # back by itself, on the next poll
    printer.print_pdf(certificate_pdf, CERTIFICATE.title)
    assert capture.wait_for_jobs(1) == [certificate_pdf]


def test_queue_stopped_during_the_job_fails_it_and_it_never_prints_later(
    cups: PrivateCups, capture: CaptureServer, closing: Closing, certificate_pdf: bytes
) -> None:
    capture.switch_off()  # the printer is unreachable: CUPS keeps trying
    printer = a4_printer(closing, timeout=60)
    errors: list[DeviceError] = []

    def job() -> None:
        try:
            printer.print_pdf(certificate_pdf, CERTIFICATE.title)
        except DeviceError as error:
            errors.append(error)

    worker = threading.Thread(target=job)
    worker.start()
    time.sleep(1.0)
    cups.run("cupsdisable", "kiosk")
    stopped = time.monotonic()
    worker.join(timeout=10)
    assert errors and errors[0].key == "device_unavailable"
    assert time.monotonic() - stopped < 3, "waited for the job timeout instead"
    assert jobs_not_completed(cups) == ""  # cancelled, not left pending

    capture.switch_on()
    cups.run("cupsenable", "kiosk")
    time.sleep(1.0)
    assert capture.jobs == []  # the certificate did not come out for someone else


def test_a_job_cancelled_by_staff_is_a_failure_not_a_success(
    cups: PrivateCups, capture: CaptureServer, closing: Closing, certificate_pdf: bytes
) -> None:
    """lpstat lists cancelled and completed jobs alike; the driver must not say "printed"."""
    capture.switch_off()
    printer = a4_printer(closing, timeout=60)
    errors: list[DeviceError] = []

    def job() -> None:
        try:
            printer.print_pdf(certificate_pdf, CERTIFICATE.title)
        except DeviceError as error:
            errors.append(error)

    worker = threading.Thread(target=job)
    worker.start()
    time.sleep(1.0)
    cups.run("cancel", "-a", "kiosk")
    worker.join(timeout=10)
    assert errors and errors[0].key == "device_unavailable"
    assert "canceled" in errors[0].detail


def test_a_job_that_does_not_finish_in_time_fails_and_is_cancelled(
    cups: PrivateCups, capture: CaptureServer, closing: Closing, certificate_pdf: bytes
) -> None:
    capture.switch_off()
    printer = a4_printer(closing, timeout=2.0)
    started = time.monotonic()
    with pytest.raises(DeviceError) as raised:
        printer.print_pdf(certificate_pdf, CERTIFICATE.title)
    assert raised.value.key == "device_unavailable" and "not done" in raised.value.detail
    assert 2.0 <= time.monotonic() - started < 5
    assert jobs_not_completed(cups) == ""
    capture.switch_on()
    time.sleep(1.0)
    assert capture.jobs == []


def test_scheduler_killed_is_offline_and_comes_back(
    cups: PrivateCups, capture: CaptureServer, closing: Closing, certificate_pdf: bytes
) -> None:
    printer = a4_printer(closing)
    cups.kill()
    killed = time.monotonic()
    status = printer.poll()
    assert status.state is DeviceState.OFFLINE and not status.usable
    assert time.monotonic() - killed < 5
    with pytest.raises(DeviceError) as raised:
        printer.print_pdf(certificate_pdf, CERTIFICATE.title)
    assert raised.value.key == "device_unavailable"

    cups.start()
    assert printer.poll().state is DeviceState.ONLINE
    printer.print_pdf(certificate_pdf, CERTIFICATE.title)
    assert capture.wait_for_jobs(1) == [certificate_pdf]


def test_missing_queue_and_bad_document(
    cups: PrivateCups, closing: Closing, certificate_pdf: bytes
) -> None:
    printer = a4_printer(closing, queue="no-such-queue")
    assert printer.status.state is DeviceState.OFFLINE
    assert "no-such-queue" in printer.status.detail
    with pytest.raises(DeviceError) as raised:
        a4_printer(closing).print_pdf(b"<html>not a pdf</html>", "x")
    assert raised.value.key == "document_invalid"


def test_default_destination_is_used_when_no_queue_is_named(
    cups: PrivateCups, capture: CaptureServer, closing: Closing, certificate_pdf: bytes
) -> None:
    printer = a4_printer(closing, queue="")
    assert printer.status.state is DeviceState.OFFLINE  # no default destination yet
    cups.run("lpadmin", "-d", "kiosk")
    assert printer.poll().state is DeviceState.ONLINE
    printer.print_pdf(certificate_pdf, CERTIFICATE.title)
    assert capture.wait_for_jobs(1) == [certificate_pdf]
