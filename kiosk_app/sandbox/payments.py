"""The sandbox's simulated payment provider: scan-to-pay orders that never lose or double money.

Stands behind the platform's payment API (std 4.1d, 缴费). Orders live in memory under one lock.
The rules that keep money safe whatever the kiosk retries:

- an idempotency key makes at most one order; a retried create gets the same order back;
- an order is charged only on its one move from pending to paid, and refunded only on its one
  move from paid to refunded; every charge and refund is a ledger entry naming the order;
- an expired pending order is closed before anything else looks at it, so it can never be paid.

No citizen data is ever part of a payment: request fields are an allow-list, a pay code is kept
only as a digest (to recognise a retry), and log lines carry order ids, events and amounts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import html
import logging
import math
import re
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal, cast

_log = logging.getLogger(__name__)

OrderStatus = Literal["pending", "paid", "declined", "closed", "refunded"]
Outcome = Literal["approve", "decline", "pending"]
OUTCOMES: Final = ("approve", "decline", "pending")
DEFAULT_ORDER_TTL_S: Final = 120.0
MAX_ORDER_TTL_S: Final = 24 * 3600.0
MAX_AMOUNT_FEN: Final = 1_000_000
MAX_TEXT: Final = 200
ORDER_ID: Final = re.compile(r"^PAY[0-9]{12}$")
IDEMPOTENCY_KEY: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
# A payment app's code, as the barcode scanner reads it: 16-24 digits; WeChat codes start 10-15,
# Alipay codes 25-30.
AUTH_CODE: Final = re.compile(r"^(?:1[0-5]|2[5-9]|30)[0-9]{14,22}$")

_CREATE_FIELDS = frozenset(
    {"idempotency_key", "transaction_id", "item_id", "amount_fen", "payee", "reason", "kiosk_id"}
)
_STATUS_ZH: Mapping[str, str] = {
    "pending": "待支付",
    "paid": "已支付",
    "declined": "支付失败",
    "closed": "已关闭",
    "refunded": "已退款",
}


class PaymentError(Exception):
    """An error answer from the payment API; `order` (a copy) rides along on state conflicts."""

    def __init__(
        self, status: int, code: str, message: str, order: dict[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.order = order

    def body(self) -> dict[str, object]:
        body: dict[str, object] = {"error": {"code": self.code, "message": self.message}}
        if self.order is not None:
            body["order"] = self.order
        return body


@dataclass(frozen=True)
class OrderRequest:
    """A validated create request: what the order is for, never who pays it."""

    idempotency_key: str
    transaction_id: str
    item_id: str
    amount_fen: int
    payee: str
    reason: str


@dataclass
class _Order:
    order_id: str
    request: OrderRequest
    created: dt.datetime
    expires: dt.datetime
    auto_approve_at: dt.datetime | None
    qr_payload: str
    status: OrderStatus = "pending"
    method: str = ""
    paid: dt.datetime | None = None
    refunded: dt.datetime | None = None
    auth_digest: str = ""  # of the last pay code: recognises a retry, never keeps the code

    def view(self) -> dict[str, object]:
        r = self.request
        return {
            "order_id": self.order_id,
            "idempotency_key": r.idempotency_key,
            "transaction_id": r.transaction_id,
            "item_id": r.item_id,
            "amount_fen": r.amount_fen,
            "payee": r.payee,
            "reason": r.reason,
            "status": self.status,
            "created_at": _iso(self.created),
            "expires_at": _iso(self.expires),
            "paid_at": _iso(self.paid) if self.paid else None,
            "refunded_at": _iso(self.refunded) if self.refunded else None,
            "method": self.method,
            "qr_payload": self.qr_payload,
        }


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _seconds(value: object, name: str, maximum: float, allow_zero: bool) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{name} must be a number or null")
    if value < 0 or (value == 0 and not allow_zero) or value > maximum:
        raise ValueError(f"{name} is out of range")
    return float(value)


class PaymentProvider:
    """The simulated provider. Every public method is thread-safe and returns copies."""

    def __init__(self, clock: Callable[[], dt.datetime], base_url: Callable[[], str]) -> None:
        self._clock = clock
        self._base_url = base_url
        self._secret = secrets.token_bytes(32)  # keys the pay-code digests
        self._lock = threading.Lock()
        self._orders: dict[str, _Order] = {}
        self._by_key: dict[str, _Order] = {}
        self._ledger: list[dict[str, object]] = []
        self._next_outcome: Outcome | None = None
        self._auto_approve_after_s: float | None = None
        self._order_ttl_s = DEFAULT_ORDER_TTL_S

    # -- defaults (sandbox control) --------------------------------------------------------

    def set_defaults(
        self,
        next_outcome: str | None = None,
        auto_approve_after_s: float | None = None,
        order_ttl_s: float | None = None,
    ) -> dict[str, object]:
        """Replace all defaults; None restores each standard one (approve, off, 120 s).

        next_outcome decides every following pay-code payment until changed; the other two are
        stamped into orders created from now on. Raises ValueError on nonsense.
        """
        if next_outcome is not None and next_outcome not in OUTCOMES:
            raise ValueError("next_outcome must be approve, decline, pending or null")
        auto = _seconds(auto_approve_after_s, "auto_approve_after_s", MAX_ORDER_TTL_S, True)
        ttl = _seconds(order_ttl_s, "order_ttl_s", MAX_ORDER_TTL_S, False)
        with self._lock:
            self._next_outcome = cast(Outcome | None, next_outcome)
            self._auto_approve_after_s = auto
            self._order_ttl_s = DEFAULT_ORDER_TTL_S if ttl is None else ttl
            return self._defaults_locked()

    def defaults(self) -> dict[str, object]:
        with self._lock:
            return self._defaults_locked()

    def _defaults_locked(self) -> dict[str, object]:
        return {
            "next_outcome": self._next_outcome,
            "auto_approve_after_s": self._auto_approve_after_s,
            "order_ttl_s": self._order_ttl_s,
        }

    # -- the payment API -------------------------------------------------------------------

    def create(self, request: OrderRequest) -> tuple[bool, dict[str, object]]:
        """(created, order): a known idempotency key returns its order, never a second one."""
        with self._lock:
            now = self._clock()
            known = self._by_key.get(request.idempotency_key)
            if known is not None:
                r = known.request
                if (r.amount_fen, r.item_id, r.transaction_id) != (
                    request.amount_fen,
                    request.item_id,
                    request.transaction_id,
                ):
                    raise PaymentError(
                        409,
                        "idempotency_conflict",
                        "idempotency_key already used for a different order",
                    )
                self._settle(known, now)
                return False, known.view()
            order_id = self._new_order_id()
            auto = self._auto_approve_after_s
            order = _Order(
                order_id=order_id,
                request=request,
                created=now,
                expires=now + dt.timedelta(seconds=self._order_ttl_s),
                auto_approve_at=None if auto is None else now + dt.timedelta(seconds=auto),
                qr_payload=f"{self._base_url()}/pay/{order_id}",
            )
            self._orders[order_id] = order
            self._by_key[request.idempotency_key] = order
            _log.info("payment %s created for %d fen", order_id, request.amount_fen)
            self._settle(order, now)
            return True, order.view()

    def get(self, order_id: str) -> dict[str, object]:
        with self._lock:
            return self._order(order_id).view()

    def find(self, idempotency_key: str) -> dict[str, object]:
        """The order made with this key (for reconciling after a crash); 404 if none."""
        with self._lock:
            order = self._by_key.get(idempotency_key)
            if order is None:
                raise PaymentError(404, "order_not_found", "no order with this idempotency key")
            self._settle(order, self._clock())
            return order.view()

    def close(self, order_id: str) -> dict[str, object]:
        """Stop a pending order from ever being paid; closed and declined stay as they are."""
        with self._lock:
            order = self._order(order_id)
            if order.status in ("paid", "refunded"):
                raise PaymentError(409, "already_paid", "the order was paid", order.view())
            if order.status == "pending":
                order.status = "closed"
                _log.info("payment %s closed", order_id)
            return order.view()

    def refund(self, order_id: str, reason: str) -> dict[str, object]:
        """Give a paid order's money back, once: a refunded order stays refunded."""
        with self._lock:
            order = self._order(order_id)
            if order.status == "refunded":
                return order.view()
            if order.status != "paid":
                raise PaymentError(409, "not_paid", "the order was not paid", order.view())
            order.status = "refunded"
            order.refunded = self._clock()
            self._record("refund", order, order.refunded, reason)
            return order.view()

    def pay_code(self, order_id: str, auth_code: str) -> dict[str, object]:
        """Charge the order with the code from the citizen's payment app; never twice."""
        if not AUTH_CODE.match(auth_code):
            raise PaymentError(400, "bad_auth_code", "auth_code is not a payment code")
        digest = hmac.new(self._secret, auth_code.encode(), hashlib.sha256).hexdigest()
        with self._lock:
            order = self._order(order_id)
            if order.status == "paid" or order.auth_digest == digest:
                return order.view()  # a retry, or a second scan: the current state, no charge
            if order.status != "pending":
                raise _not_pending(order)
            order.method = "pay_code"
            order.auth_digest = digest
            outcome = self._next_outcome or "approve"
            if outcome == "approve":
                self._charge(order, self._clock())
            elif outcome == "decline":
                order.status = "declined"
                _log.info("payment %s declined", order_id)
            return order.view()

    def require_paid(self, order_id: object, transaction_id: str) -> dict[str, object]:
        """The order paying for a delivery in this transaction, or 402 payment_required."""
        if not isinstance(order_id, str) or not order_id:
            raise PaymentError(402, "payment_required", "field 'order_id' names no paid order")
        with self._lock:
            order = self._orders.get(order_id) if ORDER_ID.match(order_id) else None
            if order is None:
                raise PaymentError(402, "payment_required", "no such payment order")
            self._settle(order, self._clock())
            if order.request.transaction_id != transaction_id:
                raise PaymentError(402, "payment_required", "the order is for another transaction")
            if order.status != "paid":
                raise PaymentError(402, "payment_required", "the order is not paid")
            return order.view()

    def pay_page(self, order_id: str) -> tuple[int, str]:
        """(status, HTML) for a phone that scanned the order's QR code: amount and payee only."""
        with self._lock:
            order = self._orders.get(order_id)
            if order is not None:
                self._settle(order, self._clock())
                view = order.view()
        if order is None:
            return 404, _page("订单不存在", "<p>没有这个订单。</p>")
        amount = cast(int, view["amount_fen"])
        status = _STATUS_ZH[cast(str, view["status"])]
        rows = (
            f"<p class=amount>¥{amount // 100}.{amount % 100:02d}</p>"
            f"<p>收款方：{html.escape(cast(str, view['payee']))}</p>"
            f"<p>事由：{html.escape(cast(str, view['reason']))}</p>"
            f"<p>订单号：{html.escape(order_id)}</p>"
            f"<p>状态：{status}</p>"
            "<p class=note>培训环境，不会真实扣款。</p>"
        )
        return 200, _page("培训支付（测试）", rows)

    # -- sandbox control and the Python API for tests -------------------------------------

    def resolve(self, order_id: str, outcome: str) -> dict[str, object]:
        """What the citizen's phone did with a pending order: approve, decline or pending."""
        if outcome not in OUTCOMES:
            raise PaymentError(400, "bad_request", "outcome must be approve, decline or pending")
        with self._lock:
            order = self._order(order_id)
            if order.status != "pending":
                raise _not_pending(order)
            if outcome == "approve":
                self._charge(order, self._clock())
            elif outcome == "decline":
                order.status = "declined"
                _log.info("payment %s declined", order_id)
            return order.view()

    def approve(self, order_id: str) -> None:
        """The citizen paid with their phone. PaymentError if the order is not pending."""
        self.resolve(order_id, "approve")

    def decline(self, order_id: str) -> None:
        """The citizen's payment failed. PaymentError if the order is not pending."""
        self.resolve(order_id, "decline")

    def orders(self) -> list[dict[str, object]]:
        with self._lock:
            now = self._clock()
            for order in self._orders.values():
                self._settle(order, now)
            return [order.view() for order in self._orders.values()]

    def ledger(self) -> list[dict[str, object]]:
        """Every charge and refund, oldest first: {seq, kind, order_id, transaction_id, ...}."""
        with self._lock:
            return [dict(entry) for entry in self._ledger]

    def charged_fen(self, transaction_id: str) -> int:
        """Money taken minus money refunded for one transaction, in fen."""
        with self._lock:
            total = 0
            for entry in self._ledger:
                if entry["transaction_id"] == transaction_id:
                    amount = cast(int, entry["amount_fen"])
                    total += amount if entry["kind"] == "charge" else -amount
            return total

    # -- internals (lock held) -------------------------------------------------------------

    def _new_order_id(self) -> str:
        while True:
            order_id = f"PAY{secrets.randbelow(10**12):012d}"
            if order_id not in self._orders:
                return order_id

    def _order(self, order_id: str) -> _Order:
        order = self._orders.get(order_id) if ORDER_ID.match(order_id) else None
        if order is None:
            raise PaymentError(404, "order_not_found", "no such payment order")
        self._settle(order, self._clock())
        return order

    def _settle(self, order: _Order, now: dt.datetime) -> None:
        """Apply what time did to a pending order: the demo's auto-approval, then expiry."""
        if order.status != "pending":
            return
        auto = order.auto_approve_at
        if auto is not None and auto < order.expires and now >= auto:
            self._charge(order, auto)
        elif now >= order.expires:
            order.status = "closed"
            _log.info("payment %s expired", order.order_id)

    def _charge(self, order: _Order, at: dt.datetime) -> None:
        if order.status != "pending":  # the one door money comes in by
            raise RuntimeError("only a pending order can be charged")
        order.status = "paid"
        order.paid = at
        order.method = order.method or "qr"
        self._record("charge", order, at, "")

    def _record(self, kind: str, order: _Order, at: dt.datetime, reason: str) -> None:
        self._ledger.append(
            {
                "seq": len(self._ledger) + 1,
                "kind": kind,
                "order_id": order.order_id,
                "transaction_id": order.request.transaction_id,
                "amount_fen": order.request.amount_fen,
                "method": order.method,
                "reason": reason,
                "at": _iso(at),
            }
        )
        _log.info("payment %s %s %d fen", order.order_id, kind, order.request.amount_fen)


def _not_pending(order: _Order) -> PaymentError:
    return PaymentError(409, "order_not_pending", "the order is not pending", order.view())


def _page(title: str, rows: str) -> str:
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>body{{font-family:sans-serif;margin:2em}}"
        ".amount{font-size:2.5em;font-weight:bold}.note{color:#a00}</style></head>"
        f"<body><h1>{title}</h1>{rows}</body></html>"
    )


# -- request bodies (fixed-text errors: a message never echoes what was sent) -----------------


def _only(body: Mapping[str, Any], allowed: frozenset[str]) -> None:
    if set(body) - allowed:  # e.g. an id_number sent by mistake is refused, never stored
        raise PaymentError(400, "bad_request", "unknown field in a payment request")


def _text(body: Mapping[str, Any], name: str, allow_empty: bool = False) -> str:
    value = body.get(name)
    if not isinstance(value, str) or len(value) > MAX_TEXT or not (allow_empty or value.strip()):
        raise PaymentError(400, "bad_request", f"field '{name}' is missing or not a string")
    return value


def parse_order_request(body: Mapping[str, Any]) -> OrderRequest:
    _only(body, _CREATE_FIELDS)
    key = body.get("idempotency_key")
    if not isinstance(key, str) or not IDEMPOTENCY_KEY.match(key):
        raise PaymentError(400, "bad_request", "field 'idempotency_key' is missing or malformed")
    amount = body.get("amount_fen")
    if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount <= MAX_AMOUNT_FEN:
        raise PaymentError(400, "bad_request", "field 'amount_fen' must be an integer 1-1000000")
    _text(body, "kiosk_id")
    return OrderRequest(
        idempotency_key=key,
        transaction_id=_text(body, "transaction_id"),
        item_id=_text(body, "item_id"),
        amount_fen=amount,
        payee=_text(body, "payee"),
        reason=_text(body, "reason"),
    )


def parse_idempotency_key(query: Mapping[str, list[str]]) -> str:
    keys = query.get("idempotency_key") or []
    if len(keys) != 1 or not IDEMPOTENCY_KEY.match(keys[0]):
        raise PaymentError(400, "bad_request", "query 'idempotency_key' is missing or malformed")
    return keys[0]


def parse_close(body: Mapping[str, Any]) -> None:
    _only(body, frozenset({"kiosk_id"}))


def parse_refund_reason(body: Mapping[str, Any]) -> str:
    _only(body, frozenset({"reason", "kiosk_id"}))
    return _text(body, "reason", allow_empty=True)


def parse_auth_code(body: Mapping[str, Any]) -> str:
    _only(body, frozenset({"auth_code", "kiosk_id"}))
    code = body.get("auth_code")
    if not isinstance(code, str):
        raise PaymentError(400, "bad_auth_code", "auth_code is not a payment code")
    return code


def parse_outcome(body: Mapping[str, Any]) -> str:
    _only(body, frozenset({"outcome"}))
    outcome = body.get("outcome")
    if outcome not in OUTCOMES:
        raise PaymentError(400, "bad_request", "outcome must be approve, decline or pending")
    return cast(str, outcome)


def apply_defaults(provider: PaymentProvider, body: Mapping[str, Any]) -> dict[str, object]:
    _only(body, frozenset({"next_outcome", "auto_approve_after_s", "order_ttl_s"}))
    try:
        return provider.set_defaults(
            body.get("next_outcome"), body.get("auto_approve_after_s"), body.get("order_ttl_s")
        )
    except ValueError as exc:
        raise PaymentError(400, "bad_request", str(exc)) from None
