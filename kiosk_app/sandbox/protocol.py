"""The sandbox platform's request and answer records: routes in OpenAPI template syntax,
fixed-text API errors (never echoing citizen data), injected faults, JSON bodies."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any


@dataclass(frozen=True)
class Route:
    """One served route. `path` uses the OpenAPI template syntax so the spec test can compare."""

    method: str
    path: str
    handler: str  # name of a SandboxPlatform method taking a Request
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        regex = re.sub(r"\\\{(\w+)\\\}", lambda m: f"(?P<{m.group(1)}>[^/]+)", re.escape(self.path))
        object.__setattr__(self, "pattern", re.compile(f"^{regex}$"))


class ApiError(Exception):
    """An error answer. The message is fixed text: it must never echo citizen data."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    params: Mapping[str, str]
    query: Mapping[str, list[str]]
    body: dict[str, Any]


@dataclass(frozen=True)
class Html:
    """A page for a browser (the pay page a phone opens) instead of a JSON answer."""

    text: str


def status_code_name(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    except ValueError:
        return "error"


def error_body(code: str, message: str) -> dict[str, object]:
    return {"error": {"code": code, "message": message}}


def parse_json_object(body: bytes | None) -> dict[str, Any]:
    try:
        value = json.loads((body or b"").decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "bad_request", "request body is not valid UTF-8 JSON") from None
    if not isinstance(value, dict):
        raise ApiError(400, "bad_request", "request body must be a JSON object")
    return value
