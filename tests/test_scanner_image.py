"""Crop, deskew and legibility checks on pages drawn with OpenCV: what a citizen puts on the
glass (tilted, blurred, faint, tiny, blank, in shadow) and what the kiosk makes of it."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from devices.document_image import PreparedPage, prepare, text_skew
from devices.interfaces import ScannedImage
from devices.simulated import pages
from devices.simulated.scanner import SimulatedScanner
from devices.status import DeviceError, DeviceState

A4 = 297 / 210


def prepared(image: np.ndarray) -> PreparedPage:
    return prepare(ScannedImage(pages.encode_png(image), 150))


def decode(jpeg: bytes) -> np.ndarray:
    image = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert image is not None
    return image


@pytest.mark.parametrize("angle", [-12.0, -4.0, 0.0, 3.0, 7.0])
def test_a_tilted_page_on_a_dark_bed_is_cropped_and_straightened(angle: float) -> None:
    page = prepared(pages.lay_on_glass(pages.draw_page(), angle_deg=angle))
    assert page.legible, page.problems
    assert page.cropped
    assert page.skew_deg == pytest.approx(-angle, abs=0.6)
    image = decode(page.jpeg)
    assert image.shape[0] / image.shape[1] == pytest.approx(A4, rel=0.03)  # the sheet alone
    assert abs(text_skew(image)) < 0.5  # its lines of print now run level
    border = np.concatenate([image[:5].reshape(-1, 3), image[-5:].reshape(-1, 3)])
    assert border.mean() > 200  # no dark scanner bed left at the edges


def test_a_page_filling_the_glass_is_straightened_by_its_lines_of_print() -> None:
    bed = pages.lay_on_glass(pages.draw_page(), angle_deg=4.0, scale=1.15, background=250)
    page = prepared(bed)
    assert not page.cropped
    assert page.skew_deg == pytest.approx(-4.0, abs=0.6)
    assert abs(text_skew(decode(page.jpeg))) < 0.5


@pytest.mark.parametrize(
    ("image", "problem"),
    [
        (pages.lay_on_glass(pages.blur(pages.draw_page(), 25), 2.0), "scan_blurred"),
        (pages.lay_on_glass(pages.blur(pages.draw_page(), 17), 2.0), "scan_blurred"),
        (
            pages.lay_on_glass(pages.faint(pages.draw_page()), 1.0, background=225),
            "scan_low_contrast",
        ),
        (pages.lay_on_glass(pages.draw_page(), scale=0.18), "scan_too_small"),
        (pages.lay_on_glass(np.full((1754, 1240, 3), 250, np.uint8), 2.0), "scan_blank"),
        ((pages.lay_on_glass(pages.draw_page(), 2.0) * 0.3).astype(np.uint8), "scan_too_dark"),
    ],
    ids=["blurred", "slightly-blurred", "faint", "tiny", "blank", "dark"],
)
def test_an_illegible_page_names_what_to_fix(image: np.ndarray, problem: str) -> None:
    page = prepared(image)
    assert page.problems == (problem,)
    assert not page.legible


def test_mild_softness_is_still_legible() -> None:
    """A scanner's normal softness must not send citizens back to the glass again and again."""
    assert prepared(pages.lay_on_glass(pages.blur(pages.draw_page(), 7), 1.0)).legible


def test_the_page_sent_is_bounded_and_the_preview_smaller() -> None:
    page = prepared(pages.synthetic_scan("document"))
    assert max(page.height, page.width) <= 1754
    sent, preview = decode(page.jpeg), decode(page.preview)
    assert sent.shape[:2] == (page.height, page.width)
    assert max(preview.shape[:2]) <= 900
    assert len(page.jpeg) < 400_000  # a few pages fit in one application


def test_bytes_that_are_no_image_are_a_message_not_a_crash() -> None:
    for data in (b"", b"not an image", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64):
        with pytest.raises(DeviceError) as raised:
            prepare(ScannedImage(data, 150))
        assert raised.value.key == "scan_unreadable"


def test_the_simulated_scanner_scans_what_lies_on_its_glass() -> None:
    scanner = SimulatedScanner(delay_s=0)
    scanner.open()
    scanner.presenting = "skewed"
    assert prepare(scanner.scan()).legible
    scanner.presenting = "blurred"
    assert prepare(scanner.scan()).problems == ("scan_blurred",)
    scanner.presenting = "nothing"
    with pytest.raises(DeviceError) as raised:
        scanner.scan()
    assert raised.value.key == "scanner_no_document"
    scanner.inject(state=DeviceState.OFFLINE)
    scanner.presenting = "document"
    with pytest.raises(DeviceError) as raised:
        scanner.scan()
    assert raised.value.key == "device_unavailable"


def test_the_simulated_scanner_takes_the_faults_of_the_other_simulators() -> None:
    from devices.status import MediaState

    scanner = SimulatedScanner(delay_s=0)
    scanner.open()
    scanner.arm(media=MediaState.JAMMED)  # the paper jams while the head travels
    with pytest.raises(DeviceError) as raised:
        scanner.scan()
    assert raised.value.key == "scanner_jammed"
    fault = scanner.status.fault()
    assert fault is not None and fault.code == "paper_jam"
    scanner.inject(media=MediaState.NOT_APPLICABLE)
    scanner.no_answer_s = 0.05
    scanner.stop_answering()
    with pytest.raises(DeviceError):
        scanner.scan()
    assert scanner.poll().state is DeviceState.OFFLINE
    scanner.resume()
    assert prepare(scanner.scan()).legible
