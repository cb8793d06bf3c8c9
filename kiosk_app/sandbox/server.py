"""The sandbox provincial platform: a real HTTP server on loopback with clearly fake citizens.

The kiosk talks to it exactly as to the real platform, so the whole product runs and is tested
with no outside service. Standard library only: it ships inside the kiosk and must start anywhere.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import hmac
import http.server
import json
import logging
import math
import re
import secrets
import selectors
import socket
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import parse_qs, urlsplit

from devices.identity import id_number_problem
from kiosk_app.http_serving import QuietHandler, QuietServer
from kiosk_app.sandbox import applications, payments, records, services
from kiosk_app.sandbox.payments import PaymentError, PaymentProvider

_log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
API_PREFIX = "/api/"
DOCUMENT_PREFIX = "WFZM"
EXTRACT_PREFIX = "BDCCX"
ORDERS = "/api/v1/payments/orders"


@dataclass(frozen=True)
class Route:
    """One served route. `path` uses the OpenAPI template syntax so the spec test can compare."""

    method: str
    path: str
    handler: str  # name of a SandboxPlatform method taking a _Request
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        regex = re.sub(r"\\\{(\w+)\\\}", lambda m: f"(?P<{m.group(1)}>[^/]+)", re.escape(self.path))
        object.__setattr__(self, "pattern", re.compile(f"^{regex}$"))


# The single source of truth for what is served; tests check openapi.yaml against it.
ROUTES: tuple[Route, ...] = (
    Route("GET", "/api/v1/health", "_health"),
    Route("POST", "/api/v1/social-insurance/record", "_social_insurance"),
    Route("POST", "/api/v1/housing/no-housing-proof", "_no_housing_proof"),
    Route("POST", "/api/v1/provident-fund/account", "_provident_fund"),
    Route("POST", "/api/v1/real-estate/register-extract", "_register_extract"),
    *(Route("POST", path, "_service") for path in services.SERVICES),
    Route("POST", "/api/v1/ratings", "_rating"),
    Route("POST", "/api/v1/complaints", "_complaint"),
    *(Route("POST", applications.PREFIX + kind, "_application") for kind in applications.KINDS),
    Route("GET", applications.CASES + "/{case_number}", "_case"),
    Route("POST", applications.MY_CASES, "_my_cases"),
    Route("POST", "/api/v1/identity/sms-code", "_sms_code"),
    Route("POST", "/api/v1/identity/sms-verify", "_sms_verify"),
    Route("POST", ORDERS, "_order_create"),
    Route("GET", ORDERS, "_order_find"),
    Route("GET", ORDERS + "/{order_id}", "_order_get"),
    Route("POST", ORDERS + "/{order_id}/close", "_order_close"),
    Route("POST", ORDERS + "/{order_id}/refund", "_order_refund"),
    Route("POST", ORDERS + "/{order_id}/pay-code", "_order_pay_code"),
    Route("GET", "/pay/{order_id}", "_pay_page"),
    Route("GET", "/verify/{document_number}", "_verify"),
    Route("POST", "/_sandbox/faults", "_faults"),
    Route("POST", "/_sandbox/payments", "_payment_defaults"),
    Route("POST", "/_sandbox/payments/{order_id}", "_payment_outcome"),
)

_CITIZEN_FIELDS = ("id_number", "name", "kiosk_id", "transaction_id")
COMPLAINT_CATEGORIES = ("service", "device", "process", "result", "other")


class ApiError(Exception):
    """An error answer. The message is fixed text: it must never echo citizen data."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


@dataclass(frozen=True)
class _Request:
    method: str
    path: str
    params: Mapping[str, str]
    query: Mapping[str, list[str]]
    body: dict[str, Any]


@dataclass(frozen=True)
class _Html:
    """A page for a browser (the pay page a phone opens) instead of a JSON answer."""

    text: str


@dataclass
class _Fault:
    delay_s: float = 0.0
    status: int | None = None
    count: int | None = None  # None: until cleared

    def active(self) -> bool:
        return self.delay_s > 0 or self.status is not None


def _status_code_name(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    except ValueError:
        return "error"


def _error_body(code: str, message: str) -> dict[str, object]:
    return {"error": {"code": code, "message": message}}


def _local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class SandboxPlatform:
    """Runs the sandbox platform on a daemon thread; also the fault-injection handle for tests."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self._host = host
        self._port = port
        self._clock: Callable[[], dt.datetime] = clock or _local_now
        self._secret = secrets.token_bytes(32)  # per server: proofs verify only where issued
        self._lock = threading.Lock()
        self._fault = _Fault()
        self._issued: dict[str, str] = {}  # document number -> issued_at
        self._next_document: dict[str, int] = {}  # per prefix
        # order id -> (document number, issued, citizen digest): one paid order, one extract
        self._extracts: dict[str, tuple[str, dt.datetime, str]] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._base_url = ""
        self.ratings: list[dict[str, object]] = []
        self.complaints: list[dict[str, object]] = []  # the platform keeps them; the kiosk not
        self.sms_outbox: list[dict[str, str]] = []  # what the SMS gateway would have sent
        self._sms_codes: dict[str, list[object]] = {}  # transaction -> [id_number, code, tries]
        self.payments = PaymentProvider(self._now, lambda: self._base_url)
        self.applications = applications.ApplicationDesk(self._now, lambda: self._base_url)

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> str:
        """Bind and serve on a daemon thread; returns the base URL. A no-op while running."""
        if self._server is not None:
            return self._base_url
        self._stopping.clear()
        server = _Server((self._host, self._port), _Handler, self)
        host, port = server.server_address[:2]
        self._base_url = f"http://{host!s}:{port}"
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_until_woken,
            name="sandbox-platform",
            daemon=True,
        )
        self._thread.start()
        _log.info("sandbox platform listening on %s", self._base_url)
        return self._base_url

    def stop(self) -> None:
        """Stop serving, drop open connections and close the socket. Safe to call twice."""
        server, thread = self._server, self._thread
        self._server = None
        self._thread = None
        if server is None:
            return
        self._stopping.set()  # wakes handlers sleeping in an injected delay
        server.wake()
        if thread is not None:
            thread.join(timeout=5)
        server.close_connections()
        server.server_close()

    def __enter__(self) -> SandboxPlatform:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if not self._base_url:
            raise RuntimeError("sandbox platform not started")
        return self._base_url

    # -- fault injection -------------------------------------------------------------------

    def set_fault(
        self, delay_s: float = 0.0, status: int | None = None, count: int | None = None
    ) -> None:
        """Delay and/or fail the next `count` /api requests (all of them when count is None)."""
        if isinstance(delay_s, bool) or not isinstance(delay_s, int | float):
            raise ValueError("delay_s must be a number")
        if not math.isfinite(delay_s) or not 0 <= delay_s <= 600:
            raise ValueError("delay_s must be between 0 and 600")
        if status is not None and (
            isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599
        ):
            raise ValueError("status must be an HTTP error status (400-599) or None")
        if count is not None and (
            isinstance(count, bool) or not isinstance(count, int) or count < 1
        ):
            raise ValueError("count must be a positive integer or None")
        with self._lock:
            self._fault = _Fault(float(delay_s), status, count)

    def clear_faults(self) -> None:
        with self._lock:
            self._fault = _Fault()

    def _take_fault(self) -> tuple[float, int | None]:
        with self._lock:
            fault = self._fault
            if not fault.active():
                return 0.0, None
            if fault.count is not None:
                fault.count -= 1
                if fault.count <= 0:
                    self._fault = _Fault()
            return fault.delay_s, fault.status

    def _fault_state(self) -> dict[str, object]:
        with self._lock:
            f = self._fault
            return {"delay_s": f.delay_s, "status": f.status, "count": f.count}

    # -- request handling (called on handler threads) --------------------------------------

    def handle(self, method: str, raw_path: str, body: bytes | None) -> tuple[int, object]:
        """Answer one request: (status, JSON payload). Never raises."""
        try:
            return self._handle(method, raw_path, body)
        except ApiError as exc:
            return exc.status, _error_body(exc.code, exc.message)
        except PaymentError as exc:
            return exc.status, exc.body()
        except Exception as exc:  # a bug must answer 500, not kill the connection
            # Only the type: an exception message may carry citizen data (e.g. KeyError(id)).
            _log.error("sandbox handler failed: %s", type(exc).__name__)
            return 500, _error_body("internal_error", "the sandbox platform failed")

    def _handle(self, method: str, raw_path: str, body: bytes | None) -> tuple[int, object]:
        split = urlsplit(raw_path)
        path = split.path
        if path.startswith(API_PREFIX):
            delay_s, status = self._take_fault()
            if delay_s > 0:
                self._stopping.wait(delay_s)
            if status is not None:
                raise ApiError(status, _status_code_name(status), "injected sandbox fault")
        matches = [(r, m) for r in ROUTES if (m := r.pattern.match(path))]
        if not matches:
            # Its own code, so a client can tell a wrong URL from "no record for this citizen".
            raise ApiError(404, "unknown_route", "no such route")
        for route, match in matches:
            if route.method == method or (method == "HEAD" and route.method == "GET"):
                parsed: dict[str, Any] = {}
                if route.method == "POST":
                    parsed = _parse_json_object(body)
                request = _Request(method, path, match.groupdict(), parse_qs(split.query), parsed)
                handler = cast(
                    Callable[[_Request], tuple[int, object]], getattr(self, route.handler)
                )
                return handler(request)
        raise ApiError(405, "method_not_allowed", "method not allowed on this route")

    def allowed_methods(self, raw_path: str) -> list[str]:
        path = urlsplit(raw_path).path
        return sorted({r.method for r in ROUTES if r.pattern.match(path)})

    def _now(self) -> dt.datetime:
        return self._clock()

    def _citizen(self, request: _Request) -> records.CitizenRecord:
        body = request.body
        for name in _CITIZEN_FIELDS:
            value = body.get(name)
            if not isinstance(value, str) or not value.strip():
                raise ApiError(400, "bad_request", f"field '{name}' is missing or not a string")
        id_number = cast(str, body["id_number"])
        if id_number_problem(id_number) is not None:
            raise ApiError(400, "bad_request", "field 'id_number' is not a valid ID number")
        record = records.find_citizen(id_number)
        # The platform matches name and number together, as a real one does.
        if record is None or record.name != body["name"]:
            raise ApiError(404, "citizen_not_found", "the platform has no record of this citizen")
        return record

    def _health(self, request: _Request) -> tuple[int, object]:
        return 200, {"status": "ok", "time": self._now().isoformat(timespec="seconds")}

    def _social_insurance(self, request: _Request) -> tuple[int, object]:
        answer = records.social_insurance_answer(self._citizen(request), self._now().date())
        if answer is None:
            raise ApiError(404, "not_found", "no social-insurance record")
        return 200, answer

    def _provident_fund(self, request: _Request) -> tuple[int, object]:
        answer = records.provident_fund_answer(self._citizen(request), self._now().date())
        if answer is None:
            raise ApiError(404, "not_found", "no provident-fund account")
        return 200, answer

    def _no_housing_proof(self, request: _Request) -> tuple[int, object]:
        record = self._citizen(request)
        now = self._now()
        statement = records.housing_statement(record, now.date())
        if record.properties:
            return 200, {
                "owns_housing": True,
                "properties": len(record.properties),
                "statement": statement,
            }
        with self._lock:
            number = self._issue_locked(DOCUMENT_PREFIX, now)
        return 200, {
            "owns_housing": False,
            **self._document(number, now),
            "statement": statement,
            "issuer": records.HOUSING_ISSUER,
        }

    def _register_extract(self, request: _Request) -> tuple[int, object]:
        """A fee-carrying certificate: delivered only against a paid order of this transaction.

        Check the citizen first (404), then the payment (402): a kiosk can ask without an
        order_id and learn "payment_required" before it takes any money.
        """
        record = self._citizen(request)
        order_id = request.body.get("order_id")
        self.payments.require_paid(order_id, cast(str, request.body["transaction_id"]))
        citizen = hmac.new(self._secret, record.id_number.encode(), hashlib.sha256).hexdigest()
        with self._lock:  # a retried delivery gets the same document, never a second one
            issued = self._extracts.get(cast(str, order_id))
            if issued is None:
                now = self._now()
                issued = (self._issue_locked(EXTRACT_PREFIX, now), now, citizen)
                self._extracts[cast(str, order_id)] = issued
        number, when, owner = issued
        if not hmac.compare_digest(owner, citizen):
            raise ApiError(402, "payment_required", "the order already paid for another extract")
        answer = records.register_extract(record, when.date())
        return 200, {**self._document(number, when), **answer}

    def _service(self, request: _Request) -> tuple[int, object]:
        """The table-driven queries and certificates (kiosk_app/sandbox/services.py)."""
        service = services.SERVICES[request.path]
        record = self._citizen(request)
        now = self._now()
        try:
            answer = service.build(record, now.date(), request.body)
        except services.BadField as exc:
            raise ApiError(400, "bad_request", str(exc)) from None
        if answer is None:
            raise ApiError(404, "not_found", "no such record for this citizen")
        if answer.pop(services.ISSUE, False):
            with self._lock:
                number = self._issue_locked(service.document_prefix, now)
            answer = {**self._document(number, now), **answer}
        return 200, answer

    def _issue_locked(self, prefix: str, now: dt.datetime) -> str:
        """The next number of this kind, registered for /verify; self._lock must be held."""
        serial = self._next_document.get(prefix, 1)
        self._next_document[prefix] = serial + 1
        number = f"{prefix}-{now.year:04d}-{serial:06d}"
        self._issued[number] = now.isoformat(timespec="seconds")
        return number

    def _document(self, number: str, issued: dt.datetime) -> dict[str, object]:
        code = self.verify_code(number)
        return {
            "document_number": number,
            "issued_at": issued.isoformat(timespec="seconds"),
            "verify_code": code,
            "verify_url": f"{self.base_url}/verify/{number}?c={code}",
        }

    def verify_code(self, document_number: str) -> str:
        """8 hex digits a forger cannot compute without this server's secret."""
        digest = hmac.new(self._secret, document_number.encode(), hashlib.sha256)
        return digest.hexdigest()[:8]

    def _verify(self, request: _Request) -> tuple[int, object]:
        number = request.params["document_number"]
        code = (request.query.get("c") or [""])[0]
        with self._lock:
            issued_at = self._issued.get(number)
        if issued_at is None or not hmac.compare_digest(code, self.verify_code(number)):
            return 404, {"valid": False}
        return 200, {"valid": True, "document_number": number, "issued_at": issued_at}

    def _rating(self, request: _Request) -> tuple[int, object]:
        body = request.body
        for name in ("transaction_id", "item_id"):
            if not isinstance(body.get(name), str) or not body[name].strip():
                raise ApiError(400, "bad_request", f"field '{name}' is missing or not a string")
        if "level" not in body:  # null is a skipped rating; a missing field is a client bug
            raise ApiError(400, "bad_request", "field 'level' is missing")
        level = body["level"]
        if level is not None and (
            isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 5
        ):
            raise ApiError(400, "bad_request", "field 'level' must be an integer 1-5 or null")
        reason = body.get("reason", "")
        if not isinstance(reason, str) or len(reason) > 500:
            raise ApiError(400, "bad_request", "field 'reason' must be a string (max 500)")
        kiosk_id = body.get("kiosk_id", "")
        rating: dict[str, object] = {
            "transaction_id": body["transaction_id"],
            "item_id": body["item_id"],
            "level": level,
            "reason": reason,
            "kiosk_id": kiosk_id if isinstance(kiosk_id, str) else "",
            "received_at": self._now().isoformat(timespec="seconds"),
        }
        with self._lock:
            self.ratings.append(rating)
        return 200, {"accepted": True}

    def _complaint(self, request: _Request) -> tuple[int, object]:
        """A complaint (投诉建议) with an optional call-back phone; answered via 12345."""
        body = request.body
        category = body.get("category")
        content = body.get("content", "")
        phone = body.get("phone", "")
        if category not in COMPLAINT_CATEGORIES:
            raise ApiError(400, "bad_request", "field 'category' is not a known category")
        if not isinstance(content, str) or not content.strip() or len(content) > 2000:
            raise ApiError(400, "bad_request", "field 'content' must be 1-2000 characters")
        if not isinstance(phone, str) or (phone and not re.fullmatch(r"1[3-9]\d{9}", phone)):
            raise ApiError(400, "bad_request", "field 'phone' must be empty or a mobile number")
        now = self._now()
        with self._lock:
            number = f"TS-{now.year:04d}-{len(self.complaints) + 1:06d}"
            self.complaints.append(
                {
                    "reference_number": number,
                    "category": category,
                    "content": content,
                    "phone": phone,
                    "received_at": now.isoformat(timespec="seconds"),
                }
            )
        return 200, {
            "reference_number": number,
            "received_at": now.isoformat(timespec="seconds"),
            "answer_within": "15个工作日内答复" + ("，将电话回访" if phone else ""),
        }

    def _sms_code(self, request: _Request) -> tuple[int, object]:
        """Identity without a face (EN 301 549 5.3): a code to the phone the platform knows."""
        record = self._citizen(request)
        phone = records.phone_on_record(record.id_number)
        if phone is None:
            raise ApiError(409, "no_phone_on_record", "no mobile number on record")
        code = f"{secrets.randbelow(1_000_000):06d}"
        transaction_id = str(request.body["transaction_id"])
        with self._lock:
            self._sms_codes[transaction_id] = [record.id_number, code, 0]
            self.sms_outbox.append({"phone": phone, "code": code, "transaction_id": transaction_id})
        return 200, {"sent": True, "masked_phone": phone[:3] + "****" + phone[-4:]}

    def _sms_verify(self, request: _Request) -> tuple[int, object]:
        record = self._citizen(request)
        code = request.body.get("code")
        transaction_id = str(request.body["transaction_id"])
        with self._lock:
            pending = self._sms_codes.get(transaction_id)
            if pending is None or pending[0] != record.id_number:
                raise ApiError(409, "code_expired", "no code was sent, or it expired")
            if not isinstance(code, str) or not hmac.compare_digest(code, str(pending[1])):
                pending[2] = int(str(pending[2])) + 1
                if int(str(pending[2])) >= 3:
                    del self._sms_codes[transaction_id]
                    raise ApiError(409, "code_expired", "too many wrong codes")
                raise ApiError(400, "code_wrong", "the code does not match")
            del self._sms_codes[transaction_id]
        return 200, {"verified": True}

    def _faults(self, request: _Request) -> tuple[int, object]:
        body = request.body
        unknown = set(body) - {"delay_s", "status", "count"}
        if unknown:
            raise ApiError(400, "bad_request", "unknown fault field")
        try:
            self.set_fault(body.get("delay_s", 0.0), body.get("status"), body.get("count"))
        except ValueError as exc:
            raise ApiError(400, "bad_request", str(exc)) from None
        return 200, self._fault_state()

    # -- applications: thin routes onto the desk (kiosk_app/sandbox/applications.py) -------

    def _application(self, request: _Request) -> tuple[int, object]:
        record = self._citizen(request)
        kind = request.path.removeprefix(applications.PREFIX)
        try:
            return 200, self.applications.submit(kind, record.id_number, request.body)
        except applications.Refused as refused:
            raise ApiError(refused.status, refused.code, refused.message) from None

    def _my_cases(self, request: _Request) -> tuple[int, object]:
        return 200, self.applications.cases_of(self._citizen(request).id_number)

    def _case(self, request: _Request) -> tuple[int, object]:
        try:
            return 200, self.applications.case(request.params["case_number"])
        except applications.Refused as refused:
            raise ApiError(refused.status, refused.code, refused.message) from None

    # -- payments: thin routes onto the provider (kiosk_app/sandbox/payments.py) ------------

    def _order_create(self, request: _Request) -> tuple[int, object]:
        created, order = self.payments.create(payments.parse_order_request(request.body))
        return (201 if created else 200), order

    def _order_find(self, request: _Request) -> tuple[int, object]:
        return 200, self.payments.find(payments.parse_idempotency_key(request.query))

    def _order_get(self, request: _Request) -> tuple[int, object]:
        return 200, self.payments.get(request.params["order_id"])

    def _order_close(self, request: _Request) -> tuple[int, object]:
        payments.parse_close(request.body)
        return 200, self.payments.close(request.params["order_id"])

    def _order_refund(self, request: _Request) -> tuple[int, object]:
        reason = payments.parse_refund_reason(request.body)
        return 200, self.payments.refund(request.params["order_id"], reason)

    def _order_pay_code(self, request: _Request) -> tuple[int, object]:
        auth_code = payments.parse_auth_code(request.body)
        return 200, self.payments.pay_code(request.params["order_id"], auth_code)

    def _pay_page(self, request: _Request) -> tuple[int, object]:
        status, page = self.payments.pay_page(request.params["order_id"])
        return status, _Html(page)

    def _payment_defaults(self, request: _Request) -> tuple[int, object]:
        return 200, payments.apply_defaults(self.payments, request.body)

    def _payment_outcome(self, request: _Request) -> tuple[int, object]:
        outcome = payments.parse_outcome(request.body)
        return 200, self.payments.resolve(request.params["order_id"], outcome)


def _parse_json_object(body: bytes | None) -> dict[str, Any]:
    try:
        value = json.loads((body or b"").decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "bad_request", "request body is not valid UTF-8 JSON") from None
    if not isinstance(value, dict):
        raise ApiError(400, "bad_request", "request body must be a JSON object")
    return value


class _Server(QuietServer):
    log = _log
    label = "sandbox"

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[http.server.BaseHTTPRequestHandler],
        platform: SandboxPlatform,
    ) -> None:
        self.platform = platform
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        self._wake_r, self._wake_w = socket.socketpair()
        try:
            super().__init__(address, handler)
        except OSError:  # e.g. the port is taken: do not leak the wake-up pair
            self._wake_r.close()
            self._wake_w.close()
            raise
        self.timeout = 0  # handle_request() only runs once the listening socket is ready

    def serve_until_woken(self) -> None:
        """Serve until wake(): unlike serve_forever, no polling, and stop() is immediate."""
        with selectors.DefaultSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while True:
                ready = {key.fileobj for key, _ in selector.select()}
                if self._wake_r in ready:
                    return
                self.handle_request()

    def wake(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")

    def server_close(self) -> None:
        super().server_close()
        self._wake_r.close()
        self._wake_w.close()

    def track(self, connection: socket.socket, open_: bool) -> None:
        with self._connections_lock:
            if open_:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def close_connections(self) -> None:
        """Unblock keep-alive handlers so stop() leaves no thread reading a dead server."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class _Handler(QuietHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so the client's Session reuses connections
    server_version = "KioskSandbox/1"
    timeout = 30  # idle keep-alive connections are dropped after this
    server: _Server
    _status: int | None = None

    def version_string(self) -> str:
        return self.server_version

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes; without this, Nagle plus delayed ACK adds
        # ~40 ms to every answer.
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection, True)

    def finish(self) -> None:
        self.server.track(self.connection, False)
        super().finish()

    def _read_body(self) -> bytes | None:
        """Read the body within the size limit; None means an answer was already sent."""
        raw_length = self.headers.get("Content-Length")
        if raw_length is None:
            if "Transfer-Encoding" in self.headers:  # an unread chunked body would poison
                self.close_connection = True  # the connection; no platform client sends one
                self._send_json(400, _error_body("bad_request", "send a Content-Length"))
                return None
            return b""
        try:
            length = int(raw_length)
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            self._send_json(400, _error_body("bad_request", "invalid Content-Length"))
            return None
        limit = MAX_BODY_BYTES
        if urlsplit(self.path).path.startswith(applications.PREFIX):
            limit = applications.MAX_APPLICATION_BYTES  # a signed PDF with scanned pages
        if length > limit:
            self.close_connection = True  # the unread body would poison the connection
            self._send_json(413, _error_body("payload_too_large", "request body over 64 KiB"))
            return None
        return self.rfile.read(length)

    def _dispatch(self) -> None:
        body = self._read_body()
        if body is None:
            return
        status, payload = self.server.platform.handle(self.command, self.path, body)
        headers: dict[str, str] = {}
        if status == 405:
            headers["Allow"] = ", ".join(self.server.platform.allowed_methods(self.path))
        if isinstance(payload, _Html):
            headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
            html_body = payload.text.encode("utf-8")
            self.send_body(status, html_body, "text/html; charset=utf-8", headers)
            return
        self._send_json(status, payload, headers)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _dispatch

    def _send_json(
        self, status: int, payload: object, headers: Mapping[str, str] | None = None
    ) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_body(status, data, "application/json; charset=utf-8", headers)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """JSON errors for the parser's own failures too; never echo the request line."""
        self.close_connection = True
        self._send_json(code, _error_body(_status_code_name(code), HTTPStatus(code).phrase))

    def send_response(self, code: int, message: str | None = None) -> None:
        self._status = code
        super().send_response(code, message)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.log_message("")

    def log_error(self, format: str, *args: Any) -> None:
        # Its arguments can hold the raw request line; the status line is logged anyway.
        pass

    def log_message(self, format: str, *args: Any) -> None:
        """Only method, path without query (the verify code lives there) and status, at DEBUG.

        Never the base class's stderr line: bodies, queries and request lines stay out of logs.
        """
        raw_path = getattr(self, "path", "") or ""
        path = urlsplit(raw_path).path or "-"
        _log.debug("%s %s %s", getattr(self, "command", None) or "-", path, self._status or "-")


def main(argv: list[str] | None = None) -> int:
    """Run the sandbox alone, e.g. for a demo: python -m kiosk_app.sandbox.server --port 8765."""
    parser = argparse.ArgumentParser(description="Kiosk sandbox platform (fake citizens only)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    platform = SandboxPlatform(args.host, args.port)
    print(platform.start(), flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        platform.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
