"""Backups (std 9.5): a consistent copy of the database and the configuration in a checksummed
archive, at least every two weeks, pruned to a limit, restorable with one command, refused
when damaged or while the kiosk runs, and holding nothing of any citizen."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from devices.simulated.training_cards import training_card
from kiosk_app.backup import (
    BackupError,
    Backups,
    DataDirBusy,
    claim_data_dir,
    list_backups,
    verify_archive,
)
from kiosk_app.config import Config, load_config
from kiosk_app.store import Store
from tests.conftest import CITIZEN
from tests.test_reports import simulate_week

REPO = Path(__file__).resolve().parent.parent
T0 = dt.datetime(2026, 11, 2, 3, 0)


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "etc" / "kiosk.toml"
    path.parent.mkdir()
    path.write_text(
        textwrap.dedent(
            f"""\
            [site]
            kiosk_id = "KIOSK-BACKUP-01"

            [store]
            data_dir = "{tmp_path / "data"}"

            [backup]
            keep = 3
            """
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def config(config_file: Path) -> Config:
    return load_config(config_file)


@pytest.fixture
def store(config: Config) -> Iterator[Store]:
    opened = Store(config.store.path() / "kiosk.sqlite3")
    simulate_week(opened, T0 - dt.timedelta(days=7))
    yield opened
    opened.close()


def everything(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: store.query(f"SELECT * FROM {table} ORDER BY 1")
        for table in ("transactions", "ratings", "followups", "payments", "events", "faults")
    }


def members(archive: Path) -> dict[str, bytes]:
    with tarfile.open(archive, "r:gz") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar}  # type: ignore[union-attr]


def test_a_backup_of_a_running_store_is_consistent_and_checksummed(
    config: Config, config_file: Path, store: Store
) -> None:
    store.begin_transaction("T-LIVE", "social_insurance_record", trial=False)  # mid-session
    backups = Backups(config, config_file, now=Clock(T0))
    result = backups.make_backup()
    assert result.path.parent == config.store.path() / "backups"
    assert result.path.name == "kiosk-backup-20261102T030000-KIOSK-BACKUP-01.tar.gz"
    assert result.path.stat().st_mode & 0o077 == 0  # the operator's only
    assert result.sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest()
    files = members(result.path)
    assert set(files) == {"manifest.json", "SHA256SUMS", "kiosk.sqlite3", "kiosk.toml"}
    manifest = json.loads(files["manifest.json"])
    assert manifest["kiosk_id"] == "KIOSK-BACKUP-01" and manifest["reason"] == "scheduled"
    assert manifest["tables"]["transactions"] == len(store.transactions())
    for name, entry in manifest["files"].items():
        assert hashlib.sha256(files[name]).hexdigest() == entry["sha256"]
        assert f"{entry['sha256']}  {name}" in files["SHA256SUMS"].decode()
    assert files["kiosk.toml"] == config_file.read_bytes()
    assert files["kiosk.sqlite3"].startswith(b"SQLite format 3\x00")
    assert verify_archive(result.path).manifest == manifest
    assert "T-LIVE" in files["kiosk.sqlite3"].decode("latin-1")  # the WAL's rows are in it


def test_backup_is_due_at_least_every_two_weeks(config: Config, store: Store) -> None:
    clock = Clock(T0)
    backups = Backups(config, now=clock)
    assert backups.backup_due(T0)  # never backed up
    assert backups.backup_if_due() is not None
    assert not backups.backup_due(T0 + dt.timedelta(days=1))
    assert not backups.backup_due(T0 + dt.timedelta(days=13, hours=20))
    assert backups.backup_due(T0 + dt.timedelta(days=14))
    clock.now = T0 + dt.timedelta(days=3)
    assert backups.backup_if_due() is None
    weekly = Backups(config.model_copy(update={"backup": config.backup.model_copy(
        update={"interval_days": 7})}), now=clock)  # fmt: skip
    assert weekly.backup_due(T0 + dt.timedelta(days=7))


def test_retention_keeps_the_newest(config: Config, store: Store) -> None:
    clock = Clock(T0)
    backups = Backups(config, now=clock)
    made = []
    for day in range(5):
        clock.now = T0 + dt.timedelta(days=day)
        made.append(backups.make_backup())
    assert [p for p, _when in list_backups(backups.folder)] == [r.path for r in made[2:]]
    assert made[3].pruned == [made[0].path] and made[4].pruned == [made[1].path]
    (backups.folder / "notes.txt").write_text("kept", encoding="utf-8")  # not ours: untouched
    clock.now = T0 + dt.timedelta(days=5)
    backups.make_backup()
    assert (backups.folder / "notes.txt").exists() and len(list_backups(backups.folder)) == 3
    same_second = backups.make_backup()  # two in one second do not overwrite each other
    assert ".1-" in same_second.path.name and len(list_backups(backups.folder)) == 3


def test_restore_round_trip_gives_the_same_records(
    config: Config, config_file: Path, store: Store
) -> None:
    clock = Clock(T0)
    backups = Backups(config, config_file, now=clock)
    before = everything(store)
    archive = backups.make_backup().path
    store.query("DELETE FROM ratings")
    store.log_event("after_backup", "")
    store.begin_transaction("T-LATER", "no_housing_proof", trial=False)
    assert everything(store) != before
    store.close()  # the kiosk is stopped for a restore
    clock.now = T0 + dt.timedelta(hours=1)
    result = backups.restore(archive)
    assert result.database == config.store.path() / "kiosk.sqlite3"
    assert result.safety_backup is not None and result.safety_backup.exists()
    assert "configuration was not written" in result.describe()
    assert not Path(f"{result.database}-wal").exists()
    restored = Store(result.database)
    try:
        assert everything(restored) == before
    finally:
        restored.close()
    # What the restore replaced is itself restorable.
    safety = verify_archive(result.safety_backup)
    assert safety.manifest["reason"] == "pre-restore"
    assert safety.manifest["tables"]["ratings"] == 0


def test_restore_with_config_writes_the_configuration(
    config: Config, config_file: Path, store: Store
) -> None:
    archive = Backups(config, config_file, now=Clock(T0)).make_backup().path
    original = config_file.read_bytes()
    config_file.write_text(original.decode() + "\n# changed\n", encoding="utf-8")
    store.close()
    result = Backups(config, config_file, now=Clock(T0)).restore(archive, with_config=True)
    assert result.config_written == config_file and config_file.read_bytes() == original


def damaged_copies(archive: Path, folder: Path) -> Iterator[tuple[str, Path]]:
    data = archive.read_bytes()
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0xFF
    (folder / "flipped.tar.gz").write_bytes(bytes(flipped))
    yield "a flipped byte", folder / "flipped.tar.gz"
    (folder / "short.tar.gz").write_bytes(data[: len(data) // 2])
    yield "cut short", folder / "short.tar.gz"
    # Rebuilt whole, with a database that is not the one the manifest lists.
    files = members(archive)
    files["kiosk.sqlite3"] = files["kiosk.sqlite3"][:-1] + b"\x01"
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name, content in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    (folder / "tampered.tar.gz").write_bytes(gzip.compress(buffer.getvalue()))
    yield "a changed database", folder / "tampered.tar.gz"


def test_a_damaged_archive_is_refused_and_nothing_changes(
    config: Config, store: Store, tmp_path: Path
) -> None:
    backups = Backups(config, now=Clock(T0))
    archive = backups.make_backup().path
    store.log_event("after_backup", "")
    store.close()
    database = config.store.path() / "kiosk.sqlite3"
    unchanged = database.read_bytes()
    copies = list(damaged_copies(archive, tmp_path))
    for what, path in copies:
        with pytest.raises(BackupError) as refused:
            backups.restore(path)
        assert str(path) in str(refused.value), what
        if what == "a changed database":
            assert "checksum mismatch for kiosk.sqlite3" in str(refused.value)
        assert database.read_bytes() == unchanged, what
    assert len(list_backups(backups.folder)) == 1  # no safety backup either: nothing was done


def test_restore_refuses_while_a_kiosk_runs(config: Config, store: Store) -> None:
    backups = Backups(config, now=Clock(T0))
    archive = backups.make_backup().path
    store.close()
    lock = claim_data_dir(config.store.path())  # as the kiosk will hold it
    try:
        with pytest.raises(DataDirBusy, match="running kiosk"):
            backups.restore(archive)
    finally:
        lock.release()
    # A kiosk that does not (yet) hold the lock is still seen: it has the database open.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from kiosk_app.store import Store; "
            "s = Store(Path(sys.argv[1])); print('open', flush=True); time.sleep(30)",
            str(config.store.path() / "kiosk.sqlite3"),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(DataDirBusy, match=f"process {holder.pid}"):
            backups.restore(archive)
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert backups.restore(archive).database.exists()


def test_an_archive_from_another_kiosk_needs_force(
    config: Config, config_file: Path, store: Store
) -> None:
    archive = Backups(config, now=Clock(T0)).make_backup().path
    store.close()
    other = config.model_copy(
        update={"site": config.site.model_copy(update={"kiosk_id": "KIOSK-OTHER"})}
    )
    with pytest.raises(BackupError, match="from kiosk KIOSK-BACKUP-01, this is KIOSK-OTHER"):
        Backups(other, now=Clock(T0)).restore(archive)
    result = Backups(other, now=Clock(T0)).restore(archive, force=True)
    assert any("KIOSK-OTHER" in note for note in result.notes)


def kiosk_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk_app", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_commands(config: Config, config_file: Path, store: Store, tmp_path: Path) -> None:
    before = everything(store)
    done = kiosk_cli("backup", "--config", str(config_file))
    assert done.returncode == 0, done.stderr
    assert "backup written:" in done.stdout and "transactions" in done.stdout
    [(archive, _when)] = list_backups(config.store.path() / "backups")
    store.query("DELETE FROM transactions")
    assert kiosk_cli("restore", str(archive), "--config", str(config_file)).returncode == 2
    store.close()  # refused while open; fine once the kiosk has stopped
    bad = tmp_path / "bad.tar.gz"
    bad.write_bytes(b"not an archive")
    refused = kiosk_cli("restore", str(bad), "--config", str(config_file))
    assert refused.returncode == 2 and "nothing was changed" in refused.stderr
    done = kiosk_cli("restore", str(archive), "--config", str(config_file))
    assert done.returncode == 0, done.stderr
    assert f"restored {config.store.path() / 'kiosk.sqlite3'}" in done.stdout
    restored = Store(config.store.path() / "kiosk.sqlite3")
    try:
        assert everything(restored)["transactions"] == before["transactions"]
    finally:
        restored.close()
    assert kiosk_cli("restore", "--config", str(config_file)).returncode == 2  # no archive
    assert kiosk_cli("backup", str(archive)).returncode == 2  # backup takes none


@pytest.mark.journey
def test_a_backup_after_a_journey_holds_nothing_of_the_citizen(
    kiosk: Any, citizen: Any, tmp_path: Path
) -> None:
    citizen.start()
    citizen.run_item("no_housing_proof", CITIZEN, rate=1)
    [record] = kiosk.store.transactions()
    result = Backups(kiosk.config).make_backup()  # while the kiosk runs
    contents = members(result.path)
    everything_written = b"".join(contents.values()) + result.path.read_bytes()
    assert record["id"].encode() in contents["kiosk.sqlite3"]  # the search reaches the records
    card = training_card(CITIZEN)
    for secret in (card.name, card.id_number, card.address, card.id_number[6:14]):
        assert secret.encode("utf-8") not in everything_written, secret
