"""Every string translated, language switched live mid-flow, and screens a finger can use at
both kiosk resolutions."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk_app.demo import LANDSCAPE, PORTRAIT
from tests.conftest import CITIZEN

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.journey


def _ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


SHIPPED = ("en_US", "zh_TW", "ug")  # zh_CN is the source language
_PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*\}|%L?\d+|%n")


def test_every_language_has_a_catalogue_compiled_from_it() -> None:
    for language in SHIPPED:
        ts, qm = ROOT / "i18n" / f"{language}.ts", ROOT / "i18n" / f"{language}.qm"
        assert ET.parse(ts).getroot().get("language") == language
        assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 5, f"lrelease {ts}"


@pytest.mark.parametrize("language", SHIPPED)
def test_catalogue_is_complete_and_current(tmp_path: Path, language: str) -> None:
    committed = _ts_messages(ROOT / "i18n" / f"{language}.ts")
    unfinished = [
        src
        for key, m in committed.items()
        for src in [key[1]]
        if m.find("translation") is None
        or m.find("translation").get("type") == "unfinished"
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == [], f"{language}: untranslated or unfinished"
    # {0}, {left}, %1: a translation must carry exactly the placeholders of its source.
    wrong = [
        (source, m.findtext("translation"))
        for (_context, source), m in committed.items()
        if sorted(_PLACEHOLDER.findall(source))
        != sorted(_PLACEHOLDER.findall(m.findtext("translation") or ""))
    ]
    assert wrong == [], f"{language}: placeholders differ"
    # Re-extract the strings from the code: nothing new may be missing from the catalogue.
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for d in ("kiosk_app", "ui") for p in (ROOT / d).rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [
            str(lupdate),
            *sources,
            "-ts",
            str(fresh),
            "-locations",
            "none",
            "-source-language",
            "zh_CN",
            "-target-language",
            language,
        ],
        check=True,
        capture_output=True,
    )
    missing = sorted(set(_ts_messages(fresh)) - set(committed))
    assert missing == [], f"run `make i18n` and translate: {missing}"


def test_the_placeholder_check_catches_a_mismatch() -> None:
    assert sorted(_PLACEHOLDER.findall("第 {0} 步，共 {1} 步")) != sorted(
        _PLACEHOLDER.findall("Step {0} of {2}")
    )
    assert _PLACEHOLDER.findall("%1 and %L2 {left}") == ["%1", "%L2", "{left}"]


def test_every_item_names_itself_in_every_configured_language(kiosk: Any) -> None:
    for item in kiosk.catalogue.items:
        for language in kiosk.config.ui.languages:
            assert item.name.by_language.get(language), (item.id, language)


def test_switching_language_mid_flow_keeps_the_step_and_data(kiosk: Any, citizen: Any) -> None:
    citizen.start()
    citizen.tap(kiosk.window.home.tiles["provident_fund_account"])
    citizen.tap(citizen.button("action-agree"))
    citizen.present_card(CITIZEN)
    citizen.wait_for(lambda: citizen.step_view() == "ResultView")
    citizen.tap(kiosk.window.footer.language)
    assert kiosk.controller.language == "en_US"
    assert kiosk.window.step.item_name.text() == "Provident fund balance"
    assert kiosk.window.footer.help.text() == "Call for help"
    assert "Print receipt" in [
        b.text() for b in kiosk.window.findChildren(QAbstractButton) if b.isVisible()
    ]
    assert citizen.step_view() == "ResultView" and kiosk.controller.session is not None
    for _ in range(len(kiosk.config.ui.languages) - 1):  # round the list, back to Chinese
        citizen.tap(kiosk.window.footer.language)
    assert kiosk.controller.language == "zh_CN"
    assert kiosk.window.footer.help.text() == "呼叫帮助"


@pytest.mark.parametrize("english", [False, True], ids=["zh", "en"])
@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
@pytest.mark.parametrize("elderly", [False, True], ids=["normal", "elderly"])
def test_touch_targets_and_footer_on_every_screen(
    kiosk: Any, citizen: Any, size: Any, elderly: bool, english: bool
) -> None:
    kiosk.window.resize(*size)
    if elderly:
        kiosk.controller.toggle_elderly()
    if english:
        kiosk.controller.next_language()
    minimum = 60 if elderly else 44
    seen = []

    def check(name: str) -> None:
        citizen.pump(0.02)
        seen.append(name)
        window = kiosk.window
        footer = window.footer
        assert footer.isVisible() and footer.geometry().bottom() <= window.height()
        assert footer.geometry().top() >= window.body.geometry().bottom()  # nothing covers it
        for button in window.findChildren(QAbstractButton):
            if button.isVisible():
                assert button.width() >= minimum and button.height() >= minimum, (
                    name,
                    button.text(),
                )
                if button.text():  # its words and padding fit: nothing cut off
                    needed = button.sizeHint().width()
                    assert needed <= button.width() + 1, (name, button.text(), button.width())
        for label in window.findChildren(QLabel):
            if label.isVisible() and label.text() and not label.wordWrap():
                assert label.sizeHint().width() <= label.width() + 2, (
                    name,
                    label.text(),
                )  # not cut

    citizen.start()
    check("home")
    citizen.tap(kiosk.window.home.tiles["no_housing_proof"])
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
    assert len(seen) == 7


def test_the_kiosk_offers_every_shipped_language_with_a_catalogue() -> None:
    """Config, item files and Qt catalogues agree on the four languages."""
    from flows.model import SHIPPED_LANGUAGES
    from kiosk_app.config import Config

    assert set(Config.model_validate({}).ui.languages) == set(SHIPPED_LANGUAGES)
    assert {p.stem for p in (ROOT / "i18n").glob("*.ts")} == set(SHIPPED_LANGUAGES) - {"zh_CN"}
