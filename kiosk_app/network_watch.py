"""The kiosk checks its own network, unattended (std 8.2, Appendix A network faults): shortly
after start and then every five minutes, on a worker, the same check the maintenance screen
runs by hand (kiosk_app/maintenance_checks.py: name resolution, then repeated health
requests). Link down and IP/DNS failure open severe faults, latency and packet loss minor ones;
a clean check resolves them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from kiosk_app.config import Maintenance
from kiosk_app.store import Store
from kiosk_app.work import BackgroundWork

log = logging.getLogger(__name__)
FIRST_CHECK_MS = 30_000  # not during start-up
EVERY_MS = 300_000
PROBES = 5


class NetworkWatch(QObject):
    def __init__(self, url: str, settings: Maintenance, store: Store, work: BackgroundWork) -> None:
        super().__init__()
        self.url = url
        self.settings = settings
        self.store = store
        self.work = work
        self._running = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.timer.start(FIRST_CHECK_MS)

    def check(self) -> None:
        """Run one check now (off the GUI thread); the next follows in five minutes."""
        self.timer.start(EVERY_MS)
        if self._running:
            return
        self._running = True
        url, settings = self.url, self.settings

        def measure() -> object:
            from kiosk_app.maintenance_checks import measure_network  # not at start-up

            return measure_network(url, settings, probes=PROBES, timeout_s=2.0)

        self.work.run(measure, self._measured)

    def _measured(self, report: object, error: BaseException | None) -> None:
        self._running = False
        if error is not None:
            log.warning("network check failed: %s", type(error).__name__)
            return
        from kiosk_app.maintenance_checks import record_network
        from ui.screens.maintenance.models import NetworkReport

        if isinstance(report, NetworkReport):
            record_network(self.store, report, "auto")
            if report.faults:
                log.warning("network: %s", " ".join(report.faults))

    def stop(self) -> None:
        self.timer.stop()
