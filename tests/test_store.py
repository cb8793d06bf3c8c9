"""The kiosk's records: honest after a crash, one rating per transaction, one open fault per
problem, and never a trace of the citizen on disk after they have gone."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from devices.simulated.training_cards import training_card
from kiosk_app.store import Store
from tests.conftest import CITIZEN

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "data" / "kiosk.sqlite3")
    yield opened
    opened.close()


def test_transaction_left_open_by_a_killed_process_is_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "data" / "kiosk.sqlite3"
    crash = textwrap.dedent(
        f"""\
        import os, signal
        from pathlib import Path
        from kiosk_app.store import Store

        store = Store(Path({str(path)!r}))
        store.begin_transaction("T-DONE", "social_insurance_record", trial=False)
        store.end_transaction("T-DONE", "completed", "receipt")
        store.begin_transaction("T-OPEN", "no_housing_proof", trial=False)
        os.kill(os.getpid(), signal.SIGKILL)  # the power cut, the OOM killer, kill -9
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", crash],
        cwd=REPO,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == -9, done.stderr
    reopened = Store(path)
    try:
        records = {r["id"]: r for r in reopened.transactions()}
        assert records["T-DONE"]["outcome"] == "completed"
        assert records["T-DONE"]["printed"] == "receipt"
        assert records["T-OPEN"]["outcome"] == "interrupted"
        # A late end for the interrupted one (a stray callback) does not rewrite history.
        reopened.end_transaction("T-OPEN", "completed", "a4")
        assert {r["id"]: r["outcome"] for r in reopened.transactions()}["T-OPEN"] == "interrupted"
    finally:
        reopened.close()


def test_one_rating_per_transaction(store: Store) -> None:
    store.begin_transaction("T-1", "provident_fund_account", trial=False)
    assert store.record_rating("T-1", "provident_fund_account", 5, "") is True
    assert store.record_rating("T-1", "provident_fund_account", 1, "再评一次") is False
    [rating] = store.ratings()
    assert rating["level"] == 5 and rating["reason"] == "" and rating["sent"] == 0
    store.mark_rating_sent("T-1")
    assert store.ratings()[0]["sent"] == 1
    store.begin_transaction("T-2", "provident_fund_account", trial=False)
    assert store.record_rating("T-2", "provident_fund_account", None, "") is True  # skipped
    assert [r["level"] for r in store.ratings()] == [5, None]


def test_a_fault_opens_once_and_resolves(store: Store) -> None:
    for _ in range(3):  # the printer reports "out of paper" again and again
        store.open_fault("receipt_printer", "hardware", "out_of_paper", "minor")
    store.open_fault("camera", "hardware", "peripheral_unresponsive", "severe")
    faults = store.open_faults()
    assert len(faults) == 2
    assert {
        "source": "receipt_printer",
        "category": "hardware",
        "code": "out_of_paper",
        "severity": "minor",
    } in faults
    store.open_fault("receipt_printer", "hardware", "paper_jam", "severe")
    assert len(store.open_faults()) == 3  # a different problem on the same device is new
    store.resolve_faults("receipt_printer")
    assert [f["source"] for f in store.open_faults()] == ["camera"]
    store.open_fault("receipt_printer", "hardware", "out_of_paper", "minor")
    assert len(store.open_faults()) == 2  # runs out again later: a new fault


def files_holding(folders: list[Path], needle: bytes) -> list[str]:
    return [
        str(path)
        for folder in folders
        for path in sorted(folder.rglob("*"))
        if path.is_file() and needle in path.read_bytes()
    ]


@pytest.mark.journey
@pytest.mark.parametrize("item_id", ["social_insurance_record", "no_housing_proof"])
def test_nothing_of_the_citizen_is_on_disk_after_a_journey(
    kiosk: Any, citizen: Any, private_tmp: Path, item_id: str
) -> None:
    citizen.start()
    citizen.run_item(item_id, CITIZEN, rate=4)
    [record] = kiosk.store.transactions()
    assert record["outcome"] == "completed" and record["printed"] in ("receipt", "a4")
    folders = [kiosk.config.store.path(), private_tmp]
    assert (folders[0] / "kiosk.sqlite3").exists()
    # The search reaches what the kiosk wrote (database, its WAL, the log)...
    assert files_holding(folders, record["id"].encode())
    # ...and none of it is the citizen.
    card = training_card(CITIZEN)
    for secret in (card.name, card.id_number, card.address, card.id_number[6:14]):
        assert files_holding(folders, secret.encode("utf-8")) == [], secret
