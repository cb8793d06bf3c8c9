"""The layering contract of DESIGN.md section 2: kiosk_app > ui > flows > devices, imports only
pointing down; flows/ and devices/ run with Qt absent; ui/ never reaches devices, the network or
the disk; kiosk_app/ builds no widget of its own."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

BLOCK_QT = textwrap.dedent(
    """\
    import importlib
    import pkgutil
    import sys


    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"{name} is blocked: this layer must run without Qt")
            return None


    sys.meta_path.insert(0, NoQt())
    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        raise SystemExit("the Qt blocker does not block")

    names = ["flows", "flows.engine", "flows.catalogue", "devices", "devices.simulated.devices"]
    for package in ("flows", "devices"):
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, package + "."):
            names.append(info.name)
    for name in names:
        importlib.import_module(name)
    from flows.catalogue import load_catalogue

    assert load_catalogue().items  # the shipped items load with Qt blocked
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    assert not leaked, leaked
    print("imported", len(names), "modules without Qt")
    """
)


def test_flows_and_devices_import_with_qt_blocked() -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", BLOCK_QT],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "without Qt" in done.stdout


# -- static imports -----------------------------------------------------------------------------


def python_files(layer: str) -> Iterator[Path]:
    yield from sorted((REPO / layer).rglob("*.py"))


def imported_modules(path: Path, root: Path = REPO) -> Iterator[tuple[int, str]]:
    """Every module a file imports (also under TYPE_CHECKING, and importlib by literal name)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                yield node.lineno, ".".join([*base, *([node.module] if node.module else [])])
            else:
                yield node.lineno, node.module or ""
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if name in ("import_module", "__import__") and isinstance(first, ast.Constant):
                yield node.lineno, str(first.value)


def violations(layer: str, forbidden: set[str]) -> list[str]:
    found = []
    for path in python_files(layer):
        for line, module in imported_modules(path):
            if module.split(".")[0] in forbidden:
                found.append(f"{path.relative_to(REPO)}:{line} imports {module}")
    return found


def test_the_scanner_sees_every_kind_of_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import socket\nfrom http import client\nimport urllib.request as u\n"
        "if TYPE_CHECKING:\n    from kiosk_app.store import Store\n"
        "importlib.import_module('sqlite3')\n",
        encoding="utf-8",
    )
    modules = sorted(m for _, m in imported_modules(sample, tmp_path))
    assert modules == ["http", "kiosk_app.store", "socket", "sqlite3", "urllib.request"]


UI_FORBIDDEN = {"devices", "kiosk_app", "requests", "socket", "http", "urllib", "sqlite3"}


def test_ui_reaches_no_device_network_or_disk() -> None:
    assert list(python_files("ui")), "no ui/ files found"
    assert violations("ui", UI_FORBIDDEN) == []


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("flows", {"kiosk_app", "ui", "PySide6", "shiboken6"}),
        ("devices", {"kiosk_app", "ui", "flows", "PySide6", "shiboken6"}),
    ],
)
def test_lower_layers_never_import_upwards(layer: str, forbidden: set[str]) -> None:
    assert list(python_files(layer))
    assert violations(layer, forbidden) == []


# -- widgets ------------------------------------------------------------------------------------

# QApplication is the application object, not a widget: the composition root must create it.
NOT_WIDGETS = {"QApplication"}


def widget_constructions(source: str) -> list[tuple[int, str]]:
    """Calls on, and subclasses of, anything taken from PySide6.QtWidgets (QApplication aside)."""
    tree = ast.parse(source)
    classes: set[str] = set()
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "PySide6.QtWidgets":
            classes |= {a.asname or a.name for a in node.names if a.name not in NOT_WIDGETS}
        elif isinstance(node, ast.ImportFrom) and node.module == "PySide6":
            modules |= {a.asname or a.name for a in node.names if a.name == "QtWidgets"}
        elif isinstance(node, ast.Import):
            modules |= {a.asname or a.name for a in node.names if a.name == "PySide6.QtWidgets"}

    def widget_name(expr: ast.expr) -> str:
        if isinstance(expr, ast.Name) and expr.id in classes:
            return expr.id
        if isinstance(expr, ast.Attribute):
            if ast.unparse(expr.value) in modules and expr.attr not in NOT_WIDGETS:
                return expr.attr
            return widget_name(expr.value)
        return ""

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (name := widget_name(node.func)):
            found.append((node.lineno, name))
        elif isinstance(node, ast.ClassDef):
            found += [(node.lineno, n) for base in node.bases if (n := widget_name(base))]
    return found


def test_the_widget_scanner_sees_widgets_made_in_any_spelling() -> None:
    source = (
        "from PySide6.QtWidgets import QApplication, QLabel, QMessageBox as Box\n"
        "from PySide6 import QtWidgets\n"
        "app = QApplication([])\nQApplication.instance()\n"
        "QLabel('x')\nBox.warning(None, 'a', 'b')\nQtWidgets.QPushButton()\n"
        "QtWidgets.QApplication.instance()\nclass Mine(QtWidgets.QDialog): pass\n"
    )
    assert sorted(widget_constructions(source)) == [
        (5, "QLabel"),
        (6, "Box"),
        (7, "QPushButton"),
        (9, "QDialog"),
    ]


def test_kiosk_app_creates_no_widgets_of_its_own() -> None:
    """Screens, dialogs and message boxes live in ui/; kiosk_app only wires them together."""
    found = [
        f"{path.relative_to(REPO)}:{line} makes a {name}"
        for path in python_files("kiosk_app")
        for line, name in widget_constructions(path.read_text(encoding="utf-8"))
    ]
    assert found == []
