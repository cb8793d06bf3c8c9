"""`kiosk`: start the kiosk full screen, windowed, or run the scripted demo journey."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk_app.config import ConfigError, load_config

PORTRAIT = (1080, 1920)
LANDSCAPE = (1920, 1080)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not WIDTHxHEIGHT, e.g. 1080x1920") from None
    if not (320 <= width <= 7680 and 320 <= height <= 7680):
        raise argparse.ArgumentTypeError(f"'{text}' is not a screen size")
    return width, height


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kiosk",
        description="Government self-service kiosk (政务服务自助终端). With no configuration it "
        "runs on its embedded defaults: the bundled sandbox platform and simulated devices, "
        "in training mode.",
    )
    p.add_argument(
        "command",
        nargs="?",
        choices=("run", "devices", "report", "backup", "restore", "check-item"),
        default="run",
        help="run: the kiosk (default); devices: open each configured device and report it; "
        "report: the weekly operations report (CSV and PDF); backup: back up the database and "
        "the configuration now; restore ARCHIVE: put a backup's database back; "
        "check-item FILE...: check item files and say exactly what is wrong",
    )
    p.add_argument("archive", nargs="?", type=Path, help="restore: the backup archive")
    p.add_argument("--config", type=Path, metavar="FILE", help="TOML configuration file")
    p.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    p.add_argument("--size", type=_size, metavar="WxH", help="window size (default 1080x1920)")
    p.add_argument(
        "--demo",
        type=Path,
        metavar="DIR",
        help="run a scripted citizen journey for every item and save screenshots to DIR",
    )
    p.add_argument(
        "--check-config", action="store_true", help="validate the configuration and exit"
    )
    ops = p.add_argument_group("report, backup and restore")
    ops.add_argument("--week", metavar="YYYY-Www", help="report: ISO week (default: last full)")
    ops.add_argument("--csv", type=Path, metavar="FILE", help="report: write the CSV here")
    ops.add_argument("--pdf", type=Path, metavar="FILE", help="report: write the A4 PDF here")
    ops.add_argument(
        "--with-config",
        action="store_true",
        help="restore: also write the archive's configuration to the --config FILE",
    )
    ops.add_argument(
        "--force", action="store_true", help="restore: accept an archive from another kiosk"
    )
    return p


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == ["check-item"]:  # needs no configuration, takes many files
        from flows.item_check import main as check_items

        return check_items(arguments[1:])
    if arguments[:1] == ["staff"]:  # `kiosk staff enrol-card|remove-card STAFF_NO`
        from kiosk_app.staff_cli import staff_command

        return staff_command(arguments[1:])
    if arguments[:1] == ["operator"]:  # `kiosk operator add|list`: its own arguments
        from kiosk_app.operators import operator_command

        return operator_command(arguments[1:])
    if (sys.argv[1:] if argv is None else argv)[:1] == ["soak"]:  # soak [N] [--gui-every K]
        from kiosk_app.soak import main as soak

        return soak((sys.argv[1:] if argv is None else argv)[1:])
    if (sys.argv[1:] if argv is None else argv)[:1] == ["manifest"]:  # sign | check
        from kiosk_app.manifest import manifest_cli

        return manifest_cli((sys.argv[1:] if argv is None else argv)[1:])
    args = parser().parse_args(argv)
    try:
        config = load_config(args.config)
    except ConfigError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 2
    if args.check_config:
        print("configuration OK")
        return 0
    if args.archive is not None and args.command != "restore":
        print(f"kiosk: {args.command} takes no archive", file=sys.stderr)
        return 2
    if args.command == "devices":
        from kiosk_app.device_set import self_test

        return self_test(config.devices, sys.stdout)
    if args.command == "report":
        from kiosk_app.reports import report_command

        return report_command(config, args.week, args.csv, args.pdf)
    if args.command in ("backup", "restore"):
        from kiosk_app.backup import backup_command, restore_command

        if args.command == "backup":
            return backup_command(config, args.config)
        if args.archive is None:
            print("kiosk: restore needs the ARCHIVE to restore", file=sys.stderr)
            return 2
        return restore_command(config, args.config, args.archive, args.with_config, args.force)

    from kiosk_app.app import build_kiosk, ensure_application, finish_start

    app = ensure_application()
    if args.demo is not None:
        from kiosk_app.demo import run_demo

        return run_demo(config, args.demo)

    from kiosk_app.backup import DataDirBusy

    try:
        kiosk = build_kiosk(config, config_path=args.config)
    except DataDirBusy as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 2
    finish_start(kiosk)
    window = kiosk.window
    if args.windowed or not config.ui.fullscreen:
        width, height = args.size or PORTRAIT
        window.resize(width, height)
        window.allow_close = True
        window.show()
    else:
        from PySide6.QtCore import Qt

        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        window.showFullScreen()
    window.activateWindow()
    from kiosk_app.watchdog import quit_on_sigterm, start_watchdog

    quit_on_sigterm(app)
    from kiosk_app.faultpoints import freeze_on_signal

    freeze_on_signal()  # tests only (KIOSK_FREEZE_ON_SIGUSR1)
    watchdog = start_watchdog()  # READY=1, then WATCHDOG=1 from the GUI thread (systemd)
    code = app.exec()
    watchdog.stop()
    kiosk.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
