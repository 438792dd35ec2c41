"""keyworker_desktop/sync/transport.py: trusting a certificate authority."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx
import pytest

from keyworker_desktop.sync.transport import trust, untrusted

from .tls_support import make_ca


# -- trust ----------------------------------------------------------------------------
def test_trust_is_the_given_authority_only(tmp_path: Path) -> None:
    assert trust(None) is True  # httpx's usual public authorities
    _, _, ca = make_ca(tmp_path)
    context = trust(ca)
    assert isinstance(context, ssl.SSLContext)
    assert [c["subject"] for c in context.get_ca_certs()] == [
        ((("organizationName", "Test Organisation"),), (("commonName", "Test ca"),))]
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    with pytest.raises(OSError):
        trust(tmp_path / "missing.pem")


def test_untrusted_looks_down_the_cause_chain() -> None:
    def wrapped(inner: BaseException) -> httpx.ConnectError:
        try:
            try:
                raise inner
            except BaseException as exc:
                raise OSError("the library's own wrapper") from exc
        except OSError as exc:
            try:
                raise httpx.ConnectError("connect failed") from exc
            except httpx.ConnectError as outer:
                return outer

    assert untrusted(wrapped(ssl.SSLCertVerificationError(1, "certificate verify failed")))
    assert not untrusted(wrapped(ConnectionRefusedError(111, "refused")))
    assert not untrusted(wrapped(ssl.SSLError(1, "wrong version number")))
