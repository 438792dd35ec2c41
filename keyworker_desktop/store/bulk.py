"""Bulk writes straight to the driver: the generated caseload and pulled sync pages.

Going through the ORM's unit of work costs about 2 ms a record; a first pull or
``demo --scale`` writes tens of thousands. These helpers write plain row dicts
with ``executemany`` (values converted by each column's own type) and keep the
full-text index in step, the way :func:`.changes.reindex` does for one record.
The rows themselves are stamped by :mod:`.stamping`, as the flush hook stamps one.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from operator import itemgetter
from types import SimpleNamespace
from typing import Any

from sqlalchemy import ColumnElement, Table, func, literal_column, select
from sqlalchemy.engine import Connection

from keyworker_desktop.store.stamping import search_text

# Keep IN lists well under SQLite's bound-parameter limit.
CHUNK = 500

IndexRow = tuple[str, str, str, str, str]
"""(entity, record id, young person id or "", title, body) for ``search_index``."""


def chunked(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def among(column: Any, values: Iterable[str | int]) -> ColumnElement[bool]:
    """``column IN values`` with the values as one JSON parameter (SQLite's json_each):
    one statement whatever their number, where an IN list of 500 bound parameters costs
    SQLAlchemy more to expand than SQLite to run."""
    return column.in_(select(literal_column("value"))
                      .select_from(func.json_each(json.dumps(list(values)))))


def bind_value(conn: Connection, column: ColumnElement[Any], value: Any) -> Any:
    """``value`` as ``conn`` stores it in ``column`` (for a statement written out in SQL)."""
    dialect = conn.dialect
    proc = column.type.dialect_impl(dialect).bind_processor(dialect)
    return proc(value) if proc is not None else value


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT ``rows`` (dicts with the same keys) with one ``executemany``.

    SQLAlchemy's per-row parameter handling costs more than the insert itself here.
    """
    if not rows:
        return
    dialect = conn.dialect
    columns = [c for c in table.columns if c.key in rows[0]]
    get = itemgetter(*(c.key for c in columns))
    procs = [(i, p) for i, c in enumerate(columns)
             if (p := c.type.dialect_impl(dialect).bind_processor(dialect)) is not None]
    params: list[Any] = []
    single = len(columns) == 1
    for row in rows:
        values = [get(row)] if single else list(get(row))
        for i, proc in procs:
            values[i] = proc(values[i])
        params.append(tuple(values))
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    conn.exec_driver_sql(sql, params)


@functools.cache
def row_view(model: Any) -> type[SimpleNamespace]:
    """A stand-in with the model's properties and ``search_title``, over a plain row."""
    attrs: dict[str, Any] = {}
    for klass in reversed(model.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, property) or name == "search_title":
                attrs[name] = value
    return type(f"{model.__name__}Row", (SimpleNamespace,), attrs)


def index_row(model: Any, row: dict[str, Any], young_person_id: str | None) -> IndexRow:
    """The full-text index row of a plain row, as :func:`.changes.reindex` makes it."""
    title, body = search_text(model, row_view(model)(**row))
    return (model.__tablename__, row["id"], young_person_id or "", title, body)


def index_rows(conn: Connection, rows: list[IndexRow], *, fresh: bool = False) -> None:
    """Put ``rows`` in the full-text index, replacing what it held for those records.

    ``fresh``: the records are known to be new to the index (skips the look-up).
    """
    if not rows:
        return
    rows = list({r[1]: r for r in rows}.values())  # the last row for a record wins
    if not fresh:
        ids = [r[1] for r in rows]
        known: list[tuple[int]] = []
        for part in chunked(ids):
            known.extend((rowid,) for (rowid,) in conn.exec_driver_sql(
                f"SELECT id FROM search_doc WHERE record_id IN ({', '.join('?' * len(part))})",
                tuple(part)))
        if known:
            conn.exec_driver_sql("DELETE FROM search_index WHERE rowid = ?", known)
            conn.exec_driver_sql("DELETE FROM search_doc WHERE id = ?", known)
    conn.exec_driver_sql("INSERT INTO search_doc (record_id) VALUES (?)",
                         [(r[1],) for r in rows])
    conn.exec_driver_sql(
        "INSERT INTO search_index (rowid, kind, record_id, young_person_id, title, body) "
        "VALUES ((SELECT id FROM search_doc WHERE record_id = ?), ?, ?, ?, ?, ?)",
        [(r[1], *r) for r in rows])
