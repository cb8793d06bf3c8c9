"""Configuration as an operator meets it: embedded defaults that run, a bad file that is a clear
message naming every bad key (never a traceback), service hours, and the `kiosk` command."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk_app.config import Config, ConfigError, Hours, load_config
from kiosk_app.hours import ServiceHours

REPO = Path(__file__).resolve().parent.parent

BAD_CONFIG = """\
[site]
name = "测试市民服务中心"
foo = "a typo"

[hours]
daily = "9-5"

[timeouts]
countdown_s = 10

[platform]
url = "ftp://platform.example"
"""

GOOD_CONFIG = """\
[site]
name = "测试市民服务中心"
kiosk_id = "KIOSK-TEST-02"
phone = "0571-12345678"

[hours]
daily = "08:30-17:00"
overrides = { sun = "closed" }

[timeouts]
idle_s = 90
countdown_s = 20

[platform]
url = "http://127.0.0.1:8765/"
"""

MONDAY = dt.date(2026, 3, 2)
SUNDAY = dt.date(2026, 3, 8)


def at(day: dt.date, hhmmss: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmmss))


def load_error(path: Path) -> str:
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return str(caught.value)


# -- loading ------------------------------------------------------------------------------------


def test_defaults_are_valid_and_in_training_mode() -> None:
    config = load_config(None)
    assert config == Config.model_validate({})
    assert config.training  # simulated devices and the sandbox: nothing here is a real service
    assert config.platform.url == ""  # the bundled sandbox
    assert config.site.hotline == "12345"
    assert config.timeouts.countdown_s >= 20
    assert ServiceHours(config.hours).always_open


def test_good_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(GOOD_CONFIG, encoding="utf-8")
    config = load_config(path)
    assert config.site.kiosk_id == "KIOSK-TEST-02"
    assert config.hours.overrides == {"sun": "closed"}
    assert config.platform.url == "http://127.0.0.1:8765"
    assert config.timeouts.idle_s == 90
    assert config.site.hotline == "12345"  # untouched keys keep their defaults


def test_every_bad_key_is_named(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(BAD_CONFIG, encoding="utf-8")
    message = load_error(path)
    assert str(path) in message
    assert "4 problem(s)" in message
    for key in ("site.foo", "hours.daily", "timeouts.countdown_s", "platform.url"):
        assert f"  {key}: " in message, key
    assert "unknown key" in message
    assert "'9-5'" in message  # says what was wrong with the hours
    assert "Traceback" not in message


def test_bad_override_day_is_named(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[hours]\noverrides = { sunday = "closed" }\n', encoding="utf-8")
    message = load_error(path)
    assert "hours.overrides" in message and "'sunday'" in message


def test_missing_file_is_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    assert load_error(path) == f"{path}: no such configuration file"


def test_invalid_toml_is_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("[site]\nname = 测试\n", encoding="utf-8")
    message = load_error(path)
    assert message.startswith(f"{path}: not valid TOML")
    assert "line 2" in message


def test_file_not_in_utf8_is_a_clear_message(tmp_path: Path) -> None:
    """Saved as GBK (a Chinese Windows editor's default): a message, not a traceback."""
    path = tmp_path / "kiosk.toml"
    path.write_bytes('[site]\nname = "测试市民服务中心"\n'.encode("gbk"))
    done = kiosk("--config", str(path), "--check-config")
    assert "Traceback" not in done.stderr
    assert done.returncode == 2 and str(path) in done.stderr
    assert "UTF-8" in done.stderr  # tells the operator how to fix it
    assert str(path) in load_error(path)


# -- service hours ------------------------------------------------------------------------------


def test_default_hours_are_always_open() -> None:
    hours = ServiceHours(Hours())
    assert hours.always_open
    for moment in (at(SUNDAY, "03:00:00"), at(MONDAY, "00:00:00"), at(MONDAY, "23:59:59")):
        assert hours.is_open(moment)
    assert hours.today_text(at(MONDAY, "12:00:00")) == "24h"


def test_office_hours_with_sunday_closed() -> None:
    hours = ServiceHours(Hours(daily="08:30-17:00", overrides={"sun": "closed"}))
    assert not hours.always_open
    assert not hours.is_open(at(MONDAY, "08:29:59"))
    assert hours.is_open(at(MONDAY, "08:30:00"))
    assert hours.is_open(at(MONDAY, "12:00:00"))
    assert hours.is_open(at(MONDAY, "17:00:00"))
    assert not hours.is_open(at(MONDAY, "17:00:01"))
    assert not hours.is_open(at(SUNDAY, "12:00:00"))
    assert hours.is_open(at(SUNDAY - dt.timedelta(days=1), "12:00:00"))  # Saturday: daily hours
    assert hours.today_text(at(MONDAY, "20:00:00")) == "08:30-17:00"
    assert hours.today_text(at(SUNDAY, "12:00:00")) == "closed"


def test_a_whole_day_override_reads_until_midnight() -> None:
    hours = ServiceHours(Hours(daily="09:00-12:00", overrides={"mon": "00:00-24:00"}))
    assert hours.is_open(at(MONDAY, "23:59:59"))
    assert hours.today_text(at(MONDAY, "10:00:00")) == "00:00-24:00"
    assert not hours.is_open(at(MONDAY + dt.timedelta(days=1), "13:00:00"))


# -- the command --------------------------------------------------------------------------------


def kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "kiosk_app", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_cli_help() -> None:
    done = kiosk("--help")
    assert done.returncode == 0
    assert "--windowed" in done.stdout and "--config" in done.stdout
    assert "--check-config" in done.stdout


def test_cli_check_config_names_the_bad_keys(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(BAD_CONFIG, encoding="utf-8")
    done = kiosk("--config", str(path), "--check-config")
    assert done.returncode == 2
    for key in ("site.foo", "hours.daily", "timeouts.countdown_s", "platform.url"):
        assert key in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_cli_check_config_missing_file(tmp_path: Path) -> None:
    done = kiosk("--config", str(tmp_path / "nowhere.toml"), "--check-config")
    assert done.returncode == 2
    assert "no such configuration file" in done.stderr
    assert "Traceback" not in done.stderr


def test_cli_check_config_accepts_a_good_file(tmp_path: Path) -> None:
    path = tmp_path / "good.toml"
    path.write_text(GOOD_CONFIG, encoding="utf-8")
    done = kiosk("--config", str(path), "--check-config")
    assert done.returncode == 0, done.stderr
    assert "configuration OK" in done.stdout
