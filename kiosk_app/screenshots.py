"""Every screen of a journey, in every mode and language, to PNG (issue 4's evidence):
`python -m kiosk_app.screenshots [DIR]` (default docs/screenshots). The scripted citizen of
kiosk_app/demo.py walks the fee-paying item (notice, card, face, payment, result, print,
rating) and a form item, touching the real widgets; each PNG is the real window."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from kiosk_app.demo import PORTRAIT, Citizen

LANGUAGES = ("zh_CN", "zh_TW", "en_US", "ug")
MODES = ("normal", "elderly", "high-contrast", "wheelchair")
JOURNEYS = (("real_estate_register_extract", "110105198506150049"),)
FORM_ITEM = "no_housing_proof"


class Photographer(Citizen):
    """The demo citizen, saving each screen into the current language/mode folder."""

    def __init__(self, *args: object, scale: float = 1.0, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.scale = scale
        self.folder: Path | None = None
        self.saved: list[Path] = []

    def shot(self, name: str) -> Path | None:
        if self.folder is None:
            return None
        self.pump(0.05)
        self.shots += 1
        path = self.folder / f"{self.shots:02d}-{name}.png"
        image = self.window.grab()
        if self.scale != 1.0:
            image = image.scaledToWidth(int(image.width() * self.scale))
        image.save(str(path))
        self.saved.append(path)
        return path


def page_to(citizen: Citizen, item_id: str) -> None:
    """Elderly mode shows four services a page: turn pages until the item is on screen."""
    home = citizen.window.home
    turn = getattr(home, "next_button", None)  # the paged home screen's 下一页
    while item_id not in home.tiles and turn is not None and turn.isVisible():
        if not turn.isEnabled():
            break
        citizen.tap(turn)


def set_mode(citizen: Citizen, mode: str) -> None:
    controller = citizen.kiosk.controller
    wanted = {"elderly": mode == "elderly", "high_contrast": mode == "high-contrast"}
    wanted["wheelchair"] = mode == "wheelchair"
    if controller.elderly != wanted["elderly"]:
        controller.toggle_elderly()
    if controller.high_contrast != wanted["high_contrast"]:
        controller.toggle_high_contrast()
    if controller.wheelchair != wanted["wheelchair"]:
        controller.toggle_wheelchair()


def render_all(out_dir: Path, scale: float = 0.5) -> list[Path]:
    """Build a training kiosk (sandbox platform, simulated devices) and photograph it."""
    from kiosk_app.app import build_kiosk, ensure_application
    from kiosk_app.config import Config

    ensure_application()
    data = tempfile.mkdtemp(prefix="kiosk-shots-")
    config = Config.model_validate({"store": {"data_dir": data}})
    kiosk = build_kiosk(config)
    kiosk.controller.second_ms = 50  # countdowns and goodbyes pass quickly
    window = kiosk.window
    window.resize(*PORTRAIT)
    window.show()
    citizen = Photographer(kiosk, None, scale=scale)
    try:
        for language in LANGUAGES:
            for mode in MODES:
                folder = out_dir / language / mode
                folder.mkdir(parents=True, exist_ok=True)
                for old in folder.glob("*.png"):
                    old.unlink()
                citizen.folder, citizen.shots = folder, 0
                kiosk.controller.set_language(language)
                set_mode(citizen, mode)
                window.resize(*PORTRAIT)
                for item_id, id_number in JOURNEYS:
                    citizen.start()
                    page_to(citizen, item_id)
                    citizen.run_item(item_id, id_number)
                    citizen.tap(window.message.ok)
                folder, citizen.folder = citizen.folder, None  # the attract screen again
                citizen.start()
                citizen.folder = folder
                page_to(citizen, FORM_ITEM)
                citizen.tap(window.home.tiles[FORM_ITEM])
                citizen.wait_for(lambda: citizen.step_view() == "Notice")
                citizen.tap(citizen.button("action-agree"))
                citizen.wait_for(lambda: citizen.step_view() == "Form")
                citizen.shot(f"{FORM_ITEM}-form")
                citizen.tap(citizen.button("cancel"))
                citizen.wait_for(lambda: citizen.screen() == "MessageScreen")
                citizen.tap(window.message.ok)
    finally:
        kiosk.shutdown()
    return citizen.saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render every screen in every mode and language.")
    parser.add_argument("out", nargs="?", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--scale", type=float, default=0.5, help="PNG size (1 = 1080x1920)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    saved = render_all(args.out, args.scale)
    print(f"kiosk screenshots: {len(saved)} PNGs in {args.out.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
