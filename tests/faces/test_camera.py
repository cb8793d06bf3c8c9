"""The camera side: a video file plays like a camera, and a camera that stops delivering frames
is seen by poll() within 5 s, and so is its return. Removing the video file is what unplugging
a V4L2 camera looks like to OpenCV: the source can no longer be opened."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from devices.camera import FrameSource, is_device
from devices.face_verifier import OpencvFaceVerifier
from devices.status import DeviceError, DeviceState
from tests.faces.conftest import Footage, MakeVerifier


def wait_for(condition: Callable[[], bool], within: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < within:
        if condition():
            return time.monotonic() - started
        time.sleep(0.1)
    raise AssertionError(f"not within {within} s")


def test_sources_are_told_apart() -> None:
    assert is_device("0") and is_device("/dev/video2")
    assert not is_device("/srv/kiosk/demo.avi") and not is_device("camera.mp4")


def test_a_video_file_plays_at_its_frame_rate_and_loops(footage: Footage) -> None:
    source = FrameSource(str(footage["still"]))  # 15 frames at 15 fps: loops every second
    source.start()
    try:
        source.set_decoding(True)
        first = source.next_frame(0, timeout=2.0)
        assert first is not None and first.rgb.shape == (480, 640, 3)
        time.sleep(2.0)
        last = source.latest()
        assert last is not None
        rate = (last.seq - first.seq) / (last.at - first.at)
        assert 12 < rate < 18, rate
    finally:
        source.stop()
    assert source.latest() is None


def test_frames_are_decoded_only_while_someone_looks(footage: Footage) -> None:
    source = FrameSource(str(footage["still"]))
    source.start()
    try:
        wait_for(lambda: source.last_frame_age() is not None, within=2.0)
        time.sleep(0.3)
        assert source.latest() is None  # grabbing (so a stall is seen), but holding nothing
        source.set_decoding(True)
        assert source.next_frame(0, timeout=1.0) is not None
        source.set_decoding(False)
        assert source.latest() is None
    finally:
        source.stop()


def test_an_unplugged_camera_is_noticed_and_so_is_its_return(
    verifier: MakeVerifier, footage: Footage, cards: dict[str, bytes], tmp_path: Path
) -> None:
    video = tmp_path / "camera.avi"
    shutil.copy(footage["still"], video)
    face = verifier(video)
    assert face.poll().state is DeviceState.ONLINE
    video.rename(tmp_path / "unplugged.avi")  # the open file plays to its end (1 s), then gone
    took = wait_for(lambda: face.poll().state is DeviceState.OFFLINE, within=5.0)
    print(f"offline noticed after {took:.1f} s: {face.status.detail}")
    assert face.status.fault() is not None  # Appendix A: peripheral unresponsive
    with pytest.raises(DeviceError) as error:
        face.verify(cards["obama3.jpg"], "turn_left")
    assert error.value.key == "device_unavailable"
    (tmp_path / "unplugged.avi").rename(video)
    took = wait_for(lambda: face.poll().state is DeviceState.ONLINE, within=5.0)
    print(f"return noticed after {took:.1f} s")


def test_a_camera_that_is_missing_at_start_is_offline_not_an_error(tmp_path: Path) -> None:
    face = OpencvFaceVerifier(str(tmp_path / "no-camera.avi"))
    face.open()
    try:
        assert face.status.state is DeviceState.OFFLINE
        assert "cannot open" in face.status.detail
    finally:
        face.close()
