"""Blocking work off the GUI thread, results back on it (after Anki's QueryOp)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    call = Signal(object)


class BackgroundWork:
    """Runs callables on a small thread pool; `done(result, error)` runs on the GUI thread.

    Never touch widgets from the work itself: only from `done`.
    """

    def __init__(self, workers: int = 4) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kiosk-work")
        self._relay = _Relay()
        self._relay.call.connect(self._run_here, Qt.ConnectionType.QueuedConnection)
        self.pending = 0
        self.closed = False

    def _run_here(self, function: Callable[[], None]) -> None:
        if not self.closed:  # after shutdown nothing may reach the (closed) store or screens
            function()

    def on_gui(self, function: Callable[[], None]) -> None:
        """Queue a call onto the GUI thread from any thread (device callbacks)."""
        self._relay.call.emit(function)

    def run(
        self, work: Callable[[], Any], done: Callable[[Any, BaseException | None], None]
    ) -> Future[Any] | None:
        if self.closed:
            return None  # shutting down: nothing new starts
        self.pending += 1

        def finished(future: Future[Any]) -> None:
            error = future.exception()
            result = None if error is not None else future.result()
            if error is not None:
                log.info("background work failed: %s", type(error).__name__)

            def deliver() -> None:
                self.pending -= 1
                done(result, error)

            self.on_gui(deliver)

        future = self._pool.submit(work)
        future.add_done_callback(finished)
        return future

    def shutdown(self) -> None:
        self.closed = True
        self._pool.shutdown(wait=False, cancel_futures=True)
