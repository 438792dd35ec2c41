"""Bulk writes (store/bulk.py) store exactly what the ORM would store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, MetaData, Table, insert, select

from keyworker_desktop.store import bulk
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Base

WHEN = [datetime(2024, 1, 2, 3, 4, 5), datetime(2024, 1, 2, 3, 4, 5, 6),
        datetime(999, 12, 31, 23, 59, 59, 999999), datetime(2024, 6, 1, 12, tzinfo=UTC),
        datetime(2024, 6, 1, 12, tzinfo=timezone(timedelta(hours=-5))), date(2024, 2, 29),
        None]


def _typed_columns() -> dict[str, Column[Any]]:
    """One column of each type the models use that SQLite converts (DateTime, Date, JSON,
    Boolean, Float), from the models themselves."""
    wanted = {"DateTime", "Date", "JSON", "Boolean", "Float"}
    found: dict[str, Column[Any]] = {}
    for table in Base.metadata.sorted_tables:
        for c in table.columns:
            name = type(c.type).__name__
            if name in wanted and name not in found:
                found[name] = c
    assert set(found) == wanted
    return found


def test_insert_rows_writes_the_text_the_orm_writes(store: Store) -> None:
    """A value converted the quick way (isoformat for a naive datetime or a date, a column at
    a time) is the text SQLAlchemy's own conversion gives: times and dates sort and compare
    as they do in every other row."""
    probe = Table("bulk_probe", MetaData(),
                  Column("n", Integer, primary_key=True),
                  *[Column(name.lower(), c.type, nullable=True)
                    for name, c in _typed_columns().items()])
    values: list[dict[str, Any]] = []
    for i, when in enumerate(WHEN):
        values.append({"n": i, "datetime": when, "date": when if type(when) is date else None,
                       "json": {"i": i, "é": [when is None]}, "boolean": i % 2 == 0,
                       "float": i / 3})
    all_naive = [{"n": 100 + i, "datetime": datetime(2024, 1, 1, 0, 0, i),
                  "date": date(2024, 1, 1 + i), "json": None, "boolean": None, "float": None}
                 for i in range(5)]
    with store.transaction() as s:
        conn = s.connection()
        probe.create(conn)
        ours = Table("bulk_ours", probe.metadata,
                     *[Column(c.name, c.type, primary_key=c.primary_key) for c in probe.c])
        ours.create(conn)
        conn.execute(insert(probe), values + all_naive)  # SQLAlchemy's own conversion
        bulk.insert_rows(conn, ours, values)
        bulk.insert_rows(conn, ours, all_naive)  # a column of naive datetimes only
        columns = ", ".join(f"{c.name}, typeof({c.name})" for c in probe.c)
        theirs = conn.exec_driver_sql(f"SELECT {columns} FROM bulk_probe ORDER BY n").all()
        mine = conn.exec_driver_sql(f"SELECT {columns} FROM bulk_ours ORDER BY n").all()
        assert mine == theirs
        assert conn.execute(select(ours.c.datetime).where(ours.c.n == 1)).scalar() == WHEN[1]


def test_a_column_converted_at_once_stores_what_the_orm_stores(store: Store) -> None:
    """Columns insert_rows converts whole (dates, times and flags nobody set, flags that
    are all booleans, times repeated) hold the values and types SQLAlchemy's own
    conversion gives them, a JSON column of None included (JSON's null, not SQL's)."""
    probe = Table("bulk_whole", MetaData(),
                  Column("n", Integer, primary_key=True),
                  *[Column(name.lower(), c.type, nullable=True)
                    for name, c in _typed_columns().items()])
    batches: list[list[dict[str, Any]]] = [
        [{"n": i, "datetime": None, "date": None, "json": None, "boolean": None,
          "float": None} for i in range(3)],
        [{"n": 10 + i, "datetime": None, "date": None, "json": None, "boolean": flag,
          "float": None} for i, flag in enumerate([True, False, True])],
        [{"n": 20 + i, "datetime": None, "date": None, "json": None, "boolean": flag,
          "float": None} for i, flag in enumerate([True, None, False])],
        # The same few times again and again (each written once).
        [{"n": 30 + i, "datetime": datetime(2024, 5, 6, 7, 8, 9, i % 2), "date": None,
          "json": None, "boolean": None, "float": None} for i in range(5)],
    ]
    theirs, mine = both_ways(store, probe, batches)
    assert mine == theirs and len(mine) == 14


def both_ways(store: Store, probe: Table, batches: list[list[dict[str, Any]]]
              ) -> tuple[list[Any], list[Any]]:
    """Each batch inserted into ``probe`` by SQLAlchemy and into a table like it by
    insert_rows: each table's values with their SQLite types, in order of ``n``."""
    with store.transaction() as s:
        conn = s.connection()
        probe.create(conn)
        ours = Table(f"{probe.name}_ours", probe.metadata,
                     *[Column(c.name, c.type, primary_key=c.primary_key) for c in probe.c])
        ours.create(conn)
        for batch in batches:
            conn.execute(insert(probe), batch)
            bulk.insert_rows(conn, ours, batch)
        columns = ", ".join(f'"{c.name}", typeof("{c.name}")' for c in probe.c)
        theirs, mine = (list(conn.exec_driver_sql(f'SELECT {columns} FROM "{t}" ORDER BY n'))
                        for t in (probe.name, ours.name))
        return theirs, mine


def test_rows_of_only_converted_values_insert_as_the_orm_does(store: Store) -> None:
    """Rows whose every value is converted (no value taken as it is) and rows of one value:
    the statement names the columns in the order of their values."""
    probe = Table("bulk_converted", MetaData(),
                  Column("n", Integer, primary_key=True),
                  Column("at", DateTime), Column("on", Date), Column("flag", Boolean))
    batches: list[list[dict[str, Any]]] = [
        [{"at": datetime(2024, 1, 2, 3, 4, 5, i), "on": date(2024, 2, 1 + i), "flag": i == 1}
         for i in range(3)],
        [{"on": date(2025, 3, 1 + i)} for i in range(2)],
        [{"n": 50 + i} for i in range(2)],
    ]
    theirs, mine = both_ways(store, probe, batches)
    assert mine == theirs and len(mine) == 7
    assert tuple(mine[0][4:6]) == ("2024-02-01", "text")
