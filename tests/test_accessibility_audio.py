"""Proof from captured audio: what voice guidance says for a screen is really speech, in the
screen's language, of a plausible length. espeak-ng (the engine speech-dispatcher drives on the
kiosk) speaks the translated prompt into a WAV file with the voice the kiosk selects; the file
is measured: duration, loudness, and how much of it is voiced rather than silence."""

from __future__ import annotations

import array
import math
import shutil
import subprocess
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk_app.voice import VOICE_NAMES

I18N = Path(__file__).resolve().parent.parent / "i18n"
pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="make apt: espeak-ng")


def espeak_voices() -> dict[str, str]:
    """espeak-ng's voice names (as speech-dispatcher shows them) to its voice files."""
    listing = subprocess.run(
        ["espeak-ng", "--voices"], check=True, capture_output=True, text=True
    ).stdout
    voices = {}
    for line in listing.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 5:
            voices[parts[3].replace("_", " ")] = parts[4]
    return voices


def test_every_language_s_voice_exists_in_the_engine() -> None:
    voices = espeak_voices()
    for language in ("zh_CN", "zh_TW", "en_US", "ug"):
        assert VOICE_NAMES[language] in voices, language


def translated(language: str, context: str, source: str) -> str:
    translator = QTranslator()
    if language != "zh_CN":
        assert translator.load(str(I18N / f"{language}.qm"))
        return translator.translate(context, source) or source
    return source


def speak_to_file(text: str, language: str, path: Path) -> tuple[float, float, float]:
    """Duration (s), RMS loudness (0..1) and voiced share of the speech for text."""
    voice = espeak_voices()[VOICE_NAMES[language]]
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(path), text], check=True, timeout=60)
    with wave.open(str(path)) as audio:
        assert audio.getsampwidth() == 2 and audio.getnchannels() == 1
        rate = audio.getframerate()
        samples = array.array("h", audio.readframes(audio.getnframes()))
    duration = len(samples) / rate
    rms = math.sqrt(sum(s * s for s in samples) / max(1, len(samples))) / 32768
    window = int(rate * 0.02)
    loud = [
        math.sqrt(sum(s * s for s in samples[i : i + window]) / window) / 32768
        for i in range(0, len(samples) - window, window)
    ]
    voiced = sum(1 for level in loud if level > 0.01) / max(1, len(loud))
    return duration, rms, voiced


@pytest.mark.parametrize(
    ("language", "per_second"),
    [("zh_CN", (1.5, 8.0)), ("en_US", (5.0, 25.0)), ("ug", (5.0, 25.0))],
)
def test_a_spoken_prompt_is_speech_of_plausible_length(
    qapp: object, tmp_path: Path, language: str, per_second: tuple[float, float]
) -> None:
    assert QCoreApplication.instance() is not None
    prompt = translated(language, "StepViews", "请将身份证放在读卡区")
    if language != "zh_CN":
        assert prompt != "请将身份证放在读卡区"
    # Characters (Chinese syllables) or letters per second of speech: slow to fast speakers.
    units = len(prompt.replace(" ", ""))
    duration, rms, voiced = speak_to_file(prompt, language, tmp_path / "prompt.wav")
    low, high = per_second
    assert units / high <= duration <= units / low, (prompt, duration)
    assert rms > 0.02, "silence"
    assert voiced > 0.5, f"mostly silence ({voiced:.0%} voiced)"
    # A longer text takes longer to say: it is the words that are heard, not a beep.
    longer = translated(
        language, "StepViews", "读卡区在屏幕下方，标有身份证图标。读卡后请不要拿走，办完再取。"
    )
    long_duration, _rms, _voiced = speak_to_file(longer, language, tmp_path / "long.wav")
    assert long_duration > duration * 1.8
