"""Loads the item catalogue: one TOML file per item, checked so a bad file names its problem."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from devices.status import DeviceClass
from flows.documents import ResultLayout
from flows.library import STEP_TYPES
from flows.model import (
    SHIPPED_LANGUAGES,
    Department,
    Fee,
    Item,
    Lifecycle,
    ResultFormat,
    StepSpec,
    Text,
)

ITEMS_DIR = Path(__file__).parent / "items"


class ItemFileError(ValueError):
    """An item file that cannot be used; the message says which file and what is wrong."""


@dataclass(frozen=True)
class Catalogue:
    departments: tuple[Department, ...]
    items: tuple[Item, ...]

    def visible(self) -> list[Item]:
        return [i for i in self.items if i.visible]

    def by_department(self) -> list[tuple[Department, list[Item]]]:
        """Departments in their order, each with its visible items, most used first."""
        groups = []
        for department in sorted(self.departments, key=lambda d: d.order):
            items = [i for i in self.visible() if i.department == department.id and i.on_home]
            if items:
                groups.append((department, sorted(items, key=lambda i: -i.popularity)))
        return groups

    def get(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)


# Keys whose value is a Text (or a list of them) wherever they appear in an item file.
TEXT_KEYS = frozenset(
    {
        *("name", "summary", "standard", "conditions", "materials", "payee", "reason"),
        *("title", "label", "hint", "declaration"),
    }
)
_LANGUAGES = ", ".join(SHIPPED_LANGUAGES)


def _text_problem(raw: Any) -> str | None:
    """What is wrong with one text: every shipped language, each a non-empty string."""
    if isinstance(raw, str):
        return f"plain text; give a table with {_LANGUAGES}"
    if not isinstance(raw, dict):
        return f"must be a table with {_LANGUAGES}"
    missing = [lang for lang in SHIPPED_LANGUAGES if lang not in raw]
    if missing:
        return f"missing {', '.join(missing)} (every text needs {_LANGUAGES})"
    unknown = sorted(set(raw) - set(SHIPPED_LANGUAGES))
    if unknown:
        return f"unknown language {unknown[0]!r} (the kiosk ships {_LANGUAGES})"
    for lang in SHIPPED_LANGUAGES:
        if not isinstance(raw[lang], str) or not raw[lang].strip():
            return f"the {lang} text is empty or not text"
    return None


def _field_name(path: tuple[str, ...]) -> str:
    return ".".join(path).replace(".[", "[")


def text_problems(data: Any, path: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """Every (field, reason) where a text lacks a shipped language, as `step 4 (result).
    fields[2].label`; lists and steps are counted from 1, as an author reads the file."""
    found: list[tuple[str, str]] = []
    if isinstance(data, list):
        for index, value in enumerate(data):
            found += text_problems(value, (*path, f"[{index + 1}]"))
        return found
    if not isinstance(data, dict):
        return found
    if path and set(data) & set(SHIPPED_LANGUAGES):
        problem = _text_problem(data)  # a language table wherever it is: it must be complete
        return [(_field_name(path), problem)] if problem else []
    for key, value in data.items():
        here = (*path, str(key))
        if key == "steps" and not path and isinstance(value, list):
            for index, step in enumerate(value):
                kind = step.get("type", "?") if isinstance(step, dict) else "?"
                found += text_problems(step, (f"step {index + 1} ({kind})",))
            continue
        if key in TEXT_KEYS:
            texts = [(here, value)]
            if key in ("conditions", "materials") and isinstance(value, list):
                texts = [((*here, f"[{i + 1}]"), raw) for i, raw in enumerate(value)]
            for where, raw in texts:
                problem = _text_problem(raw)
                if problem:
                    found.append((_field_name(where), problem))
            continue
        found += text_problems(value, here)
    return found


def check_texts(data: Any, source: str) -> None:
    """Refuse a file with any text that lacks a shipped language; name file, field, language."""
    problems = text_problems(data)
    if problems:
        field, reason = problems[0]
        raise ItemFileError(f"{source}: {field}: {reason}")


def _text(raw: Any, where: str) -> Text:
    if isinstance(raw, str) and raw:
        return Text.of(raw)
    if isinstance(raw, dict) and isinstance(raw.get("zh_CN"), str) and raw["zh_CN"]:
        if not all(isinstance(v, str) for v in raw.values()):
            raise ItemFileError(f"{where}: every translation must be text")
        return Text.of(raw)
    raise ItemFileError(f"{where}: needs a text, or a table with at least zh_CN")


def _require(data: dict[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise ItemFileError(f"{where}: missing '{key}'")
    return data[key]


def _check_step(step_type: str, options: dict[str, Any], where: str) -> None:
    """Build the step and its layout now, so a bad option fails at load, not at a citizen's tap."""
    try:
        STEP_TYPES[step_type](options)
        if step_type == "result":
            ResultLayout.from_options(options)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ItemFileError(f"{where}: bad or missing option {error}") from None


def parse_item(
    data: dict[str, Any], source: str, departments: Iterable[str], languages: bool = True
) -> Item:
    """A checked item, or ItemFileError naming the file: a value of the wrong shape anywhere
    (tests/test_fuzz_catalogue.py tries them) is a clear message at start, not a traceback.
    `languages=False` skips the text check, for a caller that reports texts itself."""
    try:
        if languages:
            check_texts(data, source)
        return _parse_item(data, source, departments)
    except ItemFileError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as error:
        raise ItemFileError(f"{source}: malformed item ({type(error).__name__})") from None


def _parse_item(data: dict[str, Any], source: str, departments: Iterable[str]) -> Item:
    where = source
    item_id = _require(data, "id", where)
    if not isinstance(item_id, str) or not item_id.replace("_", "").isalnum():
        raise ItemFileError(f"{where}: 'id' must be letters, digits and underscores")
    department = _require(data, "department", where)
    if department not in set(departments):
        raise ItemFileError(f"{where}: unknown department '{department}'")
    steps = []
    for index, raw in enumerate(_require(data, "steps", where)):
        step_type = raw.get("type") if isinstance(raw, dict) else None
        if step_type not in STEP_TYPES:
            known = ", ".join(STEP_TYPES)
            raise ItemFileError(
                f"{where}: step {index + 1} has type {step_type!r}; use one of {known}"
            )
        options = {k: v for k, v in raw.items() if k != "type"}
        _check_step(step_type, options, f"{where}: step {index + 1} ({step_type})")
        steps.append(StepSpec(step_type, MappingProxyType(options)))
    if not steps or steps[0].type != "notice":
        raise ItemFileError(f"{where}: the first step must be 'notice' (一次性告知)")
    try:
        lifecycle = Lifecycle(data.get("lifecycle", "active"))
        formats = frozenset(ResultFormat(f) for f in data.get("result_formats", ["screen"]))
        requires = frozenset(DeviceClass(d) for d in data.get("requires", []))
    except ValueError as error:
        raise ItemFileError(f"{where}: {error}") from None
    fee = None
    if "fee" in data:
        raw_fee = data["fee"]
        try:
            fee = Fee(
                int(raw_fee["amount_fen"]),
                _text(raw_fee["payee"], f"{where}: fee.payee"),
                _text(raw_fee["reason"], f"{where}: fee.reason"),
            )
        except (KeyError, TypeError, ValueError) as error:
            message = f"{where}: fee needs amount_fen (whole fen), payee and reason ({error})"
            raise ItemFileError(message) from None
    try:
        popularity = int(data.get("popularity", 0))
    except (TypeError, ValueError):
        raise ItemFileError(f"{where}: 'popularity' must be a whole number") from None
    types = [step.type for step in steps]
    if (fee is not None) != ("pay" in types):
        raise ItemFileError(f"{where}: an item with a [fee] needs a 'pay' step, and only then")
    if "pay" in types:
        delivering = [i for i, t in enumerate(types) if t in ("query", "print")]
        if delivering and min(delivering) < types.index("pay"):
            raise ItemFileError(f"{where}: 'pay' must come before the service is delivered")
    return Item(
        id=item_id,
        name=_text(_require(data, "name", where), f"{where}: name"),
        department=department,
        summary=_text(data.get("summary", data["name"]), f"{where}: summary"),
        conditions=tuple(_text(c, f"{where}: conditions") for c in data.get("conditions", [])),
        materials=tuple(_text(m, f"{where}: materials") for m in data.get("materials", [])),
        standard=_text(_require(data, "standard", where), f"{where}: standard"),
        steps=tuple(steps),
        endpoint=str(data.get("endpoint", "")),
        result_formats=formats,
        requires=requires,
        lifecycle=lifecycle,
        fee=fee,
        popularity=popularity,
        on_home=bool(data.get("home", True)),
    )


def load_catalogue(directory: Path = ITEMS_DIR) -> Catalogue:
    with open(directory / "departments.toml", "rb") as file:
        raw_departments = tomllib.load(file)["departments"]
    check_texts({"departments": raw_departments}, "departments.toml")
    departments = tuple(
        Department(d["id"], _text(d["name"], "departments.toml"), index)
        for index, d in enumerate(raw_departments)
    )
    items = []
    seen: set[str] = set()
    for path in sorted(directory.glob("*.toml")):
        if path.name == "departments.toml":
            continue
        try:
            with open(path, "rb") as file:
                data = tomllib.load(file)
        except tomllib.TOMLDecodeError as error:
            raise ItemFileError(f"{path.name}: {error}") from None
        except UnicodeDecodeError:
            raise ItemFileError(f"{path.name}: not UTF-8 text") from None
        item = parse_item(data, path.name, (d.id for d in departments))
        if item.id in seen:
            raise ItemFileError(f"{path.name}: id '{item.id}' is used twice")
        seen.add(item.id)
        items.append(item)
    return Catalogue(departments, tuple(items))
