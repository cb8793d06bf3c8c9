"""Virtual cards served from inside the test process to vpcd, pcscd's virtual reader driver.

vpcd listens on port 35963; a card connects to it (that is "insert") and answers frames of a
2-byte big-endian length plus payload. A 1-byte payload is a control message: 0 power off,
1 power on, 2 reset (no answer), 4 "send your ATR". Anything longer is an APDU that wants a
response APDU. Closing the socket is "remove".
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from dataclasses import dataclass, field

from devices import id_card_format as fmt

VPCD_PORT = 35963


def _t1_atr(historical: bytes) -> bytes:
    """TS, T0, TD1 (T=0 follows), TD2 (T=1), historical bytes, then the check byte TCK."""
    body = bytes([0x80 | len(historical), 0x80, 0x01]) + historical
    tck = 0
    for byte in body:
        tck ^= byte
    return b"\x3b" + body + bytes([tck])


IDENTITY_ATR = _t1_atr(b"IDCN-001")
BANK_CARD_ATR = b"\x3b\x68\x00\x00" + b"PBOCCARD"  # T=0 only: no check byte
PBOC_AID = bytes.fromhex("A0000003330101")


def _sw(status: int) -> bytes:
    return status.to_bytes(2, "big")


@dataclass
class Applet:
    """A card application: an AID and its EFs (FID -> contents), per docs/id-card.md."""

    aid: bytes = fmt.AID
    files: dict[bytes, bytes] = field(default_factory=dict)
    extended: bool = True  # accepts extended Le on READ BINARY
    chained: bool = False  # answers data T=0 style: 61xx, then GET RESPONSE fetches it
    uid: bytes = b""  # answered to PC/SC GET DATA (FF CA 00 00 Le); b"": CLA FF unsupported
    _selected: bool = False
    _current: bytes | None = None
    _pending: bytes = b""

    def reset(self) -> None:
        self._selected, self._current, self._pending = False, None, b""

    def answer(self, apdu: bytes) -> bytes:
        if len(apdu) < 4:
            return _sw(fmt.SW_WRONG_LENGTH)
        cla, ins, p1, p2 = apdu[:4]
        if cla == 0xFF and ins == 0xCA and self.uid:
            return self._get_uid(p1, p2, apdu[4:])
        if cla != 0x00:
            return _sw(fmt.SW_CLA_NOT_SUPPORTED)
        if ins == 0xC0:
            return self._get_response(apdu[4] if len(apdu) == 5 else 0)
        if ins == 0xA4:
            response = self._select(p1, p2, apdu[5 : 5 + apdu[4]] if len(apdu) > 5 else b"")
        elif ins == 0xB0:
            response = self._read(p1, p2, apdu[4:])
        else:
            return _sw(fmt.SW_INS_NOT_SUPPORTED)
        if self.chained and len(response) > 2:
            self._pending = response
            return self._get_response(None)
        return response

    def _get_uid(self, p1: int, p2: int, le_field: bytes) -> bytes:
        """PC/SC part 3 GET DATA, P1 00: the UID; Le 00 means all of it, another Le that is
        not its length is answered 6C with the right one."""
        if (p1, p2) != (0, 0):
            return _sw(fmt.SW_WRONG_PARAMETERS)
        le = le_field[0] if len(le_field) == 1 else 0
        if le not in (0, len(self.uid)):
            return bytes([0x6C, len(self.uid)])
        return self.uid + _sw(fmt.SW_OK)

    def _get_response(self, le: int | None) -> bytes:
        """Hand out pending data 256 bytes at a time; le None: only announce it (61xx)."""
        data, sw = self._pending[:-2], self._pending[-2:]
        if not data:
            return _sw(0x6985)
        if le is not None:
            chunk, rest = data[: le or 256], data[le or 256 :]
            self._pending = rest + sw
            if not rest:
                return chunk + sw
            return chunk + bytes([0x61, min(len(rest), 256) & 0xFF])
        return bytes([0x61, min(len(data), 256) & 0xFF])

    def _select(self, p1: int, p2: int, data: bytes) -> bytes:
        if p1 == 0x04:
            self._selected = data == self.aid
            self._current = None
            return _sw(fmt.SW_OK) if self._selected else _sw(fmt.SW_NOT_FOUND)
        if p1 in (0x00, 0x02) and self._selected and data in self.files:
            self._current = data
            if p2 == 0x04:
                return fmt.fcp_for(len(self.files[data]), data) + _sw(fmt.SW_OK)
            return _sw(fmt.SW_OK)
        return _sw(fmt.SW_NOT_FOUND)

    def _read(self, p1: int, p2: int, le_field: bytes) -> bytes:
        if self._current is None:
            return _sw(fmt.SW_NO_CURRENT_EF)
        if p1 & 0x80:
            return _sw(fmt.SW_WRONG_PARAMETERS)  # short EF identifiers are not offered
        if len(le_field) == 1:
            want = le_field[0] or 256
        elif len(le_field) == 3 and le_field[0] == 0 and self.extended:
            want = int.from_bytes(le_field[1:], "big") or 65536
        else:
            return _sw(fmt.SW_WRONG_LENGTH)
        content = self.files[self._current]
        offset = (p1 << 8) | p2
        if offset > len(content):
            return _sw(fmt.SW_OFFSET_BEYOND_FILE)
        data = content[offset : offset + want]
        return data + (_sw(fmt.SW_OK) if len(data) == want else _sw(fmt.SW_END_OF_FILE))


def identity_applet(text: bytes | None, photo: bytes | None, extended: bool = True) -> Applet:
    files = {}
    if text is not None:
        files[fmt.EF_TEXT] = text
    if photo is not None:
        files[fmt.EF_PHOTO] = photo
    return Applet(files=files, extended=extended)


def bank_card_applet() -> Applet:
    """A card that is not ours: a PBOC debit application and nothing else."""
    return Applet(aid=PBOC_AID, files={bytes.fromhex("0001"): b"\x70\x00"})


STAFF_APP_AID = bytes.fromhex("D15600000A0001")  # some other application, not ours


def staff_card_applet(uid: bytes) -> Applet:
    """A staff card (工作证): an access-control application, and the UID the reader asks for."""
    return Applet(aid=STAFF_APP_AID, files={bytes.fromhex("0001"): b"\x00" * 16}, uid=uid)


class VirtualCard:
    """One card on the virtual reader, answered by a thread of the test process."""

    def __init__(
        self,
        applet: Applet,
        atr: bytes = IDENTITY_ATR,
        pull_after: int | None = None,
        port: int = VPCD_PORT,
    ) -> None:
        """pull_after: answer that many APDUs, then leave the reader on receiving the next."""
        self.applet, self.atr, self.pull_after, self.port = applet, atr, pull_after, port
        self.apdus: list[bytes] = []
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None

    @property
    def inserted(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def insert(self) -> None:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock
        self.applet.reset()
        self._thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
        self._thread.start()

    def remove(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _serve(self, sock: socket.socket) -> None:
        try:
            while True:
                payload = _receive(sock)
                if payload is None:
                    return
                if len(payload) == 1:
                    if payload[0] == 4:
                        _send(sock, self.atr)
                    elif payload[0] in (0, 2):
                        self.applet.reset()
                    continue
                if self.pull_after is not None and len(self.apdus) >= self.pull_after:
                    sock.close()  # the card leaves the reader halfway through a read
                    return
                self.apdus.append(payload)
                try:
                    response = self.applet.answer(payload)
                except Exception:
                    response = _sw(fmt.SW_NO_DIAGNOSIS)  # never leave vpcd waiting: it would hang
                _send(sock, response)
        except OSError:
            return


def _receive(sock: socket.socket) -> bytes | None:
    head = _exactly(sock, 2)
    if head is None:
        return None
    # vpcd writes the length and the payload separately: ack at once, not after 40 ms.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
    (length,) = struct.unpack(">H", head)
    payload = _exactly(sock, length)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
    return payload


def _exactly(sock: socket.socket, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _send(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(struct.pack(">H", len(payload)) + payload)
