"""Raw SQLCipher connections: open, configure, verify, and the engine over them.

The database is keyed with the raw 256-bit data key (``PRAGMA key = "x'..'"``), so
SQLCipher's own KDF is not used. ``data_key=None`` gives plain SQLite, for the
benchmarks' baseline.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.store.errors import CorruptStore

# Large enough that the caseload's working set stays decrypted in memory:
# SQLCipher decrypts each page it reads from the OS.
CACHE_KIB = 64 * 1024
# The execution option of a transaction whose writes the central store can give again.
REDOABLE = "keyworker_redoable"
# SQLite's own default: checkpoint once the WAL holds this many pages (of SQLCipher 4's
# 4096 bytes), and the WAL's size in bytes then.
WAL_PAGES = 1000
WAL_BYTES = WAL_PAGES * 4096


def _same(value: Any) -> Any:
    return value


# SQLCipher's driver (pysqlite's older binding code) binds a value that is not exactly an
# int, float, str or bytes by looking for an adapter; for None and bool it finds none only
# after raising and clearing an AttributeError, about 0.9 us a value, forty times an int's
# (a first sync binds about 90,000 None in its INSERTs, and every write binds some).
# Adapters that give back the value bound anyway (None as NULL, a bool as its int) skip
# that: 0.2 us. Process-wide for this driver; the standard sqlite3 module is untouched.
sqlcipher.register_adapter(type(None), _same)
sqlcipher.register_adapter(bool, int)


def _raw_key_pragma(data_key: bytes) -> str:
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect_raw(path: Path, data_key: bytes | None) -> Any:
    """A DB-API connection to ``path``, keyed when ``data_key`` is given (plain SQLite if not)."""
    # mode=rw: opening never creates a file, so a late job after a wipe or a typo in a
    # path cannot leave an empty database behind (Store.create makes the file itself).
    uri = f"file:{quote(str(path))}?mode=rw"
    if data_key is None:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    else:
        conn = sqlcipher.connect(uri, uri=True, check_same_thread=False)
        # SQLCipher would print HMAC failures of a foreign file to stderr; errors are raised anyway.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_raw_key_pragma(data_key))
    return conn


def _configure(conn: Any, encrypted: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    if encrypted:
        # Nothing decrypted is swapped out in page-cache copies it frees.
        conn.execute("PRAGMA cipher_memory_security = OFF")


def verify_database(path: Path, data_key: bytes | None) -> None:
    """Raise :class:`CorruptStore` unless ``path`` opens with this key as our database."""
    size = path.stat().st_size
    if size == 0:
        # SQLite would take an empty file as a new database and build a blank store in it.
        raise CorruptStore(path, Message("detail", QT_TRANSLATE_NOOP(
            "Errors", "the file is empty")))
    try:
        conn = connect_raw(path, data_key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            found = conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            tables = {r[0] for r in found}
            (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        finally:
            conn.close()
    except (sqlcipher.DatabaseError, sqlite3.DatabaseError) as exc:
        detail = (Message("detail", QT_TRANSLATE_NOOP("Errors", "damaged"))
                  if "malformed" in str(exc) else
                  Message("detail", QT_TRANSLATE_NOOP(
                      "Errors", "not a Keyworker database, or damaged")))
        raise CorruptStore(path, detail) from None
    if "alembic_version" not in tables:
        raise CorruptStore(path, Message("detail", QT_TRANSLATE_NOOP(
            "Errors", "not a Keyworker database")))
    if size % int(page_size):
        # A cut-off last page only fails when it is read, long after opening.
        raise CorruptStore(path, Message("detail", QT_TRANSLATE_NOOP(
            "Errors", "damaged: the file is cut short")))


def make_engine(path: Path, data_key: bytes | None) -> Engine:
    """An engine over the store file; ``data_key=None`` gives plain SQLite (benchmarks)."""
    encrypted = data_key is not None

    def creator() -> Any:
        conn = connect_raw(path, data_key)
        _configure(conn, encrypted)
        return conn

    engine = create_engine(
        "sqlite://", creator=creator, module=sqlcipher if encrypted else sqlite3,
        poolclass=QueuePool, pool_size=4, max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # A transaction the central store can give again waits for no disk flush at commit
        # and leaves the WAL to grow (see Store.transaction): a sync's pages are copied into
        # the database once, by Store.checkpoint when it ends, not every few batches. Every
        # other transaction is flushed and checkpoints as SQLite does by default.
        relaxed = bool(conn.get_execution_options().get(REDOABLE))
        info = conn.connection.info
        if info.get(REDOABLE, False) != relaxed:
            conn.exec_driver_sql(f"PRAGMA synchronous = {'NORMAL' if relaxed else 'FULL'}")
            conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {0 if relaxed else WAL_PAGES}")
            info[REDOABLE] = relaxed
        # Take the write lock at BEGIN so two writers never deadlock mid-transaction.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event above issue BEGIN itself.
        dbapi_conn.isolation_level = None

    return engine
