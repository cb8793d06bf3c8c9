"""The sandbox provincial platform: a real HTTP server on loopback with clearly fake citizens.

The kiosk talks to it exactly as to the real platform, so the whole product runs and is tested
with no outside service. Standard library only: it ships inside the kiosk and must start anywhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import hmac
import logging
import secrets
import sys
import threading
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import parse_qs, urlsplit

from devices.identity import id_number_problem
from kiosk_app.sandbox import applications, payments, records, services
from kiosk_app.sandbox.desk import CitizenDesk
from kiosk_app.sandbox.faults import Fault, FaultInjection
from kiosk_app.sandbox.payments import PaymentError, PaymentProvider
from kiosk_app.sandbox.protocol import (
    ApiError,
    Html,
    Request,
    Route,
    error_body,
    parse_json_object,
    status_code_name,
)
from kiosk_app.sandbox.transport import PlatformHandler, PlatformServer

_log = logging.getLogger(__name__)

API_PREFIX = "/api/"
DOCUMENT_PREFIX = "WFZM"
EXTRACT_PREFIX = "BDCCX"
ORDERS = "/api/v1/payments/orders"


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


def _local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class SandboxPlatform(CitizenDesk, FaultInjection):
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
        self._fault = Fault()
        self._issued: dict[str, str] = {}  # document number -> issued_at
        self._next_document: dict[str, int] = {}  # per prefix
        # order id -> (document number, issued, citizen digest): one paid order, one extract
        self._extracts: dict[str, tuple[str, dt.datetime, str]] = {}
        self._server: PlatformServer | None = None
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
        server = PlatformServer((self._host, self._port), PlatformHandler, self)
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

    # -- request handling (called on handler threads) --------------------------------------

    def handle(self, method: str, raw_path: str, body: bytes | None) -> tuple[int, object]:
        """Answer one request: (status, JSON payload). Never raises."""
        try:
            return self._handle(method, raw_path, body)
        except ApiError as exc:
            return exc.status, error_body(exc.code, exc.message)
        except PaymentError as exc:
            return exc.status, exc.body()
        except Exception as exc:  # a bug must answer 500, not kill the connection
            # Only the type: an exception message may carry citizen data (e.g. KeyError(id)).
            _log.error("sandbox handler failed: %s", type(exc).__name__)
            return 500, error_body("internal_error", "the sandbox platform failed")

    def _handle(self, method: str, raw_path: str, body: bytes | None) -> tuple[int, object]:
        split = urlsplit(raw_path)
        path = split.path
        if path.startswith(API_PREFIX):
            delay_s, status = self._take_fault()
            if delay_s > 0:
                self._stopping.wait(delay_s)
            if status is not None:
                raise ApiError(status, status_code_name(status), "injected sandbox fault")
        matches = [(r, m) for r in ROUTES if (m := r.pattern.match(path))]
        if not matches:
            # Its own code, so a client can tell a wrong URL from "no record for this citizen".
            raise ApiError(404, "unknown_route", "no such route")
        for route, match in matches:
            if route.method == method or (method == "HEAD" and route.method == "GET"):
                parsed: dict[str, Any] = {}
                if route.method == "POST":
                    parsed = parse_json_object(body)
                request = Request(method, path, match.groupdict(), parse_qs(split.query), parsed)
                handler = cast(
                    Callable[[Request], tuple[int, object]], getattr(self, route.handler)
                )
                return handler(request)
        raise ApiError(405, "method_not_allowed", "method not allowed on this route")

    def allowed_methods(self, raw_path: str) -> list[str]:
        path = urlsplit(raw_path).path
        return sorted({r.method for r in ROUTES if r.pattern.match(path)})

    def _now(self) -> dt.datetime:
        return self._clock()

    def _citizen(self, request: Request) -> records.CitizenRecord:
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

    def _health(self, request: Request) -> tuple[int, object]:
        return 200, {"status": "ok", "time": self._now().isoformat(timespec="seconds")}

    def _social_insurance(self, request: Request) -> tuple[int, object]:
        answer = records.social_insurance_answer(self._citizen(request), self._now().date())
        if answer is None:
            raise ApiError(404, "not_found", "no social-insurance record")
        return 200, answer

    def _provident_fund(self, request: Request) -> tuple[int, object]:
        answer = records.provident_fund_answer(self._citizen(request), self._now().date())
        if answer is None:
            raise ApiError(404, "not_found", "no provident-fund account")
        return 200, answer

    def _no_housing_proof(self, request: Request) -> tuple[int, object]:
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

    def _register_extract(self, request: Request) -> tuple[int, object]:
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

    def _service(self, request: Request) -> tuple[int, object]:
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

    def _verify(self, request: Request) -> tuple[int, object]:
        number = request.params["document_number"]
        code = (request.query.get("c") or [""])[0]
        with self._lock:
            issued_at = self._issued.get(number)
        if issued_at is None or not hmac.compare_digest(code, self.verify_code(number)):
            return 404, {"valid": False}
        return 200, {"valid": True, "document_number": number, "issued_at": issued_at}

    # -- applications: thin routes onto the desk (kiosk_app/sandbox/applications.py) -------

    def _application(self, request: Request) -> tuple[int, object]:
        record = self._citizen(request)
        kind = request.path.removeprefix(applications.PREFIX)
        try:
            return 200, self.applications.submit(kind, record.id_number, request.body)
        except applications.Refused as refused:
            raise ApiError(refused.status, refused.code, refused.message) from None

    def _my_cases(self, request: Request) -> tuple[int, object]:
        return 200, self.applications.cases_of(self._citizen(request).id_number)

    def _case(self, request: Request) -> tuple[int, object]:
        try:
            return 200, self.applications.case(request.params["case_number"])
        except applications.Refused as refused:
            raise ApiError(refused.status, refused.code, refused.message) from None

    # -- payments: thin routes onto the provider (kiosk_app/sandbox/payments.py) ------------

    def _order_create(self, request: Request) -> tuple[int, object]:
        created, order = self.payments.create(payments.parse_order_request(request.body))
        return (201 if created else 200), order

    def _order_find(self, request: Request) -> tuple[int, object]:
        return 200, self.payments.find(payments.parse_idempotency_key(request.query))

    def _order_get(self, request: Request) -> tuple[int, object]:
        return 200, self.payments.get(request.params["order_id"])

    def _order_close(self, request: Request) -> tuple[int, object]:
        payments.parse_close(request.body)
        return 200, self.payments.close(request.params["order_id"])

    def _order_refund(self, request: Request) -> tuple[int, object]:
        reason = payments.parse_refund_reason(request.body)
        return 200, self.payments.refund(request.params["order_id"], reason)

    def _order_pay_code(self, request: Request) -> tuple[int, object]:
        auth_code = payments.parse_auth_code(request.body)
        return 200, self.payments.pay_code(request.params["order_id"], auth_code)

    def _pay_page(self, request: Request) -> tuple[int, object]:
        status, page = self.payments.pay_page(request.params["order_id"])
        return status, Html(page)

    def _payment_defaults(self, request: Request) -> tuple[int, object]:
        return 200, payments.apply_defaults(self.payments, request.body)

    def _payment_outcome(self, request: Request) -> tuple[int, object]:
        outcome = payments.parse_outcome(request.body)
        return 200, self.payments.resolve(request.params["order_id"], outcome)


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
