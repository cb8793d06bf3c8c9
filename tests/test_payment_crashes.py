"""The kiosk killed (SIGKILL) at each step of a payment, then restarted: after reconciliation
the citizen is never charged twice and never charged for nothing, and the records agree."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk_app.sandbox import SandboxPlatform
from kiosk_app.store import Store

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.journey


@pytest.fixture
def platform() -> Iterator[SandboxPlatform]:
    sandbox = SandboxPlatform()
    sandbox.start()
    sandbox.payments.set_defaults(auto_approve_after_s=0.3)  # the citizen's phone pays at once
    yield sandbox
    sandbox.stop()


def _kiosk(data_dir: Path, url: str, kill_at: str = "", settle_only: bool = False) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_KILL_AT": kill_at}
    command = [sys.executable, "-m", "tests.payment_journey", str(data_dir), url]
    if settle_only:
        command.append("--settle-only")
    done = subprocess.run(command, cwd=ROOT, env=env, timeout=120, capture_output=True, text=True)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode


@pytest.mark.parametrize(
    ("kill_at", "charged_fen", "state"),
    [
        ("payment_before_send", 0, "closed"),  # stored, never sent: closed, nothing taken
        # The platform has the order, the kiosk never heard back, the phone paid meanwhile:
        ("payment_after_send", 0, "refunded"),
        ("payment_after_paid", 0, "refunded"),  # paid, nothing delivered: refunded
        ("payment_after_print", 500, "delivered"),  # delivered: the fee is kept, once
        ("", 500, "delivered"),  # no crash at all
    ],
)
def test_killed_mid_payment_then_restarted(
    platform: SandboxPlatform, tmp_path: Path, kill_at: str, charged_fen: int, state: str
) -> None:
    data_dir = tmp_path / "data"
    code = _kiosk(data_dir, platform.base_url, kill_at)
    assert code == (-signal.SIGKILL if kill_at else 0)
    assert _kiosk(data_dir, platform.base_url, settle_only=True) == 0

    store = Store(data_dir / "kiosk.sqlite3")
    try:
        [payment] = store.payments()
        [transaction] = store.transactions()
    finally:
        store.close()
    transaction_id = transaction["id"]
    assert payment["transaction_id"] == transaction_id
    assert payment["state"] == state
    assert platform.payments.charged_fen(transaction_id) == charged_fen
    ledger = [
        entry for entry in platform.payments.ledger() if entry["transaction_id"] == transaction_id
    ]
    charges = [entry for entry in ledger if entry["kind"] == "charge"]
    refunds = [entry for entry in ledger if entry["kind"] == "refund"]
    assert len(charges) <= 1 and len(refunds) <= len(charges)  # never charged twice
    assert len(platform.payments.orders()) == (0 if kill_at == "payment_before_send" else 1)
    assert transaction["outcome"] == ("interrupted" if kill_at else "completed")
