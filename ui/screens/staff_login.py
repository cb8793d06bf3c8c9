"""A staff card on the reader, or staff number and PIN on the on-screen keypad, for a volunteer
starting assisted service. What happened to a card is shown here, in words for whoever put it
there (a citizen's ID card is refused politely and never read)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.components.keypad import Keypad
from ui.components.widgets import button, label, set_text


class StaffLoginScreen(QWidget):
    login = Signal(str, str)
    cancelled = Signal()
    training_card = Signal()  # training mode: the trainer swipes the training staff card

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StaffLoginScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.setSpacing(20)
        self.title = label(role="heading")
        self.hint = label(role="muted")
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        fields = QGridLayout()
        self.number_caption = label(role="muted")
        self.number = button(role="choice")
        self.number.setObjectName("staff-number")
        self.pin_caption = label(role="muted")
        self.pin = button(role="choice")
        self.pin.setObjectName("staff-pin")
        fields.addWidget(self.number_caption, 0, 0)
        fields.addWidget(self.number, 0, 1)
        fields.addWidget(self.pin_caption, 1, 0)
        fields.addWidget(self.pin, 1, 1)
        layout.addLayout(fields)
        self.error = label(role="error")
        self.error.setObjectName("staff-error")
        layout.addWidget(self.error)
        self.keypad = Keypad()
        self.keypad.key_pressed.connect(self._key)
        layout.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        self.training_row = QHBoxLayout()
        self.training_buttons: list[QPushButton] = []
        layout.addLayout(self.training_row)
        layout.addStretch(1)
        actions = QHBoxLayout()
        self.cancel = button()
        self.cancel.setObjectName("staff-cancel")
        self.submit = button(role="primary")
        self.submit.setObjectName("staff-submit")
        actions.addWidget(self.cancel, 1)
        actions.addWidget(self.submit, 1)
        layout.addLayout(actions)
        self.number.clicked.connect(lambda: self._focus("number"))
        self.pin.clicked.connect(lambda: self._focus("pin"))
        self.cancel.clicked.connect(self.cancelled)
        self.submit.clicked.connect(lambda: self.login.emit(self._number, self._pin))
        self.reset()

    def reset(self, wrong: bool = False, problem: str = "") -> None:
        """Empty both fields: a PIN never stays on screen or in memory after a try.
        problem: what the last card did ("card_reading", "card_unknown", "card_is_id_card"...)."""
        self._number = ""
        self._pin = ""
        self._field = "number"
        self.wrong = wrong
        self.problem = problem
        self.retranslate()

    def set_training_cards(self, staff_numbers: list[str]) -> None:
        """Training mode: a button per training staff card, to swipe it on the simulated reader."""
        for old in self.training_buttons:
            old.deleteLater()
        self.training_buttons = []
        for staff_no in staff_numbers:
            widget = button()
            widget.setObjectName(f"training-staff-card-{staff_no}")
            widget.setProperty("staff_no", staff_no)
            widget.clicked.connect(self.training_card)
            self.training_row.addWidget(widget)
            self.training_buttons.append(widget)
        self.retranslate()

    def _problem_text(self) -> str:
        if self.wrong:
            return self.tr("工号或密码不对，请重新输入。")
        return {
            "card_reading": self.tr("正在读取工作证，请稍候…"),
            "card_unknown": self.tr("这张工作证未登记。请输入工号和密码，或请管理员登记此卡。"),
            "card_locked": self.tr(
                "未登记的卡刷卡次数过多，刷卡登录已暂停15分钟。请输入工号和密码。"
            ),
            "card_is_id_card": self.tr(
                "这是居民身份证，不能用于工作人员登录，本机没有读取其中的信息。请收好您的证件。"
            ),
            "card_removed_while_reading": self.tr("读卡时卡被移开了，请重新刷工作证。"),
            "device_unavailable": self.tr("读卡器暂时无法使用，请输入工号和密码。"),
        }.get(self.problem, self.tr("无法识别这张卡，请重新刷工作证，或输入工号和密码。"))

    def _focus(self, field: str) -> None:
        self._field = field
        self.retranslate()

    def _key(self, key: str) -> None:
        if key in ("X", "-", "."):
            return  # staff numbers and PINs are digits
        if self._field == "number":
            self._number = Keypad.apply(self._number, key)[:8]
        else:
            self._pin = Keypad.apply(self._pin, key)[:12]
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.title, self.tr("工作人员登录（帮办代办）"))
        set_text(
            self.hint,
            self.tr("刷工作证或输入工号和密码。帮办时由您操作，身份核验仍由办事人本人完成。"),
        )
        set_text(self.number_caption, self.tr("工号"))
        set_text(self.pin_caption, self.tr("密码"))
        marker = " ◀" if self._field == "number" else ""
        set_text(self.number, (self._number or "—") + marker)
        marker = " ◀" if self._field == "pin" else ""
        set_text(self.pin, ("●" * len(self._pin) or "—") + marker)
        self.pin.setAccessibleName(self.tr("密码，已输入 {0} 位").format(len(self._pin)))
        set_text(self.error, self._problem_text() if self.wrong or self.problem else "")
        for widget in self.training_buttons:
            staff_no = str(widget.property("staff_no"))
            set_text(widget, self.tr("培训模式：刷工作证 {0}").format(staff_no))
        set_text(self.cancel, self.tr("取消"))
        set_text(self.submit, self.tr("登录"))
        self.keypad.retranslate()
