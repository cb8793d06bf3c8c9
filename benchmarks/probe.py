"""The kiosk process under measurement: `python -m benchmarks.probe MODE --config FILE`.

It builds the kiosk exactly as `kiosk --windowed --size 1080x1920` does (kiosk_app.cli.main:
load_config, ensure_application, build_kiosk, finish_start (the crash guard, and gc.freeze a
second later), resize, show) and adds only observers from outside: a PaintProbe on the window,
the timed citizen, wrappers on the printer objects that note when paper comes out. Product code
is not changed.

Modes:
- cold: the home screen is put up before the window is first shown (as if the attract screen
  had been touched at once), so the first paint is the home screen; reports when that paint was
  flushed and when the event loop was next free (ready for a touch).
- journeys: the attract screen, then COUNT citizen journeys through the items given.

In journeys mode the citizen waits for `go` on stdin (the parent reads memory first). Then
the probe waits for commands on stdin while the parent reads memory and CPU from /proc:
`pdf N` (time N certificate renders), `face-models` (load the real face driver's models),
`quit`. Results go to stdout as lines `@bench {json}`.
"""

from __future__ import annotations

import time

T_START = time.monotonic()

import argparse  # noqa: E402
import gc  # noqa: E402
import inspect  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import traceback  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import asdict  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

PREFIX = "@bench "
CARDS = {
    # The demo's journeys (kiosk_app.demo.run_demo): the homeowner pays for the register extract.
    "social_insurance_record": "11010519491231002X",
    "no_housing_proof": "11010519491231002X",
    "provident_fund_account": "11010519491231002X",
    "real_estate_register_extract": "110105198506150049",
}


def emit(event: str, **data: object) -> None:
    sys.stdout.write(PREFIX + json.dumps({"event": event, **data}, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probe")
    parser.add_argument("mode", choices=("cold", "journeys", "bare", "static"))
    parser.add_argument("--config", type=Path)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--items", default=",".join(CARDS))
    parser.add_argument("--size", default="1080x1920")
    parser.add_argument("--card-photo", type=Path, help="journeys with the real camera")
    parser.add_argument("--challenge", default="turn_right", help="what the footage shows")
    args = parser.parse_args(argv)

    if args.mode == "bare":
        return bare(args.size)
    if args.mode == "static":
        return static_home(args.size)
    from PySide6.QtCore import QEventLoop, QSocketNotifier, QTimer

    from benchmarks.paint import PaintProbe
    from kiosk_app import app as kiosk_app_module
    from kiosk_app.app import build_kiosk, ensure_application
    from kiosk_app.config import load_config

    t_imported = time.monotonic()
    config = load_config(args.config)
    app = ensure_application()
    t_app = time.monotonic()
    if "config_path" in inspect.signature(build_kiosk).parameters:
        kiosk = build_kiosk(config, config_path=args.config)
    else:
        kiosk = build_kiosk(config)
    finish_start = getattr(kiosk_app_module, "finish_start", None)
    if finish_start is not None:
        finish_start(kiosk)  # what cli.main does before it shows the window
    else:  # an older commit: what its cli.main did
        kiosk_app_module.install_crash_guard(kiosk)
        gc.collect()
        gc.freeze()
    t_built = time.monotonic()
    window = kiosk.window
    probe = PaintProbe(window)
    marks: dict[str, float] = {
        "start": T_START,
        "imported": t_imported,
        "app": t_app,
        "built": t_built,
    }

    first_screen = QEventLoop()

    def ready() -> None:
        marks["ready"] = time.monotonic()
        emit("shown", marks=marks, screen=window.current_screen())
        first_screen.quit()

    def painted(when: float) -> None:
        marks["painted"] = when
        QTimer.singleShot(0, ready)  # runs once everything queued before it has run

    items = args.items.split(",")
    commands = Commands(kiosk, app.exit)
    if args.mode == "cold":
        kiosk.controller.attract_touched()  # the home screen is the first thing painted
        probe.arm(lambda: window.home, painted)
    else:
        probe.arm(lambda: window.attract, painted)
    width, height = (int(part) for part in args.size.split("x"))
    window.resize(width, height)
    window.allow_close = True
    window.show()
    window.activateWindow()
    probe.attach_handle()
    marks["shown"] = time.monotonic()

    if args.mode == "journeys":
        # The citizen runs as in `kiosk --demo` and the journey tests: from the top level,
        # waiting in event loops of its own. (Run from inside a slot of app.exec(), nothing
        # deleteLater()'d during the journeys would be deleted before they all ended.)
        QTimer.singleShot(60_000, first_screen.quit)
        first_screen.exec()
        _wait_for_go()  # the parent reads memory before the first journey, then says go
        commands.journeys(probe, args.count, items, args.card_photo, args.challenge)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(commands.readable)
    code = app.exec()
    notifier.setEnabled(False)
    kiosk.shutdown()
    return code


def _wait_for_go() -> None:
    """An event loop (timers, device polls run) until a line arrives on stdin."""
    from PySide6.QtCore import QEventLoop, QSocketNotifier

    loop = QEventLoop()

    def go() -> None:
        os.read(sys.stdin.fileno(), 64)
        loop.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(go)
    loop.exec()
    notifier.setEnabled(False)


def bare(size: str) -> int:
    """The floor: Python, PySide6 and one full-screen label in the kiosk's font, nothing else.
    What any PySide6 kiosk pays before its own code runs."""
    from PySide6.QtCore import QSocketNotifier, QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QLabel

    from benchmarks.paint import PaintProbe

    marks: dict[str, float] = {"start": T_START, "imported": time.monotonic()}
    app = QApplication(sys.argv[:1])
    QApplication.setFont(QFont("Noto Sans CJK SC", 16))
    marks["app"] = marks["built"] = time.monotonic()
    window = QLabel("请选择要办理的事项")
    width, height = (int(part) for part in size.split("x"))
    window.resize(width, height)
    probe = PaintProbe(window)

    def ready() -> None:
        marks["ready"] = time.monotonic()
        emit("shown", marks=marks, screen="bare")

    def painted(when: float) -> None:
        marks["painted"] = when
        QTimer.singleShot(0, ready)

    probe.arm(lambda: window, painted)
    window.show()
    probe.attach_handle()
    marks["shown"] = time.monotonic()
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: app.exit(0))  # any line (quit) or the end of input
    return app.exec()


def static_home(size: str) -> int:
    """The kiosk's own home screen as a static page: the real window, style sheet, catalogue and
    tiles, with the site's texts filled in, and nothing behind them (no configuration, store,
    devices, platform or controller). Chromium's side of the comparison is a static page of
    this screen; this is the same page in PySide6, so what it costs no PySide6 kiosk with this
    home screen can undercut, however its start-up is arranged."""
    from PySide6.QtCore import QLocale, QSocketNotifier, QTimer
    from PySide6.QtGui import QFont, QGuiApplication
    from PySide6.QtWidgets import QApplication

    import kiosk_app  # noqa: F401  (its start-up fixes: malloc threshold, PySide6 sources)
    from benchmarks.paint import PaintProbe
    from flows.catalogue import load_catalogue
    from ui.components.footer import SiteInfo
    from ui.theme import FONT_FAMILY
    from ui.window import KioskWindow

    marks: dict[str, float] = {"start": T_START, "imported": time.monotonic()}
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    app = QApplication(sys.argv[:1])
    QGuiApplication.setFont(QFont(FONT_FAMILY, 16))
    marks["app"] = time.monotonic()
    catalogue = load_catalogue()
    window = KioskWindow()
    site = SiteInfo("演示市民服务中心 24小时自助服务区", "0000-0000000", "12345", "", "24h")
    window.set_site(site, training=False, training_cards=[])
    window.set_language("zh_CN")
    window.show_home(catalogue.by_department(), set(), {})
    marks["built"] = time.monotonic()
    width, height = (int(part) for part in size.split("x"))
    window.resize(width, height)
    probe = PaintProbe(window)

    def ready() -> None:
        marks["ready"] = time.monotonic()
        emit("shown", marks=marks, screen=window.current_screen())

    def painted(when: float) -> None:
        marks["painted"] = when
        QTimer.singleShot(0, ready)

    probe.arm(lambda: window.home, painted)
    window.show()
    probe.attach_handle()
    marks["shown"] = time.monotonic()
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: app.exit(0))
    return app.exec()


class Commands:
    """Lines from the parent on stdin; everything runs on the GUI thread, in the event loop."""

    def __init__(self, kiosk: Any, exit_loop: Callable[[int], None]) -> None:
        self.kiosk = kiosk
        self.exit_loop = exit_loop
        self.buffer = b""
        self.certificate: Any = None

    def readable(self) -> None:
        chunk = os.read(sys.stdin.fileno(), 4096)
        if not chunk:
            self.exit_loop(0)  # the parent went away
            return
        self.buffer += chunk
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            self.run(line.decode().split())

    def run(self, words: list[str]) -> None:
        if not words:
            return
        try:
            if words[0] == "quit":
                self.exit_loop(0)
            elif words[0] == "pdf":
                self.pdf(int(words[1]))
            elif words[0] == "face-models":
                self.face_models()
            else:
                emit("error", message=f"unknown command {words[0]!r}")
        except Exception as error:
            emit("error", message=f"{words[0]}: {type(error).__name__}: {error}")

    def journeys(
        self,
        probe: Any,
        count: int,
        items: list[str],
        card_photo: Path | None = None,
        challenge: str = "turn_right",
    ) -> None:
        from PySide6.QtWidgets import QApplication

        from benchmarks.citizen import JourneyLog, TimedCitizen

        kiosk = self.kiosk
        citizen = TimedCitizen(kiosk, probe)
        if card_photo is not None:
            citizen.card_photo = card_photo.read_bytes()
            face = kiosk.devices.face
            face.challenges = (challenge,)  # the one the footage shows
            citizen.wait_for(lambda: face.status.usable, timeout_s=30, what="the camera")
        _watch_paper(kiosk, citizen.paper_came_out)
        self._watch_certificates()
        window = kiosk.window
        failures = 0
        for index in range(count):
            item_id = items[index % len(items)]
            log = JourneyLog(item_id)
            citizen.journey = log
            log.started = time.monotonic()
            try:
                citizen.start()
                citizen.run_item(item_id, CARDS[item_id])
                citizen.tap(window.message.ok)
            except Exception as error:
                failures += 1
                emit("journey_failed", item=item_id, error=f"{type(error).__name__}: {error}")
                traceback.print_exc()
                kiosk.controller.end_session("error")
                citizen.take_card()
                citizen.pump(0.5)
                if window.current_screen() == "MessageScreen":
                    citizen.tap(window.message.ok)
                continue
            finally:
                citizen.journey = None
            log.ended = time.monotonic()
            emit("journey", **asdict(log))
        emit(
            "journeys_done",
            taps=[asdict(sample) for sample in citizen.samples],
            unpainted=citizen.unpainted,
            failures=failures,
            screen=window.current_screen(),
            widgets=len(QApplication.allWidgets()),  # a steady number: nothing piles up
        )

    def _watch_certificates(self) -> None:
        controller = self.kiosk.controller
        render = controller.render_certificate

        def remember(cert: Any) -> bytes:
            self.certificate = cert
            return bytes(render(cert))

        controller.render_certificate = remember

    def pdf(self, count: int) -> None:
        from kiosk_app.documents import render_certificate

        cert = self.certificate or _sample_certificate(self.kiosk)
        times: list[float] = []
        size = 0
        for _ in range(count):
            started = time.perf_counter()
            size = len(render_certificate(cert))
            times.append(time.perf_counter() - started)
        emit("pdf", seconds=times, bytes=size, from_journey=self.certificate is not None)

    def face_models(self) -> None:
        """Load the real face driver's models into this process, as warm_up() does."""
        started = time.perf_counter()
        try:
            from devices.face_verifier import OpencvFaceVerifier

            OpencvFaceVerifier("/nonexistent/camera.avi").warm_up()
        except Exception as error:
            emit("face_models", loaded=False, why=f"{type(error).__name__}: {error}")
            return
        emit("face_models", loaded=True, seconds=time.perf_counter() - started)


def _watch_paper(kiosk: Any, came_out: Callable[[], None]) -> None:
    """Note when each printer's print call returns: the paper is out (simulated printers) or
    the last byte has been sent (the ESC/POS driver; its emulator notes the arrival)."""
    for printer, method in (
        (kiosk.devices.receipt_printer, "print_receipt"),
        (kiosk.devices.document_printer, "print_pdf"),
    ):
        original = getattr(printer, method)

        def timed(*args: Any, _original: Callable[..., None] = original) -> None:
            _original(*args)
            came_out()

        setattr(printer, method, timed)


def _sample_certificate(kiosk: Any) -> Any:
    from flows.context import Certificate

    return Certificate(
        template="no_housing_proof",
        title="无房证明",
        holder_name="测试甲",
        holder_id_number="11010519491231002X",
        statement="经查询，截至出具之日，申请人在本市无住房登记记录。" * 3,
        document_number="WFZM-2026-000001",
        issued_at="2026-11-24T10:00:00",
        issuer="演示市住房和城乡建设局",
        verify_url="http://127.0.0.1:1/verify/WFZM-2026-000001?k=0000",
        transaction_id="T-BENCH-0001",
        site_name=kiosk.config.site.name,
        training=True,
    )


if __name__ == "__main__":
    sys.exit(main())
