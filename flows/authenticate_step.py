"""Authenticate: the citizen's own ID card, then their live face against the card photo
(人证比对). No single biometric may be the only way in (EN 301 549 5.3): after the card, a code
sent to the mobile number on the platform's record works instead of the face, and assisted
service is offered when neither does."""

from __future__ import annotations

import secrets

from devices.identity import IdentityRecord, id_number_problem
from devices.interfaces import FaceMatch
from flows.model import Text
from flows.steps import NEXT, Outcome, Run, Step, error_key
from flows.views import FaceCapture, Finished, Form, FormField, InsertCard, Job, Problem, Working

SMS_CODE_FIELD = FormField(
    key="sms_code",
    label=Text.of(
        {
            "zh_CN": "短信验证码（6位数字）",
            "zh_TW": "簡訊驗證碼（6位數字）",
            "en_US": "Code from the text message (6 digits)",
            "ug": "قىسقا ئۇچۇر دەلىللەش كودى (6 خانىلىق سان)",
        }
    ),
    kind="digits",
    max_length=6,
)


class AuthenticateStep(Step):
    _attempt = 0
    _phase = ""  # card, face, sms
    _masked_phone = ""

    def enter(self, run: Run) -> Outcome:
        self._attempt = 0
        if run.data.identity is not None:
            return self._face(run)
        if run.ctx.card_present():
            return self._read(run)
        return InsertCard(run.item, run.progress)

    def _read(self, run: Run) -> Outcome:
        self._phase = "card"
        return Working(
            run.item, run.progress, "reading_card", Job(run.ctx.card_reader.read_identity)
        )

    def _face(self, run: Run) -> Outcome:
        if not self.options.get("face", True):
            return NEXT
        self._phase = "face"
        self._attempt += 1
        identity = run.data.identity
        assert identity is not None
        photo = identity.photo
        face = run.ctx.face
        challenge = secrets.choice(face.challenges)  # random, so a recorded video cannot know it
        return FaceCapture(
            run.item,
            run.progress,
            self._attempt,
            run.ctx.max_face_attempts,
            Job(lambda: face.verify(photo, challenge)),
            challenge,
        )

    def _final(self, run: Run) -> Problem:
        return Problem(run.item, run.progress, "face_failed_final", ("sms", "assist", "exit"))

    # The SMS code instead of the face -----------------------------------------------------

    def _payload(self, run: Run, **extra: str) -> dict[str, object]:
        identity = run.data.identity
        assert identity is not None
        return {
            "id_number": identity.id_number,
            "name": identity.name,
            "transaction_id": run.ctx.transaction_id,
            **extra,
        }

    def _send_code(self, run: Run) -> Outcome:
        self._phase = "sms"
        payload = self._payload(run)
        platform = run.ctx.platform
        endpoint = str(self.options.get("sms_endpoint", "/api/v1/identity/sms-code"))
        run.data.form.pop(SMS_CODE_FIELD.key, None)
        return Working(
            run.item, run.progress, "sending_code", Job(lambda: platform.call(endpoint, payload))
        )

    def _code_form(self, run: Run, errors: dict[str, str]) -> Form:
        title = Text.of(
            {
                "zh_CN": f"验证码已发送至 {self._masked_phone}，请输入",
                "zh_TW": f"驗證碼已發送至 {self._masked_phone}，請輸入",
                "en_US": f"A code was sent to {self._masked_phone}. Please enter it",
                "ug": f"دەلىللەش كودى {self._masked_phone} غا يوللاندى، كىرگۈزۈڭ",
            }
        )
        return Form(run.item, run.progress, title, (SMS_CODE_FIELD,), dict(run.data.form), errors)

    def _check_code(self, run: Run) -> Outcome:
        code = run.data.form.get(SMS_CODE_FIELD.key, "")
        if len(code) != 6 or not code.isdigit():
            return self._code_form(run, {SMS_CODE_FIELD.key: "sms_code_format"})
        payload = self._payload(run, code=code)
        platform = run.ctx.platform
        endpoint = str(self.options.get("verify_endpoint", "/api/v1/identity/sms-verify"))
        return Working(
            run.item, run.progress, "checking_code", Job(lambda: platform.call(endpoint, payload))
        )

    # Events ---------------------------------------------------------------------------------

    def on_card(self, run: Run, present: bool) -> Outcome | None:
        if present and run.data.identity is None and self._phase != "card":
            return self._read(run)
        if not present and (run.data.identity is not None or self._phase == "card"):
            return Finished("card_removed")
        return None

    def on_action(self, run: Run, action: str, value: object) -> Outcome | None:
        if action == "retry":
            return self._face(run) if run.data.identity is not None else self.enter(run)
        if action == "sms" and run.data.identity is not None:
            return self._send_code(run)
        if action == "set" and isinstance(value, dict) and self._phase == "sms":
            code = str(value.get(SMS_CODE_FIELD.key, ""))[:6]
            run.data.form[SMS_CODE_FIELD.key] = code
            return self._code_form(run, {})
        if action == "submit" and self._phase == "sms":
            if isinstance(value, dict) and SMS_CODE_FIELD.key in value:
                run.data.form[SMS_CODE_FIELD.key] = str(value[SMS_CODE_FIELD.key])
            return self._check_code(run)
        return None

    def on_job(self, run: Run, result: object) -> Outcome:
        if isinstance(result, IdentityRecord):
            if id_number_problem(result.id_number) is not None:
                self._phase = ""
                return Problem(run.item, run.progress, "card_unreadable", ("exit",))
            if result.expired(run.ctx.now().date()):
                self._phase = ""
                return Problem(run.item, run.progress, "card_expired", ("exit",))
            run.data.identity = result
            return self._face(run)
        if isinstance(result, FaceMatch):
            if result.matched and result.live:
                return NEXT
            left = run.ctx.max_face_attempts - self._attempt
            if left > 0:
                key = "face_not_live" if not result.live else "face_no_match"
                actions = ("retry", "sms", "exit")
                return Problem(run.item, run.progress, key, actions, {"left": str(left)})
            return self._final(run)
        if isinstance(result, dict) and self._phase == "sms":
            if result.get("verified") is True:
                run.data.form.pop(SMS_CODE_FIELD.key, None)
                return NEXT
            if result.get("sent") is True:
                self._masked_phone = str(result.get("masked_phone", ""))[:16]
                return self._code_form(run, {})
        return Problem(run.item, run.progress, "unexpected_error", ("exit",))

    def on_job_error(self, run: Run, error: BaseException) -> Outcome:
        phase = self._phase
        if phase == "card":
            self._phase = ""
        if phase == "face":
            # Every capture counts as a try, whatever went wrong with it.
            left = run.ctx.max_face_attempts - self._attempt
            if left <= 0:
                return self._final(run)
            return Problem(
                run.item,
                run.progress,
                error_key(error),
                ("retry", "sms", "exit"),
                {"left": str(left)},
            )
        if phase == "sms":
            code = getattr(error, "code", "")
            if code == "code_wrong":
                run.data.form.pop(SMS_CODE_FIELD.key, None)
                return self._code_form(run, {SMS_CODE_FIELD.key: "sms_code_wrong"})
            if code == "no_phone_on_record":
                return Problem(run.item, run.progress, "sms_no_phone", ("assist", "exit"))
            if code == "code_expired":
                return Problem(run.item, run.progress, "sms_code_expired", ("sms", "exit"))
        return super().on_job_error(run, error)
