"""The browser-kiosk alternative: Debian's Chromium showing benchmarks/home.html.

Chromium is started the way the machine notes say (headless, no sandbox as root, no GPU, no
background networking, a new empty profile), in kiosk mode at 1080x1920, on the page itself
(file://, the fastest a vendor could load it). The first paint is read from the page's own
Paint Timing entries through the DevTools protocol (a small CDP client over websocket-client):
performance.timeOrigin (navigation start, wall clock) plus the entry's startTime, minus the
wall clock just before the process was created. Reading them after the fact does not slow the
page down. Memory is the summed PSS of every Chromium process (browser, zygotes, renderer,
GPU/utility processes), read from /proc.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import HERE, SIZE
from benchmarks.procfs import tree_cpu_seconds, tree_pss_kib

PAGE = HERE / "home.html"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--kiosk",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
    f"--window-size={SIZE[0]},{SIZE[1]}",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
)
PAINT_JS = """JSON.stringify({
  origin: performance.timeOrigin,
  paints: Object.fromEntries(performance.getEntriesByType('paint')
                               .map(e => [e.name, e.startTime])),
  complete: document.readyState === 'complete'
})"""
LCP_JS = """new Promise(resolve => {
  new PerformanceObserver(list => resolve(list.getEntries().at(-1).startTime))
    .observe({type: 'largest-contentful-paint', buffered: true});
  setTimeout(() => resolve(null), 2000);
})"""


class ChromiumMissing(RuntimeError):
    pass


def executable() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        raise ChromiumMissing("chromium is not installed: apt-get install -y chromium")
    return found


def version() -> str:
    done = subprocess.run([executable(), "--version"], capture_output=True, text=True, timeout=30)
    return done.stdout.strip()


class Cdp:
    """Just enough of the Chrome DevTools Protocol: send a command, wait for its answer."""

    def __init__(self, url: str) -> None:
        import websocket  # websocket-client

        self._ws = websocket.create_connection(url, timeout=20, suppress_origin=True)
        self._ids = itertools.count(1)

    def call(self, method: str, **params: object) -> dict[str, Any]:
        call_id = next(self._ids)
        self._ws.send(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = json.loads(self._ws.recv())
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message["result"]
                return result

    def evaluate(self, expression: str, await_promise: bool = False) -> Any:
        answer = self.call(
            "Runtime.evaluate",
            expression=expression,
            returnByValue=True,
            awaitPromise=await_promise,
        )
        return answer["result"].get("value")

    def close(self) -> None:
        self._ws.close()


@dataclass
class PageRun:
    first_paint_s: float
    first_contentful_paint_s: float
    largest_contentful_paint_s: float | None
    navigation_start_s: float
    pss_kib: int
    processes: int


class Chromium:
    """One browser process tree on the page; close() ends it and removes its profile."""

    def __init__(self, workdir: Path) -> None:
        self.profile = Path(tempfile.mkdtemp(prefix="chromium-profile-", dir=workdir))
        command = [executable(), *FLAGS, f"--user-data-dir={self.profile}", PAGE.as_uri()]
        self.tmp = Path(tempfile.mkdtemp(prefix="chromium-tmp-", dir=workdir))
        self.started_wall = time.time()
        self.process = subprocess.Popen(
            command,
            env={**os.environ, "TMPDIR": str(self.tmp)},  # its shared-memory files go here
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, ended as a whole
        )
        self.pid = self.process.pid
        self._cdp: Cdp | None = None

    def _devtools(self, timeout_s: float) -> Cdp:
        if self._cdp is not None:
            return self._cdp
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            text = port_file.read_text() if port_file.exists() else ""
            if text.strip():
                port = int(text.split()[0])
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as r:
                    pages = [t for t in json.load(r) if t.get("type") == "page"]
                if pages:
                    self._cdp = Cdp(pages[0]["webSocketDebuggerUrl"])
                    return self._cdp
            if self.process.poll() is not None:
                raise RuntimeError(f"chromium exited with {self.process.returncode}")
            time.sleep(0.01)
        raise TimeoutError("chromium's DevTools did not come up")

    def wait_painted(self, timeout_s: float = 30) -> dict[str, Any]:
        cdp = self._devtools(timeout_s)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            timing: dict[str, Any] = json.loads(cdp.evaluate(PAINT_JS))
            if "first-contentful-paint" in timing["paints"] and timing["complete"]:
                timing["lcp"] = cdp.evaluate(LCP_JS, await_promise=True)
                return timing
            time.sleep(0.01)
        raise TimeoutError("the page did not paint")

    def measure(self, settle_s: float) -> PageRun:
        timing = self.wait_painted()
        origin = timing["origin"] / 1000 - self.started_wall
        paints = timing["paints"]
        time.sleep(settle_s)
        pss, count = tree_pss_kib(self.pid)
        lcp = timing.get("lcp")
        first = paints.get("first-paint", paints["first-contentful-paint"])
        return PageRun(
            first_paint_s=origin + first / 1000,
            first_contentful_paint_s=origin + paints["first-contentful-paint"] / 1000,
            largest_contentful_paint_s=origin + lcp / 1000 if lcp is not None else None,
            navigation_start_s=origin,
            pss_kib=pss,
            processes=count,
        )

    def cpu_seconds(self) -> float:
        return tree_cpu_seconds(self.pid)

    def close(self) -> None:
        if self._cdp is not None:
            with contextlib.suppress(Exception):
                self._cdp.close()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.pid, signal.SIGKILL)
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)
        shutil.rmtree(self.tmp, ignore_errors=True)
