"""Runs one item's steps for one citizen. A pure state machine: input in, view out."""

from __future__ import annotations

from flows.context import CitizenData, FlowContext, PaymentOrder
from flows.library import STEP_TYPES
from flows.model import Item
from flows.steps import NEXT, PrintStep, ResultStep, Run, Step
from flows.views import (
    FaceCapture,
    Finished,
    Form,
    Notice,
    Payment,
    Problem,
    Progress,
    Rating,
    ResultView,
    ScanPreview,
    ScanPrompt,
    Signing,
    View,
    Working,
)


def offered(view: View, action: str, value: object) -> bool:
    """Whether the view on screen offers this action (and this value, for print)."""
    if isinstance(view, Problem):
        return action in view.actions
    if isinstance(view, Notice):
        return action in ("agree", "back")
    if isinstance(view, Form):
        return action in ("set", "submit")
    if isinstance(view, ResultView):
        formats = {choice.format for choice in view.print_choices}
        return action == "finish" or (action == "print" and value in formats)
    if isinstance(view, Rating):
        return action in ("rate", "skip") or (action == "reason" and view.level > 0)
    if isinstance(view, Payment):
        return action == "pay_code" and isinstance(value, str)
    if isinstance(view, FaceCapture):
        return action == "sms"  # no single biometric is the only way in
    if isinstance(view, ScanPrompt):
        return action == "scan" or (action == "done" and view.can_finish)
    if isinstance(view, ScanPreview):
        return action == "retake" or (action == "confirm" and not view.problems)
    if isinstance(view, Signing):
        return action == "sign"
    return False


class FlowEngine:
    """Feed it touches, card events and job results; it answers with the next view.

    Job results carry the token of the view that asked for them, so a late answer for a screen
    the citizen has already left is ignored rather than acted on.
    """

    def __init__(self, item: Item, ctx: FlowContext) -> None:
        self.item = item
        self.steps: list[Step] = [STEP_TYPES[s.type](s.options) for s in item.steps]
        for index, step in enumerate(self.steps):
            if isinstance(step, ResultStep):
                following = [s for s in self.steps[index + 1 :] if isinstance(s, PrintStep)]
                step.print_options = following[0].options if following else {}
                for printer in following:
                    printer.layout_options = step.options
        self.index = 0
        self.run = Run(item, ctx, Progress(1, len(self.steps)), CitizenData())
        self.view: View = Finished("cancelled")
        self.printed = ""  # what was printed, kept after the citizen's data is dropped
        self.paid_order: PaymentOrder | None = None  # kept too: no citizen data in it

    @property
    def data(self) -> CitizenData:
        return self.run.data

    def start(self) -> View:
        self.index = 0
        return self._enter()

    def act(self, action: str, value: object = None) -> View:
        if isinstance(self.view, Finished):
            return self.view
        if action == "cancel":
            return self._show(Finished("cancelled"))
        if action == "exit" and isinstance(self.view, Problem):
            reason = "face_failed" if self.view.message == "face_failed_final" else "error"
            return self._show(Finished(reason))
        if action == "back" and self.index == 0:
            return self._show(Finished("back"))
        if not offered(self.view, action, value):
            return self.view  # only what the screen offers can happen, whatever is sent
        outcome = self.steps[self.index].on_action(self.run, action, value)
        return self._follow(outcome) if outcome is not None else self.view

    def card_changed(self, present: bool) -> View:
        if isinstance(self.view, Finished):
            return self.view
        outcome = self.steps[self.index].on_card(self.run, present)
        return self._follow(outcome) if outcome is not None else self.view

    def job_finished(
        self, token: int, result: object = None, error: BaseException | None = None
    ) -> View | None:
        """Accept a job's result; None when the job belongs to a view no longer shown."""
        view = self.view
        if not isinstance(view, (Working, FaceCapture, Payment)) or view.job.token != token:
            return None
        step = self.steps[self.index]
        outcome = (
            step.on_job_error(self.run, error)
            if error is not None
            else step.on_job(self.run, result)
        )
        return self._follow(outcome)

    def _follow(self, outcome: View | object) -> View:
        if outcome is NEXT:
            self.steps[self.index].leave(self.run)
            self.index += 1
            return self._enter()
        assert not isinstance(outcome, type(NEXT))
        return self._show(outcome)  # type: ignore[arg-type]

    def _enter(self) -> View:
        while self.index < len(self.steps):
            self.run.progress = Progress(self.index + 1, len(self.steps))
            outcome = self.steps[self.index].enter(self.run)
            if outcome is not NEXT:
                return self._show(outcome)  # type: ignore[arg-type]
            self.index += 1
        return self._show(Finished("completed"))

    def _show(self, view: View) -> View:
        self.view = view
        if isinstance(view, Finished):
            if self.index < len(self.steps):
                self.steps[self.index].leave(self.run)
            self.paid_order = self.run.data.order if self.run.data.paid else None
            self.printed = self.run.data.printed
            self.run.data.clear()
        return view
