"""The measurements, one function per section; each returns the raw samples it took."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks.chromium import Chromium
from benchmarks.kiosk import KioskProcess
from benchmarks.procfs import cpu_seconds, tree_pss_kib
from benchmarks.receipt import ReceiptPrinter

RECEIPT_ITEMS = "social_insurance_record,provident_fund_account"


@dataclass
class Settings:
    repeat: int
    journeys: int
    receipts: int
    idle_s: float
    settle_s: float
    pdfs: int
    face_frames: int
    face_verifies: int
    face_models: bool
    camera: str  # simulated, or opencv: the real face driver on footage of a real face
    workdir: Path
    env: dict[str, str]
    footage: dict[str, Any] | None = None  # camera footage and card photo (camera = opencv)

    def make_footage(self) -> None:
        if self.camera != "opencv":
            return
        log("camera footage and a card photo for the real face driver")
        footage = _footage(self)
        if not footage.get("available"):
            raise RuntimeError(f"--camera opencv: {footage.get('why')}")
        self.footage = footage


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _pss_median(pid: int, samples: int = 3, gap_s: float = 0.5) -> int:
    """The kiosk and any process it started (a speech worker), as Chromium's are summed."""
    values = []
    for index in range(samples):
        if index:
            time.sleep(gap_s)
        values.append(tree_pss_kib(pid)[0])
    return int(statistics.median(values))


# -- cold start and memory at start, interleaved ------------------------------------------------


def kiosk_cold(s: Settings, name: str, mode: str = "cold") -> dict[str, Any]:
    source = s.footage["video"] if s.footage and mode == "cold" else None
    kiosk = KioskProcess(mode, s.workdir / name, s.env, camera_source=source)
    try:
        shown = kiosk.wait_for("shown", 120)
        marks = shown["marks"]
        run = {
            "ready_s": marks["ready"] - kiosk.started,
            "painted_s": marks["painted"] - kiosk.started,
            "screen": shown["screen"],
            "phases_s": {
                "interpreter": marks["start"] - kiosk.started,
                "imports": marks["imported"] - marks["start"],
                "qapplication": marks["app"] - marks["imported"],
                "build_kiosk": marks["built"] - marks["app"],
                "show": marks["shown"] - marks["built"],
                "first_paint": marks["painted"] - marks["shown"],
                "to_ready": marks["ready"] - marks["painted"],
            },
        }
        time.sleep(s.settle_s)
        run["pss_kib"] = _pss_median(kiosk.pid)
        return run
    finally:
        kiosk.close()


def chromium_cold(s: Settings) -> dict[str, Any]:
    browser = Chromium(s.workdir)
    try:
        return asdict(browser.measure(s.settle_s))
    finally:
        browser.close()


def cold_starts(s: Settings) -> dict[str, Any]:
    log("cold start: one warm-up run of each (page cache, bytecode), not counted")
    kiosk_cold(s, "cold-warmup")
    chromium_cold(s)
    kiosk_cold(s, "bare-warmup", "bare")
    kiosk_cold(s, "static-warmup", "static")
    kiosk_runs: list[dict[str, Any]] = []
    chromium_runs: list[dict[str, Any]] = []
    bare_runs: list[dict[str, Any]] = []
    static_runs: list[dict[str, Any]] = []
    for index in range(s.repeat):
        log(
            f"cold start {index + 1}/{s.repeat}: kiosk, Chromium, bare PySide6 window, "
            "static home screen"
        )
        kiosk_runs.append(kiosk_cold(s, f"cold-{index}"))
        chromium_runs.append(chromium_cold(s))
        bare_runs.append(kiosk_cold(s, f"bare-{index}", "bare"))
        static_runs.append(kiosk_cold(s, f"static-{index}", "static"))
    return {
        "kiosk": kiosk_runs,
        "chromium": chromium_runs,
        "bare_pyside6": bare_runs,
        "static_home": static_runs,
    }


# -- journeys, memory after them, idle CPU, certificates ----------------------------------------


def journeys(s: Settings) -> dict[str, Any]:
    out: dict[str, Any] = {"camera": s.camera}
    args = ["--count", str(s.journeys)]
    source = None
    if s.footage is not None:
        args += ["--card-photo", s.footage["card"], "--challenge", s.footage["challenge"]]
        source = s.footage["video"]
    kiosk = KioskProcess("journeys", s.workdir / "journeys", s.env, args, camera_source=source)
    try:
        kiosk.wait_for("shown", 120)
        time.sleep(s.settle_s)
        out["pss_start_kib"] = _pss_median(kiosk.pid)
        kiosk.send("go")
        log(f"journeys: {s.journeys} citizens, {s.camera} camera, other devices simulated")
        started = time.monotonic()
        done, out["journeys"], out["failed"], out["pss_curve"] = _follow_journeys(kiosk, s)
        out["seconds"] = time.monotonic() - started
        out["taps"] = done["taps"]
        out["unpainted"] = done["unpainted"]
        out["widgets_after"] = done.get("widgets")
        out["final_screen"] = done["screen"]
        time.sleep(s.settle_s)
        out["pss_after_kib"] = _pss_median(kiosk.pid)

        log(f"idle: {s.idle_s:.0f} s on the attract screen (and a Chromium on its page)")
        browser = Chromium(s.workdir)
        try:
            browser.wait_painted()
            time.sleep(s.settle_s)
            kiosk_cpu, browser_cpu = cpu_seconds(kiosk.pid), browser.cpu_seconds()
            wall = time.monotonic()
            time.sleep(s.idle_s)
            wall = time.monotonic() - wall
            out["idle"] = {
                "seconds": wall,
                "kiosk_cpu_s": cpu_seconds(kiosk.pid) - kiosk_cpu,
                "chromium_cpu_s": browser.cpu_seconds() - browser_cpu,
                "chromium_pss_kib": tree_pss_kib(browser.pid)[0],
            }
        finally:
            browser.close()
        out["pss_after_idle_kib"] = _pss_median(kiosk.pid)

        log(f"certificates: {s.pdfs} renders to PDF")
        kiosk.send(f"pdf {s.pdfs}")
        out["pdf"] = kiosk.wait_for("pdf", 120)

        if s.face_models and s.camera != "opencv":  # with opencv the kiosk loaded them
            log("face models: loading the real driver's models into the kiosk")
            kiosk.send("face-models")
            models = kiosk.wait_for("face_models", 120)
            if models.get("loaded"):
                time.sleep(s.settle_s)
                models["pss_kib"] = _pss_median(kiosk.pid)
            out["face_models"] = models
    finally:
        kiosk.close()
    return out


def _follow_journeys(
    kiosk: KioskProcess, s: Settings
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], list[list[int]]]:
    """Collect the journeys as they finish; read PSS after every tenth (a leak shows as a
    slope, not as one number)."""
    finished: list[dict[str, Any]] = []
    failed: list[dict[str, Any]] = []
    curve = [[0, tree_pss_kib(kiosk.pid)[0]]]
    deadline = time.monotonic() + 60 + 30 * s.journeys
    while True:
        report = kiosk.wait_for("", max(1.0, deadline - time.monotonic()), any_event=True)
        if report["event"] == "journeys_done":
            return report, finished, failed, curve
        if report["event"] == "journey":
            finished.append(report)
            if len(finished) % 10 == 0:
                curve.append([len(finished), tree_pss_kib(kiosk.pid)[0]])
        elif report["event"] == "journey_failed":
            failed.append(report)
        if len(finished) % 25 == 0 and report["event"] == "journey":
            log(f"journeys: {len(finished)} done")


# -- receipts through the real ESC/POS driver ------------------------------------------------


def receipts(s: Settings) -> dict[str, Any]:
    printer = ReceiptPrinter()
    log(f"receipts: {s.receipts} journeys printing to the ESC/POS emulator on 127.0.0.1")
    kiosk = KioskProcess(
        "journeys",
        s.workdir / "receipts",
        s.env,
        ["--count", str(s.receipts), "--items", RECEIPT_ITEMS],
        receipt_port=printer.port,
    )
    try:
        kiosk.wait_for("shown", 120)
        kiosk.send("go")
        kiosk.wait_for("journeys_done", 60 + 30 * s.receipts)
        journeys_run = [e for e in kiosk.others if e["event"] == "journey"]
        printed = printer.receipts()
    finally:
        kiosk.close()
        printer.close()
    taps = [j["print_tap"] for j in journeys_run]
    pairs = list(zip(taps, printed, strict=False))
    return {
        "tap_to_last_byte_s": [last - tap for tap, (last, _size) in pairs],
        "bytes": [size for _last, size in printed],
        "receipts_printed": len(printed),
        "journeys": len(journeys_run),
        "raster_lines": printer.text_lines(),
    }


# -- face verification, one core ------------------------------------------------------------


def face(s: Settings) -> dict[str, Any]:
    log("face verification: real driver, one core")
    command = [
        sys.executable,
        "-m",
        "benchmarks.face",
        "--frames",
        str(s.face_frames),
        "--verifies",
        str(s.face_verifies),
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, env=s.env, cwd=Path.cwd(), timeout=600
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        tail = done.stderr.strip().splitlines()[-3:]
        return {"available": False, "why": "face benchmark crashed: " + " | ".join(tail)}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def _footage(s: Settings) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.face", "--footage", str(s.workdir / "footage")]
    done = subprocess.run(
        command, capture_output=True, text=True, env=s.env, cwd=Path.cwd(), timeout=600
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"available": False, "why": done.stderr.strip()[-300:]}
    footage: dict[str, Any] = json.loads(lines[-1])
    return footage


def face_driver_importable(env: dict[str, str]) -> bool:
    probe = "import dlib, devices.face_verifier, devices.face_models as m; m.model_dir()"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, env=env, cwd=Path.cwd(), timeout=120
    )
    return done.returncode == 0


def machine() -> dict[str, Any]:
    model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    load = Path("/proc/loadavg").read_text().split()[:3]
    return {"cpus": os.cpu_count(), "cpu_model": model, "loadavg_at_start": load}
