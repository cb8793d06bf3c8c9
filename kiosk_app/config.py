"""One TOML file with typed, validated defaults. A bad value is a message naming the key."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import re
import tomllib
from pathlib import Path
from typing import Annotated, Literal

# Pydantic looks for plugins in every installed distribution's entry points on first use (~13 ms
# of start-up); the kiosk uses none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

_SPAN = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Language = Literal["zh_CN", "zh_TW", "en_US", "ug"]


def _all_languages() -> list[Language]:
    """The order the footer's language button cycles through (English one tap away)."""
    return ["zh_CN", "en_US", "zh_TW", "ug"]


class ConfigError(Exception):
    """Raised with a message fit to show an operator: file, key, what is wrong."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Phone = Annotated[str, Field(pattern=r"^[0-9+\-() ]{3,20}$")]


class Site(_Section):
    name: str = Field("演示市民服务中心 24小时自助服务区", min_length=1, max_length=40)
    address: str = Field("演示省培训市示例区培训路1号", max_length=80)
    kiosk_id: str = Field("KIOSK-DEMO-01", pattern=r"^[A-Za-z0-9\-]{1,32}$")
    phone: Phone = "0000-8888888"
    hotline: Phone = "12345"
    complaint_url: str = Field("https://12345.example.invalid/complaint", max_length=200)


def parse_span(span: str) -> tuple[dt.time, dt.time] | None:
    """'08:30-17:00' -> (08:30, 17:00); '00:00-24:00' is the whole day; 'closed' -> None."""
    if span == "closed":
        return None
    match = _SPAN.match(span)
    if not match:
        raise ValueError(f"'{span}' is not HH:MM-HH:MM or 'closed'")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or m1 > 59 or h2 > 24 or m2 > 59 or (h2 == 24 and m2 != 0):
        raise ValueError(f"'{span}' has an impossible time")
    start = dt.time(h1, m1)
    end = dt.time.max if h2 == 24 else dt.time(h2, m2)
    if end <= start:
        raise ValueError(f"'{span}' closes before it opens")
    return start, end


class Hours(_Section):
    daily: str = "00:00-24:00"
    overrides: dict[str, str] = Field(default_factory=dict)

    @field_validator("daily")
    @classmethod
    def _daily(cls, value: str) -> str:
        parse_span(value)
        return value

    @field_validator("overrides")
    @classmethod
    def _overrides(cls, value: dict[str, str]) -> dict[str, str]:
        for day, span in value.items():
            if day not in WEEKDAYS:
                raise ValueError(f"'{day}' is not one of {', '.join(WEEKDAYS)}")
            parse_span(span)
        return value


class Platform(_Section):
    url: str = Field("", description="empty: start the bundled sandbox platform")
    connect_timeout_s: float = Field(3.0, gt=0, le=30)
    read_timeout_s: float = Field(10.0, gt=0, le=120)
    retries: int = Field(2, ge=0, le=5)
    tls_pin_sha256: str = Field(
        "", description="https only: the SHA-256 of the platform's certificate (DER), pinned"
    )

    @field_validator("tls_pin_sha256")
    @classmethod
    def _pin(cls, value: str) -> str:
        pin = value.replace(":", "").strip().lower()
        if pin and (len(pin) != 64 or any(c not in "0123456789abcdef" for c in pin)):
            raise ValueError("must be 64 hex digits (colons allowed), e.g. from openssl x509")
        return pin

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value and not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must start with http:// or https://, or be empty for the sandbox")
        return value.rstrip("/")


class PcscSettings(_Section):
    reader: str = Field("", description="part of the reader's name; empty: the first reader")


class OpencvSettings(_Section):
    source: str = Field("0", description="V4L2 device index or path, or a video file")
    match_threshold: float = Field(0.5, gt=0.2, lt=0.8, description="face distance to accept")
    liveness: bool = True
    capture_s: float = Field(5.0, ge=1.0, le=20.0)


class EscposSettings(_Section):
    transport: Literal["network", "usb", "serial", "file"] = "network"
    host: str = "127.0.0.1"
    port: int = Field(9100, ge=1, le=65535)
    usb_vendor: int = Field(0, ge=0, le=0xFFFF)
    usb_product: int = Field(0, ge=0, le=0xFFFF)
    serial_device: str = "/dev/ttyS0"
    baudrate: int = Field(9600, ge=1200, le=921600)
    file: str = "/dev/usb/lp0"
    paper_width_dots: int = Field(576, ge=256, le=832)
    text_mode: Literal["raster", "gb18030"] = Field(
        "raster", description="raster: any character prints; gb18030: less data on slow links"
    )


class CupsSettings(_Section):
    queue: str = Field("", description="CUPS queue name; empty: the default destination")
    job_timeout_s: float = Field(120.0, ge=5.0, le=600.0)


class SaneSettings(_Section):
    """Document scanner through SANE's scanimage (std 4.1b)."""

    device: str = Field("", description="SANE device name, e.g. 'genesys:libusb:001:004'")
    resolution: int = Field(200, ge=75, le=600, description="dpi")
    mode: Literal["Color", "Gray"] = "Color"
    options: list[str] = Field(default_factory=list, description="more scanimage options")
    config_dir: str = Field("", description="private SANE_CONFIG_DIR; empty: /etc/sane.d")
    timeout_s: float = Field(60.0, ge=5.0, le=300.0)


class Devices(_Section):
    card_reader: Literal["simulated", "pcsc"] = "simulated"
    camera: Literal["simulated", "opencv"] = "simulated"
    receipt_printer: Literal["simulated", "escpos"] = "simulated"
    a4_printer: Literal["simulated", "cups"] = "simulated"
    scanner: Literal["simulated", "sane"] = "simulated"
    poll_s: float = Field(2.0, ge=0.5, le=10.0, description="how often devices are asked")
    pcsc: PcscSettings = PcscSettings()
    opencv: OpencvSettings = OpencvSettings()
    escpos: EscposSettings = EscposSettings()
    cups: CupsSettings = CupsSettings()
    sane: SaneSettings = SaneSettings()

    def simulated(self) -> bool:
        drivers = (
            self.card_reader,
            self.camera,
            self.receipt_printer,
            self.a4_printer,
            self.scanner,
        )
        return any(driver == "simulated" for driver in drivers)


class Timeouts(_Section):
    idle_s: int = Field(60, ge=10, le=600)
    countdown_s: int = Field(30, ge=20, le=120)
    goodbye_s: int = Field(8, ge=2, le=60)
    face_attempts: int = Field(3, ge=1, le=5)


class Ui(_Section):
    languages: list[Language] = Field(default_factory=_all_languages, min_length=1)
    default_language: Language = "zh_CN"
    orientation: Literal["auto", "portrait", "landscape"] = "auto"
    voice_engine: str = Field("speechd", description="QtTextToSpeech engine (speechd on Linux)")
    fullscreen: bool = True


class Store(_Section):
    data_dir: str = ""

    def path(self) -> Path:
        if self.data_dir:
            return Path(self.data_dir)
        base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
        return Path(base) / "gov-kiosk"


MIN_TOKEN_LENGTH = 16


class Remote(_Section):
    """District monitoring (std 8.2 remote inspection): /metrics and /inspection over HTTP."""

    enabled: bool = False
    bind: str = Field("127.0.0.1", description="IP address to listen on")
    port: int = Field(9464, ge=0, le=65535, description="0: any free port (tests)")
    token: str = Field("", description="bearer token the district's scraper sends")
    platform_check_s: float = Field(
        30.0, ge=1.0, le=3600.0, description="how long a platform network check is reused"
    )

    @field_validator("bind")
    @classmethod
    def _bind(cls, value: str) -> str:
        try:
            ipaddress.ip_address(value)
        except ValueError:
            raise ValueError(f"'{value}' is not an IP address, e.g. 127.0.0.1") from None
        return value

    @model_validator(mode="after")
    def _token_when_enabled(self) -> Remote:
        if self.enabled and len(self.token) < MIN_TOKEN_LENGTH:
            raise ValueError(
                f"remote.enabled is true but remote.token is "
                f"{'empty' if not self.token else 'too short'}: it needs at least "
                f"{MIN_TOKEN_LENGTH} characters, e.g. from "
                "python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
            )
        if self.token and (self.token != self.token.strip() or not self.token.isprintable()):
            raise ValueError("remote.token must be printable, with no spaces at either end")
        return self


class Backup(_Section):
    """Backups of the database and the configuration (std 9.5: at least every two weeks)."""

    dir: str = Field("", description="empty: the data folder's backups/")
    keep: int = Field(8, ge=1, le=1000, description="how many archives are kept")
    interval_days: int = Field(14, ge=1, le=14, description="automatic backup at least this often")

    def path(self, data_dir: Path) -> Path:
        return Path(self.dir) if self.dir else data_dir / "backups"


class Maintenance(_Section):
    """The operator's maintenance screen: passwords (std 9.6), consumables, network limits."""

    password_max_age_days: int = Field(90, ge=1, le=365, description="must change when older")
    idle_minutes: int = Field(10, ge=1, le=120, description="an idle operator is logged out")
    receipts_per_roll: int = Field(300, ge=10, le=100_000, description="receipts a roll holds")
    a4_tray_sheets: int = Field(500, ge=10, le=100_000, description="sheets the A4 tray holds")
    toner_pages: int = Field(3000, ge=100, le=1_000_000, description="pages a toner cartridge")
    low_percent: int = Field(15, ge=1, le=90, description="below this a consumable is low")
    latency_limit_ms: float = Field(500.0, ge=10, le=60_000, description="above: a fault")
    loss_limit_percent: float = Field(10.0, ge=0, le=100, description="above: a fault")
    export_dir: str = Field("", description="weekly reports from the screen; empty: data/reports")


class Security(_Section):
    """Page tampering (signed manifest), unused USB ports (std 9.3)."""

    manifest: Literal["auto", "on", "off"] = Field(
        "auto", description="check the signed page manifest; auto: on unless in training mode"
    )
    manifest_file: str = Field("", description="empty: the bundled content-manifest.json")
    manifest_public_key: str = Field("", description="Ed25519, hex; empty: the training key")
    content_root: str = Field("", description="empty: where the kiosk is installed")
    usb_watch: bool = Field(True, description="raise an alert when a new USB device appears")
    usb_allowed: list[str] = Field(
        default_factory=list, description="vendor:product ids allowed to appear, e.g. 04b8:0202"
    )
    usb_poll_s: float = Field(5.0, ge=0.2, le=300.0)


class Config(_Section):
    site: Site = Site()
    hours: Hours = Hours()
    platform: Platform = Platform()
    devices: Devices = Devices()
    timeouts: Timeouts = Timeouts()
    ui: Ui = Ui()
    store: Store = Store()
    remote: Remote = Remote()
    backup: Backup = Backup()
    security: Security = Security()
    maintenance: Maintenance = Maintenance()

    @property
    def training(self) -> bool:
        """Training mode whenever anything is simulated: nothing done here is a real service."""
        return self.devices.simulated() or not self.platform.url


def _describe(error: ValidationError, source: str) -> str:
    lines = [f"{source}: the configuration has {error.error_count()} problem(s):"]
    for problem in error.errors():
        key = ".".join(str(part) for part in problem["loc"])
        message = problem["msg"]
        if problem["type"] == "extra_forbidden":
            message = "unknown key (a typo?)"
        lines.append(f"  {key}: {message}")
    return "\n".join(lines)


def load_config(path: Path | None) -> Config:
    """Read and validate the file; no file means the embedded defaults."""
    if path is None:
        return Config()
    try:
        with open(path, "rb") as file:
            raw = tomllib.load(file)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text; save the file as UTF-8") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read: {error.strerror}") from None
    try:
        return Config.model_validate(raw)
    except ValidationError as error:
        raise ConfigError(_describe(error, str(path))) from None
