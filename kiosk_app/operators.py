"""`kiosk operator add STAFF_NO` and `kiosk operator list`: operator accounts for the
maintenance screen, made on the kiosk's own console (outside training mode there is no other
way to get one). The password is read without echo, twice, and must pass the same strength
rules as a password changed at the screen (std 9.6)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from pathlib import Path

from kiosk_app.config import ConfigError, load_config
from kiosk_app.maintenance import password_problem
from kiosk_app.staff import Role, StaffRegistry
from kiosk_app.store import Store

PROBLEMS = {
    "too_short": "the password needs at least 10 characters",
    "too_simple": "the password needs three of: lower case, upper case, digits, symbols",
    "contains_number": "the password must not contain the staff number",
    "same_as_old": "the new password must differ from the old one",
}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kiosk operator", description=__doc__)
    p.add_argument("action", choices=("add", "list"))
    p.add_argument("staff_no", nargs="?", help="add: 4 to 8 digits")
    p.add_argument("--config", type=Path, metavar="FILE", help="TOML configuration file")
    p.add_argument(
        "--password-stdin", action="store_true", help="add: read the password from stdin"
    )
    return p


def _read_password(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("new operator password: ")
    if getpass.getpass("again: ") != first:
        print("kiosk operator: the two passwords differ", file=sys.stderr)
        return None
    return first


def operator_command(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        config = load_config(args.config)
    except ConfigError as error:
        print(f"kiosk operator: {error}", file=sys.stderr)
        return 2
    store = Store(config.store.path() / "kiosk.sqlite3")
    try:
        staff = StaffRegistry(store, config.maintenance.password_max_age_days)
        if args.action == "list":
            now = dt.datetime.now()
            for staff_no, changed in store.query(
                "SELECT staff_no, changed_at FROM staff WHERE role=? ORDER BY staff_no",
                Role.OPERATOR.value,
            ):
                age = (now - dt.datetime.fromisoformat(changed)).days
                print(f"{staff_no}  password set {changed[:10]} ({age} days ago)")
            return 0
        staff_no = args.staff_no or ""
        roles = store.query("SELECT role FROM staff WHERE staff_no=?", staff_no)
        if roles and roles[0][0] != Role.OPERATOR.value:
            print(f"kiosk operator: {staff_no} is a {roles[0][0]}'s number", file=sys.stderr)
            return 2
        password = _read_password(args.password_stdin)
        if password is None:
            return 2
        problem = password_problem(staff_no, password)
        if problem is not None:
            print(f"kiosk operator: {PROBLEMS[problem]}", file=sys.stderr)
            return 2
        try:
            staff.set_secret(staff_no, Role.OPERATOR, password)
        except ValueError as error:
            print(f"kiosk operator: {error}", file=sys.stderr)
            return 2
        store.log_event("maint_operator_added", f"staff={staff_no} by=console")
        print(f"operator {staff_no} saved")
        return 0
    finally:
        store.close()
