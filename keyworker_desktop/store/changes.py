"""Every write to a synced record, recorded in the same transaction.

A ``before_flush`` hook stamps provenance and version on each new or changed
record, appends a change-log entry (which fields, new values, base version),
an audit event, and keeps the full-text index current. Records are never
deleted: :func:`tombstone` marks them, and a hard delete is refused.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect, text
from sqlalchemy.orm import Session

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.domain.hlc import HybridClock
from keyworker_desktop.store import summary
from keyworker_desktop.store.models import AuditEvent, ChangeLogEntry, Synced
from keyworker_desktop.store.stamping import (
    META_FIELDS,
    audit_entry,
    change_entry,
    entity_of,
    fill_defaults,
    index_fields,
    json_fields,
    local_provenance,
    search_text,
    take_stamp,
    to_json_value,  # noqa: F401 - re-exported: sync conflicts and review read it here
    young_person_of,
)


@dataclass
class WriteContext:
    """Who is writing, from which device, with which clocks; kept in ``session.info``."""

    actor: str
    device: str
    clock: HybridClock
    utcnow: Callable[[], datetime] = utcnow
    # Set by the sync client while applying pulled changes: no new change-log rows.
    applying_remote: bool = False
    # What this session wrote, for the change set a write returns (``store.opchanges``).
    changed: set[tuple[str, str]] = field(default_factory=set)
    young_people: set[str] = field(default_factory=set)


def _column_names(obj: Synced) -> list[str]:
    return [c.key for c in inspect(type(obj)).column_attrs]


def tombstone(session: Session, obj: Synced) -> None:
    """Delete a record the way sync can carry: set ``deleted_at``."""
    ctx: WriteContext = session.info["write_context"]
    obj.deleted_at = ctx.utcnow()


#: What a senior or manager may set on a signed note: that they saw what was raised.
ACKNOWLEDGEMENT_FIELDS = frozenset({"raise_acknowledged_by", "raise_acknowledged_at"})


def _refuse_edit_of_signed_note(obj: Synced, state: Any, changed: dict[str, Any]) -> None:
    """A finalised, signed note is never edited: corrections are addenda."""
    if entity_of(type(obj)) != "session_note":
        return
    if set(changed) <= ACKNOWLEDGEMENT_FIELDS:
        return  # a manager acknowledging a raised note signs nothing of the note
    before = state.attrs["status"].history
    was = before.deleted[0] if before.deleted else obj.status  # type: ignore[attr-defined]
    if was == "final":
        from keyworker_desktop.domain.rules import check_finalised
        from keyworker_desktop.store.errors import ValidationError

        raise ValidationError(check_finalised(True))


def _record_change(session: Session, ctx: WriteContext, obj: Synced, is_new: bool) -> None:
    state = inspect(obj)
    names = _column_names(obj)
    if is_new:
        fill_defaults(obj)
        changed = {n: getattr(obj, n) for n in names if n not in META_FIELDS}
    else:
        changed = {}
        for n in names:
            if n in META_FIELDS:
                continue
            hist = state.attrs[n].history
            if hist.has_changes():
                changed[n] = getattr(obj, n)
        if not changed:
            return
        _refuse_edit_of_signed_note(obj, state, changed)
    stamp = take_stamp(ctx)
    base_version = 0 if is_new else (obj.version or 0)
    meta = local_provenance(stamp, base_version=base_version, is_new=is_new,
                            held=lambda key: getattr(obj, key))
    for key, value in meta.items():
        setattr(obj, key, value)
    if getattr(obj, "id", None) is None:  # not given one yet: the hook names it
        from keyworker_desktop.domain.ids import uuid7

        obj.id = uuid7()
    entity = entity_of(type(obj))
    young_person_id = young_person_of(type(obj), obj.id, getattr(obj, "young_person_id", None))
    deleted = "deleted_at" in changed and obj.deleted_at
    op = "insert" if is_new else ("delete" if deleted else "update")
    session.add(ChangeLogEntry(**change_entry(
        stamp, entity=entity, record_id=obj.id, young_person_id=young_person_id, op=op,
        fields=json_fields(changed), base_version=base_version,
        version=obj.version)))
    session.add(AuditEvent(**audit_entry(
        stamp, op=op, entity=entity, record_id=obj.id, young_person_id=young_person_id,
        detail=json.dumps(sorted(changed)))))
    ctx.changed.add((entity, obj.id))
    if young_person_id:
        ctx.young_people.add(young_person_id)
    model: Any = type(obj)
    if model.__searchable__ and (is_new or not index_fields(model).isdisjoint(changed)):
        session.info.setdefault("kw_reindex", {})[obj.id] = obj


def reindex(session: Session, obj: Synced) -> None:
    """Replace ``obj``'s row in the full-text index (or drop it when tombstoned).

    ``search_doc`` maps record ids to FTS rowids, so this is two key lookups
    whatever the size of the index.
    """
    # Driver-level statements: this runs once per record on bulk pulls.
    conn = session.connection()
    found = conn.exec_driver_sql("SELECT id FROM search_doc WHERE record_id = ?",
                                 (obj.id,)).first()
    rowid = found[0] if found else None
    if rowid is not None:
        conn.exec_driver_sql("DELETE FROM search_index WHERE rowid = ?", (rowid,))
    if obj.deleted_at is not None:
        if rowid is not None:
            conn.exec_driver_sql("DELETE FROM search_doc WHERE id = ?", (rowid,))
        return
    if rowid is None:
        rowid = conn.exec_driver_sql("INSERT INTO search_doc (record_id) VALUES (?) RETURNING id",
                                     (obj.id,)).scalar()
    title, body = search_text(type(obj), obj)
    young_person_id = young_person_of(type(obj), obj.id, getattr(obj, "young_person_id", None))
    conn.exec_driver_sql(
        "INSERT INTO search_index (rowid, kind, record_id, young_person_id, title, body) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (rowid, entity_of(type(obj)), obj.id, young_person_id or "", title, body),
    )


def _before_flush(session: Session, _flush_context: object, _instances: object) -> None:
    derive_now(session)  # what an earlier write left for the commit comes first
    ctx: WriteContext | None = session.info.get("write_context")
    for obj in session.deleted:
        if isinstance(obj, Synced) or isinstance(obj, AuditEvent):
            raise RuntimeError(f"{type(obj).__name__} records are tombstoned, never deleted")
    if ctx is None or ctx.applying_remote:
        _note_summaries(session)
        return
    for obj in list(session.new):
        if isinstance(obj, Synced):
            _record_change(session, ctx, obj, is_new=True)
    for obj in list(session.dirty):
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            _record_change(session, ctx, obj, is_new=False)
    _note_summaries(session)


def _note_summaries(session: Session) -> None:
    """Remember which young people's caseload summary this flush changes."""
    pending: set[str] = session.info.setdefault("kw_summary", set())
    dirty = session.dirty  # (worked out afresh each time it is asked for)
    for obj in (*session.new, *dirty):
        entity = getattr(obj, "__tablename__", "")
        if entity == "young_person":
            pending.add(obj.id)
        elif entity in summary.SUMMARY_SOURCES and getattr(obj, "young_person_id", None):
            pending.add(obj.young_person_id)
            if obj in dirty:  # moved to another young person: theirs changes too
                pending.update(yp for yp in inspect(obj).attrs.young_person_id.history.deleted
                               if yp)
        elif entity == "staff" and obj.id:
            pending.update(session.connection().execute(
                text("SELECT young_person_id FROM allocation WHERE staff_id = :s"), {"s": obj.id}
            ).scalars())


def _after_flush(session: Session, _flush_context: object) -> None:
    pending: dict[str, Synced] = session.info.pop("kw_reindex", {})
    for obj in pending.values():
        reindex(session, obj)
    young_people: set[str] = session.info.pop("kw_summary", set())
    if young_people:
        # Visit times are local wall-clock times, so the summary's day is local too.
        summary.refresh(session.connection(), young_people, datetime.now())


def at_commit(session: Session, fn: Callable[[], None]) -> None:
    """Run ``fn()`` as the session's transaction commits, first in its commit and on
    whichever thread commits: derived data (full-text index, summaries) of what the
    transaction wrote. A pulled page is committed on a thread of its own (..sync.writer):
    there such statements, each run without Python's lock, overlap the next page's
    preparing. A flush with something to write runs it first (:func:`derive_now`), so
    what the flush changes comes after it."""
    session.info.setdefault(_AT_COMMIT, []).append(fn)


_AT_COMMIT = "kw_at_commit"


def derive_now(session: Session) -> None:
    """Run now, in order, what :func:`at_commit` left for the commit."""
    for fn in session.info.pop(_AT_COMMIT, ()):
        fn()


def _after_rollback(session: Session) -> None:
    session.info.pop(_AT_COMMIT, None)


def install(session_class: type[Session]) -> None:
    """Attach the hooks to a session class (idempotent)."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
        event.listen(session_class, "after_flush", _after_flush)
        event.listen(session_class, "before_commit", derive_now)
        event.listen(session_class, "after_rollback", _after_rollback)
