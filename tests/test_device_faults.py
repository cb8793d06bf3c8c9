"""Every device failing at every step of a journey, on the real screens with the simulated
devices' fault injection: the citizen gets a clear message and a way out, the item that needs
the device goes out of service, a fault in its Appendix A class is recorded, and the device
coming back puts the item back in service."""

from __future__ import annotations

from typing import Any

import pytest

from devices.status import DeviceState, MediaState
from tests.conftest import CITIZEN

pytestmark = pytest.mark.journey

RECEIPT_ITEM = "social_insurance_record"  # card, camera, receipt printer
A4_ITEM = "no_housing_proof"  # card, camera, A4 printer
DEVICES = {
    "card_reader": ("card_reader", RECEIPT_ITEM),
    "camera": ("face", RECEIPT_ITEM),
    "receipt_printer": ("receipt_printer", RECEIPT_ITEM),
    "a4_printer": ("document_printer", A4_ITEM),
}
PRINT_BUTTON = {RECEIPT_ITEM: "print:receipt", A4_ITEM: "print:a4"}
# fault -> (state, media) injected, and the Appendix A class it must be recorded as
FAULTS: dict[str, tuple[DeviceState | None, MediaState | None, str, str]] = {
    "unplugged": (DeviceState.HARDWARE_ERROR, None, "peripheral_unresponsive", "severe"),
    "no_answer": (None, None, "peripheral_unresponsive", "severe"),
    "out_of_paper": (None, MediaState.OUT, "out_of_paper", "minor"),
    "jammed": (None, MediaState.JAMMED, "paper_jam", "severe"),
}
# The step at which it happens: before the card (at the card prompt), while the card is read,
# while the face is checked, on the result screen, and while printing.
CASES = [
    ("card_reader", "unplugged", "card"),
    ("card_reader", "unplugged", "reading"),
    ("card_reader", "no_answer", "reading"),
    ("card_reader", "unplugged", "face"),
    ("card_reader", "unplugged", "result"),
    ("camera", "unplugged", "card"),
    ("camera", "unplugged", "face"),
    ("camera", "no_answer", "face"),
    ("camera", "unplugged", "result"),
    ("receipt_printer", "out_of_paper", "card"),
    ("receipt_printer", "out_of_paper", "result"),
    ("receipt_printer", "out_of_paper", "printing"),
    ("receipt_printer", "jammed", "printing"),
    ("receipt_printer", "no_answer", "printing"),
    ("receipt_printer", "unplugged", "face"),
    ("a4_printer", "out_of_paper", "card"),
    ("a4_printer", "out_of_paper", "printing"),
    ("a4_printer", "jammed", "printing"),
    ("a4_printer", "jammed", "result"),
    ("a4_printer", "no_answer", "printing"),
    ("a4_printer", "unplugged", "face"),
]
# The device whose operation is running at that step: its fault is armed to strike mid-way.
IN_FLIGHT = {"reading": "card_reader", "face": "camera", "printing": "printer"}


@pytest.fixture
def settings() -> dict[str, object]:
    return {"devices": {"poll_s": 0.5}}


@pytest.fixture
def fast_devices(kiosk: Any) -> Any:
    for device in kiosk.devices.all().values():
        device.delay_s = 0.05
        device.no_answer_s = 0.3
    return kiosk.devices


def _inject(device: Any, fault: str, mid_operation: bool) -> None:
    state, media, _code, _severity = FAULTS[fault]
    if fault == "no_answer":
        device.stop_answering()
    elif mid_operation:
        device.arm(state=state, media=media)
    else:
        device.inject(state=state, media=media)


def _recover(device: Any, fault: str) -> None:
    if fault == "no_answer":
        device.resume()
    else:
        state, media, _code, _severity = FAULTS[fault]
        device.inject(
            state=DeviceState.ONLINE if state else None, media=MediaState.OK if media else None
        )


def _to_the_card_prompt(citizen: Any, kiosk: Any, item: str) -> None:
    citizen.start()
    citizen.tap(kiosk.window.home.tiles[item])
    citizen.tap(citizen.button("action-agree"))
    if citizen.step_view() == "Form":
        citizen.tap(citizen.button("choice-purpose-purchase"))
    citizen.wait_for(lambda: citizen.step_view() == "InsertCard", what="the card prompt")


def _until_the_citizen_is_out(citizen: Any, kiosk: Any, item: str, dead: str) -> list[str]:
    """Carry on as a citizen would, taking the way out offered; returns the problems shown."""
    problems: list[str] = []
    stable = ("Problem", "ResultView", "Rating", "InsertCard", "Notice")
    for _ in range(8):
        citizen.wait_for(
            lambda: citizen.screen() == "MessageScreen" or citizen.step_view() in stable,
            what="a screen the citizen can act on",
        )
        view = citizen.step_view()
        if citizen.screen() == "MessageScreen":
            return problems
        if view == "Problem":
            message = kiosk.window.step.view.message
            problems.append(message)
            shown = kiosk.window.findChild(type(kiosk.window.step.item_name), "problem").text()
            assert shown and message not in shown, f"{message} is not translated: {shown!r}"
            citizen.tap(citizen.button("action-exit"))  # the way out
        elif view == "ResultView":
            buttons = kiosk.window.step.buttons
            if dead in ("receipt_printer", "a4_printer"):
                # a printer already known to be down is not offered
                assert PRINT_BUTTON[item] not in buttons or not problems
            prints = [name for name in buttons if name.startswith("print:")]
            citizen.tap(buttons[prints[0]] if prints else citizen.button("action-finish"))
        elif view == "Rating":
            citizen.tap(citizen.button("rate-5"))
        else:  # still waiting for a card (a dead reader never sees it): leave
            citizen.tap(citizen.button("cancel"))
    raise AssertionError("the citizen never got out")


@pytest.mark.parametrize(("device_name", "fault", "step"), CASES)
def test_device_fault_at_a_step(
    kiosk: Any, citizen: Any, fast_devices: Any, device_name: str, fault: str, step: str
) -> None:
    attribute, item = DEVICES[device_name]
    device = getattr(fast_devices, attribute)
    _state, _media, code, severity = FAULTS[fault]
    in_flight = IN_FLIGHT.get(step, "")
    mid = in_flight == device_name or (in_flight == "printer" and "printer" in device_name)

    _to_the_card_prompt(citizen, kiosk, item)
    if step in ("card", "reading"):
        _inject(device, fault, mid)
    citizen.present_card(CITIZEN)
    if step == "face":
        citizen.wait_for(lambda: citizen.step_view() == "FaceCapture", what="the face step")
        _inject(device, fault, mid)
    if step in ("result", "printing"):
        citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="the result")
        _inject(device, fault, mid)
        if PRINT_BUTTON[item] in kiosk.window.step.buttons:
            citizen.tap(kiosk.window.step.buttons[PRINT_BUTTON[item]])

    problems = _until_the_citizen_is_out(citizen, kiosk, item, device_name)
    assert citizen.screen() == "MessageScreen"
    if step == "printing":  # the paper did not come out: the citizen was told why
        assert problems and problems[0] in {
            "printer_out_of_paper",
            "printer_jammed",
            "device_unavailable",
        }
    [transaction] = kiosk.store.transactions()
    assert transaction["outcome"]  # ended, not left open
    if step == "printing":
        assert transaction["printed"] == ""  # nothing is counted as printed that was not

    expected = {
        "source": device_name,
        "category": "hardware",
        "code": code,
        "severity": severity,
    }
    citizen.wait_for(lambda: expected in kiosk.store.open_faults(), what=f"the {code} fault")
    assert item in kiosk.controller.unavailable_items()
    if citizen.screen() == "MessageScreen":  # the goodbye may already have timed out
        citizen.tap(kiosk.window.message.ok)
    citizen.start()
    assert kiosk.window.home.tiles[item].property("unavailable") is True
    citizen.tap(kiosk.window.home.tiles[item])
    assert kiosk.window.message.kind == "out_of_service"  # told, not sent into a dead end
    citizen.tap(kiosk.window.message.ok)

    _recover(device, fault)
    citizen.wait_for(
        lambda: all(f["source"] != device_name for f in kiosk.store.open_faults()),
        what="the fault to be resolved",
    )
    citizen.wait_for(
        lambda: kiosk.window.home.tiles[item].property("unavailable") is False,
        what="the item back in service",
    )
    citizen.tap(kiosk.window.home.tiles[item])
    assert citizen.step_view() == "Notice"


@pytest.mark.parametrize("step", ["face", "result", "printing"])
def test_card_pulled_at_a_step(kiosk: Any, citizen: Any, fast_devices: Any, step: str) -> None:
    """Card removal is the citizen leaving: the session ends at once, with nothing kept."""
    _to_the_card_prompt(citizen, kiosk, RECEIPT_ITEM)
    citizen.present_card(CITIZEN)
    wanted = {"face": "FaceCapture", "result": "ResultView", "printing": "ResultView"}[step]
    citizen.wait_for(lambda: citizen.step_view() == wanted, what=wanted)
    if step == "printing":
        fast_devices.receipt_printer.delay_s = 0.5
        citizen.tap(kiosk.window.step.buttons[PRINT_BUTTON[RECEIPT_ITEM]])
    citizen.take_card()
    citizen.wait_for(lambda: citizen.screen() == "MessageScreen", what="the session to end")
    assert kiosk.window.message.kind == "goodbye"
    assert "身份证已移开" in kiosk.window.message.title.text()
    assert kiosk.controller.session is None
    [transaction] = kiosk.store.transactions()
    assert transaction["outcome"] == "card_removed"
    assert kiosk.store.open_faults() == []  # a citizen leaving is not a fault
    if citizen.screen() == "MessageScreen":
        citizen.tap(kiosk.window.message.ok)
    citizen.start()
    assert kiosk.window.home.tiles[RECEIPT_ITEM].property("unavailable") is False
