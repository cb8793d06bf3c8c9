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
        self._strokes: list[list[tuple[float, float]]] = []  # shares of the pad's size
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
        return [[[round(x, 4), round(y, 4)] for x, y in stroke] for stroke in self._strokes]

    def set_strokes(self, strokes: list[list[list[float]]]) -> None:
        """Put back what was drawn (the screen redrawn in another language keeps it)."""
        self._strokes = [[(float(x), float(y)) for x, y in stroke] for stroke in strokes if stroke]
        self.update()

    def signature(self) -> dict[str, object]:
        """What the sign step receives: the strokes and the pad's shape."""
        return {"strokes": self.strokes(), "aspect": round(self.aspect(), 4)}

    # Pointer ---------------------------------------------------------------------------------

    def _inside(self, p: QPointF) -> tuple[float, float]:
        """A pointer position as shares of the pad, kept on the pad."""
        w, h = max(1, self.width()), max(1, self.height())
        return min(max(p.x() / w, 0.0), 1.0), min(max(p.y() / h, 0.0), 1.0)

    def _pixels(self, point: tuple[float, float]) -> QPointF:
        return QPointF(point[0] * self.width(), point[1] * self.height())

    def _begin(self, p: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self._inside(p)])
        self.update()

    def _extend(self, p: QPointF) -> None:
        if not self._drawing or not self._strokes:
            return
        point = self._inside(p)
        here, last = self._pixels(point), self._pixels(self._strokes[-1][-1])
        if abs(here.x() - last.x()) + abs(here.y() - last.y()) >= MIN_STEP_PX:
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
                points = [self._pixels(point) for point in stroke]
                if len(points) == 1:
                    painter.drawPoint(points[0])
                    continue
                path = QPainterPath(points[0])
                for point in points[1:]:
                    path.lineTo(point)
                painter.drawPath(path)
        finally:
            painter.end()
