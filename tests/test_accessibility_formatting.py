"""Dates, numbers and money as each shipped language writes them (QLocale)."""

from __future__ import annotations

import pytest

from ui import formatting


@pytest.mark.parametrize(
    ("language", "day", "month", "amount"),
    [
        ("zh_CN", "2024年5月1日", "2024年5月", "12,345.60"),
        ("zh_TW", "2024年5月1日", "2024年5月", "12,345.60"),
        ("en_US", "May 1, 2024", "May 2024", "12,345.60"),
        ("ug", "2024-يىلى 1-ماي", "2024-يىلى ماي", "12,345.60"),
    ],
)
def test_platform_values_shown_the_language_s_way(
    qapp: object, language: str, day: str, month: str, amount: str
) -> None:
    assert formatting.display("2024-05-01", language) == day
    assert formatting.display("2024-05", language) == month
    assert formatting.display("12345.60", language) == amount
    assert formatting.money(1234560, language) == amount
    # Account numbers, codes and impossible dates are left exactly as the platform sent them.
    assert formatting.display("110100123456", language) == "110100123456"
    assert formatting.display("2024-02-30", language) == "2024-02-30"
