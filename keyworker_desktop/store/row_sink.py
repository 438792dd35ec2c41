"""New records written in bulk, stamped as the write hook stamps one ORM insert.

Going through the unit of work costs about 2 ms a record, and the hook's re-index
deletes by an unindexed FTS column (a scan per record) that grows with the store:
the generated demo caseload and a register import write thousands of records, so
they collect plain rows here and insert them table by table with ``executemany``
(:mod:`.bulk`). Each record gets what the hook gives it (:mod:`.stamping`):
provenance, version 1, a change-log entry, an audit event, its full-text index row and,
for the records the caseload shows, its young person's caseload summary row.
"""

from __future__ import annotations

import functools
from collections import Counter
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from keyworker_desktop.store import bulk, summary
from keyworker_desktop.store.changes import WriteContext
from keyworker_desktop.store.models import AuditEvent, Base, ChangeLogEntry
from keyworker_desktop.store.stamping import stamp_new_row, young_person_of


@functools.cache
def table_levels() -> dict[str, int]:
    """Each table's depth in the foreign-key graph: 0 for tables that reference none.

    The models link by foreign key without ORM relationships, so inserts are ordered
    by level, parents first.
    """
    levels: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        parents = [fk.column.table.name for fk in table.foreign_keys
                   if fk.column.table.name != table.name]
        levels[table.name] = 1 + max((levels[p] for p in parents), default=-1)
    return levels


class RowSink:
    """New rows collected in ``add`` and inserted, parents first, by ``flush``.

    The change log keeps the order rows were added in, so a caller adds a young person
    before the records filed under them (the central store takes them in that order).
    """

    def __init__(self, session: Session, *, summaries: bool = True) -> None:
        """``summaries=False``: the caller rebuilds every caseload summary row afterwards
        (:func:`.summary.rebuild_all`), cheaper than refreshing them chunk by chunk."""
        self.session = session
        self.summaries = summaries
        ctx: WriteContext | None = session.info.get("write_context")
        # Like the hook: no provenance or change log without a writer, or for remote changes.
        self.ctx = None if ctx is None or ctx.applying_remote else ctx
        self.rows: dict[type[Any], list[dict[str, Any]]] = {}
        self.log: list[dict[str, Any]] = []
        self.audit: list[dict[str, Any]] = []
        self.search: list[bulk.IndexRow] = []
        self.counts: Counter[str] = Counter()
        self.summarised: set[str] = set()

    def add(self, model: Any, **values: Any) -> dict[str, Any]:
        """A new row of ``model`` (column defaults filled in); returns it, with its id."""
        ctx = self.ctx
        new = stamp_new_row(model, values, ctx)
        row = new.row
        yp_id = young_person_of(model, row["id"], row.get("young_person_id"))
        if ctx is not None and new.change is not None and new.audit is not None:
            self.log.append(new.change)
            self.audit.append(new.audit)
            ctx.changed.add((model.__tablename__, row["id"]))
            if yp_id:
                ctx.young_people.add(yp_id)
        if model.__searchable__:
            self.search.append(bulk.index_row(model, row, yp_id))
        if self.summaries and yp_id and model.__tablename__ in summary.SUMMARY_SOURCES:
            self.summarised.add(yp_id)
        self.rows.setdefault(model, []).append(row)
        self.counts[model.__tablename__] += 1
        return row

    def flush(self) -> None:
        """Insert what is pending: parents first, then the change log, audit and index."""
        levels = table_levels()
        for model in sorted(self.rows, key=lambda m: levels[m.__tablename__]):
            self._insert(model.__table__, self.rows[model])
        self._insert(cast(Table, ChangeLogEntry.__table__), self.log)
        self._insert(cast(Table, AuditEvent.__table__), self.audit)
        bulk.index_rows(self.session.connection(), self.search, fresh=True)
        # One statement for the lot, as the hook refreshes what a flush touched.
        summary.refresh(self.session.connection(), self.summarised, datetime.now())
        self.rows, self.log, self.audit, self.search = {}, [], [], []
        self.summarised = set()

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        bulk.insert_rows(self.session.connection(), table, rows)
