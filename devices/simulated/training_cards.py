"""Clearly fake citizens for training mode and the sandbox platform.

Every name starts with 测试 (test) and every address is on 培训路 (Training Road) in a city that
does not exist, so a printout from training mode can never be mistaken for a real one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from devices.identity import IdentityRecord


def _card(
    name: str,
    sex: str,
    birth: dt.date,
    id_number: str,
    valid_until: dt.date | None,
) -> IdentityRecord:
    return IdentityRecord(
        name=name,
        sex=sex,
        ethnicity="汉",
        birth_date=birth,
        address=f"演示省培训市示例区培训路{id_number[-3:]}号",
        id_number=id_number,
        authority="培训市公安局示例分局",
        valid_from=dt.date(2020, 1, 1),
        valid_until=valid_until,
        photo=f"TRAINING-PHOTO:{id_number}".encode(),
    )


TRAINING_CARDS: tuple[IdentityRecord, ...] = (
    # Has everything: social insurance, no housing, a provident-fund account.
    _card("测试甲", "男", dt.date(1949, 12, 31), "11010519491231002X", None),
    # Owns a flat: the no-housing proof must be refused.
    _card("测试乙", "女", dt.date(1985, 6, 15), "110105198506150049", dt.date(2040, 1, 1)),
    # Retired, never had a provident-fund account.
    _card("测试丙", "男", dt.date(1952, 3, 8), "110105195203080035", None),
    # Unknown to the platform.
    _card("测试丁", "女", dt.date(1990, 1, 1), "110105199001010053", dt.date(2035, 1, 1)),
)


def training_card(id_number: str) -> IdentityRecord:
    for card in TRAINING_CARDS:
        if card.id_number == id_number:
            return card
    raise KeyError(id_number)


@dataclass(frozen=True)
class StaffCard:
    """A staff card (工作证): no identity application on it; the kiosk knows it only by its
    identifier (UID). The staff number is what is printed on the card, for the trainer."""

    staff_no: str
    card_id: bytes


# The training volunteer's card (0001); training mode enrols it by itself.
TRAINING_STAFF_CARD = StaffCard("0001", bytes.fromhex("04A7C3D2E1F000"))
