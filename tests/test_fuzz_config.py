"""Hostile configuration files: random bytes, random TOML, and the real keys given wrong
values. The kiosk answers ConfigError with a message naming the file (and the key), never a
traceback; `kiosk --check-config` says the same in one line per problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from kiosk_app.cli import main
from kiosk_app.config import Config, ConfigError, load_config

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
SECTIONS = {
    name: list(type(section).model_fields)
    for name, section in Config().__dict__.items()
    if isinstance(section, BaseModel)
}
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=30)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _toml_value(value: Any) -> str:
    if value is None:
        return '""'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(str(value), repr(value))
    if isinstance(value, str):
        return (
            '"'
            + "".join(
                c if c.isprintable() and c not in '"\\' else f"\\u{ord(c):04x}"
                for c in value
                if ord(c) < 0x10000 and not 0xD800 <= ord(c) <= 0xDFFF
            )
            + '"'
        )
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return (
        "{" + ", ".join(f"{_toml_value(str(k))} = {_toml_value(v)}" for k, v in value.items()) + "}"
    )


def _refused_clearly(path: Path) -> None:
    try:
        load_config(path)
    except ConfigError as error:
        message = str(error)
        assert str(path) in message and "Traceback" not in message


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(data)
    _refused_clearly(path)


@FUZZ
@given(st.sampled_from(sorted(SECTIONS)), st.data(), VALUES)
def test_real_keys_with_any_value(tmp_path: Path, section: str, data: Any, value: Any) -> None:
    key = data.draw(st.sampled_from(SECTIONS[section] or ["x"]))
    path = tmp_path / "kiosk.toml"
    path.write_text(f"[{section}]\n{key} = {_toml_value(value)}\n", encoding="utf-8")
    _refused_clearly(path)


@FUZZ
@given(st.text(max_size=200))
def test_random_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    _refused_clearly(path)


def test_check_config_prints_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[devices]\npoll_s = "often"\n[platform]\nurl = "ftp://x"\n', encoding="utf-8")
    assert main(["--config", str(path), "--check-config"]) == 2
    err = capsys.readouterr().err
    assert "devices.poll_s" in err and "platform.url" in err and "Traceback" not in err
