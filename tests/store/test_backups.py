"""Encrypted backups: daily, before a migration, the last 7 kept, and restore."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from keyworker_desktop.store import backups, keys, migrate
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import WrongPassphrase
from keyworker_desktop.store.lockout import Lockout
from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.store.paths import StorePaths
from keyworker_desktop.store.sqlcipher import connect_raw, make_engine
from tests.store.conftest import PASSPHRASE, insert_young_person_sql


def _names(store: Store) -> list[str]:
    with store.session() as s:
        return sorted(s.scalars(select(YoungPerson.given_name)))


def _add(store: Store, name: str) -> None:
    with store.transaction() as s:
        s.add(YoungPerson(given_name=name, family_name="F"))


def test_open_makes_a_daily_backup_only_when_the_newest_is_a_day_old(store: Store,
                                                                     root: Path) -> None:
    paths = store.paths
    store.close()
    assert backups.list_backups(paths) == []
    Store.open(root, PASSPHRASE).close()
    first = backups.list_backups(paths)
    assert len(first) == 1 and first[0].name.endswith("-daily.db")
    assert first[0].with_suffix(".key").read_bytes() == paths.key.read_bytes()

    Store.open(root, PASSPHRASE).close()
    assert backups.list_backups(paths) == first

    two_days_ago = time.time() - 2 * 86_400
    os.utime(first[0], (two_days_ago, two_days_ago))
    Store.open(root, PASSPHRASE).close()
    assert len(backups.list_backups(paths)) == 2


def test_a_backup_is_encrypted_with_the_same_key_and_holds_the_data(store: Store) -> None:
    _add(store, "Ada")
    target = store.backup()
    assert not target.read_bytes().startswith(b"SQLite format 3")
    conn = connect_raw(target, store.data_key)
    try:
        assert conn.execute("SELECT given_name FROM young_person").fetchall() == [("Ada",)]
    finally:
        conn.close()


def test_only_the_last_seven_are_kept(store: Store) -> None:
    made = [store.backup(f"n{i}") for i in range(backups.KEEP + 2)]
    kept = backups.list_backups(store.paths)
    assert kept == sorted(made[2:], reverse=True)
    assert sorted(store.paths.backups.glob("*.key")) == sorted(p.with_suffix(".key") for p in kept)


def _store_at_0001(root: Path) -> None:
    """A store as an older app version left it: schema 0001, one young person."""
    root.mkdir(parents=True)
    paths = StorePaths(root)
    data_key = keys.new_data_key()
    paths.db.touch()  # the store never creates a database file when opening one
    engine = make_engine(paths.db, data_key)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        insert_young_person_sql(conn, "yp1", "Olwen", "Pryce", "kites")
    engine.dispose()
    keys.write_key_file(paths.key, keys.wrap(data_key, PASSPHRASE, keys.TEST_KDF))


def test_a_backup_is_made_before_a_migration(root: Path) -> None:
    _store_at_0001(root)
    store = Store.open(root, PASSPHRASE)
    try:
        assert migrate.current(store.engine) == migrate.head()
        assert _names(store) == ["Olwen"]
        made = backups.list_backups(store.paths)
        assert [p.name.endswith("-migration.db") for p in made] == [True]
        conn = connect_raw(made[0], store.data_key)
        try:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
            assert conn.execute("SELECT given_name FROM young_person").fetchall() == [("Olwen",)]
        finally:
            conn.close()
    finally:
        store.close()


def _backup_then_change(store: Store) -> Path:
    _add(store, "Ada")
    made = store.backup()
    _add(store, "Bea")
    store.close()
    return made


def test_restore_brings_the_data_back_and_keeps_the_current_files(store: Store, root: Path) -> None:
    paths = store.paths
    made = _backup_then_change(store)
    current = paths.db.read_bytes()

    aside = backups.restore(paths, made, PASSPHRASE)

    assert aside.parent == root
    assert (aside / paths.db.name).read_bytes() == current
    restored = Store.open(root, PASSPHRASE, daily_backup=False)
    try:
        assert _names(restored) == ["Ada"]
    finally:
        restored.close()


def test_restore_with_a_damaged_key_file_uses_the_saved_copy(store: Store, root: Path) -> None:
    paths = store.paths
    made = _backup_then_change(store)
    paths.key.write_text("{ damaged")

    aside = backups.restore(paths, made, PASSPHRASE)

    assert (aside / paths.key.name).read_text() == "{ damaged"
    assert paths.key.read_bytes() == made.with_suffix(".key").read_bytes()
    restored = Store.open(root, PASSPHRASE, daily_backup=False)
    try:
        assert _names(restored) == ["Ada"]
    finally:
        restored.close()


def test_restore_with_a_wrong_passphrase_changes_nothing(store: Store, root: Path) -> None:
    paths = store.paths
    made = _backup_then_change(store)
    before = sorted(p.name for p in root.iterdir())
    db = paths.db.read_bytes()
    with pytest.raises(WrongPassphrase):
        backups.restore(paths, made, "not the passphrase")
    # Only the failed-attempt counter and its lock are new: restore is slowed like unlocking.
    assert sorted(p.name for p in root.iterdir()
                  if p.name not in ("attempts.json", "attempts.lock")) == before
    assert Lockout(paths.attempts).failures == 1
    assert paths.db.read_bytes() == db


def test_restoring_twice_in_a_row_keeps_both_sets_of_files(store: Store, root: Path) -> None:
    made = _backup_then_change(store)
    first = backups.restore(store.paths, made, PASSPHRASE)
    second = backups.restore(store.paths, made, PASSPHRASE)
    assert first != second
    assert (first / "keyworker.db").exists() and (second / "keyworker.db").exists()


NEW_PASSPHRASE = "a brand new passphrase"


def _key_copies(store: Store) -> list[Path]:
    return sorted(store.paths.backups.glob("*.key"))


def test_change_passphrase_rewraps_every_backup_key_copy(store: Store, root: Path) -> None:
    """Whoever knew the old passphrase must not keep a way in through a backup's key copy,
    which holds the same data key as the live store."""
    _add(store, "Ada")
    made = [store.backup(f"n{i}") for i in range(3)]
    copies = _key_copies(store)
    assert len(copies) == 3

    left = store.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)

    assert left == []
    for copy in copies:
        with pytest.raises(WrongPassphrase):
            keys.unwrap(keys.read_key_file(copy), PASSPHRASE)
        assert keys.unwrap(keys.read_key_file(copy), NEW_PASSPHRASE) == store.data_key
        assert copy.stat().st_mode & 0o777 == 0o600
    store.close()
    # A backup still restores with the new passphrase, even when it needs its own key copy.
    store.paths.key.write_text("{ damaged")
    backups.restore(store.paths, made[0], NEW_PASSPHRASE)
    restored = Store.open(root, NEW_PASSPHRASE, daily_backup=False)
    try:
        assert _names(restored) == ["Ada"]
    finally:
        restored.close()


def test_a_copy_left_under_an_older_passphrase_is_rewrapped_too(store: Store) -> None:
    """Backups made before this fix kept an even older passphrase; their database opens with
    the live data key, so their key copy is replaced as well."""
    made = store.backup()
    keys.write_key_file(made.with_suffix(".key"),
                        keys.wrap(store.data_key, "an even older passphrase", keys.TEST_KDF))

    assert store.change_passphrase(PASSPHRASE, NEW_PASSPHRASE) == []
    copy = keys.read_key_file(made.with_suffix(".key"))
    with pytest.raises(WrongPassphrase):
        keys.unwrap(copy, "an even older passphrase")
    assert keys.unwrap(copy, NEW_PASSPHRASE) == store.data_key


def test_a_key_copy_that_cannot_be_rewrapped_is_reported(store: Store) -> None:
    made = store.backup()
    orphan = store.paths.backups / "keyworker-stray.key"
    orphan.write_text("{ damaged")
    old_copy = made.with_suffix(".key")
    made.unlink()  # its database is gone: nothing shows which key the copy holds
    keys.write_key_file(old_copy, keys.wrap(store.data_key, "an even older passphrase",
                                            keys.TEST_KDF))

    left = store.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)

    assert sorted(left) == sorted([orphan, old_copy])
    # The live key was still changed.
    assert keys.unwrap(keys.read_key_file(store.paths.key), NEW_PASSPHRASE) == store.data_key


def test_an_orphan_key_copy_under_the_old_passphrase_is_rewrapped(store: Store) -> None:
    made = store.backup()
    made.unlink()
    assert store.change_passphrase(PASSPHRASE, NEW_PASSPHRASE) == []
    copy = keys.read_key_file(made.with_suffix(".key"))
    with pytest.raises(WrongPassphrase):
        keys.unwrap(copy, PASSPHRASE)
    assert keys.unwrap(copy, NEW_PASSPHRASE) == store.data_key
