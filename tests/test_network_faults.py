"""The network between the kiosk and the platform failing, each way recorded as its Appendix A
fault by the kiosk's network check (kiosk_app/maintenance_checks.py): link down (severe),
IP/DNS failure (severe), high latency (minor), high packet loss (minor).

Each case runs in a network namespace of its own (`unshare --net`, as root): the sandbox
platform, the check and the fault all live in there, so `ip link set lo down` and the traffic
shaping touch no other test. This kernel has no netem (and no iptables), so latency is a real
slow link (a tbf qdisc on loopback at 12 kbit/s, the kernel queueing every packet) and packet
loss is a relay on the path that answers only every second connection, the rest left hanging
as lost packets leave them."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
needs_netns = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("unshare") is None,
    reason="needs root and unshare to make a private network namespace",
)


@needs_netns
@pytest.mark.parametrize(
    ("fault", "code", "severity"),
    [
        ("link_down", "link_down", "severe"),
        ("dns", "ip_failure", "severe"),
        ("latency", "network_latency", "minor"),
        ("loss", "packet_loss", "minor"),
        ("none", "", ""),
    ],
)
def test_network_fault_is_recorded_in_its_appendix_a_class(
    tmp_path: Path, fault: str, code: str, severity: str
) -> None:
    done = subprocess.run(
        [
            "unshare",
            "--net",
            sys.executable,
            "-m",
            "tests.test_network_faults",
            fault,
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    faults = json.loads(done.stdout.strip().splitlines()[-1])
    if not code:
        assert faults == []  # a healthy network: nothing recorded
        return
    assert faults == [
        {"source": "network", "category": "network", "code": code, "severity": severity}
    ]


def test_the_kiosk_checks_its_network_by_itself(
    qapp: object, tmp_path: Path, private_tmp: Path
) -> None:
    """Unattended: the kiosk runs the check on its own (30 s after start, then every 5 min);
    here its platform's port is closed, so the link is down."""
    import time

    from PySide6.QtCore import QCoreApplication

    from kiosk_app.app import build_kiosk
    from kiosk_app.config import Config

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    config = Config.model_validate(
        {
            "store": {"data_dir": str(tmp_path / "data")},
            "platform": {"url": f"http://127.0.0.1:{closed}"},
        }
    )
    kiosk = build_kiosk(config)
    try:
        network = kiosk.network
        assert network is not None and network.timer.isActive()  # the first check is due
        network.check()  # now, rather than in 30 s
        link_down = {
            "source": "network",
            "category": "network",
            "code": "link_down",
            "severity": "severe",
        }
        deadline = time.monotonic() + 30
        while link_down not in kiosk.store.open_faults() and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        assert link_down in kiosk.store.open_faults()
    finally:
        kiosk.shutdown()


# The child, inside its own network namespace ---------------------------------------------------


def _relay_every_second_connection(target: int) -> int:
    """Forward every second connection to the platform; hold the others unanswered."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []

    def pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            sink.close()

    def serve() -> None:
        count = 0
        while True:
            client, _address = listener.accept()
            count += 1
            if count % 2 == 0:
                held.append(client)  # lost: no answer ever comes back
                continue
            upstream = socket.create_connection(("127.0.0.1", target))
            threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
            threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    return int(listener.getsockname()[1])


def _child(fault: str, folder: str) -> int:
    from kiosk_app.config import Maintenance
    from kiosk_app.maintenance_checks import measure_network, record_network
    from kiosk_app.sandbox import SandboxPlatform
    from kiosk_app.store import Store

    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    sandbox = SandboxPlatform()
    url = sandbox.start()
    port = int(url.rsplit(":", 1)[1])
    if fault == "link_down":
        subprocess.run(["ip", "link", "set", "lo", "down"], check=True)
    elif fault == "dns":
        url = f"http://kiosk-platform.invalid:{port}"
    elif fault == "latency":
        subprocess.run(["ip", "link", "set", "lo", "mtu", "1500"], check=True)
        shaping = "tbf rate 12kbit burst 1600 limit 100000"
        subprocess.run(["tc", "qdisc", "add", "dev", "lo", "root", *shaping.split()], check=True)
    elif fault == "loss":
        url = f"http://127.0.0.1:{_relay_every_second_connection(port)}"
    settings = Maintenance(latency_limit_ms=500, loss_limit_percent=10)
    report = measure_network(url, settings, probes=6, timeout_s=3.0 if fault == "latency" else 1.0)
    store = Store(Path(folder) / "kiosk.sqlite3")
    record_network(store, report)
    print(json.dumps(store.open_faults()), flush=True)
    store.close()
    os._exit(0)  # the sandbox's threads may be stuck on a link that is down


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1], sys.argv[2]))
