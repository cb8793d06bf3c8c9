"""Finding an item in a long catalogue: most-used first, and search by pinyin initials.

A kiosk has no keyboard, so the home screen offers 26 letter keys: a citizen types the first
letter of each syllable (SB for 社保, GJJ for 公积金), as on every Chinese phone and ticket
machine. The initials come from pypinyin, whose phrase dictionary picks the right reading of
characters with several (参保 is cān bǎo, not shēn; 重庆 is chóng qìng): a hand-made table would
be wrong exactly where citizens notice. Every other reading of a character is accepted too, so a
citizen who guesses a different reading still finds the item. Qt-free.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from flows.model import Department, Item

READINGS_FILE = Path(__file__).with_name("pinyin_readings.json")
"""pypinyin's answers for every Chinese name the shipped catalogue shows, written by
`python -m flows.search`: loading pypinyin's dictionaries costs ~0.17 s and ~40 MB, more than
the rest of the kiosk's start. Names not in the file (a new item) are read by pypinyin itself.
tests/test_home_search.py fails when the file is out of date."""

# Long official words and the short ones citizens say and type: 社会保险 is asked for as 社保.
ABBREVIATIONS: Mapping[str, str] = {
    "社会保险": "社保",
    "社会保障": "社保",
    "医疗保险": "医保",
    "医疗保障": "医保",
    "住房公积金": "公积金",
    "居民身份证": "身份证",
    "个人所得税": "个税",
    "机动车驾驶证": "驾驶证",
}


def _letter(reading: str) -> str:
    """The key a citizen presses for one reading ('' for spaces and punctuation)."""
    first = reading[:1].lower()
    return first if first.isascii() and first.isalnum() else ""


Readings = tuple[tuple[str, frozenset[str]], ...]


@lru_cache(maxsize=1)
def _shipped_readings() -> dict[str, Readings]:
    try:
        raw = json.loads(READINGS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {
        text: tuple((letter, frozenset(options)) for letter, options in pairs)
        for text, pairs in raw.items()
    }


@lru_cache(maxsize=8192)
def _readings(text: str) -> Readings:
    """Per character: its usual initial in context, and every initial it may be typed with.
    Remembered: the home screen re-ranks after every session, and names rarely change."""
    shipped = _shipped_readings().get(text)
    return shipped if shipped is not None else read_with_pypinyin(text)


def read_with_pypinyin(text: str) -> Readings:
    from pypinyin import Style, lazy_pinyin, pinyin

    usual = lazy_pinyin(text, style=Style.FIRST_LETTER)
    every = pinyin(text, style=Style.FIRST_LETTER, heteronym=True)
    out: list[tuple[str, frozenset[str]]] = []
    for first, alternatives in zip(usual, every, strict=True):
        if len(first) > 1:  # a run of what is not Chinese (A4, 12345): one key per character
            out.extend((_letter(c), frozenset({_letter(c)})) for c in first)
        else:
            out.append(
                (_letter(first), frozenset({_letter(first)} | set(map(_letter, alternatives))))
            )
    return tuple((letter, options - {""}) for letter, options in out if letter)


def initials(text: str) -> str:
    """The usual initials of a text, one letter per character: 社保参保缴费查询 -> sbcbjfcx."""
    return "".join(letter for letter, _options in _readings(text))


def initial_options(text: str) -> tuple[frozenset[str], ...]:
    """For each character, every initial it may be typed with (its other readings too)."""
    return tuple(options for _letter, options in _readings(text))


def _matches_at(options: tuple[frozenset[str], ...], query: str, start: int) -> bool:
    return all(letter in options[start + i] for i, letter in enumerate(query))


def _initials_match(options: tuple[frozenset[str], ...], query: str) -> int | None:
    """Where the query's letters are the initials of consecutive characters, or None."""
    for start in range(len(options) - len(query) + 1):
        if _matches_at(options, query, start):
            return start
    return None


def normalise(query: str) -> str:
    """What the matcher compares: lower case, no spaces (a citizen may type 'S B')."""
    return "".join(query.split()).lower()


def _spellings(text: str) -> list[str]:
    """The text as written, and with long official words shortened as citizens say them."""
    spellings = [text]
    short = text
    for long, abbreviation in ABBREVIATIONS.items():
        short = short.replace(long, abbreviation)
    if short != text:
        spellings.append(short)
    return spellings


@dataclass(frozen=True)
class _Entry:
    item: Item
    initials: tuple[str, ...]  # per spelling of the Chinese name: the usual initials
    other_initials: tuple[tuple[frozenset[str], ...], ...]  # every reading, for a second try
    texts: tuple[str, ...]  # the name in every language (and shortened), lower case
    department_initials: str
    department_texts: tuple[str, ...]


def rank(items: Iterable[Item], usage: Mapping[str, int] | None = None) -> list[Item]:
    """Most used first: uses counted on this kiosk, then the item file's popularity (which
    orders a new kiosk and breaks ties), then catalogue order."""
    counts = usage or {}
    indexed = list(enumerate(items))
    indexed.sort(key=lambda pair: (-counts.get(pair[1].id, 0), -pair[1].popularity, pair[0]))
    return [item for _index, item in indexed]


class SearchIndex:
    """Items found by initials or by words, in the order given (rank them first)."""

    def __init__(self, items: Iterable[Item], departments: Iterable[Department] = ()) -> None:
        names = {d.id: d for d in departments}
        entries = []
        for item in items:
            chinese = item.name.get("zh_CN")
            texts = {s.lower() for t in item.name.by_language.values() for s in _spellings(t)}
            department = names.get(item.department)
            department_names = department.name.by_language if department else {}
            entries.append(
                _Entry(
                    item=item,
                    initials=tuple(initials(s) for s in _spellings(chinese)),
                    other_initials=tuple(initial_options(s) for s in _spellings(chinese)),
                    texts=tuple(sorted(texts)),
                    department_initials=initials(department_names.get("zh_CN", "")),
                    department_texts=tuple(t.lower() for t in department_names.values()),
                )
            )
        self._entries = tuple(entries)

    @property
    def items(self) -> list[Item]:
        return [entry.item for entry in self._entries]

    def search(self, query: str) -> list[Item]:
        """Best matches first: the name begins with the query, then contains it, then the
        item's department does; within each, the order the index was built in. Less usual
        readings of a character are tried only when the usual ones find nothing."""
        wanted = normalise(query)
        if not wanted:
            return self.items
        found = self._search(wanted, other_readings=False)
        return found or self._search(wanted, other_readings=True)

    def _search(self, wanted: str, other_readings: bool) -> list[Item]:
        letters = wanted.isascii() and wanted.isalnum()
        tiers: list[tuple[int, int, Item]] = []
        for position, entry in enumerate(self._entries):
            tier = _tier(entry, wanted, letters, other_readings)
            if tier is not None:
                tiers.append((tier, position, entry.item))
        tiers.sort(key=lambda t: (t[0], t[1]))
        return [item for _tier, _position, item in tiers]


def _words(text: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in text).split()


def _text_match(texts: Iterable[str], wanted: str, letters: bool) -> int | None:
    """0: a name begins with the query; 1: contains it (for Latin letters: a word of it begins
    with the query, so 'rs' does not find 'personal'); None: no match."""
    best: int | None = None
    for text in texts:
        compact = text.replace(" ", "")
        if compact.startswith(wanted):
            return 0
        inside = any(w.startswith(wanted) for w in _words(text)) if letters else wanted in compact
        if inside:
            best = 1
    return best


def _tier(entry: _Entry, wanted: str, letters: bool, other_readings: bool) -> int | None:
    starts: list[int] = []
    if letters:
        if other_readings:
            found = [_initials_match(options, wanted) for options in entry.other_initials]
        else:
            found = [text.find(wanted) for text in entry.initials]
        starts.extend(start for start in found if start is not None and start >= 0)
    text_tier = _text_match(entry.texts, wanted, letters)
    if starts or text_tier is not None:
        return 0 if 0 in starts or text_tier == 0 else 1
    if letters and entry.department_initials.startswith(wanted):
        return 2
    if _text_match(entry.department_texts, wanted, letters) is not None:
        return 2
    return None


def catalogue_texts(items: Iterable[Item], departments: Iterable[Department]) -> set[str]:
    """Every Chinese text the index reads initials of."""
    texts = {d.name.get("zh_CN") for d in departments}
    for item in items:
        texts.update(_spellings(item.name.get("zh_CN")))
    return {text for text in texts if text}


def write_readings(texts: Iterable[str], path: Path = READINGS_FILE) -> None:
    data = {
        text: [[letter, sorted(options)] for letter, options in read_with_pypinyin(text)]
        for text in sorted(texts)
    }
    lines = [f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}" for k, v in data.items()]
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


def main() -> int:
    """`python -m flows.search`: rewrite pinyin_readings.json for the shipped catalogue."""
    from flows.catalogue import load_catalogue

    catalogue = load_catalogue()
    write_readings(catalogue_texts(catalogue.items, catalogue.departments))
    sys.stdout.write(f"wrote {READINGS_FILE}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
