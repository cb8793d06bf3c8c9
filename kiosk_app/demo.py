"""A scripted citizen who uses the kiosk by touching its real widgets: used by `kiosk --demo`
(screenshots for people to look at) and by the journey tests (which count the taps)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget

from devices.simulated.devices import SimulatedCardReader
from devices.simulated.training_cards import TRAINING_CARDS
from kiosk_app.app import Kiosk

PORTRAIT = (1080, 1920)
LANDSCAPE = (1920, 1080)


class Citizen:
    """Touches buttons the way a finger does (press and release at the button's centre)."""

    def __init__(self, kiosk: Kiosk, screenshots: Path | None = None) -> None:
        self.kiosk = kiosk
        self.window = kiosk.window
        self.taps = 0
        self.screenshots = screenshots
        self.shots = 0

    def pump(self, seconds: float = 0.0) -> None:
        end = time.monotonic() + seconds
        while True:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if time.monotonic() >= end:
                return
            time.sleep(0.005)

    def wait_for(
        self, condition: Callable[[], bool], timeout_s: float = 10.0, what: str = ""
    ) -> None:
        end = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError(f"waited {timeout_s}s for {what or 'a condition'}")
            self.pump(0.01)
        self.pump()  # widgets added to a shown layout become visible one event round later

    def tap(self, widget: QWidget) -> None:
        assert widget.isVisible(), f"{widget.objectName() or widget} is not on screen"
        assert widget.isEnabled(), f"{widget.objectName()} is disabled"
        self.taps += 1
        QTest.mouseClick(
            widget,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            widget.rect().center(),
        )
        self.pump()

    def button(self, name: str) -> QAbstractButton:
        """A visible button found by object name (actions are named action-<name>)."""
        for widget in self.window.findChildren(QAbstractButton, name):
            if widget.isVisible():
                return widget
        raise LookupError(f"no visible button named {name!r} on {self.window.current_screen()}")

    def screen(self) -> str:
        return self.window.current_screen()

    def shot(self, name: str) -> Path | None:
        if self.screenshots is None:
            return None
        self.pump(0.05)
        self.shots += 1
        path = self.screenshots / f"{self.shots:02d}-{name}.png"
        self.window.grab().save(str(path))
        return path

    # The journey --------------------------------------------------------------------------

    def start(self) -> None:
        self.wait_for(lambda: self.screen() == "AttractScreen", what="the attract screen")
        self.shot("attract")
        self.tap(self.window.attract.start)
        self.wait_for(lambda: self.screen() == "HomeScreen", what="the home screen")

    def present_card(self, id_number: str) -> None:
        """Put the card on the reader (not a tap: the card goes on the reader)."""
        reader = self.kiosk.devices.card_reader
        assert isinstance(reader, SimulatedCardReader)
        for card in TRAINING_CARDS:
            if card.id_number == id_number:
                reader.insert(card)

    def take_card(self) -> None:
        reader = self.kiosk.devices.card_reader
        assert isinstance(reader, SimulatedCardReader)
        reader.remove()

    def pay_by_phone(self) -> None:
        """Training mode: the citizen's phone pays the QR code (not a tap on the kiosk)."""
        self.window.step.training_pay.emit()

    def type_keys(self, field: str, text: str) -> None:
        """Type on a form field's on-screen keypad, one tap per key (the form redraws after
        each key, so the keypad is found again every time)."""
        for char in text:
            shown = [
                w for w in self.window.step.findChildren(QWidget, f"field-{field}") if w.isVisible()
            ]
            assert shown, f"no field {field!r} on screen"
            card = shown[0].parentWidget()
            assert card is not None
            keys = [
                b for b in card.findChildren(QAbstractButton) if b.text() == char and b.isVisible()
            ]
            assert keys, f"no key {char!r} on the keypad of {field!r}"
            self.tap(keys[0])

    def sign(self, strokes: list[list[tuple[float, float]]] | None = None) -> None:
        """Write on the signature pad with a pressed mouse button, as a finger does; strokes
        are in shares of the pad's width and height (default: a three-stroke name)."""
        pads = [p for p in self.window.step.findChildren(QWidget, "signature-pad") if p.isVisible()]
        assert pads, "no signature pad on screen"
        pad = pads[0]
        strokes = strokes or [
            [(0.15, 0.6), (0.2, 0.35), (0.25, 0.65), (0.3, 0.4), (0.35, 0.62)],
            [(0.42, 0.3), (0.45, 0.7), (0.5, 0.45), (0.58, 0.5), (0.62, 0.68)],
            [(0.68, 0.55), (0.75, 0.35), (0.8, 0.62), (0.86, 0.45)],
        ]
        button, modifier = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        for stroke in strokes:
            points = [QPoint(round(x * pad.width()), round(y * pad.height())) for x, y in stroke]
            QTest.mousePress(pad, button, modifier, points[0])
            for a, b in itertools.pairwise(points):
                for i in range(1, 6):  # a finger moves through every point between
                    QTest.mouseMove(pad, a + (b - a) * i / 5)
            QTest.mouseRelease(pad, button, modifier, points[-1])
        self.pump()

    def apply(
        self,
        item_id: str,
        id_number: str,
        choices: dict[str, str],
        typed: dict[str, str],
        pages: int = 1,
    ) -> None:
        """An application from its notice to the printed case number: the form, the scanned
        pages (if the item scans), the signature."""
        self.kiosk.controller.choose_item(item_id)  # found by search or department on home
        self.wait_for(lambda: self.step_view() == "Notice", what="the notice")
        self.tap(self.button("action-agree"))
        self.wait_for(lambda: self.step_view() == "InsertCard", what="the card prompt")
        self.present_card(id_number)
        self.wait_for(lambda: self.step_view() == "Form", what="the form", timeout_s=15)
        for field, value in choices.items():
            self.tap(self.button(f"choice-{field}-{value}"))
        for field, text in typed.items():
            self.type_keys(field, text)
        self.shot(f"{item_id}-form")
        self.tap(self.button("action-submit"))
        scanned = 0
        while True:
            self.wait_for(lambda: self.step_view() in ("ScanPrompt", "Signing"), what="a step")
            if self.step_view() == "Signing":
                break
            if scanned >= pages:
                self.tap(self.button("action-done"))
                continue
            self.shot(f"{item_id}-scan")
            self.tap(self.button("action-scan"))
            self.wait_for(lambda: self.step_view() == "ScanPreview", what="the scanned page")
            self.shot(f"{item_id}-scan-preview")
            self.tap(self.button("action-confirm"))
            scanned += 1
        self.sign()
        self.shot(f"{item_id}-sign")
        self.tap(self.button("action-sign"))
        self.wait_for(lambda: self.step_view() == "ResultView", what="the case number")
        self.shot(f"{item_id}-case-number")
        self.tap(self.button("action-print"))
        self.wait_for(lambda: self.step_view() == "Rating", what="printing")
        self.tap(self.button("rate-5"))
        self.wait_for(lambda: self.screen() == "MessageScreen", what="goodbye")
        self.take_card()

    def step_view(self) -> str:
        view = self.window.step.view
        return type(view).__name__ if view is not None and self.screen() == "StepScreen" else ""

    def run_item(
        self, item_id: str, id_number: str, purpose: str = "purchase", rate: int = 5
    ) -> None:
        """From the home screen to a printed result and a rating."""
        self.shot(f"home-{item_id}")
        self.tap(self.window.home.tiles[item_id])
        self.wait_for(lambda: self.step_view() == "Notice", what="the notice")
        self.shot(f"{item_id}-notice")
        self.tap(self.button("action-agree"))
        if self.step_view() == "Form":
            self.shot(f"{item_id}-form")
            self.tap(self.button(f"choice-purpose-{purpose}"))
        self.wait_for(lambda: self.step_view() == "InsertCard", what="the card prompt")
        self.shot(f"{item_id}-insert-card")
        self.present_card(id_number)
        self.wait_for(lambda: self.step_view() in ("FaceCapture", "Problem"), what="the face step")
        self.shot(f"{item_id}-face")
        self.wait_for(
            lambda: self.step_view() in ("ResultView", "Payment", "Problem"), what="the result"
        )
        if self.step_view() == "Payment":
            self.shot(f"{item_id}-payment")
            self.pay_by_phone()
            self.wait_for(lambda: self.step_view() in ("ResultView", "Problem"), what="the result")
        self.shot(f"{item_id}-result")
        prints = [b for b in self.window.step.buttons if b.startswith("print:")]
        if prints:
            self.tap(self.window.step.buttons[prints[0]])
            self.wait_for(lambda: self.step_view() in ("Rating", "Problem"), what="printing")
        else:
            self.tap(self.button("action-finish"))
        self.wait_for(lambda: self.step_view() == "Rating", what="the rating")
        self.shot(f"{item_id}-rating")
        self.tap(self.button(f"rate-{rate}"))
        self.wait_for(lambda: self.screen() == "MessageScreen", what="goodbye")
        self.shot(f"{item_id}-goodbye")
        self.take_card()


def run_demo(config: object, out_dir: Path) -> int:
    """Walk every item in portrait, then the home screen in landscape, elderly and English."""
    from kiosk_app.app import build_kiosk
    from kiosk_app.config import Config

    assert isinstance(config, Config)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.png"):
        old.unlink()
    kiosk = build_kiosk(config)
    window = kiosk.window
    window.resize(*PORTRAIT)
    window.show()
    citizen = Citizen(kiosk, out_dir)
    try:
        journeys = [
            ("social_insurance_record", "11010519491231002X"),
            ("no_housing_proof", "11010519491231002X"),
            ("provident_fund_account", "11010519491231002X"),
            ("real_estate_register_extract", "110105198506150049"),
        ]
        for item_id, id_number in journeys:
            citizen.start()
            citizen.run_item(item_id, id_number)
            citizen.tap(window.message.ok)
        citizen.start()  # an application: form, scanned proof, signature, case number
        citizen.apply(
            "provident_fund_withdrawal",
            "11010519491231002X",
            {"reason": "retirement"},
            {"amount": "12000", "phone": "13900139000"},
        )
        citizen.tap(window.message.ok)
        citizen.start()
        window.resize(*LANDSCAPE)
        citizen.pump(0.1)
        kiosk.controller.show_home()
        citizen.shot("home-landscape")
        window.resize(*PORTRAIT)
        citizen.tap(window.footer.elderly)
        kiosk.controller.show_home()
        citizen.shot("home-elderly")
        citizen.tap(window.footer.elderly)
        kiosk.controller.show_home()
        citizen.tap(window.home.search_button)  # pinyin initials: S B finds 社保
        for letter in "SB":
            citizen.tap(window.home.keys.buttons[letter])
        citizen.shot("home-search")
        citizen.tap(window.home.back_button)
        citizen.tap(window.footer.language)
        kiosk.controller.show_home()
        citizen.shot("home-english")
        citizen.tap(window.home.tiles["no_housing_proof"])
        citizen.wait_for(lambda: citizen.step_view() == "Notice")
        citizen.shot("notice-english")
        citizen.tap(citizen.button("cancel"))
        citizen.shot("goodbye-english")
    finally:
        kiosk.shutdown()
    print(f"kiosk demo: {citizen.shots} screenshots in {out_dir.resolve()}")
    return 0


__all__ = ["LANDSCAPE", "PORTRAIT", "Citizen", "run_demo"]
