"""`kiosk check-item FILE...`: every shipped item passes, and each kind of broken item file is
told exactly what is wrong (file, field, reason) with exit status 1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from flows.catalogue import ITEMS_DIR
from kiosk_app.cli import main

SHIPPED_FILES = sorted(ITEMS_DIR.glob("*.toml"))
TEST_FILES = sorted((Path(__file__).parent / "items").glob("*.toml"))
BASE = (ITEMS_DIR / "insurance_certificate.toml").read_text(encoding="utf-8")


def check(capsys: pytest.CaptureFixture[str], *paths: Path) -> tuple[int, list[str]]:
    status = main(["check-item", *map(str, paths)])
    return status, capsys.readouterr().out.splitlines()


def test_every_shipped_item_file_passes(capsys: pytest.CaptureFixture[str]) -> None:
    status, lines = check(capsys, *SHIPPED_FILES, *TEST_FILES)
    assert status == 0, lines
    assert lines == [f"{path}: OK" for path in (*SHIPPED_FILES, *TEST_FILES)]
    assert len(SHIPPED_FILES) >= 21  # twenty items and the departments


def test_the_installed_command_exits_1_and_names_the_problem(tmp_path: Path) -> None:
    broken = tmp_path / "insurance_certificate.toml"
    broken.write_text(BASE.replace('lifecycle = "active"', 'lifecycle = "beta"'), "utf-8")
    kiosk = Path(sys.executable).with_name("kiosk")
    done = subprocess.run(
        [str(kiosk), "check-item", str(broken), str(ITEMS_DIR / "complaint.toml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert f"{broken}: " in done.stdout and "'beta'" in done.stdout
    assert f"{ITEMS_DIR / 'complaint.toml'}: OK" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            ', ug = "ئىسپات نومۇرى" }',
            " }",
            "step 4 (result).fields[1].label: missing ug (every text needs zh_CN, zh_TW, en_US",
        ),
        (
            'zh_TW = "社會保險參保證明列印", ',
            "",
            "name: missing zh_TW",
        ),
        ("requires = ", "requries = ", "requries: unknown key (did you mean 'requires'?)"),
        (
            '"card_reader", "camera", "a4_printer"',
            '"card_reader", "camera"',
            'step 5 (print): prints A4; add "a4_printer" to requires',
        ),
        (
            'result_formats = ["screen", "a4"]',
            'result_formats = ["screen"]',
            'step 5 (print): prints A4; add "a4" to result_formats',
        ),
        (
            'id = "insurance_certificate"',
            'id = "insurance_proof"',
            "id: 'insurance_proof' differs from the file name; call it 'insurance_certificate'",
        ),
        ('department = "hrss"', 'department = "tax_bureau"', "unknown department 'tax_bureau'"),
        ('type = "rate"', 'type = "teleport"', "step 6 has type 'teleport'; use one of"),
        ('[[steps]]\ntype = "rate"\n', "", "steps: a service on the home screen ends with"),
        ('type = "notice"', 'type = "query"', "the first step must be 'notice'"),
        ('endpoint = "/api/v1/social-insurance/certificate"', 'endpoint = ""', "endpoint: give"),
    ],
    ids=[
        "label-without-ug",
        "name-without-zh_TW",
        "typo-in-a-key",
        "a4-without-printer",
        "a4-not-a-result-format",
        "id-not-the-file-name",
        "unknown-department",
        "unknown-step",
        "no-rating",
        "notice-not-first",
        "no-endpoint",
    ],
)
def test_a_broken_item_file_gets_the_right_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, expected: str
) -> None:
    assert old in BASE
    broken = tmp_path / "insurance_certificate.toml"
    broken.write_text(BASE.replace(old, new, 1), encoding="utf-8")
    status, lines = check(capsys, broken)
    assert status == 1
    assert any(line.startswith(f"{broken}: ") and expected in line for line in lines), lines


def test_unreadable_and_invalid_files_are_named_not_tracebacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "typo.toml"
    typo.write_text('id = "typo"\nname = { zh_CN = "x"\n', encoding="utf-8")
    missing = tmp_path / "missing.toml"
    status, lines = check(capsys, typo, missing)
    assert status == 1
    assert lines[0].startswith(f"{typo}: not valid TOML") and "line" in lines[0]
    assert lines[1] == f"{missing}: cannot be read (No such file or directory)"


def test_departments_file_is_checked_for_every_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    departments = tmp_path / "departments.toml"
    text = (ITEMS_DIR / "departments.toml").read_text(encoding="utf-8")
    departments.write_text(text.replace(', ug = "باج"', "", 1), encoding="utf-8")
    status, lines = check(capsys, departments)
    assert status == 1
    assert lines == [
        f"{departments}: departments[5].name: missing ug (every text needs zh_CN, zh_TW, en_US, ug)"
    ]


def test_no_file_is_a_usage_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-item"]) == 2
    assert "usage: kiosk check-item FILE" in capsys.readouterr().err
