"""The flow engine with no Qt at all: the real sandbox platform over HTTP through the real
platform client, the simulated devices, and every Job run right here in the test, its result fed
back to the engine by token exactly as kiosk_app does from its worker threads."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
import requests

from devices.identity import IdentityRecord, id_check_digit
from devices.simulated.devices import (
    SimulatedCardReader,
    SimulatedDocumentPrinter,
    SimulatedFaceVerifier,
    SimulatedReceiptPrinter,
)
from devices.simulated.training_cards import training_card
from devices.status import MediaState
from flows.catalogue import Catalogue, load_catalogue
from flows.context import Certificate, FlowContext
from flows.engine import FlowEngine
from flows.fields import field_problem
from flows.model import Text
from flows.views import (
    Choice,
    FaceCapture,
    Finished,
    Form,
    FormField,
    InsertCard,
    Notice,
    Problem,
    Rating,
    ResultView,
    View,
    Working,
)
from kiosk_app.platform_client import PlatformClient
from kiosk_app.sandbox import SandboxPlatform
from tests.conftest import CITIZEN, HOMEOWNER, UNKNOWN

TRANSACTION = "KIOSK-TEST-01-20260301093000-A1B2"
MASKED_CITIZEN = "1101**********002X"
ITEMS = ("social_insurance_record", "no_housing_proof", "provident_fund_account")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxPlatform]:
    with SandboxPlatform() as platform:
        yield platform


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@dataclass
class Rig:
    """One citizen at one item: the engine, the devices it drives, what it recorded."""

    engine: FlowEngine
    reader: SimulatedCardReader
    face: SimulatedFaceVerifier
    receipts: SimulatedReceiptPrinter
    documents: SimulatedDocumentPrinter
    ratings: list[tuple[int | None, str]]
    certificates: list[Certificate]
    card: IdentityRecord

    @property
    def view(self) -> View:
        return self.engine.view

    def run_job(self) -> View:
        """Run the shown view's job here and hand its outcome back under its token."""
        view = self.engine.view
        assert isinstance(view, Working | FaceCapture), view
        try:
            result = view.job.run()
        except Exception as error:  # a device or platform failure, as a worker would see it
            answer = self.engine.job_finished(view.job.token, error=error)
        else:
            answer = self.engine.job_finished(view.job.token, result=result)
        assert answer is not None, "the job of the view on screen was ignored"
        return answer

    def settle(self) -> View:
        while isinstance(self.engine.view, Working | FaceCapture):
            self.run_job()
        return self.engine.view

    def present_card(self, card: IdentityRecord | None = None) -> View:
        self.reader.insert(card or self.card)
        return self.engine.card_changed(True)

    def take_card(self) -> View:
        self.reader.remove()
        return self.engine.card_changed(False)

    def advance(self) -> View:
        """What a citizen with everything in order does next on the view shown."""
        view = self.engine.view
        if isinstance(view, Notice):
            return self.engine.act("agree")
        if isinstance(view, Form):
            for spec in view.fields:
                if spec.kind == "choice" and spec.key not in view.values:
                    return self.engine.act("set", {spec.key: spec.choices[0].value})
            return self.engine.act("submit")
        if isinstance(view, InsertCard):
            return self.present_card()
        if isinstance(view, Working | FaceCapture):
            return self.run_job()
        if isinstance(view, ResultView):
            if view.print_choices:
                return self.engine.act("print", view.print_choices[0].format)
            return self.engine.act("finish")
        if isinstance(view, Rating):
            return self.engine.act("rate", 5)
        raise AssertionError(f"the journey stopped at {view}")

    def until(self, wanted: type | tuple[type, ...]) -> View:
        while not isinstance(self.engine.view, wanted):
            self.advance()
        return self.engine.view

    def to_face_capture(self) -> FaceCapture:
        view = self.until(FaceCapture)
        assert isinstance(view, FaceCapture)
        return view


@pytest.fixture
def make_rig(sandbox: SandboxPlatform, catalogue: Catalogue) -> Iterator[Callable[..., Rig]]:
    opened: list[Rig] = []
    clients: list[PlatformClient] = []

    def make(
        item_id: str,
        card: IdentityRecord | None = None,
        render: Callable[[Certificate], bytes] | None = None,
    ) -> Rig:
        client = PlatformClient(sandbox.base_url, "KIOSK-TEST-01", retries=0)
        clients.append(client)
        reader = SimulatedCardReader(delay_s=0)
        face = SimulatedFaceVerifier(delay_s=0)
        receipts = SimulatedReceiptPrinter(delay_s=0)
        documents = SimulatedDocumentPrinter(delay_s=0)
        for device in (reader, face, receipts, documents):
            device.open()
        ratings: list[tuple[int | None, str]] = []
        certificates: list[Certificate] = []

        def fake_pdf(certificate: Certificate) -> bytes:
            certificates.append(certificate)
            return b"%PDF-1.4 test"

        ctx = FlowContext(
            transaction_id=TRANSACTION,
            site_name="测试市民服务中心",
            training=True,
            platform=client,
            card_reader=reader,
            face=face,
            receipt_printer=receipts,
            document_printer=documents,
            render_certificate=render or fake_pdf,
            record_rating=lambda level, reason: ratings.append((level, reason)),
            card_present=lambda: reader.card_present,
        )
        rig = Rig(
            FlowEngine(catalogue.get(item_id), ctx),
            reader,
            face,
            receipts,
            documents,
            ratings,
            certificates,
            card or training_card(CITIZEN),
        )
        opened.append(rig)
        rig.engine.start()
        return rig

    yield make
    sandbox.clear_faults()
    for client in clients:
        client.close()
    for rig in opened:
        for device in (rig.reader, rig.face, rig.receipts, rig.documents):
            device.close()


def assert_data_dropped(rig: Rig) -> None:
    data = rig.engine.data
    assert data.identity is None
    assert data.answer == {}
    assert data.form == {}


def shown(view: View) -> str:
    name = type(view).__name__
    if isinstance(view, Working):
        return f"{name}:{view.message}"
    if isinstance(view, Finished):
        return f"{name}:{view.reason}"
    return name


# -- whole journeys -----------------------------------------------------------------------------


_TO_RESULT = ["InsertCard", "Working:reading_card", "FaceCapture", "Working:querying", "ResultView"]
_TO_END = ["Rating", "Finished:completed"]
EXPECTED_JOURNEYS = {
    "social_insurance_record": ["Notice", *_TO_RESULT, "Working:printing_receipt", *_TO_END],
    "provident_fund_account": ["Notice", *_TO_RESULT, "Working:printing_receipt", *_TO_END],
    "no_housing_proof": ["Notice", "Form", *_TO_RESULT, "Working:printing_a4", *_TO_END],
}


@pytest.mark.parametrize("item_id", ITEMS)
def test_each_item_runs_from_notice_to_completed(
    make_rig: Callable[..., Rig], item_id: str
) -> None:
    rig = make_rig(item_id)
    seen = [shown(rig.view)]
    steps = len(rig.engine.steps)
    progress = []
    while not isinstance(rig.view, Finished):
        view = rig.view
        assert not isinstance(view, Problem), view
        progress.append(view.progress)
        seen.append(shown(rig.advance()))
    assert seen == EXPECTED_JOURNEYS[item_id]
    assert all(p.of == steps for p in progress)
    assert [p.step for p in progress] == sorted(p.step for p in progress)
    assert progress[0].step == 1 and progress[-1].step == steps  # notice first, rating last
    assert rig.ratings == [(5, "")]
    assert_data_dropped(rig)
    assert rig.engine.printed in ("receipt", "a4")


def test_social_insurance_result_shows_twelve_months(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("social_insurance_record")
    view = rig.until(ResultView)
    assert isinstance(view, ResultView)
    assert view.holder == f"测**  {MASKED_CITIZEN}"
    rows = {label.get("zh_CN"): value for label, value in view.rows}
    assert "培训市示例科技有限公司" in rows["参保单位"]
    assert "城镇职工基本养老保险" in rows["参保险种"]
    [table] = view.tables
    assert len(table.rows) == 12
    assert [p.format for p in view.print_choices] == ["receipt"]


def test_provident_fund_result_shows_balance_and_status(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("provident_fund_account")
    view = rig.until(ResultView)
    assert isinstance(view, ResultView)
    rows = {label.get("zh_CN"): value for label, value in view.rows}
    assert rows["账户状态"] == "正常"
    assert rows["账户余额（元）"] == "23456.78"
    assert rows["公积金账号"] == "****1234"
    assert len(view.tables[0].rows) == 12


def test_no_housing_proof_certifies_what_the_screen_showed(
    make_rig: Callable[..., Rig], sandbox: SandboxPlatform
) -> None:
    rig = make_rig("no_housing_proof")
    result = rig.until(ResultView)
    assert isinstance(result, ResultView)
    assert "无登记住房" in result.statement
    assert [p.format for p in result.print_choices] == ["a4"]
    number = dict((label.get("zh_CN"), value) for label, value in result.rows)["证明编号"]
    assert number.startswith("WFZM-")
    rig.until(Rating)
    assert isinstance(rig.view, Rating) and rig.view.printed == "a4"
    [certificate] = rig.certificates
    assert certificate.holder_name == "测试甲"
    assert certificate.holder_id_number == CITIZEN  # the A4 proof carries the full number
    assert certificate.document_number == number
    assert certificate.transaction_id == TRANSACTION
    assert certificate.training is True
    [(title, pdf)] = list(rig.documents.tray)
    assert title == "无房证明" and pdf.startswith(b"%PDF")
    answer = requests.get(certificate.verify_url, timeout=5).json()
    assert answer["valid"] is True and answer["document_number"] == number


def test_card_already_on_the_reader_is_read_when_the_item_needs_it(
    make_rig: Callable[..., Rig],
) -> None:
    rig = make_rig("social_insurance_record")
    assert isinstance(rig.present_card(), Notice)  # nothing is read before the notice is agreed
    assert rig.engine.data.identity is None
    view = rig.engine.act("agree")
    assert isinstance(view, Working) and view.message == "reading_card"
    assert isinstance(rig.run_job(), FaceCapture)


def test_back_on_the_first_step_leaves_the_item(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("social_insurance_record")
    assert rig.engine.act("back") == Finished("back")


# -- identity ---------------------------------------------------------------------------------


def test_face_mismatch_three_times_offers_assistance(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("social_insurance_record")
    rig.face.presenting = "stranger"
    lefts = []
    for attempt in (1, 2, 3):
        capture = rig.to_face_capture()
        assert (capture.attempt, capture.max_attempts) == (attempt, 3)
        problem = rig.run_job()
        assert isinstance(problem, Problem)
        if attempt < 3:
            assert problem.message == "face_no_match"
            assert "retry" in problem.actions
            lefts.append(problem.params["left"])
            rig.engine.act("retry")
    assert lefts == ["2", "1"]
    assert problem.message == "face_failed_final"
    assert problem.actions == ("sms", "assist", "exit")  # never the face as the only way
    assert rig.engine.act("exit") == Finished("face_failed")
    assert_data_dropped(rig)


def test_photo_held_up_is_not_live(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("social_insurance_record")
    rig.face.presenting = "photo"
    rig.to_face_capture()
    problem = rig.run_job()
    assert isinstance(problem, Problem)
    assert problem.message == "face_not_live"
    assert problem.actions == ("retry", "sms", "exit")
    assert problem.params == {"left": "2"}
    assert rig.engine.data.answer == {}  # nothing was asked of the platform


def test_nobody_in_front_of_the_camera_can_retry(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("social_insurance_record")
    rig.face.presenting = "nobody"
    rig.to_face_capture()
    problem = rig.run_job()
    assert isinstance(problem, Problem)
    assert problem.message == "face_not_found"
    assert "retry" in problem.actions
    rig.face.presenting = "holder"
    assert isinstance(rig.engine.act("retry"), FaceCapture)
    after = rig.run_job()
    assert isinstance(after, Working) and after.message == "querying"
    assert isinstance(rig.settle(), ResultView)


def test_nobody_in_front_never_shows_more_attempts_than_allowed(
    make_rig: Callable[..., Rig],
) -> None:
    """The screen reads 第 N 次，共可尝试 M 次: N may never pass M, whatever went wrong."""
    rig = make_rig("social_insurance_record")
    rig.face.presenting = "nobody"
    capture = rig.to_face_capture()
    for _ in range(6):
        assert capture.attempt <= capture.max_attempts
        problem = rig.run_job()
        assert isinstance(problem, Problem)
        if "retry" not in problem.actions:
            assert problem.message == "face_failed_final"
            break
        assert problem.message == "face_not_found"
        retried = rig.engine.act("retry")
        assert isinstance(retried, FaceCapture)
        capture = retried


def _final_face_problem(rig: Rig) -> Problem:
    rig.face.presenting = "stranger"
    rig.to_face_capture()
    for _ in range(rig.engine.run.ctx.max_face_attempts):
        problem = rig.run_job()
        assert isinstance(problem, Problem)
        if problem.message == "face_failed_final":
            return problem
        rig.engine.act("retry")
    raise AssertionError("no final problem after the allowed attempts")


def test_no_fourth_face_attempt_after_the_final_problem(make_rig: Callable[..., Rig]) -> None:
    """The 3-attempt limit is the engine's, not only a button the screen happens to hide."""
    rig = make_rig("social_insurance_record")
    problem = _final_face_problem(rig)
    assert rig.engine.act("retry") is problem


def test_engine_prints_only_a_format_it_offered(make_rig: Callable[..., Rig]) -> None:
    """A stray or forged 'print a4' cannot certify what the platform refused."""
    rig = make_rig("no_housing_proof", card=training_card(HOMEOWNER))
    view = rig.until(ResultView)
    assert isinstance(view, ResultView) and not view.print_choices
    rig.engine.act("print", "a4")
    rig.settle()
    assert not rig.documents.tray


def test_expired_card_is_refused(make_rig: Callable[..., Rig]) -> None:
    expired = dataclasses.replace(training_card(HOMEOWNER), valid_until=dt.date(2020, 1, 1))
    rig = make_rig("social_insurance_record", card=expired)
    rig.until(InsertCard)
    rig.present_card()
    problem = rig.run_job()
    assert isinstance(problem, Problem)
    assert problem.message == "card_expired"
    assert problem.actions == ("exit",)
    assert rig.engine.data.identity is None  # an unusable card is not kept
    assert rig.engine.act("exit") == Finished("error")


def test_card_with_a_bad_check_digit_is_unreadable(make_rig: Callable[..., Rig]) -> None:
    good = training_card(CITIZEN)
    wrong = next(c for c in "0123456789X" if c != id_check_digit(good.id_number[:17]))
    forged = dataclasses.replace(good, id_number=good.id_number[:17] + wrong)
    rig = make_rig("social_insurance_record", card=forged)
    rig.until(InsertCard)
    rig.present_card()
    problem = rig.run_job()
    assert isinstance(problem, Problem)
    assert problem.message == "card_unreadable"
    assert problem.actions == ("exit",)
    assert rig.engine.data.identity is None


def test_card_removed_after_reading_ends_the_session(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("provident_fund_account")
    rig.until(ResultView)
    assert rig.engine.data.identity is not None and rig.engine.data.answer
    assert rig.take_card() == Finished("card_removed")
    assert_data_dropped(rig)
    assert rig.engine.act("print", "receipt") == Finished("card_removed")  # no way back in
    assert not rig.receipts.tray


def test_card_removed_during_face_capture_ends_the_session(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("social_insurance_record")
    capture = rig.to_face_capture()
    assert rig.take_card() == Finished("card_removed")
    assert rig.engine.job_finished(capture.job.token, result=capture.job.run()) is None
    assert_data_dropped(rig)


# -- platform ---------------------------------------------------------------------------------


def test_citizen_unknown_to_the_platform(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("social_insurance_record", card=training_card(UNKNOWN))
    problem = rig.until(Problem)
    assert isinstance(problem, Problem)
    assert problem.message == "platform_not_found"
    assert rig.engine.data.answer == {}


def test_homeowner_gets_no_a4_certificate(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("no_housing_proof", card=training_card(HOMEOWNER))
    view = rig.until(ResultView)
    assert isinstance(view, ResultView)
    assert "不能出具无房证明" in view.statement
    assert "a4" not in [p.format for p in view.print_choices]
    rating = rig.engine.act("finish")
    assert isinstance(rating, Rating) and rating.printed == ""
    assert rig.engine.act("rate", 3) == Finished("completed")
    assert not rig.documents.tray and not rig.certificates
    assert rig.engine.printed == ""


def test_platform_503_offers_retry_and_recovers(
    make_rig: Callable[..., Rig], sandbox: SandboxPlatform
) -> None:
    rig = make_rig("social_insurance_record")
    rig.until(FaceCapture)
    querying = rig.run_job()
    assert isinstance(querying, Working) and querying.message == "querying"
    sandbox.set_fault(status=503)
    problem = rig.run_job()
    assert isinstance(problem, Problem)
    assert problem.message == "platform_server"
    assert problem.actions == ("retry", "exit")
    sandbox.clear_faults()
    again = rig.engine.act("retry")
    assert isinstance(again, Working) and again.message == "querying"
    assert isinstance(rig.settle(), ResultView)


def test_stale_job_answer_is_ignored(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("social_insurance_record")
    rig.face.presenting = "stranger"
    first = rig.to_face_capture()
    result = first.job.run()
    assert isinstance(rig.engine.job_finished(first.job.token, result=result), Problem)
    second = rig.engine.act("retry")
    assert isinstance(second, FaceCapture) and second.job.token != first.job.token
    # The first capture's answer arrives again (a duplicate, or late): nothing changes.
    assert rig.engine.job_finished(first.job.token, result=result) is None
    assert rig.view is second
    rig.face.presenting = "holder"
    assert isinstance(rig.run_job(), Working)


def test_late_card_read_after_cancel_keeps_nothing(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("social_insurance_record")
    rig.until(InsertCard)
    reading = rig.present_card()
    assert isinstance(reading, Working) and reading.message == "reading_card"
    assert rig.engine.act("cancel") == Finished("cancelled")
    assert rig.engine.job_finished(reading.job.token, result=reading.job.run()) is None
    assert rig.engine.data.identity is None
    assert rig.view == Finished("cancelled")


# -- printing and rating ----------------------------------------------------------------------


def test_printer_out_of_paper_offers_retry(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("social_insurance_record")
    rig.until(ResultView)
    rig.receipts.inject(media=MediaState.OUT)
    printing = rig.engine.act("print", "receipt")
    assert isinstance(printing, Working) and printing.message == "printing_receipt"
    problem = rig.run_job()
    assert isinstance(problem, Problem)
    assert problem.message == "printer_out_of_paper"
    assert "retry" in problem.actions
    assert not rig.receipts.tray
    rig.receipts.inject(media=MediaState.OK)  # the operator loads a new roll
    assert isinstance(rig.engine.act("retry"), Working)
    rating = rig.settle()
    assert isinstance(rating, Rating) and rating.printed == "receipt"
    assert len(rig.receipts.tray) == 1


def test_receipt_masks_the_id_number_and_names_the_transaction(
    make_rig: Callable[..., Rig],
) -> None:
    rig = make_rig("social_insurance_record")
    rig.until(Rating)
    [receipt] = rig.receipts.tray
    text = "\n".join(line.text for line in receipt.lines)
    assert MASKED_CITIZEN in text
    assert CITIZEN not in text
    assert "测试甲" not in text and "测**" in text
    assert rig.card.address not in text and "培训路" not in text
    assert TRANSACTION in text
    assert "社保参保缴费查询" in text
    assert "培训模式" in text  # training paper can never pass for a real one
    assert "12345" in text


@pytest.mark.parametrize(
    ("action", "value", "recorded"),
    [("rate", 4, [(4, "")]), ("rate", 3, [(3, "")]), ("skip", None, [(None, "")])],
)
def test_rating_is_recorded_once(
    make_rig: Callable[..., Rig], action: str, value: object, recorded: list[object]
) -> None:
    rig = make_rig("provident_fund_account")
    rating = rig.until(Rating)
    assert isinstance(rating, Rating) and rating.transaction_id == TRANSACTION
    for nonsense in (0, 6, "5", None):
        assert rig.engine.act("rate", nonsense) is rating
    assert rig.ratings == []
    assert rig.engine.act(action, value) == Finished("completed")
    assert rig.engine.act("rate", 5) == Finished("completed")  # finished: nothing more counts
    assert rig.ratings == recorded


@pytest.mark.parametrize("level", [1, 2])
def test_low_rating_needs_a_reason(make_rig: Callable[..., Rig], level: int) -> None:
    rig = make_rig("provident_fund_account")
    rig.until(Rating)
    asking = rig.engine.act("rate", level)
    assert isinstance(asking, Rating) and asking.level == level and asking.reasons
    assert rig.ratings == []  # nothing recorded without a reason
    assert rig.engine.act("reason", "  ") is asking  # blank is not a reason
    assert rig.engine.act("reason", "waiting") == Finished("completed")
    assert rig.ratings == [(level, "等待时间太长")]


def test_typed_reason_is_marked_as_other(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("provident_fund_account")
    rig.until(Rating)
    rig.engine.act("rate", 1)
    assert rig.engine.act("reason", "字太小\x1b[31m 看不清") == Finished("completed")
    [(level, reason)] = rig.ratings
    assert level == 1 and reason.startswith("其他：") and "\x1b" not in reason


STOPS: dict[str, type | tuple[type, ...]] = {
    "notice": Notice,
    "form": Form,
    "insert_card": InsertCard,
    "reading_card": Working,
    "face_capture": FaceCapture,
    "result": ResultView,
    "rating": Rating,
}


@pytest.mark.parametrize("stop", STOPS)
def test_cancel_at_any_step_drops_everything(make_rig: Callable[..., Rig], stop: str) -> None:
    rig = make_rig("no_housing_proof")
    rig.until(STOPS[stop])
    printed = len(rig.documents.tray)
    assert rig.engine.act("cancel") == Finished("cancelled")
    assert_data_dropped(rig)
    assert rig.ratings == []
    assert len(rig.documents.tray) == printed
    assert rig.engine.act("agree") == Finished("cancelled")  # the run stays over


def test_cancel_on_a_problem_drops_everything(
    make_rig: Callable[..., Rig], sandbox: SandboxPlatform
) -> None:
    rig = make_rig("social_insurance_record")
    rig.until(FaceCapture)
    sandbox.set_fault(status=503)
    assert isinstance(rig.settle(), Problem)
    assert rig.engine.data.identity is not None
    assert rig.engine.act("cancel") == Finished("cancelled")
    assert_data_dropped(rig)


# -- form fields ------------------------------------------------------------------------------


def field(kind: str, required: bool = True, max_length: int = 40) -> FormField:
    choices = (Choice("purchase", Text.of("购房")), Choice("other", Text.of("其他")))
    return FormField(
        "f", Text.of("字段"), kind, choices if kind == "choice" else (), required, max_length
    )


@pytest.mark.parametrize(
    ("kind", "value", "problem"),
    [
        ("phone", "13800138000", None),
        ("phone", " 19912345678 ", None),
        ("phone", "12800138000", "field_phone"),
        ("phone", "1380013800", "field_phone"),
        ("phone", "138-0013-8000", "field_phone"),
        ("id_number", CITIZEN, None),
        ("id_number", CITIZEN.lower(), None),
        ("id_number", CITIZEN[:17] + "1", "id_number_check_digit"),
        ("id_number", CITIZEN[:16], "id_number_length"),
        ("id_number", "11010519490231" + "0029", "id_number_birth_date"),
        ("date", "2024-02-29", None),
        ("date", "2023-02-29", "field_date"),
        ("date", "2024-13-01", "field_date"),
        ("date", "2024-2-9", "field_date"),
        ("date", "20240229", "field_date"),
        ("amount", "12.50", None),
        ("amount", "100", None),
        ("amount", "0", "field_amount"),
        ("amount", "-5", "field_amount"),
        ("amount", "1.234", "field_amount"),
        ("amount", "1.2.3", "field_amount"),
        ("amount", "5X", "field_amount"),
        ("amount", "NaN", "field_amount"),
        ("amount", "Infinity", "field_amount"),
        ("digits", "0123456789", None),
        ("digits", "12X45", "field_digits_only"),
        ("digits", "12-45", "field_digits_only"),
        ("choice", "purchase", None),
        ("choice", "rent", "field_choose_one"),
        ("text", "", "field_required"),
        ("text", "   ", "field_required"),
    ],
)
def test_field_problem(kind: str, value: str, problem: str | None) -> None:
    assert field_problem(field(kind), value) == problem


def test_field_optional_and_too_long() -> None:
    assert field_problem(field("phone", required=False), "") is None
    assert field_problem(field("digits", max_length=4), "12345") == "field_too_long"
    assert field_problem(field("digits", max_length=4), "1234") is None


def test_form_shows_errors_until_fixed(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig("no_housing_proof")
    form = rig.until(Form)
    assert isinstance(form, Form) and form.errors == {}
    submitted = rig.engine.act("submit")
    assert isinstance(submitted, Form) and submitted.errors == {"purpose": "field_required"}
    wrong = rig.engine.act("set", {"purpose": "rent"})
    assert isinstance(wrong, Form) and wrong.errors == {"purpose": "field_choose_one"}
    assert isinstance(rig.engine.act("set", {"purpose": "household"}), InsertCard)
    assert rig.engine.data.form == {"purpose": "household"}
