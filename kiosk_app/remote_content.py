"""What the remote endpoint serves: the Prometheus metrics text and the std 8.2 inspection
JSON, read from the store (thread-safe) and a `LiveProvider` snapshot of the running kiosk.
No citizen data: device states, counts, fault classes and times only."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from devices.interfaces import Device
from devices.status import DeviceState, MediaState
from kiosk_app import remote_upkeep as upkeep
from kiosk_app.backup import latest_backup
from kiosk_app.backup_archive import app_version
from kiosk_app.config import Config
from kiosk_app.remote_network import NetworkCheck, check_platform
from kiosk_app.reports_model import Records

log = logging.getLogger("kiosk_app.remote")

HELP_PENDING_S = 900  # a call for help is pending until a volunteer logs in, or 15 minutes pass
FINAL_PAYMENT_STATES = ("delivered", "refunded", "closed", "declined")


@dataclass(frozen=True)
class DeviceSnapshot:
    device: str
    state: str
    media: str
    usable: bool


@dataclass(frozen=True)
class LiveState:
    """What only the running kiosk knows, as a snapshot."""

    devices: Sequence[DeviceSnapshot]
    session_open: bool
    assisted: bool = False
    maintenance: str = "closed"  # MaintenanceMode.state: closed, login, open or away


LiveProvider = Callable[[], LiveState]


def device_snapshots(devices: Mapping[Any, Device]) -> tuple[DeviceSnapshot, ...]:
    """Each device's last reported status; reading it is safe from any thread."""
    snapshots = []
    for name, device in devices.items():
        status = device.status
        snapshots.append(
            DeviceSnapshot(str(name), status.state.value, status.media.value, status.usable)
        )
    return tuple(snapshots)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


class _Metrics:
    """Prometheus text exposition format 0.0.4; each family's samples come out together."""

    def __init__(self) -> None:
        self.families: dict[str, list[str]] = {}

    def family(self, name: str, kind: str, help_: str) -> None:
        self.families[name] = [f"# HELP {name} {help_}", f"# TYPE {name} {kind}"]

    def sample(self, name: str, value: float, **labels: str) -> None:
        text = ",".join(f'{k}="{_escape(v)}"' for k, v in labels.items())
        number = repr(float(value)) if isinstance(value, float) else str(value)
        self.families[name].append(f"{name}{{{text}}} {number}" if text else f"{name} {number}")

    def text(self) -> str:
        return "".join(line + "\n" for lines in self.families.values() for line in lines)


def _epoch(iso: str | None) -> float | None:
    return dt.datetime.fromisoformat(iso).timestamp() if iso else None


class Inspector:
    """Reads what /metrics and /inspection answer; the HTTP side is `remote.RemoteServer`."""

    def __init__(
        self,
        config: Config,
        store: Records,
        live: LiveProvider,
        platform_url: str = "",
        now: Callable[[], dt.datetime] = dt.datetime.now,
        network_check: Callable[[], NetworkCheck] | None = None,
    ) -> None:
        self.config = config
        self.settings = config.remote
        self.store = store
        self.live = live
        self.now = now
        self.version = app_version()
        self.started = time.monotonic()
        self.started_at = now()
        self._check = network_check or (lambda: check_platform(platform_url))
        self._network: NetworkCheck | None = None
        self._network_at = 0.0
        self._network_lock = threading.Lock()

    # -- what is served ----------------------------------------------------------------------

    def network(self) -> NetworkCheck:
        """The platform check, reused for `platform_check_s` so scrapes do not hammer it."""
        with self._network_lock:
            fresh = time.monotonic() - self._network_at < self.settings.platform_check_s
            if self._network is None or not fresh:
                self._network = self._check()
                self._network_at = time.monotonic()
            return self._network

    def _q(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return self.store.query(sql, *args)

    def _help_pending(self, now: dt.datetime) -> tuple[int, str | None]:
        since = (now - dt.timedelta(seconds=HELP_PENDING_S)).isoformat(timespec="seconds")
        [(pending, last)] = self._q(
            "SELECT COUNT(*), MAX(at) FROM events WHERE kind = 'help_requested' AND at >= ?"
            " AND id > COALESCE((SELECT MAX(id) FROM events WHERE kind = 'assist_started'), 0)",
            since,
        )
        return int(pending), last

    def metrics_text(self) -> str:
        m = _Metrics()
        now = self.now()
        live = self.live()
        site = self.config.site
        m.family("kiosk_up", "gauge", "1 while the kiosk application answers")
        m.sample("kiosk_up", 1)
        m.family("kiosk_info", "gauge", "the kiosk's identity and version")
        m.sample("kiosk_info", 1, kiosk_id=site.kiosk_id, site=site.name, version=self.version)
        m.family("kiosk_uptime_seconds", "gauge", "seconds since the kiosk started")
        m.sample("kiosk_uptime_seconds", round(time.monotonic() - self.started, 3))
        m.family("kiosk_training_mode", "gauge", "1 in training mode (nothing is a real service)")
        m.sample("kiosk_training_mode", int(self.config.training))
        m.family("kiosk_session_open", "gauge", "1 while a citizen's session is open")
        m.sample("kiosk_session_open", int(live.session_open))
        m.family("kiosk_assisted", "gauge", "1 while a volunteer assists (帮办代办)")
        m.sample("kiosk_assisted", int(live.assisted))
        m.family("kiosk_maintenance_open", "gauge", "1 while maintenance is open (设备维护中)")
        m.sample("kiosk_maintenance_open", int(live.maintenance in upkeep.MAINTENANCE_OPEN))
        m.family("kiosk_device_state", "gauge", "1 for each device's current state")
        for d in live.devices:
            for state in DeviceState:
                m.sample("kiosk_device_state", int(d.state == state), device=d.device, state=state)
        m.family("kiosk_device_media", "gauge", "1 for each device's current media state")
        for d in live.devices:
            for media in MediaState:
                m.sample("kiosk_device_media", int(d.media == media), device=d.device, media=media)
        m.family("kiosk_device_usable", "gauge", "1 when the device can serve a citizen")
        for d in live.devices:
            m.sample("kiosk_device_usable", int(d.usable), device=d.device)
        network = self.network()
        m.family("kiosk_platform_up", "gauge", "1 when the platform's health check answers ok")
        m.sample("kiosk_platform_up", int(network.ok))
        if network.latency_ms is not None:
            m.family("kiosk_platform_latency_seconds", "gauge", "health check round trip")
            m.sample("kiosk_platform_latency_seconds", network.latency_ms / 1000)
        try:
            self._store_metrics(m, now)
            store_up = 1
        except sqlite3.Error as error:
            log.warning("remote: the store cannot be read: %s", type(error).__name__)
            store_up = 0
        m.family("kiosk_store_up", "gauge", "1 when the kiosk's records could be read")
        m.sample("kiosk_store_up", store_up)
        return m.text()

    def _store_metrics(self, m: _Metrics, now: dt.datetime) -> None:
        q = self._q
        m.family("kiosk_transactions_total", "counter", "finished transactions (办件)")
        for item, trial, outcome, n in q(
            "SELECT item_id, trial, outcome, COUNT(*) FROM transactions"
            " WHERE ended_at IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
        ):
            trial_ = "true" if trial else "false"
            m.sample("kiosk_transactions_total", n, item=item, trial=trial_, outcome=outcome)
        [(last,)] = q("SELECT MAX(started_at) FROM transactions")
        if last:
            m.family("kiosk_last_transaction_timestamp_seconds", "gauge", "last one started")
            m.sample("kiosk_last_transaction_timestamp_seconds", _epoch(last) or 0.0)
        printed = dict(q("SELECT printed, COUNT(*) FROM transactions GROUP BY 1"))
        m.family("kiosk_printed_total", "counter", "results printed, by medium (耗材)")
        for medium in ("receipt", "a4"):
            m.sample("kiosk_printed_total", printed.get(medium, 0), medium=medium)
        open_faults = q(
            "SELECT source, category, code, severity, at FROM faults WHERE resolved_at IS NULL"
        )
        m.family("kiosk_faults_open", "gauge", "open faults by Appendix A severity")
        for severity in ("minor", "severe"):
            count = sum(1 for f in open_faults if f[3] == severity)
            m.sample("kiosk_faults_open", count, severity=severity)
        m.family("kiosk_fault_open", "gauge", "one per open fault, with its Appendix A class")
        for source, category, code, severity, _at in open_faults:
            labels = {"device": source, "category": category, "code": code, "severity": severity}
            m.sample("kiosk_fault_open", 1, **labels)
        m.family("kiosk_faults_total", "counter", "faults opened, by Appendix A class")
        for category, code, severity, n in q(
            "SELECT category, code, severity, COUNT(*) FROM faults GROUP BY 1, 2, 3 ORDER BY 1, 2"
        ):
            m.sample("kiosk_faults_total", n, category=category, code=code, severity=severity)
        levels = dict(q("SELECT level, COUNT(*) FROM ratings GROUP BY 1"))
        m.family("kiosk_ratings_total", "counter", "好差评 ratings by level (none: skipped)")
        for level in ("1", "2", "3", "4", "5", "none"):
            key = None if level == "none" else int(level)
            m.sample("kiosk_ratings_total", levels.get(key, 0), level=level)
        iso_now = now.isoformat(timespec="seconds")
        [(open_, overdue)] = q(
            "SELECT COUNT(*), COALESCE(SUM(due_at < ?), 0) FROM followups WHERE closed_at IS NULL",
            iso_now,
        )
        m.family("kiosk_followups_open", "gauge", "差评 follow-ups not yet closed")
        m.sample("kiosk_followups_open", open_)
        m.family("kiosk_followups_overdue", "gauge", "open 差评 follow-ups past their due date")
        m.sample("kiosk_followups_overdue", overdue)
        [(helps,)] = q("SELECT COUNT(*) FROM events WHERE kind = 'help_requested'")
        m.family("kiosk_help_requests_total", "counter", "calls for help (帮办)")
        m.sample("kiosk_help_requests_total", helps)
        pending, _last = self._help_pending(now)
        m.family("kiosk_help_requests_pending", "gauge", "calls for help no volunteer answered")
        m.sample("kiosk_help_requests_pending", pending)
        paid = {
            s: (n, fen)
            for s, n, fen in q("SELECT state, COUNT(*), SUM(amount_fen) FROM payments GROUP BY 1")
        }
        m.family("kiosk_payments_total", "counter", "settled payment orders by final state")
        m.family("kiosk_payments_fen_total", "counter", "amount of settled orders, in fen (分)")
        for state in FINAL_PAYMENT_STATES:
            n, fen = paid.get(state, (0, 0))
            m.sample("kiosk_payments_total", n, state=state)
            m.sample("kiosk_payments_fen_total", fen, state=state)
        m.family("kiosk_payments_open", "gauge", "payment orders not yet settled")
        m.sample(
            "kiosk_payments_open",
            sum(n for s, (n, _f) in paid.items() if s not in FINAL_PAYMENT_STATES),
        )
        m.family("kiosk_consumable_level_ratio", "gauge", "estimated left since the last refill")
        m.family("kiosk_consumable_low", "gauge", "1 when a consumable is at or below low_percent")
        for c in upkeep.consumable_levels(self.store, self.config.maintenance):
            name = str(c["consumable"])
            m.sample("kiosk_consumable_level_ratio", c["percent"] / 100, consumable=name)
            m.sample("kiosk_consumable_low", int(c["low"]), consumable=name)
        inspected = q("SELECT kind, MAX(at) FROM inspections GROUP BY 1 ORDER BY 1")
        if inspected:
            m.family("kiosk_inspection_last_timestamp_seconds", "gauge", "last 巡检, by kind")
        for kind, at in inspected:
            m.sample("kiosk_inspection_last_timestamp_seconds", _epoch(at) or 0.0, kind=kind)
        last_backup = self._last_backup()
        if last_backup is not None:
            m.family("kiosk_last_backup_timestamp_seconds", "gauge", "newest backup (std 9.5)")
            m.sample("kiosk_last_backup_timestamp_seconds", last_backup.timestamp())

    def _last_backup(self) -> dt.datetime | None:
        folder = self.config.backup.path(self.config.store.path())
        found = latest_backup(folder)
        return found[1] if found else None

    def inspection(self) -> dict[str, Any]:
        """Std 8.2 remote inspection: devices and media, faults, activity, network, backlog."""
        now = self.now()
        live = self.live()
        q = self._q
        today = dt.datetime.combine(now.date(), dt.time()).isoformat(timespec="seconds")
        faults = upkeep.open_faults(self.store)
        outcomes = dict(
            q(
                "SELECT COALESCE(outcome, 'open'), COUNT(*) FROM transactions"
                " WHERE started_at >= ? GROUP BY 1",
                today,
            )
        )
        printed = dict(
            q("SELECT printed, COUNT(*) FROM transactions WHERE started_at >= ? GROUP BY 1", today)
        )
        levels = dict(
            q("SELECT level, COUNT(*) FROM ratings WHERE created_at >= ? GROUP BY 1", today)
        )
        [(helps_today,)] = q(
            "SELECT COUNT(*) FROM events WHERE kind = 'help_requested' AND at >= ?", today
        )
        [(last_started, last_ended)] = q("SELECT MAX(started_at), MAX(ended_at) FROM transactions")
        iso_now = now.isoformat(timespec="seconds")
        [(open_, overdue, oldest)] = q(
            "SELECT COUNT(*), COALESCE(SUM(due_at < ?), 0), MIN(due_at) FROM followups"
            " WHERE closed_at IS NULL",
            iso_now,
        )
        pending, last_help = self._help_pending(now)
        network = self.network()
        last_backup = self._last_backup()
        media_ok = all(d.media not in ("out", "jammed") for d in live.devices)
        consumables = upkeep.consumable_levels(self.store, self.config.maintenance)
        inspections = upkeep.last_inspections(self.store, now)
        maintenance = upkeep.maintenance_status(self.store, live.maintenance)
        return {
            "kiosk_id": self.config.site.kiosk_id,
            "site": self.config.site.name,
            "version": self.version,
            "training": self.config.training,
            "time": iso_now,
            "started_at": self.started_at.isoformat(timespec="seconds"),
            "uptime_s": round(time.monotonic() - self.started),
            "session_open": live.session_open,
            "assisted": live.assisted,
            "maintenance": maintenance,
            "checks": {  # std 8.2 b) devices, c) consumables, e) network
                "devices_ok": all(d.usable for d in live.devices),
                "consumables_ok": media_ok,
                "network_ok": network.ok,
                "faults_open": len(faults),
                "maintenance_open": maintenance["open"],
                "consumables_low": [c["consumable"] for c in consumables if c["low"]],
                "daily_inspection_due": inspections["daily"]["due"],
            },
            "devices": [asdict(d) for d in live.devices],
            "faults_open": faults,
            "inspections": inspections,
            "consumables": consumables,
            "last_transaction": {"started_at": last_started, "ended_at": last_ended},
            "today": {
                "transactions": sum(outcomes.values()),
                "by_outcome": outcomes,
                "printed": {"receipt": printed.get("receipt", 0), "a4": printed.get("a4", 0)},
                "ratings": {
                    ("none" if k is None else str(k)): v
                    for k, v in sorted(
                        levels.items(), key=lambda kv: -1 if kv[0] is None else kv[0]
                    )
                },
                "help_requests": helps_today,
            },
            "network": {"platform": asdict(network)},
            "followups": {"open": open_, "overdue": overdue, "oldest_due_at": oldest},
            "help_requests": {"pending": pending, "last_at": last_help},
            "backup": {
                "last_at": last_backup.isoformat(timespec="seconds") if last_backup else None,
                "interval_days": self.config.backup.interval_days,
            },
        }
