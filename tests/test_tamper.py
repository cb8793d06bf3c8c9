"""Page tampering (Appendix A, severe): the item files, translations and assets are covered by
an Ed25519-signed manifest, checked at start and before each item starts. The kiosk here runs
on a copy of its pages in a temporary folder, so the test can change them under it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from flows.catalogue import load_catalogue
from kiosk_app.manifest import (
    MANIFEST_FILE,
    ROOT,
    Manifest,
    covered_files,
    manifest_cli,
)

pytestmark = pytest.mark.journey
ITEM = "social_insurance_record"
OTHER = "no_housing_proof"
FAULT = {
    "source": "client",
    "category": "software",
    "code": "page_tampered",
    "severity": "severe",
}


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A copy of the kiosk's pages, signed with the training key."""
    root = tmp_path / "content"
    for name in covered_files(ROOT):
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    assert manifest_cli(["sign", "--root", str(root), "--out", str(root / "manifest.json")]) == 0
    return root


def _build(qapp: Any, tmp_path: Path, pages: Path, **security: object) -> Any:
    from kiosk_app.app import build_kiosk
    from kiosk_app.config import Config
    from kiosk_app.demo import PORTRAIT

    config = Config.model_validate(
        {
            "store": {"data_dir": str(tmp_path / "data")},
            "security": {
                "manifest": "on",
                "manifest_file": str(pages / "manifest.json"),
                "content_root": str(pages),
                **security,
            },
        }
    )
    kiosk = build_kiosk(config, catalogue=load_catalogue(pages / "flows" / "items"))
    kiosk.controller.second_ms = 20
    kiosk.window.resize(*PORTRAIT)
    kiosk.window.show()
    return kiosk


@pytest.fixture
def guarded(qapp: Any, tmp_path: Path, pages: Path, private_tmp: Path) -> Iterator[Any]:
    kiosk = _build(qapp, tmp_path, pages)
    yield kiosk
    kiosk.shutdown()


def test_an_item_file_changed_while_running_takes_that_item_out(guarded: Any, pages: Path) -> None:
    from kiosk_app.demo import Citizen

    citizen = Citizen(guarded)
    assert guarded.store.open_faults() == []  # signed and untouched: nothing to report
    citizen.start()
    assert guarded.window.home.tiles[ITEM].property("unavailable") is False

    item_file = next(p for p in (pages / "flows" / "items").glob("*.toml") if ITEM in p.read_text())
    with item_file.open("a", encoding="utf-8") as file:
        file.write("\n# 已篡改\n")  # any change at all, even one a parser would not notice
    citizen.tap(guarded.window.home.tiles[ITEM])
    assert citizen.screen() == "MessageScreen" and guarded.window.message.kind == "out_of_service"
    assert FAULT in guarded.store.open_faults()
    [(_kind, detail)] = guarded.store.events("page_tampered")
    assert item_file.name in detail
    assert ITEM in guarded.controller.unavailable_items()
    citizen.tap(guarded.window.message.ok)
    assert guarded.window.home.tiles[ITEM].property("unavailable") is True
    citizen.tap(guarded.window.home.tiles[OTHER])  # an item whose pages are intact still works
    assert citizen.step_view() == "Notice"


@pytest.mark.parametrize("change", ["translation", "departments", "new_asset", "unsigned"])
def test_shared_pages_changed_before_start_take_every_item_out(
    qapp: Any, tmp_path: Path, pages: Path, private_tmp: Path, change: str
) -> None:
    if change == "translation":
        qm = next((pages / "i18n").glob("*.qm"))
        qm.write_bytes(qm.read_bytes() + b"\0")
    elif change == "departments":
        path = pages / "flows" / "items" / "departments.toml"
        path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    elif change == "new_asset":
        (pages / "assets").mkdir(exist_ok=True)
        (pages / "assets" / "banner.svg").write_text("<svg/>", encoding="utf-8")
    else:  # the attacker re-signs with a key of their own
        key = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        (tmp_path / "evil.key").write_text(key.hex(), encoding="ascii")
        signing = ["sign", "--key", str(tmp_path / "evil.key"), "--root", str(pages)]
        assert manifest_cli([*signing, "--out", str(pages / "manifest.json")]) == 0
    kiosk = _build(qapp, tmp_path, pages)
    try:
        assert FAULT in kiosk.store.open_faults()
        visible = {item.id for item in kiosk.catalogue.items}
        assert visible <= kiosk.controller.unavailable_items()
    finally:
        kiosk.shutdown()


def test_a_production_key_is_used_for_signing_and_checking(
    tmp_path: Path, pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    (tmp_path / "site.pem").write_bytes(pem)
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    out = pages / "manifest.json"
    common = ["--root", str(pages), "--out", str(out)]
    assert manifest_cli(["sign", "--key", str(tmp_path / "site.pem"), *common]) == 0
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[security]\nmanifest_public_key = "{public.hex()}"\n', encoding="utf-8")
    assert manifest_cli(["check", "--config", str(config), *common]) == 0
    assert manifest_cli(["check", *common]) == 1  # the training key does not verify it
    assert "signature does not match" in capsys.readouterr().err
    (pages / "flows" / "items" / "departments.toml").write_text("x = 1\n", encoding="utf-8")
    assert manifest_cli(["check", "--config", str(config), *common]) == 1
    assert "changed: flows/items/departments.toml" in capsys.readouterr().out


def test_the_shipped_manifest_covers_the_shipped_pages() -> None:
    """Fails after an item, translation or asset is edited and not signed again: run
    `kiosk manifest sign` (a release signs with its own key: `--key FILE`)."""
    manifest = Manifest.load(MANIFEST_FILE, ROOT)
    assert manifest.check_all() == [], "pages changed since signing: run `kiosk manifest sign`"
