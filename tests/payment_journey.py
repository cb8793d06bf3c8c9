"""Run in a child process by test_payment_crashes: one citizen pays for the fee item and gets
the certificate, against a platform the test runs; or, with --settle-only, a restarted kiosk
that settles what the last one left open."""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk_app.app import build_kiosk, ensure_application
from kiosk_app.config import Config
from kiosk_app.demo import PORTRAIT, Citizen

HOMEOWNER = "110105198506150049"
ITEM = "real_estate_register_extract"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("platform_url")
    parser.add_argument("--settle-only", action="store_true")
    args = parser.parse_args()
    ensure_application()
    config = Config.model_validate(
        {"store": {"data_dir": args.data_dir}, "platform": {"url": args.platform_url}}
    )
    kiosk = build_kiosk(config)
    kiosk.window.resize(*PORTRAIT)
    kiosk.window.show()
    citizen = Citizen(kiosk)
    try:
        if args.settle_only:
            citizen.pump(0.2)
            citizen.wait_for(lambda: kiosk.work.pending == 0, what="settling")
            return 0
        citizen.start()
        citizen.tap(kiosk.window.home.tiles[ITEM])
        citizen.wait_for(lambda: citizen.step_view() == "Notice")
        citizen.tap(citizen.button("action-agree"))
        citizen.present_card(HOMEOWNER)
        citizen.wait_for(lambda: citizen.step_view() == "ResultView", what="paid and answered")
        citizen.tap(kiosk.window.step.buttons["print:a4"])
        citizen.wait_for(lambda: citizen.step_view() == "Rating", what="printed")
        citizen.tap(citizen.button("rate-5"))
        deadline = time.monotonic() + 5
        while kiosk.work.pending and time.monotonic() < deadline:
            citizen.pump(0.05)
        return 0
    finally:
        kiosk.shutdown()


if __name__ == "__main__":
    sys.exit(main())
