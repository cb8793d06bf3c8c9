"""Builds the configured drivers and tracks every device's status for the rest of the kiosk."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

from devices.interfaces import (
    CardReader,
    Device,
    DocumentPrinter,
    DocumentScanner,
    FaceVerifier,
    ReceiptPrinter,
)
from devices.simulated.devices import (
    SimulatedCardReader,
    SimulatedDocumentPrinter,
    SimulatedFaceVerifier,
    SimulatedReceiptPrinter,
)
from devices.simulated.scanner import SimulatedScanner
from devices.status import DeviceClass, DeviceStatus
from kiosk_app.config import Devices


@dataclass
class DeviceSet:
    card_reader: CardReader
    face: FaceVerifier
    receipt_printer: ReceiptPrinter
    document_printer: DocumentPrinter
    scanner: DocumentScanner

    def all(self) -> dict[DeviceClass, Device]:
        return {
            DeviceClass.CARD_READER: self.card_reader,
            DeviceClass.CAMERA: self.face,
            DeviceClass.RECEIPT_PRINTER: self.receipt_printer,
            DeviceClass.A4_PRINTER: self.document_printer,
            DeviceClass.SCANNER: self.scanner,
        }

    def statuses(self) -> dict[DeviceClass, DeviceStatus]:
        return {cls: device.status for cls, device in self.all().items()}

    def unusable(self) -> set[DeviceClass]:
        return {cls for cls, status in self.statuses().items() if not status.usable}


def _card_reader(config: Devices) -> CardReader:
    if config.card_reader == "pcsc":
        from devices.pcsc_reader import PcscCardReader  # loads libpcsclite only when chosen

        return PcscCardReader(reader_name=config.pcsc.reader)
    return SimulatedCardReader()


def _face(config: Devices) -> FaceVerifier:
    if config.camera == "opencv":
        from devices.face_verifier import OpencvFaceVerifier  # loads OpenCV only when chosen

        s = config.opencv
        return OpencvFaceVerifier(s.source, s.match_threshold, s.liveness, s.capture_s)
    return SimulatedFaceVerifier()


def _receipt_printer(config: Devices) -> ReceiptPrinter:
    if config.receipt_printer == "escpos":
        from devices.escpos_printer import EscposReceiptPrinter

        s = config.escpos
        return EscposReceiptPrinter(
            s.transport,
            host=s.host,
            port=s.port,
            usb_vendor=s.usb_vendor,
            usb_product=s.usb_product,
            serial_device=s.serial_device,
            baudrate=s.baudrate,
            file=s.file,
            paper_width_dots=s.paper_width_dots,
            text_mode=s.text_mode,
        )
    return SimulatedReceiptPrinter()


def _document_printer(config: Devices) -> DocumentPrinter:
    if config.a4_printer == "cups":
        from devices.cups_printer import CupsDocumentPrinter

        return CupsDocumentPrinter(config.cups.queue, config.cups.job_timeout_s)
    return SimulatedDocumentPrinter()


def _scanner(config: Devices) -> DocumentScanner:
    if config.scanner == "sane":
        from devices.scanner import SaneScanner

        s = config.sane
        return SaneScanner(s.device, s.resolution, s.mode, s.options, s.config_dir, s.timeout_s)
    return SimulatedScanner()


def build_devices(config: Devices) -> DeviceSet:
    """One factory picks each driver from configuration (qutebrowser's backend pattern);
    flows and screens never know which."""
    return DeviceSet(
        card_reader=_card_reader(config),
        face=_face(config),
        receipt_printer=_receipt_printer(config),
        document_printer=_document_printer(config),
        scanner=_scanner(config),
    )


def self_test(config: Devices, out: TextIO) -> int:
    """`kiosk devices`: open each configured device, ask it how it is, close it. Exit 1 if
    any device cannot serve, so a script or an operator sees it at once."""
    devices = build_devices(config)
    drivers = {
        DeviceClass.CARD_READER: config.card_reader,
        DeviceClass.CAMERA: config.camera,
        DeviceClass.RECEIPT_PRINTER: config.receipt_printer,
        DeviceClass.A4_PRINTER: config.a4_printer,
        DeviceClass.SCANNER: config.scanner,
    }
    healthy = True
    for cls, device in devices.all().items():
        try:
            device.open()
            status = device.poll()
        except Exception as error:
            out.write(f"{cls.value:16} {drivers[cls]:10} failed to open: {type(error).__name__}\n")
            healthy = False
            continue
        finally:
            device.close()
        fault = status.fault()
        line = f"{cls.value:16} {drivers[cls]:10} {status.state.value:15} {status.media.value}"
        if fault is not None:
            line += f"  fault: {fault.category}/{fault.code} ({fault.severity.value})"
        out.write(line + "\n")
        healthy = healthy and status.usable
    return 0 if healthy else 1
