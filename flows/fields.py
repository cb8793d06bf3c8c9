"""Validation of values typed on the on-screen keypad; each problem is a message key."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from devices.identity import id_number_problem
from flows.views import FormField

_PHONE = re.compile(r"1[3-9]\d{9}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def field_problem(spec: FormField, value: str) -> str | None:
    """Return a message key that tells the citizen how to fix the value, or None."""
    value = value.strip()
    if not value:
        return "field_required" if spec.required else None
    if len(value) > spec.max_length:
        return "field_too_long"
    if spec.kind == "choice":
        return None if value in {c.value for c in spec.choices} else "field_choose_one"
    if spec.kind == "digits":
        return None if value.isdigit() else "field_digits_only"
    if spec.kind == "phone":
        return None if _PHONE.fullmatch(value) else "field_phone"
    if spec.kind == "id_number":
        return id_number_problem(value.upper())
    if spec.kind == "date":
        if not _DATE.fullmatch(value):
            return "field_date"
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return "field_date"
        return None
    if spec.kind == "amount":
        try:
            amount = Decimal(value)
        except InvalidOperation:
            return "field_amount"
        exponent = amount.as_tuple().exponent
        if not amount.is_finite() or not isinstance(exponent, int) or exponent < -2 or amount <= 0:
            return "field_amount"
    return None
