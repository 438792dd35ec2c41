"""Conflicts on this laptop: list them, resolve one (the resolution syncs like any change)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keyworker_desktop.store.changes import to_json_value
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import ChangeLogEntry, synced_models
from keyworker_desktop.store.models.sync import FieldHistory, LocalConflict
from keyworker_desktop.sync.entities import decode_value


@dataclass(frozen=True)
class ConflictView:
    """One unresolved field: both values with who and when, for the conflict dialog."""

    id: str
    entity: str
    record_id: str
    young_person_id: str | None
    field: str
    kind: str  # field / text / delete
    base: Any
    current: dict[str, Any]  # value, author, device, hlc
    incoming: dict[str, Any]
    status: str

    def mine(self, device_id: str) -> dict[str, Any] | None:
        """This laptop's side, if it wrote one of the two values."""
        for side in (self.current, self.incoming):
            if side.get("device") == device_id:
                return side
        return None


def _view(c: LocalConflict) -> ConflictView:
    return ConflictView(c.id, c.entity, c.record_id, c.young_person_id, c.field, c.kind,
                        c.base, c.current, c.incoming, c.status)


def open_conflicts(store: Store, young_person_id: str | None = None) -> list[ConflictView]:
    """Conflicts not yet resolved here (``resolving`` ones wait for the next sync)."""
    with store.session() as s:
        q = select(LocalConflict).where(LocalConflict.status == "open")
        if young_person_id is not None:
            q = q.where(LocalConflict.young_person_id == young_person_id)
        return [_view(c) for c in s.scalars(q.order_by(LocalConflict.opened_at))]


def resolve(store: Store, conflict_id: str, value: Any) -> str:
    """Settle a conflict with ``value`` (JSON form: one side's value, or an edited text).

    Written as an ordinary local change that names the conflict, so it syncs
    like any other change. Returns that change's id.
    """
    return store.write(lambda s: resolve_in(s, conflict_id, value)).value


def resolve_in(s: Session, conflict_id: str, value: Any) -> str:
    """:func:`resolve` in the caller's transaction (whose write context it tells)."""
    c = s.get(LocalConflict, conflict_id)
    if c is None:
        raise KeyError(conflict_id)
    model = synced_models()[c.entity]
    obj = s.get(model, c.record_id)
    if obj is None:
        raise KeyError(c.record_id)
    before = s.scalar(select(func.max(ChangeLogEntry.seq))) or 0
    setattr(obj, c.field, decode_value(model, c.field, value))
    s.flush()
    entry = s.scalar(select(ChangeLogEntry).where(
        ChangeLogEntry.seq > before, ChangeLogEntry.record_id == c.record_id)
        .order_by(ChangeLogEntry.seq.desc()))
    ctx = s.info["write_context"]
    if entry is None:
        # The chosen value is already current: still tell the server it is chosen.
        entry = ChangeLogEntry(
            entity=c.entity, record_id=c.record_id, young_person_id=c.young_person_id,
            op="update", fields={c.field: to_json_value(getattr(obj, c.field))},
            base_version=obj.version or 0, version=obj.version or 0,
            hlc=ctx.clock.now().encode(), author=ctx.actor, device=ctx.device,
            at=ctx.utcnow())
        s.add(entry)
        s.flush()
    c.status = "resolving"
    c.resolution_change_id = entry.change_id
    # Written here, not by the hook (it stamps synced records only): the conflict, and
    # the record's change-log entry even when its value was already the chosen one.
    ctx.changed.update({(c.entity, c.record_id), (LocalConflict.__tablename__, c.id)})
    if c.young_person_id:
        ctx.young_people.add(c.young_person_id)
    return entry.change_id


def history(store: Store, record_id: str) -> list[dict[str, Any]]:
    """Every set of values synced for a record, oldest first (to see or restore a lost side)."""
    with store.session() as s:
        rows = s.scalars(select(FieldHistory).where(FieldHistory.record_id == record_id)
                         .order_by(FieldHistory.id))
        return [{"kind": r.kind, "values": r.values, "hlc": r.hlc, "author": r.author,
                 "device": r.device, "seq": r.seq} for r in rows]
