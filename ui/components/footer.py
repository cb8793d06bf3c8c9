"""The footer on every screen (std 4.3): hotline, site phone, complaints, hours, and the
buttons a citizen may need at any moment: language, elderly mode, high contrast, wheelchair
layout, voice, complaints and call for help."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from ui.components.qr import QrCode
from ui.components.widgets import button, label, set_text
from ui.formatting import ltr

# Each language named in itself, so a citizen recognises their own on the button.
ENDONYMS = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en_US": "English", "ug": "ئۇيغۇرچە"}


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
    contrast_clicked = Signal()
    wheelchair_clicked = Signal()
    voice_clicked = Signal()
    help_clicked = Signal()
    complaint_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Footer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.info = SiteInfo("", "", "12345", "", "24h")
        self.languages = ["zh_CN", "en_US"]
        self.current_language = "zh_CN"
        # Side by side on a landscape screen; info above the buttons on a portrait one, so
        # the buttons get the whole width for their words.
        self.outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.outer.setContentsMargins(16, 10, 16, 10)
        self.outer.setSpacing(12)

        # What the footer only says (not buttons): the wheelchair layout moves it up, out of the
        # way of the controls, which stay in reach.
        self.info_panel = QWidget()
        self.info_panel.setObjectName("FooterInfo")
        self.info_panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        info = QHBoxLayout(self.info_panel)
        self.info_layout = info
        info.setContentsMargins(0, 0, 0, 0)
        info.setSpacing(16)
        texts = QVBoxLayout()
        self.hotline = label(role="hotline")
        self.phone = label()
        self.hours = label()
        self.complaint_text = label()
        for widget in (self.hotline, self.phone, self.hours, self.complaint_text):
            texts.addWidget(widget)
        info.addLayout(texts, 1)
        self.qr = QrCode(side=104)
        self.qr.setAccessibleName("complaint QR code")
        info.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignVCenter)
        self.outer.addWidget(self.info_panel, 2)

        buttons = QGridLayout()
        buttons.setSpacing(8)
        self.language = button()
        self.language.setObjectName("footer-language")
        self.elderly = button()
        self.elderly.setObjectName("footer-elderly")
        self.elderly.setCheckable(True)
        self.contrast = button()
        self.contrast.setObjectName("footer-contrast")
        self.contrast.setCheckable(True)
        self.wheelchair = button()
        self.wheelchair.setObjectName("footer-wheelchair")
        self.wheelchair.setCheckable(True)
        self.voice = button()
        self.voice.setObjectName("footer-voice")
        self.voice.setCheckable(True)
        self.help = button(role="help")
        self.help.setObjectName("footer-help")
        self.complaint = button()
        self.complaint.setObjectName("footer-complaint")
        buttons.addWidget(self.language, 0, 0)
        buttons.addWidget(self.elderly, 0, 1)
        buttons.addWidget(self.contrast, 0, 2)
        buttons.addWidget(self.wheelchair, 0, 3)
        buttons.addWidget(self.voice, 1, 0)
        buttons.addWidget(self.complaint, 1, 1)
        buttons.addWidget(self.help, 1, 2, 1, 2)
        for column in range(4):
            buttons.setColumnStretch(column, 1)
        self.outer.addLayout(buttons, 3)

        self.language.clicked.connect(self.language_clicked)
        self.elderly.clicked.connect(self.elderly_clicked)
        self.contrast.clicked.connect(self.contrast_clicked)
        self.wheelchair.clicked.connect(self.wheelchair_clicked)
        self.voice.clicked.connect(self.voice_clicked)
        self.help.clicked.connect(self.help_clicked)
        self.complaint.clicked.connect(self.complaint_clicked)
        self.retranslate()

    def set_info(self, info: SiteInfo) -> None:
        self.info = info
        self.qr.set_payload(info.complaint_url)
        self.retranslate()

    def set_modes(
        self,
        elderly: bool,
        voice: bool,
        high_contrast: bool | None = None,
        wheelchair: bool | None = None,
    ) -> None:
        self.elderly.setChecked(elderly)
        self.voice.setChecked(voice)
        if high_contrast is not None:
            self.contrast.setChecked(high_contrast)
        if wheelchair is not None:
            self.wheelchair.setChecked(wheelchair)

    def attach_info(self) -> None:
        """Put the texts and QR code back into the footer (wheelchair layout off)."""
        if self.info_panel.parent() is not self:
            self.info_layout.setContentsMargins(0, 0, 0, 0)
            self.outer.insertWidget(0, self.info_panel, 2)

    def detach_info(self) -> QWidget:
        """The texts and QR code, to be shown elsewhere (the wheelchair layout's top part)."""
        self.info_layout.setContentsMargins(16, 10, 16, 10)
        return self.info_panel

    def next_language(self) -> str:
        """The language the language button switches to (the list cycles)."""
        languages = self.languages
        current = self.current_language
        index = languages.index(current) if current in languages else -1
        return languages[(index + 1) % len(languages)]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        window = self.window()
        portrait = window.height() > window.width()
        direction = (
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        if self.outer.direction() != direction:
            self.outer.setDirection(direction)

    def retranslate(self) -> None:
        info = self.info
        hotline, phone = ltr(info.hotline), ltr(info.phone)
        set_text(self.hotline, self.tr("政务服务便民热线 {0}").format(hotline))
        set_text(self.phone, self.tr("现场咨询电话 {0}").format(phone))
        if info.hours == "24h":
            hours = self.tr("服务时间：24小时")
        elif info.hours == "closed":
            hours = self.tr("服务时间：今日不开放")
        else:
            hours = self.tr("服务时间：{0}").format(ltr(info.hours))
        set_text(self.hours, hours)
        set_text(self.complaint_text, self.tr("投诉建议：扫右侧二维码或拨打 {0}").format(hotline))
        following = self.next_language()
        set_text(self.language, ENDONYMS.get(following, following))
        self.language.setAccessibleName(
            self.tr("切换语言：{0}").format(ENDONYMS.get(following, following))
        )
        set_text(self.elderly, self.tr("长辈版"))
        set_text(self.contrast, self.tr("高对比度"))
        set_text(self.wheelchair, self.tr("轮椅模式"))
        set_text(self.voice, self.tr("语音播报"))
        set_text(self.help, self.tr("呼叫帮助"))
        set_text(self.complaint, self.tr("投诉建议"))
