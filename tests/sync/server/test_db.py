"""sync/server/db.py: the central SQLite file holds records and password hashes, so only
its owner may read it or its folder; rows are written and numbered in bulk."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, cast

import httpx
import psycopg
import pytest
from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from keyworker_desktop.sync.server import db
from keyworker_desktop.sync.server.models import Change, Record

from ..conftest import Running, drop_pg_database, new_pg_database
from .test_scopes import token

RECORDS = cast(Table, Record.__table__)
CHANGES = cast(Table, Change.__table__)


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


def _record(i: int, **fields: Any) -> dict[str, Any]:
    return {"entity": "young_person", "id": f"yp{i}", "young_person_id": f"yp{i}",
            "fields": {"given_name": "Jo", "family_name": "Pryce", **fields},
            "meta": [[1, "h1", "sam", "d1", "given_name", "family_name"]], "version": 1,
            "hlc": "h1", "deleted": False}


def test_records_are_updated_in_one_go_leaving_the_others(database_url: str) -> None:
    engine = db.make_engine(database_url)
    try:
        db.upgrade(engine)
        with Session(engine) as s, s.begin():
            db.bulk_insert(s, RECORDS, [_record(i) for i in range(3)])
        postgresql = engine.dialect.name == "postgresql"
        for version, name in ((2, "Rees"), (3, "Ellis")):  # the second in a new transaction
            # On PostgreSQL only the changed fields are sent, merged into the stored ones.
            new = {"family_name": name, "deleted_at": "2026-01-02T03:04:05"}
            rows = [{**_record(i), "fields": new if postgresql else {**_record(i)["fields"],
                                                                     **new},
                     "meta": [[version, f"h{version}", "sam", "d1", *new]],
                     "version": version, "hlc": f"h{version}", "deleted": True}
                    for i in (0, 2)]
            with Session(engine) as s, s.begin():
                db.bulk_update(s, RECORDS, ("entity", "id"),
                               ("fields", "meta", "version", "hlc", "deleted"), rows,
                               merged=("fields",) if postgresql else ())
        with Session(engine) as s:
            got = {r.id: r for r in s.execute(select(RECORDS))}
        for i in (0, 2):
            assert got[f"yp{i}"].fields == {"given_name": "Jo", "family_name": "Ellis",
                                            "deleted_at": "2026-01-02T03:04:05"}
            assert got[f"yp{i}"].meta == [[3, "h3", "sam", "d1", "family_name", "deleted_at"]]
            assert (got[f"yp{i}"].version, got[f"yp{i}"].hlc, got[f"yp{i}"].deleted) == (
                3, "h3", True)
        assert got["yp1"].fields == _record(1)["fields"] and got["yp1"].version == 1
        if not postgresql:
            with Session(engine) as s, pytest.raises(ValueError):
                db.bulk_update(s, RECORDS, ("entity", "id"), ("fields",),
                               [_record(0)], merged=("fields",))
    finally:
        engine.dispose()


@pytest.fixture
def pg_url(postgres_server: str) -> Iterator[str]:
    url = new_pg_database(postgres_server)
    yield url
    drop_pg_database(url)


def _change(n: int, seq: int | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {"change_id": f"c{n}", "entity": "young_person", "record_id": "yp0",
           "young_person_id": "yp0", "op": "update", "fields": {}, "submitted": None,
           "base_version": 0, "version": n, "hlc": f"h{n}", "author": "sam", "device": "d1",
           "user_id": 1, "status": "applied", "conflicts": [], "resolved": [],
           "received_at": datetime(2026, 1, 2)}
    return row if seq is None else {**row, "seq": seq}


def test_changes_are_numbered_as_one_range_after_those_written_before(pg_url: str) -> None:
    engine = db.make_engine(pg_url)
    try:
        db.upgrade(engine)
        with Session(engine) as s, s.begin():
            s.execute(insert(CHANGES), [_change(1), _change(2)])  # numbered by the column
            db.serialise_writes(s)
            taken = db.next_values(s, CHANGES.c.seq, 5)
            assert taken == [3, 4, 5, 6, 7]
            db.bulk_insert(s, CHANGES, [_change(n, seq) for n, seq in zip(
                range(3, 8), taken, strict=True)])
            s.execute(insert(CHANGES), [_change(8)])
        with Session(engine) as s:
            assert list(s.scalars(select(CHANGES.c.seq).order_by(CHANGES.c.seq))) == list(
                range(1, 9))
    finally:
        engine.dispose()
