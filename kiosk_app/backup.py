"""Backups of the database and the configuration (std 9.5: at least every two weeks).

An archive is a tar.gz named `kiosk-backup-<YYYYmmddTHHMMSS>-<kiosk_id>.tar.gz` holding the
database (a consistent copy made with SQLite's backup API, safe while the kiosk runs), the
configuration file, `manifest.json` (what, when, which kiosk, sizes and SHA-256 checksums) and
`SHA256SUMS` (for `sha256sum -c` by hand). The newest `backup.keep` archives are kept.

A restore checks every checksum first, refuses while a process has the database open (or the
data folder is claimed by a running kiosk), backs up what it replaces, then swaps the database
in with one rename.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import importlib.metadata
import io
import json
import os
import re
import shutil
import sqlite3
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from kiosk_app.config import Config

DB_NAME = "kiosk.sqlite3"
CONFIG_NAME = "kiosk.toml"
MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
FORMAT = "gov-kiosk-backup"
LOCK_NAME = "kiosk.lock"
MAX_MEMBER_BYTES = 2 << 30  # a kiosk's records are megabytes; refuse to unpack a bomb
_ARCHIVE = re.compile(r"^kiosk-backup-(\d{8}T\d{6})(?:\.(\d+))?-([A-Za-z0-9\-]+)\.tar\.gz$")
_STAMP = "%Y%m%dT%H%M%S"


class BackupError(Exception):
    """A backup or restore that cannot be done: the message is for the operator."""


class DataDirBusy(BackupError):
    """Another process (a running kiosk, a restore) holds the data folder."""


class PartlyRestored(BackupError):
    """The database was restored but the configuration could not be written."""


def _version() -> str:
    try:
        return importlib.metadata.version("gov-kiosk")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
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
                when = dt.datetime.strptime(match.group(1), _STAMP)
                found.append((path, when, int(match.group(2) or 0)))
    found.sort(key=lambda entry: (entry[1], entry[2], entry[0].name))
    return [(path, when) for path, when, _n in found]


def latest_backup(folder: Path) -> tuple[Path, dt.datetime] | None:
    backups = list_backups(folder)
    return backups[-1] if backups else None


# -- the data folder lock ---------------------------------------------------------------------


class DataDirLock:
    """An advisory lock on `data_dir/kiosk.lock` (flock): a running kiosk holds it for its
    life, so a restore (or a second kiosk) knows. Released when the process ends, even killed."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._file: TextIO | None = None

    def acquire(self, what: str = "kiosk") -> DataDirLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        file = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held until release)
        try:
            fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            file.seek(0)
            holder = file.read().strip() or "another process"
            file.close()
            raise DataDirBusy(f"{self.path.parent} is in use by {holder}") from None
        file.seek(0)
        file.truncate()
        file.write(f"{what} (pid {os.getpid()})\n")
        file.flush()
        self._file = file
        return self

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None


def claim_data_dir(data_dir: Path) -> DataDirLock:
    """For the kiosk at start: hold the data folder for the process's life (DataDirBusy if a
    kiosk or a restore already does)."""
    return DataDirLock(data_dir).acquire("a running kiosk")


def processes_using(path: Path) -> list[int]:
    """Other processes with this file open (Linux /proc; empty where that cannot be read)."""
    target = str(path.resolve())
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        if proc.name == str(os.getpid()):
            continue
        with contextlib.suppress(OSError):
            for fd in (proc / "fd").iterdir():
                with contextlib.suppress(OSError):
                    if os.readlink(fd) == target:
                        found.append(int(proc.name))
                        break
    return sorted(found)


# -- making backups -----------------------------------------------------------------------------


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


def _copy_database(source: Path, target: Path) -> dict[str, int]:
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


def _add(tar: tarfile.TarFile, name: str, data: bytes, mtime: float) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(mtime)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


class Backups:
    """The kiosk's backups: `backup_due(now)` and `make_backup()` for a daily timer, the same
    for `kiosk backup`, and `restore(archive)` for `kiosk restore`."""

    def __init__(
        self,
        config: Config,
        config_path: Path | None = None,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self.config = config
        self.config_path = config_path
        self.now = now
        self.data_dir = config.store.path()
        self.db_path = self.data_dir / DB_NAME
        self.folder = config.backup.path(self.data_dir)

    def backup_due(self, now: dt.datetime | None = None) -> bool:
        """True when no backup is `backup.interval_days` (at most 14) calendar days old."""
        latest = latest_backup(self.folder)
        if latest is None:
            return True
        today = (now or self.now()).date()
        return (today - latest[1].date()).days >= self.config.backup.interval_days

    def backup_if_due(self, now: dt.datetime | None = None) -> BackupResult | None:
        return self.make_backup() if self.backup_due(now) else None

    def make_backup(self, reason: str = "scheduled", prune: bool = True) -> BackupResult:
        """Write a new archive, then prune beyond `backup.keep`. Blocking: call off the GUI
        thread. `reason` goes into the manifest (scheduled, manual, pre-restore)."""
        created = self.now().replace(microsecond=0)
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        kiosk_id = self.config.site.kiosk_id
        stamp = created.strftime(_STAMP)
        path = self.folder / f"kiosk-backup-{stamp}-{kiosk_id}.tar.gz"
        n = 0
        while path.exists():
            n += 1
            path = self.folder / f"kiosk-backup-{stamp}.{n}-{kiosk_id}.tar.gz"
        with tempfile.TemporaryDirectory(dir=self.folder, prefix=".making-") as scratch:
            work = Path(scratch)
            tables = _copy_database(self.db_path, work / DB_NAME)
            files = {DB_NAME: (work / DB_NAME).read_bytes()}
            if self.config_path is not None:
                try:
                    files[CONFIG_NAME] = self.config_path.read_bytes()
                except OSError as error:
                    raise BackupError(f"{self.config_path}: cannot be read: {error}") from None
            checksums = {
                name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                for name, data in files.items()
            }
            manifest = {
                "format": FORMAT,
                "format_version": 1,
                "kiosk_id": kiosk_id,
                "site": self.config.site.name,
                "created_at": created.isoformat(),
                "reason": reason,
                "app_version": _version(),
                "config_source": str(self.config_path) if self.config_path else None,
                "tables": tables,
                "files": checksums,
            }
            sums = "".join(f"{v['sha256']}  {k}\n" for k, v in checksums.items())
            partial = work / "archive.tar.gz"
            mtime = created.timestamp()
            with tarfile.open(partial, "w:gz") as tar:
                _add(
                    tar,
                    MANIFEST,
                    json.dumps(manifest, ensure_ascii=False, indent=1).encode(),
                    mtime,
                )
                _add(tar, SUMS, sums.encode(), mtime)
                for name, data in files.items():
                    _add(tar, name, data, mtime)
            os.chmod(partial, 0o600)
            with open(partial, "rb") as file:
                os.fsync(file.fileno())
            os.replace(partial, path)
        _fsync_dir(self.folder)
        pruned = self.prune() if prune else []
        return BackupResult(path, created, path.stat().st_size, _sha256(path), tables, pruned)

    def prune(self) -> list[Path]:
        """Remove the oldest archives beyond `backup.keep`."""
        backups = list_backups(self.folder)
        doomed = [path for path, _when in backups[: max(0, len(backups) - self.config.backup.keep)]]
        for path in doomed:
            path.unlink(missing_ok=True)
        for scratch in self.folder.glob(".making-*"):  # left by a backup killed half-way
            if time.time() - scratch.stat().st_mtime > 3600:
                shutil.rmtree(scratch, ignore_errors=True)
        return doomed

    def restore(
        self, archive: Path, with_config: bool = False, force: bool = False
    ) -> RestoreResult:
        return restore_backup(self, archive, with_config=with_config, force=force)


# -- checking and restoring ---------------------------------------------------------------------


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


def _check_database(path: Path) -> dict[str, int]:
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


@dataclass(frozen=True)
class RestoreResult:
    archive: Path
    database: Path
    tables: dict[str, int]
    safety_backup: Path | None  # what was there before, kept as a backup
    config_written: Path | None
    notes: list[str]

    def describe(self) -> str:
        rows = ", ".join(f"{name} {n}" for name, n in self.tables.items())
        lines = [f"restored {self.database} from {self.archive}", f"  database rows: {rows}"]
        if self.safety_backup is not None:
            lines.append(f"  the database it replaced is kept in {self.safety_backup}")
        if self.config_written is not None:
            lines.append(f"  configuration written to {self.config_written}")
        lines += [f"  {note}" for note in self.notes]
        return "\n".join(lines)


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
    _fsync_dir(path.parent)


def restore_backup(
    backups: Backups, archive: Path, with_config: bool = False, force: bool = False
) -> RestoreResult:
    """Check the archive, then put its database in place with one rename. Every refusal
    happens before anything is changed."""
    verified = verify_archive(archive)
    manifest, notes = verified.manifest, []
    kiosk_id = backups.config.site.kiosk_id
    if manifest.get("kiosk_id") != kiosk_id:
        message = f"the archive is from kiosk {manifest.get('kiosk_id')}, this is {kiosk_id}"
        if not force:
            raise BackupError(message + "; use --force to restore it anyway")
        notes.append(message)
    if with_config and backups.config_path is None:
        raise BackupError("--with-config needs --config FILE: where to write the configuration")
    if with_config and CONFIG_NAME not in verified.files:
        raise BackupError(f"{archive}: holds no configuration file")
    data_dir, db_path = backups.data_dir, backups.db_path
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = DataDirLock(data_dir).acquire("a restore")
    try:
        users = sorted(set(processes_using(db_path)))
        if users:
            raise DataDirBusy(
                f"{db_path} is open in process {', '.join(map(str, users))}: stop the kiosk first"
            )
        with tempfile.TemporaryDirectory(dir=data_dir, prefix=".restoring-") as scratch:
            staged = Path(scratch) / DB_NAME
            staged.write_bytes(verified.files[DB_NAME])
            tables = _check_database(staged)
            with open(staged, "rb") as file:
                os.fsync(file.fileno())
            safety = None
            if db_path.exists():
                safety = backups.make_backup(reason="pre-restore", prune=False).path
            # The swap: an old write-ahead log must not replay onto the restored file.
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            os.replace(staged, db_path)
            _fsync_dir(data_dir)
        config_written = None
        if with_config and backups.config_path is not None:
            try:
                _write_atomically(backups.config_path, verified.files[CONFIG_NAME])
            except OSError as error:
                raise PartlyRestored(
                    f"the database was restored, but {backups.config_path} could not be "
                    f"written: {error.strerror or error}"
                ) from None
            config_written = backups.config_path
        elif CONFIG_NAME in verified.files:
            notes.append("the archive's configuration was not written (--with-config does that)")
    finally:
        lock.release()
    return RestoreResult(archive, db_path, tables, safety, config_written, notes)


def backup_command(config: Config, config_path: Path | None) -> int:
    """`kiosk backup`: one archive now, pruned to `backup.keep`."""
    try:
        result = Backups(config, config_path).make_backup(reason="manual")
    except BackupError as error:
        print(f"kiosk backup: {error}", file=sys.stderr)
        return 2
    print(result.describe())
    if config_path is None:
        print("  (no --config FILE: the kiosk runs on its embedded defaults; none was archived)")
    return 0


def restore_command(
    config: Config, config_path: Path | None, archive: Path, with_config: bool, force: bool
) -> int:
    """`kiosk restore ARCHIVE`: refuses a damaged archive and a database in use."""
    try:
        result = Backups(config, config_path).restore(archive, with_config, force)
    except BackupError as error:
        changed = isinstance(error, PartlyRestored)
        print(
            f"kiosk restore: {error}{'' if changed else '; nothing was changed'}", file=sys.stderr
        )
        return 2
    print(result.describe())
    return 0
