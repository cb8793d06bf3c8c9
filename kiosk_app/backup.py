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

import datetime as dt
import hashlib
import json
import os
import shutil
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kiosk_app.backup_archive import (
    CONFIG_NAME,
    DB_NAME,
    FORMAT,
    MANIFEST,
    MAX_MEMBER_BYTES,
    STAMP,
    SUMS,
    BackupResult,
    VerifiedArchive,
    add_member,
    app_version,
    copy_database,
    fsync_dir,
    latest_backup,
    list_backups,
    sha256_file,
    verify_archive,
)
from kiosk_app.backup_lock import (
    LOCK_NAME,
    BackupError,
    DataDirBusy,
    DataDirLock,
    claim_data_dir,
    processes_using,
)
from kiosk_app.backup_restore import PartlyRestored, RestoreResult, restore_backup
from kiosk_app.config import Config

__all__ = [
    "CONFIG_NAME",
    "DB_NAME",
    "FORMAT",
    "LOCK_NAME",
    "MANIFEST",
    "MAX_MEMBER_BYTES",
    "SUMS",
    "BackupError",
    "BackupResult",
    "Backups",
    "DataDirBusy",
    "DataDirLock",
    "PartlyRestored",
    "RestoreResult",
    "VerifiedArchive",
    "backup_command",
    "claim_data_dir",
    "latest_backup",
    "list_backups",
    "processes_using",
    "restore_backup",
    "restore_command",
    "verify_archive",
]


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
        stamp = created.strftime(STAMP)
        path = self.folder / f"kiosk-backup-{stamp}-{kiosk_id}.tar.gz"
        n = 0
        while path.exists():
            n += 1
            path = self.folder / f"kiosk-backup-{stamp}.{n}-{kiosk_id}.tar.gz"
        with tempfile.TemporaryDirectory(dir=self.folder, prefix=".making-") as scratch:
            work = Path(scratch)
            tables = copy_database(self.db_path, work / DB_NAME)
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
                "app_version": app_version(),
                "config_source": str(self.config_path) if self.config_path else None,
                "tables": tables,
                "files": checksums,
            }
            sums = "".join(f"{v['sha256']}  {k}\n" for k, v in checksums.items())
            partial = work / "archive.tar.gz"
            mtime = created.timestamp()
            with tarfile.open(partial, "w:gz") as tar:
                add_member(
                    tar,
                    MANIFEST,
                    json.dumps(manifest, ensure_ascii=False, indent=1).encode(),
                    mtime,
                )
                add_member(tar, SUMS, sums.encode(), mtime)
                for name, data in files.items():
                    add_member(tar, name, data, mtime)
            os.chmod(partial, 0o600)
            with open(partial, "rb") as file:
                os.fsync(file.fileno())
            os.replace(partial, path)
        fsync_dir(self.folder)
        pruned = self.prune() if prune else []
        return BackupResult(path, created, path.stat().st_size, sha256_file(path), tables, pruned)

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
