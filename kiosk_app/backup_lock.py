"""The data folder lock: a running kiosk holds `kiosk.lock` for its life so that a restore (or
a second kiosk) knows, plus who else has the database open. Also the backup errors."""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path
from typing import TextIO

LOCK_NAME = "kiosk.lock"


class BackupError(Exception):
    """A backup or restore that cannot be done: the message is for the operator."""


class DataDirBusy(BackupError):
    """Another process (a running kiosk, a restore) holds the data folder."""


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
