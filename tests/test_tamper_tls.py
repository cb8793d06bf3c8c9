"""Platform connections verify TLS, and can pin the platform's certificate. A real HTTPS server
on loopback with a self-signed certificate made here (cryptography): refused without a pin
(no CA vouches for it), accepted with its SHA-256 pinned (as the configuration takes it), and
refused with another pin."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kiosk_app.config import Config, ConfigError, load_config
from kiosk_app.platform_client import PlatformClient, PlatformError


def self_signed(folder: Path, name: str) -> tuple[Path, Path, str]:
    """A certificate for 127.0.0.1 and its key; returns (cert, key, sha256 of the DER)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / f"{name}.crt", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    return cert_path, key_path, hashlib.sha256(der).hexdigest()


class _Answer(BaseHTTPRequestHandler):
    def log_message(self, *_args: Any) -> None:
        pass

    def _json(self, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._json({"status": "ok"})

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self._json({"answer": "ok"})


@pytest.fixture
def https(tmp_path: Path) -> Iterator[tuple[str, str]]:
    cert, key, fingerprint = self_signed(tmp_path, "platform")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{server.server_address[1]}", fingerprint
    server.shutdown()
    server.server_close()


def test_an_unknown_certificate_is_refused(https: tuple[str, str]) -> None:
    url, _pin = https
    with PlatformClient(url, "K1", retries=0) as client, pytest.raises(PlatformError) as error:
        client.call("/api/v1/anything", {})
    assert error.value.key == "platform_unreachable" and "SSLError" in str(error.value)
    assert client.health() is False


def test_the_pinned_certificate_is_accepted(https: tuple[str, str]) -> None:
    url, pin = https
    colons = ":".join(pin[i : i + 2] for i in range(0, 64, 2)).upper()  # as openssl prints it
    pin_setting = Config.model_validate({"platform": {"tls_pin_sha256": colons}}).platform
    with PlatformClient(url, "K1", retries=0, tls_pin_sha256=pin_setting.tls_pin_sha256) as client:
        assert client.call("/api/v1/anything", {}) == {"answer": "ok"}
        assert client.health() is True


def test_another_certificate_than_the_pinned_one_is_refused(
    https: tuple[str, str], tmp_path: Path
) -> None:
    url, _pin = https
    _cert, _key, other = self_signed(tmp_path, "impostor")
    with PlatformClient(url, "K1", retries=0, tls_pin_sha256=other) as client:
        with pytest.raises(PlatformError) as error:
            client.call("/api/v1/anything", {})
        assert error.value.key == "platform_unreachable"
        assert client.health() is False


def test_a_malformed_pin_is_a_clear_configuration_error(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[platform]\ntls_pin_sha256 = "abc"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"platform\.tls_pin_sha256"):
        load_config(path)
