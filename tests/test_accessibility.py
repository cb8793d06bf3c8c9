"""Issue 4, measured on the real widgets: every screen of a journey in every mode (normal,
elderly, high contrast, wheelchair) and every shipped language. Font sizes in points from the
widgets' own fonts, touch targets in pixels at the kiosk's 1080x1920, contrast computed with the
WCAG formula from the theme's colours and from the rendered pixels, nothing cut off, every
control within reach in the wheelchair layout, and the layout mirrored for Uyghur."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk_app.demo import LANDSCAPE, PORTRAIT
from kiosk_app.screenshots import LANGUAGES, MODES, page_to, set_mode
from tests.conftest import CITIZEN
from ui.theme import (
    ELDERLY,
    ELDERLY_CHOICES,
    ELDERLY_HIGH_CONTRAST,
    HIGH_CONTRAST,
    NORMAL,
    WHEELCHAIR_TOP,
    contrast_ratio,
    text_pairs,
)

pytestmark = pytest.mark.journey
ITEM = "no_housing_proof"


@pytest.mark.parametrize("theme", [NORMAL, ELDERLY, HIGH_CONTRAST, ELDERLY_HIGH_CONTRAST])
def test_every_text_colour_of_every_theme_has_enough_contrast(theme: Any) -> None:
    low = [
        (where, round(contrast_ratio(fg, bg), 2))
        for where, fg, bg in text_pairs(theme)
        if contrast_ratio(fg, bg) < theme.min_contrast
    ]
    assert low == []
    assert theme.min_contrast == (7.0 if "high-contrast" in theme.name else 4.5)


def test_the_wcag_formula() -> None:
    assert round(contrast_ratio("#000000", "#FFFFFF"), 1) == 21.0
    assert round(contrast_ratio("#777777", "#FFFFFF"), 2) == 4.48  # the classic near miss


def _hex(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb).upper()


def _background(image: QImage, widget: QWidget, window: QWidget) -> str | None:
    """The colour most of a widget's shown pixels have: what its text is drawn on (None when
    it is scrolled out of sight)."""
    shown = widget.visibleRegion().boundingRect()
    if shown.isEmpty():
        return None
    top_left = widget.mapTo(window, shown.topLeft())
    counts: Counter[int] = Counter()
    step = max(1, min(shown.width(), shown.height()) // 12)
    for x in range(top_left.x(), top_left.x() + shown.width(), step):
        for y in range(top_left.y(), top_left.y() + shown.height(), step):
            if 0 <= x < image.width() and 0 <= y < image.height():
                counts[image.pixel(x, y)] += 1
    if not counts:
        return None
    return _hex(QColor.fromRgb(counts.most_common(1)[0][0]))


def _visible(window: QWidget, kind: type) -> list[Any]:
    return [w for w in window.findChildren(kind) if w.isVisible() and w.window() is window]


def measure(kiosk: Any, screen: str, mode: str, language: str) -> list[str]:
    """Everything wrong with the screen on show, as readable lines (empty: all is well)."""
    window = kiosk.window
    theme = window.theme
    elderly = mode == "elderly"
    problems: list[str] = []
    image = window.grab().toImage()
    minimum = 60 if elderly else 44
    for button in _visible(window, QAbstractButton):
        where = f"{screen}: button {button.text() or button.objectName()!r}"
        if button.width() < minimum or button.height() < minimum:
            problems.append(f"{where} is {button.width()}x{button.height()} px")
        if button.text() and button.sizeHint().width() > button.width() + 1:
            problems.append(f"{where} cut off ({button.sizeHint().width()} > {button.width()})")
        if elderly and button.font().pointSizeF() < 18:
            problems.append(f"{where} text {button.font().pointSizeF()} pt")
        if mode == "wheelchair":
            top = button.mapTo(window, QPoint(0, 0)).y()
            if top < window.height() * window.wheelchair_top():
                problems.append(f"{where} out of reach at y={top}")
    for label in _visible(window, QLabel):
        if not label.text().strip():
            continue
        where = f"{screen}: label {label.text()[:30]!r}"
        font = label.font()
        if elderly:
            if font.pointSizeF() < 18:
                problems.append(f"{where} is {font.pointSizeF()} pt")
            if label.property("role") in ("heading", "title") and font.pointSizeF() < 30:
                problems.append(f"{where} heading is {font.pointSizeF()} pt")
            em = font.pointSizeF() * label.logicalDpiY() / 72  # the font's size in pixels
            spacing = QFontMetricsF(font).lineSpacing() / em
            if spacing < 1.3:
                problems.append(f"{where} line spacing {spacing:.2f}")
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 2:
                problems.append(f"{where} cut off at the bottom")
        elif label.sizeHint().width() > label.width() + 2:
            problems.append(f"{where} cut off ({label.sizeHint().width()} > {label.width()})")
        text = _hex(label.palette().color(label.foregroundRole()))
        background = _background(image, label, window)
        ratio = contrast_ratio(text, background) if background else 21.0
        if ratio < theme.min_contrast:
            problems.append(f"{where} contrast {ratio:.2f} ({text} on {background})")
    if elderly:
        choices = [
            b
            for b in _visible(window, QAbstractButton)
            if b.property("role") in ("tile", "choice") and not b.objectName().startswith("rate-")
        ]
        if len(choices) > ELDERLY_CHOICES:
            problems.append(f"{screen}: {len(choices)} choices in elderly mode")
    if language == "ug":
        footer = window.footer
        if window.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            problems.append(f"{screen}: not right to left")

        def x(widget: QWidget) -> int:
            return widget.mapTo(window, QPoint(0, 0)).x()

        if not x(footer.qr) < x(footer.hotline) or not x(footer.wheelchair) < x(footer.language):
            problems.append(f"{screen}: footer not mirrored")
    return problems


# Every language in every mode on the portrait screen; landscape kiosks in the modes where
# space is shortest (wheelchair, elderly) and in the longest words (English, Uyghur).
CASES = [(language, mode, PORTRAIT) for language in LANGUAGES for mode in MODES] + [
    (language, mode, LANDSCAPE) for language in ("en_US", "ug") for mode in MODES
]


@pytest.mark.parametrize(
    ("language", "mode", "size"),
    CASES,
    ids=[
        f"{lang}-{mode}-{'portrait' if size == PORTRAIT else 'landscape'}"
        for lang, mode, size in CASES
    ],
)
def test_every_screen_measured_in_every_mode_and_language(
    kiosk: Any, citizen: Any, language: str, mode: str, size: tuple[int, int]
) -> None:
    kiosk.window.resize(*size)
    kiosk.controller.set_language(language)
    set_mode(citizen, mode)
    if mode == "wheelchair" and size == PORTRAIT:
        assert kiosk.window.wheelchair_top() == WHEELCHAIR_TOP == 0.4
    problems: list[str] = []
    seen: list[str] = []

    def check(screen: str) -> None:
        citizen.pump(0.02)
        seen.append(screen)
        problems.extend(measure(kiosk, screen, mode, language))

    citizen.wait_for(lambda: citizen.screen() == "AttractScreen")
    check("attract")
    citizen.tap(kiosk.window.attract.start)
    citizen.wait_for(lambda: citizen.screen() == "HomeScreen")
    check("home")
    page_to(citizen, ITEM)
    citizen.tap(kiosk.window.home.tiles[ITEM])
    check("notice")
    citizen.tap(citizen.button("action-agree"))
    check("form")
    citizen.tap(citizen.button("choice-purpose-purchase"))
    check("insert-card")
    citizen.present_card(CITIZEN)
    citizen.wait_for(lambda: citizen.step_view() == "ResultView")
    check("result")
    citizen.tap(kiosk.window.step.buttons["print:a4"])
    citizen.wait_for(lambda: citizen.step_view() == "Rating")
    check("rating")
    citizen.tap(citizen.button("rate-5"))
    check("goodbye")
    assert len(seen) == 8
    assert problems == []


def test_language_switch_keeps_the_step_in_all_four_languages(kiosk: Any, citizen: Any) -> None:
    citizen.start()
    page_to(citizen, ITEM)
    citizen.tap(kiosk.window.home.tiles[ITEM])
    citizen.tap(citizen.button("action-agree"))
    assert citizen.step_view() == "Form"
    names = []
    for expected in ("en_US", "zh_TW", "ug", "zh_CN"):
        citizen.tap(kiosk.window.footer.language)
        assert kiosk.controller.language == expected
        assert citizen.step_view() == "Form" and kiosk.controller.session is not None
        names.append(kiosk.window.footer.help.text())
        rtl = kiosk.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert rtl == (expected == "ug")
    assert names == ["Call for help", "呼叫幫助", "ياردەم چاقىرىش", "呼叫帮助"]
    citizen.tap(citizen.button("choice-purpose-purchase"))  # and the journey goes on
    assert citizen.step_view() == "InsertCard"


@pytest.mark.parametrize(
    ("language", "fee"), [("zh_CN", "费用：5.00 元"), ("en_US", "Fee: CNY 5.00")]
)
def test_money_on_screen_is_formatted_for_the_language(
    kiosk: Any, citizen: Any, language: str, fee: str
) -> None:
    kiosk.controller.set_language(language)
    citizen.start()
    page_to(citizen, "real_estate_register_extract")
    citizen.tap(kiosk.window.home.tiles["real_estate_register_extract"])
    texts = [w.text() for w in _visible(kiosk.window, QLabel)]
    assert fee in texts


def test_voice_follows_the_language_switch(kiosk: Any, citizen: Any) -> None:
    """With voice guidance on, switching language says the same screen again, in the new
    language, with that language's voice."""
    voice = kiosk.controller.voice
    citizen.start()
    kiosk.controller.toggle_voice()
    page_to(citizen, ITEM)
    citizen.tap(kiosk.window.home.tiles[ITEM])
    citizen.wait_for(lambda: any("办理前请了解" in s for s in voice.spoken), what="the notice")
    kiosk.controller.set_language("ug")
    citizen.wait_for(lambda: "بىجىرىشتىن بۇرۇن بىلىۋېلىڭ" in voice.spoken[-1], what="Uyghur")
    assert voice.language == "ug" and citizen.step_view() == "Notice"
    kiosk.controller.set_language("en_US")
    citizen.wait_for(lambda: "Before you start" in voice.spoken[-1], what="English")


def test_elderly_mode_shows_at_most_four_choices_of_a_question(kiosk: Any, citizen: Any) -> None:
    """The complaint form has five categories: in elderly mode four are shown, the fifth one
    tap away, and choosing it works like any other."""
    kiosk.controller.toggle_elderly()
    citizen.start()
    citizen.tap(kiosk.window.footer.complaint)
    citizen.tap(citizen.button("action-agree"))
    assert citizen.step_view() == "Form"

    def categories() -> list[str]:
        return [
            b.objectName()
            for b in _visible(kiosk.window, QAbstractButton)
            if b.objectName().startswith("choice-category-")
        ]

    assert len(categories()) == ELDERLY_CHOICES
    more = citizen.button("more-choice-category")
    assert more.height() >= 60 and more.text() == "更多选项（1/2）"
    citizen.tap(more)
    assert categories() == ["choice-category-other"]
    citizen.tap(citizen.button("choice-category-other"))
    assert citizen.button("choice-category-other").property("selected") is True  # kept in view
    kiosk.controller.toggle_elderly()  # normal mode: all five again
    citizen.pump(0.05)
    assert len(categories()) == 5
