"""The kiosk killed (SIGKILL) at random moments of real journeys, 100 times, and restarted each
time on the same data folder: the store stays consistent (SQLite integrity, no half-written
transaction left open after the restart, none lost, none duplicated, no money taken twice) and
nothing about a citizen is left in any file the kiosk wrote.

The child (this module run with `python -m tests.test_kill_journeys DATA URL`) is the real
kiosk: screens, flow engine, store and simulated devices (with short delays), driven by the
scripted citizen through every item, one journey after another until it is killed. It prints
each transaction it saw finish, so the test knows what must have survived."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.simulated.training_cards import TRAINING_CARDS
from kiosk_app.sandbox import SandboxPlatform

ROOT = Path(__file__).resolve().parent.parent
KILLS = int(os.environ.get("KILL_COUNT", "100"))
JOURNEYS = [
    ("social_insurance_record", "11010519491231002X"),
    ("no_housing_proof", "11010519491231002X"),
    ("provident_fund_account", "11010519491231002X"),
    ("real_estate_register_extract", "110105198506150049"),
]
pytestmark = pytest.mark.journey


def _citizen_secrets() -> list[bytes]:
    """What must never be found at rest: every training citizen's name, ID number, address."""
    secrets: list[bytes] = []
    for card in TRAINING_CARDS:
        for text in (card.name, card.id_number, card.address):
            secrets.append(text.encode("utf-8"))
        secrets.append(card.photo)  # the photo's bytes
    return secrets


class Child:
    """One kiosk process; its stdout lines are collected on a thread."""

    def __init__(self, data_dir: Path, url: str, tmp: Path) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.test_kill_journeys", str(data_dir), url],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("ready"):
                self.ready.set()
            self.lines.append(line.strip())

    def kill(self) -> str:
        self.process.send_signal(signal.SIGKILL)
        _out, err = self.process.communicate(timeout=30)
        self._reader.join(timeout=10)
        return err


@pytest.fixture
def platform() -> Iterator[SandboxPlatform]:
    sandbox = SandboxPlatform()
    sandbox.start()
    sandbox.payments.set_defaults(auto_approve_after_s=0.05)
    yield sandbox
    sandbox.stop()


def _check_store(path: Path, finished: dict[str, str]) -> tuple[int, int]:
    """Integrity and the transactions; returns (transactions, still open)."""
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = db.execute("SELECT id, outcome, ended_at FROM transactions").fetchall()
        ids = [row[0] for row in rows]
        assert len(ids) == len(set(ids)), "a transaction was written twice"
        outcomes = {row[0]: row[1] for row in rows}
        for transaction_id, outcome in finished.items():
            assert outcomes.get(transaction_id) == outcome, f"{transaction_id} lost or changed"
        orphans = db.execute(
            "SELECT COUNT(*) FROM ratings WHERE transaction_id NOT IN (SELECT id FROM transactions)"
        ).fetchone()
        assert orphans == (0,), "a rating for a transaction that does not exist"
        still_open = sum(1 for row in rows if row[2] is None)
    finally:
        db.close()
    return len(rows), still_open


def _find_secrets(folders: list[Path]) -> list[str]:
    found = []
    secrets = _citizen_secrets()
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path.name}: {s[:12]!r}" for s in secrets if s and s in data]
    return found


def test_killed_at_random_points_one_hundred_times(
    platform: SandboxPlatform, tmp_path: Path
) -> None:
    seed = int(os.environ.get("KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    database = data_dir / "kiosk.sqlite3"
    finished: dict[str, str] = {}
    killed_in_session = 0
    for kill in range(KILLS):
        child = Child(data_dir, platform.base_url, tmp)
        assert child.ready.wait(60), f"kiosk {kill} never started (seed {seed})"
        # after the restart the one left open by the last kill is closed as interrupted
        _count, still_open = _check_store(database, finished)
        assert still_open <= 1, f"seed {seed}"
        time.sleep(rng.uniform(0.0, 1.2))  # somewhere in a journey, or between two
        err = child.kill()
        assert "Traceback" not in err, f"seed {seed}: {err}"
        for line in child.lines:
            if line.startswith("ended "):
                _word, transaction_id, outcome = line.split()
                finished[transaction_id] = outcome
        _count, still_open = _check_store(database, finished)
        assert still_open <= 1, f"seed {seed}: more than the one running was left open"
        killed_in_session += still_open
    last = Child(data_dir, platform.base_url, tmp)  # the restart after the last kill
    assert last.ready.wait(60)
    last.kill()
    _count, still_open = _check_store(database, finished)
    assert still_open == 0 or still_open == 1  # the last child may have started one
    assert len(finished) >= KILLS // 4, f"too few journeys finished to mean anything: {seed}"
    assert killed_in_session >= KILLS // 10, f"few kills hit a running session (seed {seed})"
    for transaction_id in {str(entry["transaction_id"]) for entry in platform.payments.ledger()}:
        charges = [
            entry
            for entry in platform.payments.ledger()
            if entry["transaction_id"] == transaction_id and entry["kind"] == "charge"
        ]
        assert len(charges) <= 1, f"charged twice: {transaction_id} (seed {seed})"
    assert _find_secrets([data_dir, tmp]) == [], f"citizen data left behind (seed {seed})"


# The child -----------------------------------------------------------------------------------


def _child(data_dir: str, url: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk_app.app import build_kiosk, ensure_application
    from kiosk_app.config import Config
    from kiosk_app.demo import PORTRAIT, Citizen

    ensure_application()
    config = Config.model_validate({"store": {"data_dir": data_dir}, "platform": {"url": url}})
    kiosk = build_kiosk(config)
    kiosk.controller.second_ms = 20
    for device in kiosk.devices.all().values():
        device.delay_s = 0.02  # type: ignore[attr-defined]
    kiosk.window.resize(*PORTRAIT)
    kiosk.window.show()
    citizen = Citizen(kiosk)
    print("ready", flush=True)
    seen: set[str] = {str(row["id"]) for row in kiosk.store.transactions()}
    journey = random.Random(os.getpid())
    while True:
        citizen.start()
        on_screen = [j for j in JOURNEYS if j[0] in kiosk.window.home.tiles] or JOURNEYS[:1]
        item_id, id_number = journey.choice(on_screen)
        citizen.run_item(item_id, id_number, rate=journey.choice([5, 4, 3]))
        for row in kiosk.store.transactions():
            if row["id"] not in seen and row["outcome"]:
                seen.add(str(row["id"]))
                print(f"ended {row['id']} {row['outcome']}", flush=True)
        citizen.tap(kiosk.window.message.ok)


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1], sys.argv[2]))
