"""Shared fixtures: Qt offscreen at the kiosk's portrait resolution, a kiosk built from its real
parts (sandbox platform over HTTP, simulated devices, SQLite store) in a private data folder."""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from kiosk_app.config import Config

CITIZEN = "11010519491231002X"  # 测试甲: has every record
HOMEOWNER = "110105198506150049"  # 测试乙: owns a flat
RETIRED = "110105195203080035"  # 测试丙: no provident-fund account
UNKNOWN = "110105199001010053"  # 测试丁: unknown to the platform


def settle_garbage() -> None:
    """Collect, then freeze what exists, as `kiosk` does after start-up."""
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _unfreeze() -> Iterator[None]:
    yield
    gc.unfreeze()


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every temp file the kiosk might write lands here, so a test can search it."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def settings() -> dict[str, object]:
    """Override in a test module to change the configuration."""
    return {}


@pytest.fixture
def config(tmp_path: Path, settings: dict[str, object]) -> Config:
    raw: dict[str, object] = {"store": {"data_dir": str(tmp_path / "data")}}
    raw.update(settings)
    return Config.model_validate(raw)


@pytest.fixture
def kiosk(qapp: object, config: Config, private_tmp: Path) -> Iterator[object]:
    from kiosk_app.app import build_kiosk, ensure_application
    from kiosk_app.demo import PORTRAIT

    kiosk = build_kiosk(config)
    kiosk.controller.second_ms = 20  # a kiosk "second" lasts 20 ms in tests
    kiosk.window.resize(*PORTRAIT)
    kiosk.window.show()
    yield kiosk
    kiosk.shutdown()
    ensure_application().removeTranslator(kiosk.translator)


@pytest.fixture
def citizen(kiosk: object) -> object:
    from kiosk_app.demo import Citizen

    return Citizen(kiosk)  # type: ignore[arg-type]
