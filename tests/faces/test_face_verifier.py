"""OpencvFaceVerifier on real photographs played as camera footage (see scenes.py for how real
each scene is). The card photo of the citizen is cut from obama3.jpg, a different photo from
the ones in the live footage (obama.jpg and obama2.jpg)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from devices.face_verifier import OpencvFaceVerifier
from devices.interfaces import FaceMatch, Frame
from devices.status import DeviceError, DeviceState
from tests.faces import scenes
from tests.faces.conftest import Footage, MakeVerifier, portrait
from tests.faces.scenes import Image

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("challenge", ["turn_left", "turn_right"])
def test_the_card_holder_turning_their_head_is_accepted(
    verifier: MakeVerifier, footage: Footage, cards: dict[str, bytes], challenge: str
) -> None:
    face = verifier(footage[challenge])
    result = face.verify(cards["obama3.jpg"], challenge)
    assert result.matched and result.live, result
    assert 0.2 < result.distance < 0.5


def test_turning_the_other_way_is_not_live(
    verifier: MakeVerifier, footage: Footage, cards: dict[str, bytes]
) -> None:
    face = verifier(footage["turn_right"], capture_s=2.0)  # the footage is 1.6 s long
    result = face.verify(cards["obama3.jpg"], "turn_left")
    assert result.matched and not result.live, result


@pytest.mark.parametrize("challenge", ["turn_left", "turn_right", "blink"])
def test_a_still_photo_of_the_card_holder_is_not_live(
    verifier: MakeVerifier, footage: Footage, cards: dict[str, bytes], challenge: str
) -> None:
    face = verifier(footage["still"], capture_s=1.5)
    result = face.verify(cards["obama3.jpg"], challenge)
    assert result.matched and not result.live, result


@pytest.mark.parametrize("scene", ["held_turned", "held_tilted"])
@pytest.mark.parametrize("challenge", ["turn_left", "turn_right"])
def test_a_printed_photo_turned_or_tilted_before_the_camera_is_not_live(
    verifier: MakeVerifier, footage: Footage, cards: dict[str, bytes], scene: str, challenge: str
) -> None:
    face = verifier(footage[scene], capture_s=2.0)  # the footage is 1.6 s long
    result = face.verify(cards["obama3.jpg"], challenge)
    assert not result.live, result


def test_someone_else_is_rejected(
    verifier: MakeVerifier, footage: Footage, cards: dict[str, bytes]
) -> None:
    live_stranger = verifier(footage["turn_right"]).verify(cards["biden.jpg"], "turn_right")
    assert live_stranger.live and not live_stranger.matched, live_stranger
    assert live_stranger.distance > 0.7
    photo_of_stranger = verifier(footage["biden_still"], capture_s=1.5)
    result = photo_of_stranger.verify(cards["obama3.jpg"], "turn_left")
    assert not result.matched and not result.live, result


def test_nobody_in_front_of_the_camera(
    verifier: MakeVerifier, footage: Footage, cards: dict[str, bytes]
) -> None:
    face = verifier(footage["no_face"], capture_s=1.5)
    with pytest.raises(DeviceError) as error:
        face.verify(cards["obama3.jpg"], "turn_left")
    assert error.value.key == "face_not_found"


def test_two_people_in_front_of_the_camera(
    verifier: MakeVerifier, footage: Footage, cards: dict[str, bytes]
) -> None:
    face = verifier(footage["two_faces"], capture_s=1.5)
    with pytest.raises(DeviceError) as error:
        face.verify(cards["obama3.jpg"], "turn_left")
    assert error.value.key == "face_several"


def test_a_card_photo_that_is_empty_broken_or_faceless(
    verifier: MakeVerifier, footage: Footage, cards: dict[str, bytes], images: dict[str, Image]
) -> None:
    face = verifier(footage["turn_right"])
    no_face = scenes.card_photo(images["obama.jpg"], (900, 400, 1100, 100))  # arms, no face
    for photo in (b"", b"TRAINING-PHOTO:11010519491231002X", cards["obama3.jpg"][:300], no_face):
        with pytest.raises(DeviceError) as error:
            face.verify(photo, "turn_right")
        assert error.value.key == "card_photo_missing"


def test_liveness_can_be_switched_off(
    verifier: MakeVerifier, footage: Footage, cards: dict[str, bytes]
) -> None:
    face = verifier(footage["still"], liveness=False)
    started = time.monotonic()
    result = face.verify(cards["obama3.jpg"], "blink")
    assert result.matched and result.live, result
    assert time.monotonic() - started < 2.0  # no challenge to wait for: done after 3 samples


def test_the_preview_shows_frames_only_while_verifying(
    verifier: MakeVerifier, footage: Footage, cards: dict[str, bytes], images: dict[str, Image]
) -> None:
    face = verifier(footage["still"], capture_s=1.5)
    assert face.preview_frame() is None
    previews: list[Frame] = []
    with ThreadPoolExecutor(1) as pool:
        job = pool.submit(face.verify, cards["obama3.jpg"], "turn_left")
        while not job.done():
            if (frame := face.preview_frame()) is not None:
                previews.append(frame)
            time.sleep(0.05)
        job.result()
    assert previews
    frame = previews[-1]
    assert (frame.width, frame.height, len(frame.rgb)) == (640, 480, 640 * 480 * 3)
    shown = np.frombuffer(frame.rgb, np.uint8).reshape(480, 640, 3).astype(int)
    assert np.abs(shown - portrait(images, "obama.jpg")).mean() < 8  # RGB, not BGR; MJPG loss
    assert face.preview_frame() is None
    assert face._source.latest() is None  # white box: no frame is held after verify()


def test_models_load_only_when_asked() -> None:
    """Constructing and opening the driver must not load dlib's models (~0.5 s, ~60 MiB): the
    kiosk shows its first screen first, then calls warm_up() on a worker. Loading them must not
    pull in face_recognition (all four of its models) or pkg_resources either."""
    code = (
        "import sys, time\n"
        "from devices.face_verifier import OpencvFaceVerifier\n"
        "face = OpencvFaceVerifier('/nonexistent.avi')\n"
        "assert 'dlib' not in sys.modules\n"
        "started = time.monotonic(); face.warm_up(); face.warm_up()\n"
        "assert 'dlib' in sys.modules\n"
        "assert 'face_recognition' not in sys.modules and 'pkg_resources' not in sys.modules\n"
        "print(f'{time.monotonic() - started:.2f}')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert float(done.stdout) < 10


def test_verify_waits_for_warm_up_on_another_thread(
    verifier: MakeVerifier, footage: Footage, cards: dict[str, bytes]
) -> None:
    face = verifier(footage["still"], liveness=False)
    warm = threading.Thread(target=face.warm_up)
    warm.start()
    assert face.verify(cards["obama3.jpg"], "turn_left").matched
    warm.join()


def test_unknown_challenge_is_a_programming_error(
    verifier: MakeVerifier, footage: Footage, cards: dict[str, bytes]
) -> None:
    face = verifier(footage["still"])
    assert set(face.challenges) == {"turn_left", "turn_right"}
    with pytest.raises(ValueError):
        face.verify(cards["obama3.jpg"], "nod")


# -- measured error rates -----------------------------------------------------------------

IDENTITIES = {
    "obama.jpg": "Obama",
    "obama2.jpg": "Obama",
    "obama3.jpg": "Obama",
    "biden.jpg": "Biden",
    "astronaut.png": "Collins",
    "grace_hopper.jpg": "Hopper",
}


def test_false_accepts_and_false_rejects_on_every_pair(
    verifier: MakeVerifier,
    more_images: dict[str, Image],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Every photo as the card against every other photo as the live face, through the driver
    (video in, verify() out) at the default threshold 0.5. Liveness is off: stills cannot move.
    6 genuine pairs (one man, three photos) and 24 impostor pairs (four people)."""
    names = list(IDENTITIES)
    cards = {n: scenes.card_photo(more_images[n], scenes.FACE_BOXES[n]) for n in names}
    results: dict[tuple[str, str], FaceMatch] = {}
    for live in names:
        video = scenes.write_video([portrait(more_images, live)] * 15, tmp_path / f"{live}.avi")
        face = verifier(video, liveness=False, capture_s=1.0)
        for card in names:
            if card != live:
                results[card, live] = face.verify(cards[card], "turn_left")
        face.close()
    genuine = {k: r for k, r in results.items() if IDENTITIES[k[0]] == IDENTITIES[k[1]]}
    impostor = {k: r for k, r in results.items() if k not in genuine}
    false_rejects = sorted(k for k, r in genuine.items() if not r.matched)
    false_accepts = sorted(k for k, r in impostor.items() if r.matched)

    def spread(pairs: dict[tuple[str, str], FaceMatch]) -> str:
        distances = [r.distance for r in pairs.values()]
        return (
            f"{min(distances):.3f}-{max(distances):.3f} median {statistics.median(distances):.3f}"
        )

    with capsys.disabled():
        print(f"\nface distance, card (rows) x live (columns), threshold 0.5: {names}")
        for card in names:
            row = (
                f"{results[card, live].distance:.3f}" if card != live else "  -  " for live in names
            )
            print(f"  {card:17}", " ".join(row))
        print(
            f"  genuine pairs {len(genuine)}: false rejects {len(false_rejects)} {false_rejects},"
            f" distance {spread(genuine)}\n  impostor pairs {len(impostor)}: false accepts"
            f" {len(false_accepts)} {false_accepts}, distance {spread(impostor)}"
        )
    assert len(genuine) == 6 and len(impostor) == 24
    assert false_rejects == []
    assert false_accepts == []


def test_a_cat_is_not_a_face(
    verifier: MakeVerifier, more_images: dict[str, Image], tmp_path: Path
) -> None:
    cat = np.asarray(scenes.cv2.resize(more_images["chelsea.png"], scenes.FRAME_SIZE), np.uint8)
    face = verifier(scenes.write_video([cat] * 15, tmp_path / "cat.avi"), capture_s=1.5)
    with pytest.raises(DeviceError) as error:
        face.verify(
            scenes.card_photo(more_images["obama3.jpg"], scenes.FACE_BOXES["obama3.jpg"]),
            "turn_left",
        )
    assert error.value.key == "face_not_found"


def test_the_offline_state_of_a_fresh_verifier() -> None:
    face = OpencvFaceVerifier("/nonexistent/camera.avi")
    assert face.status.state is DeviceState.OFFLINE
