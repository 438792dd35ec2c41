"""Bulk writes straight to the driver: the generated caseload and pulled sync pages.

Going through the ORM's unit of work costs about 2 ms a record; a first pull or
``demo --scale`` writes tens of thousands. These helpers write plain row dicts
with ``executemany`` (values converted by each column's own type) and keep the
full-text index in step, the way :func:`.changes.reindex` does for one record.
The rows themselves are stamped by :mod:`.stamping`, as the flush hook stamps one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from datetime import date, datetime
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any

import msgspec
from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    DateTime,
    Table,
    func,
    literal_column,
    select,
)
from sqlalchemy.engine import Connection, Dialect

from keyworker_desktop.store.stamping import search_text

Converter = Callable[[Any], Any]

IndexRow = tuple[str, str, str, str, str]
"""(entity, record id, young person id or "", title, body) for ``search_index``."""


def among(column: Any, values: Iterable[str | int] | str) -> ColumnElement[bool]:
    """``column IN values`` with the values as one JSON parameter (SQLite's json_each):
    one statement whatever their number, where an IN list of 500 bound parameters costs
    SQLAlchemy more to expand than SQLite to run. ``values`` may be that JSON list."""
    return column.in_(select(literal_column("value")).select_from(func.json_each(
        _listed(values))))


def held_ids(conn: Connection, table: str, ids: Iterable[str] | str) -> set[str]:
    """The ids among ``ids`` (or in ``ids``, a JSON list) that ``table`` holds (one
    statement, the ids as one JSON parameter; plain SQL, where a SELECT built by
    SQLAlchemy costs more than SQLite's answer to it)."""
    return {i for (i,) in conn.exec_driver_sql(
        f'SELECT id FROM "{table}" WHERE id IN (SELECT value FROM json_each(?))',
        (_listed(ids),))}


# msgspec's JSON: json.dumps held Python's lock three to five times as long (a first
# sync's 19,750 index rows, encoded on the page writer's thread: 33-36 ms against 7-11 ms).
_JSON = msgspec.json.Encoder()


def _listed(values: Iterable[str | int] | str) -> str:
    """``values`` as a JSON list for json_each (as they are when already one)."""
    return values if isinstance(values, str) else _JSON.encode(list(values)).decode()


def bind_value(conn: Connection, column: ColumnElement[Any], value: Any) -> Any:
    """``value`` as ``conn`` stores it in ``column`` (for a statement written out in SQL)."""
    dialect = conn.dialect
    proc = column.type.dialect_impl(dialect).bind_processor(dialect)
    return proc(value) if proc is not None else value


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT ``rows`` (dicts with the same keys) with one ``executemany``.

    SQLAlchemy's per-row parameter handling costs more than the insert itself here: the
    statement and each column's conversion are worked out once per table and set of keys,
    and the values are converted a column at a time.
    """
    if rows:
        conn.exec_driver_sql(*insert_params(table, rows, conn.dialect))


def insert_params(table: Table, rows: list[dict[str, Any]], dialect: Dialect
                  ) -> tuple[str, list[tuple[Any, ...]]]:
    """:func:`insert_rows`'s statement and parameters for ``dialect`` (no connection: a
    pulled page's are worked out before its transaction).

    Each row's values that need no conversion are taken in one call; only the columns
    that do are gathered and converted a column at a time, and go last in the statement
    (a column of dates nobody set is taken as it is). Gathering every column apart and
    zipping them back took a third longer (a senior's first sync: 132 ms, now 100)."""
    sql, keys, converters = _insert_plan(table, frozenset(rows[0]), dialect)
    converted: list[tuple[int, list[Any]]] = []
    for i, convert, kind in converters:
        column = list(map(itemgetter(keys[i]), rows))
        if kind and column.count(None) == len(column):
            continue  # a date, time or flag nobody set: None either way
        if kind == _TIMES and _naive_datetimes(column):
            # Each time written once: a pulled page's records share their authors'
            # few stamps (naive times are equal only when their text is).
            times = dict.fromkeys(column)
            text = map(datetime.isoformat, times, repeat(" "), repeat("microseconds"))
            column = list(map(dict(zip(times, text, strict=True)).__getitem__, column))
        elif kind == _FLAGS and set(map(type, column)) == {bool}:
            column = list(map(int, column))  # Boolean's own, without a call a value
        else:
            column = list(map(convert, column))
        converted.append((i, column))
    if not converted:
        return sql, _tuples(keys, rows)
    sql, plain = _reordered(table, keys, tuple(i for i, _column in converted), dialect)
    tails = zip(*(column for _i, column in converted), strict=True)
    if not plain:
        return sql, list(tails)
    return sql, list(map(tuple.__add__, _tuples(plain, rows), tails))


def update_rows(conn: Connection, table: Table, keys: Iterable[str],
                rows: list[dict[str, Any]]) -> None:
    """UPDATE the rows of ``table`` whose ids ``rows`` give, setting ``keys`` (which each of
    ``rows`` holds) with one ``executemany``, each value converted by its column's type."""
    if not rows:
        return
    sql, names, converters = _update_plan(table, tuple(sorted(keys)), conn.dialect)
    params = [[row[k] for k in names] for row in rows]
    for i, convert in converters:
        for p in params:
            if p[i] is not None:
                p[i] = convert(p[i])
    conn.exec_driver_sql(sql, [(*p, row["id"]) for p, row in zip(params, rows, strict=True)])


@functools.lru_cache(maxsize=512)
def _update_plan(table: Table, keys: tuple[str, ...], dialect: Dialect
                 ) -> tuple[str, tuple[str, ...], tuple[tuple[int, Converter], ...]]:
    """:func:`update_rows`'s statement, its keys in order and their conversions."""
    quote = dialect.identifier_preparer.quote
    columns = [table.c[k] for k in keys]
    converters = tuple((i, convert) for i, c in enumerate(columns)
                       if (convert := _conversion(c, dialect)[2]) is not None)
    sets = ", ".join(f"{quote(c.name)} = ?" for c in columns)
    return (f"UPDATE {quote(table.name)} SET {sets} WHERE {quote(table.c.id.name)} = ?",
            keys, converters)


def _tuples(keys: tuple[str, ...], rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Each row's values of ``keys``, as a tuple."""
    if len(keys) > 1:
        return list(map(itemgetter(*keys), rows))
    return [(v,) for v in map(itemgetter(keys[0]), rows)]


@functools.lru_cache(maxsize=512)
def _reordered(table: Table, keys: tuple[str, ...], last: tuple[int, ...], dialect: Dialect
               ) -> tuple[str, tuple[str, ...]]:
    """The INSERT of ``keys`` (the columns of ``table``, in their order) with the columns
    at ``last`` moved to the end, in that order; the keys left in front."""
    front = tuple(k for i, k in enumerate(keys) if i not in last)
    return _insert_sql(table, [*front, *(keys[i] for i in last)], dialect), front


def _insert_sql(table: Table, keys: list[str], dialect: Dialect) -> str:
    quote = dialect.identifier_preparer.quote
    return (f"INSERT INTO {quote(table.name)} "
            f"({', '.join(quote(table.c[k].name) for k in keys)}) "
            f"VALUES ({', '.join('?' * len(keys))})")


# How insert_params may convert a whole column at once (0: value by value): a column of
# naive datetimes takes isoformat's text straight, one of booleans int (SQLite's Boolean
# without a native type), and one of None only stays as it is for those and dates.
_TIMES, _DAYS, _FLAGS = 1, 2, 3


@functools.lru_cache(maxsize=512)
def _insert_plan(table: Table, keys: frozenset[str], dialect: Dialect
                 ) -> tuple[str, tuple[str, ...], tuple[tuple[int, Converter, int], ...]]:
    """The INSERT of ``table``'s columns among ``keys``, their keys in that order, and the
    conversion of each column that has one (its type's, or the same text made faster), with
    how a whole column may be converted at once."""
    columns = [c for c in table.columns if c.key in keys]
    converters: list[tuple[int, Converter, int]] = []
    for i, c in enumerate(columns):
        impl, proc, faster = _conversion(c, dialect)
        if faster is not None:  # (None only when the type has no conversion of its own)
            kind = 0
            if faster is not proc:
                kind = _TIMES if isinstance(impl, DateTime) else _DAYS
            elif isinstance(impl, Boolean) and not dialect.supports_native_boolean:
                kind = _FLAGS
            converters.append((i, faster, kind))
    keys_ = [c.key for c in columns]
    return _insert_sql(table, keys_, dialect), tuple(keys_), tuple(converters)


# SQLite's default text for a DateTime and a Date (SQLAlchemy's storage formats), which
# isoformat writes for a naive datetime and a date without building a dict for each.
_DATETIME_FORMAT = ("%(year)04d-%(month)02d-%(day)02d "
                    "%(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d")
_DATE_FORMAT = "%(year)04d-%(month)02d-%(day)02d"


def _naive_datetimes(values: list[Any]) -> bool:
    """Are ``values`` all datetimes without a time zone (checked without a Python loop)?"""
    return set(map(type, values)) == {datetime} and not any(map(_TZINFO, values))


_TZINFO = attrgetter("tzinfo")


def _conversion(column: Any, dialect: Dialect
                ) -> tuple[Any, Converter | None, Converter | None]:
    """A column's type for ``dialect``, its own conversion of a value to store (None: the
    value as it is), and that conversion or one giving the same text faster."""
    impl = column.type.dialect_impl(dialect)
    proc = impl.bind_processor(dialect)
    return impl, proc, None if proc is None else _faster(impl, proc)


def _faster(impl: Any, proc: Converter) -> Converter:
    """``proc``, a column type's own conversion, or one giving the same text faster."""
    storage = getattr(impl, "_storage_format", None)
    if storage == _DATETIME_FORMAT and isinstance(impl, DateTime):
        def datetime_text(value: Any) -> Any:
            if type(value) is datetime and value.tzinfo is None:
                return value.isoformat(" ", "microseconds")
            return proc(value)
        return datetime_text
    if storage == _DATE_FORMAT and isinstance(impl, Date) and not isinstance(impl, DateTime):
        def date_text(value: Any) -> Any:
            return value.isoformat() if type(value) is date else proc(value)
        return date_text
    return proc


class _RowView:
    """A plain row read as a record: its values as attributes (the row is its ``__dict__``,
    not a copy), and its model's properties and ``search_title`` (see :func:`row_view`)."""


@functools.cache
def row_view(model: Any) -> type[_RowView]:
    """A stand-in with the model's properties and ``search_title``, over a plain row."""
    attrs: dict[str, Any] = {}
    for klass in reversed(model.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, property) or name == "search_title":
                attrs[name] = value
    return type(f"{model.__name__}Row", (_RowView,), attrs)


def index_row(model: Any, row: dict[str, Any], young_person_id: str | None) -> IndexRow:
    """The full-text index row of a plain row, as :func:`.changes.reindex` makes it."""
    kind = row_view(model)
    view = kind.__new__(kind)
    view.__dict__ = row  # read through, not copied: a pulled page indexes thousands
    title, body = search_text(model, view)
    return (model.__tablename__, row["id"], young_person_id or "", title, body)


def index_rows_at_once(conn: Connection, rows: list[IndexRow]) -> None:
    """:func:`index_rows` in four statements over the rows as JSON, none a row at a time.
    SQLite reads JSON more slowly than bound rows, but holds no Python lock while it works:
    on a thread of its own (a pulled page's commit) this overlaps Python's work elsewhere,
    where each bound row would wait for the lock (19,500 rows: 124 ms against 101 ms)."""
    if not rows:
        return
    rows = list({r[1]: r for r in rows}.values())  # the last row for a record wins
    ids = _listed(r[1] for r in rows)
    listed = _JSON.encode(rows).decode()
    unindex(conn, ids)
    conn.exec_driver_sql(
        "INSERT INTO search_doc (record_id) SELECT value FROM json_each(?)", (ids,))
    conn.exec_driver_sql(
        "INSERT INTO search_index (rowid, kind, record_id, young_person_id, title, body) "
        "SELECT d.id, r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, "
        "r.value ->> 4 FROM json_each(?) AS r JOIN search_doc AS d "
        "ON d.record_id = r.value ->> 1", (listed,))


def unindex(conn: Connection, ids: Iterable[str] | str) -> None:
    """Take the records ``ids`` names (or a JSON list of them) out of the full-text index."""
    ids = _listed(ids)
    conn.exec_driver_sql(
        "DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_doc "
        "WHERE record_id IN (SELECT value FROM json_each(?)))", (ids,))
    conn.exec_driver_sql(
        "DELETE FROM search_doc WHERE record_id IN (SELECT value FROM json_each(?))", (ids,))


def index_rows(conn: Connection, rows: list[IndexRow], *, fresh: bool = False) -> None:
    """Put ``rows`` in the full-text index, replacing what it held for those records.

    ``fresh``: the records are known to be new to the index (skips the look-up).
    """
    if not rows:
        return
    rows = list({r[1]: r for r in rows}.values())  # the last row for a record wins
    if not fresh:
        known = [(rowid,) for (rowid,) in conn.exec_driver_sql(
            "SELECT id FROM search_doc WHERE record_id IN (SELECT value FROM json_each(?))",
            (_listed(r[1] for r in rows),))]
        if known:
            conn.exec_driver_sql("DELETE FROM search_index WHERE rowid = ?", known)
            conn.exec_driver_sql("DELETE FROM search_doc WHERE id = ?", known)
    conn.exec_driver_sql("INSERT INTO search_doc (record_id) VALUES (?)",
                         [(r[1],) for r in rows])
    conn.exec_driver_sql(
        "INSERT INTO search_index (rowid, kind, record_id, young_person_id, title, body) "
        "VALUES ((SELECT id FROM search_doc WHERE record_id = ?), ?, ?, ?, ?, ?)",
        [(r[1], *r) for r in rows])
