"""Creating, opening and checking the encrypted store; foreign files are refused untouched."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy.exc
import sqlcipher3.dbapi2 as sqlcipher

from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import CorruptStore, StoreExists, StoreMissing, WeakPassphrase
from keyworker_desktop.store.models import YoungPerson
from tests.store.conftest import PASSPHRASE


def test_create_refuses_an_existing_store(store: Store, root: Path) -> None:
    key_before = store.paths.key.read_bytes()
    with pytest.raises(StoreExists) as info:
        Store.create(root, "another passphrase")
    assert str(root) in info.value.message
    assert store.paths.key.read_bytes() == key_before


def test_create_refuses_a_weak_passphrase(root: Path) -> None:
    with pytest.raises(WeakPassphrase):
        Store.create(root, "short")
    assert not root.exists() or not any(root.iterdir())


def test_open_of_a_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreMissing) as info:
        Store.open(tmp_path / "nowhere", PASSPHRASE)
    assert str(tmp_path / "nowhere") in info.value.message


def test_data_survives_close_and_open(store: Store, root: Path) -> None:
    with store.transaction() as s:
        s.add(YoungPerson(given_name="Ada", family_name="Byron"))
    store.close()
    assert not store.is_open
    with pytest.raises(RuntimeError):
        store.data_key  # noqa: B018 - the key is forgotten
    again = Store.open(root, PASSPHRASE, daily_backup=False)
    try:
        with again.session() as s:
            assert [p.given_name for p in s.query(YoungPerson)] == ["Ada"]
        assert again.device_id == store.device_id != ""
        assert again.actor == "Sam Keyworker"
    finally:
        again.close()


def _plain_sqlite(db: Path, _good: bytes) -> None:
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('hello')")
    conn.commit()
    conn.close()


FOREIGN: dict[str, Callable[[Path, bytes], None]] = {
    "plain-sqlite": _plain_sqlite,
    "random-bytes": lambda db, good: db.write_bytes(os.urandom(len(good))),
    "truncated-half": lambda db, good: db.write_bytes(good[: len(good) // 2]),
    "truncated-page": lambda db, good: db.write_bytes(good[:4096]),
    "truncated-tail": lambda db, good: db.write_bytes(good[:-10]),
    "zero-length": lambda db, good: db.write_bytes(b""),
}


@pytest.mark.parametrize("make", FOREIGN.values(), ids=FOREIGN.keys())
def test_a_foreign_database_file_is_refused_and_left_alone(
    store: Store, root: Path, make: Callable[[Path, bytes], None]
) -> None:
    with store.transaction() as s:  # enough rows for several pages
        for i in range(50):
            s.add(YoungPerson(given_name=f"Name{i}", family_name="F", interests="x" * 400))
    store.close()
    db = store.paths.db
    make(db, db.read_bytes())
    before = db.read_bytes()
    with pytest.raises(CorruptStore) as info:
        Store.open(root, PASSPHRASE)
    assert str(db) in info.value.message
    assert db.read_bytes() == before
    assert not store.paths.backups.exists()  # nothing backed up from a bad file


def test_pragmas_are_in_force(store: Store) -> None:
    with store.engine.connect() as conn:
        def pragma(name: str) -> str:
            return str(conn.exec_driver_sql(f"PRAGMA {name}").scalar()).lower()

        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == "1"
        assert pragma("temp_store") == "2"
        assert pragma("synchronous") == "2"  # FULL


def test_the_file_needs_the_key(store: Store) -> None:
    store.close()
    db = str(store.paths.db)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchone()
    with pytest.raises(sqlcipher.DatabaseError):
        sqlcipher.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchone()
    wrong = sqlcipher.connect(db)
    wrong.execute(f"PRAGMA key = \"x'{'00' * 32}'\"")
    with pytest.raises(sqlcipher.DatabaseError):
        wrong.execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert not store.paths.db.read_bytes().startswith(b"SQLite format 3")


def test_integrity_problems_empty_for_a_good_store(store: Store) -> None:
    with store.transaction() as s:
        s.add(YoungPerson(given_name="Ada", family_name="Byron"))
    assert store.integrity_problems() == []


def test_integrity_problems_reports_a_broken_reference(store: Store) -> None:
    raw = store.engine.raw_connection()  # outside a transaction, so the pragma applies
    try:
        conn = raw.driver_connection
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            "INSERT INTO important_date (id, young_person_id, label, \"on\", yearly, notes, "
            "created_at, updated_at, created_by, updated_by, origin_device, version, hlc) "
            "VALUES ('d1', 'nobody', 'x', '2024-01-01', 1, '', '2024-01-01', '2024-01-01', "
            "'', '', '', 1, '')"
        )
        conn.execute("PRAGMA foreign_keys = ON")
    finally:
        raw.close()
    assert any("important_date" in p for p in store.integrity_problems())


def test_store_files_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    import stat

    from keyworker_desktop.store import keys

    store = Store.create(tmp_path / "own", "correct horse battery", kdf=keys.TEST_KDF)
    backup = store.backup()
    try:
        for path in (store.paths.db, store.paths.key, backup, backup.with_suffix(".key")):
            assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path.name
    finally:
        store.close()


def test_a_closed_store_refuses_sessions_and_never_recreates_its_file(tmp_path: Path) -> None:
    from keyworker_desktop.store import keys

    store = Store.create(tmp_path / "gone", "correct horse battery", kdf=keys.TEST_KDF)
    store.close()
    with pytest.raises(RuntimeError):
        store.session()
    store.paths.db.unlink()
    # mode=rw: opening a missing file fails instead of creating an empty database.
    with pytest.raises(sqlalchemy.exc.OperationalError, match="unable to open"):
        with store.engine.connect():
            pass
    assert not store.paths.db.exists()


def test_a_redoable_transaction_waits_for_no_disk_flush_and_the_next_one_does(
        store: Store) -> None:
    """PRAGMA synchronous: 1 is NORMAL (no flush at a WAL commit), 2 is FULL."""
    from sqlalchemy import text

    with store.transaction() as s:
        assert s.scalar(text("PRAGMA synchronous")) == 2
    with store.transaction(redoable=True) as s:
        assert s.scalar(text("PRAGMA synchronous")) == 1
        # ...and leaves the WAL to grow until Store.checkpoint (a sync's end) copies it in.
        assert s.scalar(text("PRAGMA wal_autocheckpoint")) == 0
        s.execute(text("INSERT INTO sync_state (key, value) VALUES ('t', :v)"),
                  {"v": '{"v": "%s"}' % ("x" * 100_000)})
    before = store.paths.db.stat().st_size
    with store.transaction() as s:  # an ordinary write: its commit would have checkpointed
        assert s.scalar(text("PRAGMA wal_autocheckpoint")) == 1000
    store.checkpoint(over_bytes=50_000_000)  # a WAL smaller than that stays as it is
    assert store.paths.db.stat().st_size == before
    store.checkpoint()
    assert store.paths.db.stat().st_size > before + 100_000
    # The pool hands the same connection back: an ordinary write is flushed again.
    for _ in range(3):
        with store.transaction() as s:
            assert s.scalar(text("PRAGMA synchronous")) == 2
    with store.session() as s:
        assert s.scalar(text("PRAGMA synchronous")) == 2


def test_a_checkpoint_left_to_a_thread_copies_the_wal_while_writes_go_on(store: Store) -> None:
    """What a sync leaves behind is copied in after it (Store.checkpoint_later), and the
    store takes writes meanwhile; closing waits for the copy."""
    import threading

    from sqlalchemy import text

    with store.transaction(redoable=True) as s:  # no automatic checkpoint: the WAL grows
        s.execute(text("INSERT INTO sync_state (key, value) VALUES ('t', :v)"),
                  {"v": '{"v": "%s"}' % ("x" * 2_000_000)})
    before = store.paths.db.stat().st_size
    store.checkpoint_later(over_bytes=1_000_000)
    running = store._checkpointing
    assert running is not None and running.name == "keyworker-checkpoint"
    assert running is not threading.current_thread()
    with store.transaction() as s:  # a write meanwhile neither fails nor waits for it
        s.add(YoungPerson(given_name="Ada", family_name="Test"))
    store.checkpoint_later()  # one at a time: a second while it runs is not started
    assert store._checkpointing is running or not running.is_alive()
    store.wait_for_checkpoint()
    assert store.paths.db.stat().st_size > before + 1_000_000
    with store.session() as s:
        assert s.query(YoungPerson).count() == 1
    store.checkpoint_later(over_bytes=1_000_000_000)  # a WAL under the threshold: no copy
    store.close()  # waits for any checkpoint still running
    assert store._checkpointing is None



def test_none_and_bool_are_bound_as_null_and_integers_through_their_adapters(
        store: Store) -> None:
    """The driver's adapters for None and bool (store/sqlcipher.py: its slow path for them
    cost forty times an int's) bind exactly what it bound without them."""
    assert (type(None), sqlcipher.PrepareProtocol) in sqlcipher.adapters
    assert (bool, sqlcipher.PrepareProtocol) in sqlcipher.adapters
    raw = store.engine.raw_connection()
    try:
        db: Any = raw.driver_connection
        db.execute("CREATE TEMP TABLE bound (a, b, c)")
        db.executemany("INSERT INTO bound VALUES (?, ?, ?)",
                       [(None, True, False), (None, False, 7)])
        rows = db.execute("SELECT typeof(a), a, typeof(b), b, typeof(c), c FROM bound").fetchall()
    finally:
        raw.close()
    assert rows == [("null", None, "integer", 1, "integer", 0),
                    ("null", None, "integer", 0, "integer", 7)]
