"""A real pcscd with the vpcd virtual reader, for the whole session, and virtual cards.

vpcd listens on 0.0.0.0:35963 and cannot be told otherwise, so these tests run only inside a
private network namespace (scripts/run-tests.sh sets one up as root); anywhere else they skip
and say why. There is one pcscd per machine (/run/pcscd is fixed): it is started here, killed
at the end, and nothing is left behind.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from devices.status import DeviceStatus
from tests.pcsc.virtual_card import Applet, VirtualCard

if TYPE_CHECKING:
    from devices.pcsc_reader import PcscCardReader  # needs pyscard: imported when used

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
READER = "Virtual PCD 00 00"  # vpcd's first slot, the one on port 35963
PID_FILE = Path("/run/pcscd/pcscd.pid")
# If pytest itself is killed, pcscd gets SIGTERM too rather than outliving the test run.
_DIE_WITH_US = ("setpriv", "--pdeathsig", "TERM", "--") if shutil.which("setpriv") else ()


def why_not_here() -> str | None:
    """The reason these tests cannot run on this machine, or None."""
    if shutil.which("pcscd") is None or not VPCD_DRIVER.exists():
        return "pcscd and vsmartcard-vpcd are not installed (apt-get install pcscd vsmartcard-vpcd)"
    if importlib.util.find_spec("smartcard") is None:
        return "pyscard is not installed"
    if os.geteuid() != 0:
        return "pcscd needs root (it owns /run/pcscd); run scripts/run-tests.sh as root"
    interfaces = sorted(name for _, name in socket.if_nameindex())  # this namespace's own
    if interfaces != ["lo"]:
        return (
            "not in a private network namespace: vpcd would listen on 0.0.0.0:35963 on "
            f"{', '.join(i for i in interfaces if i != 'lo')}; run scripts/run-tests.sh as root"
        )
    if _running_pcscd() is not None:
        return "another pcscd is running on this machine (there can be only one)"
    return None


def _running_pcscd() -> int | None:
    try:
        pid = int(PID_FILE.read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid


def wait_until(condition: Callable[[], bool], timeout: float, step: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(step)
    return True


def _scard() -> Any:
    """pyscard's PC/SC layer, imported only where it is sure to be installed."""
    from smartcard import scard  # type: ignore[import-untyped]

    return scard


def readers_listed() -> list[str]:
    """What pyscard sees right now, through a context of its own."""
    scard = _scard()
    hr, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hr != 0:
        return []
    try:
        hr, readers = scard.SCardListReaders(ctx, [])
        return list(readers) if hr == 0 else []
    finally:
        scard.SCardReleaseContext(ctx)


def card_seen() -> bool:
    """Whether pcscd sees a card on the virtual reader now."""
    scard = _scard()
    hr, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hr != 0:
        return False
    try:
        hr, states = scard.SCardGetStatusChange(ctx, 0, [(READER, scard.SCARD_STATE_UNAWARE)])
        return hr == 0 and bool(states[0][1] & scard.SCARD_STATE_PRESENT)
    finally:
        scard.SCardReleaseContext(ctx)


class Pcscd:
    """pcscd in the foreground with a private reader configuration holding only vpcd."""

    def __init__(self, folder: Path) -> None:
        self.conf = folder / "reader.conf.d"
        self.conf.mkdir(parents=True, exist_ok=True)
        (self.conf / "vpcd").write_text(
            'FRIENDLYNAME "Virtual PCD"\n'
            "DEVICENAME   /dev/null:0x8C7B\n"
            f"LIBPATH      {VPCD_DRIVER}\n"
            "CHANNELID    0x8C7B\n"
        )
        self.log = folder / "pcscd.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.frozen = False

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, timeout: float = 10.0) -> None:
        if self.running:
            return
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [*_DIE_WITH_US, "pcscd", "--foreground", "-c", str(self.conf)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        if not wait_until(lambda: READER in readers_listed() or not self.running, timeout):
            self.stop()
            raise RuntimeError(f"pcscd did not list {READER} in {timeout} s:\n{self._tail()}")
        if not self.running:
            raise RuntimeError(f"pcscd exited at start:\n{self._tail()}")

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        self.thaw_process(process)
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)

    def freeze(self) -> None:
        """SIGSTOP: pcscd is there but answers nothing, like a hung daemon or driver."""
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)
        self.frozen = True

    def thaw(self) -> None:
        if self.process is not None:
            self.thaw_process(self.process)

    def thaw_process(self, process: subprocess.Popen[bytes]) -> None:
        if self.frozen:
            process.send_signal(signal.SIGCONT)
            self.frozen = False

    def _tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-20:])


@pytest.fixture(scope="session")
def pcscd_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pcscd]:
    reason = why_not_here()
    if reason is not None:
        pytest.skip(reason)
    service = Pcscd(tmp_path_factory.mktemp("pcscd"))
    service.start()
    try:
        yield service
    finally:
        service.stop()


@pytest.fixture
def pcscd(pcscd_service: Pcscd) -> Iterator[Pcscd]:
    """pcscd running and answering at the start and the end of each test, whatever it did."""
    pcscd_service.start()
    yield pcscd_service
    pcscd_service.thaw()
    pcscd_service.start()


@pytest.fixture
def cards(pcscd: Pcscd) -> Iterator[Callable[..., VirtualCard]]:
    """Make and insert virtual cards; each is taken out again, and pcscd has seen it go,
    before the next test starts."""
    made: list[VirtualCard] = []

    def insert(applet: Applet, **options: object) -> VirtualCard:
        card = VirtualCard(applet, **options)  # type: ignore[arg-type]
        card.insert()
        made.append(card)
        return card

    yield insert
    pcscd.thaw()  # a test that failed with pcscd frozen must not hang the clean-up
    for card in made:
        card.remove()
    if pcscd.running:
        assert wait_until(lambda: not card_seen(), 5), "pcscd still sees a card"


class Events:
    """Card events as a listener receives them, on the reader's own thread."""

    def __init__(self) -> None:
        self.seen: list[bool] = []
        self._changed = threading.Condition()

    def __call__(self, present: bool) -> None:
        with self._changed:
            self.seen.append(present)
            self._changed.notify_all()

    def wait_for(self, *expected: bool, timeout: float = 5.0) -> None:
        """Wait until the last events are `expected`; fail with what was seen instead."""
        with self._changed:
            ok = self._changed.wait_for(
                lambda: self.seen[-len(expected) :] == list(expected), timeout
            )
        assert ok, f"expected events ending {list(expected)}, saw {self.seen}"


@pytest.fixture(scope="session")
def photo() -> bytes:
    """A real JPEG of ID-photo proportions (358x441), made with Qt's own encoder."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
    from PySide6.QtGui import QColor, QImage, QImageWriter, QLinearGradient, QPainter

    image = QImage(358, 441, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(358, 441))
    gradient.setColorAt(0, QColor("#5b8fd1"))
    gradient.setColorAt(1, QColor("#e8eef7"))
    painter.fillRect(image.rect(), gradient)
    painter.setBrush(QColor("#d9b38c"))
    painter.drawEllipse(109, 90, 140, 180)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"JPEG"))
    writer.setQuality(92)
    assert writer.write(image), writer.errorString()
    jpeg = bytes(data.data())
    assert len(jpeg) > 2 * 4096  # so that the photo takes several extended reads
    return jpeg


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def statuses() -> list[DeviceStatus]:
    return []


@pytest.fixture
def reader(pcscd: Pcscd, events: Events, statuses: list[DeviceStatus]) -> Iterator[PcscCardReader]:
    """The driver as the kiosk builds it, on vpcd's first slot, with its events recorded."""
    from devices.pcsc_reader import PcscCardReader

    device = PcscCardReader(READER)
    device.watch(events)
    device.subscribe(statuses.append)
    device.open()
    yield device
    device.close()
