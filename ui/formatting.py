"""Dates, numbers and money as each language writes them (QLocale), for the screens only:
flows and the platform speak ISO dates and plain decimals; only what a citizen reads changes."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale

LOCALES = {"zh_CN": "zh_CN", "zh_TW": "zh_TW", "en_US": "en_US", "ug": "ug_CN"}
# Long enough to be unambiguous to anyone (no two-digit years), short enough for a table cell.
DATE_FORMATS = {"zh_CN": "yyyy年M月d日", "zh_TW": "yyyy年M月d日", "en_US": "MMM d, yyyy"}
MONTH_FORMATS = {"zh_CN": "yyyy年M月", "zh_TW": "yyyy年M月", "en_US": "MMM yyyy"}
UG_DATE = "yyyy-يىلى d-MMMM"
UG_MONTH = "yyyy-يىلى MMMM"
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_MONEY = re.compile(r"^-?\d{1,12}\.\d{2}$")


def locale_for(language: str) -> QLocale:
    return QLocale(LOCALES.get(language, "zh_CN"))


def money(fen: int, language: str) -> str:
    """An amount in yuan with two decimals and the language's digit grouping (12,345.50)."""
    return locale_for(language).toString(fen / 100, "f", 2)


def number(value: float, language: str, decimals: int = 0) -> str:
    return locale_for(language).toString(value, "f", decimals)


def date(year: int, month: int, day: int, language: str) -> str:
    fmt = UG_DATE if language == "ug" else DATE_FORMATS.get(language, DATE_FORMATS["zh_CN"])
    return locale_for(language).toString(QDate(year, month, day), fmt)


def month(year: int, month_no: int, language: str) -> str:
    fmt = UG_MONTH if language == "ug" else MONTH_FORMATS.get(language, MONTH_FORMATS["zh_CN"])
    return locale_for(language).toString(QDate(year, month_no, 1), fmt)


def display(value: str, language: str) -> str:
    """A platform value as the citizen's language writes it: ISO dates and months, and
    amounts with two decimals; anything else (account numbers, names, codes) unchanged."""
    text = value.strip()
    if found := _DATE.match(text):
        y, m, d = (int(g) for g in found.groups())
        if QDate.isValid(y, m, d):
            return date(y, m, d, language)
    elif found := _MONTH.match(text):
        y, m = (int(g) for g in found.groups())
        if 1 <= m <= 12:
            return month(y, m, language)
    elif _MONEY.match(text):
        return locale_for(language).toString(float(text), "f", 2)
    return value


def ltr(text: str) -> str:
    """Keep a phone number or a time span in its order inside right-to-left (Uyghur) text:
    without the isolate, the bidi algorithm shows 0000-8888888 as 8888888-0000."""
    return f"\u2066{text}\u2069" if text else text


def direction_mark(language: str) -> str:
    """A right-to-left mark for a Uyghur line that may begin with Latin letters ("QR ..."):
    without it the line would be laid out left to right."""
    return "\u200f" if language == "ug" else ""
