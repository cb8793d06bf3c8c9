"""The synthetic pages the simulated scanner "scans", drawn with OpenCV.

The page is a plain form drawn in lines of Latin text and boxes, laid on the scanner's dark
background, tilted as a hurried hand leaves it; the trainer or the test chooses what lies on the
glass: a good page, a blurred one, a faint one, or nothing. The same drawing serves the image
processing tests, so they check real pixels rather than hand-made numbers.
"""

from __future__ import annotations

import cv2
import numpy as np
from cv2.typing import MatLike

Image = MatLike  # what OpenCV takes and gives: 8-bit BGR or grey here

PRESENTING = ("document", "skewed", "blurred", "faint", "small", "nothing")

_LINES = (
    "APPLICATION FOR WITHDRAWAL",
    "Name: TEST PERSON A   Member No. 0000 1234 5678",
    "Employer: Demo City Training Works Ltd.",
    "Reason: retirement   Account: 2020 0001 0002",
    "Amount: 12,345.67 CNY   Date: 2026-11-24",
    "I declare that the above is true and complete.",
    "Signature: ____________________",
)


def draw_page(width: int = 1240, height: int = 1754) -> Image:
    """A white A4 page (150 dpi) with text lines, a table and a stamp, as a BGR image."""
    page = np.full((height, width, 3), 250, np.uint8)
    font = cv2.FONT_HERSHEY_SIMPLEX
    cv2.putText(page, _LINES[0], (110, 170), font, 1.6, (20, 20, 20), 4, cv2.LINE_AA)
    y = 300
    for line in _LINES[1:]:
        cv2.putText(page, line, (110, y), font, 1.0, (30, 30, 30), 2, cv2.LINE_AA)
        y += 90
    top = y + 20
    for row in range(6):
        cv2.line(page, (110, top + row * 70), (width - 110, top + row * 70), (40, 40, 40), 2)
        cv2.putText(
            page,
            f"{row + 1}  2026-0{row + 1}-15  640.00",
            (130, top + row * 70 + 50),
            font,
            0.9,
            (30, 30, 30),
            2,
            cv2.LINE_AA,
        )
    cv2.line(page, (110, top), (110, top + 350), (40, 40, 40), 2)
    cv2.line(page, (width - 110, top), (width - 110, top + 350), (40, 40, 40), 2)
    cv2.circle(page, (width - 300, height - 300), 110, (40, 40, 200), 6)
    return page


def lay_on_glass(
    page: Image,
    angle_deg: float = 0.0,
    scale: float = 0.85,
    background: int = 45,
    size: tuple[int, int] = (1275, 1755),
) -> Image:
    """Put the page on a dark scanner bed of `size` (w, h), turned and shrunk as given."""
    bed_w, bed_h = size
    bed = np.full((bed_h, bed_w, 3), background, np.uint8)
    ph, pw = page.shape[:2]
    factor = scale * min(bed_w / pw, bed_h / ph)
    matrix = cv2.getRotationMatrix2D((pw / 2, ph / 2), angle_deg, factor)
    matrix[0, 2] += bed_w / 2 - pw / 2
    matrix[1, 2] += bed_h / 2 - ph / 2
    turned = cv2.warpAffine(page, matrix, (bed_w, bed_h), borderValue=(0, 0, 0))
    mask = cv2.warpAffine(np.full((ph, pw), 255, np.uint8), matrix, (bed_w, bed_h), borderValue=0)
    bed[mask > 0] = turned[mask > 0]
    return bed


def blur(image: Image, strength: int = 21) -> Image:
    """Out of focus, or the page moved: a wide Gaussian blur."""
    k = strength | 1
    return cv2.GaussianBlur(image, (k, k), 0)


def faint(image: Image) -> Image:
    """A washed-out copy: contrast squeezed into a narrow light band."""
    return cv2.convertScaleAbs(image, alpha=0.12, beta=210)


def synthetic_scan(presenting: str = "document") -> Image:
    """What the glass shows for each choice of PRESENTING (a BGR image)."""
    page = draw_page()
    if presenting == "skewed":
        return lay_on_glass(page, angle_deg=7.0)
    if presenting == "blurred":
        return lay_on_glass(blur(page, 25), angle_deg=2.0)
    if presenting == "faint":
        return lay_on_glass(faint(page), angle_deg=1.0, background=225)
    if presenting == "small":
        return lay_on_glass(page, angle_deg=0.0, scale=0.18)
    return lay_on_glass(page, angle_deg=1.5)


def encode_png(image: Image) -> bytes:
    ok, buffer = cv2.imencode(".png", image)
    if not ok:
        raise ValueError("could not encode")
    return bytes(buffer.tobytes())
