"""The item catalogue: the shipped items load and follow the one step pattern; a bad item file
stops the kiosk with a message naming the file and the problem, never half a catalogue."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from devices.status import DeviceClass
from flows.catalogue import ITEMS_DIR, ItemFileError, load_catalogue, parse_item
from flows.library import STEP_TYPES
from flows.model import SHIPPED_LANGUAGES, Lifecycle, ResultFormat
from kiosk_app.sandbox.server import ROUTES

# The queries and certificates this catalogue must keep (applications come on top of these).
QUERIES_AND_CERTIFICATES = {
    "social_insurance_record",
    "no_housing_proof",
    "provident_fund_account",
    "real_estate_register_extract",
    "complaint",
    "social_security_card_status",
    "pension_payments",
    "insurance_certificate",
    "medical_insurance_enrolment",
    "medical_account",
    "provident_fund_deposit_certificate",
    "provident_fund_loan",
    "property_ownership",
    "tax_payment_certificate",
    "income_tax_record",
    "marriage_record",
    "social_assistance",
    "household_certificate",
    "residence_permit_progress",
    "traffic_violations",
}
SHIPPED = sorted(item.id for item in load_catalogue().items)

GOOD_ITEM = """\
id = "{id}"
name = {{ zh_CN = "测试{id}", zh_TW = "測試{id}", en_US = "Test {id}", ug = "سىناق {id}" }}
department = "{department}"
lifecycle = "{lifecycle}"
popularity = {popularity}
standard = {{ zh_CN = "即时办结", zh_TW = "即時辦結", en_US = "Done at once", ug = "دەرھال" }}
endpoint = "/api/v1/social-insurance/record"
requires = ["card_reader", "camera"]

[[steps]]
type = "notice"

[[steps]]
type = "authenticate"

[[steps]]
type = "query"

[[steps]]
type = "result"
"""


def good_item(
    item_id: str = "test_item",
    department: str = "hrss",
    lifecycle: str = "active",
    popularity: int = 0,
) -> str:
    return GOOD_ITEM.format(
        id=item_id, department=department, lifecycle=lifecycle, popularity=popularity
    )


@pytest.fixture
def items_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "items"
    folder.mkdir()
    shutil.copy(ITEMS_DIR / "departments.toml", folder / "departments.toml")
    return folder


def load_error(folder: Path) -> str:
    with pytest.raises(ItemFileError) as caught:
        load_catalogue(folder)
    return str(caught.value)


# -- the shipped catalogue ----------------------------------------------------------------------


def test_shipped_catalogue_groups_items_by_department() -> None:
    """一机多用 (issue 8): at least twenty services of at least six departments on one kiosk."""
    catalogue = load_catalogue()
    assert {i.id for i in catalogue.items} >= QUERIES_AND_CERTIFICATES
    assert len(catalogue.items) >= 20
    departments = [d.id for d in catalogue.departments]
    mine = ["hrss", "housing", "provident_fund", "medical", "tax", "civil_affairs", "household"]
    assert [d for d in departments if d in mine] == mine
    groups = catalogue.by_department()
    assert len(groups) >= 6
    housing = {d.id: [i.id for i in items] for d, items in groups}["housing"]
    # most used first
    assert housing[:3] == ["no_housing_proof", "real_estate_register_extract", "property_ownership"]
    for department in catalogue.departments:
        for language in SHIPPED_LANGUAGES:
            assert department.name.by_language[language]


@pytest.mark.parametrize("item_id", SHIPPED)
def test_shipped_item_follows_the_common_pattern(item_id: str) -> None:
    item = load_catalogue().get(item_id)
    assert item.steps[0].type == "notice"  # 一次性告知 first, always
    if item.on_home:  # every service is rated (好差评); a complaint is not a service
        assert item.steps[-1].type == "rate"
    assert all(step.type in STEP_TYPES for step in item.steps)
    for text in (item.name, item.summary, item.standard, *item.conditions, *item.materials):
        assert set(text.by_language) == set(SHIPPED_LANGUAGES)
    assert item.name.get("en_US") != item.name.get("zh_CN")
    assert item.name.get("ug") != item.name.get("en_US")
    assert item.conditions and item.materials
    assert item.lifecycle is not Lifecycle.REVOKED and item.visible


@pytest.mark.parametrize("item_id", SHIPPED)
def test_shipped_item_names_an_endpoint_the_platform_serves(item_id: str) -> None:
    item = load_catalogue().get(item_id)
    served = {r.path for r in ROUTES if r.method == "POST"}
    assert item.endpoint in served


@pytest.mark.parametrize("item_id", SHIPPED)
def test_shipped_item_requires_the_devices_its_steps_use(item_id: str) -> None:
    """`requires` decides when a tile goes out of service: it must cover every device used."""
    item = load_catalogue().get(item_id)
    types = {s.type for s in item.steps}
    if "authenticate" in types:
        assert {DeviceClass.CARD_READER, DeviceClass.CAMERA} <= item.requires
    for step in item.steps:
        if step.type != "print":
            continue
        if step.options.get("receipt"):
            assert ResultFormat.RECEIPT in item.result_formats
            if item.id != "complaint":  # its receipt is a courtesy: complaints never pause
                assert DeviceClass.RECEIPT_PRINTER in item.requires
        if step.options.get("a4"):
            assert DeviceClass.A4_PRINTER in item.requires
            assert ResultFormat.A4 in item.result_formats


# -- bad item files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda t: t + '\n[[steps]]\ntype = "teleport"\n', ["step 5", "'teleport'", "notice"]),
        (lambda t: "\n".join(ln for ln in t.split("\n") if "standard" not in ln), ["'standard'"]),
        (lambda t: t.replace('"hrss"', '"tax_bureau"'), ["unknown department", "tax_bureau"]),
        (lambda t: t.replace('"active"', '"beta"'), ["'beta'", "Lifecycle"]),
        (lambda t: t.replace('type = "notice"', 'type = "query"', 1), ["first step", "notice"]),
        (lambda t: t.replace('"camera"]', '"printer"]'), ["'printer'"]),
        (lambda t: t.replace('zh_CN = "测试', 'fr_FR = "Article', 1), ["name", "zh_CN"]),
    ],
    ids=[
        "unknown-step",
        "missing-standard",
        "unknown-department",
        "bad-lifecycle",
        "notice-not-first",
        "unknown-device",
        "name-without-zh_CN",
    ],
)
def test_bad_item_file_names_the_file_and_the_problem(
    items_dir: Path, change: object, expected: list[str]
) -> None:
    assert callable(change)
    (items_dir / "fine.toml").write_text(good_item("fine"), encoding="utf-8")
    (items_dir / "broken_item.toml").write_text(change(good_item("broken")), encoding="utf-8")
    message = load_error(items_dir)
    assert message.startswith("broken_item.toml: ")
    for part in expected:
        assert part in message


def test_duplicate_item_id_names_the_second_file(items_dir: Path) -> None:
    (items_dir / "a_first.toml").write_text(good_item("same_id"), encoding="utf-8")
    (items_dir / "b_second.toml").write_text(good_item("same_id"), encoding="utf-8")
    message = load_error(items_dir)
    assert message.startswith("b_second.toml: ")
    assert "'same_id'" in message and "twice" in message


def test_invalid_toml_names_the_file_and_the_line(items_dir: Path) -> None:
    (items_dir / "typo.toml").write_text(
        good_item().replace('department = "hrss"', "department = hrss"), encoding="utf-8"
    )
    message = load_error(items_dir)
    assert message.startswith("typo.toml: ")
    assert "line 3" in message


def test_parse_item_reports_the_source_it_was_given() -> None:
    name = {"zh_CN": "测试", "zh_TW": "測試", "en_US": "Test", "ug": "سىناق"}
    data = {"id": "x", "name": name, "department": "hrss", "steps": [{"type": "notice"}]}
    with pytest.raises(ItemFileError, match=r"^somewhere\.toml: missing 'standard'$"):
        parse_item(data, "somewhere.toml", ["hrss"])
    with pytest.raises(ItemFileError, match=r"^somewhere\.toml: 'id' must be"):
        parse_item({**data, "id": "bad id!"}, "somewhere.toml", ["hrss"])
    item = parse_item({**data, "standard": name}, "somewhere.toml", ["hrss"])
    assert item.name.get("ug") == "سىناق"
    # A plain string is one language only: refused, naming the field.
    with pytest.raises(ItemFileError, match=r"^somewhere\.toml: standard: plain text"):
        parse_item({**data, "standard": "即时办结"}, "somewhere.toml", ["hrss"])


@pytest.mark.parametrize(
    ("old", "new", "field", "language"),
    [
        (', ug = "سىناق broken" }', " }", "name", "ug"),
        ('zh_TW = "即時辦結", ', "", "standard", "zh_TW"),
        ('en_US = "Done at once", ', "", "standard", "en_US"),
    ],
    ids=["name-without-ug", "standard-without-zh_TW", "standard-without-en_US"],
)
def test_item_lacking_a_shipped_language_is_refused_naming_file_field_and_language(
    items_dir: Path, old: str, new: str, field: str, language: str
) -> None:
    text = good_item("broken")
    assert old in text
    (items_dir / "broken.toml").write_text(text.replace(old, new), encoding="utf-8")
    message = load_error(items_dir)
    assert message.startswith(f"broken.toml: {field}: missing {language} ")


def test_a_label_deep_in_a_step_lacking_a_language_is_named_by_its_place(items_dir: Path) -> None:
    text = good_item("deep") + (
        'fields = [{ key = "a", label = { zh_CN = "甲", zh_TW = "甲", en_US = "A" } }]\n'
    )
    (items_dir / "deep.toml").write_text(text, encoding="utf-8")
    message = load_error(items_dir)
    assert message.startswith("deep.toml: step 4 (result).fields[1].label: missing ug")


def test_departments_lacking_a_language_are_refused(items_dir: Path) -> None:
    departments = (items_dir / "departments.toml").read_text(encoding="utf-8")
    (items_dir / "departments.toml").write_text(
        departments.replace('zh_TW = "住房公積金", ', "", 1), encoding="utf-8"
    )
    assert load_error(items_dir).startswith("departments.toml: departments[3].name: missing zh_TW")


@pytest.mark.parametrize(
    ("extra", "named"),
    [('popularity = "high"\n', "'popularity'"), ("fee = { amount_fen = 500 }\n", "payee")],
    ids=["popularity-not-a-number", "fee-without-payee"],
)
def test_malformed_values_are_item_file_errors(items_dir: Path, extra: str, named: str) -> None:
    """Not a bare KeyError or ValueError: the kiosk must say which file and what is wrong."""
    (items_dir / "odd.toml").write_text(
        extra + good_item().replace("popularity = 0\n", ""), encoding="utf-8"
    )
    message = load_error(items_dir)
    assert message.startswith("odd.toml: ")
    assert named in message


def test_step_options_the_engine_cannot_use_are_refused_at_load(items_dir: Path) -> None:
    """A form field without 'key' must fail at load, not when a citizen taps the item."""
    text = good_item().replace(
        '[[steps]]\ntype = "authenticate"',
        '[[steps]]\ntype = "form"\n\n[[steps.fields]]\n'
        'label = { zh_CN = "用途", zh_TW = "用途", en_US = "Use", ug = "ئىشلىتىلىشى" }\n\n'
        '[[steps]]\ntype = "authenticate"',
    )
    (items_dir / "keyless.toml").write_text(text, encoding="utf-8")
    message = load_error(items_dir)
    assert message.startswith("keyless.toml: step 2 (form)")
    assert "'key'" in message


# -- lifecycle ----------------------------------------------------------------------------------


def test_revoked_item_is_hidden_and_trial_item_is_labelled(items_dir: Path) -> None:
    files = {
        "popular.toml": good_item("popular", "hrss", "active", 90),
        "rare.toml": good_item("rare", "hrss", "active", 10),
        "gone.toml": good_item("gone", "housing", "revoked", 100),
        "new.toml": good_item("new", "provident_fund", "trial", 5),
    }
    for name, text in files.items():
        (items_dir / name).write_text(text, encoding="utf-8")
    catalogue = load_catalogue(items_dir)
    assert len(catalogue.items) == 4
    assert {i.id for i in catalogue.visible()} == {"popular", "rare", "new"}
    groups = {d.id: [i.id for i in items] for d, items in catalogue.by_department()}
    # The housing department has nothing left to offer, so it is not shown at all.
    assert groups == {"hrss": ["popular", "rare"], "provident_fund": ["new"]}
    gone = catalogue.get("gone")
    assert gone.lifecycle is Lifecycle.REVOKED and not gone.visible
    new = catalogue.get("new")
    assert new.lifecycle is Lifecycle.TRIAL and new.visible


def test_every_text_written_in_flows_code_has_every_shipped_language() -> None:
    """Texts built in code (print buttons, rating reasons, the SMS code field...) are shown
    like item texts, so they too need zh_CN, zh_TW, en_US and ug."""
    flows = Path(ITEMS_DIR).parent
    incomplete = []
    for path in sorted(flows.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
                if keys & set(SHIPPED_LANGUAGES) and not keys >= set(SHIPPED_LANGUAGES):
                    incomplete.append(f"{path.name}:{node.lineno}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "of"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and node.args[0].value
            ):
                incomplete.append(f"{path.name}:{node.lineno} (one language only)")
    assert incomplete == []
