"""Paying a fee: by QR code, by payment code at the scanner, declined, timed out, cancelled, and
a service that fails after payment. Money is checked on the sandbox's ledger each time."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from devices.status import MediaState
from tests.conftest import HOMEOWNER

pytestmark = pytest.mark.journey
ITEM = "real_estate_register_extract"


def _to_payment(citizen: Any, kiosk: Any) -> str:
    citizen.start()
    citizen.tap(kiosk.window.home.tiles[ITEM])
    citizen.wait_for(lambda: citizen.step_view() == "Notice")
    citizen.tap(citizen.button("action-agree"))
    citizen.present_card(HOMEOWNER)
    citizen.wait_for(lambda: citizen.step_view() == "Payment", what="the payment screen")
    return str(kiosk.controller.session.transaction_id)


def _text(kiosk: Any, name: str) -> str:
    return " ".join(w.text() for w in kiosk.window.findChildren(QLabel, name) if w.isVisible())


def _payments_settled(kiosk: Any, transaction_id: str) -> bool:
    states = [p["state"] for p in kiosk.store.payments(transaction_id)]
    return bool(states) and all(
        s in ("delivered", "declined", "closed", "refunded") for s in states
    )


def test_fee_is_shown_up_front_and_paid_by_qr_before_delivery(kiosk: Any, citizen: Any) -> None:
    citizen.start()
    citizen.tap(kiosk.window.home.tiles[ITEM])
    citizen.wait_for(lambda: citizen.step_view() == "Notice")
    assert "5.00" in " ".join(w.text() for w in kiosk.window.findChildren(QLabel) if w.isVisible())
    citizen.tap(citizen.button("action-agree"))
    citizen.present_card(HOMEOWNER)
    citizen.wait_for(lambda: citizen.step_view() == "Payment")
    transaction_id = kiosk.controller.session.transaction_id
    assert "5.00" in _text(kiosk, "amount")
    qr = [
        w
        for w in kiosk.window.findChildren(type(kiosk.window.footer.qr))
        if w.objectName() == "payment-qr"
    ]
    assert qr and "/pay/" in qr[0].payload
    assert "秒后失效" in _text(kiosk, "payment-countdown")
    # Nothing is delivered before the money arrives: the record is a pending order.
    assert [p["state"] for p in kiosk.store.payments(transaction_id)] == ["pending"]
    citizen.pay_by_phone()
    citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="the result")
    assert "不动产共 1 处" in kiosk.window.step.view.statement
    citizen.tap(kiosk.window.step.buttons["print:a4"])
    citizen.wait_for(lambda: citizen.step_view() == "Rating")
    assert kiosk.sandbox.payments.charged_fen(transaction_id) == 500
    assert kiosk.store.payments(transaction_id)[0]["state"] == "delivered"
    fee_receipt = "\n".join(line.text for line in kiosk.devices.receipt_printer.tray[-1].lines)
    assert "5.00" in fee_receipt and "订单号" in fee_receipt
    citizen.tap(citizen.button("rate-5"))
    citizen.pump(0.3)
    assert kiosk.sandbox.payments.charged_fen(transaction_id) == 500  # kept: it was delivered


def test_payment_code_at_the_scanner(kiosk: Any, citizen: Any) -> None:
    transaction_id = _to_payment(citizen, kiosk)
    window = kiosk.window.windowHandle()
    assert window is not None
    for digit in "134567890123456789":  # a WeChat-style code, typed fast as a scanner does
        QTest.keyClick(window, ord(digit))
    QTest.keyClick(window, Qt.Key.Key_Return)
    citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="the result")
    assert kiosk.sandbox.payments.charged_fen(transaction_id) == 500


def test_declined_payment_takes_nothing_and_offers_retry(kiosk: Any, citizen: Any) -> None:
    transaction_id = _to_payment(citizen, kiosk)
    kiosk.sandbox.payments.decline(kiosk.controller.session.engine.data.order.order_id)
    citizen.wait_for(lambda: citizen.step_view() == "Problem", what="the decline")
    assert kiosk.window.step.view.message == "payment_declined"
    citizen.tap(citizen.button("action-retry"))  # a new order, a new QR code
    citizen.wait_for(lambda: citizen.step_view() == "Payment")
    citizen.pay_by_phone()
    citizen.wait_for(lambda: citizen.step_view() == "ResultView")
    assert kiosk.sandbox.payments.charged_fen(transaction_id) == 500
    assert [p["state"] for p in kiosk.store.payments(transaction_id)] == ["declined", "paid"]


def test_timed_out_payment_closes_the_order(kiosk: Any, citizen: Any) -> None:
    kiosk.sandbox.payments.set_defaults(order_ttl_s=1.0)
    transaction_id = _to_payment(citizen, kiosk)
    citizen.wait_for(lambda: citizen.step_view() == "Problem", timeout_s=15, what="the timeout")
    assert kiosk.window.step.view.message == "payment_timeout"
    citizen.tap(citizen.button("action-exit"))
    citizen.wait_for(lambda: _payments_settled(kiosk, transaction_id), what="settling")
    assert kiosk.sandbox.payments.charged_fen(transaction_id) == 0
    assert kiosk.store.payments(transaction_id)[0]["state"] == "closed"


def test_cancel_on_the_payment_screen_closes_the_order(kiosk: Any, citizen: Any) -> None:
    transaction_id = _to_payment(citizen, kiosk)
    citizen.tap(citizen.button("cancel"))
    citizen.wait_for(lambda: _payments_settled(kiosk, transaction_id), what="settling")
    [order] = kiosk.sandbox.payments.orders()
    assert order["status"] == "closed"
    assert kiosk.sandbox.payments.charged_fen(transaction_id) == 0


def test_service_failing_after_payment_is_refunded_with_a_receipt(kiosk: Any, citizen: Any) -> None:
    transaction_id = _to_payment(citizen, kiosk)
    citizen.pay_by_phone()
    citizen.wait_for(lambda: citizen.step_view() == "ResultView")
    kiosk.devices.document_printer.inject(media=MediaState.OUT)
    citizen.wait_for(lambda: ITEM in kiosk.controller.unavailable_items())
    citizen.tap(kiosk.window.step.buttons["print:a4"])
    citizen.wait_for(lambda: citizen.step_view() == "Problem")
    assert kiosk.window.step.view.message == "printer_out_of_paper"
    citizen.tap(citizen.button("action-exit"))
    citizen.wait_for(lambda: _payments_settled(kiosk, transaction_id), what="the refund")
    assert kiosk.store.payments(transaction_id)[0]["state"] == "refunded"
    assert kiosk.sandbox.payments.charged_fen(transaction_id) == 0
    citizen.wait_for(
        lambda: (
            any("退款" in line.text for line in kiosk.devices.receipt_printer.tray[-1].lines)
            if kiosk.devices.receipt_printer.tray
            else False
        ),
        what="the refund receipt",
    )
    refund = "\n".join(line.text for line in kiosk.devices.receipt_printer.tray[-1].lines)
    assert "5.00" in refund and "订单号" in refund and HOMEOWNER not in refund
