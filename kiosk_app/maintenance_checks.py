"""The maintenance screen's checks that touch the network or a device: all blocking, all run
on a worker thread (BackgroundWork), none keeps citizen data.

- the network to the platform: name resolution, latency and packet loss over repeated
  health requests, mapped to Appendix A network faults;
- self-tests through the ordinary device interfaces: a test receipt, a test A4 page, reading
  a test card (only "read and valid" comes back, never what is on it), a camera frame;
- the weekly report written to the export folder; the list of backups."""

from __future__ import annotations

import datetime as dt
import socket
import statistics
import urllib.parse
from pathlib import Path

from devices.interfaces import CardReader, Frame, Receipt, ReceiptLine
from devices.simulated.devices import SimulatedCardReader, SimulatedFaceVerifier
from devices.simulated.training_cards import TRAINING_CARDS
from devices.status import DeviceError
from kiosk_app.backup import list_backups
from kiosk_app.config import Config, Maintenance
from kiosk_app.remote import check_platform
from kiosk_app.reports import Week, weekly_report, write_report
from kiosk_app.store import Store
from ui.screens.maintenance.models import BackupEntry, NetworkReport

# -- the network -------------------------------------------------------------------------------


def measure_network(
    url: str, settings: Maintenance, probes: int = 10, timeout_s: float = 2.0
) -> NetworkReport:
    """Resolve the platform's name, then send `probes` health requests. Blocking."""
    now = dt.datetime.now().isoformat(timespec="seconds")
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP) if host else []
    except (OSError, UnicodeError):
        infos = []
    addresses = tuple(sorted({str(info[4][0]) for info in infos}))
    times: list[float] = []
    if addresses:
        for _ in range(probes):
            check = check_platform(url, timeout_s)
            if check.ok and check.latency_ms is not None:
                times.append(check.latency_ms)
    median = round(statistics.median(times), 1) if times else None
    report = NetworkReport(
        host,
        bool(addresses),
        addresses,
        probes,
        len(times),
        median,
        round(max(times), 1) if times else None,
        now,
    )
    faults: list[str] = []
    if not report.resolved:
        faults.append("ip_failure")
    elif not times:
        faults.append("link_down")
    else:
        if report.loss_percent > settings.loss_limit_percent:
            faults.append("packet_loss")
        if median is not None and median > settings.latency_limit_ms:
            faults.append("network_latency")
    return NetworkReport(**{**report.__dict__, "faults": tuple(faults)})


NETWORK_SEVERITY = {
    "ip_failure": "severe",
    "link_down": "severe",
    "packet_loss": "minor",
    "network_latency": "minor",
}


def record_network(store: Store, report: NetworkReport, staff_no: str = "") -> None:
    """Open the network faults the check found; a clean check resolves the open ones."""
    if not report.faults:
        store.resolve_faults("network")
    for code in report.faults:
        store.open_fault("network", "network", code, NETWORK_SEVERITY[code])
    store.log_event(
        "maint_network_check",
        f"staff={staff_no} resolved={int(report.resolved)}"
        f" answered={report.answered}/{report.probes}"
        f" median_ms={report.latency_ms}",
    )


# -- self-tests --------------------------------------------------------------------------------


def test_receipt(site_name: str, kiosk_id: str, now: dt.datetime) -> Receipt:
    """A receipt that shows the head prints every character kind the kiosk uses."""
    return Receipt(
        (
            ReceiptLine(site_name, bold=True, centered=True),
            ReceiptLine("打印测试 PRINT TEST", bold=True, centered=True, large=True),
            ReceiptLine(f"终端 {kiosk_id}"),
            ReceiptLine(f"时间 {now:%Y-%m-%d %H:%M:%S}"),
            ReceiptLine("中文 English 0123456789 ￥¥.,:;-"),
            ReceiptLine("████████████████████████"),
            ReceiptLine("本凭条仅用于设备自检，不是办事凭证", centered=True),
        ),
        qr_payload=f"selftest:{kiosk_id}:{now:%Y%m%d%H%M%S}",
    )


def test_page(site_name: str, kiosk_id: str, now: dt.datetime) -> bytes:
    """An A4 test page as PDF (QtGui: fine on a worker thread, as certificates are)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPdfWriter

    from kiosk_app.documents import FONT_FAMILY, a4_pdf

    def draw(writer: QPdfWriter) -> None:
        painter = QPainter(writer)
        try:
            width, height = writer.width(), writer.height()
            font = QFont()
            font.setFamilies(["DejaVu Sans", FONT_FAMILY])
            font.setPointSizeF(20)
            painter.setFont(font)
            lines = [
                "A4 打印测试页 PRINT TEST PAGE",
                site_name,
                f"终端 {kiosk_id}   {now:%Y-%m-%d %H:%M:%S}",
                "本页仅用于设备自检，不是任何证明",
            ]
            for index, text in enumerate(lines):
                box = QRectF(0, index * 160, width, 150)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
            for step in range(10):  # a grey scale shows the toner's coverage
                shade = 255 - step * 25
                painter.fillRect(
                    QRectF(step * width / 10, height * 0.4, width / 10, height * 0.2),
                    QColor(shade, shade, shade),
                )
            painter.drawRect(QRectF(0, 0, width - 1, height - 1))
        finally:
            painter.end()

    return a4_pdf("打印测试页", 15, draw)


def read_test_card(reader: CardReader, training: bool) -> str:
    """Read the card on the reader and say only whether it read and was valid ("ok") or the
    error key; the record is dropped here. In training mode with the simulated reader and no
    card, the first test card is put on it for the test and taken off after."""
    inserted = False
    if training and isinstance(reader, SimulatedCardReader) and not reader.card_present:
        reader.insert(TRAINING_CARDS[0])
        inserted = True
    try:
        if not reader.card_present:
            return "no_card"
        record = reader.read_identity()
        ok = bool(record.id_number)
        del record
        return "ok" if ok else "card_unreadable"
    except DeviceError as error:
        return error.key
    finally:
        if inserted and isinstance(reader, SimulatedCardReader):
            reader.remove()


def colour_bars(width: int = 320, height: int = 180) -> Frame:
    """A test pattern for a camera that has no frames of its own (the simulator)."""
    bars = [
        (235, 235, 235),
        (235, 235, 16),
        (16, 235, 235),
        (16, 235, 16),
        (235, 16, 235),
        (235, 16, 16),
        (16, 16, 235),
    ]
    row = b"".join(bytes(bars[x * len(bars) // width]) for x in range(width))
    return Frame(width, height, row * height)


def camera_frame(face: object, timeout_s: float = 3.0) -> Frame | None:
    """One frame for the camera preview, through the device's own `test_frame` if it has one;
    the simulator shows colour bars."""
    if isinstance(face, SimulatedFaceVerifier):
        return colour_bars() if face.status.usable else None
    grab = getattr(face, "test_frame", None)
    if callable(grab):
        frame = grab(timeout_s)
        return frame if isinstance(frame, Frame) else None
    preview = getattr(face, "preview_frame", None)
    frame = preview() if callable(preview) else None
    return frame if isinstance(frame, Frame) else None


# -- reports and backups -----------------------------------------------------------------------


def export_folder(config: Config) -> Path:
    setting = config.maintenance.export_dir
    return Path(setting) if setting else config.store.path() / "reports"


def export_report(store: Store, config: Config, week: Week) -> tuple[Path, Path]:
    """The weekly report as CSV and PDF in the export folder (a USB stick's mount point, or
    the data folder's reports/). Blocking."""
    folder = export_folder(config)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"weekly-report-{config.site.kiosk_id}-{week}"
    csv_path, pdf_path = folder / f"{stem}.csv", folder / f"{stem}.pdf"
    write_report(weekly_report(store, config.site, week), csv_path, pdf_path)
    return csv_path, pdf_path


def backup_entries(config: Config) -> list[BackupEntry]:
    """The archives kept, newest first."""
    folder = config.backup.path(config.store.path())
    entries = []
    for path, when in reversed(list_backups(folder)):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        entries.append(BackupEntry(path.name, when, size))
    return entries
