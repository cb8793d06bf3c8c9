"""Items (事项) as data: what a citizen needs to know up front and the steps to run."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from devices.status import DeviceClass

SOURCE_LANGUAGE = "zh_CN"
# Every language the kiosk ships; every Text in an item file must have all of them (the
# catalogue refuses an item that lacks one). kiosk_app.config builds its Language from this.
SHIPPED_LANGUAGES: tuple[str, ...] = ("zh_CN", "zh_TW", "en_US", "ug")


@dataclass(frozen=True)
class Text:
    """A text in several languages; falls back to the source language (zh_CN)."""

    by_language: MappingProxyType[str, str]

    @classmethod
    def of(cls, value: str | dict[str, str]) -> Text:
        if isinstance(value, str):
            return cls(MappingProxyType({SOURCE_LANGUAGE: value}))
        return cls(MappingProxyType(dict(value)))

    def get(self, language: str) -> str:
        return self.by_language.get(language) or self.by_language.get(SOURCE_LANGUAGE, "")


class Lifecycle(enum.StrEnum):
    TRIAL = "trial"  # 试运行: shown with a label, counted separately
    ACTIVE = "active"
    REVOKED = "revoked"  # 撤销: hidden


class ResultFormat(enum.StrEnum):
    SCREEN = "screen"
    RECEIPT = "receipt"
    A4 = "a4"


@dataclass(frozen=True)
class StepSpec:
    type: str
    options: MappingProxyType[str, Any] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Fee:
    amount_fen: int
    payee: Text
    reason: Text


@dataclass(frozen=True)
class Department:
    id: str
    name: Text
    order: int


@dataclass(frozen=True)
class Item:
    id: str
    name: Text
    department: str
    summary: Text
    conditions: tuple[Text, ...]
    materials: tuple[Text, ...]
    standard: Text  # 办理标准: time limit, cost, where the result is valid
    steps: tuple[StepSpec, ...]
    endpoint: str
    result_formats: frozenset[ResultFormat]
    requires: frozenset[DeviceClass]
    lifecycle: Lifecycle = Lifecycle.ACTIVE
    fee: Fee | None = None
    popularity: int = 0  # most-used first on the home screen
    on_home: bool = True  # False: reached another way (the complaint form, from the footer)

    @property
    def visible(self) -> bool:
        return self.lifecycle is not Lifecycle.REVOKED
