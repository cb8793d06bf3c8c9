"""Wires the screens to the flow engine, the devices and the platform, and owns the session
lifecycle: every way a session ends (finish, cancel, card removed, timeout, error) goes through
`end_session`, which drops the citizen's data and resets the screens."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from devices.interfaces import Receipt
from devices.simulated.devices import SimulatedCardReader
from devices.simulated.training_cards import TRAINING_CARDS, TRAINING_STAFF_CARD, training_card
from devices.status import DeviceClass, DeviceError, DeviceStatus
from flows.capture import Application
from flows.catalogue import Catalogue
from flows.context import Certificate, FlowContext
from flows.engine import FlowEngine
from flows.steps import OTHER_REASON
from flows.views import FaceCapture, Finished, Notice, Payment, View, Working
from kiosk_app.config import Config
from kiosk_app.device_set import DeviceSet
from kiosk_app.hours import ServiceHours
from kiosk_app.payments import PaymentService, Settlement, refund_receipt
from kiosk_app.platform_client import PlatformClient
from kiosk_app.session import Session, new_transaction_id
from kiosk_app.staff import Login, LoginResult, Role, StaffRegistry
from kiosk_app.staff_cards import StaffCardAwareReader, StaffCards
from kiosk_app.store import Store
from kiosk_app.voice import Voice
from kiosk_app.work import BackgroundWork
from ui.components.footer import SiteInfo
from ui.keypad_navigation import describe
from ui.window import KioskWindow

if TYPE_CHECKING:  # imported when the first backup is due, not at start-up
    from kiosk_app.backup import Backups
    from kiosk_app.maintenance_mode import MaintenanceMode

log = logging.getLogger(__name__)

COMPLAINT_ITEM = "complaint"
FOLLOWUP_DAYS = 15  # a 差评 is answered within this many days (the operator screen shows it)


def _render_application(application: Application) -> bytes:
    """Imported when a citizen first signs an application, not at start-up."""
    from kiosk_app.application_pdf import render_application

    return render_application(application)


class KioskController(QObject):
    def __init__(
        self,
        config: Config,
        catalogue: Catalogue,
        devices: DeviceSet,
        platform: PlatformClient,
        store: Store,
        window: KioskWindow,
        work: BackgroundWork,
        render_certificate: Callable[[Certificate], bytes],
        payments: PaymentService,
        staff: StaffRegistry,
        voice: Voice,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__()
        self.config = config
        self.catalogue = catalogue
        self.devices = devices
        self.platform = platform
        self.store = store
        self.window = window
        self.work = work
        self.render_certificate = render_certificate
        self.payments = payments
        self.staff = staff
        self.staff_cards = StaffCards(staff)
        self._card_login_running = False
        self.voice = voice
        self.assisted_by = ""  # a volunteer's staff number while assisted service runs
        self.backups: Backups | None = None
        self.maintenance: MaintenanceMode | None = None  # set by app.py (issue 5)
        self.on_training_pay: Callable[[str], None] = lambda order_id: None
        self.now = now
        self.second_ms = 1000  # tests make time run faster; nothing else changes it
        self.hours = ServiceHours(config.hours)
        self.session: Session | None = None
        self.language: str = config.ui.default_language
        self.elderly = False
        self.high_contrast = False  # WCAG 1.4.6: 7:1 everywhere
        self.wheelchair = False  # every control in the lower part of the screen (ADA 707)
        self.on_language: Callable[[str], None] = lambda language: None
        self.on_theme: Callable[[bool], None] = lambda elderly: None
        self.item_guard: Callable[[str], bool] = lambda item_id: True  # pages as signed?
        self.blocked_items: Callable[[], set[str]] = set  # pages tampered with (manifest.py)

        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._idle_expired)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._countdown_tick)
        self.remaining = 0
        self.goodbye = QTimer(self)
        self.goodbye.setSingleShot(True)
        self.goodbye.timeout.connect(self.show_attract)
        self.device_poll = QTimer(self)
        self.device_poll.setInterval(int(config.devices.poll_s * 1000))
        self.device_poll.timeout.connect(self.poll_devices)
        self._polling: set[DeviceClass] = set()
        self.preview = QTimer(self)
        self.preview.setInterval(100)  # 10 frames a second is enough to see oneself
        self.preview.timeout.connect(self._show_preview)
        self.reconcile = QTimer(self)
        self.reconcile.setInterval(300_000)  # open orders are settled every five minutes
        self.reconcile.timeout.connect(self.settle_payments)
        self.daily = QTimer(self)
        self.daily.setInterval(86_400_000)  # backups at least every two weeks (std 9.5)
        self.daily.timeout.connect(self.backup_if_due)
        self.first_backup = QTimer(self)
        self.first_backup.setSingleShot(True)
        self.first_backup.timeout.connect(self.backup_if_due)
        self.outbox = QTimer(self)
        self.outbox.setInterval(60_000)
        self.outbox.timeout.connect(self.send_unsent_ratings)
        self.hours_check = QTimer(self)
        self.hours_check.setInterval(30_000)
        self.hours_check.timeout.connect(self._check_hours)

        w = window
        w.attract.touched.connect(self.attract_touched)
        w.attract.elderly_chosen.connect(self.elderly_from_attract)
        w.item_chosen.connect(self.choose_item)
        w.flow_action.connect(self.flow_action)
        w.training_card.connect(self.insert_training_card)
        w.training_pay.connect(self.training_pay)
        w.message.dismissed.connect(self.message_dismissed)
        w.message.staff_login.connect(self.show_staff_login)
        w.staff_login.login.connect(self.staff_login)
        w.staff_login.cancelled.connect(self.show_home)
        w.staff_login.training_card.connect(self.insert_training_staff_card)
        w.end_assist.connect(self.end_assist)
        w.screen_changed.connect(self._screen_changed)
        nav = w.navigation
        nav.announce.connect(lambda text: self.voice.say(text, remember=False))
        nav.escape.connect(self.escape_key)
        nav.back.connect(self.back_key)
        nav.repeat.connect(self.voice.repeat)
        nav.toggle_voice.connect(self.toggle_voice)
        nav.volume.connect(self.change_volume)
        w.countdown.more_time.connect(self.more_time)
        w.countdown.end_now.connect(lambda: self.end_session("timeout"))
        w.footer.language_clicked.connect(self.next_language)
        w.footer.elderly_clicked.connect(self.toggle_elderly)
        w.footer.contrast_clicked.connect(self.toggle_high_contrast)
        w.footer.wheelchair_clicked.connect(self.toggle_wheelchair)
        w.footer.languages = list(config.ui.languages)
        w.footer.voice_clicked.connect(self.toggle_voice)
        w.footer.help_clicked.connect(self.call_for_help)
        w.footer.complaint_clicked.connect(self.open_complaint)

    # Start-up -------------------------------------------------------------------------------

    def start(self) -> None:
        site = self.config.site
        self.window.set_site(
            SiteInfo(
                site.name,
                site.phone,
                site.hotline,
                site.complaint_url,
                self.hours.today_text(self.now()),
            ),
            self.config.training,
            [(c.id_number, c.name) for c in TRAINING_CARDS],
        )
        if self.config.training:
            self.window.staff_login.set_training_cards([TRAINING_STAFF_CARD.staff_no])
        for cls, device in self.devices.all().items():
            device.subscribe(self._status_listener(cls))
        self.devices.card_reader.watch(
            lambda present: self.work.on_gui(lambda: self.card_changed(present))
        )
        for device in self.devices.all().values():
            self.work.run(device.open, lambda _r, e: self._opened(e))
        self.hours_check.start()
        self.device_poll.start()
        self.reconcile.start()
        self.outbox.start()
        self.daily.start()
        self.first_backup.start(60_000)  # not during start-up
        self.settle_payments()
        self.send_unsent_ratings()  # orders a crash or power cut left open
        self.show_attract()
        # Face models are slow to load: after the first screen, on a worker.
        QTimer.singleShot(0, lambda: self.work.run(self.devices.face.warm_up, self._warmed_up))

    def _warmed_up(self, _result: object, error: BaseException | None) -> None:
        if error is not None:
            log.warning("face models failed to load: %s", type(error).__name__)

    def poll_devices(self) -> None:
        """Ask every device how it is, off the GUI thread, never two polls of one device."""
        for cls, device in self.devices.all().items():
            if cls in self._polling:
                continue
            self._polling.add(cls)
            self.work.run(device.poll, self._poll_done(cls))

    def _poll_done(self, device: DeviceClass) -> Callable[[object, BaseException | None], None]:
        def done(_result: object, error: BaseException | None) -> None:
            self._polling.discard(device)
            if error is not None:
                log.warning("polling %s failed: %s", device.value, type(error).__name__)

        return done

    def _show_preview(self) -> None:
        frame = self.devices.face.preview_frame()
        if frame is not None:
            self.window.step.show_preview(frame.width, frame.height, frame.rgb)

    def _status_listener(self, device: DeviceClass) -> Callable[[DeviceStatus], None]:
        """Device threads report here; the change is handled on the GUI thread."""

        def listener(status: DeviceStatus) -> None:
            self.work.on_gui(lambda: self.device_changed(device, status))

        return listener

    def stop(self) -> None:
        """Stop every timer so nothing fires into a closed store."""
        for timer in (
            self.idle,
            self.tick,
            self.goodbye,
            self.hours_check,
            self.device_poll,
            self.reconcile,
            self.outbox,
            self.daily,
            self.first_backup,
            self.preview,
        ):
            timer.stop()

    def _opened(self, error: BaseException | None) -> None:
        if error is not None:
            log.warning("a device failed to open: %s", type(error).__name__)

    # Screens ---------------------------------------------------------------------------------

    def timeout_scale(self) -> int:
        return 2 if self.elderly else 1  # 适老化: elderly mode doubles every timeout

    def _in_maintenance(self, quiet: bool = False) -> bool:
        """While an operator has the kiosk open, no citizen screen or session starts."""
        if self.maintenance is None or not self.maintenance.active:
            return False
        if not quiet:
            self.maintenance.citizen_blocked()
        return True

    def show_attract(self) -> None:
        self.goodbye.stop()
        self._stop_idle()
        if self._in_maintenance():
            return
        if self.session is not None:
            self.end_session("timeout")
            return
        if not self.hours.is_open(self.now()):
            self._show_closed()
            return
        self.window.show_attract()

    def _show_closed(self) -> None:
        self.window.show_message(
            "closed", hours=self.hours.today_text(self.now()), phone=self.config.site.phone
        )

    def _check_hours(self) -> None:
        if self._in_maintenance(quiet=True):
            return
        if self.session is None and not self.hours.is_open(self.now()):
            if (
                self.window.message.kind != "closed"
                or self.window.current_screen() != "MessageScreen"
            ):
                self._show_closed()
        elif (
            self.session is None
            and self.window.current_screen() == "MessageScreen"
            and self.window.message.kind == "closed"
        ):
            self.window.show_attract()

    def attract_touched(self) -> None:
        if self._in_maintenance():
            return
        if not self.hours.is_open(self.now()):
            self._show_closed()
            return
        self.show_home()

    def elderly_from_attract(self) -> None:
        if not self.elderly:
            self.toggle_elderly()
        self.attract_touched()

    def unavailable_items(self) -> set[str]:
        down = self.devices.unusable()
        tampered = self.blocked_items()
        return {item.id for item in self.catalogue.items if item.requires & down} | tampered

    def show_home(self) -> None:
        if self._in_maintenance():
            return
        groups = self.catalogue.by_department()
        self.window.show_home(groups, self.unavailable_items(), self.item_usage())
        self._restart_idle()

    def item_usage(self, days: int = 90) -> dict[str, int]:
        """How often each item was started here lately: the home screen puts these first."""
        since = (dt.datetime.now() - dt.timedelta(days=days)).isoformat(timespec="seconds")
        rows = self.store.query(
            "SELECT item_id, COUNT(*) FROM transactions WHERE started_at >= ? GROUP BY item_id",
            since,
        )
        return {str(item_id): int(count) for item_id, count in rows}

    def message_dismissed(self) -> None:
        kind = self.window.message.kind
        if kind == "goodbye":
            self.show_attract()
        elif kind == "closed":
            self._check_hours()
        else:
            self.show_home()

    # Sessions --------------------------------------------------------------------------------

    def choose_item(self, item_id: str) -> None:
        if self.session is not None or self._in_maintenance():
            return
        item = self.catalogue.get(item_id)
        if not item.visible:  # revoked (std 6.4): never started, even from a stale screen
            self.show_home()
            return
        self.item_guard(item_id)  # its pages changed since signing: out of service
        if item_id in self.unavailable_items():
            self.window.show_message(
                "out_of_service", item=item.name.get(self.language), phone=self.config.site.phone
            )
            self._restart_idle()
            return
        transaction_id = new_transaction_id(self.config.site.kiosk_id, self.now())
        ctx = FlowContext(
            transaction_id=transaction_id,
            site_name=self.config.site.name,
            training=self.config.training,
            platform=self.platform,
            card_reader=StaffCardAwareReader(self.devices.card_reader, self.staff_cards),
            face=self.devices.face,
            receipt_printer=self.devices.receipt_printer,
            document_printer=self.devices.document_printer,
            render_certificate=self.render_certificate,
            record_rating=self._record_rating,
            language=lambda: self.language,
            now=self.now,
            card_present=lambda: self.devices.card_reader.card_present,
            max_face_attempts=self.config.timeouts.face_attempts,
            payments=self.payments,
            device_usable=lambda name: DeviceClass(name) not in self.devices.unusable(),
            scanner=self.devices.scanner,
            render_application=_render_application,
        )
        engine = FlowEngine(item, ctx)
        self.session = Session(transaction_id, item, engine, self.now())
        self.window.footer.complaint.setEnabled(False)
        self.store.begin_transaction(
            transaction_id,
            item.id,
            trial=item.lifecycle.value == "trial",
            assisted_by=self.assisted_by,
        )
        log.info("session started: item=%s transaction=%s", item.id, transaction_id)
        self.show(engine.start())

    def flow_action(self, action: str, value: object) -> None:
        session = self.session
        if session is None:
            return
        if action == "assist":
            self.store.log_event("help_requested", f"item={session.item.id}")
            self.end_session("face_failed", then="help")
            return
        self.show(session.engine.act(action, value))

    def show(self, view: View) -> None:
        session = self.session
        if session is None:
            return
        if isinstance(view, Finished):
            self.end_session(view.reason)
            return
        if isinstance(view, FaceCapture):
            self.preview.start()
        else:
            self.preview.stop()
        # The screen first, the job after: its worker then competes with no widget building.
        self.window.show_view(view)
        if isinstance(view, (Working, FaceCapture, Payment)):
            session.job_running = True
            self._stop_idle()
            token = view.job.token
            self.work.run(
                view.job.run, lambda result, error: self._job_done(session, token, result, error)
            )
        else:
            session.job_running = False
            self._restart_idle()

    def _job_done(
        self, session: Session, token: int, result: object, error: BaseException | None
    ) -> None:
        if session is not self.session or session.ended:
            return  # the citizen has gone; a late answer is dropped with their data
        view = session.engine.job_finished(token, result, error)
        if view is not None:
            self.show(view)

    def card_changed(self, present: bool) -> None:
        session = self.session
        if session is None:
            if present and self.window.current_screen() == "StaffLoginScreen":
                self.staff_card_presented()
            return  # a card put down before choosing an item is read when the item asks for it
        before = session.engine.view
        view = session.engine.card_changed(present)
        if view is not before:
            self.show(view)

    def end_session(self, reason: str, then: str = "goodbye") -> None:
        """The one way a session ends: record the PII-free outcome, drop the data, reset."""
        session = self.session
        self._stop_idle()
        if session is None:
            self.window.show_attract()
            return
        paid_order = session.engine.paid_order
        printed = session.end()
        self.session = None
        self.voice.clear()
        self.window.footer.complaint.setEnabled(True)
        if self.assisted_by:  # assisted service is for one citizen: it ends with them
            self.end_assist()
        if session.item.fee is not None:
            # Close what is unpaid, refund what was paid for nothing: off the GUI thread.
            transaction_id = session.transaction_id
            self.work.run(lambda: self.payments.settle(transaction_id), self._settled)
        if paid_order is not None and printed:
            self.store.log_event("payment_delivered", paid_order.order_id)
        self.preview.stop()
        self.window.step.clear_preview()
        self.store.end_transaction(session.transaction_id, reason, printed)
        log.info("session ended: transaction=%s reason=%s", session.transaction_id, reason)
        if reason == "back":
            self.show_home()
            return
        if then == "help":
            self.window.show_message("help", phone=self.config.site.phone)
        else:
            self.window.show_message("goodbye", reason=reason)
        self.goodbye.start(self.config.timeouts.goodbye_s * self.second_ms * self.timeout_scale())

    # Assisted service (帮办代办) -------------------------------------------------------------

    def show_staff_login(self) -> None:
        if self.session is None and not self._in_maintenance():
            self.window.show_staff_login()
            self._restart_idle()

    def staff_login(self, staff_no: str, secret: str) -> None:
        """Checked off the GUI thread (a slow hash on purpose)."""
        self.work.run(
            lambda: self.staff.login(staff_no, secret, Role.VOLUNTEER), self._staff_checked
        )

    def _staff_checked(self, login: object, error: BaseException | None) -> None:
        if error is not None or not isinstance(login, Login):
            self.window.staff_login.reset()
            return
        if login.result is LoginResult.OK:
            self.assisted_by = login.staff_no
            self.window.set_assisted(login.staff_no)
            self.store.log_event("assist_started", f"staff={login.staff_no}")
            self.show_home()
        elif login.result is LoginResult.WRONG:
            self.window.staff_login.reset(wrong=True)
        else:
            self.window.show_message("staff_refused", why=login.result.value)
            self._restart_idle()

    def staff_card_presented(self) -> None:
        """A card on the reader at the staff-login screen: its identifier is read and checked
        off the GUI thread. A citizen's ID card is refused by the reader unread."""
        if self._card_login_running:
            return
        self._card_login_running = True
        self._restart_idle()  # someone is at the kiosk, swiping a card
        self.window.staff_login.reset(problem="card_reading")
        reader, cards = self.devices.card_reader, self.staff_cards
        self.work.run(
            lambda: cards.login(reader.read_card_id(), Role.VOLUNTEER), self._staff_card_checked
        )

    def _staff_card_checked(self, login: object, error: BaseException | None) -> None:
        self._card_login_running = False
        reader = self.devices.card_reader
        if self.config.training and isinstance(reader, SimulatedCardReader):
            reader.remove()  # the trainer's card was swiped, not left on the reader
        if self.window.current_screen() != "StaffLoginScreen":
            return  # cancelled or timed out meanwhile
        if error is not None or not isinstance(login, Login):
            key = error.key if isinstance(error, DeviceError) else "card_unreadable"
            self.window.staff_login.reset(problem=key)
        elif login.result is LoginResult.WRONG:
            self.window.staff_login.reset(problem="card_unknown")
        elif login.result is LoginResult.LOCKED and not login.staff_no:
            self.window.staff_login.reset(problem="card_locked")  # cards only: PINs still work
        else:
            self._staff_checked(login, None)

    def insert_training_staff_card(self) -> None:
        reader = self.devices.card_reader
        if self.config.training and isinstance(reader, SimulatedCardReader):
            reader.insert(TRAINING_STAFF_CARD)

    def end_assist(self) -> None:
        if self.assisted_by:
            self.store.log_event("assist_ended", f"staff={self.assisted_by}")
        self.assisted_by = ""
        self.window.set_assisted("")

    def backup_if_due(self) -> None:
        if self.backups is not None and self.backups.backup_due(self.now()):
            self.work.run(self.backups.make_backup, self._backed_up)

    def _backed_up(self, result: object, error: BaseException | None) -> None:
        if error is not None:
            log.error("backup failed: %s", type(error).__name__)
            self.store.log_event("backup_failed", type(error).__name__)
            return
        from kiosk_app.backup import BackupResult  # loaded by now: the backup just ran

        if isinstance(result, BackupResult):
            self.store.log_event("backup", result.path.name)

    def settle_payments(self) -> None:
        self.work.run(self.payments.settle, self._settled)

    def _settled(self, results: object, error: BaseException | None) -> None:
        if error is not None or not isinstance(results, list):
            return
        for settlement in results:
            if not isinstance(settlement, Settlement):
                continue
            self.store.log_event("payment_" + settlement.outcome, settlement.order_id)
            if settlement.outcome == "refunded":
                self._print_quietly(refund_receipt(self.config.site.name, settlement))

    def _print_quietly(self, receipt: Receipt) -> None:
        """Print a receipt in the background; a failure is logged (the printer's own status
        already raises the fault)."""

        def done(_result: object, error: BaseException | None) -> None:
            if error is not None:
                log.warning("receipt not printed: %s", type(error).__name__)

        self.work.run(lambda: self.devices.receipt_printer.print_receipt(receipt), done)

    def training_pay(self) -> None:
        """Training mode: play the citizen's phone paying the QR code."""
        session = self.session
        view = session.engine.view if session else None
        order = session.engine.data.order if session else None
        if self.config.training and isinstance(view, Payment) and order is not None:
            order_id = order.order_id
            self.work.run(lambda: self.on_training_pay(order_id), lambda _r, _e: None)

    def scanned(self, code: str) -> None:
        """A payment code from the barcode scanner: only meaningful on the pay screen."""
        session = self.session
        if session is not None and isinstance(session.engine.view, Payment):
            self.show(session.engine.act("pay_code", code))

    def _record_rating(self, level: int | None, reason: str) -> None:
        """Called from the flow on the GUI thread: store now (一次一评), send in the
        background, retried until the platform acknowledges. A typed reason may hold anything,
        so the kiosk keeps only "其他" and sends the words once, from memory."""
        session = self.session
        if session is None:
            return
        stored = OTHER_REASON.rstrip("：") if reason.startswith(OTHER_REASON) else reason
        transaction_id, item_id = session.transaction_id, session.item.id
        if not self.store.record_rating(transaction_id, item_id, level, stored):
            return
        if level is not None and level <= 2:
            self.store.open_followup(transaction_id, item_id, level, stored, days=FOLLOWUP_DAYS)
        self._send_rating(transaction_id, item_id, level, reason)

    def _send_rating(
        self, transaction_id: str, item_id: str, level: int | None, reason: str
    ) -> None:
        def done(_result: object, error: BaseException | None) -> None:
            if error is None:
                self.store.mark_rating_sent(transaction_id)

        self.work.run(
            lambda: self.platform.submit_rating(transaction_id, item_id, level, reason), done
        )

    def send_unsent_ratings(self) -> None:
        """Ratings made while the platform was down go out when it is back."""
        for rating in self.store.unsent_ratings():
            self._send_rating(
                rating["transaction_id"], rating["item_id"], rating["level"], rating["reason"]
            )

    # Idle timeout ------------------------------------------------------------------------------

    def _restart_idle(self) -> None:
        self.tick.stop()
        self.window.hide_countdown()
        self.idle.start(self.config.timeouts.idle_s * self.second_ms * self.timeout_scale())
        self.tick.setInterval(self.second_ms)

    def _stop_idle(self) -> None:
        self.idle.stop()
        self.tick.stop()
        self.window.hide_countdown()

    def user_activity(self) -> None:
        if self.idle.isActive():
            self.idle.start()

    def _idle_expired(self) -> None:
        if self.session is not None and self.session.job_running:
            return
        self.remaining = self.config.timeouts.countdown_s * self.timeout_scale()
        self.window.show_countdown(self.remaining)
        self.tick.start()

    def _countdown_tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.tick.stop()
            if self.session is not None:
                self.end_session("timeout")
            else:
                self.show_attract()
            return
        self.window.show_countdown(self.remaining)

    def more_time(self) -> None:
        self._restart_idle()

    # Footer ------------------------------------------------------------------------------------

    def next_language(self) -> None:
        languages = self.config.ui.languages
        index = languages.index(self.language) if self.language in languages else -1
        self.set_language(languages[(index + 1) % len(languages)])

    def set_language(self, language: str) -> None:
        """Any step, any screen: the citizen stays where they are, in another language."""
        self.language = language
        self.on_language(self.language)
        self.voice.set_language(self.language)
        if self.voice.enabled:
            self._screen_changed()  # heard again, in the new language

    def toggle_elderly(self) -> None:
        self.elderly = not self.elderly
        self._modes_changed()
        if self.idle.isActive():
            self._restart_idle()

    def toggle_high_contrast(self) -> None:
        self.high_contrast = not self.high_contrast
        self._modes_changed()

    def toggle_wheelchair(self) -> None:
        self.wheelchair = not self.wheelchair
        self._modes_changed()

    def _modes_changed(self) -> None:
        self.window.set_modes(self.elderly, self.high_contrast, self.wheelchair)
        self.on_theme(self.elderly)
        self.window.footer.set_modes(self.elderly, self.voice.enabled)

    def toggle_voice(self) -> None:
        """Footer button or # on the keypad; saying so is the audible confirmation."""
        on = not self.voice.enabled
        if not on:
            self.voice.stop()
        self.voice.enabled = on
        self.window.footer.set_modes(self.elderly, on)
        self.store.log_event("voice", "on" if on else "off")
        if on:
            self._announce_screen()

    def change_volume(self, step: int) -> None:
        level = self.voice.change_volume(0.2 * step)
        self.voice.say(f"{round(level * 100)}%", remember=False)

    def _screen_changed(self) -> None:
        """Every new screen: keypad focus on its main control, and read out if voice is on."""
        QTimer.singleShot(0, self._announce_screen)

    def _announce_screen(self) -> None:
        main = self.window.main_control()
        self.window.navigation.focus_first(main)
        self.voice.say("。".join(t for t in (self.window.screen_text(), describe(main)) if t))

    def escape_key(self) -> None:
        """Escape on the keypad: leave what is on screen, the safe way out."""
        screen = self.window.current_screen()
        if self.session is not None:
            self.flow_action("cancel", None)
        elif screen == "MessageScreen":
            self.message_dismissed()
        elif screen == "HomeScreen" and self.window.home.go_back():
            pass  # from search or a department back to the top of the home screen
        elif screen in ("HomeScreen", "StaffLoginScreen"):
            self.show_attract()

    def back_key(self) -> None:
        if self.session is not None and isinstance(self.session.engine.view, Notice):
            self.flow_action("back", None)
        elif self.session is None and self.window.current_screen() != "AttractScreen":
            self.escape_key()

    def open_complaint(self) -> None:
        """The complaint form is an item like any other, reached from the footer."""
        if self.session is None and self.hours.is_open(self.now()):
            self.choose_item(COMPLAINT_ITEM)

    def call_for_help(self) -> None:
        self.store.log_event("help_requested", f"screen={self.window.current_screen()}")
        self.window.show_help_called(120 * self.second_ms)
        self.voice.alert(self.window.help_notice.text())  # audible, for staff in the hall
        if self.session is None and not self._in_maintenance():
            self.window.show_message("help", phone=self.config.site.phone)
            self._restart_idle()

    # Devices -----------------------------------------------------------------------------------

    def device_changed(self, device: DeviceClass, status: DeviceStatus) -> None:
        fault = status.fault()
        if fault is not None:
            self.store.open_fault(device.value, fault.category, fault.code, fault.severity.value)
        else:
            self.store.resolve_faults(device.value)
        self.store.log_event(
            "device_status", f"{device.value}={status.state.value}/{status.media.value}"
        )
        if self.session is None and self.window.current_screen() == "HomeScreen":
            self.window.show_home(self.catalogue.by_department(), self.unavailable_items())

    def insert_training_card(self, id_number: str) -> None:
        reader = self.devices.card_reader
        if self.config.training and isinstance(reader, SimulatedCardReader):
            reader.insert(training_card(id_number))
