"""The central store's database: PostgreSQL (psycopg 3) or an embedded SQLite file."""

from __future__ import annotations

import os
import select as select_module
import time
from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path
from typing import Any

import msgspec
from alembic import command
from alembic.config import Config
from sqlalchemy import (
    JSON,
    ColumnElement,
    Engine,
    String,
    Table,
    bindparam,
    create_engine,
    event,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session

ENV_URL = "KEYWORKER_CENTRAL_DATABASE_URL"


def default_url() -> str:
    """``KEYWORKER_CENTRAL_DATABASE_URL``, else a SQLite file in the user data folder."""
    env = os.environ.get(ENV_URL)
    if env:
        return env
    import platformdirs

    root = Path(platformdirs.user_data_dir("keyworker-central", "Keyworker"))
    # It holds records and password hashes: its owner's alone (earlier versions made it
    # 0755, so an existing folder is tightened too).
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(root, 0o700)
    return f"sqlite:///{root / 'central.db'}"


def _create_private(url: str) -> None:
    """Create a new SQLite file 0600 before SQLite does (it would follow the umask, 0644);
    SQLite then gives its -wal and -shm files the database file's mode."""
    path = url.removeprefix("sqlite:///").split("?", 1)[0]
    if not url.startswith("sqlite:///") or path in ("", ":memory:") or Path(path).exists():
        return
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def normalise_url(url: str) -> str:
    """Plain ``postgresql://`` URLs use psycopg 3."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        _create_private(url)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None
            dbapi_conn.execute("PRAGMA journal_mode = WAL")
            dbapi_conn.execute("PRAGMA synchronous = NORMAL")
            dbapi_conn.execute("PRAGMA foreign_keys = ON")
            dbapi_conn.execute("PRAGMA busy_timeout = 30000")

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # One writer at a time, taken at BEGIN: pushes are serialised.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    # JSON columns through msgspec both ways: json.dumps and json.loads of the records'
    # fields, their per-field stamps and the changes cost more than PostgreSQL's work.
    engine = create_engine(url, pool_size=5, max_overflow=5, json_serializer=json_text)

    @event.listens_for(engine, "connect")
    def _json(dbapi_conn: Any, _record: Any) -> None:
        from psycopg.types.json import set_json_loads

        set_json_loads(_JSON_DECODE, dbapi_conn)

    _check_before_use(engine)
    return engine


# A pooled connection unused for this long is pinged before use (a network that dropped
# it silently); a fresher one only when the server has already said something on it.
PING_AFTER_IDLE = 30.0


def _check_before_use(engine: Engine) -> None:
    """Hand out only live connections without a round trip per request (``pool_pre_ping``
    sent one: a tenth of a no-op pull). A restarted or terminated PostgreSQL backend
    closes its socket and says so, which leaves it readable: such a connection, or one
    idle for long, is pinged, and one that fails is replaced (the pool tries a new one)."""

    @event.listens_for(engine, "checkin")
    def _checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None:
            return  # new: just made
        if time.monotonic() - since < PING_AFTER_IDLE and not _readable(dbapi_conn):
            return
        try:
            alive = engine.dialect.do_ping(dbapi_conn)
        except Exception:
            alive = False
        if not alive:
            raise DisconnectionError("the database closed this connection")


def _readable(dbapi_conn: Any) -> bool:
    """Has the server sent anything on this idle connection (an error, a close)?"""
    try:
        poller = select_module.poll()
        poller.register(dbapi_conn.fileno(), select_module.POLLIN | select_module.POLLHUP)
        return bool(poller.poll(0))
    except (OSError, ValueError, AttributeError):
        return True  # no socket to look at: ping it


_JSON_ENCODE = msgspec.json.Encoder().encode
_JSON_DECODE = msgspec.json.Decoder().decode


def json_text(value: Any) -> str:
    """A JSON value as compact JSON text (what the central store writes to its columns)."""
    return _JSON_ENCODE(value).decode()


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows (dicts with the same keys) in one go: COPY on PostgreSQL.

    A push writes hundreds of changes and records; COPY costs a fraction of
    ``executemany`` there, whose statement psycopg re-parses for every batch.
    """
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    names = list(rows[0])
    json_cols = {n for n in names if isinstance(table.c[n].type, JSON)}
    raw = conn.connection.driver_connection
    sql = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
    with raw.cursor() as cur, cur.copy(sql) as copy:  # type: ignore[union-attr]
        for row in rows:
            copy.write_row([json_text(row[n]) if n in json_cols and row[n] is not None
                            else row[n] for n in names])


def id_in(session: Session, column: Any, ids: Iterable[str]) -> ColumnElement[bool]:
    """``column IN ids``, as one array parameter on PostgreSQL.

    psycopg re-parses a statement's placeholders in Python, which for a
    500-value IN list costs more than the query itself.
    """
    values = list(ids)
    if session.get_bind().dialect.name == "postgresql":
        # IN (SELECT unnest(array)) plans as a hash semi-join even on a young table whose
        # statistics are not in yet; "= ANY(array)" would scan the array for every row.
        return column.in_(
            select(func.unnest(bindparam(None, values, type_=ARRAY(String)))))
    return column.in_(values)


def ids_table(session: Session, ids: Iterable[str]) -> Any:
    """The ids as a one-column table (``id``) to join to: on PostgreSQL an unnested array,
    which it joins by an index on the other side; "IN (SELECT unnest(...))" hashes the
    other side whole, every record of a growing table."""
    values = list(ids)
    if session.get_bind().dialect.name == "postgresql":
        return select(func.unnest(bindparam(None, values, type_=ARRAY(String))).label("id")
                      ).subquery()
    return select(func.json_each(json_text(values)).table_valued("value").c.value.label("id")
                  ).subquery()


def serialise_writes(session: Session) -> None:
    """Hold the push lock until commit, so sequence order is commit order."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(7406211)"))


def alembic_config() -> Config:
    cfg = Config()
    location = files("keyworker_desktop.sync.server") / "migrations"
    cfg.set_main_option("script_location", str(Path(str(location))))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Create or bring the central schema up to date."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
