"""The platform check behind remote inspection and the maintenance screen: the platform's
health endpoint, timed, over the kiosk's own route (no proxy). Never raises."""

from __future__ import annotations

import datetime as dt
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

HEALTH_ENDPOINT = "/api/v1/health"


@dataclass(frozen=True)
class NetworkCheck:
    ok: bool
    latency_ms: float | None
    checked_at: str
    error: str = ""


def check_platform(base_url: str, timeout_s: float = 3.0) -> NetworkCheck:
    """GET the platform's health endpoint; never raises. No proxy: the kiosk's own route."""
    started = time.monotonic()
    now = dt.datetime.now().isoformat(timespec="seconds")
    if not base_url:
        return NetworkCheck(False, None, now, "no platform URL")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(base_url.rstrip("/") + HEALTH_ENDPOINT, timeout=timeout_s) as answer:
            body = json.loads(answer.read(64 * 1024) or b"{}")
            ok = answer.status == 200 and isinstance(body, dict) and body.get("status") == "ok"
            error = "" if ok else "unhealthy answer"
    except urllib.error.HTTPError as exc:
        ok, error = False, f"HTTP {exc.code}"
    except (OSError, ValueError) as exc:
        ok, error = False, type(exc).__name__
    latency = (time.monotonic() - started) * 1000
    return NetworkCheck(ok, round(latency, 1) if ok else None, now, error)
