"""The real camera driver inside the kiosk: the face step shows the live preview, a real turn
passes, a photo held still does not; flows and screens are the same as with the simulator."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from devices.simulated.training_cards import training_card
from kiosk_app.app import build_kiosk
from kiosk_app.config import Config
from kiosk_app.demo import PORTRAIT, Citizen
from tests.conftest import CITIZEN
from tests.faces.conftest import Footage

pytestmark = pytest.mark.journey


@pytest.fixture
def camera_kiosk(qapp: Any, tmp_path: Path, private_tmp: Path) -> Iterator[Any]:
    made: list[Any] = []

    def make(video: Path) -> Any:
        config = Config.model_validate(
            {
                "store": {"data_dir": str(tmp_path / "data")},
                "devices": {"camera": "opencv", "opencv": {"source": str(video), "capture_s": 4}},
            }
        )
        kiosk = build_kiosk(config)
        kiosk.window.resize(*PORTRAIT)
        kiosk.window.show()
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.shutdown()


def _to_face_step(kiosk: Any, card_photo: bytes) -> Citizen:
    citizen = Citizen(kiosk)
    citizen.wait_for(lambda: kiosk.devices.face.status.usable, timeout_s=10, what="the camera")
    kiosk.devices.face.challenges = ("turn_right",)  # the footage turns right
    citizen.start()
    citizen.tap(kiosk.window.home.tiles["provident_fund_account"])
    citizen.tap(citizen.button("action-agree"))
    card = dataclasses.replace(training_card(CITIZEN), photo=card_photo)
    kiosk.devices.card_reader.insert(card)
    citizen.wait_for(lambda: citizen.step_view() == "FaceCapture", what="the face step")
    return citizen


def _preview_shown(kiosk: Any) -> bool:
    previews = [w for w in kiosk.window.findChildren(QLabel, "face-preview") if w.isVisible()]
    return bool(previews) and not previews[0].pixmap().isNull()


def test_live_preview_and_a_real_turn_pass(
    camera_kiosk: Any, footage: Footage, cards: dict[str, bytes]
) -> None:
    kiosk = camera_kiosk(footage["turn_right"])
    citizen = _to_face_step(kiosk, cards["obama3.jpg"])
    citizen.wait_for(lambda: _preview_shown(kiosk), timeout_s=5, what="the camera preview")
    citizen.wait_for(lambda: citizen.step_view() == "ResultView", timeout_s=20, what="a match")
    assert kiosk.devices.face.preview_frame() is None  # frames are dropped after the check


def test_photo_held_still_fails_liveness_on_the_screen(
    camera_kiosk: Any, footage: Footage, cards: dict[str, bytes]
) -> None:
    kiosk = camera_kiosk(footage["still"])
    citizen = _to_face_step(kiosk, cards["obama3.jpg"])
    citizen.wait_for(lambda: citizen.step_view() == "Problem", timeout_s=20, what="the refusal")
    assert kiosk.window.step.view.message == "face_not_live"
    assert "sms" in kiosk.window.step.view.actions
