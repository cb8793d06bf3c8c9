"""Soak: thousands of simulated journeys in one kiosk process, reporting memory (RSS and PSS),
open files, threads, Qt timers and Python objects at intervals, and saying whether any grew.

`python -m kiosk_app.soak 10000` (or `kiosk soak 10000`). A journey through the screens takes
~0.3 s, so most journeys drive the kiosk's own parts below the screens — the flow engine, the
platform client against the sandbox over HTTP, the simulated devices, the real PDF renderer
and the SQLite store — exactly as the controller does, and every `--gui-every`th journey is a
scripted citizen touching the real widgets. Every journey ends the way a session ends: the
citizen's data dropped, a PII-free record written.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import itertools
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from devices.simulated.devices import (
    SimulatedCardReader,
    SimulatedDocumentPrinter,
    SimulatedReceiptPrinter,
)
from devices.simulated.training_cards import training_card
from devices.status import DeviceClass, MediaState
from flows.context import FlowContext
from flows.engine import FlowEngine
from flows.views import (
    FaceCapture,
    Finished,
    Form,
    InsertCard,
    Notice,
    Rating,
    ResultView,
    View,
    Working,
)
from kiosk_app.app import Kiosk, build_kiosk, ensure_application
from kiosk_app.config import Config
from kiosk_app.documents import render_certificate

CITIZEN = "11010519491231002X"
ITEMS = ("social_insurance_record", "no_housing_proof", "provident_fund_account")
# What may grow after the warm-up without being a leak: allocator and SQLite page cache noise.
MEMORY_SLACK_KIB = 12 * 1024
OBJECT_SLACK = 5_000
POOL_SOCKETS = 12  # requests' pool (10) and the remote endpoints': more is a leak


@dataclass(frozen=True)
class Sample:
    journeys: int
    seconds: float
    rss_kib: int
    pss_kib: int
    open_files: int  # files and pipes
    sockets: int  # the platform client's connection pool: at most POOL_SOCKETS
    threads: int
    qt_timers: int
    py_objects: int

    def line(self) -> str:
        return (
            f"{self.journeys:>7} journeys {self.seconds:7.1f} s  RSS {self.rss_kib / 1024:6.1f} MiB"
            f"  PSS {self.pss_kib / 1024:6.1f} MiB  files {self.open_files:3}"
            f"  sockets {self.sockets}  threads {self.threads:3}  timers {self.qt_timers:3}"
            f"  objects {self.py_objects}"
        )


def _memory_kib() -> tuple[int, int]:
    """RSS and PSS of this process from /proc (smaps_rollup: one read, no page walk here)."""
    values = {"Rss": 0, "Pss": 0}
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as file:
            for line in file:
                key, _, rest = line.partition(":")
                if key in values:
                    values[key] = int(rest.split()[0])
    except OSError:
        pass
    return values["Rss"], values["Pss"]


def sample(kiosk: Kiosk, journeys: int, started: float) -> Sample:
    gc.collect()
    rss, pss = _memory_kib()
    timers = sum(
        len(owner.findChildren(QTimer))
        for owner in (kiosk.window, kiosk.controller, kiosk.usb, kiosk.network)
        if isinstance(owner, QObject)
    )
    targets = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # the listing's own descriptor is gone by now
            targets.append(os.readlink(f"/proc/self/fd/{fd}"))
    sockets = sum(1 for target in targets if target.startswith("socket:"))
    return Sample(
        journeys,
        time.monotonic() - started,
        rss,
        pss,
        len(targets) - sockets,
        sockets,
        threading.active_count(),
        timers,
        len(gc.get_objects()),
    )


def growth(samples: list[Sample]) -> list[str]:
    """What grew from the first sample after warm-up to the last; empty when nothing did."""
    if len(samples) < 3:
        return ["too few samples to tell"]
    base, last = samples[1], samples[-1]
    problems = []
    if last.rss_kib - base.rss_kib > MEMORY_SLACK_KIB:
        problems.append(f"RSS grew {(last.rss_kib - base.rss_kib) / 1024:.1f} MiB")
    if last.pss_kib - base.pss_kib > MEMORY_SLACK_KIB:
        problems.append(f"PSS grew {(last.pss_kib - base.pss_kib) / 1024:.1f} MiB")
    for name in ("open_files", "threads", "qt_timers"):
        values = [getattr(s, name) for s in samples[1:]]
        rises = sum(1 for before, after in itertools.pairwise(values) if after > before)
        # one more file or thread once (a timer's first run) is not a leak; more, or often, is
        if values[-1] - max(values[0], getattr(samples[0], name)) > 1 or rises >= 3:
            problems.append(f"{name} grew {values[0]} -> {values[-1]}")
    if max(s.sockets for s in samples) > POOL_SOCKETS:
        problems.append(f"sockets grew to {max(s.sockets for s in samples)}")
    if last.py_objects - base.py_objects > OBJECT_SLACK:
        problems.append(f"Python objects grew {base.py_objects} -> {last.py_objects}")
    return problems


def engine_journey(kiosk: Kiosk, item_id: str, number: int) -> str:
    """One citizen below the screens, as the controller runs a session; returns the outcome."""
    devices = kiosk.devices
    reader = devices.card_reader
    assert isinstance(reader, SimulatedCardReader)
    transaction_id = f"{kiosk.config.site.kiosk_id}-SOAK-{number:+09d}"
    item = kiosk.catalogue.get(item_id)
    store = kiosk.store

    def record_rating(level: int | None, reason: str) -> None:
        store.record_rating(transaction_id, item_id, level, reason)

    ctx = FlowContext(
        transaction_id=transaction_id,
        site_name=kiosk.config.site.name,
        training=True,
        platform=kiosk.platform,
        card_reader=reader,
        face=devices.face,
        receipt_printer=devices.receipt_printer,
        document_printer=devices.document_printer,
        render_certificate=render_certificate,
        record_rating=record_rating,
        card_present=lambda: reader.card_present,
        device_usable=lambda name: DeviceClass(name) not in devices.unusable(),
    )
    engine = FlowEngine(item, ctx)
    store.begin_transaction(transaction_id, item.id, trial=False)
    view: View = engine.start()
    for _step in range(40):
        if isinstance(view, Finished):
            break
        view = _advance(engine, view, reader)
    reader.remove()
    printed = engine.data.printed or engine.printed
    engine.data.clear()
    outcome = view.reason if isinstance(view, Finished) else "abandoned"
    store.end_transaction(transaction_id, outcome, printed)
    return outcome


def _advance(engine: FlowEngine, view: View, reader: SimulatedCardReader) -> View:
    if isinstance(view, Notice):
        return engine.act("agree")
    if isinstance(view, Form):
        for spec in view.fields:
            if spec.kind == "choice" and spec.key not in view.values:
                return engine.act("set", {spec.key: spec.choices[0].value})
        return engine.act("submit")
    if isinstance(view, InsertCard):
        reader.insert(training_card(CITIZEN))
        return engine.card_changed(True)
    if isinstance(view, Working | FaceCapture):
        try:
            result = view.job.run()
        except Exception as error:  # as a worker thread would hand it back
            return engine.job_finished(view.job.token, error=error) or engine.view
        return engine.job_finished(view.job.token, result=result) or engine.view
    if isinstance(view, ResultView):
        if view.print_choices:
            return engine.act("print", view.print_choices[0].format)
        return engine.act("finish")
    if isinstance(view, Rating):
        return engine.act("rate", 5)
    return engine.act("exit")  # a problem: the citizen takes the way out


def gui_journey(kiosk: Kiosk, item_id: str) -> None:
    from kiosk_app.demo import Citizen

    citizen = Citizen(kiosk)
    _device_delay(kiosk, 0.02)  # long enough for the citizen to see the face step
    citizen.start()
    citizen.run_item(item_id, CITIZEN)
    citizen.tap(kiosk.window.message.ok)
    _device_delay(kiosk, 0.0)


def _refill(kiosk: Kiosk) -> None:
    """The operator's round: paper back in before it runs out (thousands of receipts)."""
    receipts, documents = kiosk.devices.receipt_printer, kiosk.devices.document_printer
    if isinstance(receipts, SimulatedReceiptPrinter) and receipts.paper_lines < 5_000:
        receipts.paper_lines = 20_000
        receipts.inject(media=MediaState.OK)
    if isinstance(documents, SimulatedDocumentPrinter) and documents.sheets < 100:
        documents.sheets = 500
        documents.inject(media=MediaState.OK)


def _device_delay(kiosk: Kiosk, seconds: float) -> None:
    for device in kiosk.devices.all().values():
        device.delay_s = seconds  # type: ignore[attr-defined]


def run_soak(
    journeys: int,
    gui_every: int = 100,
    sample_every: int = 1000,
    out: TextIO = sys.stdout,
    data_dir: Path | None = None,
    on_sample: Callable[[Sample], None] = lambda s: None,
    warm_up: int = 30,
) -> list[Sample]:
    """Run the journeys, print a sample every `sample_every`, return the samples."""
    app = ensure_application()
    folder = data_dir or Path(tempfile.mkdtemp(prefix="kiosk-soak-"))
    platform, url = _platform_process()  # its memory is the platform's, not the kiosk's
    config = {"store": {"data_dir": str(folder)}, "platform": {"url": url}}
    kiosk = build_kiosk(Config.model_validate(config))
    kiosk.controller.second_ms = 5
    _device_delay(kiosk, 0.0)
    kiosk.window.resize(1080, 1920)
    kiosk.window.show()
    samples: list[Sample] = []
    started = time.monotonic()
    try:
        for number in range(warm_up):  # every screen built, caches filled, pools grown
            gui_journey(kiosk, ITEMS[number % len(ITEMS)])
            engine_journey(kiosk, ITEMS[number % len(ITEMS)], -1 - number)
            _idle(app)
        _first_timers(kiosk, app)
        for number in range(journeys + 1):
            if number % sample_every == 0:
                samples.append(sample(kiosk, number, started))
                print(samples[-1].line(), file=out, flush=True)
                on_sample(samples[-1])
            if number == journeys:
                break
            item_id = ITEMS[number % len(ITEMS)]
            _refill(kiosk)
            if gui_every and number % gui_every == gui_every - 1:
                gui_journey(kiosk, item_id)
            else:
                engine_journey(kiosk, item_id, number)
            _idle(app)
    finally:
        kiosk.shutdown()
        platform.terminate()
        platform.wait(10)
    return samples


def _first_timers(kiosk: Kiosk, app: QCoreApplication) -> None:
    """What a kiosk does once a minute after start (first backup, ratings outbox), done now,
    so a one-off file or connection they open is in the baseline, not counted as growth."""
    controller = kiosk.controller
    controller.first_backup.stop()
    controller.backup_if_due()
    controller.send_unsent_ratings()
    deadline = time.monotonic() + 60
    while kiosk.work.pending and time.monotonic() < deadline:
        _idle(app)
        time.sleep(0.01)


def _idle(app: QCoreApplication) -> None:
    """What the kiosk's event loop does between two citizens, including the deletion of the
    last screens' widgets (deleteLater runs only when control is back in the top-level loop,
    which a scripted citizen's processEvents never is)."""
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _platform_process() -> tuple[subprocess.Popen[bytes], str]:
    """The sandbox platform in a process of its own, as a real platform is elsewhere."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "kiosk_app.sandbox.server", "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/api/v1/health", timeout=1):
                return process, url
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the sandbox platform did not start")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk soak", description=__doc__.split("\n")[0])
    parser.add_argument("journeys", type=int, nargs="?", default=10_000)
    parser.add_argument("--gui-every", type=int, default=100, help="one journey in N on screen")
    parser.add_argument("--every", type=int, default=1000, help="sample every N journeys")
    args = parser.parse_args(argv)
    samples = run_soak(args.journeys, args.gui_every, args.every)
    problems = growth(samples)
    print("soak: nothing grew" if not problems else "soak: GREW: " + "; ".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
