"""What a citizen hands over at the kiosk for an application: scanned pages and a signature.

Held in memory for one session (CitizenData) and sent to the platform inside the application
PDF; never written anywhere. Qt-free, so flows can check a signature without the screen.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from flows.model import Text

Point = tuple[float, float]
Stroke = tuple[Point, ...]

MIN_SIGNATURE_WIDTH = 0.12  # of the pad's width: a dot or a tick is not a signature
MIN_SIGNATURE_INK = 0.35  # total pen travel, in pad widths
MAX_STROKES = 200
MAX_POINTS = 20_000


@dataclass(frozen=True, repr=False)
class ScannedPage:
    """One checked page of one material, as JPEG bytes (see devices.document_image)."""

    material: str  # the scan step's key, e.g. "leaving_certificate"
    title: Text  # what the material is, as the item file names it
    jpeg: bytes
    width: int
    height: int


@dataclass(frozen=True, repr=False)
class Signature:
    """Pen strokes with x and y from 0 to 1 across the pad, and the pad's width/height."""

    strokes: tuple[Stroke, ...]
    aspect: float

    @classmethod
    def parse(cls, value: object) -> Signature | None:
        """From what the screen sends ({"strokes": [[[x, y], ...], ...], "aspect": w/h});
        None when it is not that shape. Points are clamped to the pad."""
        if not isinstance(value, dict):
            return None
        raw_strokes, aspect = value.get("strokes"), value.get("aspect")
        if not isinstance(raw_strokes, list | tuple) or not isinstance(aspect, int | float):
            return None
        if not math.isfinite(aspect) or not 0.2 <= aspect <= 10 or len(raw_strokes) > MAX_STROKES:
            return None
        strokes: list[Stroke] = []
        count = 0
        for raw in raw_strokes:
            if not isinstance(raw, list | tuple):
                return None
            points: list[Point] = []
            for point in raw:
                if (
                    not isinstance(point, list | tuple)
                    or len(point) != 2
                    or not all(isinstance(c, int | float) and math.isfinite(c) for c in point)
                ):
                    return None
                x, y = (min(max(float(c), 0.0), 1.0) for c in point)
                points.append((x, y))
            count += len(points)
            if count > MAX_POINTS:
                return None
            if points:
                strokes.append(tuple(points))
        return cls(tuple(strokes), float(aspect))

    def ink(self) -> float:
        """Total pen travel in pad widths."""
        total = 0.0
        for stroke in self.strokes:
            for (x1, y1), (x2, y2) in itertools.pairwise(stroke):
                total += math.hypot(x2 - x1, (y2 - y1) / self.aspect)
        return total

    def extent(self) -> tuple[float, float]:
        """Width and height of the signed area, as shares of the pad's width and height."""
        xs = [x for stroke in self.strokes for x, _ in stroke]
        ys = [y for stroke in self.strokes for _, y in stroke]
        if not xs:
            return 0.0, 0.0
        return max(xs) - min(xs), max(ys) - min(ys)

    def problem(self) -> str | None:
        """A message key when this is no signature: empty, or too small to be one."""
        if not self.strokes:
            return "signature_empty"  # a dot is "too small": something was written
        width, height = self.extent()
        if max(width, height * (1 / self.aspect)) < MIN_SIGNATURE_WIDTH:
            return "signature_too_small"
        if self.ink() < MIN_SIGNATURE_INK:
            return "signature_too_small"
        return None


@dataclass(frozen=True, repr=False)
class Application:
    """Everything the application PDF shows; rendered by kiosk_app, sent, forgotten."""

    title: str
    item_id: str
    transaction_id: str
    holder_name: str
    holder_id_number: str
    fields: tuple[tuple[str, str], ...]  # (label, value) in zh_CN, as filled in
    declaration: str
    pages: tuple[ScannedPage, ...]
    signature: Signature
    signed_at: str  # local time, YYYY-MM-DD HH:MM:SS
    site_name: str
    training: bool
