"""The footer on every screen (std 4.3): hotline, site phone, complaints, hours, and the
buttons a citizen may need at any moment."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from ui.components.qr import QrCode
from ui.components.widgets import button, label, set_text


@dataclass(frozen=True)
class SiteInfo:
    name: str
    phone: str
    hotline: str
    complaint_url: str
    hours: str  # "24h", "closed" or "HH:MM-HH:MM"


class Footer(QFrame):
    language_clicked = Signal()
    elderly_clicked = Signal()
    voice_clicked = Signal()
    help_clicked = Signal()
    complaint_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Footer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.info = SiteInfo("", "", "12345", "", "24h")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        outer.setSpacing(16)

        texts = QVBoxLayout()
        self.hotline = label(role="hotline")
        self.phone = label()
        self.hours = label()
        self.complaint_text = label()
        for widget in (self.hotline, self.phone, self.hours, self.complaint_text):
            texts.addWidget(widget)
        outer.addLayout(texts, 2)

        self.qr = QrCode(side=104)
        self.qr.setAccessibleName("complaint QR code")
        outer.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignVCenter)

        buttons = QGridLayout()
        buttons.setSpacing(8)
        self.language = button()
        self.elderly = button()
        self.elderly.setCheckable(True)
        self.voice = button()
        self.voice.setCheckable(True)
        self.help = button(role="help")
        self.complaint = button()
        self.complaint.setObjectName("footer-complaint")
        buttons.addWidget(self.language, 0, 0)
        buttons.addWidget(self.elderly, 0, 1)
        buttons.addWidget(self.voice, 0, 2)
        buttons.addWidget(self.complaint, 1, 0)
        buttons.addWidget(self.help, 1, 1, 1, 2)
        outer.addLayout(buttons, 3)

        self.language.clicked.connect(self.language_clicked)
        self.elderly.clicked.connect(self.elderly_clicked)
        self.voice.clicked.connect(self.voice_clicked)
        self.help.clicked.connect(self.help_clicked)
        self.complaint.clicked.connect(self.complaint_clicked)
        self.retranslate()

    def set_info(self, info: SiteInfo) -> None:
        self.info = info
        self.qr.set_payload(info.complaint_url)
        self.retranslate()

    def set_modes(self, elderly: bool, voice: bool) -> None:
        self.elderly.setChecked(elderly)
        self.voice.setChecked(voice)

    def retranslate(self) -> None:
        info = self.info
        set_text(self.hotline, self.tr("政务服务便民热线 {0}").format(info.hotline))
        set_text(self.phone, self.tr("现场咨询电话 {0}").format(info.phone))
        if info.hours == "24h":
            hours = self.tr("服务时间：24小时")
        elif info.hours == "closed":
            hours = self.tr("服务时间：今日不开放")
        else:
            hours = self.tr("服务时间：{0}").format(info.hours)
        set_text(self.hours, hours)
        set_text(
            self.complaint_text, self.tr("投诉建议：扫右侧二维码或拨打 {0}").format(info.hotline)
        )
        set_text(self.language, self.tr("English"))
        set_text(self.elderly, self.tr("长辈版"))
        set_text(self.voice, self.tr("语音播报"))
        set_text(self.help, self.tr("呼叫帮助"))
        set_text(self.complaint, self.tr("投诉建议"))
