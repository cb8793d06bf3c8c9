"""HTTP client for the provincial government service platform (or the bundled sandbox).

Blocking by design: flows call it on worker threads, never on the GUI thread. Every failure is one
PlatformError with a kind the UI turns into a message key, and nothing a citizen sent or received
ever reaches an exception message or a log line.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import threading
import time
from collections.abc import Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Final, Literal, cast
from urllib.parse import quote, urlsplit

if TYPE_CHECKING:  # requests is imported on first use: it costs ~70 ms of kiosk start-up
    import requests

_log = logging.getLogger(__name__)

PlatformErrorKind = Literal["unreachable", "timeout", "server", "not_found", "bad_answer"]

MAX_ANSWER_BYTES: Final = 1024 * 1024
HEALTH_ENDPOINT: Final = "/api/v1/health"
RATINGS_ENDPOINT: Final = "/api/v1/ratings"
RETRY_STATUSES: Final = frozenset({502, 503, 504})
# 404 codes meaning "the platform has nothing for this citizen"; any other 404 (a wrong URL, a
# proxy's page) is a server problem, so the citizen is never told "no record" by mistake.
NOT_FOUND_CODES: Final = frozenset({"not_found", "citizen_not_found"})
PAYMENT_ORDERS_ENDPOINT: Final = "/api/v1/payments/orders"
ORDER_NOT_FOUND: Final = "order_not_found"
CASES_ENDPOINT: Final = "/api/v1/cases"  # applications' case numbers (受理编号)


class PlatformError(Exception):
    """A platform call failed. The message names the endpoint and status, never any data."""

    def __init__(
        self,
        kind: PlatformErrorKind,
        code: str = "",
        *,
        endpoint: str = "",
        status: int | None = None,
        detail: str = "",
    ) -> None:
        parts = [f"platform_{kind}"]
        if endpoint:
            parts.append(endpoint)
        if status is not None:
            parts.append(f"HTTP {status}")
        if code:
            parts.append(f"code={code}")
        if detail:
            parts.append(detail)
        super().__init__(" ".join(parts))
        self.kind: PlatformErrorKind = kind
        self.code = code
        self.status = status

    @property
    def key(self) -> str:
        """The message key the UI translates, e.g. platform_timeout."""
        return f"platform_{self.kind}"


def _is_loopback(base_url: str) -> bool:
    host = urlsplit(base_url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _transport_error(exc: requests.RequestException, endpoint: str) -> PlatformError:
    """Map a requests exception to a kind; only its type name goes into the message."""
    import requests
    from urllib3.exceptions import ReadTimeoutError

    detail = type(exc).__name__
    if isinstance(exc, requests.ConnectTimeout):  # also a ConnectionError: host not reached
        return PlatformError("unreachable", endpoint=endpoint, detail=detail)
    if isinstance(exc, requests.Timeout):
        return PlatformError("timeout", endpoint=endpoint, detail=detail)
    if isinstance(exc, requests.ConnectionError):
        # With read retries off, urllib3 reports a read timeout wrapped in a ConnectionError.
        reason = getattr(exc.args[0], "reason", exc.args[0]) if exc.args else None
        if isinstance(reason, ReadTimeoutError | TimeoutError):
            return PlatformError("timeout", endpoint=endpoint, detail=detail)
        return PlatformError("unreachable", endpoint=endpoint, detail=detail)
    if isinstance(
        exc, requests.exceptions.ChunkedEncodingError | requests.exceptions.ContentDecodingError
    ):
        return PlatformError("bad_answer", endpoint=endpoint, detail=detail)
    return PlatformError("unreachable", endpoint=endpoint, detail=detail)


def _answer_within(response: requests.Response, seconds: float) -> Iterator[bytes]:
    """The answer's body, cut off after `seconds`: a platform trickling a byte at a time
    never trips the read timeout (it counts per read) and would hold a worker for hours."""
    import contextlib
    import socket
    import threading

    import requests

    cut = threading.Event()

    def cut_off() -> None:
        cut.set()
        connection = getattr(response.raw, "connection", None)
        sock = getattr(connection, "sock", None)
        if isinstance(sock, socket.socket):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # wakes the blocked read

    timer = threading.Timer(seconds, cut_off)
    timer.daemon = True
    timer.start()
    try:
        yield from response.iter_content(64 * 1024)
    except Exception:
        if cut.is_set():
            raise requests.exceptions.ReadTimeout("answer too slow") from None
        raise
    finally:
        timer.cancel()
    if cut.is_set():
        raise requests.exceptions.ReadTimeout("answer too slow")


def pinned_adapter(pin: str, retry: object) -> requests.adapters.HTTPAdapter:
    """TLS pinned to one certificate (platform.tls_pin_sha256): the platform is trusted when
    the certificate it shows has this SHA-256 (of its DER), whoever signed it, and refused
    otherwise. Without a pin, requests verifies the certificate against the CAs as usual."""
    from requests.adapters import HTTPAdapter

    class PinnedAdapter(HTTPAdapter):
        def init_poolmanager(self, *args: object, **kwargs: object) -> None:
            kwargs["assert_fingerprint"] = pin  # urllib3 checks it on every connection
            super().init_poolmanager(*args, **kwargs)  # type: ignore[arg-type]

        def send(self, request: object, **kwargs: object) -> object:  # type: ignore[override]
            kwargs["verify"] = False  # the pin replaces the CA check; it is stricter
            return super().send(request, **kwargs)  # type: ignore[arg-type]

    return PinnedAdapter(max_retries=retry)  # type: ignore[arg-type]


def _json_object(data: bytes) -> dict[str, object] | None:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # hostile nesting too; the
        return None  # error holds the body: drop it here
    return value if isinstance(value, dict) else None


def _error_code(data: bytes) -> str:
    body = _json_object(data)
    error = body.get("error") if body else None
    code = error.get("code") if isinstance(error, dict) else None
    return code if isinstance(code, str) and len(code) <= 64 else ""


def _order_endpoint(order_id: str, action: str = "") -> str:
    path = f"{PAYMENT_ORDERS_ENDPOINT}/{quote(order_id, safe='')}"
    return f"{path}/{action}" if action else path


class PlatformClient:
    """One kiosk's connection to the platform: a pooled Session with timeouts and retries."""

    def __init__(
        self,
        base_url: str,
        kiosk_id: str,
        connect_timeout_s: float = 3.0,
        read_timeout_s: float = 10.0,
        retries: int = 2,
        tls_pin_sha256: str = "",
    ) -> None:
        scheme = urlsplit(base_url).scheme
        if scheme not in ("http", "https"):
            raise ValueError("platform base_url must be an http(s) URL")
        if retries < 0:
            raise ValueError("retries must be >= 0")
        self._base_url = base_url.rstrip("/")
        self.kiosk_id = kiosk_id
        self._tls_pin = tls_pin_sha256.replace(":", "").lower()
        self._timeout = (connect_timeout_s, read_timeout_s)
        self._answer_deadline_s = connect_timeout_s + 3 * read_timeout_s  # the whole answer
        self._retries = retries
        self._session_lock = threading.Lock()
        self._open_session: requests.Session | None = None

    @property
    def _session(self) -> requests.Session:
        """The pooled Session, made on first use (on a worker thread, not at start-up)."""
        with self._session_lock:
            if self._open_session is None:
                self._open_session = self._new_session()
            return self._open_session

    def _new_session(self) -> requests.Session:
        import requests
        from requests.adapters import HTTPAdapter
        from urllib3.util.retry import Retry

        # Retry refused connections and gateway errors, never read timeouts: the platform may be
        # slow rather than gone, and the citizen should not wait three read timeouts. POST is
        # retried because the queries are reads and ratings carry their transaction_id.
        retry = Retry(
            total=self._retries,
            connect=self._retries,
            read=0,
            status=self._retries,
            other=0,
            backoff_factor=0.2,
            status_forcelist=RETRY_STATUSES,
            allowed_methods=frozenset({"GET", "POST"}),
            raise_on_status=False,
            respect_retry_after_header=False,  # a long Retry-After must not hang a worker
        )
        adapter = (
            pinned_adapter(self._tls_pin, retry)
            if self._tls_pin
            else HTTPAdapter(max_retries=retry)
        )
        session = requests.Session()
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        session.headers.update({"Accept": "application/json"})
        # A proxy from the environment must not capture the loopback sandbox.
        session.trust_env = not _is_loopback(self._base_url)
        return session

    @property
    def base_url(self) -> str:
        return self._base_url

    def _request(
        self, method: str, endpoint: str, body: dict[str, object] | None
    ) -> tuple[int, bytes]:
        """Send and read at most MAX_ANSWER_BYTES; transport problems become PlatformError."""
        if not endpoint.startswith("/"):
            raise ValueError("endpoint must start with '/'")
        started = time.monotonic()
        try:
            with self._session.request(
                method,
                self._base_url + endpoint,
                json=body,
                timeout=self._timeout,
                stream=True,
                allow_redirects=False,
            ) as response:
                status = response.status_code
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > MAX_ANSWER_BYTES:
                    raise PlatformError(
                        "bad_answer", endpoint=endpoint, status=status, detail="answer too large"
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in _answer_within(response, self._answer_deadline_s):
                    size += len(chunk)
                    if size > MAX_ANSWER_BYTES:
                        raise PlatformError(
                            "bad_answer",
                            endpoint=endpoint,
                            status=status,
                            detail="answer too large",
                        )
                    chunks.append(chunk)
        except Exception as exc:  # requests' errors; anything else goes on up
            import requests

            if not isinstance(exc, requests.RequestException):
                raise
            error = _transport_error(exc, endpoint)
            _log.warning("%s after %.0f ms", error, (time.monotonic() - started) * 1000)
            raise error from None  # the cause can hold connection details, never needed
        _log.debug(
            "%s %s -> %d in %.0f ms", method, endpoint, status, (time.monotonic() - started) * 1000
        )
        return status, b"".join(chunks)

    def health(self) -> bool:
        """True when the platform answers its health check; never raises."""
        try:
            status, data = self._request("GET", HEALTH_ENDPOINT, None)
            body = _json_object(data)
            return status == 200 and body is not None and body.get("status") == "ok"
        except Exception:  # a health probe reports, it does not fail
            return False

    def call(self, endpoint: str, payload: dict[str, object]) -> dict[str, object]:
        """POST payload (plus kiosk_id) to endpoint and return the JSON object answered."""
        status, data = self._request("POST", endpoint, {**payload, "kiosk_id": self.kiosk_id})
        if 200 <= status < 300:
            answer = _json_object(data)
            if answer is None:
                raise PlatformError(
                    "bad_answer", endpoint=endpoint, status=status, detail="not a JSON object"
                )
            return answer
        code = _error_code(data)
        if status == 404 and code in NOT_FOUND_CODES:
            raise PlatformError("not_found", code, endpoint=endpoint, status=status)
        if 400 <= status <= 599:
            raise PlatformError("server", code, endpoint=endpoint, status=status)
        raise PlatformError("bad_answer", code, endpoint=endpoint, status=status)

    def submit_rating(
        self, transaction_id: str, item_id: str, level: int | None, reason: str
    ) -> None:
        """Send a 好差评 rating; raises PlatformError unless the platform accepted it."""
        answer = self.call(
            RATINGS_ENDPOINT,
            {
                "transaction_id": transaction_id,
                "item_id": item_id,
                "level": level,
                "reason": reason,
            },
        )
        if answer.get("accepted") is not True:
            raise PlatformError("bad_answer", endpoint=RATINGS_ENDPOINT, detail="not accepted")

    def case_status(self, case_number: str) -> dict[str, object]:
        """Where an application's case is (status, status_text, decide_by); the number alone
        asks, so the answer carries no citizen data. Raises PlatformError (not_found)."""
        endpoint = f"{CASES_ENDPOINT}/{quote(case_number, safe='')}"
        status, data = self._request("GET", endpoint, None)
        answer = _json_object(data)
        if status == 404 and _error_code(data) == "case_not_found":
            raise PlatformError("not_found", "case_not_found", endpoint=endpoint, status=status)
        if status != 200 or answer is None or not isinstance(answer.get("status"), str):
            kind: PlatformErrorKind = "server" if 400 <= status <= 599 else "bad_answer"
            raise PlatformError(kind, _error_code(data), endpoint=endpoint, status=status)
        return answer

    # -- payments: every call is safe to retry (idempotency key, one-way order states) ----

    def create_order(
        self,
        idempotency_key: str,
        transaction_id: str,
        item_id: str,
        amount_fen: int,
        payee: str,
        reason: str,
    ) -> dict[str, object]:
        """Create a scan-to-pay order (201), or get the one this key made before (200).

        After a timeout, find_order(idempotency_key) tells whether the platform made it.
        """
        payload: dict[str, object] = {
            "idempotency_key": idempotency_key,
            "transaction_id": transaction_id,
            "item_id": item_id,
            "amount_fen": amount_fen,
            "payee": payee,
            "reason": reason,
        }
        return self._order_call("POST", PAYMENT_ORDERS_ENDPOINT, payload)

    def get_order(self, order_id: str) -> dict[str, object]:
        """The order's current state; an expired pending order reads as "closed"."""
        return self._order_call("GET", _order_endpoint(order_id), None)

    def find_order(self, idempotency_key: str) -> dict[str, object] | None:
        """The order made with this key, or None if the platform never made one."""
        endpoint = f"{PAYMENT_ORDERS_ENDPOINT}?idempotency_key={quote(idempotency_key, safe='')}"
        try:
            return self._order_call("GET", endpoint, None)
        except PlatformError as error:
            if error.kind == "not_found" and error.code == ORDER_NOT_FOUND:
                return None
            raise

    def close_order(self, order_id: str) -> dict[str, object]:
        """Make a pending order unpayable; a paid one comes back as it is (status "paid")."""
        return self._order_call(
            "POST", _order_endpoint(order_id, "close"), {}, answer_on={"already_paid"}
        )

    def refund_order(self, order_id: str, reason: str) -> dict[str, object]:
        """Refund a paid order (once, however often asked); an unpaid one comes back as it is."""
        return self._order_call(
            "POST", _order_endpoint(order_id, "refund"), {"reason": reason}, answer_on={"not_paid"}
        )

    def submit_pay_code(self, order_id: str, auth_code: str) -> dict[str, object]:
        """Pay with the code from the citizen's payment app: the order after the attempt.

        Its status is paid, declined, or pending (the citizen confirms on the phone: poll
        get_order). A declined, closed or refunded order comes back as it is.
        """
        return self._order_call(
            "POST",
            _order_endpoint(order_id, "pay-code"),
            {"auth_code": auth_code},
            answer_on={"order_not_pending"},
        )

    def _order_call(
        self,
        method: str,
        endpoint: str,
        payload: dict[str, object] | None,
        answer_on: set[str] | None = None,
    ) -> dict[str, object]:
        """Send a payment call and return the order answered.

        2xx is the order; a 409 whose code is in `answer_on` carries the order too (the state
        that forbade the call). Otherwise PlatformError as call(); order_not_found is not_found.
        """
        body = None if payload is None else {**payload, "kiosk_id": self.kiosk_id}
        status, data = self._request(method, endpoint, body)
        code = "" if 200 <= status < 300 else _error_code(data)
        answer = _json_object(data)
        order: object = answer
        if status == 409 and code in (answer_on or set()):
            order = answer.get("order") if answer else None
        elif not 200 <= status < 300:
            if status == 404 and code in NOT_FOUND_CODES | {ORDER_NOT_FOUND}:
                raise PlatformError("not_found", code, endpoint=endpoint, status=status)
            kind: PlatformErrorKind = "server" if 400 <= status <= 599 else "bad_answer"
            raise PlatformError(kind, code, endpoint=endpoint, status=status)
        if not isinstance(order, dict) or not all(
            isinstance(order.get(key), str) for key in ("order_id", "status")
        ):
            raise PlatformError(
                "bad_answer", code, endpoint=endpoint, status=status, detail="not an order"
            )
        return cast(dict[str, object], order)

    def close(self) -> None:
        with self._session_lock:
            session, self._open_session = self._open_session, None
        if session is not None:
            session.close()

    def __enter__(self) -> PlatformClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
