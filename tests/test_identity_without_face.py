"""No single biometric is the only way in (EN 301 549 5.3): after the ID card, a code sent to
the mobile number on the platform's record works instead of the face."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import CITIZEN, RETIRED

pytestmark = pytest.mark.journey


def _to_face(citizen: Any, kiosk: Any, id_number: str) -> None:
    citizen.start()
    citizen.tap(kiosk.window.home.tiles["social_insurance_record"])
    citizen.tap(citizen.button("action-agree"))
    kiosk.devices.face.presenting = "nobody"  # e.g. a blind citizen who cannot aim at the camera
    citizen.present_card(id_number)
    citizen.wait_for(lambda: citizen.step_view() == "FaceCapture")


def _type_code(citizen: Any, kiosk: Any, code: str) -> None:
    from ui.components.keypad import Keypad

    for digit in code:
        pad = next(w for w in kiosk.window.step.findChildren(Keypad) if w.isVisible())
        citizen.tap(pad.buttons[digit])


def test_code_to_the_phone_on_record_instead_of_the_face(kiosk: Any, citizen: Any) -> None:
    _to_face(citizen, kiosk, CITIZEN)
    citizen.tap(citizen.button("action-sms"))
    citizen.wait_for(lambda: citizen.step_view() == "Form", what="the code form")
    assert "139****0002" in kiosk.window.step.view.title.get("zh_CN")
    code = kiosk.sandbox.sms_outbox[-1]["code"]
    wrong = "000000" if code != "000000" else "111111"
    _type_code(citizen, kiosk, wrong)
    citizen.tap(citizen.button("action-submit"))
    citizen.wait_for(lambda: citizen.step_view() == "Form" and kiosk.window.step.view.errors)
    assert kiosk.window.step.view.errors == {"sms_code": "sms_code_wrong"}
    _type_code(citizen, kiosk, code)
    citizen.tap(citizen.button("action-submit"))
    citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="the record")
    assert kiosk.store.transactions()[0]["outcome"] is None  # still running, no face needed


def test_face_failing_three_times_offers_the_code_and_assistance(kiosk: Any, citizen: Any) -> None:
    _to_face(citizen, kiosk, CITIZEN)
    for _ in range(2):
        citizen.wait_for(lambda: citizen.step_view() == "Problem")
        citizen.tap(citizen.button("action-retry"))
    citizen.wait_for(lambda: citizen.step_view() == "Problem")
    assert kiosk.window.step.view.message == "face_failed_final"
    assert kiosk.window.step.view.actions == ("sms", "assist", "exit")


def test_no_phone_on_record_leads_to_assisted_service(kiosk: Any, citizen: Any) -> None:
    _to_face(citizen, kiosk, RETIRED)
    citizen.tap(citizen.button("action-sms"))
    citizen.wait_for(lambda: citizen.step_view() == "Problem")
    assert kiosk.window.step.view.message == "sms_no_phone"
    citizen.tap(citizen.button("action-assist"))
    assert kiosk.window.message.kind == "help"  # staff are called; the login is offered
    assert kiosk.store.events("help_requested")
