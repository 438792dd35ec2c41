"""HTTPS end to end: ``keyworker-central serve --tls-cert/--tls-key`` with an organisation's own
certificate authority, the desktop's ``SyncClient(ca_file=...)`` and ``keyworker sync --ca-cert``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from keyworker_desktop.store import settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.sync.client import (
    CaFileUnreadable,
    InsecureServer,
    Offline,
    SyncClient,
    UntrustedServer,
)
from keyworker_desktop.sync.server import cli as central_cli

from .conftest import PASSWORD
from .test_client import add_person
from .tls_support import TlsCentral, make_ca, make_pki, serve_tls


@pytest.fixture(scope="module")
def tls_central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsCentral]:
    yield from serve_tls(tmp_path_factory.mktemp("tls-central"))


def names(store: Store) -> set[str]:
    with store.session() as s:
        return set(s.scalars(select(YoungPerson.given_name)))


def test_a_laptop_syncs_over_https_trusting_its_organisations_ca(
        make_store: Callable[[str], Store], tls_central: TlsCentral) -> None:
    assert tls_central.url.startswith("https://")
    sam = SyncClient(make_store("sam"), tls_central.url, ca_file=tls_central.pki.ca)
    assert sam.register("sam", PASSWORD) == "keyworker"
    add_person(sam.store, "Rhiannon")
    up = sam.sync()
    assert up.pushed == 1 and sam.pending_count() == 0
    with sam.store.session() as s:  # remembered beside the address, for the next sync
        assert settings.get(s, settings.CA_FILE) == str(tls_central.pki.ca)
        assert settings.get(s, settings.SERVER_URL) == tls_central.url
    morgan = SyncClient(make_store("morgan"), tls_central.url, ca_file=str(tls_central.pki.ca))
    morgan.register("morgan", PASSWORD)
    down = morgan.sync()
    assert down.pulled >= 1 and "Rhiannon" in names(morgan.store)
    sam.close()
    morgan.close()


def test_without_the_ca_the_server_is_untrusted_not_offline_and_nothing_is_sent(
        make_store: Callable[[str], Store], tls_central: TlsCentral, tmp_path: Path) -> None:
    store = make_store("sam")
    registered = SyncClient(store, tls_central.url, ca_file=tls_central.pki.ca)
    registered.register("sam", PASSWORD)
    registered.close()
    add_person(store, "Eleri")
    add_person(store, "Gethin")
    pending = registered.pending_count()
    assert pending == 2
    _, _, other_ca = make_ca(tmp_path, "another-ca")
    for ca in (None, other_ca):  # the public authorities only, or someone else's
        client = SyncClient(store, tls_central.url, ca_file=ca)
        with pytest.raises(UntrustedServer) as raised:
            client.sync()
        client.close()
        assert not isinstance(raised.value, Offline)
        message = raised.value.message
        assert "certificate could not be checked" in message and "nothing was sent" in message
        assert "Eleri" not in message and "Traceback" not in message and "ssl" not in message
        assert registered.pending_count() == pending
    # Registering without the authority fails the same way, and nothing is registered.
    fresh = SyncClient(make_store("sam"), tls_central.url)
    with pytest.raises(UntrustedServer):
        fresh.register("sam", PASSWORD)
    assert not fresh.is_registered()
    fresh.close()


def test_an_unreadable_ca_file_is_said_plainly(make_store: Callable[[str], Store],
                                               tmp_path: Path) -> None:
    garbage = tmp_path / "not-a-certificate.pem"
    garbage.write_text("not a certificate\n")
    for ca in (tmp_path / "missing.pem", garbage):
        with pytest.raises(CaFileUnreadable) as raised:
            SyncClient(make_store("sam"), "https://127.0.0.1:9", ca_file=ca)
        assert "certificate authority file" in raised.value.message
        assert str(tmp_path) not in raised.value.message


def test_plain_http_to_another_host_is_refused_even_with_a_ca(
        make_store: Callable[[str], Store], tls_central: TlsCentral) -> None:
    for url in ("http://192.0.2.10:8765", "http://central.example.org"):
        with pytest.raises(InsecureServer):
            SyncClient(make_store("sam"), url, ca_file=tls_central.pki.ca)


@pytest.mark.parametrize("given", ["--tls-cert", "--tls-key"])
def test_serve_with_only_one_tls_file_exits_2(given: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    pem = tmp_path / "one.pem"
    pem.write_text("")
    code = central_cli.main(["serve", "--database-url", f"sqlite:///{tmp_path / 'c.db'}",
                             given, str(pem)])
    assert code == 2
    assert "both --tls-cert and --tls-key" in capsys.readouterr().err
    assert not (tmp_path / "c.db").exists()  # it stopped before opening anything


def test_serve_with_a_missing_or_mismatched_tls_file_says_so_and_exits_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pki = make_pki(tmp_path / "pki")
    other = make_pki(tmp_path / "other")
    db = tmp_path / "c.db"
    for cert, key in ((tmp_path / "missing.pem", pki.key), (pki.cert, other.key)):
        code = central_cli.main(["serve", "--database-url", f"sqlite:///{db}",
                                 "--tls-cert", str(cert), "--tls-key", str(key)])
        assert code == 2
        err = capsys.readouterr().err
        assert err.startswith("Cannot use the certificate and key given") and "Traceback" not in err
    assert not db.exists()  # it stopped before opening anything


def test_command_line_sync_remembers_ca_cert(make_store: Callable[[str], Store],
                                             tls_central: TlsCentral, tmp_path: Path) -> None:
    store = make_store("sam")
    add_person(store, "Carys")
    add_person(store, "Dylan")
    root = store.paths.root
    store.close()
    env = {**os.environ, "KEYWORKER_PASSPHRASE": "correct horse battery",
           "KEYWORKER_SERVER_PASSWORD": PASSWORD}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def keyworker(*args: str, cwd: Path = elsewhere) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "keyworker_desktop.cli", "--data-dir",
                               str(root), *args], env=env, capture_output=True, text=True,
                              timeout=120, cwd=cwd)

    untrusted = keyworker("sync", "--server", tls_central.url, "--user", "sam")
    assert untrusted.returncode == 1
    assert "certificate could not be checked" in untrusted.stderr
    assert "cannot be reached" not in untrusted.stderr and "Traceback" not in untrusted.stderr
    missing = keyworker("sync", "--server", tls_central.url, "--user", "sam",
                        "--ca-cert", "missing.pem")
    assert missing.returncode == 2 and "--ca-cert" in missing.stderr
    # A relative path, from the folder that holds it; remembered as an absolute one.
    first = keyworker("sync", "--server", tls_central.url, "--user", "sam", "--ca-cert",
                      tls_central.pki.ca.name, cwd=tls_central.pki.ca.parent)
    assert first.returncode == 0, first.stderr
    assert "Sent 2 changes" in first.stdout
    again = keyworker("sync")  # address, token and certificate authority all remembered
    assert again.returncode == 0, again.stderr
    assert "Sent 0 changes" in again.stdout
    reopened = Store.open(root, "correct horse battery", daily_backup=False)
    try:
        with reopened.session() as s:
            assert settings.get(s, settings.CA_FILE) == str(tls_central.pki.ca.resolve())
    finally:
        reopened.close()
