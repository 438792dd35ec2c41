"""sync/server/db.py: the central SQLite file holds records and password hashes, so only
its owner may read it or its folder."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from keyworker_desktop.sync.server import db

from ..conftest import Running
from .test_scopes import token


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_default_folder_is_0700_and_the_files_0600(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(db.ENV_URL, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = db.default_url()
    folder = Path(url.removeprefix("sqlite:///")).parent
    assert folder.is_relative_to(tmp_path)
    assert mode(folder) == 0o700
    engine = db.make_engine(url)
    try:
        db.upgrade(engine)
    finally:
        engine.dispose()
    files = sorted(folder.iterdir())
    assert files, "no database file was made"
    for f in files:  # central.db, and its -wal/-shm while open
        assert mode(f) == 0o600, f.name


def test_a_database_url_elsewhere_is_made_0600_and_an_existing_default_folder_tightened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "elsewhere" / "central.db"
    path.parent.mkdir()
    engine = db.make_engine(f"sqlite:///{path}")
    try:
        db.upgrade(engine)
        assert mode(path) == 0o600
    finally:
        engine.dispose()
    monkeypatch.delenv(db.ENV_URL, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    first = Path(db.default_url().removeprefix("sqlite:///")).parent
    first.chmod(0o755)  # as made by earlier versions
    db.default_url()
    assert mode(first) == 0o700


# -- PostgreSQL connections checked before use without a round trip ----------------------
def terminate_backends(url: str) -> int:
    """What a restarted PostgreSQL does to every pooled connection: ends its backend."""
    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        ended = conn.execute("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                             "WHERE datname = %s AND pid <> pg_backend_pid()", (name,)).fetchall()
    return len(ended)


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_sync_after_postgresql_dropped_its_connections_works(server: Running,
                                                              database_url: str) -> None:
    auth = token(server, "sam")
    pulls = [httpx.get(server.url + "/v1/pull", headers=auth) for _ in range(3)]
    assert all(r.status_code == 200 for r in pulls)
    assert terminate_backends(database_url) >= 1
    for _ in range(3):  # every connection the pool held is found dead and replaced
        assert httpx.get(server.url + "/v1/pull", headers=auth).status_code == 200
        assert httpx.get(server.url + "/v1/status", headers=auth).status_code == 200
    r = httpx.post(server.url + "/v1/push", json={"changes": []}, headers=auth)
    assert r.status_code in (200, 400), r.text  # answered, not a failure of the server


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_live_idle_connection_is_used_without_a_ping(
        server: Running, monkeypatch: pytest.MonkeyPatch) -> None:
    auth = token(server, "sam")
    httpx.get(server.url + "/v1/pull", headers=auth)
    pings: list[object] = []
    dialect = server.central.engine.dialect
    real = dialect.do_ping

    def ping(conn: Any) -> bool:
        pings.append(conn)
        return bool(real(conn))

    monkeypatch.setattr(dialect, "do_ping", ping)
    for _ in range(3):
        assert httpx.get(server.url + "/v1/pull", headers=auth).status_code == 200
    assert pings == []
    monkeypatch.setattr(db, "PING_AFTER_IDLE", 0.0)  # long unused: pinged first
    assert httpx.get(server.url + "/v1/pull", headers=auth).status_code == 200
    assert len(pings) == 1
