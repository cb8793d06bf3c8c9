"""Backup archives: their names, writing the database copy and members, and checking an
archive whole (members, manifest, sizes, SHA-256 checksums, database integrity)."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.metadata
import io
import json
import os
import re
import sqlite3
import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk_app.backup_lock import BackupError

DB_NAME = "kiosk.sqlite3"
CONFIG_NAME = "kiosk.toml"
MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
FORMAT = "gov-kiosk-backup"
MAX_MEMBER_BYTES = 2 << 30  # a kiosk's records are megabytes; refuse to unpack a bomb
_ARCHIVE = re.compile(r"^kiosk-backup-(\d{8}T\d{6})(?:\.(\d+))?-([A-Za-z0-9\-]+)\.tar\.gz$")
STAMP = "%Y%m%dT%H%M%S"


def app_version() -> str:
    try:
        return importlib.metadata.version("gov-kiosk")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def list_backups(folder: Path) -> list[tuple[Path, dt.datetime]]:
    """The archives in `folder`, oldest first, with the time in their names."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _ARCHIVE.match(path.name)
            if match and path.is_file():
                when = dt.datetime.strptime(match.group(1), STAMP)
                found.append((path, when, int(match.group(2) or 0)))
    found.sort(key=lambda entry: (entry[1], entry[2], entry[0].name))
    return [(path, when) for path, when, _n in found]


def latest_backup(folder: Path) -> tuple[Path, dt.datetime] | None:
    backups = list_backups(folder)
    return backups[-1] if backups else None


@dataclass(frozen=True)
class BackupResult:
    path: Path
    created_at: dt.datetime
    size: int
    sha256: str  # of the archive itself
    tables: dict[str, int]  # row counts of the database copy
    pruned: list[Path] = field(default_factory=list)

    def describe(self) -> str:
        rows = ", ".join(f"{name} {n}" for name, n in self.tables.items())
        lines = [f"backup written: {self.path} ({self.size} bytes, sha256 {self.sha256})"]
        lines.append(f"  database rows: {rows}")
        lines += [f"  removed (retention): {path.name}" for path in self.pruned]
        return "\n".join(lines)


def copy_database(source: Path, target: Path) -> dict[str, int]:
    """A consistent copy through the backup API (one step, so no writer can interleave)."""
    if not source.is_file():
        raise BackupError(f"no database at {source}: nothing to back up")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst, pages=-1)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        tables = [
            row[0]
            for row in dst.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name"
            )
        ]
        return {t: int(dst.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]) for t in tables}
    except sqlite3.Error as error:
        raise BackupError(f"{source}: the database cannot be copied: {error}") from None
    finally:
        dst.close()
        src.close()


def add_member(tar: tarfile.TarFile, name: str, data: bytes, mtime: float) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(mtime)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


@dataclass(frozen=True)
class VerifiedArchive:
    manifest: dict[str, Any]
    files: dict[str, bytes]


def verify_archive(archive: Path) -> VerifiedArchive:
    """Read the archive and check it whole: members, manifest, sizes, checksums, database."""
    try:
        with tarfile.open(archive, "r:gz") as tar:
            files: dict[str, bytes] = {}
            for member in tar:
                if not member.isfile() or "/" in member.name or member.name.startswith("."):
                    raise BackupError(f"{archive}: unexpected member {member.name!r}")
                if member.name in files:
                    raise BackupError(f"{archive}: {member.name} appears twice")
                if member.size > MAX_MEMBER_BYTES:
                    raise BackupError(f"{archive}: {member.name} is implausibly large")
                extracted = tar.extractfile(member)
                assert extracted is not None
                files[member.name] = extracted.read()
    except FileNotFoundError:
        raise BackupError(f"{archive}: no such file") from None
    except (tarfile.TarError, EOFError, OSError) as error:
        raise BackupError(f"{archive}: not a readable backup archive ({error})") from None
    try:
        manifest = json.loads(files.pop(MANIFEST))
        listed = manifest["files"]
        assert manifest["format"] == FORMAT and isinstance(listed, dict)
    except (KeyError, ValueError, TypeError, AssertionError):
        raise BackupError(f"{archive}: no valid {MANIFEST}; not a kiosk backup") from None
    sums = files.pop(SUMS, b"").decode("utf-8", "replace")
    if set(files) != set(listed) or DB_NAME not in files:
        raise BackupError(f"{archive}: its files do not match its manifest")
    for name, data in files.items():
        digest = hashlib.sha256(data).hexdigest()
        if len(data) != listed[name].get("size") or digest != listed[name].get("sha256"):
            raise BackupError(f"{archive}: checksum mismatch for {name}; the archive is damaged")
        if f"{digest}  {name}" not in sums.splitlines():
            raise BackupError(f"{archive}: {SUMS} does not match {name}; the archive is damaged")
    return VerifiedArchive(manifest, files)


def check_database(path: Path) -> dict[str, int]:
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            [(result,)] = db.execute("PRAGMA integrity_check").fetchall()
            if result != "ok":
                raise BackupError(f"the archived database fails its integrity check: {result}")
            return {
                t: int(db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0])
                for (t,) in db.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                    " ORDER BY name"
                )
            }
        finally:
            db.close()
    except sqlite3.Error as error:
        raise BackupError(f"the archived database cannot be read: {error}") from None
