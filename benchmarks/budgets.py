"""The budgets of issue 10, each a number in results.json and a limit it must stay under."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypedDict


@dataclass(frozen=True)
class Budget:
    key: str
    what: str
    path: tuple[str, ...]  # where the number is in results.json
    limit: float
    unit: str
    strict: bool = False  # "under": value < limit; otherwise "at most": value <= limit


BUDGETS = (
    Budget(
        "cold_start_ratio",
        "cold start to home screen, kiosk / Chromium first paint (medians)",
        ("cold_start", "ratio"),
        0.5,
        "x",
    ),
    Budget(
        "memory_ratio",
        "PSS after 100 journeys with the face models loaded, kiosk / Chromium page (all "
        "processes of each)",
        ("memory", "ratio_with_face_models"),
        0.6,
        "x",
    ),
    Budget(
        "touch_p95_ms",
        "tap to next screen painted, p95",
        ("touch", "press_to_paint_ms", "p95"),
        16.7,
        "ms",
    ),
    Budget(
        "face_median_ms",
        "face: frame in to decision out, median, one core",
        ("face", "frame_to_decision_ms", "median"),
        150.0,
        "ms",
    ),
    Budget(
        "idle_cpu_percent",
        "CPU while idle on the attract screen, % of one core",
        ("idle", "kiosk_cpu_percent"),
        1.0,
        "%",
        strict=True,
    ),
)


class Verdict(TypedDict):
    key: str
    what: str
    value: float | None
    limit: float
    unit: str
    passed: bool | None  # None: not measured in this run (and why)
    note: str


def lookup(results: dict[str, Any], path: tuple[str, ...]) -> float | None:
    node: Any = results
    for part in path:
        if not isinstance(node, dict) or node.get(part) is None:
            return None
        node = node[part]
    return float(node) if isinstance(node, int | float) else None


def _why_missing(results: dict[str, Any], budget: Budget) -> str:
    section = results.get(budget.path[0])
    if isinstance(section, dict):
        for key in ("why", "error"):
            if section.get(key):
                return str(section[key])
    return "not measured in this run"


def evaluate(results: dict[str, Any]) -> list[Verdict]:
    verdicts: list[Verdict] = []
    for budget in BUDGETS:
        value = lookup(results, budget.path)
        passed: bool | None = None
        note = ""
        if value is None:
            note = _why_missing(results, budget)
        else:
            passed = value < budget.limit if budget.strict else value <= budget.limit
        verdicts.append(
            Verdict(
                key=budget.key,
                what=budget.what,
                value=value,
                limit=budget.limit,
                unit=budget.unit,
                passed=passed,
                note=note,
            )
        )
    return verdicts
