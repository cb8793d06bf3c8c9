"""Render every maintenance page to docs/screenshots/maintenance-*.png (portrait 1080x1920),
with a little history in the store so the pages have something to show.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/maintenance-screenshots.py [DIR]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from devices.status import MediaState  # noqa: E402
from kiosk_app.app import build_kiosk, ensure_application  # noqa: E402
from kiosk_app.config import Config  # noqa: E402
from kiosk_app.demo import PORTRAIT, Citizen  # noqa: E402
from kiosk_app.maintenance import fault_log  # noqa: E402
from tests.conftest import CITIZEN  # noqa: E402
from tests.maintenance_robot import Operator  # noqa: E402


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    ensure_application()
    data = Path(tempfile.mkdtemp(prefix="maint-shots-"))
    kiosk = build_kiosk(Config.model_validate({"store": {"data_dir": str(data)}}))
    kiosk.controller.second_ms = 20
    kiosk.window.resize(*PORTRAIT)
    kiosk.window.show()
    citizen = Citizen(kiosk)
    operator = Operator(kiosk, citizen)

    def shot(name: str) -> None:
        citizen.pump(0.1)
        operator.screen.scroll_area.verticalScrollBar().setValue(0)
        citizen.pump(0.1)
        path = out / f"maintenance-{name}.png"
        kiosk.window.grab().save(str(path))
        print(path)

    citizen.start()
    citizen.run_item("social_insurance_record", CITIZEN, rate=5)
    citizen.tap(kiosk.window.message.ok)
    store = kiosk.store
    store.open_followup(
        "KIOSK-DEMO-01-20261120093000-1A2B", "no_housing_proof", 1, "等待时间长", 15
    )
    store.open_followup(
        "KIOSK-DEMO-01-20261101101500-3C4D", "social_insurance_record", 2, "其他", -3
    )
    kiosk.devices.receipt_printer.inject(media=MediaState.LOW)
    citizen.wait_for(lambda: citizen.screen() == "AttractScreen")
    operator.gesture()
    kiosk.window.operator_login.type_text("number", "0002")
    kiosk.window.operator_login.type_text("password", "Weihu@")
    shot("login")
    kiosk.window.operator_login.reset(mode="change", error="too_simple")
    shot("password-change")
    kiosk.window.operator_login.reset()
    operator.login("0002", "Weihu@2026")
    operator.press("maint-network_check")
    citizen.wait_for(lambda: "丢包率" in operator.texts())
    shot("health")
    operator.page("selftest")
    for name in ("receipt", "card", "camera", "speaker"):
        operator.press(f"maint-selftest-{name}")
        citizen.wait_for(lambda n=name: kiosk.controller.maintenance.pages.results[n] != "running")
    shot("selftest")
    operator.page("consumables")
    shot("consumables")
    mode = kiosk.controller.maintenance
    start = dt.datetime.now() - dt.timedelta(hours=3)
    kiosk.controller.now = lambda: start
    operator.page("faults")
    operator.press("maint-fault_field-form=1")
    for choice in ("source=a4_printer", "code=paper_jam", "handling=on_site"):
        operator.press(f"maint-fault_field-{choice}")
    operator.press("maint-fault_enter")
    first = max(entry.id for entry in fault_log(store))
    kiosk.controller.now = lambda: start + dt.timedelta(minutes=50)
    operator.press(f"maint-fault_resolve-{first}:on_site")
    kiosk.controller.now = dt.datetime.now
    operator.press("maint-fault_field-form=1")
    for choice in ("source=host", "code=ups_weak", "handling=assisted"):
        operator.press(f"maint-fault_field-{choice}")
    operator.press("maint-fault_enter")
    shot("faults")
    operator.press("maint-fault_field-form=1")
    shot("fault-entry")
    operator.page("inspection")
    for check in ("power", "network", "paper", "toner", "clean_outside"):
        operator.press(f"maint-check-{check}=1")
    shot("inspection")
    operator.page("catalogue")
    operator.press("maint-lifecycle-social_insurance_record=trial")
    shot("catalogue")
    operator.page("hours")
    shot("hours")
    operator.page("backups")
    operator.press("maint-backup_now")
    citizen.wait_for(lambda: not mode.pages.backing_up)
    shot("backups")
    operator.page("report")
    shot("report")
    operator.page("followups")
    shot("followups")
    citizen.tap(kiosk.window.maintenance.away)
    shot("under-maintenance")
    kiosk.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"))
