"""The central store's database: PostgreSQL (psycopg 3) or an embedded SQLite file."""

from __future__ import annotations

import os
import select as select_module
import time
from collections.abc import Iterable
from importlib.resources import files
from operator import itemgetter
from pathlib import Path
from typing import Any

import msgspec
from alembic import command
from alembic.config import Config
from sqlalchemy import (
    JSON,
    ColumnElement,
    Engine,
    Table,
    Text,
    bindparam,
    cast,
    column,
    create_engine,
    event,
    func,
    insert,
    select,
    text,
    update,
)
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


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]],
                encoded: dict[int, str] | None = None) -> None:
    """Insert rows (dicts with the same keys) in one go: COPY on PostgreSQL.

    A push writes hundreds of changes and records; COPY costs a fraction of
    ``executemany`` there, whose statement psycopg re-parses for every batch.
    ``encoded``: JSON text already made, by the id of the value (see :func:`_copy`).
    """
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    _copy(conn.connection.driver_connection, table, table.name, list(rows[0]), rows, encoded)


def _copy(raw: Any, table: Table, target: str, names: list[str], rows: list[dict[str, Any]],
          encoded: dict[int, str] | None) -> None:
    """COPY ``names`` of ``rows`` into ``target`` (``table`` or a table like it), each JSON
    value as text made once: a new record's fields are its change's, one dict encoded for
    both (by its id in ``encoded``, valid while the rows live).

    Measured and left out: the rows written out as COPY's text here (escaped, joined, one
    write), not row by row through psycopg's formatter: a push's 500 changes and records,
    twelve tries each, 45.7 ms against 37.2 ms (the same rows stored)."""
    jsons = [n for n in names if isinstance(table.c[n].type, JSON)]
    plain = [n for n in names if n not in jsons]
    get = itemgetter(*plain) if plain else (lambda _row: ())
    single = len(plain) == 1
    done: dict[int, str] = {} if encoded is None else encoded
    columns = ", ".join(plain + jsons)
    with raw.cursor() as cur, cur.copy(f"COPY {target} ({columns}) FROM STDIN") as copy:
        for row in rows:
            values = [get(row)] if single else list(get(row))
            for n in jsons:
                value = row[n]
                if value is None:
                    values.append(None)
                    continue
                text_ = done.get(id(value))
                if text_ is None:
                    text_ = done[id(value)] = _JSON_ENCODE(value).decode()
                values.append(text_)
            copy.write_row(values)


def bulk_update(session: Session, table: Table, keys: tuple[str, ...], names: tuple[str, ...],
                rows: list[dict[str, Any]], merged: tuple[str, ...] = ()) -> None:
    """Set ``names`` of the rows found by ``keys`` (dicts holding both), in one statement on
    PostgreSQL: joined to the rows sent as one JSON value, each looked up by its key.
    (``executemany`` of 500 updates cost four times the Python work and a round trip each;
    a temporary table joined to them was hashed against the whole table.)

    ``merged`` (PostgreSQL only): JSONB columns given only the keys that change, merged
    into the stored object as ``dict.update`` would (``||``): the rest is not sent again.

    Measured and left out (500 edits' rows, 546 kB of JSON, seven tries each): typed
    arrays through ``unnest`` (PostgreSQL's part 15 ms against 26, but psycopg's dumping
    of the arrays took the call to 89 ms against 25-30); ``jsonb_to_recordset``, and the
    JSON values sent as text and cast, both 24-28 ms like this.
    """
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        if merged:
            raise ValueError("merged columns are for PostgreSQL")
        conn.execute(update(table).where(*(table.c[k] == bindparam(f"k_{k}") for k in keys))
                     .values({n: bindparam(f"v_{n}") for n in names}),
                     [{**{f"k_{k}": r[k] for k in keys}, **{f"v_{n}": r[n] for n in names}}
                      for r in rows])
        return
    columns = ", ".join(f"{n} {table.c[n].type.compile(dialect=conn.dialect)}"
                        for n in (*keys, *names))
    sets = ", ".join(f"{n} = t.{n} || v.{n}" if n in merged else f"{n} = v.{n}" for n in names)
    data = _JSON_ENCODE([{n: r[n] for n in (*keys, *names)} for r in rows]).decode()
    raw: Any = conn.connection.driver_connection
    raw.execute(f"UPDATE {table.name} AS t SET {sets} FROM json_to_recordset(%s::json) "
                f"AS v({columns}) WHERE {' AND '.join(f't.{k} = v.{k}' for k in keys)}",
                [data])


def next_values(session: Session, column: Any, count: int) -> list[int]:
    """``count`` new values of a serial column's sequence (PostgreSQL), in order: taken as
    one range, for a caller holding the push lock (:func:`serialise_writes`) as every
    writer of the column does. (A nextval per value cost a third of a push's reads.)"""
    last = session.execute(text(
        "SELECT setval(pg_get_serial_sequence(:t, :c), "
        "nextval(pg_get_serial_sequence(:t, :c)) + :n - 1)"),
        {"t": column.table.name, "c": column.name, "n": count}).scalar_one()
    return list(range(last - count + 1, last + 1))


def rows_table(session: Session, rows: list[dict[str, Any]],
               columns: dict[str, Any]) -> Any:
    """``rows`` as a table to join to, with ``columns`` (name: type): sent as one JSON
    value, not a parameter per value (psycopg converts those in Python)."""
    data = json_text(rows)
    if session.get_bind().dialect.name == "postgresql":
        return func.json_to_recordset(cast(bindparam(None, data, type_=Text), JSON)).table_valued(
            *(column(n, t) for n, t in columns.items())).render_derived(with_types=True)
    each = func.json_each(data).table_valued("value")
    return select(*(func.json_extract(each.c.value, f"$.{n}").label(n) for n in columns)
                  ).subquery()


def _id_values(values: list[str]) -> Any:
    """The ids as rows of one text column on PostgreSQL: sent as one JSON array, not a
    text[] parameter (psycopg quotes each element in Python: 1.2 ms for 500 ids)."""
    return func.json_array_elements_text(cast(bindparam(None, json_text(values), type_=Text),
                                              JSON))


def id_in(session: Session, column: Any, ids: Iterable[str]) -> ColumnElement[bool]:
    """``column IN ids``, as one parameter on PostgreSQL.

    psycopg re-parses a statement's placeholders in Python, which for a
    500-value IN list costs more than the query itself.
    """
    values = list(ids)
    if session.get_bind().dialect.name == "postgresql":
        # IN (SELECT ...) plans as a hash semi-join even on a young table whose
        # statistics are not in yet; "= ANY(array)" would scan the array for every row.
        return column.in_(select(_id_values(values)))
    return column.in_(values)


def ids_table(session: Session, ids: Iterable[str]) -> Any:
    """The ids as a one-column table (``id``) to join to: on PostgreSQL a set-returning
    function, which it joins by an index on the other side; "IN (SELECT ...)" hashes the
    other side whole, every record of a growing table."""
    values = list(ids)
    if session.get_bind().dialect.name == "postgresql":
        return select(_id_values(values).label("id")).subquery()
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
