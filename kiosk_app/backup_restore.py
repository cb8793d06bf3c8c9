"""Restoring a backup: every refusal happens before anything is changed; what is replaced is
backed up first, then the database is swapped in with one rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk_app.backup_archive import CONFIG_NAME, DB_NAME, check_database, fsync_dir, verify_archive
from kiosk_app.backup_lock import BackupError, DataDirBusy, DataDirLock, processes_using

if TYPE_CHECKING:
    from kiosk_app.backup import Backups


class PartlyRestored(BackupError):
    """The database was restored but the configuration could not be written."""


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
    fsync_dir(path.parent)


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
            tables = check_database(staged)
            with open(staged, "rb") as file:
                os.fsync(file.fileno())
            safety = None
            if db_path.exists():
                safety = backups.make_backup(reason="pre-restore", prune=False).path
            # The swap: an old write-ahead log must not replay onto the restored file.
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            os.replace(staged, db_path)
            fsync_dir(data_dir)
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
