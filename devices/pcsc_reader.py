"""ID card reader over PC/SC (pcscd through pyscard), reading the identity application that
docs/id-card.md describes.

pyscard's own CardMonitor is a process-wide singleton whose thread ends quietly when pcscd goes
away (pyscard issue #82) and then never reports again. This driver runs its own watcher on
pyscard's low-level API instead: it re-establishes its PC/SC context whenever pcscd comes back,
leaves a heartbeat that poll() checks (a frozen pcscd blocks the watcher inside the library),
and is restarted by poll() if it ever dies. Listeners are called on the watcher thread;
kiosk_app re-queues them onto the GUI thread.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from smartcard import scard  # type: ignore[import-untyped]

from devices import id_card_format as fmt
from devices.identity import IdentityRecord
from devices.interfaces import CardListener, CardReader
from devices.status import DeviceClass, DeviceError, DeviceState, DeviceStatus, StatusReporter

log = logging.getLogger(__name__)

_OK = 0
_TIMEOUT = 0x8010000A
_CANCELLED = 0x80100002
_READER_GONE = {0x80100009, 0x80100017, 0x8010002E}  # unknown, unavailable, no readers
_CARD_GONE = {0x80100069, 0x8010000C, 0x80100068}  # removed, no smartcard, reset
_TRANSPORT = {0x80100016, 0x80100013, 0x80100066, 0x80100067}  # not transacted, comm, mute
_SERVICE_GONE = {0x8010001D, 0x8010001E, 0x80100003}  # no service, stopped, invalid handle
_PHOTO_CHUNK = 0x1000  # extended READ BINARY: 4 KiB per APDU
_GET_UID = bytes.fromhex("FFCA000000")  # PC/SC GET DATA: the card's UID, all of it
_T = TypeVar("_T")


def _hr(value: int) -> int:
    """pyscard hands back results as plain ints of either sign; compare them unsigned."""
    return int(value) & 0xFFFFFFFF


def _establish() -> tuple[int, int]:
    hr, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    return _hr(hr), int(ctx)


def _release(ctx: int) -> None:
    scard.SCardReleaseContext(ctx)


def _list_readers(ctx: int) -> tuple[int, list[str]]:
    hr, readers = scard.SCardListReaders(ctx, [])
    return _hr(hr), [str(name) for name in readers or []]


def _status_change(ctx: int, reader: str, known: int, timeout_ms: int) -> tuple[int, int]:
    hr, states = scard.SCardGetStatusChange(ctx, timeout_ms, [(reader, known)])
    if _hr(hr) != _OK or not states:
        return _hr(hr), known
    return _OK, int(states[0][1])


class _CardSession:
    """One connection to the card: APDUs in, (data, status word) out, transport faults mapped
    to the message keys the kiosk shows."""

    def __init__(self, ctx: int, reader: str) -> None:
        self.ctx, self.reader = ctx, reader
        hr, handle, protocol = scard.SCardConnect(
            ctx, reader, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
        )
        self._fail_on(_hr(hr))
        self.handle, self.protocol = int(handle), int(protocol)

    def close(self) -> None:
        scard.SCardDisconnect(self.handle, scard.SCARD_LEAVE_CARD)

    def _fail_on(self, hr: int) -> None:
        if hr == _OK:
            return
        if hr in _CARD_GONE:
            raise DeviceError("card_removed_while_reading", f"pcsc 0x{hr:08X}")
        if hr in _SERVICE_GONE or hr in _READER_GONE:
            raise DeviceError("device_unavailable", f"pcsc 0x{hr:08X}")
        if hr in _TRANSPORT and self._card_gone():
            raise DeviceError("card_removed_while_reading", f"pcsc 0x{hr:08X}")
        raise DeviceError("card_unreadable", f"pcsc 0x{hr:08X}")

    def _card_gone(self) -> bool:
        """After a transport fault: was the card pulled? pcscd notices within its 400 ms poll."""
        known = scard.SCARD_STATE_UNAWARE
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:
            hr, state = _status_change(self.ctx, self.reader, known, 500)
            if hr not in (_OK, _TIMEOUT):
                return hr not in _SERVICE_GONE
            if hr == _OK:
                if not state & scard.SCARD_STATE_PRESENT:
                    return True
                known = state & ~scard.SCARD_STATE_CHANGED
        return False

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        """Send one APDU; follows 61xx (GET RESPONSE) and 6Cxx (wrong Le) as ISO 7816-4 says."""
        body, sw = self._exchange(apdu)
        if sw >> 8 == 0x6C and len(apdu) == 5 and apdu[4] != sw & 0xFF:
            body, sw = self._exchange(apdu[:4] + bytes([sw & 0xFF]))
        while sw >> 8 == 0x61:
            if len(body) > 0x10000:
                raise DeviceError("card_unreadable", "endless response")
            more, sw = self._exchange(fmt.get_response(sw & 0xFF))
            body += more
        return body, sw

    def _exchange(self, apdu: bytes) -> tuple[bytes, int]:
        hr, response = scard.SCardTransmit(self.handle, self.protocol, list(apdu))
        self._fail_on(_hr(hr))
        data = bytes(response)
        if len(data) < 2:  # vpcd and some readers say nothing at all when the card goes
            if self._card_gone():
                raise DeviceError("card_removed_while_reading", "no response")
            raise DeviceError("card_unreadable", "no response")
        return data[:-2], int.from_bytes(data[-2:], "big")


class PcscCardReader(CardReader):
    def __init__(self, reader_name: str = "", poll_interval_s: float = 0.4) -> None:
        """reader_name: part of the reader's name, empty for the first reader pcscd lists.
        poll_interval_s: how long the watcher waits in pcscd per round, its heartbeat; poll()
        calls pcscd frozen after max(2 s, 4 rounds) without one, so keep it at 0.5 s or less
        for a hang to be noticed within 5 s of 2-second polls."""
        self.reporter = StatusReporter(
            DeviceStatus(DeviceClass.CARD_READER, DeviceState.OFFLINE, detail="closed")
        )
        self._wanted = reader_name
        self._interval = poll_interval_s
        self._stale_s = max(2.0, 4 * poll_interval_s)
        self._lock = threading.Lock()
        self._publish_lock = threading.Lock()
        self._wake = threading.Event()
        self._read_lock = threading.Lock()
        self._listeners: list[CardListener] = []
        self._thread: threading.Thread | None = None
        self._generation = 0
        self._open = False
        self._beat = 0.0
        self._watch_ctx: int | None = None
        # What the watcher last saw; published through the reporter by _publish().
        self._reader: str | None = None
        self._problem = "closed"  # empty when pcscd and the reader answer
        self._stalled = False
        self._reading = False
        self._present = False

    # Device ---------------------------------------------------------------------------------

    def open(self) -> None:
        """Start watching; returns once the first look at pcscd is done (or after 2 s)."""
        with self._lock:
            if self._open:
                return
            self._open = True
            self._problem = "starting"
        self._start_watcher()
        deadline = time.monotonic() + 2.0
        while self._problem == "starting" and time.monotonic() < deadline:
            time.sleep(0.01)
        self._publish()

    def close(self) -> None:
        with self._lock:
            if not self._open:
                return
            self._open = False
            self._generation += 1
            thread, ctx, stalled = self._thread, self._watch_ctx, self._stalled
        self._wake.set()
        if ctx is not None and not stalled:
            scard.SCardCancel(ctx)  # wakes the watcher; skipped if pcscd is frozen
        if thread is not None:
            thread.join(timeout=self._interval + 1.0)
        self._see(None, present=False, problem="closed")

    def poll(self) -> DeviceStatus:
        """Notice a watcher that died (restart it) or is stuck in a frozen pcscd (OFFLINE)."""
        with self._lock:
            is_open, thread = self._open, self._thread
        if not is_open:
            return self.reporter.status
        if thread is None or not thread.is_alive():
            log.warning("card reader watcher had stopped; starting it again")
            self._start_watcher()
        elif time.monotonic() - self._beat > self._stale_s:
            if not self._stalled:
                log.warning("pcscd has not answered for %.1f s", time.monotonic() - self._beat)
            with self._lock:
                self._stalled = True
            self._see(None, present=False)
        return self.reporter.status

    # CardReader -----------------------------------------------------------------------------

    def watch(self, listener: CardListener) -> None:
        with self._lock:
            self._listeners.append(listener)

    @property
    def card_present(self) -> bool:
        return self._present

    def read_identity(self) -> IdentityRecord:
        return self._read_with(self._read)

    def read_card_id(self) -> bytes:
        return self._read_with(self._read_uid)

    def _read_with(self, read: Callable[[str], _T]) -> _T:
        """One read at a time, only while pcscd answers, BUSY while it runs."""
        with self._read_lock:
            with self._lock:
                reader = self._reader
                if not self._open or self._problem or self._stalled or reader is None:
                    raise DeviceError("device_unavailable", self._problem or "not answering")
                self._reading = True
            self._publish()
            try:
                return read(reader)
            finally:
                with self._lock:
                    self._reading = False
                self._publish()

    # Reading --------------------------------------------------------------------------------

    def _read(self, reader: str) -> IdentityRecord:
        hr, ctx = _establish()
        if hr != _OK:
            raise DeviceError("device_unavailable", f"pcsc 0x{hr:08X}")
        try:
            card = _CardSession(ctx, reader)
            try:
                record = self._read_text(card)
                return dataclasses.replace(record, photo=self._read_photo(card))
            finally:
                card.close()
        finally:
            _release(ctx)

    def _read_uid(self, reader: str) -> bytes:
        """A card with the identity application is a citizen's: refused before its UID is
        asked for. Other cards: the UID by PC/SC GET DATA (FF CA 00 00 00, PC/SC part 3)."""
        hr, ctx = _establish()
        if hr != _OK:
            raise DeviceError("device_unavailable", f"pcsc 0x{hr:08X}")
        try:
            card = _CardSession(ctx, reader)
            try:
                _, sw = card.transmit(fmt.select_aid())
                if sw == fmt.SW_OK:
                    raise DeviceError("card_is_id_card")
                uid, sw = card.transmit(_GET_UID)
                if sw != fmt.SW_OK or not 4 <= len(uid) <= 16:
                    raise DeviceError("card_unreadable", f"no card identifier, SW {sw:04X}")
                return uid
            finally:
                card.close()
        finally:
            _release(ctx)

    @staticmethod
    def _read_text(card: _CardSession) -> IdentityRecord:
        _, sw = card.transmit(fmt.select_aid())
        if sw != fmt.SW_OK:
            raise DeviceError("card_unreadable", f"no identity application, SW {sw:04X}")
        _, sw = card.transmit(fmt.select_file(fmt.EF_TEXT, want_fcp=False))
        if sw != fmt.SW_OK:
            raise DeviceError("card_unreadable", f"no text record, SW {sw:04X}")
        data, sw = card.transmit(fmt.read_binary(0, fmt.TEXT_RECORD_SIZE, extended=False))
        if sw != fmt.SW_OK:
            raise DeviceError("card_unreadable", f"text record read, SW {sw:04X}")
        return fmt.decode_text_record(data)

    @staticmethod
    def _read_photo(card: _CardSession) -> bytes:
        """The JPEG, or b"" when the card has none or it is damaged: the flow then says
        card_photo_missing when face matching starts. A pulled card still raises."""
        fcp, sw = card.transmit(fmt.select_file(fmt.EF_PHOTO, want_fcp=True))
        size = fmt.fcp_file_size(fcp) if sw == fmt.SW_OK else None
        if size is None or not 0 < size <= fmt.PHOTO_MAX_SIZE:
            return b""
        photo = bytearray()
        extended = True
        while len(photo) < size:
            want = min(size - len(photo), _PHOTO_CHUNK if extended else 256)
            data, sw = card.transmit(fmt.read_binary(len(photo), want, extended))
            if extended and not photo and sw in (fmt.SW_WRONG_LENGTH, fmt.SW_INS_NOT_SUPPORTED):
                extended = False  # a card without extended length: 256 bytes at a time
                continue
            photo += data
            if sw != fmt.SW_OK or not data:
                break
        return fmt.jpeg_or_empty(bytes(photo[:size]))

    # Watching -------------------------------------------------------------------------------

    def _start_watcher(self) -> None:
        with self._lock:
            self._generation += 1
            generation = self._generation
            self._wake.clear()
            self._beat = time.monotonic()
            self._thread = threading.Thread(
                target=self._watch, args=(generation,), name="pcsc-watch", daemon=True
            )
            self._thread.start()

    def _current(self, generation: int) -> bool:
        return self._open and self._generation == generation

    def _watch(self, generation: int) -> None:
        ctx: int | None = None
        reader: str | None = None
        known = scard.SCARD_STATE_UNAWARE
        timeout_ms = max(50, int(self._interval * 1000))
        try:
            while self._current(generation):
                self._beat = time.monotonic()
                if self._stalled:  # pcscd answers again: look afresh, say so
                    with self._lock:
                        self._stalled = False
                    known = scard.SCARD_STATE_UNAWARE
                    self._publish()
                if ctx is None:
                    hr, new_ctx = _establish()
                    if hr != _OK:
                        self._see(generation, present=False, problem="pcscd_unavailable")
                        self._wake.wait(self._interval)
                        continue
                    ctx = self._watch_ctx = new_ctx
                if reader is None:
                    reader = self._pick_reader(ctx)
                    known = scard.SCARD_STATE_UNAWARE
                    if reader is None:
                        self._see(generation, present=False, problem="no_reader")
                        self._wake.wait(self._interval)
                        continue
                hr, state = _status_change(ctx, reader, known, timeout_ms)
                if hr in (_TIMEOUT, _CANCELLED):
                    continue
                if hr in _READER_GONE or (
                    hr == _OK
                    and state & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_UNAVAILABLE)
                ):
                    reader = None
                    self._see(generation, present=False, problem="no_reader")
                    self._wake.wait(self._interval)
                    continue
                if hr != _OK:  # pcscd went away (or worse): start over with a new context
                    with contextlib.suppress(Exception):
                        _release(ctx)
                    ctx = self._watch_ctx = None
                    reader = None
                    self._see(generation, present=False, problem="pcscd_unavailable")
                    self._wake.wait(self._interval)
                    continue
                swapped = (state >> 16) != (known >> 16) and known != scard.SCARD_STATE_UNAWARE
                known = state & ~scard.SCARD_STATE_CHANGED
                present = bool(state & scard.SCARD_STATE_PRESENT)
                if swapped and present and self._present:
                    self._see(
                        generation, present=False, problem="", reader=reader
                    )  # another card, fast
                self._see(generation, present=present, problem="", reader=reader)
        except Exception:
            log.exception("card reader watcher failed; poll() will start it again")
            self._see(generation, present=False, problem="watcher_failed")
        finally:
            if ctx is not None:
                with contextlib.suppress(Exception):
                    _release(ctx)
            if self._generation == generation:
                self._watch_ctx = None

    def _pick_reader(self, ctx: int) -> str | None:
        hr, readers = _list_readers(ctx)
        if hr != _OK:
            return None
        return next((name for name in readers if self._wanted in name), None)

    def _see(
        self,
        generation: int | None,
        present: bool,
        problem: str | None = None,
        reader: str | None = None,
    ) -> None:
        """Record what the watcher (or poll, or close: generation None) saw; tell listeners
        if the card came or went. A watcher replaced or closed meanwhile has no say."""
        with self._lock:
            if generation is not None and not self._current(generation):
                return
            if problem is not None:
                if problem != self._problem and problem not in ("", "closed"):
                    log.warning("card reader unavailable: %s", problem)
                elif problem == "" and self._problem not in ("", "starting"):
                    log.info("card reader available again")
                self._problem = problem
            if reader is not None:
                self._reader = reader
            changed = present != self._present
            self._present = present
            listeners = list(self._listeners) if changed else []
        self._publish()
        for listener in listeners:
            try:
                listener(present)
            except Exception:
                log.exception("a card listener failed")

    def _publish(self) -> None:
        with self._publish_lock:  # so two threads cannot publish in the wrong order
            with self._lock:
                if self._problem or self._stalled:
                    state = DeviceState.OFFLINE
                    detail = self._problem or "pcscd_not_answering"
                else:
                    state = DeviceState.BUSY if self._reading else DeviceState.ONLINE
                    detail = ""
            self.reporter.update(state=state, detail=detail)
