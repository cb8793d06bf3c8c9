"""QR codes drawn with QPainter from the qrcode library's matrix: crisp at any size, no images."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


def qr_matrix(payload: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(payload)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def paint_qr(painter: QPainter, matrix: list[list[bool]], rect: QRectF) -> None:
    cell = min(rect.width(), rect.height()) / len(matrix)
    painter.fillRect(rect, QColor("white"))
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    QRectF(rect.x() + x * cell, rect.y() + y * cell, cell, cell), black
                )


class QrCode(QWidget):
    def __init__(self, payload: str = "", side: int = 96, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.setFixedSize(QSize(side, side))
        self.set_payload(payload)

    def set_payload(self, payload: str) -> None:
        self.payload = payload
        self._matrix = qr_matrix(payload) if payload else []
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        paint_qr(painter, self._matrix, QRectF(self.rect()))
        painter.end()
