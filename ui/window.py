"""The kiosk window: header, one screen at a time, and the footer that is never covered."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from flows.model import Department, Item
from flows.views import View
from ui.components.countdown import CountdownOverlay
from ui.components.footer import Footer, SiteInfo
from ui.components.hidden_gesture import HiddenGesture
from ui.components.widgets import button, label, set_text
from ui.elderly_paging import page_choices
from ui.keypad_navigation import KeypadNavigation
from ui.screens.attract import AttractScreen
from ui.screens.home import HomeScreen
from ui.screens.maintenance.login import OperatorLoginScreen, UnderMaintenanceScreen
from ui.screens.maintenance.screen import MaintenanceScreen
from ui.screens.message import MessageScreen
from ui.screens.staff_login import StaffLoginScreen
from ui.screens.step import StepScreen
from ui.theme import (
    ELDERLY_CHOICES,
    NORMAL,
    WHEELCHAIR_TOP,
    Theme,
    layout_direction,
    stylesheet,
    theme_for,
)


class KioskWindow(QWidget):
    item_chosen = Signal(str)
    flow_action = Signal(str, object)
    training_card = Signal(str)
    training_pay = Signal()
    end_assist = Signal()
    screen_changed = Signal()  # a new screen or view is on: say it, focus its main control
    operator_gesture = Signal()  # the hidden gesture: kiosk_app decides whether to honour it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.allow_close = False
        self.language = "zh_CN"
        self.theme = NORMAL
        self.wheelchair = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # Wheelchair layout: the top of a portrait screen is out of reach from a seat, so it
        # holds nothing to touch; every control sits in the lower part (ADA 707, EN 301 549).
        self.wheelchair_space = QFrame()
        self.wheelchair_space.setObjectName("WheelchairSpace")
        self.wheelchair_space.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        space_layout = QVBoxLayout(self.wheelchair_space)
        space_layout.setContentsMargins(0, 0, 0, 0)
        space_layout.addStretch(1)
        self.wheelchair_note = label(role="muted")
        self.wheelchair_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        space_layout.addWidget(self.wheelchair_note)
        self.wheelchair_space.hide()
        layout.addWidget(self.wheelchair_space)

        self.header = QFrame()
        self.header.setObjectName("Header")
        self.header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        header_layout = QHBoxLayout(self.header)
        header_layout.setContentsMargins(24, 10, 24, 10)
        self.site_name = label(role="heading", wrap=False)
        header_layout.addWidget(self.site_name)
        header_layout.addStretch(1)
        self.help_notice = label(role="notice", wrap=False)
        self.help_notice.setObjectName("HelpNotice")
        self.help_notice.hide()
        header_layout.addWidget(self.help_notice)
        self._help_timer = QTimer(self)
        self._help_timer.setSingleShot(True)
        self._help_timer.timeout.connect(self.help_notice.hide)
        layout.addWidget(self.header)
        self.training_banner = label(wrap=True)
        self.training_banner.setObjectName("TrainingBanner")
        self.training_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.training_banner.hide()
        layout.addWidget(self.training_banner)
        self.assist_banner = QFrame()
        self.assist_banner.setObjectName("AssistBanner")
        self.assist_banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        assist_layout = QHBoxLayout(self.assist_banner)
        assist_layout.setContentsMargins(24, 6, 24, 6)
        self.assist_text = label(role="heading")
        self.assist_end = button()
        self.assist_end.setObjectName("assist-end")
        self.assist_end.clicked.connect(self.end_assist)
        assist_layout.addWidget(self.assist_text, 1)
        assist_layout.addWidget(self.assist_end)
        self.assist_banner.hide()
        self.assisted_by = ""
        layout.addWidget(self.assist_banner)

        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        # The tallest screen (not the shown one) must not set the window's least height: in the
        # wheelchair layout the body has only the lower part of the screen, and scrolls.
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        body_layout.addWidget(self.stack)
        layout.addWidget(self.body, 1)

        self.attract = AttractScreen()
        self.home = HomeScreen()
        self.step = StepScreen()
        self.message = MessageScreen()
        self.staff_login = StaffLoginScreen()
        for screen in (self.attract, self.home, self.step, self.message, self.staff_login):
            self.stack.addWidget(screen)
        # Maintenance (issue 5): operator login, the maintenance screen, "under maintenance".
        self.operator_login = OperatorLoginScreen()
        self.maintenance = MaintenanceScreen()
        self.under_maintenance = UnderMaintenanceScreen()
        self.stack.addWidget(self.operator_login)
        self.stack.addWidget(self.maintenance)
        self.stack.addWidget(self.under_maintenance)
        self.gesture = HiddenGesture(self.header)
        self.gesture.triggered.connect(self.operator_gesture)
        self.countdown = CountdownOverlay(self.body)

        self.footer = Footer()
        layout.addWidget(self.footer)
        self.navigation = KeypadNavigation(self)

        self.home.item_chosen.connect(self.item_chosen)
        self.home.changed.connect(self.screen_changed)  # search opened, department chosen
        self.home.announce.connect(self.navigation.announce)  # what the typed letters found
        self.step.action.connect(self.flow_action)
        self.step.training_card.connect(self.training_card)
        self.step.training_pay.connect(self.training_pay)
        self._home_model: tuple[list[tuple[Department, list[Item]]], set[str]] = ([], set())
        self.apply_theme(NORMAL)

    # What kiosk_app calls -------------------------------------------------------------------

    def set_site(
        self, info: SiteInfo, training: bool, training_cards: list[tuple[str, str]]
    ) -> None:
        self.footer.set_info(info)
        self.attract.site_name = info.name
        self.training = training
        self.step.training_cards = training_cards if training else []
        self.training_banner.setVisible(training)
        self.retranslate()

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        sheet = stylesheet(theme, self.language)
        if sheet != self.styleSheet():  # restyling every widget costs tens of ms: only on change
            self.setStyleSheet(sheet)

    def set_modes(self, elderly: bool, high_contrast: bool, wheelchair: bool) -> None:
        """Elderly, high contrast and wheelchair combine freely."""
        self.wheelchair = wheelchair
        self.home.per_page = ELDERLY_CHOICES if elderly else None
        self.apply_theme(theme_for(elderly, high_contrast))
        self.footer.set_modes(elderly, self.footer.voice.isChecked(), high_contrast, wheelchair)
        self._place_wheelchair_space()

    def set_language(self, language: str) -> None:
        self.language = language
        self.step.language = language
        self.footer.current_language = language
        direction = layout_direction(language)
        QGuiApplication.setLayoutDirection(direction)  # Uyghur reads right to left: mirror
        self.setLayoutDirection(direction)
        self.apply_theme(self.theme)  # the font for the script
        self.retranslate()

    def show_attract(self) -> None:
        self.hide_countdown()
        self.stack.setCurrentWidget(self.attract)
        self.screen_changed.emit()

    def show_home(
        self,
        groups: list[tuple[Department, list[Item]]],
        unavailable: set[str],
        usage: Mapping[str, int] | None = None,
    ) -> None:
        """usage: how often each item was used here (most used first); None keeps the last."""
        self._home_model = (groups, unavailable)
        self.home.show_items(groups, unavailable, self.language, self.columns(), usage)
        self.stack.setCurrentWidget(self.home)
        self.screen_changed.emit()

    def show_view(self, view: View) -> None:
        self.step.show_view(view, self.language)
        self._page_choices()
        self.stack.setCurrentWidget(self.step)
        self.screen_changed.emit()

    def show_message(self, kind: str, **args: str) -> None:
        self.hide_countdown()
        self.message.show_message(kind, **args)
        self.stack.setCurrentWidget(self.message)
        self.screen_changed.emit()

    def show_help_called(self, for_ms: int) -> None:
        """Tell the citizen, without leaving their screen, that staff are on the way."""
        self.help_notice.show()
        self._help_timer.start(for_ms)
        self.retranslate()

    def show_staff_login(self) -> None:
        self.staff_login.reset()
        self.stack.setCurrentWidget(self.staff_login)
        self.screen_changed.emit()

    def set_assisted(self, staff_no: str) -> None:
        """Say plainly, on every screen, that a volunteer is driving and who (number only)."""
        self.assisted_by = staff_no
        self.step.assisted_by = staff_no
        self.assist_banner.setVisible(bool(staff_no))
        self.retranslate()

    def show_countdown(self, remaining: int) -> None:
        self.countdown.show_seconds(remaining)

    def hide_countdown(self) -> None:
        self.countdown.hide()

    def screen_text(self) -> str:
        """What the screen says, in reading order, for voice guidance: its texts, not tables."""
        current = self.stack.currentWidget()
        roots = [w for w in (self.countdown, current) if w is not None and w.isVisible()]
        texts: list[str] = []
        for root in roots[:1]:
            labels = [w for w in root.findChildren(QLabel) if w.isVisible() and w.text().strip()]
            labels.sort(key=lambda w: (w.mapTo(root, w.rect().topLeft()).y(), w.x()))
            texts.extend(w.text() for w in labels)
        return "。".join(texts)

    def main_control(self) -> QWidget | None:
        """Where keypad focus starts on this screen: its primary action."""
        current = self.stack.currentWidget()
        if current is self.attract:
            return self.attract.start
        if current is self.message:
            return self.message.ok
        if current is self.home:
            return self.home.main_control()
        if current is self.staff_login:
            return self.staff_login.number
        primary = [b for b in self.step.buttons.values() if b.property("role") == "primary"]
        return primary[0] if primary else next(iter(self.step.buttons.values()), None)

    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        return current.objectName() if current is not None else ""

    def columns(self) -> int:
        """Two tiles across on a portrait screen, three on a landscape one."""
        return 3 if self.width() > self.height() else 2

    # Qt plumbing -------------------------------------------------------------------------

    def retranslate(self) -> None:
        set_text(self.site_name, self.footer.info.name)
        set_text(
            self.training_banner,
            self.tr("培训模式：使用模拟设备和测试数据，所办事项不具法律效力"),
        )
        set_text(self.help_notice, self.tr("已呼叫工作人员，请稍候"))
        set_text(
            self.assist_text,
            self.tr("帮办模式：工作人员 {0} 正在协助办理").format(self.assisted_by),
        )
        set_text(self.assist_end, self.tr("结束帮办"))
        set_text(self.wheelchair_note, self.tr("轮椅模式：所有按钮都在屏幕下部"))
        self.staff_login.retranslate()
        self.operator_login.retranslate()
        self.maintenance.retranslate()
        self.under_maintenance.retranslate()
        self.footer.retranslate()
        self.attract.retranslate()
        if self.stack.currentWidget() is self.home:
            self.home.show_items(*self._home_model, self.language, self.columns())
        self.step.retranslate()
        self._page_choices()
        self.message.retranslate()
        if self.countdown.isVisible():
            self.countdown.retranslate()

    def _page_choices(self) -> None:
        """Elderly mode: at most four choices of a question on screen (more behind a key)."""
        if self.home.per_page is not None:
            page_choices(self.step, self.home.per_page)

    def _place_wheelchair_space(self) -> None:
        """Wheelchair layout: what is only read (site name, banner, the footer's texts) goes up
        into the top part; everything touched stays in the lower part."""
        space = self.wheelchair_space.layout()
        main = self.layout()
        assert isinstance(space, QVBoxLayout) and isinstance(main, QVBoxLayout)
        lowered = self.wheelchair_top() > 0
        if lowered and self.header.parent() is not self.wheelchair_space:
            space.insertWidget(0, self.header)
            space.insertWidget(1, self.training_banner)
            space.addWidget(self.footer.detach_info())
        elif not lowered and self.header.parent() is self.wheelchair_space:
            main.insertWidget(1, self.header)
            main.insertWidget(2, self.training_banner)
            self.footer.attach_info()
        self.wheelchair_space.setVisible(lowered)
        self.wheelchair_space.setFixedHeight(int(self.height() * self.wheelchair_top()))

    def wheelchair_top(self) -> float:
        """The share of the height kept free of controls: a portrait screen's top is out of
        reach from a seat; a landscape one (about 40 cm tall) is within 0.4-1.2 m whole."""
        return WHEELCHAIR_TOP if self.wheelchair and self.height() > self.width() else 0.0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_wheelchair_space()
        if self.countdown.isVisible():
            self.countdown.setGeometry(self.body.rect())

    def closeEvent(self, event: QCloseEvent) -> None:
        """No way out to the desktop except through the operator (or --windowed)."""
        if self.allow_close:
            event.accept()
        else:
            event.ignore()
