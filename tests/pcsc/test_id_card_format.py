"""The card format on its own (no pcscd needed): round trips, the code tables, the APDU bytes,
and fuzzing of everything that parses what a card sends."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devices import id_card_format as fmt
from devices.identity import IdentityRecord
from devices.status import DeviceError
from tests.pcsc.helpers import EXPIRED, HOLDER, LONG_TERM, citizen_id, text_of

FUZZ = settings(
    max_examples=200,
    deadline=None,
    database=None,  # nothing written into the work tree
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.mark.parametrize("record", [HOLDER, LONG_TERM, EXPIRED], ids=["dated", "长期", "expired"])
def test_records_come_back_as_they_went_onto_the_card(record: IdentityRecord) -> None:
    data = text_of(record)
    assert len(data) == fmt.TEXT_RECORD_SIZE
    assert fmt.decode_text_record(data) == record


def test_long_term_is_stored_as_the_two_characters_on_the_card() -> None:
    data = text_of(LONG_TERM)
    assert data[204:220] == "长期".encode("utf-16-le") + " ".encode("utf-16-le") * 6


def test_every_ethnicity_of_gb_3304_reads_back() -> None:
    assert len([code for code in fmt.ETHNICITY_CODES if int(code) <= 56]) == 56
    assert (fmt.ETHNICITY_CODES["01"], fmt.ETHNICITY_CODES["56"]) == ("汉", "基诺")
    for code, name in fmt.ETHNICITY_CODES.items():
        raw = dataclasses.replace(fmt.text_fields_of(HOLDER), ethnicity=code)
        assert fmt.decode_text_record(fmt.pack_text_record(raw)).ethnicity == name


def test_a_rare_name_character_outside_the_bmp_is_kept() -> None:
    record = dataclasses.replace(HOLDER, name="测试𠀾")  # CJK Extension B: a surrogate pair
    assert fmt.decode_text_record(text_of(record)).name == "测试𠀾"


def test_apdus_are_encoded_as_documented() -> None:
    assert fmt.select_aid().hex() == "00a4040c08f0434e4944303031"
    assert fmt.select_file(fmt.EF_PHOTO, want_fcp=True).hex() == "00a4020402010200"
    assert fmt.read_binary(0, 256, extended=False).hex() == "00b0000000"
    assert fmt.read_binary(0x1234, 4096, extended=True).hex() == "00b01234001000"
    assert fmt.read_binary(0, 65536, extended=True).hex() == "00b00000000000"
    assert fmt.fcp_file_size(fmt.fcp_for(9243, fmt.EF_PHOTO)) == 9243
    with pytest.raises(ValueError):
        fmt.read_binary(0x8000, 1, extended=False)


def test_a_record_too_long_for_its_field_is_refused_when_writing() -> None:
    with pytest.raises(ValueError):
        text_of(dataclasses.replace(HOLDER, address="培训路" * 12))


@pytest.mark.parametrize("digit", ["²", "２", "٢"], ids=["superscript", "full-width", "arabic"])
def test_an_id_number_with_look_alike_digits_is_unreadable(digit: str) -> None:
    number = HOLDER.id_number[:16] + digit + HOLDER.id_number[17]
    raw = dataclasses.replace(fmt.text_fields_of(HOLDER), id_number=number)
    with pytest.raises(DeviceError) as caught:
        fmt.decode_text_record(fmt.pack_text_record(raw))
    assert caught.value.key == "card_unreadable"


# Fuzzing: whatever a card sends, the answer is a record or DeviceError("card_unreadable").


def _decode_or_key(data: bytes) -> IdentityRecord | str:
    try:
        return fmt.decode_text_record(data)
    except DeviceError as error:
        assert error.detail and not any(ch in error.detail for ch in "测试培训")
        return error.key


@FUZZ
@given(st.binary(min_size=0, max_size=300))
def test_any_bytes_decode_to_a_record_or_card_unreadable(data: bytes) -> None:
    result = _decode_or_key(data)
    assert isinstance(result, IdentityRecord) or result == "card_unreadable"


@FUZZ
@given(
    st.lists(
        st.tuples(st.integers(0, fmt.TEXT_RECORD_SIZE - 1), st.integers(0, 255)),
        min_size=1,
        max_size=8,
    )
)
def test_mutated_records_decode_to_a_record_or_card_unreadable(
    changes: list[tuple[int, int]],
) -> None:
    data = bytearray(text_of(HOLDER))
    for position, value in changes:
        data[position] = value
    result = _decode_or_key(bytes(data))
    if isinstance(result, IdentityRecord):
        assert result.id_number == HOLDER.id_number
        assert result.birth_date == HOLDER.birth_date
    else:
        assert result == "card_unreadable"


@FUZZ
@given(
    st.dates(dt.date(1900, 1, 1), dt.date(2025, 12, 31)),
    st.integers(0, 999),
    st.sampled_from(sorted(fmt.ETHNICITY_CODES)),
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=15),
    st.one_of(st.none(), st.integers(1, 30)),
)
def test_generated_citizens_round_trip(
    birth: dt.date, sequence: int, ethnicity: str, name: str, years: int | None
) -> None:
    number = citizen_id("110105", birth, f"{sequence:03d}")
    record = IdentityRecord(
        name=name,
        sex="男" if sequence % 2 else "女",
        ethnicity=fmt.ETHNICITY_CODES[ethnicity],
        birth_date=birth,
        address="演示省培训市示例区培训路1号",
        id_number=number,
        authority="培训市公安局",
        valid_from=birth + dt.timedelta(days=1),
        valid_until=None if years is None else birth + dt.timedelta(days=365 * years),
    )
    assert fmt.decode_text_record(text_of(record)) == record


@FUZZ
@given(st.binary(max_size=2000))
def test_photo_check_never_fails_and_keeps_only_whole_jpegs(data: bytes) -> None:
    kept = fmt.jpeg_or_empty(data)
    assert kept == b"" or (kept[:2] == b"\xff\xd8" and kept[-2:] == b"\xff\xd9")


@FUZZ
@given(st.binary(max_size=40))
def test_fcp_parsing_never_fails(data: bytes) -> None:
    size = fmt.fcp_file_size(data)
    assert size is None or size >= 0


def test_photo_check_keeps_a_real_jpeg_and_drops_damaged_ones(photo: bytes) -> None:
    assert fmt.jpeg_or_empty(photo) == photo
    assert fmt.jpeg_or_empty(photo + bytes(100)) == photo  # file longer than the image
    assert fmt.jpeg_or_empty(photo[:-1]) == b""
    assert fmt.jpeg_or_empty(photo[:2] + bytes(20) + photo[22:]) == b""
