"""The pay step (std 4.1d): the fee is paid before the service is delivered, by a QR code the
citizen scans with a phone or a payment code shown to the kiosk's scanner."""

from __future__ import annotations

import threading

from flows.context import PaymentOrder
from flows.steps import NEXT, Outcome, Run, Step
from flows.views import Job, Payment, Problem, Working


class PayStep(Step):
    _attempt = 0
    _stop: threading.Event | None = None

    def enter(self, run: Run) -> Outcome:
        fee = run.item.fee
        if fee is None or run.data.paid:
            return NEXT
        payments = run.ctx.payments
        if payments is None:
            return Problem(run.item, run.progress, "payment_unavailable", ("exit",))
        self._attempt += 1
        # One idempotency key per attempt: a retried request finds the same order.
        key = f"{run.ctx.transaction_id}-P{self._attempt}"
        transaction_id, item_id = run.ctx.transaction_id, run.item.id
        payee, reason = fee.payee.get("zh_CN"), fee.reason.get("zh_CN")
        return Working(
            run.item,
            run.progress,
            "creating_order",
            Job(
                lambda: payments.create_order(
                    key, transaction_id, item_id, fee.amount_fen, payee, reason
                )
            ),
        )

    def _await(self, run: Run, order: PaymentOrder) -> Outcome:
        fee = run.item.fee
        payments = run.ctx.payments
        assert fee is not None and payments is not None
        self.leave(run)
        stop = self._stop = threading.Event()
        return Payment(
            run.item,
            run.progress,
            order.amount_fen,
            fee.payee,
            fee.reason,
            order.qr_payload,
            order.expires_in_s,
            Job(lambda: payments.wait_for_payment(order, stop)),
        )

    def on_job(self, run: Run, result: object) -> Outcome:
        if isinstance(result, PaymentOrder):
            run.data.order = result
            return self._await(run, result)
        if result == "paid":
            run.data.paid = True
            return NEXT
        if result == "pending" and run.data.order is not None:
            return self._await(run, run.data.order)  # a code that needs the phone to confirm
        if result == "declined":
            return Problem(run.item, run.progress, "payment_declined", ("retry", "exit"))
        return Problem(run.item, run.progress, "payment_timeout", ("retry", "exit"))

    def on_action(self, run: Run, action: str, value: object) -> Outcome | None:
        payments, order = run.ctx.payments, run.data.order
        if action == "pay_code" and isinstance(value, str) and payments and order:
            self.leave(run)  # stop polling; the code decides
            code = value
            return Working(
                run.item,
                run.progress,
                "paying",
                Job(lambda: payments.pay_with_code(order, code)),
            )
        if action == "retry":
            return self.enter(run)
        return None

    def leave(self, run: Run) -> None:
        if self._stop is not None:
            self._stop.set()
