"""Voice guidance (无障碍): each screen's prompt, the control in focus, errors and results,
spoken in the screen's language through QtTextToSpeech (speech-dispatcher with espeak-ng on a
kiosk PC). What was said is kept only in a short in-memory list, cleared with the session.

The speech engine runs in a process of its own (kiosk_app/speech_worker.py): connecting to
speech-dispatcher takes about a second inside Qt while holding Python's GIL, and forever if the
server is stuck; the screen must never wait for it. Commands go down a non-blocking pipe and are
dropped, not queued, if the worker stops reading."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections import deque

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

# espeak-ng's "cmn" voice reads tone digits in English; the Pinyin one is right (REAL-PARTS).
# Taiwan's official language is Mandarin too (Cantonese would be wrong there); espeak-ng has a
# Uyghur voice of its own.
VOICE_NAMES = {
    "zh_CN": "Chinese (Mandarin, latin as Pinyin)",
    "zh_TW": "Chinese (Mandarin, latin as Pinyin)",
    "en_US": "English (America)",
    "ug": "Uyghur",
}


class Voice(QObject):
    def __init__(self, engine: str = "speechd", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.enabled_ = False
        self.volume = 0.8
        self.language = "zh_CN"
        self.spoken: deque[str] = deque(maxlen=50)
        self._last = ""
        self._worker: subprocess.Popen[bytes] | None = None

    @property
    def enabled(self) -> bool:
        return self.enabled_

    @enabled.setter
    def enabled(self, on: bool) -> None:
        self.enabled_ = on
        if on and (self._worker is None or self._worker.poll() is not None):
            self._start()

    def _start(self) -> None:
        """The engine starts only when someone turns voice on (and again if it died)."""
        try:
            self._worker = subprocess.Popen(
                [sys.executable, "-m", "kiosk_app.speech_worker", self.engine],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError as error:
            log.warning("speech worker did not start: %s", type(error).__name__)
            self._worker = None
            return
        assert self._worker.stdin is not None
        os.set_blocking(self._worker.stdin.fileno(), False)
        self._send({"do": "volume", "value": self.volume})
        self._send({"do": "voice", "name": VOICE_NAMES.get(self.language, "")})

    def _send(self, command: dict[str, object]) -> None:
        worker = self._worker
        if worker is None or worker.stdin is None:
            return
        try:
            os.write(worker.stdin.fileno(), json.dumps(command).encode() + b"\n")
        except (BlockingIOError, BrokenPipeError, OSError):
            log.info("speech worker not listening; an utterance was dropped")

    def set_language(self, language: str) -> None:
        self.language = language
        self._send({"do": "voice", "name": VOICE_NAMES.get(language, "")})

    def say(self, text: str, remember: bool = True) -> None:
        """Speak now, interrupting what was being said (a new screen beats an old one)."""
        text = " ".join(text.split())
        if not self.enabled_ or not text:
            return
        if remember:
            self._last = text
        self.spoken.append(text)
        self._send({"do": "say", "text": text})

    def alert(self, text: str) -> None:
        """Heard whether or not voice guidance is on (a call for help must reach the hall)."""
        if self._worker is None or self._worker.poll() is not None:
            self._start()
        self.spoken.append(text)
        self._send({"do": "say", "text": text})

    def repeat(self) -> None:
        if self._last:
            self.say(self._last)

    def stop(self) -> None:
        self._send({"do": "stop"})

    def change_volume(self, step: float) -> float:
        self.volume = min(1.0, max(0.2, round(self.volume + step, 2)))
        self._send({"do": "volume", "value": self.volume})
        return self.volume

    def clear(self) -> None:
        """The session ended: forget what was said (results may have been read out)."""
        self.spoken.clear()
        self._last = ""

    def shutdown(self) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        if worker.stdin is not None:
            worker.stdin.close()  # the worker quits when its pipe closes
        try:
            worker.wait(timeout=2)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait(timeout=2)
