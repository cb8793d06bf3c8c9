"""Payments that never lose or double money: every order is in the store before it is sent,
every answer is written back, and anything left open (a crash, a pulled cable, a citizen who
walked away) is settled with the platform: closed if unpaid, refunded if paid for nothing."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from devices.interfaces import Receipt, ReceiptLine
from flows.context import PaymentOrder
from kiosk_app import faultpoints
from kiosk_app.platform_client import PlatformClient, PlatformError
from kiosk_app.store import Store

log = logging.getLogger(__name__)

# Store states. "creating": written, maybe sent; the platform may or may not have the order.
FINAL_STATES = frozenset({"delivered", "declined", "closed", "refunded"})


@dataclass(frozen=True)
class Settlement:
    """What settling did to one order, for the refund receipt and the records."""

    order_id: str
    transaction_id: str
    amount_fen: int
    outcome: str  # refunded, closed, delivered, declined, unresolved
    time: str


class PaymentService:
    def __init__(
        self,
        platform: PlatformClient,
        store: Store,
        poll_s: float = 1.0,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self.platform = platform
        self.store = store
        self.poll_s = poll_s
        self.now = now
        self._settle_lock = threading.Lock()

    # What the pay step calls (worker threads) ---------------------------------------------

    def create_order(
        self, key: str, transaction_id: str, item_id: str, amount_fen: int, payee: str, reason: str
    ) -> PaymentOrder:
        self.store.payment_intent(key, transaction_id, item_id, amount_fen)  # before sending
        faultpoints.reached("payment_before_send")
        answer = self.platform.create_order(key, transaction_id, item_id, amount_fen, payee, reason)
        faultpoints.reached("payment_after_send")
        order_id = str(answer["order_id"])
        status = str(answer.get("status", "pending"))
        self.store.payment_update(key, status, order_id)
        return PaymentOrder(
            key=key,
            order_id=order_id,
            amount_fen=int(str(answer.get("amount_fen", amount_fen))),
            qr_payload=str(answer.get("qr_payload", "")),
            expires_in_s=self._expires_in(answer),
        )

    def _expires_in(self, answer: dict[str, object]) -> float:
        try:
            expires = dt.datetime.fromisoformat(str(answer["expires_at"]))
        except (KeyError, ValueError):
            return 120.0
        now = dt.datetime.now(expires.tzinfo) if expires.tzinfo else self.now()
        return max(0.0, (expires - now).total_seconds())

    def wait_for_payment(self, order: PaymentOrder, stop: threading.Event) -> str:
        """Poll the order until it is final or `stop` is set. Network errors are retried:
        the order's state on the platform is what counts, not one failed poll."""
        deadline = self.now() + dt.timedelta(seconds=order.expires_in_s + 5)
        while not stop.is_set():
            try:
                status = str(self.platform.get_order(order.order_id)["status"])
            except PlatformError as error:
                log.info("payment poll failed: %s", error.kind)
                status = "pending"
            if status != "pending":
                self.store.payment_update(order.key, status)
                faultpoints.reached(f"payment_after_{status}")
                return status
            if self.now() > deadline:
                return self._close(order.key, order.order_id)
            stop.wait(self.poll_s)
        return "cancelled"

    def pay_with_code(self, order: PaymentOrder, auth_code: str) -> str:
        answer = self.platform.submit_pay_code(order.order_id, auth_code)
        status = str(answer.get("status", "pending"))
        self.store.payment_update(order.key, status)
        return status

    def mark_delivered(self, key: str) -> None:
        self.store.payment_update(key, "delivered")
        faultpoints.reached("payment_after_print")

    # Settling ---------------------------------------------------------------------------------

    def _close(self, key: str, order_id: str) -> str:
        status = str(self.platform.close_order(order_id).get("status", "closed"))
        self.store.payment_update(key, status)
        return status

    def _refund(self, key: str, order_id: str) -> str:
        self.store.payment_update(key, "refunding")  # before sending, like every change
        status = str(self.platform.refund_order(order_id, "service not delivered").get("status"))
        self.store.payment_update(key, status)
        return status

    def _settle_one(self, record: dict[str, object]) -> Settlement | None:
        key, order_id = str(record["idempotency_key"]), str(record["order_id"])
        state = str(record["state"])
        if state in FINAL_STATES:
            return None
        if state == "creating" or not order_id:
            found = self.platform.find_order(key)  # sent before a crash, or never?
            if found is None:
                self.store.payment_update(key, "closed")
                return self._settlement(record, "", "closed")
            order_id, state = str(found["order_id"]), str(found["status"])
            self.store.payment_update(key, state, order_id)
        if state == "pending":
            state = self._close(key, order_id)
        if state in ("paid", "refunding"):
            state = self._refund(key, order_id)
        return self._settlement(record, order_id, state)

    def _settlement(self, record: dict[str, object], order_id: str, outcome: str) -> Settlement:
        return Settlement(
            order_id=order_id,
            transaction_id=str(record["transaction_id"]),
            amount_fen=int(str(record["amount_fen"])),
            outcome=outcome,
            time=self.now().strftime("%Y-%m-%d %H:%M"),
        )

    def settle(self, transaction_id: str | None = None) -> list[Settlement]:
        """Settle the open orders of one transaction (at session end) or of all (at start and
        periodically). One settler at a time, so an order is never refunded twice here; the
        platform's refund is idempotent as well."""
        settled = []
        with self._settle_lock:
            for record in self.store.payments(transaction_id):
                try:
                    result = self._settle_one(record)
                except PlatformError as error:
                    log.warning("payment settling deferred: %s", error.kind)
                    continue
                if result is not None:
                    log.info("payment %s settled: %s", result.order_id or "-", result.outcome)
                    settled.append(result)
        return settled


def refund_receipt(site_name: str, settlement: Settlement) -> Receipt:
    """Paper for a citizen whose service failed after paying: amount, order, time; no card."""
    fen = settlement.amount_fen
    return Receipt(
        (
            ReceiptLine(site_name, bold=True, centered=True),
            ReceiptLine("退款凭条 REFUND", bold=True, centered=True, large=True),
            ReceiptLine(f"退款金额：{fen // 100}.{fen % 100:02d} 元"),
            ReceiptLine(f"订单号：{settlement.order_id}"),
            ReceiptLine(f"办件编号：{settlement.transaction_id}"),
            ReceiptLine(f"时间：{settlement.time}"),
            ReceiptLine("服务未完成，款项已原路退回。"),
            ReceiptLine("咨询投诉 12345", centered=True),
        )
    )
