"""Proof from captured audio: what voice guidance says for a screen is really speech, in the
screen's language, of a plausible length. Twice: espeak-ng speaks the translated prompt into a
WAV file with the voice the kiosk selects; and the kiosk's own speech worker (QtTextToSpeech)
speaks it through a private speech-dispatcher whose sound device is an ALSA file. Each
recording is measured: duration, loudness, and how much of it is voiced rather than silence."""

from __future__ import annotations

import array
import json
import math
import os
import shutil
import subprocess
import sys
import time
import wave
from collections.abc import Iterator
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


def _wav_samples(path: Path) -> tuple[int, array.array[int]]:
    """Rate and 16-bit samples of a WAV whose header sizes may never have been filled in
    (ALSA's file plugin writes them when the stream closes)."""
    data = path.read_bytes()
    rate = int.from_bytes(data[24:28], "little")
    start = data.find(b"data") + 8
    samples = array.array("h", data[start : start + (len(data) - start) // 2 * 2])
    return rate, samples


@pytest.fixture
def speech_server(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A private speech-dispatcher whose espeak-ng module plays into a WAV file (ALSA file
    PCM), as REAL-PARTS describes: the kiosk's sound, captured."""
    if shutil.which("speech-dispatcher") is None:
        pytest.skip("make apt: speech-dispatcher")
    conf = tmp_path / "conf"
    (conf / "modules").mkdir(parents=True)
    (conf / "speechd.conf").write_text(
        'AudioOutputMethod "alsa"\n'
        'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\n'
        "DefaultModule espeak-ng\n"
    )
    (conf / "modules" / "espeak-ng.conf").write_text("")
    home = tmp_path / "home"
    home.mkdir()
    wav = tmp_path / "heard.wav"
    (home / ".asoundrc").write_text(
        f'pcm.!default {{ type file; slave.pcm "null"; file "{wav}"; format "wav" }}\n'
    )
    socket = tmp_path / "speechd.sock"
    env = {**os.environ, "HOME": str(home)}
    server = subprocess.Popen(
        ["speech-dispatcher", "-s", "-t", "0", "-C", str(conf), "-S", str(socket), "-l", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not socket.exists() and time.monotonic() < deadline:  # bounded wait for the server
        time.sleep(0.1)
    try:
        yield socket, wav
    finally:
        server.terminate()  # it stops its espeak-ng module too
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
def test_the_kiosk_s_voice_is_heard_through_speech_dispatcher(
    qapp: object, speech_server: tuple[Path, Path], language: str
) -> None:
    """The kiosk's own speech worker (QtTextToSpeech, speechd engine) says a translated prompt;
    what reaches the sound device is speech of plausible length, not silence."""
    socket, wav = speech_server
    prompt = translated(language, "StepViews", "请将身份证放在读卡区")
    env = {**os.environ, "SPEECHD_ADDRESS": f"unix_socket:{socket}"}
    worker = subprocess.Popen(
        [sys.executable, "-m", "kiosk_app.speech_worker", "speechd"],
        stdin=subprocess.PIPE,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert worker.stdin is not None
    for command in (
        {"do": "voice", "name": VOICE_NAMES[language]},
        {"do": "volume", "value": 0.8},
        {"do": "say", "text": prompt},
    ):
        worker.stdin.write(json.dumps(command).encode() + b"\n")
    worker.stdin.flush()
    try:  # wait (bounded) until the sound has been written and the file stops growing
        size, deadline = -1, time.monotonic() + 30
        while time.monotonic() < deadline:
            now = wav.stat().st_size if wav.exists() else 0
            if now > 44 and now == size:
                break
            size = now
            time.sleep(0.5)
    finally:
        worker.stdin.close()
        worker.wait(timeout=10)
    rate, samples = _wav_samples(wav)
    assert rate in (16000, 22050, 44100, 48000)
    duration = len(samples) / rate
    units = len(prompt.replace(" ", ""))
    low, high = (1.5, 8.0) if language == "zh_CN" else (5.0, 25.0)
    assert units / high <= duration <= units / low + 1.0, (prompt, duration)
    window = int(rate * 0.02)
    loud = [
        math.sqrt(sum(s * s for s in samples[i : i + window]) / window) / 32768
        for i in range(0, len(samples) - window, window)
    ]
    assert max(loud) > 0.05, "silence reached the sound device"
    assert sum(1 for level in loud if level > 0.01) / len(loud) > 0.4
