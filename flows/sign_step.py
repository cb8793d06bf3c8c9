"""The sign step (std 4.1e): the citizen reads what they are applying for, signs on the
touchscreen, and the signed application goes to the platform, which answers with a case number
(受理编号) the result step shows and prints.

The application PDF (form, scanned pages, the signature with the time and the transaction number)
is composed when the citizen signs, on the caller's thread, and rendered and sent on a worker.

Options in the item file:
    declaration = { zh_CN = "本人承诺...", ... }   # optional: what the signature vouches for
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

from flows.capture import Application, Signature
from flows.model import Text
from flows.steps import NEXT, Outcome, Run, Step
from flows.views import Job, Problem, Signing, Working

DEFAULT_DECLARATION = {
    "zh_CN": "本人承诺：所填写的信息和提交的材料真实、准确、完整，如有不实，愿承担相应法律责任。",
    "zh_TW": "本人承諾：所填寫的資訊和提交的材料真實、準確、完整，如有不實，願承擔相應法律責任。",
    "en_US": "I declare that the information and documents I submit are true, accurate and "
    "complete, and I accept legal responsibility if they are not.",
    "ug": "مەن تولدۇرغان ئۇچۇر ۋە تاپشۇرغان ماتېرىياللارنىڭ راست، توغرا ۋە تولۇق ئىكەنلىكىگە "
    "كاپالەتلىك قىلىمەن؛ يالغان بولسا قانۇنىي جاۋابكارلىقىنى ئۈستۈمگە ئالىمەن.",
}
_SCANNED = Text.of(
    {
        "zh_CN": "已扫描材料",
        "zh_TW": "已掃描材料",
        "en_US": "Scanned",
        "ug": "سىكانېرلانغان ماتېرىيال",
    }
)
_PAGES = {
    "zh_CN": "{0}（{1} 页）",
    "zh_TW": "{0}（{1} 頁）",
    "en_US": "{0} ({1} page(s))",
    "ug": "{0} ({1} بەت)",
}


def form_labels(run: Run) -> list[tuple[str, Text, dict[str, Text]]]:
    """(key, label, choice labels) of every form field of this item, in order."""
    fields = []
    for spec in run.item.steps:
        if spec.type != "form":
            continue
        for raw in spec.options.get("fields", ()):
            choices = {str(c["value"]): Text.of(c["label"]) for c in raw.get("choices", ())}
            fields.append((str(raw["key"]), Text.of(raw["label"]), choices))
    return fields


class SignStep(Step):
    def __init__(self, options: Mapping[str, Any]) -> None:
        super().__init__(options)
        self.declaration = Text.of(options.get("declaration", DEFAULT_DECLARATION))

    def _summary(self, run: Run) -> tuple[tuple[Text, str], ...]:
        rows = []
        for key, label, choices in form_labels(run):
            value = run.data.form.get(key, "")
            if value:
                shown = choices[value].get(run.ctx.language()) if value in choices else value
                rows.append((label, shown))
        counts: dict[str, tuple[Text, int]] = {}
        for page in run.data.scans:
            title, count = counts.get(page.material, (page.title, 0))
            counts[page.material] = (title, count + 1)
        language = run.ctx.language()
        pattern = _PAGES.get(language, _PAGES["zh_CN"])
        for title, count in counts.values():
            rows.append((_SCANNED, pattern.format(title.get(language), count)))
        return tuple(rows)

    def _signing(self, run: Run, error: str = "") -> Signing:
        return Signing(run.item, run.progress, self.declaration, self._summary(run), error)

    def enter(self, run: Run) -> Outcome:
        return self._signing(run)

    def on_action(self, run: Run, action: str, value: object) -> Outcome | None:
        if action == "sign":
            signature = Signature.parse(value)
            problem = "signature_empty" if signature is None else signature.problem()
            if signature is None or problem is not None:
                return self._signing(run, problem or "signature_empty")
            run.data.signature = signature
            return self._submit(run)
        if action == "retry" and run.data.signature is not None:
            return self._submit(run)  # the same transaction: the platform gives the same case
        return None

    def _application(self, run: Run, signature: Signature) -> Application:
        identity = run.data.identity
        fields = []
        for key, label, choices in form_labels(run):
            value = run.data.form.get(key, "")
            if value:
                shown = choices[value].get("zh_CN") if value in choices else value
                fields.append((label.get("zh_CN"), shown))
        return Application(
            title=run.item.name.get("zh_CN"),
            item_id=run.item.id,
            transaction_id=run.ctx.transaction_id,
            holder_name=identity.name if identity else "",
            holder_id_number=identity.id_number if identity else "",
            fields=tuple(fields),
            declaration=self.declaration.get("zh_CN"),
            pages=tuple(run.data.scans),
            signature=signature,
            signed_at=run.ctx.now().strftime("%Y-%m-%d %H:%M:%S"),
            site_name=run.ctx.site_name,
            training=run.ctx.training,
        )

    def _submit(self, run: Run) -> Outcome:
        signature, identity = run.data.signature, run.data.identity
        render, platform = run.ctx.render_application, run.ctx.platform
        if signature is None or render is None or identity is None:
            return Problem(run.item, run.progress, "unexpected_error", ("exit",))
        application = self._application(run, signature)
        payload: dict[str, object] = {
            "transaction_id": run.ctx.transaction_id,
            "item_id": run.item.id,
            "id_number": identity.id_number,
            "name": identity.name,
            "form": dict(run.data.form),
            "materials": sorted({page.material for page in run.data.scans}),
            "pages": len(run.data.scans),
            "signed_at": application.signed_at,
        }
        endpoint = run.item.endpoint

        def work() -> dict[str, object]:
            pdf = render(application)
            return platform.call(
                endpoint, {**payload, "application_pdf": base64.b64encode(pdf).decode("ascii")}
            )

        return Working(run.item, run.progress, "submitting", Job(work))

    def on_job(self, run: Run, result: object) -> Outcome:
        run.data.answer = dict(result) if isinstance(result, dict) else {}
        return NEXT
