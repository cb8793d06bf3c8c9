"""The step library every item shares. A step answers with a view to show, or says to move on.

Steps never touch Qt and never block: blocking work is handed out as a Job and its result comes
back through `on_job`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from devices.status import DeviceError
from flows import documents
from flows.context import CitizenData, FlowContext
from flows.fields import field_problem
from flows.model import Item, Text
from flows.views import (
    Choice,
    Finished,
    Form,
    FormField,
    Job,
    Notice,
    PrintChoice,
    Problem,
    Progress,
    Rating,
    ResultView,
    View,
    Working,
)


class Next:
    """Outcome: this step is done, go to the next one."""


NEXT = Next()
Outcome = View | Next


@dataclass
class Run:
    """One citizen's pass through one item."""

    item: Item
    ctx: FlowContext
    progress: Progress
    data: CitizenData = field(default_factory=CitizenData)


def error_key(error: BaseException) -> str:
    key = getattr(error, "key", None)
    return key if isinstance(key, str) else "unexpected_error"


class Step:
    """Base: a step that shows nothing and moves straight on."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.options = options

    def enter(self, run: Run) -> Outcome:
        return NEXT

    def on_action(self, run: Run, action: str, value: object) -> Outcome | None:
        return None

    def on_job(self, run: Run, result: object) -> Outcome:
        return NEXT

    def on_job_error(self, run: Run, error: BaseException) -> Outcome:
        return Problem(run.item, run.progress, error_key(error), ("retry", "exit"))

    def leave(self, run: Run) -> None:
        """The flow moves on or ends: stop anything this step left running."""

    def on_card(self, run: Run, present: bool) -> Outcome | None:
        """Card removal after the card was read ends the session; before, it is ignored."""
        if not present and run.data.identity is not None:
            return Finished("card_removed")
        return None


class NoticeStep(Step):
    def enter(self, run: Run) -> Outcome:
        return Notice(run.item, run.progress)

    def on_action(self, run: Run, action: str, value: object) -> Outcome | None:
        if action == "agree":
            return NEXT
        return None


class FormStep(Step):
    """Fields typed on the on-screen keypad or chosen from buttons, validated as typed."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        super().__init__(options)
        self.title = Text.of(options.get("title", ""))
        self.fields = tuple(
            FormField(
                key=f["key"],
                label=Text.of(f["label"]),
                kind=f.get("kind", "text"),
                choices=tuple(
                    Choice(c["value"], Text.of(c["label"])) for c in f.get("choices", ())
                ),
                required=f.get("required", True),
                max_length=f.get("max_length", 40),
            )
            for f in options.get("fields", ())
        )

    def enter(self, run: Run) -> Outcome:
        return self._form(run, {})

    def _form(self, run: Run, errors: dict[str, str]) -> Form:
        return Form(run.item, run.progress, self.title, self.fields, dict(run.data.form), errors)

    def on_action(self, run: Run, action: str, value: object) -> Outcome | None:
        if action == "set" and isinstance(value, dict):
            run.data.form.update({str(k): str(v) for k, v in value.items()})
            # Check what was just given; an empty field is only wrong once submitted.
            errors = self._errors(run, only={str(k) for k, v in value.items() if str(v).strip()})
            # A form that is a single choice moves on as soon as it is chosen: one tap.
            if not errors and len(self.fields) == 1 and self.fields[0].kind == "choice":
                return NEXT
            return self._form(run, errors)
        if action == "submit":
            if isinstance(value, dict):  # typed fields arrive with the submit
                run.data.form.update({str(k): str(v) for k, v in value.items()})
            errors = self._errors(run)
            return self._form(run, errors) if errors else NEXT
        return None

    def _errors(self, run: Run, only: set[str] | None = None) -> dict[str, str]:
        errors = {}
        for spec in self.fields:
            if only is not None and spec.key not in only:
                continue
            problem = field_problem(spec, run.data.form.get(spec.key, ""))
            if problem:
                errors[spec.key] = problem
        return errors


class QueryStep(Step):
    """Ask the platform for this citizen's record at the item's endpoint."""

    def enter(self, run: Run) -> Outcome:
        identity = run.data.identity
        payload: dict[str, object] = {"transaction_id": run.ctx.transaction_id, **run.data.form}
        if identity is not None:
            payload.update(id_number=identity.id_number, name=identity.name)
        elif not self.options.get("anonymous", False):
            return Problem(run.item, run.progress, "unexpected_error", ("exit",))
        if run.data.paid and run.data.order is not None:
            payload["order_id"] = run.data.order.order_id  # the platform delivers only if paid
        endpoint = run.item.endpoint
        platform = run.ctx.platform
        return Working(
            run.item, run.progress, "querying", Job(lambda: platform.call(endpoint, payload))
        )

    def on_action(self, run: Run, action: str, value: object) -> Outcome | None:
        return self.enter(run) if action == "retry" else None

    def on_job(self, run: Run, result: object) -> Outcome:
        run.data.answer = dict(result) if isinstance(result, dict) else {}
        return NEXT


class ResultStep(Step):
    """Show the answer laid out by the item file; offer the print formats the answer allows."""

    def enter(self, run: Run) -> Outcome:
        layout = documents.ResultLayout.from_options(self.options)
        answer = run.data.answer
        identity = run.data.identity
        holder = f"{identity.masked_name}  {identity.masked_id}" if identity else ""
        choices = tuple(
            PrintChoice(fmt, label)
            for fmt, label in documents.print_choices(
                self.print_options, answer, run.ctx.device_usable
            )
        )
        return ResultView(
            run.item,
            run.progress,
            holder,
            str(answer.get(layout.statement, "")) if layout.statement else "",
            layout.rows(answer),
            layout.tables(answer),
            choices,
        )

    print_options: Mapping[str, Any] = {}

    def on_action(self, run: Run, action: str, value: object) -> Outcome | None:
        if action == "print" and isinstance(value, str):
            run.data.print_choice = value
            return NEXT
        if action == "finish":
            run.data.print_choice = ""
            return NEXT
        return None


class PrintStep(Step):
    layout_options: Mapping[str, Any] = {}  # the result step's layout, reused on the receipt

    def enter(self, run: Run) -> Outcome:
        choice = run.data.print_choice
        if not choice:
            return NEXT
        # The document is composed now, on the caller's thread, so the job never reads the
        # citizen's data, which may be dropped (card pulled) before a worker starts it.
        ctx = run.ctx
        paid_key = run.data.order.key if run.data.paid and run.data.order else ""

        def delivered() -> None:
            if paid_key and ctx.payments is not None:
                ctx.payments.mark_delivered(paid_key)  # right after the paper is out

        if choice == "a4":
            certificate = documents.certificate(run.item, self.options, run.data, ctx)
            fee_receipt = documents.payment_receipt(run.item, run.data, ctx)

            def work() -> str:
                pdf = ctx.render_certificate(certificate)
                ctx.document_printer.print_pdf(pdf, certificate.title)
                delivered()
                if fee_receipt is not None:
                    with contextlib.suppress(DeviceError):  # the certificate is what counts
                        ctx.receipt_printer.print_receipt(fee_receipt)
                return choice

        else:
            receipt = documents.receipt(run.item, self.layout_options, run.data, ctx)

            def work() -> str:
                ctx.receipt_printer.print_receipt(receipt)
                delivered()
                return choice

        return Working(run.item, run.progress, f"printing_{choice}", Job(work))

    def on_action(self, run: Run, action: str, value: object) -> Outcome | None:
        return self.enter(run) if action == "retry" else None

    def on_job(self, run: Run, result: object) -> Outcome:
        run.data.printed = str(result)
        return NEXT


OTHER_REASON = "其他："  # followed by typed text: sent to the platform, never stored on the kiosk


def _reason(value: str, zh_cn: str, zh_tw: str, en_us: str, ug: str) -> Choice:
    return Choice(value, Text.of({"zh_CN": zh_cn, "zh_TW": zh_tw, "en_US": en_us, "ug": ug}))


REASONS = (
    _reason("process", "办事流程繁琐", "辦事流程繁瑣", "Too many steps", "تەرتىپ بەك مۇرەككەپ"),
    _reason("waiting", "等待时间太长", "等待時間太長", "Too slow", "ساقلاش ۋاقتى بەك ئۇزۇن"),
    _reason(
        "device",
        "设备故障或操作困难",
        "設備故障或操作困難",
        "Device fault or hard to use",
        "ئۈسكۈنە كاشىلىسى ياكى مەشغۇلات قىيىن",
    ),
    _reason("result", "查询结果有误", "查詢結果有誤", "The result is wrong", "نەتىجە خاتا"),
    _reason(
        "guidance",
        "提示说明看不懂",
        "提示說明看不懂",
        "Instructions unclear",
        "چۈشەندۈرۈشنى چۈشەنگىلى بولمىدى",
    ),
)


class RateStep(Step):
    """好差评: five levels or skip, one rating per service (一次一评); the two lowest need a
    reason. Recorded against the transaction, never the citizen."""

    def enter(self, run: Run) -> Outcome:
        return Rating(run.item, run.progress, run.ctx.transaction_id, run.data.printed)

    def on_action(self, run: Run, action: str, value: object) -> Outcome | None:
        if action == "rate" and isinstance(value, int) and 1 <= value <= 5:
            if value <= 2:
                self._level = value
                return Rating(
                    run.item,
                    run.progress,
                    run.ctx.transaction_id,
                    run.data.printed,
                    level=value,
                    reasons=REASONS,
                )
            run.ctx.record_rating(value, "")
            return Finished("completed")
        if action == "reason" and isinstance(value, str) and value.strip():
            level = getattr(self, "_level", 0)
            if not level:
                return None
            known = {choice.value: choice.label.get("zh_CN") for choice in REASONS}
            reason = known.get(value) or OTHER_REASON + _plain_reason(value)
            run.ctx.record_rating(level, reason)
            return Finished("completed")
        if action == "skip":
            run.ctx.record_rating(None, "")
            return Finished("completed")
        return None


def _plain_reason(text: str) -> str:
    """A typed reason, one line, bounded; it is sent to the platform, not interpreted."""
    return " ".join("".join(ch for ch in text if ch.isprintable()).split())[:200]
