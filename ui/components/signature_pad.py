"""A signature pad on the touchscreen (std 4.1e): a finger (or a mouse, or a stylus) draws
strokes; the pad can be cleared; the strokes leave as numbers from 0 to 1 across the pad, so the
flow can judge them and the PDF can draw them at any size. Nothing is saved.

The pad takes touch itself (the first finger draws) so a stroke never scrolls the screen it sits
on; a mouse or a stylus arrives as mouse events and draws the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_STEP_PX = 1.5  # points closer than this to the last one add nothing but weight


class SignaturePad(QWidget):
    changed = Signal()  # a stroke was drawn or the pad was cleared

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature-pad")
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(420)  # room for a name written large
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.placeholder = placeholder
        self._strokes: list[list[QPointF]] = []
        self._drawing = False
        self._ink = QColor(10, 10, 40)

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def is_empty(self) -> bool:
        return not any(self._strokes)

    def clear(self) -> None:
        self._strokes = []
        self._drawing = False
        self.update()
        self.changed.emit()

    def aspect(self) -> float:
        return self.width() / max(1, self.height())

    def strokes(self) -> list[list[list[float]]]:
        """Every stroke as [[x, y], ...] with x and y from 0 to 1 across the pad."""
        w, h = max(1, self.width()), max(1, self.height())
        return [
            [[round(p.x() / w, 4), round(p.y() / h, 4)] for p in stroke]
            for stroke in self._strokes
            if stroke
        ]

    def signature(self) -> dict[str, object]:
        """What the sign step receives: the strokes and the pad's shape."""
        return {"strokes": self.strokes(), "aspect": round(self.aspect(), 4)}

    # Pointer ---------------------------------------------------------------------------------

    def _inside(self, p: QPointF) -> QPointF:
        return QPointF(min(max(p.x(), 0.0), self.width()), min(max(p.y(), 0.0), self.height()))

    def _begin(self, p: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self._inside(p)])
        self.update()

    def _extend(self, p: QPointF) -> None:
        if not self._drawing or not self._strokes:
            return
        point = self._inside(p)
        last = self._strokes[-1][-1]
        if abs(point.x() - last.x()) + abs(point.y() - last.y()) >= MIN_STEP_PX:
            self._strokes[-1].append(point)
            self.update()

    def _end(self, p: QPointF) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].append(self._inside(p))
            self._drawing = False
            self.update()
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._end(event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        """Touch: the first finger draws; the event stops here, so nothing scrolls."""
        kind = event.type()
        touch = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd)
        if kind in touch and isinstance(event, QTouchEvent):
            points = event.points()
            if points:
                position = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(position)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(position)
                else:
                    self._end(position)
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self._drawing = False
            event.accept()
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the drawing where it was relative to the pad when the pad changes size."""
        old = event.oldSize()
        if old.width() > 0 and old.height() > 0 and self._strokes:
            sx = self.width() / old.width()
            sy = self.height() / old.height()
            self._strokes = [[QPointF(p.x() * sx, p.y() * sy) for p in s] for s in self._strokes]
        super().resizeEvent(event)

    # Paint -----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
            painter.fillRect(rect, QColor("white"))
            painter.setPen(QPen(QColor(90, 90, 90), 2, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect, 8, 8)
            baseline = rect.top() + rect.height() * 0.78
            painter.setPen(QPen(QColor(160, 160, 160), 2))
            painter.drawLine(
                QPointF(rect.left() + 40, baseline), QPointF(rect.right() - 40, baseline)
            )
            if self.is_empty() and self.placeholder:
                painter.setPen(QColor(80, 80, 80))  # 8:1 on white: enough for high contrast
                painter.drawText(
                    rect.adjusted(40, 0, -40, -rect.height() * 0.3),
                    int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                    self.placeholder,
                )
            pen = QPen(self._ink, 5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            for stroke in self._strokes:
                if len(stroke) == 1:
                    painter.drawPoint(stroke[0])
                    continue
                path = QPainterPath(stroke[0])
                for point in stroke[1:]:
                    path.lineTo(point)
                painter.drawPath(path)
        finally:
            painter.end()
