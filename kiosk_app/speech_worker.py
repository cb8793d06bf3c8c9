"""The speech engine in a process of its own, fed one JSON command per line on stdin.

Connecting QtTextToSpeech to speech-dispatcher blocks inside Qt while holding Python's GIL (a
second, and forever if the server is stuck), which would freeze the kiosk's screen even from a
thread. A separate process can hang or die without the kiosk noticing more than silence.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QCoreApplication, QSocketNotifier
from PySide6.QtTextToSpeech import QTextToSpeech


def main() -> int:
    engine = sys.argv[1] if len(sys.argv) > 1 else "speechd"
    app = QCoreApplication(sys.argv[:1])
    tts = QTextToSpeech(engine)
    voices = {voice.name(): voice for voice in tts.availableVoices()}
    buffer = b""

    def handle(command: dict[str, object]) -> None:
        kind = command.get("do")
        if kind == "say":
            tts.stop()
            tts.say(str(command.get("text", "")))
        elif kind == "stop":
            tts.stop()
        elif kind == "volume":
            tts.setVolume(float(str(command.get("value", 0.8))))
        elif kind == "voice" and str(command.get("name")) in voices:
            tts.setVoice(voices[str(command.get("name"))])

    def readable() -> None:
        nonlocal buffer
        chunk = os.read(0, 65536)
        if not chunk:  # the kiosk closed the pipe: it has gone, so do we
            app.quit()
            return
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            try:
                handle(json.loads(line))
            except (ValueError, TypeError):
                continue

    notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
    notifier.activated.connect(readable)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
