"""Young people who left this user's scope leave the laptop too (data minimisation).

When a manager allocates a young person to another keyworker, the central store
stops sending them to this user, but their record would stay on this laptop for
good. After a completed sync whose scope digest changed, the client asks the
central store which young people the user may see now (``GET /v1/scope``) and
:func:`purge_out_of_scope` removes every other young person, unless that could
lose something: a young person with a change the server has not acknowledged,
or with a record the server has no trace of, is kept (their changes are refused
as out of scope at push and stay here until a manager sorts it out).

Synced records are normally only tombstoned and the ORM refuses deletes, so the
removal uses Core DELETE statements: one transaction per young person, with one
local audit event saying why. Audit events stay (they hold ids, field names and
what was done, never field values). Shared records (staff, professionals) stay.
Afterwards the full-text index is merged, so no word of theirs stays in its
segments (deleted rows' bytes are zeroed by SQLCipher's default ``secure_delete``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Table, column, delete, func, or_, select, table, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import (
    AuditEvent,
    Base,
    ChangeLogEntry,
    YoungPerson,
    synced_models,
)
from keyworker_desktop.store.models.sync import (
    FieldHistory,
    LocalConflict,
    SyncBase,
    SyncPin,
    SyncState,
)
from keyworker_desktop.sync import wire

log = logging.getLogger(__name__)

# sync_state key: the pulled scope digest whose young people were last checked.
CHECKED_KEY = "scope_checked"
REMOVED_ACTION = "remove"
REMOVED_DETAIL = ("removed from this laptop: reallocated, no longer in this user's scope; "
                  "the central store holds every acknowledged change")

_SEARCH_DOC = table("search_doc", column("id"), column("record_id"))
_SUMMARY = table("caseload_summary", column("young_person_id"))


@dataclass(frozen=True)
class ScopePurge:
    """Young people removed from the laptop, and those kept because something would be lost."""

    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def reconcile_scope(store: Store, pulled_digest: str | None,
                    fetch: Callable[[], Collection[str] | None],
                    checked: str | None = None) -> ScopePurge | None:
    """After a completed pull: purge if the scope changed since it was last checked.

    ``pulled_digest`` is the scope digest of the last pull; ``fetch`` asks the central
    store for the young people in scope now (None when it cannot say); ``checked``: the
    digest last checked, when the caller has read it already (saves a session when it is
    the one pulled). Returns None when nothing was asked. While any young person is kept,
    every sync checks again.
    """
    if not pulled_digest or pulled_digest == checked:
        return None  # a central store that sends no digest, or nothing new
    with store.session() as s:
        row = s.get(SyncState, CHECKED_KEY)
        if row is not None and row.value.get("v") == pulled_digest:
            return None
        held = list(s.scalars(select(YoungPerson.id)))
    if held and wire.scope_digest(held) != pulled_digest:
        in_scope = fetch()
        if in_scope is None:
            return None
        result = purge_out_of_scope(store, in_scope)
    else:
        # Nobody here, or exactly the young people in scope (the digest is of their ids):
        # nobody to remove, and nothing to ask (a first sync's every young person).
        result = ScopePurge()
    if not result.kept:
        # Redoable: lost to a power cut, it only means the next sync checks again.
        with store.transaction(redoable=True) as s:
            s.execute(sqlite_insert(SyncState).values(key=CHECKED_KEY, value={"v": pulled_digest})
                      .on_conflict_do_update(index_elements=["key"],
                                             set_={"value": {"v": pulled_digest}}))
    return result


def purge_out_of_scope(store: Store, in_scope: Collection[str]) -> ScopePurge:
    """Remove every young person not in ``in_scope`` whose records the server holds."""
    allowed = set(in_scope)
    with store.session() as s:
        local = s.scalars(select(YoungPerson.id).order_by(YoungPerson.id))
        leaving = [yp_id for yp_id in local if yp_id not in allowed]
        if not leaving:
            return ScopePurge()
        history_only = _history_only(s, leaving)
    removed: list[str] = []
    kept: list[str] = []
    for yp_id in leaving:
        gone = _purge_one(store, yp_id, history_only.get(yp_id, set()))
        (removed if gone else kept).append(yp_id)
    if removed:
        with store.transaction() as s:
            # Deleted rows leave their words in the full-text index's segments until they
            # are merged: merge them all now, once for the lot.
            s.execute(text("INSERT INTO search_index(search_index) VALUES ('optimize')"))
    if kept:
        log.info("%d young people out of scope kept: changes not acknowledged", len(kept))
    return ScopePurge(removed, kept)


# -- one young person ------------------------------------------------------------
def _yp_tables() -> list[Table]:
    """Every synced table filed under a young person (the young person's own table last)."""
    tables = [Base.metadata.tables[name] for name in synced_models()]
    return [*(t for t in tables if "young_person_id" in t.c), Base.metadata.tables["young_person"]]


def _rows_of(s: Session, yp_id: str) -> set[str]:
    """The ids of the young person and every synced record filed under them."""
    ids = {yp_id}
    for t in _yp_tables()[:-1]:
        ids.update(s.scalars(select(t.c.id).where(t.c.young_person_id == yp_id)))
    return ids


def _history_only(s: Session, young_person_ids: list[str]) -> dict[str, set[str]]:
    """Records known only from pulled history (an entity this version does not know), by
    the young person their insert named: one pass over the history for everyone leaving."""
    named = func.json_extract(FieldHistory.__table__.c["values"], "$.young_person_id")
    out: dict[str, set[str]] = {}
    for record_id, yp_id in s.execute(select(FieldHistory.record_id, named).distinct()
                                      .where(named.in_(young_person_ids))):
        out.setdefault(str(yp_id), set()).add(record_id)
    return out


def _bookkeeping_ids(s: Session, yp_id: str) -> set[str]:
    """Record ids the change log and the conflicts hold for them."""
    ids = set(s.scalars(select(ChangeLogEntry.record_id)
                        .where(ChangeLogEntry.young_person_id == yp_id)))
    ids.update(s.scalars(select(LocalConflict.record_id)
                         .where(LocalConflict.young_person_id == yp_id)))
    return ids


def _unsafe(s: Session, yp_id: str, rows: set[str], known: set[str]) -> bool:
    """Would removing them lose something the central store does not hold?"""
    unpushed = s.scalar(select(ChangeLogEntry.seq).where(
        ChangeLogEntry.pushed_at.is_(None),
        or_(ChangeLogEntry.young_person_id == yp_id, ChangeLogEntry.record_id.in_(known)))
        .limit(1))
    if unpushed is not None:
        return True
    held = set(s.scalars(select(SyncBase.record_id).where(SyncBase.record_id.in_(rows))))
    held.update(s.scalars(select(ChangeLogEntry.record_id).where(
        ChangeLogEntry.record_id.in_(rows - held), ChangeLogEntry.pushed_at.is_not(None))))
    return bool(rows - held)


def _purge_one(store: Store, yp_id: str, history_only: set[str]) -> bool:
    """Remove one young person in one transaction; False (nothing removed) if unsafe."""
    try:
        with store.transaction() as s:
            rows = _rows_of(s, yp_id)
            known = rows | history_only | _bookkeeping_ids(s, yp_id)
            if _unsafe(s, yp_id, rows, known):
                return False
            _delete(s, yp_id, known)
            ctx = s.info["write_context"]
            s.add(AuditEvent(at=ctx.utcnow(), actor=ctx.actor, device=ctx.device,
                             action=REMOVED_ACTION, entity="young_person", record_id=yp_id,
                             young_person_id=yp_id, detail=REMOVED_DETAIL))
    except IntegrityError:
        # Another young person's record refers to one of theirs: keep both, whole.
        log.warning("a young person out of scope was kept: another record refers to theirs")
        return False
    return True


def _delete(s: Session, yp_id: str, known: set[str]) -> None:
    conn = s.connection()
    # Children and parents go in one statement each, in any order: checked at commit.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    _unindex(s, known)
    s.execute(delete(_SUMMARY).where(_SUMMARY.c.young_person_id == yp_id))
    change_ids = select(ChangeLogEntry.change_id).where(
        or_(ChangeLogEntry.young_person_id == yp_id, ChangeLogEntry.record_id.in_(known)))
    s.execute(delete(SyncPin).where(SyncPin.change_id.in_(change_ids)))
    s.execute(delete(ChangeLogEntry).where(
        or_(ChangeLogEntry.young_person_id == yp_id, ChangeLogEntry.record_id.in_(known))))
    s.execute(delete(SyncBase).where(SyncBase.record_id.in_(known)))
    s.execute(delete(FieldHistory).where(FieldHistory.record_id.in_(known)))
    s.execute(delete(LocalConflict).where(
        or_(LocalConflict.young_person_id == yp_id, LocalConflict.record_id.in_(known))))
    for t in _yp_tables():
        key = t.c.id if t.name == "young_person" else t.c.young_person_id
        s.execute(delete(t).where(key == yp_id))


def _unindex(s: Session, record_ids: Iterable[str]) -> None:
    """Drop their full-text rows (their words stay in the segments until the next merge)."""
    rowids = list(s.scalars(select(_SEARCH_DOC.c.id)
                            .where(_SEARCH_DOC.c.record_id.in_(list(record_ids)))))
    if not rowids:
        return
    s.execute(text("DELETE FROM search_index WHERE rowid IN (SELECT value FROM json_each(:ids))"),
              {"ids": _json_list(rowids)})
    s.execute(text("INSERT INTO search_index(search_index) VALUES ('optimize')"))
    s.execute(delete(_SEARCH_DOC).where(_SEARCH_DOC.c.id.in_(rowids)))


def _json_list(values: Iterable[int]) -> str:
    return "[" + ",".join(str(int(v)) for v in values) + "]"
