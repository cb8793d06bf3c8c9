"""The identity application on the card: its files, APDUs and record format (docs/id-card.md).

Pure bytes in, bytes or an IdentityRecord out, so the PC/SC driver and the tests' virtual card
share one definition. Whatever a card holds is checked here; a bad card becomes
DeviceError("card_unreadable") whose detail names the rule that failed, never a card's data.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from devices.identity import IdentityRecord, id_number_problem
from devices.status import DeviceError

AID = bytes.fromhex("F0434E4944303031")  # F0 = proprietary, unregistered; "CNID001"
EF_TEXT = bytes.fromhex("0101")
EF_PHOTO = bytes.fromhex("0102")
TEXT_RECORD_SIZE = 256
PHOTO_MAX_SIZE = 0x7FFF  # READ BINARY offsets are 15 bits
LONG_TERM = "长期"

SW_OK = 0x9000
SW_END_OF_FILE = 0x6282  # fewer bytes than Le were left
SW_WRONG_LENGTH = 0x6700
SW_NO_CURRENT_EF = 0x6986
SW_WRONG_PARAMETERS = 0x6A86
SW_NOT_FOUND = 0x6A82
SW_OFFSET_BEYOND_FILE = 0x6B00
SW_INS_NOT_SUPPORTED = 0x6D00
SW_CLA_NOT_SUPPORTED = 0x6E00
SW_NO_DIAGNOSIS = 0x6F00

# (field, width in bytes) in card order; what is left of the 256 bytes is reserved.
LAYOUT: tuple[tuple[str, int], ...] = (
    ("name", 30),
    ("sex", 2),
    ("ethnicity", 4),
    ("birth_date", 16),
    ("address", 70),
    ("id_number", 36),
    ("authority", 30),
    ("valid_from", 16),
    ("valid_until", 16),
)

SEX_CODES = {"1": "男", "2": "女"}  # GB/T 2261.1; ID numbers give men odd, women even digits

# GB 3304-1991, named as the card prints them (汉, not 汉族).
ETHNICITY_CODES = {
    "01": "汉",
    "02": "蒙古",
    "03": "回",
    "04": "藏",
    "05": "维吾尔",
    "06": "苗",
    "07": "彝",
    "08": "壮",
    "09": "布依",
    "10": "朝鲜",
    "11": "满",
    "12": "侗",
    "13": "瑶",
    "14": "白",
    "15": "土家",
    "16": "哈尼",
    "17": "哈萨克",
    "18": "傣",
    "19": "黎",
    "20": "傈僳",
    "21": "佤",
    "22": "畲",
    "23": "高山",
    "24": "拉祜",
    "25": "水",
    "26": "东乡",
    "27": "纳西",
    "28": "景颇",
    "29": "柯尔克孜",
    "30": "土",
    "31": "达斡尔",
    "32": "仫佬",
    "33": "羌",
    "34": "布朗",
    "35": "撒拉",
    "36": "毛南",
    "37": "仡佬",
    "38": "锡伯",
    "39": "阿昌",
    "40": "普米",
    "41": "塔吉克",
    "42": "怒",
    "43": "乌孜别克",
    "44": "俄罗斯",
    "45": "鄂温克",
    "46": "德昂",
    "47": "保安",
    "48": "裕固",
    "49": "京",
    "50": "塔塔尔",
    "51": "独龙",
    "52": "鄂伦春",
    "53": "赫哲",
    "54": "门巴",
    "55": "珞巴",
    "56": "基诺",
    "97": "其他",
    "98": "外国血统中国籍人士",
}


@dataclass(frozen=True, repr=False)
class TextFields:
    """The text record's fields as the card stores them (codes, YYYYMMDD), before checking."""

    name: str
    sex: str
    ethnicity: str
    birth_date: str
    address: str
    id_number: str
    authority: str
    valid_from: str
    valid_until: str

    def __repr__(self) -> str:
        return "TextFields(<redacted>)"


def _bad(rule: str) -> DeviceError:
    return DeviceError("card_unreadable", rule)


# Encoding --------------------------------------------------------------------------------------


def pack_text_record(text: TextFields, reserved: bytes = b"") -> bytes:
    """Lay fields out as the card stores them: UCS-2LE, padded with spaces. For virtual cards."""
    out = bytearray()
    for name, width in LAYOUT:
        raw = getattr(text, name).encode("utf-16-le")
        if len(raw) > width:
            raise ValueError(f"{name} is longer than {width // 2} characters")
        out += raw + " ".encode("utf-16-le") * ((width - len(raw)) // 2)
    out += reserved[: TEXT_RECORD_SIZE - len(out)]
    return bytes(out.ljust(TEXT_RECORD_SIZE, b"\x00"))


def text_fields_of(record: IdentityRecord) -> TextFields:
    """The stored form of a record (the inverse of parse_text_fields)."""
    sex = {text: code for code, text in SEX_CODES.items()}.get(record.sex)
    ethnicity = {text: code for code, text in ETHNICITY_CODES.items()}.get(record.ethnicity)
    if sex is None or ethnicity is None:
        raise ValueError("sex or ethnicity has no code")
    until = LONG_TERM if record.valid_until is None else record.valid_until.strftime("%Y%m%d")
    return TextFields(
        name=record.name,
        sex=sex,
        ethnicity=ethnicity,
        birth_date=record.birth_date.strftime("%Y%m%d"),
        address=record.address,
        id_number=record.id_number,
        authority=record.authority,
        valid_from=record.valid_from.strftime("%Y%m%d"),
        valid_until=until,
    )


# Decoding --------------------------------------------------------------------------------------


def _field_text(name: str, raw: bytes) -> str:
    """UCS-2LE padded with spaces or NULs. A lone surrogate or a control, format or line
    separator character means a damaged record; a surrogate pair (a rare name character
    outside the BMP) and private-use characters are kept: genuine cards carry them."""
    try:
        text = raw.decode("utf-16-le")
    except UnicodeDecodeError:
        raise _bad(f"{name}:encoding") from None
    text = text.rstrip(" \x00")
    if any(unicodedata.category(char) in ("Cc", "Cf", "Cs", "Zl", "Zp") for char in text):
        raise _bad(f"{name}:encoding")
    return text


def unpack_text_record(data: bytes) -> TextFields:
    """Split the 256-byte record into its fields, checking only the text encoding."""
    if len(data) != TEXT_RECORD_SIZE:
        raise _bad("record:length")
    values: dict[str, str] = {}
    offset = 0
    for name, width in LAYOUT:
        values[name] = _field_text(name, data[offset : offset + width])
        offset += width
    return TextFields(**values)


def _date(name: str, text: str) -> dt.date:
    if len(text) != 8 or not text.isascii() or not text.isdigit():
        raise _bad(f"{name}:format")
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise _bad(f"{name}:date") from None


def _words(name: str, text: str) -> str:
    """A name, address or authority must be there; a blank one means a damaged record."""
    if not text.strip():
        raise _bad(f"{name}:empty")
    return text


def parse_text_fields(text: TextFields) -> IdentityRecord:
    """Check the fields against each other and the standards; the record has no photo yet."""
    if not text.id_number.isascii():  # isdigit() also takes ² and full-width digits
        raise _bad("id_number:id_number_characters")
    problem = id_number_problem(text.id_number)
    if problem is not None:
        raise _bad(f"id_number:{problem}")
    sex = SEX_CODES.get(text.sex)
    if sex is None:
        raise _bad("sex:code")
    if int(text.id_number[16]) % 2 != (1 if text.sex == "1" else 0):
        raise _bad("sex:id_number")
    ethnicity = ETHNICITY_CODES.get(text.ethnicity)
    if ethnicity is None:
        raise _bad("ethnicity:code")
    birth = _date("birth_date", text.birth_date)
    if text.birth_date != text.id_number[6:14]:
        raise _bad("birth_date:id_number")
    valid_from = _date("valid_from", text.valid_from)
    if valid_from < birth:
        raise _bad("valid_from:before_birth")
    valid_until: dt.date | None = None
    if text.valid_until != LONG_TERM:
        valid_until = _date("valid_until", text.valid_until)
        if valid_until <= valid_from:
            raise _bad("valid_until:before_valid_from")
    return IdentityRecord(
        name=_words("name", text.name),
        sex=sex,
        ethnicity=ethnicity,
        birth_date=birth,
        address=_words("address", text.address),
        id_number=text.id_number,
        authority=_words("authority", text.authority),
        valid_from=valid_from,
        valid_until=valid_until,
    )


def decode_text_record(data: bytes) -> IdentityRecord:
    """Bytes of EF 0101 to a checked record; any fault is DeviceError('card_unreadable')."""
    return parse_text_fields(unpack_text_record(data))


# The photo -------------------------------------------------------------------------------------


def jpeg_or_empty(data: bytes) -> bytes:
    """The photo if it is a whole JPEG, else b"" (card_photo_missing
    follows when face matching starts). Walks the marker segments up to the scan so a
    truncated or overwritten header is caught, not only a wrong first byte."""
    data = data.rstrip(b"\x00")  # the file may be longer than the image it holds
    if len(data) < 4 or data[:2] != b"\xff\xd8" or data[-2:] != b"\xff\xd9":
        return b""
    pos = 2
    seen_frame = False
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return b""
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if length < 2 or pos + 2 + length > len(data):
            return b""
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            seen_frame = True  # a start-of-frame: baseline, progressive, lossless...
        if marker == 0xDA:  # start of scan: the entropy-coded image follows
            return data if seen_frame else b""
        pos += 2 + length
    return b""


# APDUs -----------------------------------------------------------------------------------------


def select_aid() -> bytes:
    """SELECT by DF name, no answer data (P2 = 0C)."""
    return bytes([0x00, 0xA4, 0x04, 0x0C, len(AID)]) + AID


def select_file(fid: bytes, want_fcp: bool) -> bytes:
    """SELECT an EF under the application; with want_fcp the card answers its FCP (size)."""
    if want_fcp:
        return bytes([0x00, 0xA4, 0x02, 0x04, 0x02]) + fid + b"\x00"
    return bytes([0x00, 0xA4, 0x02, 0x0C, 0x02]) + fid


def read_binary(offset: int, length: int, extended: bool) -> bytes:
    """READ BINARY at a 15-bit offset; Le short (1..256) or extended (1..65536)."""
    if not 0 <= offset <= 0x7FFF:
        raise ValueError("offset out of range")
    head = bytes([0x00, 0xB0, offset >> 8, offset & 0xFF])
    if extended:
        if not 1 <= length <= 65536:
            raise ValueError("extended Le out of range")
        return head + b"\x00" + (length & 0xFFFF).to_bytes(2, "big")
    if not 1 <= length <= 256:
        raise ValueError("short Le out of range")
    return head + bytes([length & 0xFF])


def get_response(length: int) -> bytes:
    return bytes([0x00, 0xC0, 0x00, 0x00, length & 0xFF])


def fcp_file_size(fcp: bytes) -> int | None:
    """Tag 80 (data bytes in the file) from an FCP template (62 L ...), if well formed."""
    if len(fcp) < 2 or fcp[0] != 0x62 or fcp[1] != len(fcp) - 2:
        return None
    pos = 2
    while pos + 2 <= len(fcp):
        tag, length = fcp[pos], fcp[pos + 1]
        value = fcp[pos + 2 : pos + 2 + length]
        if len(value) != length:
            return None
        if tag == 0x80 and 1 <= length <= 4:
            return int.from_bytes(value, "big")
        pos += 2 + length
    return None


def fcp_for(size: int, fid: bytes) -> bytes:
    """An FCP template for an EF of `size` bytes (used by the virtual card)."""
    body = b"\x80\x02" + size.to_bytes(2, "big") + b"\x82\x01\x01\x83\x02" + fid
    return b"\x62" + bytes([len(body)]) + body
