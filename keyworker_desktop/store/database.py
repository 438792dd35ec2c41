"""Opening, creating and closing the encrypted store.

SQLCipher 4 (``sqlcipher3``) under SQLAlchemy 2. The database is keyed with the
raw 256-bit data key (``PRAGMA key = "x'..'"``), so SQLCipher's own KDF is not
used; the passphrase only unwraps the data key (see :mod:`.keys`).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.domain.hlc import HybridClock
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.store import backups, keys, migrate
from keyworker_desktop.store.changes import WriteContext, install
from keyworker_desktop.store.errors import (
    CorruptKeyFile,
    CorruptStore,
    StoreError,
    StoreExists,
    StoreMissing,
    WeakPassphrase,
)
from keyworker_desktop.store.filelock import StoreLock
from keyworker_desktop.store.files import file_lock
from keyworker_desktop.store.lockout import Lockout
from keyworker_desktop.store.opchanges import OpChanges, Written, of_write
from keyworker_desktop.store.paths import StorePaths
from keyworker_desktop.store.sqlcipher import REDOABLE, make_engine, verify_database

log = logging.getLogger(__name__)

T = TypeVar("T")


class KwSession(Session):
    """A session whose flushes write the change log, audit and search index."""


install(KwSession)


def _damage(exc: DatabaseError) -> Message:
    """SQLite's words for a damaged file, which never quote data."""
    if "malformed" in str(exc.orig):
        return Message("detail", QT_TRANSLATE_NOOP("Errors", "damaged"))
    return Message("detail", QT_TRANSLATE_NOOP("Errors", "not readable in full"))


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < keys.MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            Message("database.use_at_least", QT_TRANSLATE_NOOP(
                    "Errors", "Use at least {count} characters; three random "
                    "words are good."),
                    count=keys.MIN_PASSPHRASE_LENGTH)
        )


class Store:
    """An unlocked store. :meth:`close` drops the engine and the key.

    While open it holds the store's file lock (:mod:`.filelock`): a second open, in
    this process or another (the app and the command line), raises ``StoreInUse``.
    """

    def __init__(self, paths: StorePaths, data_key: bytes, engine: Engine,
                 lock: StoreLock | None = None) -> None:
        self.paths = paths
        self._lock = lock
        self._data_key: bytes | None = data_key
        self.engine = engine
        self._factory = sessionmaker(bind=engine, class_=KwSession, expire_on_commit=False)
        with self._factory() as s:
            from keyworker_desktop.store import settings

            self.device_id = settings.get(s, settings.DEVICE_ID) or ""
            self.actor = settings.get(s, settings.USER_NAME) or "keyworker"
        self.clock = HybridClock(self.device_id or "local")
        self.utcnow: Callable[[], datetime] = utcnow
        # The checkpoint running on a thread of its own (checkpoint_later), if any.
        self._checkpointing: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------
    @classmethod
    def create(
        cls, root: Path, passphrase: str, *, user_name: str = "", organisation: str = "",
        kdf: dict[str, Any] | None = None,
    ) -> Store:
        """Create a new store in ``root``; refuses to touch an existing one."""
        paths = StorePaths(Path(root))
        if paths.exists():
            raise StoreExists(paths.root)
        check_passphrase_strength(passphrase)
        paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = StoreLock(paths.root).acquire()
        try:
            return cls._create(paths, passphrase, user_name, organisation, kdf, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _create(cls, paths: StorePaths, passphrase: str, user_name: str, organisation: str,
                kdf: dict[str, Any] | None, lock: StoreLock) -> Store:
        if paths.exists():  # made by another process while this one waited for the lock
            raise StoreExists(paths.root)
        # Owner-only from the first byte; SQLite gives its WAL and SHM files the same mode.
        os.close(os.open(paths.db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        data_key = keys.new_data_key()
        engine = make_engine(paths.db, data_key)
        migrate.upgrade(engine)
        with Session(engine) as s, s.begin():
            from keyworker_desktop.store import settings

            settings.put(s, settings.DEVICE_ID, uuid7())
            settings.put(s, settings.USER_NAME, user_name)
            settings.put(s, settings.ORGANISATION, organisation)
        keys.write_key_file(paths.key, keys.wrap(data_key, passphrase, kdf))
        return cls(paths, data_key, engine, lock)

    @classmethod
    def open(cls, root: Path, passphrase: str, *, daily_backup: bool = True) -> Store:
        """Unlock the store in ``root`` (slowed after repeated failures)."""
        paths = StorePaths(Path(root))
        if not paths.db.exists() and not paths.key.exists():
            raise StoreMissing(paths.root)
        if not paths.key.exists():
            raise CorruptKeyFile(paths.key, Message("detail", QT_TRANSLATE_NOOP(
                "Errors", "missing")))
        if not paths.db.exists():
            raise CorruptStore(paths.db, Message("detail", QT_TRANSLATE_NOOP("Errors", "missing")))
        # Before the passphrase: a store open elsewhere costs no attempt and no derivation.
        lock = StoreLock(paths.root).acquire()
        try:
            lockout = Lockout(paths.attempts)
            lockout.check()
            data_key = lockout.unwrap(keys.read_key_file(paths.key), passphrase)
            return cls.open_with_key(paths, data_key, daily_backup=daily_backup, lock=lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open_with_key(cls, paths: StorePaths, data_key: bytes, *,
                      daily_backup: bool = True, lock: StoreLock | None = None) -> Store:
        """Open with the data key itself; takes the store's lock unless given it held."""
        if lock is None:
            lock = StoreLock(paths.root).acquire()
            try:
                return cls.open_with_key(paths, data_key, daily_backup=daily_backup, lock=lock)
            except BaseException:
                lock.release()
                raise
        verify_database(paths.db, data_key)
        engine = make_engine(paths.db, data_key)
        try:
            if migrate.needs_upgrade(engine):
                backups.make_backup(paths, data_key, reason="migration")
                migrate.upgrade(engine)
            elif daily_backup:
                backups.daily_backup(paths, data_key)
        except DatabaseError as exc:
            engine.dispose()
            # A damaged page read while opening (the schema, a table the backup copies).
            raise CorruptStore(paths.db, _damage(exc)) from None
        except Exception:
            engine.dispose()
            raise
        return cls(paths, data_key, engine, lock)

    def checkpoint(self, mode: str = "PASSIVE", *, over_bytes: int = 0) -> None:
        """Copy the WAL into the database (flushed to disk), as far as no reader holds it
        back, when the WAL holds more than ``over_bytes``; never raises (the WAL keeps
        everything until the next one)."""
        if mode not in ("PASSIVE", "TRUNCATE"):
            raise ValueError(mode)
        try:
            if over_bytes and self.paths.wal.stat().st_size <= over_bytes:
                return
        except OSError:
            return  # no WAL: nothing to copy
        try:
            raw = self.engine.raw_connection()
            try:
                driver = raw.driver_connection
                assert driver is not None  # a pooled connection always holds its driver's
                driver.execute(f"PRAGMA wal_checkpoint({mode})")
            finally:
                raw.close()
        except Exception:  # closing must not fail because a checkpoint could not run
            log.warning("WAL checkpoint (%s) failed", mode, exc_info=True)

    def checkpoint_later(self, *, over_bytes: int = 0) -> None:
        """:meth:`checkpoint` (PASSIVE) on a thread of its own, so that the caller goes on
        at once: the copy of a first sync's WAL (tens of megabytes, two disk flushes) is no
        part of the sync, and SQLite takes reads and writes meanwhile (a write's own
        automatic checkpoint steps aside while this one runs). One at a time; :meth:`close`
        waits for it."""
        running = self._checkpointing
        if running is not None and running.is_alive():
            return
        # Not a daemon: a process ending meanwhile finishes the copy rather than stopping it
        # halfway (harmless, as SQLite would redo it, but there is no reason to).
        self._checkpointing = threading.Thread(
            target=self.checkpoint, kwargs={"over_bytes": over_bytes},
            name="keyworker-checkpoint")
        self._checkpointing.start()

    def wait_for_checkpoint(self) -> None:
        """Return once a :meth:`checkpoint_later` running now has finished."""
        running = self._checkpointing
        if running is not None:
            running.join()
            self._checkpointing = None

    def close(self) -> None:
        """Checkpoint the WAL, close every connection and forget the key."""
        if self._data_key is None:
            return
        self.wait_for_checkpoint()
        self.checkpoint("TRUNCATE")
        self.engine.dispose()
        self._data_key = None
        if self._lock is not None:
            self._lock.release()

    @property
    def is_open(self) -> bool:
        return self._data_key is not None

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise RuntimeError("the store is locked")
        return self._data_key

    # -- sessions --------------------------------------------------------------
    def write_context(self) -> WriteContext:
        return WriteContext(actor=self.actor, device=self.device_id, clock=self.clock,
                            utcnow=self.utcnow)

    def session(self) -> KwSession:
        """A new session that records who writes; use as a context manager."""
        if self._data_key is None:
            raise RuntimeError("the store is locked")
        s = self._factory()
        s.info["write_context"] = self.write_context()
        return s

    @contextmanager
    def transaction(self, *, redoable: bool = False) -> Iterator[KwSession]:
        """A session in one transaction: committed on success, rolled back on error.

        ``redoable``: only for what a sync can do again from the central store (marking
        changes pushed, a pulled page and its cursor): the commit does not wait for the
        disk. The store's WAL keeps transactions in order, so a power cut can undo only
        the last such transactions, whole, and never one made after them without this
        (whose commit flushes everything before it); the next sync sends or pulls them
        again, and the central store answers "duplicate" or applying them is idempotent.
        """
        with self.session() as s, s.begin():
            if redoable:
                s.connection(execution_options={REDOABLE: True})
            yield s

    def write(self, fn: Callable[[KwSession], T], *,
              young_person_id: str | None = None) -> Written[T]:
        """Run ``fn(session)`` in one transaction; its value and what it changed.

        The change set is what the write hook stamped (tables and young people).
        ``young_person_id``: the record the write was made from, named even when
        what was written belongs to nobody (a professional edited from a network map).
        """
        with self.session() as s:
            with s.begin():
                value = fn(s)
            changes = of_write(s.info["write_context"])
        if young_person_id:
            changes |= OpChanges.of(young_person_ids=[young_person_id])
        return Written(value, changes)

    # -- key management --------------------------------------------------------
    def change_passphrase(self, old: str, new: str) -> list[Path]:
        """Re-wrap the data key under ``new``, in the key file and in every backup's key
        copy; the database is not re-encrypted. Returns the copies that could not be
        re-wrapped (the caller must report them: they may still open under an old one)."""
        check_passphrase_strength(new)
        # Under the attempts lock: a wrong passphrase tried meanwhile in another process
        # writes its count into the key file, and must not put the old wrapped key back.
        with file_lock(self.paths.attempts_lock) as held:
            if not held:
                raise StoreError(Message("database.another_keyworker_program", QT_TRANSLATE_NOOP(
                        "Errors", "Another Keyworker program is busy with the key file. Try "
                        "again in a moment.")))
            key_file = keys.read_key_file(self.paths.key)
            keys.unwrap(key_file, old)
            keys.write_key_file(self.paths.key, keys.wrap(self.data_key, new, key_file.kdf))
        return backups.rewrap_key_copies(self.paths, self.data_key, old)

    def backup_if_due(self) -> Path | None:
        """The daily backup, if the newest one is more than a day old."""
        return backups.daily_backup(self.paths, self.data_key)

    def backup(self, reason: str = "manual") -> Path:
        return backups.make_backup(self.paths, self.data_key, reason=reason)

    def integrity_problems(self) -> list[str]:
        """Run SQLCipher's page HMAC check and SQLite's integrity check."""
        problems: list[str] = []
        with self.engine.connect() as conn:
            for (row,) in conn.exec_driver_sql("PRAGMA cipher_integrity_check"):
                problems.append(str(row))
            try:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                if rows != ["ok"]:
                    problems.extend(str(r) for r in rows)
                # Rows are (table, rowid, parent table, foreign key index).
                for table, rowid, parent, _fk in conn.exec_driver_sql(
                        "PRAGMA foreign_key_check"):
                    problems.append(f"broken reference in {table} row {rowid} to {parent}")
            except DatabaseError as exc:
                # SQLite stops its own check at a page it cannot decode: that is the finding.
                problems.append(f"the database file is {_damage(exc)}")
        return problems
