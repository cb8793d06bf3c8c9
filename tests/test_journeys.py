"""Citizens using the real widgets from the attract screen to the rating, one test per item."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from typing import Any

import pytest

from tests.conftest import CITIZEN, HOMEOWNER

pytestmark = pytest.mark.journey


def _journey(citizen: Any, item_id: str, id_number: str = CITIZEN) -> int:
    """Run one item from the home screen; return the taps it took from home."""
    citizen.start()
    taps_before = citizen.taps
    citizen.run_item(item_id, id_number, rate=4)
    return citizen.taps - taps_before


def test_social_insurance_prints_a_receipt_of_the_contributions(kiosk: Any, citizen: Any) -> None:
    taps = _journey(citizen, "social_insurance_record")
    # tile, agree, print, rate: printing happens on the third tap, within the four allowed.
    assert taps == 4
    receipt = kiosk.devices.receipt_printer.tray[-1]
    text = "\n".join(line.text for line in receipt.lines)
    assert "社保参保缴费查询" in text
    assert "1101**********002X" in text and "11010519491231002X" not in text
    assert "2026-" in text and "640.00" in text  # the contribution rows
    assert "培训模式" in text
    [record] = kiosk.store.transactions()
    assert record["item_id"] == "social_insurance_record"
    assert record["outcome"] == "completed" and record["printed"] == "receipt"
    assert kiosk.store.ratings()[0]["level"] == 4


def test_no_housing_proof_prints_a_verifiable_a4_certificate(
    kiosk: Any, citizen: Any, tmp_path: Any
) -> None:
    taps = _journey(citizen, "no_housing_proof")
    assert taps == 5  # tile, agree, purpose, print (the 4 to paper), then the rating
    _title, pdf = kiosk.devices.document_printer.tray[-1]
    assert pdf.startswith(b"%PDF")
    (tmp_path / "cert.pdf").write_bytes(pdf)
    extracted = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "cert.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # Noto CJK maps some glyphs to Kangxi radicals in the PDF text layer; NFKC folds them back.
    text = unicodedata.normalize("NFKC", extracted)
    assert "无房证明" in text
    assert "测试甲" in text and "11010519491231002X" in text
    assert "WFZM-" in text  # the document number
    verify_url = re.search(r"http://\S+/verify/\S+", text).group(0)
    number = verify_url.split("/verify/")[1].split("?")[0]
    import requests

    answer = requests.get(verify_url, timeout=5).json()
    assert answer["valid"] is True and answer["document_number"] == number
    assert kiosk.store.transactions()[0]["printed"] == "a4"


def test_homeowner_is_told_why_and_gets_no_certificate(kiosk: Any, citizen: Any) -> None:
    citizen.start()
    citizen.tap(kiosk.window.home.tiles["no_housing_proof"])
    citizen.tap(citizen.button("action-agree"))
    citizen.tap(citizen.button("choice-purpose-purchase"))
    citizen.present_card(HOMEOWNER)
    citizen.wait_for(lambda: citizen.step_view() == "ResultView")
    assert "不能出具无房证明" in kiosk.window.step.view.statement
    assert not [b for b in kiosk.window.step.buttons if b.startswith("print:")]
    citizen.tap(citizen.button("action-finish"))
    citizen.wait_for(lambda: citizen.step_view() == "Rating")
    assert not kiosk.devices.document_printer.tray


def test_provident_fund_balance_and_deposits(kiosk: Any, citizen: Any) -> None:
    citizen.start()
    citizen.tap(kiosk.window.home.tiles["provident_fund_account"])
    citizen.tap(citizen.button("action-agree"))
    citizen.present_card(CITIZEN)
    citizen.wait_for(lambda: citizen.step_view() == "ResultView")
    view = kiosk.window.step.view
    rows = {label.get("zh_CN"): value for label, value in view.rows}
    assert rows["账户状态"] == "正常"
    assert rows["账户余额（元）"].count(".") == 1
    assert view.tables and len(view.tables[0].rows) == 12
    citizen.tap(kiosk.window.step.buttons["print:receipt"])
    citizen.wait_for(lambda: citizen.step_view() == "Rating")
    assert kiosk.window.findChild(type(kiosk.window.step.item_name), "printed").isVisible()
    citizen.tap(citizen.button("action-skip"))
    citizen.wait_for(lambda: citizen.screen() == "MessageScreen")
    assert kiosk.store.ratings()[0]["level"] is None  # skipped is recorded as not rated
