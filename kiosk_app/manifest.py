"""Page tampering (Appendix A: software / 页面篡改, severe): the files that make the citizen's
pages — item files, translations, assets — are listed with their SHA-256 in a manifest signed
with Ed25519. The kiosk checks the signature and every file at start and each item's files
before it starts; a changed, missing or added file takes the items it feeds out of service and
raises the fault. Ed25519 rather than an HMAC: the kiosk holds only the public key, so a
kiosk broken into cannot sign a changed page.

`kiosk manifest sign [--key FILE]` writes the manifest; without a key it signs with the
training key bundled below (good for development and training kiosks only: a production kiosk
sets `security.manifest_public_key` to its own key's public half, and the training key's
signature is then refused). `kiosk manifest check` lists what differs.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import logging
import sys
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from flows.catalogue import Catalogue
from kiosk_app.config import Config, ConfigError, load_config
from kiosk_app.store import Store

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
MANIFEST_FILE = Path(__file__).resolve().parent / "content-manifest.json"
# Training and development only: anyone can read this key, so anyone can sign with it.
TRAINING_PRIVATE_KEY = "c541a2d76d644f5b351ec2d8aac6b5f3eb24416b93e80f158ae7e39abc97b2a2"
TRAINING_PUBLIC_KEY = "9b458f908ba58e084b444f136b047774de4456c76e37e339f526904aa9f393fd"
# What a citizen's pages are made of, relative to the content root. Shared files feed every item.
ITEM_GLOB = "flows/items/*.toml"
SHARED_GLOBS = ("flows/items/departments.toml", "i18n/*.qm", "assets/**/*")
SKIP_SUFFIXES = (".pyc", ".py")
FAULT = ("software", "page_tampered", "severe")


class ManifestError(Exception):
    """The manifest is missing, unreadable or not signed by the expected key."""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def covered_files(root: Path) -> list[str]:
    """Every file the manifest must cover, relative to root, sorted."""
    found: set[str] = set()
    for pattern in (ITEM_GLOB, *SHARED_GLOBS):
        for path in root.glob(pattern):
            if (
                path.is_file()
                and path.suffix not in SKIP_SUFFIXES
                and "__pycache__" not in path.parts
            ):
                found.add(path.relative_to(root).as_posix())
    return sorted(found)


def _item_id(path: Path) -> str:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return ""
    item_id = data.get("id")
    return item_id if isinstance(item_id, str) else ""


def _canonical(body: dict[str, object]) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def sign(root: Path, private_key_hex: str = TRAINING_PRIVATE_KEY) -> dict[str, object]:
    """The signed manifest of what is under root now."""
    files = {name: _sha256(root / name) for name in covered_files(root)}
    items = {}
    for name in files:
        if name.startswith("flows/items/") and not name.endswith("departments.toml"):
            item_id = _item_id(root / name)
            if item_id:
                items[item_id] = name
    body: dict[str, object] = {"version": 1, "files": files, "items": items}
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_key_hex))
    signature = key.sign(_canonical(body))
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return {**body, "public_key": public.hex(), "signature": base64.b64encode(signature).decode()}


def read_private_key(path: Path) -> str:
    """A PEM (PKCS#8) Ed25519 private key file, or one holding the 32 raw bytes as hex."""
    data = path.read_bytes()
    if b"-----BEGIN" in data:
        key = serialization.load_pem_private_key(data, password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ManifestError(f"{path}: not an Ed25519 private key")
        raw = key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return raw.hex()
    text = data.decode("ascii", "replace").strip()
    if len(text) != 64 or any(c not in "0123456789abcdefABCDEF" for c in text):
        raise ManifestError(f"{path}: not a PEM Ed25519 key or 64 hex digits")
    return text


@dataclass
class Manifest:
    """A verified manifest: file hashes and which file holds which item."""

    files: dict[str, str]
    items: dict[str, str]
    root: Path

    @classmethod
    def load(cls, path: Path, root: Path, public_key_hex: str = "") -> Manifest:
        """Read and verify; raises ManifestError if it cannot be trusted."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            signature = base64.b64decode(raw.pop("signature"), validate=True)
            raw.pop("public_key", None)
            files, items = raw["files"], raw["items"]
            if not isinstance(files, dict) or not isinstance(items, dict):
                raise TypeError("files and items must be tables")
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise ManifestError(f"{path.name}: unreadable ({type(error).__name__})") from None
        key_hex = public_key_hex or TRAINING_PUBLIC_KEY
        try:
            key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(key_hex))
            key.verify(signature, _canonical(raw))
        except (InvalidSignature, ValueError):
            raise ManifestError(f"{path.name}: the signature does not match the key") from None
        return cls({str(k): str(v) for k, v in files.items()}, dict(items), root)

    def changed(self, names: Iterable[str]) -> list[str]:
        """Those of `names` that differ from the manifest (changed, missing or not listed)."""
        bad = []
        for name in names:
            path = self.root / name
            expected = self.files.get(name)
            try:
                actual = _sha256(path) if path.is_file() else None
            except OSError:
                actual = None
            if expected is None or actual != expected:
                bad.append(name)
        return bad

    def shared(self) -> list[str]:
        now = set(covered_files(self.root))
        listed = {n for n in self.files if not n.startswith("flows/items/")}
        listed.add("flows/items/departments.toml")
        return sorted(listed | {n for n in now if not n.startswith("flows/items/")})

    def check_all(self) -> list[str]:
        """Every covered file that differs, plus files that appeared and were never signed."""
        return sorted(set(self.changed(set(self.files) | set(covered_files(self.root)))))

    def check_item(self, item_id: str) -> list[str]:
        """The files this item's pages are made of that differ (empty: all as signed)."""
        own = self.items.get(item_id)
        names = [*self.shared(), own] if own else [*self.shared(), f"<item {item_id}>"]
        return self.changed(names)


@dataclass
class TamperGuard:
    """Keeps items whose pages were tampered with out of service and records the fault."""

    manifest: Manifest | None
    record_fault: Callable[[str], None]  # called with the changed files (names only)
    problem: str = ""  # why no manifest could be trusted: then every item is out
    blocked: set[str] = field(default_factory=set)

    def check_start(self, item_ids: Iterable[str]) -> set[str]:
        """At start: every item checked; returns those taken out of service."""
        ids = list(item_ids)
        if self.manifest is None:
            self.blocked = set(ids)
            self.record_fault(self.problem or "manifest missing")
            return self.blocked
        bad = self.manifest.check_all()
        if bad:
            for item_id in ids:
                if self.manifest.check_item(item_id):
                    self.blocked.add(item_id)
            self.record_fault(" ".join(bad[:8]))
        return set(self.blocked)

    def allow(self, item_id: str) -> bool:
        """Before an item starts: False (and the fault raised) if its files changed."""
        if item_id in self.blocked:
            return False
        if self.manifest is None:
            self.blocked.add(item_id)
            return False
        bad = self.manifest.check_item(item_id)
        if bad:
            self.blocked.add(item_id)
            self.record_fault(" ".join(bad[:8]))
            return False
        return True


def build_guard(
    mode: str,
    training: bool,
    manifest_file: str,
    content_root: str,
    public_key: str,
    record_fault: Callable[[str], None],
) -> TamperGuard | None:
    """The guard the configuration asks for: mode "on", or "auto" outside training mode;
    None when the check is off (training and development kiosks, whose files change)."""
    if mode == "off" or (mode == "auto" and training):
        return None
    root = Path(content_root) if content_root else ROOT
    path = Path(manifest_file) if manifest_file else MANIFEST_FILE
    try:
        manifest: Manifest | None = Manifest.load(path, root, public_key)
        problem = ""
    except ManifestError as error:
        log.error("page manifest not trusted: %s", error)
        manifest, problem = None, str(error)
    return TamperGuard(manifest, record_fault, problem)


def manifest_command(
    action: str,
    key_file: Path | None,
    public_key: str = "",
    root: Path = ROOT,
    out: Path = MANIFEST_FILE,
) -> int:
    """`kiosk manifest sign [--key FILE]` and `kiosk manifest check`."""
    if action == "sign":
        try:
            key = read_private_key(key_file) if key_file else TRAINING_PRIVATE_KEY
        except (OSError, ValueError, ManifestError) as error:
            print(f"kiosk: cannot use the key: {error}", file=sys.stderr)
            return 2
        manifest = sign(root, key)
        out.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", "utf-8")
        files = manifest["files"]
        assert isinstance(files, dict)
        print(f"kiosk: signed {len(files)} files into {out}")
        if key_file is None:
            print("kiosk: signed with the bundled TRAINING key; production: --key, and set")
            print("       security.manifest_public_key so the training key is refused")
        return 0
    try:
        loaded = Manifest.load(out, root, public_key)
    except ManifestError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 1
    bad = loaded.check_all()
    for name in bad:
        print(f"changed: {name}")
    print("kiosk: manifest OK" if not bad else f"kiosk: {len(bad)} file(s) differ from it")
    return 1 if bad else 0


def manifest_cli(argv: list[str]) -> int:
    """`kiosk manifest sign [--key FILE]` / `kiosk manifest check [--config FILE]`."""
    parser = argparse.ArgumentParser(prog="kiosk manifest", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("sign", "check"))
    parser.add_argument("--key", type=Path, help="sign: Ed25519 private key (PEM or hex)")
    parser.add_argument("--config", type=Path, help="check: the public key from this config")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=MANIFEST_FILE, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    public_key = ""
    if args.config is not None:
        try:
            public_key = load_config(args.config).security.manifest_public_key
        except ConfigError as error:
            print(f"kiosk: {error}", file=sys.stderr)
            return 2
    return manifest_command(args.action, args.key, public_key, args.root, args.out)


def guard_pages(config: Config, store: Store, catalogue: Catalogue) -> TamperGuard | None:
    """The check at start, wired to the store: each finding is an event naming the files and
    an open Appendix A fault (software / page tampered / severe)."""
    security = config.security

    def record(detail: str) -> None:
        log.error("page tampering: %s", detail)
        store.log_event("page_tampered", detail[:400])
        store.open_fault("client", *FAULT)  # the client software's pages

    guard = build_guard(
        security.manifest,
        config.training,
        security.manifest_file,
        security.content_root,
        security.manifest_public_key,
        record,
    )
    if guard is not None:
        guard.check_start(item.id for item in catalogue.items)
    return guard
