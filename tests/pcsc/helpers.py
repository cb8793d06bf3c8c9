"""Test citizens, their cards, and the screen a citizen sees after the real driver reads one."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from devices import id_card_format as fmt
from devices.identity import IdentityRecord, id_check_digit
from devices.interfaces import CardReader
from devices.simulated.devices import (
    SimulatedDocumentPrinter,
    SimulatedFaceVerifier,
    SimulatedReceiptPrinter,
)
from devices.status import DeviceError
from flows.catalogue import load_catalogue
from flows.context import FlowContext
from flows.engine import FlowEngine
from flows.views import FaceCapture, InsertCard, Problem, View, Working
from tests.pcsc.conftest import Events
from tests.pcsc.virtual_card import Applet, VirtualCard, identity_applet

Cards = Callable[..., VirtualCard]


def citizen_id(area: str, birth: dt.date, sequence: str) -> str:
    first17 = f"{area}{birth:%Y%m%d}{sequence}"
    return first17 + id_check_digit(first17)


# Clearly fake citizens (测试 names, 培训路 addresses), consistent with GB 11643: the ID number
# holds the birth date, and its 17th digit is odd for men and even for women.
HOLDER = IdentityRecord(
    name="测试戊",
    sex="男",
    ethnicity="汉",
    birth_date=dt.date(1980, 5, 20),
    address="演示省培训市示例区培训路101号",
    id_number=citizen_id("110105", dt.date(1980, 5, 20), "013"),
    authority="培训市公安局示例分局",
    valid_from=dt.date(2016, 3, 1),
    valid_until=dt.date(2036, 3, 1),
)
LONG_TERM = dataclasses.replace(
    HOLDER,
    name="测试己·阿依古丽",
    sex="女",
    ethnicity="维吾尔",
    birth_date=dt.date(1950, 1, 2),
    id_number=citizen_id("650102", dt.date(1950, 1, 2), "024"),
    valid_from=dt.date(2010, 1, 1),
    valid_until=None,
)
EXPIRED = dataclasses.replace(
    HOLDER, valid_from=dt.date(2001, 1, 1), valid_until=dt.date(2021, 1, 1)
)
# Anything of these in a log line or an error message would be card data leaking.
CARD_WORDS = ("测试", "培训", "示例", HOLDER.id_number, LONG_TERM.id_number, "19800520")


def text_of(record: IdentityRecord) -> bytes:
    return fmt.pack_text_record(fmt.text_fields_of(record))


def holder_card(photo: bytes, record: IdentityRecord = HOLDER, extended: bool = True) -> Applet:
    return identity_applet(text_of(record), photo, extended=extended)


def inserted(cards: Cards, events: Events, applet: Applet, **options: object) -> VirtualCard:
    card = cards(applet, **options)
    events.wait_for(True)
    return card


def reading_error(reader: CardReader) -> DeviceError:
    with pytest.raises(DeviceError) as caught:
        reader.read_identity()
    return caught.value


class NoPlatform:
    def call(self, endpoint: str, payload: dict[str, object]) -> dict[str, object]:
        raise AssertionError("these journeys end before the platform is asked")


def _run_job(engine: FlowEngine) -> View:
    """Run the job of the view shown and hand back its outcome, as kiosk_app's workers do."""
    view = engine.view
    assert isinstance(view, Working | FaceCapture), view
    try:
        result = view.job.run()
    except Exception as error:
        answer = engine.job_finished(view.job.token, error=error)
    else:
        answer = engine.job_finished(view.job.token, result=result)
    assert answer is not None
    return answer


def screen_after_card(reader: CardReader) -> View:
    """A citizen at the social insurance item with the card on the reader: the screen shown
    once the card is read and, if that went well, the face compared with its photo."""
    face = SimulatedFaceVerifier(delay_s=0)
    face.open()
    ctx = FlowContext(
        transaction_id="KIOSK-TEST-PCSC",
        site_name="测试市民服务中心",
        training=True,
        platform=NoPlatform(),
        card_reader=reader,
        face=face,
        receipt_printer=SimulatedReceiptPrinter(delay_s=0),
        document_printer=SimulatedDocumentPrinter(delay_s=0),
        render_certificate=lambda certificate: b"",
        record_rating=lambda level, reason: None,
        card_present=lambda: reader.card_present,
    )
    engine = FlowEngine(load_catalogue().get("social_insurance_record"), ctx)
    engine.start()
    view = engine.act("agree")
    if isinstance(view, InsertCard):
        view = engine.card_changed(reader.card_present)
    assert isinstance(view, Working) and view.message == "reading_card", view
    view = _run_job(engine)
    if isinstance(view, FaceCapture):
        view = _run_job(engine)
    return view


def problem_shown(view: View) -> str:
    assert isinstance(view, Problem), f"expected a problem screen, got {view}"
    return view.message
