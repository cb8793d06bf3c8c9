"""The signature pad with real mouse events (pytest-qt), the rule that refuses a dot or a tick,
hostile stroke data from the screen, and the signature image that goes into the PDF."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from flows.capture import Signature
from ui.components.signature_pad import SignaturePad

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def pad(qtbot: Any) -> SignaturePad:
    widget = SignaturePad("请在此签名")
    qtbot.addWidget(widget)
    widget.resize(900, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def draw(qtbot: Any, pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    qtbot.mousePress(pad, LEFT, NONE, QPoint(*points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, LEFT, NONE, QPoint(*points[-1]))


def test_strokes_drawn_with_the_mouse_leave_as_shares_of_the_pad(
    qtbot: Any, pad: SignaturePad
) -> None:
    assert pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        draw(qtbot, pad, [(90, 210), (180, 100), (270, 300), (450, 210)])
    draw(qtbot, pad, [(500, 100), (700, 320)])
    signature = pad.signature()
    strokes = signature["strokes"]
    assert isinstance(strokes, list) and len(strokes) == 2
    assert strokes[0][0] == [0.1, 0.5] and strokes[0][-1] == [0.5, 0.5]
    assert signature["aspect"] == pytest.approx(900 / 420, abs=0.01)
    parsed = Signature.parse(signature)
    assert parsed is not None and parsed.problem() is None
    assert pad.grab().toImage().pixelColor(180, 100).lightness() < 100  # ink where it was drawn


def test_clear_empties_the_pad(qtbot: Any, pad: SignaturePad) -> None:
    draw(qtbot, pad, [(100, 100), (400, 300)])
    assert not pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty() and pad.signature()["strokes"] == []


def test_a_stroke_leaving_the_pad_stays_on_its_edge(qtbot: Any, pad: SignaturePad) -> None:
    draw(qtbot, pad, [(800, 200), (1200, 600)])
    strokes = pad.strokes()
    assert len(strokes) == 1
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in strokes[0])


def test_empty_dot_and_tick_are_no_signature(qtbot: Any, pad: SignaturePad) -> None:
    assert Signature.parse(pad.signature()).problem() == "signature_empty"  # type: ignore[union-attr]
    draw(qtbot, pad, [(450, 210)])
    assert Signature.parse(pad.signature()).problem() == "signature_too_small"  # type: ignore[union-attr]
    pad.clear()
    draw(qtbot, pad, [(450, 210), (470, 225), (500, 190)])  # a tick
    assert Signature.parse(pad.signature()).problem() == "signature_too_small"  # type: ignore[union-attr]
    pad.clear()
    draw(qtbot, pad, [(100, 300), (800, 300)])  # one long line is wide but carries ink enough
    assert Signature.parse(pad.signature()).problem() is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "value",
    [
        None,
        "strokes",
        {"strokes": "x", "aspect": 2},
        {"strokes": [[[0.1, 0.2]]], "aspect": float("nan")},
        {"strokes": [[[0.1, 0.2]]], "aspect": 0},
        {"strokes": [[["a", 0.2]]], "aspect": 2},
        {"strokes": [[[0.1, 0.2, 0.3]]], "aspect": 2},
        {"strokes": [[[0.1, float("inf")]]], "aspect": 2},
        {"strokes": [[[0.1, 0.2]] * 30_000], "aspect": 2},
        {"strokes": [[[0.1, 0.2]]] * 500, "aspect": 2},
    ],
)
def test_anything_but_strokes_is_refused_without_a_crash(value: object) -> None:
    assert Signature.parse(value) is None


def test_the_signature_image_for_the_pdf_has_the_ink_where_it_was_drawn() -> None:
    from kiosk_app.application_pdf import signature_image

    signature = Signature((((0.1, 0.5), (0.9, 0.5)),), 2.0)
    image = signature_image(signature, width=400)
    assert (image.width(), image.height()) == (400, 200)
    assert image.pixelColor(200, 100).lightness() < 100
    assert image.pixelColor(200, 20).lightness() > 240


def test_strokes_put_back_on_a_new_pad_look_the_same(qtbot: Any, pad: SignaturePad) -> None:
    draw(qtbot, pad, [(90, 210), (450, 100), (800, 300)])
    other = SignaturePad()
    qtbot.addWidget(other)
    other.resize(450, 420)  # half as wide: the drawing scales with the pad
    other.set_strokes(pad.strokes())
    assert other.strokes() == pad.strokes()
    assert other.grab().toImage().pixelColor(225, 100).lightness() < 100
