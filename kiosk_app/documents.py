"""Renders A4 certificates to PDF in memory with Qt's own PDF writer (no temp files).

Uses QtGui only (QPdfWriter, QPainter), which Qt allows on worker threads, so printing never
holds the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from flows.context import Certificate
from ui.components.qr import paint_qr, qr_matrix

FONT_FAMILY = "Noto Sans CJK SC"


def a4_pdf(title: str, margin_mm: float, draw: Callable[[QPdfWriter], None]) -> bytes:
    """An A4 PDF made in memory (a certificate holds citizen data: never a temp file)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins)
    )
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("gov-kiosk")
    draw(writer)
    buffer.close()
    return bytes(array.data())


def render_certificate(cert: Certificate) -> bytes:
    """The certificate as PDF bytes, with a verification QR code and a visible number."""

    def draw(writer: QPdfWriter) -> None:
        painter = QPainter(writer)
        try:
            _paint(painter, cert, QRectF(0, 0, writer.width(), writer.height()))
        finally:
            painter.end()

    return a4_pdf(cert.title, 20, draw)


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["DejaVu Sans", FONT_FAMILY])  # Latin and digits keep their text in the PDF
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _paint(painter: QPainter, cert: Certificate, page: QRectF) -> None:
    width = page.width()
    mm = width / 170.0  # 210 mm page less 2 x 20 mm margins
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    painter.setFont(_font(10))
    painter.drawText(
        QRectF(0, 0, width, 8 * mm), Qt.AlignmentFlag.AlignRight, f"编号：{cert.document_number}"
    )
    painter.setFont(_font(24, bold=True))
    painter.drawText(QRectF(0, 15 * mm, width, 18 * mm), Qt.AlignmentFlag.AlignCenter, cert.title)
    painter.setFont(_font(13))
    y = 45 * mm
    for line in (f"姓名：{cert.holder_name}", f"公民身份号码：{cert.holder_id_number}"):
        painter.drawText(QRectF(0, y, width, 9 * mm), Qt.AlignmentFlag.AlignLeft, line)
        y += 10 * mm
    y += 5 * mm
    body = QRectF(0, y, width, 60 * mm)
    painter.drawText(body, int(flags), "    " + cert.statement)
    y += 70 * mm
    painter.drawText(QRectF(0, y, width, 9 * mm), Qt.AlignmentFlag.AlignRight, cert.issuer)
    painter.drawText(
        QRectF(0, y + 10 * mm, width, 9 * mm),
        Qt.AlignmentFlag.AlignRight,
        f"出具时间：{cert.issued_at[:10]}",
    )
    qr_size = 40 * mm
    qr_top = page.height() - qr_size - 25 * mm
    paint_qr(painter, qr_matrix(cert.verify_url), QRectF(0, qr_top, qr_size, qr_size))
    painter.setFont(_font(9))
    painter.drawText(
        QRectF(qr_size + 5 * mm, qr_top, width - qr_size - 5 * mm, qr_size),
        int(flags | Qt.AlignmentFlag.AlignVCenter),
        f"扫描二维码或登录政务服务平台核验本证明真伪。\n核验地址：{cert.verify_url}\n"
        f"办件编号：{cert.transaction_id}　打印地点：{cert.site_name}",
    )
    if cert.training:
        painter.save()
        painter.setPen(QColor(200, 0, 0, 90))
        painter.setFont(_font(48, bold=True))
        painter.translate(page.center())
        painter.rotate(-30)
        painter.drawText(
            QRectF(-width, -30 * mm, 2 * width, 60 * mm),
            Qt.AlignmentFlag.AlignCenter,
            "培训样张 无效",
        )
        painter.restore()
