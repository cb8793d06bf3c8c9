"""A scanned page made fit to send (std 4.1b): cropped to the paper, straightened, and checked
for legibility, with problems named as message keys that tell the citizen how to fix them.

OpenCV on a worker thread; the images stay in memory (JPEG bytes) and are never written out.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt
from cv2.typing import MatLike

from devices.interfaces import ScannedImage
from devices.status import DeviceError

Image = MatLike  # what OpenCV takes and gives: 8-bit BGR or grey here

MAX_SIDE = 1754  # A4 at 150 dpi: sharp enough to read, small enough to send
PREVIEW_SIDE = 900
WORK_SIDE = 3000  # larger scans are shrunk first: enough for 150 dpi print on any A4 layout
MEASURE_WIDTH = 1000  # sharpness is measured at one scale, whatever the scanner gave
MIN_SHORT_SIDE = 500  # fewer pixels across the paper than this cannot hold readable print
MIN_SHARPNESS = 100.0  # Laplacian variance near print at MEASURE_WIDTH; sharp text: 1000+
MIN_CONTRAST = 60.0  # grey levels between the 5th and 95th percentile
MIN_PAPER = 110.0  # grey level of the paper: below this the image is too dark
BLANK_CONTRAST = 10.0
MIN_INK = 0.003  # share of dark pixels: below this the page is blank
MAX_SKEW = 30.0  # degrees: more than this is a page put on sideways, left as it is


@dataclass(frozen=True, repr=False)
class PreparedPage:
    """The page as it will be sent, a smaller preview for the screen, and what is wrong."""

    jpeg: bytes
    preview: bytes
    width: int
    height: int
    problems: tuple[str, ...]  # message keys; empty when the page is legible
    skew_deg: float
    cropped: bool
    sharpness: float
    contrast: float

    @property
    def legible(self) -> bool:
        return not self.problems


def decode(data: bytes) -> Image:
    array = np.frombuffer(data, np.uint8)
    image = cv2.imdecode(array, cv2.IMREAD_COLOR) if array.size else None
    if image is None or image.size == 0:
        raise DeviceError("scan_unreadable")
    return image


def _order_corners(points: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Top-left, top-right, bottom-right, bottom-left."""
    s = points.sum(axis=1)
    d = np.diff(points, axis=1).ravel()
    return np.array(
        [points[np.argmin(s)], points[np.argmin(d)], points[np.argmax(s)], points[np.argmax(d)]],
        np.float32,
    )


def find_page(image: Image) -> npt.NDArray[np.float32] | None:
    """The paper's four corners when it stands out from the scanner bed, else None."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    small_scale = 800 / max(gray.shape)
    small = cv2.resize(gray, None, fx=small_scale, fy=small_scale, interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (5, 5), 0)
    _t, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    contours, _h = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    largest = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(largest)
    total = small.shape[0] * small.shape[1]
    if area < 0.02 * total or area > 0.97 * total:
        return None  # nothing distinct, or the paper fills the glass: nothing to crop
    rect = cv2.minAreaRect(largest)
    if cv2.contourArea(cv2.boxPoints(rect)) > 1.25 * area:
        return None  # not a sheet of paper (a ragged shape): leave the image whole
    corners = cv2.boxPoints(rect).astype(np.float32) / small_scale
    return _order_corners(corners)


def _warp(image: Image, corners: npt.NDArray[np.float32]) -> Image:
    tl, tr, br, bl = corners
    width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    target = np.array(
        [[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32
    )
    matrix = cv2.getPerspectiveTransform(corners, target)
    return cv2.warpPerspective(image, matrix, (width, height), flags=cv2.INTER_LINEAR)


def _skew(corners: npt.NDArray[np.float32]) -> float:
    tl, tr = corners[0], corners[1]
    return float(np.degrees(np.arctan2(tr[1] - tl[1], tr[0] - tl[0])))


def text_skew(image: Image) -> float:
    """Tilt of the printed lines (degrees) for a page that fills the glass: the angle of the
    box around the ink, after the ink of each line is run together."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    _t, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ink = cv2.dilate(ink, np.ones((3, 25), np.uint8))
    lines, _h = cv2.findContours(ink, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    angles, weights = [], []
    for line in lines:
        (_cx, _cy), (w, h), angle = cv2.minAreaRect(line)
        if w < h:
            w, h, angle = h, w, angle - 90
        if w > 8 * h and w > image.shape[1] * 0.2:  # long thin runs: lines of text
            angles.append(((angle + 45) % 90) - 45)
            weights.append(w)
    if not angles:
        return 0.0
    return float(np.average(angles, weights=weights))


def _rotate(image: Image, angle_deg: float) -> Image:
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle_deg, 1.0)
    return cv2.warpAffine(
        image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )


def straighten(image: Image) -> tuple[Image, float, bool]:
    """Crop to the paper and turn it upright: (page, skew corrected in degrees, cropped)."""
    corners = find_page(image)
    if corners is not None:
        skew = _skew(corners)
        if abs(skew) <= MAX_SKEW:
            page = _warp(image, corners)
            h, w = page.shape[:2]
            page = page[h // 100 : h - h // 100, w // 100 : w - w // 100]  # the bed at the edge
            if page.shape[0] > 0 and page.shape[1] > 0:
                residual = text_skew(page)  # the sheet's outline is found at low resolution
                if 0.2 < abs(residual) <= 3:
                    page, skew = _rotate(page, residual), skew + residual
                return page, skew, True
    skew = text_skew(image)
    if 0.2 < abs(skew) <= MAX_SKEW:
        return _rotate(image, skew), skew, False
    return image, 0.0, False


def measure(page: Image) -> tuple[float, float, float, float]:
    """(sharpness, contrast, paper brightness, ink share) of a page's inside, at a fixed scale.

    Sharpness is the Laplacian's variance where there is print, so a page with little text
    is not called blurred; contrast is paper (95th percentile) against ink (0.5th)."""
    gray = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    scale = MEASURE_WIDTH / gray.shape[1]
    gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    h, w = gray.shape
    gray = gray[h // 25 : h - h // 25, w // 25 : w - w // 25]  # edges of the sheet are not print
    low, paper = np.percentile(gray, (0.5, 95))
    contrast = float(paper - low)
    brightness = float(paper)
    ink_mask = gray < (paper - max(contrast / 2, 15.0))
    ink = float(ink_mask.mean())
    near_ink = cv2.dilate(ink_mask.astype(np.uint8), np.ones((7, 7), np.uint8)) > 0
    laplacian = cv2.Laplacian(gray, cv2.CV_64F)
    sharpness = float(laplacian[near_ink].var()) if near_ink.any() else 0.0
    return sharpness, contrast, brightness, ink


def legibility_problems(page: Image) -> tuple[tuple[str, ...], float, float]:
    """Message keys for what makes the page hard to read, in the order to fix them."""
    problems = []
    if min(page.shape[:2]) < MIN_SHORT_SIDE:
        problems.append("scan_too_small")
    sharpness, contrast, brightness, ink = measure(page)
    if brightness < MIN_PAPER:
        problems.append("scan_too_dark")
    elif contrast < BLANK_CONTRAST or ink < MIN_INK:
        problems.append("scan_blank")
    elif contrast < MIN_CONTRAST:
        problems.append("scan_low_contrast")
    elif sharpness < MIN_SHARPNESS:  # judged only on print that stands out from the paper
        problems.append("scan_blurred")
    return tuple(problems), sharpness, contrast


def _fit(image: Image, side: int) -> Image:
    scale = side / max(image.shape[:2])
    if scale >= 1:
        return image
    return cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def _jpeg(image: Image, quality: int) -> bytes:
    ok, buffer = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise DeviceError("scan_unreadable")
    return bytes(buffer.tobytes())


def prepare(scan: ScannedImage) -> PreparedPage:
    """Crop, deskew, check and encode one scanned page (slow: call from a worker thread)."""
    image = _fit(decode(scan.data), WORK_SIDE)  # a 600 dpi scan need not cost seconds
    page, skew, cropped = straighten(image)
    problems, sharpness, contrast = legibility_problems(page)
    page = _fit(page, MAX_SIDE)
    return PreparedPage(
        jpeg=_jpeg(page, 85),
        preview=_jpeg(_fit(page, PREVIEW_SIDE), 80),
        width=int(page.shape[1]),
        height=int(page.shape[0]),
        problems=problems,
        skew_deg=round(skew, 2),
        cropped=cropped,
        sharpness=round(sharpness, 1),
        contrast=round(contrast, 1),
    )
