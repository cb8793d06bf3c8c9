"""Medians and spread: every number in the table is a summary of repeated samples."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import TypedDict


class Summary(TypedDict):
    n: int
    median: float
    p95: float
    min: float
    max: float
    mean: float


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100): a value that was actually measured."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def summarize(values: Sequence[float], digits: int = 4) -> Summary | None:
    if not values:
        return None
    return Summary(
        n=len(values),
        median=round(statistics.median(values), digits),
        p95=round(percentile(values, 95), digits),
        min=round(min(values), digits),
        max=round(max(values), digits),
        mean=round(statistics.fmean(values), digits),
    )
