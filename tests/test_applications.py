"""The three applications driven through the real screens to their case number: form, scanned
material (simulated scanner, real image processing), signature drawn with the mouse, the
application PDF received by the sandbox platform, the receipt, and nothing left on disk."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.conftest import CITIZEN, HOMEOWNER

pytestmark = pytest.mark.journey

SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def open_item(citizen: Any, item_id: str) -> None:
    """From home to the item's notice: its tile, after its department's tab if need be."""
    home = citizen.window.home
    if item_id not in home.tiles:
        department = citizen.kiosk.catalogue.get(item_id).department
        citizen.tap(citizen.button(f"tab-{department}"))
    citizen.tap(home.tiles[item_id])
    citizen.wait_for(lambda: citizen.step_view() == "Notice", what="the notice")
    citizen.tap(citizen.button("action-agree"))


def identify(citizen: Any, id_number: str) -> None:
    citizen.wait_for(lambda: citizen.step_view() == "InsertCard", what="the card prompt")
    citizen.present_card(id_number)
    citizen.wait_for(lambda: citizen.step_view() == "Form", what="the form", timeout_s=15)


def scan_pages(citizen: Any, pages: int, shot: str = "") -> None:
    for page in range(pages):
        citizen.wait_for(lambda: citizen.step_view() == "ScanPrompt", what="the scan prompt")
        citizen.tap(citizen.button("action-scan"))
        citizen.wait_for(lambda: citizen.step_view() == "ScanPreview", what="the preview")
        assert citizen.window.step.view.problems == ()
        if shot and page == 0:
            save(citizen, shot)
        citizen.tap(citizen.button("action-confirm"))
    if citizen.step_view() == "ScanPrompt":  # fewer pages than the most allowed
        citizen.tap(citizen.button("action-done"))


def sign_and_submit(citizen: Any, shot: str = "") -> None:
    citizen.wait_for(lambda: citizen.step_view() == "Signing", what="the signature pad")
    citizen.sign()
    if shot:
        save(citizen, shot)
    citizen.tap(citizen.button("action-sign"))
    citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="the case number")


def shown(kiosk: Any, name: str) -> Any:
    """The label of this name on the screen now (old screens' widgets are hidden)."""
    from PySide6.QtWidgets import QLabel

    found = [w for w in kiosk.window.step.findChildren(QLabel, name) if w.isVisible()]
    assert found, f"no visible {name}"
    return found[0]


def signature_pad(kiosk: Any) -> Any:
    from ui.components.signature_pad import SignaturePad

    [pad] = [p for p in kiosk.window.step.findChildren(SignaturePad) if p.isVisible()]
    return pad


def save(citizen: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    citizen.pump(0.05)
    citizen.window.grab().save(str(SCREENSHOTS / name))


def finish_with_receipt(citizen: Any, kiosk: Any) -> str:
    """Print the receipt, rate, leave; the receipt's text."""
    citizen.tap(kiosk.window.step.buttons["print:receipt"])
    citizen.wait_for(lambda: citizen.step_view() == "Rating", what="printing")
    citizen.tap(citizen.button("rate-5"))
    citizen.wait_for(lambda: citizen.screen() == "MessageScreen", what="goodbye")
    citizen.take_card()
    receipt = kiosk.devices.receipt_printer.tray[-1]
    return "\n".join(line.text for line in receipt.lines)


def pdf_text(pdf: bytes, folder: Path) -> str:
    path = folder / "application.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", text)  # Noto CJK maps some glyphs to radicals


def pdf_images(pdf: bytes, folder: Path) -> list[str]:
    """`pdfimages -list` rows: page, number, type, width, height ..."""
    path = folder / "application.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return listing.splitlines()[2:]


def signature_ink(pdf: bytes, folder: Path) -> float:
    """Share of dark pixels in the first image of page 1 (the signature)."""
    import cv2
    import numpy as np

    path = folder / "application.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdfimages", "-f", "1", "-l", "1", "-png", str(path), str(folder / "img")], check=True
    )
    first = sorted(folder.glob("img-*.png"))[0]
    image = cv2.imread(str(first), cv2.IMREAD_GRAYSCALE)
    assert image is not None
    return float(np.count_nonzero(image < 128)) / image.size


def nothing_on_disk(root: Path, secrets: list[bytes]) -> None:
    """No file the kiosk wrote holds a scanned image, a PDF or the citizen's name/number."""
    for path in root.rglob("*"):
        if not path.is_file() or "inspect" in path.parts:
            continue
        data = path.read_bytes()
        assert not data.startswith(b"%PDF"), path
        assert b"\xff\xd8\xff" not in data, f"a JPEG in {path}"
        for secret in secrets:
            assert secret not in data, f"citizen data in {path}"


def check_case(kiosk: Any, citizen: Any, item_id: str) -> dict[str, Any]:
    view = kiosk.window.step.view
    rows = {label.get("zh_CN"): value for label, value in view.rows}
    case_number = rows["受理编号"]
    assert re.fullmatch(r"[A-Z]+-\d{4}-\d{6}", case_number)
    assert case_number in view.statement
    [received] = [c for c in kiosk.sandbox.applications.received if c["item_id"] == item_id]
    assert received["case_number"] == case_number
    return dict(received)


def test_flexible_employment_insurance_form_and_signature(
    kiosk: Any, citizen: Any, tmp_path: Path
) -> None:
    inspect = tmp_path / "inspect"
    inspect.mkdir()
    citizen.start()
    open_item(citizen, "flexible_employment_insurance")
    identify(citizen, HOMEOWNER)
    citizen.tap(citizen.button("choice-start_month-next"))
    citizen.tap(citizen.button("choice-grade-100"))
    citizen.type_keys("phone", "13800138000")
    citizen.tap(citizen.button("action-submit"))
    sign_and_submit(citizen, shot="sign.png")
    received = check_case(kiosk, citizen, "flexible_employment_insurance")
    [transaction] = kiosk.store.transactions()
    assert received["transaction_id"] == transaction["id"]
    assert received["form"] == {"start_month": "next", "grade": "100", "phone": "13800138000"}
    text = pdf_text(received["pdf"], inspect)
    assert "灵活就业人员参保登记申请表" in text
    assert "测试乙" in text and "110105198506150049" in text
    assert f"办件编号:{transaction['id']}" in text.replace(" ", "")
    signed = re.search(r"签名时间:(\d{4}-\d{2}-\d{2}\d{2}:\d{2}:\d{2})", text.replace(" ", ""))
    assert signed is not None
    assert received["signed_at"].replace(" ", "") == signed.group(1)
    assert "100%" in text and "下月" in text and "13800138000" in text
    assert len(pdf_images(received["pdf"], inspect)) == 1  # the signature, no scans
    assert signature_ink(received["pdf"], inspect) > 0.005  # what was drawn is in it
    receipt = finish_with_receipt(citizen, kiosk)
    assert received["case_number"] in receipt
    nothing_on_disk(tmp_path, ["测试乙".encode(), b"110105198506150049", b"13800138000"])


def test_provident_fund_withdrawal_with_a_scanned_proof(
    kiosk: Any, citizen: Any, tmp_path: Path
) -> None:
    inspect = tmp_path / "inspect"
    inspect.mkdir()
    citizen.start()
    open_item(citizen, "provident_fund_withdrawal")
    identify(citizen, CITIZEN)
    citizen.tap(citizen.button("choice-reason-retirement"))
    citizen.type_keys("amount", "12000.50")
    citizen.type_keys("phone", "13900139000")
    citizen.tap(citizen.button("action-submit"))
    scan_pages(citizen, 2, shot="scan.png")
    sign_and_submit(citizen)
    received = check_case(kiosk, citizen, "provident_fund_withdrawal")
    assert received["pages"] == 2
    images = pdf_images(received["pdf"], inspect)
    assert [row.split()[0] for row in images] == ["1", "2", "3"]  # signature, then 2 pages
    text = pdf_text(received["pdf"], inspect)
    assert "附件1:提取证明材料" in text.replace(" ", "")
    assert "12000.50" in text
    # The case can be followed by its number alone.
    follow = requests.get(
        f"{kiosk.sandbox.base_url}/api/v1/cases/{received['case_number']}", timeout=5
    )
    assert follow.json()["status"] == "received"
    assert kiosk.platform.case_status(received["case_number"])["status_text"] == "已受理，等待审核"
    receipt = finish_with_receipt(citizen, kiosk)
    assert received["case_number"] in receipt
    nothing_on_disk(tmp_path, ["测试甲".encode(), b"11010519491231002X", b"13900139000"])


def test_minimum_living_allowance_blurred_scan_is_refused_then_retaken(
    kiosk: Any, citizen: Any, tmp_path: Path
) -> None:
    scanner = kiosk.devices.scanner
    scanner.presenting = "nothing"  # the citizen forgot to put the booklet down
    citizen.start()
    open_item(citizen, "minimum_living_allowance")
    identify(citizen, CITIZEN)
    citizen.type_keys("household_size", "3")
    citizen.type_keys("phone", "13700137000")
    citizen.tap(citizen.button("action-submit"))
    citizen.wait_for(lambda: citizen.step_view() == "ScanPrompt", what="the scan prompt")
    citizen.tap(citizen.button("action-scan"))
    citizen.wait_for(lambda: citizen.step_view() == "ScanPrompt", what="the prompt again")
    citizen.wait_for(lambda: kiosk.window.step.view.error == "scanner_no_document")
    assert "没有检测到材料" in shown(kiosk, "scan-error").text()  # said how, not a dead end
    scanner.presenting = "blurred"  # put down, but it moved
    citizen.tap(citizen.button("action-scan"))
    citizen.wait_for(lambda: citizen.step_view() == "ScanPreview", what="the preview")
    assert kiosk.window.step.view.problems == ("scan_blurred",)
    assert "模糊" in shown(kiosk, "scan-problem-scan_blurred").text()
    with pytest.raises(LookupError):
        citizen.button("action-confirm")  # an illegible page cannot be sent
    kiosk.controller.flow_action("confirm", None)  # nor sent by a forged touch
    assert citizen.step_view() == "ScanPreview"
    save(citizen, "scan-blurred.png")
    scanner.presenting = "skewed"  # pressed flat, but put down crooked: straightened
    citizen.tap(citizen.button("action-retake"))
    scan_pages(citizen, 1)
    sign_and_submit(citizen)
    received = check_case(kiosk, citizen, "minimum_living_allowance")
    assert received["pages"] == 1 and received["form"]["household_size"] == "3"
    receipt = finish_with_receipt(citizen, kiosk)
    assert received["case_number"] in receipt
    nothing_on_disk(tmp_path, ["测试甲".encode(), b"11010519491231002X", b"13700137000"])


def test_an_empty_or_tiny_signature_is_refused_with_a_message(kiosk: Any, citizen: Any) -> None:
    citizen.start()
    open_item(citizen, "flexible_employment_insurance")
    identify(citizen, HOMEOWNER)
    citizen.tap(citizen.button("choice-start_month-current"))
    citizen.tap(citizen.button("choice-grade-60"))
    citizen.type_keys("phone", "13800138000")
    citizen.tap(citizen.button("action-submit"))
    citizen.wait_for(lambda: citizen.step_view() == "Signing", what="the signature pad")
    citizen.tap(citizen.button("action-sign"))
    assert kiosk.window.step.view.error == "signature_empty"
    assert "还没有签名" in shown(kiosk, "signature-error").text()
    citizen.sign([[(0.5, 0.5), (0.52, 0.51)]])  # a tick is not a signature
    citizen.tap(citizen.button("action-sign"))
    assert kiosk.window.step.view.error == "signature_too_small"
    assert "太小" in shown(kiosk, "signature-error").text()
    for forged in ("x", {"strokes": [[["a", 1]]], "aspect": 2}, {"strokes": [], "aspect": 2}):
        kiosk.controller.flow_action("sign", forged)  # whatever the screen sends: no traceback
        assert citizen.step_view() == "Signing" and kiosk.window.step.view.error
    citizen.pump()
    assert not kiosk.sandbox.applications.received
    citizen.sign()
    kiosk.controller.next_language()  # English mid-signature: what was signed stays
    citizen.pump()
    assert not signature_pad(kiosk).is_empty()
    kiosk.controller.set_language("zh_CN")
    citizen.pump()
    assert not signature_pad(kiosk).is_empty()
    citizen.tap(citizen.button("action-clear"))  # clear and sign again
    assert signature_pad(kiosk).is_empty()
    citizen.sign()
    citizen.tap(citizen.button("action-sign"))
    citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="the case number")
    assert len(kiosk.sandbox.applications.received) == 1


def test_scanner_down_puts_only_scanning_items_out_of_service(kiosk: Any, citizen: Any) -> None:
    from devices.status import DeviceState

    citizen.start()
    citizen.wait_for(lambda: kiosk.devices.scanner.status.state is DeviceState.ONLINE)
    kiosk.devices.scanner.inject(state=DeviceState.OFFLINE)
    citizen.wait_for(
        lambda: "provident_fund_withdrawal" in kiosk.controller.unavailable_items(),
        what="the item out of service",
    )
    unavailable = kiosk.controller.unavailable_items()
    scanning = {i.id for i in kiosk.catalogue.items if any(s.type == "scan" for s in i.steps)}
    assert scanning <= unavailable
    assert "flexible_employment_insurance" not in unavailable  # form and signature only
    [fault] = [f for f in kiosk.store.open_faults() if f["source"] == "scanner"]
    assert (fault["category"], fault["code"], fault["severity"]) == (
        "hardware",
        "peripheral_unresponsive",
        "severe",
    )
    kiosk.devices.scanner.inject(state=DeviceState.ONLINE)  # it comes back by itself
    citizen.wait_for(
        lambda: "provident_fund_withdrawal" not in kiosk.controller.unavailable_items(),
        what="the item back in service",
    )
    assert not [f for f in kiosk.store.open_faults() if f["source"] == "scanner"]


def test_no_stall_while_scanning_and_a_failed_submission_is_retried(
    kiosk: Any, citizen: Any
) -> None:
    from kiosk_app.stall import StallMonitor
    from tests.conftest import settle_garbage

    citizen.start()
    open_item(citizen, "provident_fund_withdrawal")
    identify(citizen, CITIZEN)
    citizen.tap(citizen.button("choice-reason-rent"))
    citizen.type_keys("amount", "800")
    citizen.type_keys("phone", "13900139000")
    citizen.tap(citizen.button("action-submit"))
    settle_garbage()
    # From the scanner to the case number; scanning, PDF and upload each take longer than this.
    monitor = StallMonitor(stall_ms=250)
    monitor.start()
    scan_pages(citizen, 1)
    citizen.wait_for(lambda: citizen.step_view() == "Signing", what="the signature pad")
    citizen.sign()
    kiosk.sandbox.set_fault(status=500, count=1)  # the platform fails once
    citizen.tap(citizen.button("action-sign"))
    citizen.wait_for(lambda: citizen.step_view() == "Problem", what="the failure")
    assert "政务服务平台" in shown(kiosk, "problem").text()
    citizen.tap(citizen.button("action-retry"))  # signed once, sent again
    citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="the case number")
    monitor.stop()
    assert monitor.stalls == [], f"GUI thread stalls (ms): {monitor.stalls}"
    assert len(kiosk.sandbox.applications.received) == 1


def test_leaving_on_the_preview_drops_the_scanned_page(kiosk: Any, citizen: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLabel

    citizen.start()
    open_item(citizen, "minimum_living_allowance")
    identify(citizen, CITIZEN)
    citizen.type_keys("household_size", "2")
    citizen.type_keys("phone", "13700137000")
    citizen.tap(citizen.button("action-submit"))
    citizen.wait_for(lambda: citizen.step_view() == "ScanPrompt", what="the scan prompt")
    citizen.tap(citizen.button("action-scan"))
    citizen.wait_for(lambda: citizen.step_view() == "ScanPreview", what="the preview")
    citizen.tap(citizen.button("cancel"))
    citizen.wait_for(lambda: citizen.screen() == "MessageScreen", what="goodbye")
    # Deleted widgets go when the event loop next turns (processEvents alone keeps them).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert kiosk.window.step.view is None
    assert not kiosk.window.step.findChildren(QLabel, "scan-preview")
    assert not kiosk.sandbox.applications.received


def test_a_citizen_follows_the_new_case_on_the_kiosk(kiosk: Any, citizen: Any) -> None:
    citizen.start()
    open_item(citizen, "flexible_employment_insurance")
    identify(citizen, HOMEOWNER)
    citizen.tap(citizen.button("choice-start_month-current"))
    citizen.tap(citizen.button("choice-grade-300"))
    citizen.type_keys("phone", "13800138000")
    citizen.tap(citizen.button("action-submit"))
    sign_and_submit(citizen)
    case_number = kiosk.sandbox.applications.received[0]["case_number"]
    assert "办件进度查询" in kiosk.window.step.view.statement  # where to follow it
    finish_with_receipt(citizen, kiosk)
    citizen.tap(kiosk.window.message.ok)
    citizen.start()
    open_item(citizen, "case_progress")
    citizen.wait_for(lambda: citizen.step_view() == "InsertCard", what="the card prompt")
    citizen.present_card(HOMEOWNER)
    citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="the cases", timeout_s=15)
    [table] = kiosk.window.step.view.tables
    assert table.rows[0][:3] == (case_number, "灵活就业人员参保登记", "已受理，等待审核")
    receipt = finish_with_receipt(citizen, kiosk)
    assert case_number in receipt
