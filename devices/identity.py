"""The resident identity card record and its validation (GB 11643 ID numbers)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def id_check_digit(first17: str) -> str:
    return _CHECK[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def id_number_problem(number: str) -> str | None:
    """Return a message key saying what is wrong with an ID number, or None if it is valid."""
    if len(number) != 18:
        return "id_number_length"
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return "id_number_characters"
    try:
        dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return "id_number_birth_date"
    if id_check_digit(number[:17]) != number[17]:
        return "id_number_check_digit"
    return None


@dataclass(frozen=True, repr=False)
class IdentityRecord:
    """What an ID card holds. Lives only in a session's memory; repr hides it from logs."""

    name: str
    sex: str
    ethnicity: str
    birth_date: dt.date
    address: str
    id_number: str
    authority: str
    valid_from: dt.date
    valid_until: dt.date | None  # None: long-term (长期)
    photo: bytes = field(default=b"")

    def __repr__(self) -> str:
        return "IdentityRecord(<redacted>)"

    def expired(self, today: dt.date) -> bool:
        return self.valid_until is not None and self.valid_until < today

    @property
    def masked_id(self) -> str:
        """What the screen and receipt may show: 1101**********002X."""
        return self.id_number[:4] + "*" * 10 + self.id_number[-4:]

    @property
    def masked_name(self) -> str:
        return self.name[0] + "*" * (len(self.name) - 1) if self.name else ""
