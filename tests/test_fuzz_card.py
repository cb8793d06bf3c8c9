"""Hostile cards: random and mutated ID card records, photos and FCP templates. Whatever a card
holds, the parser answers a checked record or DeviceError('card_unreadable') naming the rule
that failed — never another exception, never the card's data in the message."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devices.id_card_format import (
    TEXT_RECORD_SIZE,
    decode_text_record,
    fcp_file_size,
    jpeg_or_empty,
    pack_text_record,
    text_fields_of,
)
from devices.identity import IdentityRecord
from devices.simulated.training_cards import TRAINING_CARDS
from devices.status import DeviceError

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GOOD = [pack_text_record(text_fields_of(card)) for card in TRAINING_CARDS]


def _decodes_or_refuses(data: bytes) -> None:
    try:
        record = decode_text_record(data)
    except DeviceError as error:
        assert error.key == "card_unreadable"
        rule = error.detail
        assert ":" in rule and len(rule) < 64, rule
        for card in TRAINING_CARDS:  # the message names a rule, never what the card holds
            assert card.name not in str(error) and card.id_number not in str(error)
        return
    assert isinstance(record, IdentityRecord)
    assert len(record.id_number) == 18


@FUZZ
@given(st.binary(min_size=0, max_size=TEXT_RECORD_SIZE + 8))
def test_random_bytes_as_a_card_record(data: bytes) -> None:
    _decodes_or_refuses(data)


@FUZZ
@given(
    st.sampled_from(GOOD),
    st.lists(
        st.tuples(st.integers(0, TEXT_RECORD_SIZE - 1), st.integers(0, 255)),
        min_size=1,
        max_size=12,
    ),
)
def test_mutated_card_records(good: bytes, flips: list[tuple[int, int]]) -> None:
    data = bytearray(good)
    for position, value in flips:
        data[position] = value
    _decodes_or_refuses(bytes(data))


@FUZZ
@given(st.sampled_from(GOOD), st.integers(0, 120), st.text(max_size=40))
def test_hostile_text_in_a_field(good: bytes, offset: int, text: str) -> None:
    """Any characters at all (controls, RTL marks, surrogates, markup) written into fields."""
    raw = text.encode("utf-16-le", "surrogatepass")[: TEXT_RECORD_SIZE - offset * 2]
    data = bytearray(good)
    data[offset * 2 : offset * 2 + len(raw)] = raw
    _decodes_or_refuses(bytes(data))


@FUZZ
@given(st.binary(max_size=2048))
def test_photo_bytes_are_a_whole_jpeg_or_nothing(data: bytes) -> None:
    photo = jpeg_or_empty(data)
    assert photo == b"" or (photo.startswith(b"\xff\xd8") and photo.endswith(b"\xff\xd9"))


@FUZZ
@given(st.binary(max_size=64))
def test_fcp_templates(data: bytes) -> None:
    size = fcp_file_size(data)
    assert size is None or 0 <= size < 2**32
