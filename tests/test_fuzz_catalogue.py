"""Hostile item files: random bytes, broken TOML, and the shipped items with keys removed,
values of the wrong type or nonsense put in. Loading answers the catalogue or ItemFileError
naming the file — a bad item file is a clear message at start, never a traceback."""

from __future__ import annotations

import copy
import shutil
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.catalogue import ITEMS_DIR, ItemFileError, load_catalogue, parse_item

FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
ITEMS = {
    path.name: tomllib.loads(path.read_text(encoding="utf-8"))
    for path in sorted(ITEMS_DIR.glob("*.toml"))
    if path.name != "departments.toml"
}
DEPARTMENTS = [
    d["id"] for d in tomllib.loads((ITEMS_DIR / "departments.toml").read_text())["departments"]
]
ANY = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a parsed item where a value sits."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


def _parses_or_refuses(data: Any, source: str) -> None:
    try:
        item = parse_item(data, source, DEPARTMENTS)
    except ItemFileError as error:
        assert str(error).startswith(source), str(error)
        return
    assert item.steps[0].type == "notice"


@FUZZ
@given(st.sampled_from(sorted(ITEMS)), st.data(), ANY, st.booleans())
def test_shipped_items_with_one_value_changed_or_removed(
    name: str, data: Any, value: Any, remove: bool
) -> None:
    item = copy.deepcopy(ITEMS[name])
    path = data.draw(st.sampled_from(_paths(item)))
    parent = item
    for key in path[:-1]:
        parent = parent[key]
    if remove:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    _parses_or_refuses(item, name)


@FUZZ
@given(st.dictionaries(st.text(max_size=10), ANY, max_size=6))
def test_random_tables(data: dict[str, Any]) -> None:
    _parses_or_refuses(data, "random.toml")


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes_in_an_item_file(tmp_path: Path, content: bytes) -> None:
    folder = tmp_path / "items"
    folder.mkdir(exist_ok=True)
    shutil.copy(ITEMS_DIR / "departments.toml", folder / "departments.toml")
    (folder / "broken.toml").write_bytes(content)
    try:
        load_catalogue(folder)
    except ItemFileError as error:
        assert str(error).startswith("broken.toml"), str(error)
