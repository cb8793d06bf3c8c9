"""An operator who uses the maintenance screen by touching its real widgets (tests and the
screenshots): the hidden gesture, the login keyboard, page buttons and actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

TRAINING_OPERATOR = ("0002", "Weihu@2026")


class Operator:
    def __init__(self, kiosk: Any, citizen: Any) -> None:
        self.kiosk = kiosk
        self.citizen = citizen
        self.window = kiosk.window
        self.screen = kiosk.window.maintenance

    def gesture(self, taps: int = 5) -> None:
        """Five quick taps in the header's top-right corner."""
        header = self.window.header
        corner = QPoint(header.width() - 20, header.height() // 2)
        for _ in range(taps):
            QTest.mouseClick(
                header, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner
            )
        self.citizen.pump()

    def submit(self) -> None:
        login = self.window.operator_login
        self.citizen.tap(login.submit)
        self.citizen.wait_for(lambda: not login.busy, what="the password check")

    def login(self, staff_no: str, password: str) -> None:
        login = self.window.operator_login
        login.type_text("number", staff_no)
        login.type_text("password", password)
        self.submit()

    def change(self, new: str, again: str | None = None) -> None:
        login = self.window.operator_login
        login.type_text("new", new)
        login.type_text("confirm", new if again is None else again)
        self.submit()

    def open(self, account: tuple[str, str] = TRAINING_OPERATOR) -> None:
        self.citizen.wait_for(lambda: self.citizen.screen() == "AttractScreen", what="attract")
        self.gesture()
        assert self.citizen.screen() == "OperatorLoginScreen"
        self.login(*account)
        assert self.citizen.screen() == "MaintenanceScreen", self.window.operator_login.error_key

    def page(self, name: str) -> None:
        self.citizen.tap(self.screen.nav[name])

    def button(self, name: str) -> QAbstractButton:
        for widget in self.screen.findChildren(QAbstractButton, name):
            if widget.isVisible():
                return widget
        raise LookupError(f"no visible button {name!r} on the {self.screen.page} page")

    def find(self, name: str) -> Any:
        """The visible widget named `name` (a redrawn page leaves hidden ones to be deleted)."""
        from PySide6.QtWidgets import QWidget

        for widget in self.screen.findChildren(QWidget, name):
            if widget.isVisible():
                return widget
        raise LookupError(f"nothing visible named {name!r} on the {self.screen.page} page")

    def press(self, name: str) -> None:
        widget = self.button(name)
        self.screen.scroll_area.ensureWidgetVisible(widget)
        self.citizen.pump()
        self.citizen.tap(widget)
        self.citizen.pump()

    def texts(self) -> str:
        from PySide6.QtWidgets import QLabel

        labels = [w for w in self.screen.findChildren(QLabel) if w.isVisible()]
        return "\n".join(w.text() for w in labels)
