"""The whole kiosk by tactile keypad alone, as on an ATM: arrows or Tab move between controls,
Enter presses the one in focus, Escape leaves, Backspace goes back, * (or F5) repeats what the
screen says, # turns voice guidance on and off, + and - set the volume. Every move and press is
announced, so a blind citizen hears where they are."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPlainTextEdit, QWidget

_TEXT_TYPES = (QPlainTextEdit, QLineEdit)
NEXT_KEYS = {Qt.Key.Key_Down, Qt.Key.Key_Right}
PREVIOUS_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Left}
PRESS_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space}
REPEAT_KEYS = {Qt.Key.Key_Asterisk, Qt.Key.Key_F5}


def describe(widget: QWidget | None) -> str:
    """What a screen reader would say for a control: its name, and its state."""
    if widget is None:
        return ""
    name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
    if isinstance(widget, QAbstractButton) and not widget.isEnabled():
        name += QApplication.translate("KeypadNavigation", "（不可用）")
    return name


class KeypadNavigation(QObject):
    announce = Signal(str)  # focus moved or a control was pressed: say it
    escape = Signal()
    back = Signal()
    repeat = Signal()
    toggle_voice = Signal()
    volume = Signal(int)  # +1 or -1

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWindow):
            return False
        assert isinstance(event, QKeyEvent)
        key = Qt.Key(event.key())
        focus = QApplication.focusWidget()
        if key in NEXT_KEYS or key == Qt.Key.Key_Tab:
            self._move(forward=True)
        elif key in PREVIOUS_KEYS or key == Qt.Key.Key_Backtab:
            self._move(forward=False)
        elif key in PRESS_KEYS and isinstance(focus, QAbstractButton):
            if not focus.isEnabled():
                self.announce.emit(describe(focus))
                return True
            self.announce.emit(
                QApplication.translate("KeypadNavigation", "已按下：{0}").format(describe(focus))
            )
            focus.click()
        elif key == Qt.Key.Key_Escape:
            self.escape.emit()
        elif key == Qt.Key.Key_Backspace and not _typing(focus):
            self.back.emit()
        elif key in REPEAT_KEYS:
            self.repeat.emit()
        elif key == Qt.Key.Key_NumberSign:
            self.toggle_voice.emit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_VolumeUp):
            self.volume.emit(1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_VolumeDown):
            self.volume.emit(-1)
        else:
            return False
        return True

    def _move(self, forward: bool) -> None:
        chain = focus_chain(self.root)
        if not chain:
            return
        focus = QApplication.focusWidget()
        index = chain.index(focus) if focus in chain else -1
        target = chain[(index + (1 if forward else -1)) % len(chain)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        self.announce.emit(describe(target))

    def focus_first(self, preferred: QWidget | None = None) -> None:
        """On a new screen, start at its main control (or the first one) and say so."""
        chain = focus_chain(self.root)
        target = preferred if preferred in chain else (chain[0] if chain else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


def focus_chain(root: QWidget) -> list[QWidget]:
    """Visible, focusable controls in reading order: top to bottom, then right to left for
    right-to-left languages or left to right otherwise."""
    controls = [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()  # Qt gives no focus to a disabled control
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and isinstance(w, (QAbstractButton, *_TEXT_TYPES))
    ]
    rtl = root.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def position(widget: QWidget) -> tuple[int, int]:
        point = widget.mapTo(root, widget.rect().topLeft())
        return (point.y() // 8, -point.x() if rtl else point.x())

    return sorted(controls, key=position)


def _typing(widget: QWidget | None) -> bool:
    return isinstance(widget, _TEXT_TYPES)
