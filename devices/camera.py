"""Camera frames from OpenCV: a V4L2 device (index or /dev path) or a video file, read on a
thread of its own so nobody waits on the camera. Qt-free.

The reader always grabs, so a camera that stops delivering frames (unplugged, driver hung) is
seen by `last_frame_age()`, but it decodes and keeps a frame only while a consumer asks for
frames (`set_decoding(True)`, during a face check): otherwise no picture of whoever walks past
is ever held, and only the newest frame is kept at any time. Nothing is written anywhere.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

RgbImage = NDArray[np.uint8]

DEFAULT_FPS = 25.0
"""What a video file without a frame rate is played at."""


@dataclass(frozen=True, repr=False)
class CapturedFrame:
    """One decoded frame: RGB, height x width x 3. Memory only; repr hides the pixels."""

    seq: int
    at: float  # time.monotonic() when grabbed
    rgb: RgbImage


def is_device(source: str) -> bool:
    """'0', '2' or '/dev/video0' name a V4L2 camera; anything else is a video file."""
    return source.isdigit() or source.startswith("/dev/")


class FrameSource:
    """Reads one camera or video file on a daemon thread and keeps only the newest frame.

    A video file plays at its own frame rate, as a camera delivers frames in real time; with
    `loop` it starts again at its end by reopening the path, the way a camera that fails is
    reopened, so a file that disappears behaves like an unplugged camera and one that comes
    back like a replugged one.
    """

    def __init__(
        self,
        source: str,
        *,
        loop: bool = True,
        width: int = 640,
        height: int = 480,
        retry_s: float = 1.0,
    ) -> None:
        self.source = source
        self.loop = loop
        self.width = width
        self.height = height
        self.retry_s = retry_s
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._decoding = False
        self._latest: CapturedFrame | None = None
        self._seq = 0
        self._last_grab: float | None = None
        self._started_at: float | None = None
        self._problem = "not started"

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._started_at = time.monotonic()
        self._thread = threading.Thread(target=self._run, name="camera-reader", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        """Stop reading. The reader releases the camera itself (never from another thread);
        a driver stuck in a read is left to its daemon thread rather than blocking the caller."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)
        with self._cond:
            self._latest = None
            self._decoding = False
            self._cond.notify_all()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- frames ----------------------------------------------------------------------------

    def set_decoding(self, on: bool) -> None:
        """Keep decoded frames only while someone looks; off drops the frame held."""
        with self._cond:
            self._decoding = on
            if not on:
                self._latest = None

    def latest(self) -> CapturedFrame | None:
        with self._cond:
            return self._latest

    def next_frame(self, after: int, timeout: float) -> CapturedFrame | None:
        """The newest frame newer than sequence number `after`, waiting up to `timeout`."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._latest is None or self._latest.seq <= after:
                left = deadline - time.monotonic()
                if left <= 0 or self._stop.is_set():
                    return None
                self._cond.wait(left)
            return self._latest

    def last_frame_age(self) -> float | None:
        """Seconds since the camera last delivered a frame; None if it never has."""
        last = self._last_grab
        return None if last is None else time.monotonic() - last

    def seconds_running(self) -> float:
        return 0.0 if self._started_at is None else time.monotonic() - self._started_at

    @property
    def problem(self) -> str:
        """Why frames are not coming, in words for the operator's fault log."""
        return self._problem

    # -- the reader thread -----------------------------------------------------------------

    def _open(self) -> cv2.VideoCapture | None:
        if is_device(self.source):
            target: int | str = int(self.source) if self.source.isdigit() else self.source
            cap = cv2.VideoCapture(target, cv2.CAP_V4L2)
            if cap.isOpened():
                cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
                cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
                cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not a queue of old ones
        else:
            cap = cv2.VideoCapture(self.source, cv2.CAP_FFMPEG)
        if not cap.isOpened():
            cap.release()
            self._problem = f"cannot open camera source {self.source!r}"
            return None
        return cap

    def _run(self) -> None:
        cap: cv2.VideoCapture | None = None
        file_source = not is_device(self.source)
        period = 0.0
        next_at = 0.0
        grabbed_since_open = 0
        try:
            while not self._stop.is_set():
                if cap is None:
                    cap = self._open()
                    if cap is None:
                        self._stop.wait(self.retry_s)
                        continue
                    fps = cap.get(cv2.CAP_PROP_FPS) if file_source else 0.0
                    period = 1.0 / fps if fps > 0 and math.isfinite(fps) else 1.0 / DEFAULT_FPS
                    next_at = time.monotonic()
                    grabbed_since_open = 0
                if not cap.grab():
                    cap.release()
                    cap = None
                    at_end = file_source and grabbed_since_open > 0
                    self._problem = "video file ended" if at_end else "camera stopped delivering"
                    if at_end and self.loop:
                        continue  # reopen at once: the next frame is due now
                    if at_end:
                        return  # a file played once has no more frames: the source is done
                    self._stop.wait(self.retry_s)
                    continue
                grabbed_since_open += 1
                self._last_grab = time.monotonic()
                self._problem = ""
                self._deliver(cap)
                if file_source:
                    next_at += period
                    self._stop.wait(max(0.0, next_at - time.monotonic()))
        finally:
            if cap is not None:
                cap.release()

    def _deliver(self, cap: cv2.VideoCapture) -> None:
        if not self._decoding:
            return
        ok, bgr = cap.retrieve()
        if not ok or bgr is None:
            return
        rgb = np.ascontiguousarray(cv2.cvtColor(np.asarray(bgr), cv2.COLOR_BGR2RGB), np.uint8)
        with self._cond:
            if not self._decoding:
                return
            self._seq += 1
            self._latest = CapturedFrame(self._seq, time.monotonic(), rgb)
            self._cond.notify_all()
