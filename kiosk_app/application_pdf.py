"""Renders a signed application to PDF in memory (std 4.1e): the form, the declaration, the
citizen's signature with the time and the transaction number on page 1, then one page per
scanned material. Nothing touches the disk: the bytes go to the platform and are dropped.

QtGui only (QPdfWriter, QPainter, QImage), which Qt allows on worker threads.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPdfWriter, QPen

from flows.capture import Application, Signature
from kiosk_app.documents import _font, a4_pdf

SIGNATURE_DPI_WIDTH = 900  # pixels across the signature image embedded in the PDF


def signature_image(signature: Signature, width: int = SIGNATURE_DPI_WIDTH) -> QImage:
    """The strokes drawn black on white, as the pad showed them (kept in the PDF as an image,
    so the platform can extract exactly what was signed)."""
    height = max(1, round(width / signature.aspect))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(10, 10, 40), max(3.0, width / 150))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in signature.strokes:
            path = QPainterPath(QPointF(stroke[0][0] * width, stroke[0][1] * height))
            for x, y in stroke[1:]:
                path.lineTo(x * width, y * height)
            if len(stroke) == 1:  # a dot
                path.lineTo(stroke[0][0] * width + 0.5, stroke[0][1] * height)
            painter.drawPath(path)
    finally:
        painter.end()
    return image


def render_application(app: Application) -> bytes:
    def draw(writer: QPdfWriter) -> None:
        painter = QPainter(writer)
        try:
            page = QRectF(0, 0, writer.width(), writer.height())
            _form_page(painter, app, page)
            for index, scanned in enumerate(app.pages, start=1):
                writer.newPage()
                _scan_page(painter, app, page, index, scanned.title.get("zh_CN"), scanned.jpeg)
        finally:
            painter.end()

    return a4_pdf(_title(app), 18, draw)


def _title(app: Application) -> str:
    """公积金提取申请 -> 公积金提取申请表; 灵活就业人员参保登记 -> …参保登记申请表."""
    return f"{app.title}表" if app.title.endswith("申请") else f"{app.title}申请表"


def _footer(painter: QPainter, app: Application, page: QRectF, mm: float) -> None:
    painter.setFont(_font(9))
    painter.drawText(
        QRectF(0, page.height() - 10 * mm, page.width(), 8 * mm),
        Qt.AlignmentFlag.AlignLeft,
        f"办件编号：{app.transaction_id}　签名时间：{app.signed_at}　提交地点：{app.site_name}",
    )
    if app.training:
        painter.save()
        painter.setPen(QColor(200, 0, 0, 90))
        painter.setFont(_font(44, bold=True))
        painter.translate(page.center())
        painter.rotate(-30)
        painter.drawText(
            QRectF(-page.width(), -30 * mm, 2 * page.width(), 60 * mm),
            Qt.AlignmentFlag.AlignCenter,
            "培训样张 无效",
        )
        painter.restore()


def _form_page(painter: QPainter, app: Application, page: QRectF) -> None:
    width = page.width()
    mm = width / 174.0  # 210 mm page less 2 x 18 mm margins
    painter.setFont(_font(10))
    painter.drawText(
        QRectF(0, 0, width, 8 * mm), Qt.AlignmentFlag.AlignRight, f"办件编号：{app.transaction_id}"
    )
    painter.setFont(_font(20, bold=True))
    painter.drawText(QRectF(0, 12 * mm, width, 14 * mm), Qt.AlignmentFlag.AlignCenter, _title(app))
    painter.setFont(_font(12))
    y = 34 * mm
    rows = [("申请人", app.holder_name), ("公民身份号码", app.holder_id_number), *app.fields]
    materials: dict[str, int] = {}
    for scanned in app.pages:
        title = scanned.title.get("zh_CN")
        materials[title] = materials.get(title, 0) + 1
    rows += [("提交材料", f"{title}（扫描件 {n} 页，附后）") for title, n in materials.items()]
    wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    for label, value in rows:
        painter.drawText(QRectF(0, y, 40 * mm, 9 * mm), Qt.AlignmentFlag.AlignLeft, f"{label}：")
        box = painter.boundingRect(QRectF(42 * mm, y, width - 42 * mm, 40 * mm), wrap, value)
        painter.drawText(QRectF(42 * mm, y, width - 42 * mm, box.height()), wrap, value)
        y += max(9 * mm, box.height() + 2 * mm)
    y += 6 * mm
    painter.setFont(_font(11))
    declaration = QRectF(0, y, width, 24 * mm)
    painter.drawText(declaration, wrap, "    " + app.declaration)
    y += 28 * mm
    painter.setFont(_font(12))
    painter.drawText(QRectF(0, y, 40 * mm, 9 * mm), Qt.AlignmentFlag.AlignLeft, "申请人签名：")
    sign_width = 90 * mm
    sign_height = sign_width / app.signature.aspect
    target = QRectF(42 * mm, y, sign_width, sign_height)
    painter.drawImage(target, signature_image(app.signature))
    painter.setPen(QPen(QColor(120, 120, 120), max(1.0, mm / 5)))
    painter.drawRect(target)
    painter.setPen(QColor("black"))
    y += sign_height + 4 * mm
    painter.drawText(
        QRectF(42 * mm, y, width - 42 * mm, 9 * mm),
        Qt.AlignmentFlag.AlignLeft,
        f"签名时间：{app.signed_at}",
    )
    painter.drawText(
        QRectF(42 * mm, y + 9 * mm, width - 42 * mm, 9 * mm),
        Qt.AlignmentFlag.AlignLeft,
        f"办件编号：{app.transaction_id}",
    )
    _footer(painter, app, page, mm)


def _scan_page(
    painter: QPainter, app: Application, page: QRectF, index: int, title: str, jpeg: bytes
) -> None:
    width = page.width()
    mm = width / 174.0
    painter.setFont(_font(11, bold=True))
    painter.drawText(
        QRectF(0, 0, width, 9 * mm), Qt.AlignmentFlag.AlignLeft, f"附件 {index}：{title}"
    )
    image = QImage.fromData(jpeg)
    area = QRectF(0, 12 * mm, width, page.height() - 26 * mm)
    if not image.isNull():
        scale = min(area.width() / image.width(), area.height() / image.height())
        w, h = image.width() * scale, image.height() * scale
        target = QRectF(area.left() + (area.width() - w) / 2, area.top(), w, h)
        painter.drawImage(target, image)
    _footer(painter, app, page, mm)
