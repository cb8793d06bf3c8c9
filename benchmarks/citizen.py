"""The demo's scripted citizen (kiosk_app.demo.Citizen), with a stopwatch.

It taps the real widgets exactly as the demo and the journey tests do. Around each tap it notes
the screen before, and when the tap changed the screen (another stacked screen, another step
view or another message) it runs a real Qt event loop until the PaintProbe says the new screen
has been painted and flushed: touch-to-next-screen latency, measured from just before the press
(so it includes the button's pressed-state repaint) and, separately, from the release.
Waiting elsewhere also runs a real event loop (the demo's pump sleeps in 5 ms steps between
`processEvents` calls, which would add sleeping to the journey times).
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

from benchmarks.paint import PaintProbe
from devices.simulated.devices import SimulatedCardReader
from devices.simulated.training_cards import training_card
from kiosk_app.app import Kiosk
from kiosk_app.demo import Citizen

PAINT_TIMEOUT_MS = 2000


@dataclass
class TapSample:
    item: str  # the journey's item
    name: str  # object name of the widget tapped
    screen: str  # the screen the tap led to
    press_to_paint_ms: float
    release_to_paint_ms: float


@dataclass
class JourneyLog:
    item_id: str
    taps: list[str] = field(default_factory=list)
    card_in: float = 0.0
    paper_out: float = 0.0
    print_tap: float = 0.0
    started: float = 0.0
    ended: float = 0.0


class _ReleaseClock(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            self.at = time.monotonic()
        return False


class TimedCitizen(Citizen):
    def __init__(self, kiosk: Kiosk, probe: PaintProbe) -> None:
        super().__init__(kiosk)
        self.probe = probe
        self.samples: list[TapSample] = []
        self.unpainted = 0  # screen changes whose paint never came (should stay 0)
        self.journey: JourneyLog | None = None
        self.paper_times: list[float] = []
        self.card_photo: bytes | None = None

    # -- waiting is a real event loop ------------------------------------------------------

    def pump(self, seconds: float = 0.0) -> None:
        if seconds <= 0:
            super().pump()
            return
        loop = QEventLoop()
        QTimer.singleShot(max(1, round(seconds * 1000)), loop.quit)
        loop.exec()

    # -- taps ---------------------------------------------------------------------------------

    def state(self) -> tuple[object, ...]:
        window = self.window
        current = window.stack.currentWidget()
        if current is window.step:
            return (current, id(window.step.view))
        if current is window.message:
            return (current, window.message.kind)
        return (current,)

    def tap(self, widget: QWidget) -> None:
        before = self.state()
        painted: list[float] = []
        loop = QEventLoop()

        def done(when: float) -> None:
            painted.append(when)
            loop.quit()

        def changed_screen() -> QWidget | None:
            # Only a pass after the tap changed the screen counts (not the pressed button).
            return self.window.stack.currentWidget() if self.state() != before else None

        self.probe.arm(changed_screen, done)
        release = _ReleaseClock()
        widget.installEventFilter(release)
        name = self._name(widget)
        pressed = time.monotonic()
        if self.journey is not None:
            self.journey.taps.append(name)
            if name.startswith("action-print"):
                self.journey.print_tap = pressed
        super().tap(widget)  # press, release and one processEvents, as the demo does
        with contextlib.suppress(RuntimeError):  # the tapped screen may be deleted already
            widget.removeEventFilter(release)
        if self.state() == before:
            self.probe.disarm()  # no new screen (e.g. a choice highlighted): nothing to time
            return
        if not painted:
            QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
            loop.exec()
        self.probe.disarm()
        if not painted:
            self.unpainted += 1
            return
        released = release.at or pressed
        self.samples.append(
            TapSample(
                self.journey.item_id if self.journey is not None else "",
                name,
                self.screen(),
                (painted[0] - pressed) * 1000,
                (painted[0] - released) * 1000,
            )
        )

    def _name(self, widget: QWidget) -> str:
        if widget.objectName():
            return widget.objectName()
        known = {
            id(self.window.attract.start): "attract-start",
            id(self.window.message.ok): "message-ok",
        }
        return known.get(id(widget), type(widget).__name__)

    def present_card(self, id_number: str) -> None:
        if self.journey is not None:
            self.journey.card_in = time.monotonic()
        if self.card_photo is None:
            super().present_card(id_number)
            return
        # The real camera: the training card carries a real chip photo of the man on camera.
        reader = self.kiosk.devices.card_reader
        assert isinstance(reader, SimulatedCardReader)
        reader.insert(dataclasses.replace(training_card(id_number), photo=self.card_photo))

    def paper_came_out(self) -> None:
        """Called by the wrapped printer (a worker thread) when the paper is out."""
        when = time.monotonic()
        self.paper_times.append(when)
        if self.journey is not None:
            self.journey.paper_out = when
