"""`kiosk check-item FILE...`: check item files the way the kiosk loads them, and more.

The catalogue refuses a broken file at start with its first problem; an author wants every
problem at once, named by file and field, with what to do about it. So this runs the same
checks as the loader (flows/catalogue.py) plus the ones a loader cannot know are mistakes:
typos in top-level keys, an id that differs from the file name, devices a step uses but the
item does not require, result formats the print step cannot give.
"""

from __future__ import annotations

import difflib
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from flows.catalogue import ITEMS_DIR, ItemFileError, parse_item, text_problems
from flows.model import Item

# Every top-level key an item file may have; anything else is most likely a typo.
ITEM_KEYS = frozenset(
    {
        "id",
        "name",
        "summary",
        "department",
        "home",
        "lifecycle",
        "popularity",
        "endpoint",
        "result_formats",
        "requires",
        "conditions",
        "materials",
        "standard",
        "fee",
        "steps",
    }
)
# Devices each step type uses; an item must require them so its tile goes out of service
# when one is down. Step types not listed here use no device.
STEP_DEVICES: dict[str, tuple[str, ...]] = {
    "authenticate": ("card_reader", "camera"),
    "scan": ("scanner",),
}


def _departments(item_file: Path) -> list[str]:
    """The departments beside the file, else the shipped ones."""
    for folder in (item_file.parent, ITEMS_DIR):
        path = folder / "departments.toml"
        if path.is_file():
            with open(path, "rb") as file:
                raw = tomllib.load(file).get("departments", [])
            return [str(d.get("id")) for d in raw if isinstance(d, dict)]
    return []


def _consistency(item: Item, data: dict[str, Any], name: str) -> list[str]:
    """Mistakes that load fine but show at a citizen's tap or when a device fails."""
    problems = []
    stem = Path(name).stem
    if item.id != stem:
        problems.append(f"{name}: id: '{item.id}' differs from the file name; call it {stem!r}")
    requires = {str(d) for d in item.requires}
    formats = {str(f) for f in item.result_formats}
    for index, step in enumerate(item.steps):
        where = f"{name}: step {index + 1} ({step.type})"
        for device in STEP_DEVICES.get(step.type, ()):
            if device not in requires:
                problems.append(f'{where}: uses the {device}; add "{device}" to requires')
        if step.type != "print":
            continue
        if step.options.get("receipt") and "receipt" not in formats:
            problems.append(f'{where}: prints a receipt; add "receipt" to result_formats')
        if step.options.get("a4"):
            if "a4" not in formats:
                problems.append(f'{where}: prints A4; add "a4" to result_formats')
            if "a4_printer" not in requires:
                problems.append(f'{where}: prints A4; add "a4_printer" to requires')
    if item.on_home and item.steps[-1].type != "rate":
        problems.append(f"{name}: steps: a service on the home screen ends with a 'rate' step")
    if not item.conditions or not item.materials:
        problems.append(f"{name}: conditions/materials: tell the citizen both (一次性告知)")
    if not str(data.get("endpoint", "")).startswith("/api/"):
        problems.append(f"{name}: endpoint: give the platform path, e.g. /api/v1/...")
    return problems


def check_file(path: Path) -> list[str]:
    """Every problem found in one item (or departments.toml) file; empty when it is fine."""
    name = str(path)
    try:
        with open(path, "rb") as file:
            data = tomllib.load(file)
    except OSError as error:
        return [f"{name}: cannot be read ({error.strerror or error})"]
    except tomllib.TOMLDecodeError as error:
        return [f"{name}: not valid TOML: {error}"]
    if path.name == "departments.toml":
        return [f"{name}: {field}: {reason}" for field, reason in text_problems(data)]
    problems = [f"{name}: {field}: {reason}" for field, reason in text_problems(data)]
    for key in sorted(set(data) - ITEM_KEYS):
        guess = difflib.get_close_matches(key, ITEM_KEYS, n=1)
        hint = f" (did you mean '{guess[0]}'?)" if guess else ""
        problems.append(f"{name}: {key}: unknown key{hint}")
    try:
        item = parse_item(data, name, _departments(path), languages=False)
    except ItemFileError as error:
        return [*problems, str(error)]
    return problems + _consistency(item, data, name)


def main(argv: Sequence[str]) -> int:
    """Check each file; print OK or every problem; exit 1 if any file has one."""
    if not argv:
        print("usage: kiosk check-item FILE [FILE...]", file=sys.stderr)
        return 2
    failed = 0
    for raw in argv:
        problems = check_file(Path(raw))
        if problems:
            failed += 1
            for problem in problems:
                print(problem)
        else:
            print(f"{raw}: OK")
    return 1 if failed else 0


__all__ = ["ITEM_KEYS", "STEP_DEVICES", "check_file", "main"]
