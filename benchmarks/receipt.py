"""The receipt printer for the receipt benchmark: the tests' ESC/POS printer emulator on a
loopback TCP port (tests/printers/escpos_emulator.py, reused as it is), with a clock.

It runs in the benchmark's own process, the kiosk in its own, so the emulator's parsing does not
share the kiosk's interpreter. The kiosk uses its real driver (devices/escpos_printer.py, raster
mode, status read before, during and after each receipt) over TCP. `cuts` holds the monotonic
time at which the bytes holding each receipt's cut command arrived: the last byte of the receipt.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from tests.printers.escpos_emulator import PrinterModel, TcpPrinter


@dataclass
class TimedPrinterModel(PrinterModel):
    cuts: list[float] = field(default_factory=list)
    bytes_at_cut: list[int] = field(default_factory=list)

    def feed(self, data: bytes) -> bytes:
        arrived = time.monotonic()
        with self.lock:
            before = sum(1 for item in self.printed if item.kind == "cut")
            answers = super().feed(data)
            after = sum(1 for item in self.printed if item.kind == "cut")
            for _ in range(after - before):
                self.cuts.append(arrived)
                self.bytes_at_cut.append(len(self.received))
        return answers


class ReceiptPrinter:
    def __init__(self) -> None:
        self.model = TimedPrinterModel()
        self.tcp = TcpPrinter(self.model)
        self.port = self.tcp.port

    def receipts(self) -> list[tuple[float, int]]:
        """(arrival of the last byte, bytes of that receipt) for each receipt, in order."""
        sizes = [
            b - a
            for a, b in zip(
                [0, *self.model.bytes_at_cut[:-1]], self.model.bytes_at_cut, strict=True
            )
        ]
        return list(zip(self.model.cuts, sizes, strict=True))

    def text_lines(self) -> int:
        return sum(1 for item in self.model.printed if item.kind in ("text", "raster"))

    def close(self) -> None:
        self.tcp.power_off()
