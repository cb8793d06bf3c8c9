"""Whole-screen messages: goodbye, out of service, closed, help on the way."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.components.widgets import button, label, set_text
from ui.texts import message


class MessageScreen(QWidget):
    dismissed = Signal()
    staff_login = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 60, 60, 60)
        layout.setSpacing(30)
        layout.addStretch(1)
        self.title = label(role="title")
        self.body = label(role="heading")
        self.detail = label(role="muted")
        for widget in (self.title, self.body, self.detail):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.ok = button(role="primary")
        self.ok.clicked.connect(self.dismissed)
        layout.addWidget(self.ok)
        self.login = button()
        self.login.setObjectName("staff-login")
        self.login.clicked.connect(self.staff_login)
        layout.addWidget(self.login)
        self.kind = "goodbye"
        self.args: dict[str, str] = {}

    def show_message(self, kind: str, **args: str) -> None:
        self.kind = kind
        self.args = args
        self.retranslate()

    def retranslate(self) -> None:
        kind, args = self.kind, self.args
        phone = args.get("phone", "")
        if kind == "goodbye":
            title = message(args.get("reason", "completed"))
            body = self.tr("请取走您的身份证和打印的材料")
            detail = self.tr("您的信息已从本机清除。")
            ok = self.tr("返回首页")
        elif kind == "out_of_service":
            title = self.tr("暂停服务")
            body = self.tr("“{0}”所需的设备暂时不能使用，其他事项仍可办理。").format(
                args.get("item", "")
            )
            detail = self.tr("已通知工作人员。咨询电话 {0}").format(phone)
            ok = self.tr("返回首页")
        elif kind == "closed":
            title = self.tr("不在服务时间")
            body = self.tr("本机服务时间：{0}").format(args.get("hours", ""))
            detail = self.tr("如有急事请拨打 12345 或现场咨询电话 {0}").format(phone)
            ok = self.tr("知道了")
        elif kind == "staff_refused":
            title = self.tr("不能开始帮办")
            body = {
                "locked": self.tr("错误次数过多，账号已暂时锁定，请15分钟后再试。"),
                "wrong_role": self.tr("此账号不是帮办人员账号。"),
                "must_change": self.tr("密码已过期，请联系运维人员重置。"),
            }.get(args.get("why", ""), self.tr("工号或密码不对。"))
            detail = ""
            ok = self.tr("返回首页")
        else:  # help
            title = self.tr("已呼叫工作人员")
            body = self.tr("工作人员马上就到，请在本机旁稍候。")
            detail = self.tr("也可以拨打现场咨询电话 {0}").format(phone)
            ok = self.tr("好的")
        set_text(self.title, title)
        set_text(self.body, body)
        set_text(self.detail, detail)
        set_text(self.ok, ok)
        set_text(self.login, self.tr("工作人员登录（帮办）"))
        self.login.setVisible(kind == "help")
