"""An organisation's own certificate authority, and ``keyworker-central serve`` over HTTPS.

Used by the TLS tests (tests/sync/test_tls.py, tests/ui/test_sync_tls.py):
the certificates are made with ``cryptography`` into a temporary folder, and the
central store runs as a real subprocess with ``--tls-cert``/``--tls-key`` on a
free loopback port, with its users added through its own command line.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from .conftest import PASSWORD, free_port

# Who the TLS central store knows (name, role, team).
TLS_USERS = [("sam", "keyworker", "north"), ("morgan", "senior", "north")]


@dataclass(frozen=True)
class Pki:
    ca: Path  # the organisation's certificate authority (PEM): what laptops are given
    cert: Path  # the central store's certificate, for 127.0.0.1 and localhost
    key: Path


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test Organisation"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_ca(folder: Path, label: str = "ca") -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey,
                                                      Path]:
    """A throwaway certificate authority: its certificate, key, and the PEM file written."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder()
            .subject_name(_name(f"Test {label}")).issuer_name(_name(f"Test {label}"))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=False, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))
    path = folder / f"{label}.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert, key, path


def make_pki(folder: Path) -> Pki:
    """A certificate authority and a server certificate it signed, for loopback."""
    folder.mkdir(parents=True, exist_ok=True)
    ca_cert, ca_key, ca_path = make_ca(folder)
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder()
            .subject_name(_name("localhost")).issuer_name(ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    cert_path, key_path = folder / "central.pem", folder / "central-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return Pki(ca_path, cert_path, key_path)


def central_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "keyworker_desktop.sync.server.cli", *args]


def central_env() -> dict[str, str]:
    return {**os.environ, "KEYWORKER_CENTRAL_ARGON2_KIB": "64",
            "KEYWORKER_CENTRAL_PASSWORD": PASSWORD}


@dataclass(frozen=True)
class TlsCentral:
    url: str  # https://127.0.0.1:PORT
    pki: Pki
    database_url: str


def serve_tls(folder: Path) -> Iterator[TlsCentral]:
    """For a fixture: users added with ``keyworker-central add-user``, then ``serve`` over TLS."""
    pki = make_pki(folder / "pki")
    database_url = f"sqlite:///{folder / 'central.db'}"
    for name, role, team in TLS_USERS:
        subprocess.run(central_command("--database-url", database_url, "add-user", name,
                                       "--role", role, "--team", team),
                       env=central_env(), check=True, capture_output=True, timeout=120)
    port = free_port()
    proc = subprocess.Popen(
        central_command("serve", "--database-url", database_url, "--port", str(port),
                        "--tls-cert", str(pki.cert), "--tls-key", str(pki.key)),
        env=central_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"https://127.0.0.1:{port}"
    try:
        _wait_until_it_answers(proc, url, ssl.create_default_context(cafile=str(pki.ca)))
        yield TlsCentral(url, pki, database_url)
    finally:
        proc.kill()
        proc.wait(10)
        if proc.stderr is not None:
            proc.stderr.close()


def _wait_until_it_answers(proc: subprocess.Popen[bytes], url: str,
                           verify: ssl.SSLContext) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(url + "/v1/status", verify=verify, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            err = proc.stderr.read().decode() if proc.stderr and proc.poll() is not None else ""
            raise RuntimeError("keyworker-central serve did not start over TLS: " + err)
        time.sleep(0.05)
