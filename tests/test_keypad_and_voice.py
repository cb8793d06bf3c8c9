"""A blind citizen with the tactile keypad alone: every screen and every control in focus is
spoken, Enter presses, Escape leaves; the whole journey without touching the screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.conftest import CITIZEN

pytestmark = pytest.mark.journey


class Keypad:
    def __init__(self, kiosk: Any, citizen: Any) -> None:
        self.window = kiosk.window.windowHandle()
        self.citizen = citizen
        self.presses = 0

    def key(self, key: Qt.Key, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.window, key)
            self.presses += 1
            self.citizen.pump(0.01)

    def focus_to(self, name: str, limit: int = 40) -> None:
        """Arrow down until the control with this object name has focus (as a blind user
        listens to each one until they hear the right one)."""
        for _ in range(limit):
            focus = QApplication.focusWidget()
            if focus is not None and focus.objectName() == name:
                return
            self.key(Qt.Key.Key_Down)
        from ui.keypad_navigation import focus_chain

        chain = [w.objectName() or w.text() for w in focus_chain(self.citizen.window)]
        raise AssertionError(
            f"never reached {name}; chain: {chain}; focus: {QApplication.focusWidget()}"
            f" active: {QApplication.activeWindow()}"
        )


def test_whole_journey_by_keypad_with_speech(kiosk: Any, citizen: Any) -> None:
    keypad = Keypad(kiosk, citizen)
    voice = kiosk.controller.voice
    citizen.pump(0.1)
    keypad.key(Qt.Key.Key_NumberSign)  # '#': voice guidance on, from the keypad
    assert voice.enabled and kiosk.window.footer.voice.isChecked()
    citizen.wait_for(lambda: any("点击屏幕开始办理" in s for s in voice.spoken))
    keypad.key(Qt.Key.Key_Return)  # focus starts on the main control: start
    citizen.wait_for(lambda: citizen.screen() == "HomeScreen")
    citizen.wait_for(lambda: any("请选择要办理的事项" in s for s in voice.spoken))
    keypad.focus_to("tile-provident_fund_account")
    assert "公积金查询" in voice.spoken[-1]  # the control in focus is announced
    keypad.key(Qt.Key.Key_Return)
    citizen.wait_for(lambda: citizen.step_view() == "Notice")
    citizen.wait_for(lambda: any("所需材料" in s for s in voice.spoken), what="the notice read")
    keypad.focus_to("action-agree")
    keypad.key(Qt.Key.Key_Return)
    assert "已按下" in "".join(voice.spoken)  # audible confirmation of the action
    citizen.wait_for(lambda: citizen.step_view() == "InsertCard")
    citizen.wait_for(lambda: any("请将身份证放在读卡区" in s for s in voice.spoken))
    citizen.present_card(CITIZEN)
    citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="the result")
    citizen.wait_for(lambda: any("账户状态" in s for s in voice.spoken), what="the result read")
    keypad.key(Qt.Key.Key_Asterisk)  # '*': say it again
    assert "账户状态" in voice.spoken[-1]
    keypad.key(Qt.Key.Key_Return)  # focus starts on the main action: print the receipt
    citizen.wait_for(lambda: citizen.step_view() == "Rating", what="printing")
    assert kiosk.devices.receipt_printer.tray
    citizen.wait_for(lambda: any("打印完成" in s for s in voice.spoken))
    keypad.focus_to("rate-5")
    keypad.key(Qt.Key.Key_Return)
    citizen.wait_for(lambda: citizen.screen() == "MessageScreen")
    assert kiosk.store.ratings()[0]["level"] == 5
    assert not voice.spoken or "账户状态" not in " ".join(voice.spoken)  # forgotten at the end
    assert citizen.taps == 0  # not one touch on the screen


def test_escape_leaves_and_backspace_goes_back(kiosk: Any, citizen: Any) -> None:
    keypad = Keypad(kiosk, citizen)
    citizen.start()
    citizen.tap(kiosk.window.home.tiles["social_insurance_record"])
    assert citizen.step_view() == "Notice"
    keypad.key(Qt.Key.Key_Backspace)
    assert citizen.screen() == "HomeScreen"
    citizen.tap(kiosk.window.home.tiles["social_insurance_record"])
    citizen.tap(citizen.button("action-agree"))
    keypad.key(Qt.Key.Key_Escape)
    assert citizen.screen() == "MessageScreen"
    assert kiosk.store.transactions()[-1]["outcome"] == "cancelled"


def test_volume_and_disabled_controls_are_spoken(kiosk: Any, citizen: Any) -> None:
    keypad = Keypad(kiosk, citizen)
    citizen.start()
    kiosk.controller.toggle_voice()
    before = kiosk.controller.voice.volume
    keypad.key(Qt.Key.Key_Minus)
    assert kiosk.controller.voice.volume < before
    assert kiosk.controller.voice.spoken[-1].endswith("%")
