"""The operator login (staff number and password on an on-screen keyboard), the forced
password change (std 9.6), and the "under maintenance" screen citizens see meanwhile."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.components.widgets import button, label, set_text
from ui.screens.maintenance.keyboard import TextKeyboard
from ui.screens.maintenance.texts import password_problems

FIELDS = {"login": ("number", "password"), "change": ("new", "confirm")}


class OperatorLoginScreen(QWidget):
    login = Signal(str, str)  # staff number, password
    change = Signal(str, str)  # new password, typed again
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OperatorLoginScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()  # a landscape screen is shorter than keyboard and fields
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        inner = QWidget()
        scroll.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(18)
        self.title = label(role="heading")
        self.hint = label(role="muted")
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.captions: dict[str, QLabel] = {}
        self.inputs: dict[str, QPushButton] = {}
        for row, name in enumerate(("number", "password", "new", "confirm")):
            caption = label(role="muted")
            field = button(role="choice")
            field.setObjectName(f"operator-{name}")
            field.clicked.connect(lambda _=False, n=name: self._focus(n))
            grid.addWidget(caption, row, 0)
            grid.addWidget(field, row, 1)
            self.captions[name] = caption
            self.inputs[name] = field
        layout.addLayout(grid)
        self.error = label(role="error")
        self.error.setObjectName("operator-error")
        layout.addWidget(self.error)
        self.keyboard = TextKeyboard()
        self.keyboard.key_pressed.connect(self._key)
        layout.addWidget(self.keyboard)
        layout.addStretch(1)
        actions = QHBoxLayout()
        self.cancel = button()
        self.cancel.setObjectName("operator-cancel")
        self.submit = button(role="primary")
        self.submit.setObjectName("operator-submit")
        actions.addWidget(self.cancel, 1)
        actions.addWidget(self.submit, 1)
        layout.addLayout(actions)
        self.cancel.clicked.connect(self.cancelled)
        self.submit.clicked.connect(self._submit)
        self.reset()

    def reset(self, error: str = "", mode: str = "login") -> None:
        """Empty every field: a password never stays on screen or in memory after a try."""
        self.mode = mode
        self.values = dict.fromkeys(("number", "password", "new", "confirm"), "")
        self.field = FIELDS[mode][0]
        self.busy = False
        self.error_key = error
        self.retranslate()

    def set_busy(self) -> None:
        """Checking (a slow hash on a worker): one press, one check."""
        self.busy = True
        self.retranslate()

    def _focus(self, field: str) -> None:
        self.field = field
        self.retranslate()

    def _key(self, key: str) -> None:
        value = self.values[self.field]
        if key == "⌫":
            value = value[:-1]
        elif key == "C":
            value = ""
        elif self.field != "number" or key.isdigit():
            value += key
        limit = 8 if self.field == "number" else 64
        self.values[self.field] = value[:limit]
        self.retranslate()

    def type_text(self, field: str, text: str) -> None:
        """Tap a field, then the keys (tests, demo)."""
        self.inputs[field].click()
        self.keyboard.type_text(text)

    def _submit(self) -> None:
        if self.busy:
            return
        first, second = FIELDS[self.mode]
        if self.mode == "change" and self.values["new"] != self.values["confirm"]:
            self.reset("mismatch", mode="change")
            return
        signal = self.login if self.mode == "login" else self.change
        a, b = self.values[first], self.values[second]
        self.values = dict.fromkeys(self.values, "")
        self.set_busy()
        signal.emit(a, b)

    def error_text(self) -> str:
        texts = {
            "wrong": self.tr("工号或密码不对，请重新输入。"),
            "locked": self.tr("错误次数过多，账号已锁定15分钟。"),
            "wrong_role": self.tr("此账号没有运维权限（帮办人员不能进入维护界面）。"),
            "busy": self.tr("有群众正在办理业务，请稍后再试。"),
            **password_problems(),
        }
        return texts.get(self.error_key, "")

    def retranslate(self) -> None:
        if self.mode == "login":
            set_text(self.title, self.tr("运维人员登录"))
            set_text(self.hint, self.tr("仅限运维人员。登录、失败和所有操作都记入审计日志。"))
        else:
            set_text(self.title, self.tr("密码已过期，请设置新密码"))
            set_text(
                self.hint,
                self.tr(
                    "按规定须定期更换密码。新密码至少10位，包含大写、小写、数字、符号中的三类。"
                ),
            )
        captions = {
            "number": self.tr("工号"),
            "password": self.tr("密码"),
            "new": self.tr("新密码"),
            "confirm": self.tr("再输一次"),
        }
        shown = FIELDS[self.mode]
        for name, field in self.inputs.items():
            caption = self.captions[name]
            visible = name in shown
            field.setVisible(visible)
            caption.setVisible(visible)
            set_text(caption, captions[name])
            value = self.values[name]
            text = value if name == "number" else "●" * len(value)
            set_text(field, (text or "—") + (" ◀" if name == self.field else ""))
            if name != "number":
                field.setAccessibleName(
                    self.tr("{0}，已输入 {1} 位").format(captions[name], len(value))
                )
        set_text(self.error, self.error_text())
        set_text(self.cancel, self.tr("取消"))
        set_text(self.submit, self.tr("正在核验…") if self.busy else self.tr("确定"))
        self.submit.setEnabled(not self.busy)
        self.keyboard.retranslate()


class UnderMaintenanceScreen(QWidget):
    """What a citizen sees while an operator has the kiosk open: no session can start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnderMaintenanceScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 60, 60, 60)
        layout.addStretch(1)
        self.title = label(role="title")
        self.body = label(role="heading")
        self.detail = label(role="muted")
        for widget in (self.title, self.body, self.detail):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.phone = ""
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.title, self.tr("设备维护中"))
        set_text(self.body, self.tr("Under maintenance"))
        set_text(
            self.detail,
            self.tr("工作人员正在维护本机，暂停办理业务。咨询电话 {0}").format(self.phone),
        )
