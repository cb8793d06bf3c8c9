"""The platform's citizen desk in the sandbox: 好差评 ratings, complaints (投诉建议) and SMS
codes for identity without a face. A mixin of SandboxPlatform; what it keeps stays in memory."""

from __future__ import annotations

import datetime as dt
import hmac
import re
import secrets
import threading

from kiosk_app.sandbox import records
from kiosk_app.sandbox.protocol import ApiError, Request

COMPLAINT_CATEGORIES = ("service", "device", "process", "result", "other")


class CitizenDesk:
    """Handlers for /ratings, /complaints and /identity/sms-*; state lives on the platform."""

    _lock: threading.Lock
    ratings: list[dict[str, object]]
    complaints: list[dict[str, object]]
    sms_outbox: list[dict[str, str]]
    _sms_codes: dict[str, list[object]]

    def _now(self) -> dt.datetime:
        raise NotImplementedError

    def _citizen(self, request: Request) -> records.CitizenRecord:
        raise NotImplementedError

    def _rating(self, request: Request) -> tuple[int, object]:
        body = request.body
        for name in ("transaction_id", "item_id"):
            if not isinstance(body.get(name), str) or not body[name].strip():
                raise ApiError(400, "bad_request", f"field '{name}' is missing or not a string")
        if "level" not in body:  # null is a skipped rating; a missing field is a client bug
            raise ApiError(400, "bad_request", "field 'level' is missing")
        level = body["level"]
        if level is not None and (
            isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 5
        ):
            raise ApiError(400, "bad_request", "field 'level' must be an integer 1-5 or null")
        reason = body.get("reason", "")
        if not isinstance(reason, str) or len(reason) > 500:
            raise ApiError(400, "bad_request", "field 'reason' must be a string (max 500)")
        kiosk_id = body.get("kiosk_id", "")
        rating: dict[str, object] = {
            "transaction_id": body["transaction_id"],
            "item_id": body["item_id"],
            "level": level,
            "reason": reason,
            "kiosk_id": kiosk_id if isinstance(kiosk_id, str) else "",
            "received_at": self._now().isoformat(timespec="seconds"),
        }
        with self._lock:
            self.ratings.append(rating)
        return 200, {"accepted": True}

    def _complaint(self, request: Request) -> tuple[int, object]:
        """A complaint (投诉建议) with an optional call-back phone; answered via 12345."""
        body = request.body
        category = body.get("category")
        content = body.get("content", "")
        phone = body.get("phone", "")
        if category not in COMPLAINT_CATEGORIES:
            raise ApiError(400, "bad_request", "field 'category' is not a known category")
        if not isinstance(content, str) or not content.strip() or len(content) > 2000:
            raise ApiError(400, "bad_request", "field 'content' must be 1-2000 characters")
        if not isinstance(phone, str) or (phone and not re.fullmatch(r"1[3-9]\d{9}", phone)):
            raise ApiError(400, "bad_request", "field 'phone' must be empty or a mobile number")
        now = self._now()
        with self._lock:
            number = f"TS-{now.year:04d}-{len(self.complaints) + 1:06d}"
            self.complaints.append(
                {
                    "reference_number": number,
                    "category": category,
                    "content": content,
                    "phone": phone,
                    "received_at": now.isoformat(timespec="seconds"),
                }
            )
        return 200, {
            "reference_number": number,
            "received_at": now.isoformat(timespec="seconds"),
            "answer_within": "15个工作日内答复" + ("，将电话回访" if phone else ""),
        }

    def _sms_code(self, request: Request) -> tuple[int, object]:
        """Identity without a face (EN 301 549 5.3): a code to the phone the platform knows."""
        record = self._citizen(request)
        phone = records.phone_on_record(record.id_number)
        if phone is None:
            raise ApiError(409, "no_phone_on_record", "no mobile number on record")
        code = f"{secrets.randbelow(1_000_000):06d}"
        transaction_id = str(request.body["transaction_id"])
        with self._lock:
            self._sms_codes[transaction_id] = [record.id_number, code, 0]
            self.sms_outbox.append({"phone": phone, "code": code, "transaction_id": transaction_id})
        return 200, {"sent": True, "masked_phone": phone[:3] + "****" + phone[-4:]}

    def _sms_verify(self, request: Request) -> tuple[int, object]:
        record = self._citizen(request)
        code = request.body.get("code")
        transaction_id = str(request.body["transaction_id"])
        with self._lock:
            pending = self._sms_codes.get(transaction_id)
            if pending is None or pending[0] != record.id_number:
                raise ApiError(409, "code_expired", "no code was sent, or it expired")
            if not isinstance(code, str) or not hmac.compare_digest(code, str(pending[1])):
                pending[2] = int(str(pending[2])) + 1
                if int(str(pending[2])) >= 3:
                    del self._sms_codes[transaction_id]
                    raise ApiError(409, "code_expired", "too many wrong codes")
                raise ApiError(400, "code_wrong", "the code does not match")
            del self._sms_codes[transaction_id]
        return 200, {"verified": True}
