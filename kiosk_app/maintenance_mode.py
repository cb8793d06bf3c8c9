"""Maintenance mode: the hidden gesture, the operator login with its forced password change,
the maintenance screen's actions, and the rule that no citizen session starts meanwhile.

States: closed (citizens served) -> login -> open (the operator at the screen) <-> away (the
operator works on the cabinet; citizens see "设备维护中") -> closed. Every slow or blocking
call (password hash, devices, network, backup, report) runs on BackgroundWork."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from flows.catalogue import Catalogue
from kiosk_app import maintenance as records
from kiosk_app.hours import ServiceHours
from kiosk_app.staff import Login, LoginResult

if TYPE_CHECKING:
    from kiosk_app.controller import KioskController
    from kiosk_app.maintenance_pages import MaintenancePages

log = logging.getLogger(__name__)
Done = Callable[[object, BaseException | None], None]


class MaintenanceMode(QObject):
    def __init__(self, controller: KioskController, platform_url: str) -> None:
        super().__init__(controller)
        self.c = controller
        self.store = controller.store
        self.settings = controller.config.maintenance
        self.operators = records.Operators(controller.staff)
        self.base_catalogue: Catalogue = controller.catalogue
        self.state = "closed"
        self._from_away = False
        self.staff_no = ""
        self._old_password = ""  # only between a MUST_CHANGE login and the new password
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._idle_expired)
        self.idle_ms = self.settings.idle_minutes * 60_000
        self.apply_catalogue()
        hours = records.hours_override(self.store)  # hours set on the maintenance screen
        if hours is not None:
            controller.hours = ServiceHours(hours)
        self._platform_url = platform_url
        self._pages: MaintenancePages | None = None
        w = controller.window
        w.operator_gesture.connect(self.gesture)
        w.operator_login.login.connect(self.login)
        w.operator_login.change.connect(self.change_password)
        w.operator_login.cancelled.connect(self.cancel_login)
        w.maintenance.action.connect(self.act)
        w.under_maintenance.phone = controller.config.site.phone
        w.under_maintenance.retranslate()

    @property
    def pages(self) -> MaintenancePages:
        """Built when an operator first needs it: its modules are not needed to serve citizens
        and cost ~0.1 s of start-up."""
        if self._pages is None:
            from kiosk_app.maintenance_pages import MaintenancePages

            self._pages = MaintenancePages(self, self._platform_url)
        return self._pages

    @property
    def active(self) -> bool:
        """While true, no citizen session may start."""
        return self.state != "closed"

    def apply_catalogue(self) -> None:
        overrides = records.lifecycle_overrides(self.store)
        self.c.catalogue = records.apply_overrides(self.base_catalogue, overrides)

    # -- getting in -----------------------------------------------------------------------------

    def gesture(self) -> None:
        """Honoured only when no citizen is being served (and no volunteer is assisting)."""
        c = self.c
        if self.state in ("login", "open"):
            return
        if c.session is not None or c.assisted_by:
            self.store.log_event("maint_gesture_ignored", "session running")
            return
        self.store.log_event("maint_gesture")
        self._from_away = self.state == "away"  # back there if this login is abandoned
        self.state = "login"
        c._stop_idle()
        c.goodbye.stop()
        self._show(c.window.operator_login, reset=True)

    def _show(self, screen: object, reset: bool = False) -> None:
        w = self.c.window
        if reset:
            w.operator_login.reset()
        w.hide_countdown()
        w.stack.setCurrentWidget(screen)  # type: ignore[arg-type]
        w.screen_changed.emit()
        self.idle.start(self.idle_ms)

    def citizen_blocked(self) -> None:
        """Something tried to start or show citizen screens during maintenance."""
        if self.state == "away":
            self._show_away()

    def _show_away(self) -> None:
        w = self.c.window
        w.hide_countdown()
        w.stack.setCurrentWidget(w.under_maintenance)
        w.screen_changed.emit()

    def login(self, staff_no: str, password: str) -> None:
        self.idle.start(self.idle_ms)
        self.c.work.run(lambda: self.operators.login(staff_no, password), self._checked(password))

    def _checked(self, password: str) -> Done:
        def done(login: object, error: BaseException | None) -> None:
            screen = self.c.window.operator_login
            if self.state != "login":
                return
            if error is not None or not isinstance(login, Login):
                screen.reset("wrong")
            elif login.result is LoginResult.OK:
                self._open(login.staff_no)
            elif login.result is LoginResult.MUST_CHANGE:
                self.staff_no = login.staff_no
                self._old_password = password
                screen.reset(mode="change")
            else:
                screen.reset(login.result.value)

        return done

    def change_password(self, new: str, _again: str) -> None:
        staff_no, old = self.staff_no, self._old_password
        if not staff_no or not old:
            self.c.window.operator_login.reset()
            return

        def done(problem: object, error: BaseException | None) -> None:
            if self.state != "login":
                return
            if error is not None:
                self.c.window.operator_login.reset("too_short", mode="change")
            elif isinstance(problem, str):
                self.c.window.operator_login.reset(problem, mode="change")
            else:
                self._old_password = ""
                self._open(staff_no)

        self.c.work.run(lambda: self.operators.change_password(staff_no, old, new), done)

    def _open(self, staff_no: str) -> None:
        self.state = "open"
        self.staff_no = staff_no
        self._old_password = ""
        records.audit(self.store, staff_no, "opened")
        self.c.window.operator_login.reset()  # nothing typed stays behind
        self.c.window.maintenance.staff_no = staff_no
        self.c.window.maintenance.retranslate()
        self.pages.show_page("health")
        self._show(self.c.window.maintenance)

    def close(self, reason: str = "finished") -> None:
        if self.state in ("open", "away"):
            records.audit(self.store, self.staff_no, "closed", reason)
        self.state = "closed"
        self.staff_no = ""
        self._old_password = ""
        self.idle.stop()
        self.pages.frame = None
        self.c.window.operator_login.reset()
        self.c.show_attract()

    def cancel_login(self) -> None:
        """Cancel (or the login left idle): maintenance that was open stays open, behind
        "设备维护中"; otherwise citizens are served again."""
        if self.state != "login":
            return
        self.c.window.operator_login.reset()
        self._old_password = ""
        if self._from_away:
            self.state = "away"
            self.idle.stop()
            self._show_away()
        else:
            self.close("cancelled")

    def _idle_expired(self) -> None:
        if self.state == "login":
            self.cancel_login()
        elif self.state == "open":
            self.close("idle")

    # -- the maintenance screen -----------------------------------------------------------------

    def act(self, action: str, value: object) -> None:
        if self.state != "open":
            return
        self.idle.start(self.idle_ms)
        text = value if isinstance(value, str) else ""
        target = self if action in ("page", "finish", "away") else self.pages
        handler = getattr(target, f"_do_{action}", None)
        if handler is None:
            log.warning("unknown maintenance action %s", action)
            return
        handler(text)

    def _do_page(self, page: str) -> None:
        self.pages.show_page(page)

    def _do_finish(self, _value: str) -> None:
        self.close()

    def _do_away(self, _value: str) -> None:
        self.state = "away"
        self.idle.stop()
        records.audit(self.store, self.staff_no, "away")
        self._show_away()
