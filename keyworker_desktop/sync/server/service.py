"""Push, pull and status: the central store's logic, one database transaction per call."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, insert, or_, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.sync.entities import EntityInfo, entities
from keyworker_desktop.sync.merge import FieldMeta, Side, merge_change
from keyworker_desktop.sync.server.accounts import Caller
from keyworker_desktop.sync.server.db import serialise_writes
from keyworker_desktop.sync.server.models import Allocation, Audit, Change, Conflict, Record, User
from keyworker_desktop.sync.server.validate import ApiError, PushedChange, validate_push

PROTOCOL = 1


# -- scope --------------------------------------------------------------------------
def _scope_ids(caller: Caller) -> Any:
    """A subquery of the young people ``caller`` may see."""
    if caller.role in ("senior", "manager") and caller.team:
        team_users = select(User.id).where(User.team == caller.team)
        return select(Allocation.young_person_id).where(Allocation.user_id.in_(team_users))
    return select(Allocation.young_person_id).where(Allocation.user_id == caller.user_id)


def _visible(caller: Caller, column: Any) -> ColumnElement[bool]:
    return or_(column.is_(None), column.in_(_scope_ids(caller)))


def _refuse_admin(caller: Caller) -> None:
    if caller.role == "admin":
        raise ApiError(403, "forbidden", "administrators manage accounts and read no records")


def audit(s: Session, caller: Caller | None, action: str, outcome: str = "ok",
          young_people: set[str] | None = None, count: int = 0, detail: str = "") -> None:
    s.add(Audit(user_name=caller.user_name if caller else "", device_id=caller.device_id
                if caller else "", action=action, outcome=outcome,
                young_person_ids=sorted(young_people or ()), count=count, detail=detail[:500]))


# -- push ---------------------------------------------------------------------------
class _BaseValues(Mapping[str, Any]):
    """Field values at the change's base version, read only when a text merge needs them."""

    def __init__(self, s: Session, entity: str, record_id: str, version: int) -> None:
        self._s, self._entity, self._id, self._version = s, entity, record_id, version
        self._cache: dict[str, Any] | None = None

    def _load(self) -> dict[str, Any]:
        if self._cache is None:
            values: dict[str, Any] = {}
            rows = self._s.scalars(
                select(Change.fields).where(Change.entity == self._entity,
                                            Change.record_id == self._id,
                                            Change.version <= self._version)
                .order_by(Change.seq))
            for fields in rows:
                values.update(fields)
            self._cache = values
        return self._cache

    def __getitem__(self, key: str) -> Any:
        return self._load()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


def _result(row: Change, status: str | None = None) -> dict[str, Any]:
    return {"change_id": row.change_id, "status": status or row.status, "seq": row.seq,
            "version": row.version, "conflicts": list(row.conflicts or [])}


def _rejected(ch: PushedChange, code: str, message: str) -> dict[str, Any]:
    return {"change_id": ch.change_id, "status": "rejected",
            "error": {"code": code, "message": message}}


class _Push:
    """One push request: checks each change, merges it, records it."""

    def __init__(self, s: Session, caller: Caller) -> None:
        self.s = s
        self.caller = caller
        self.scope = set(s.scalars(_scope_ids(caller)))
        self.allocated: set[str] = set(s.scalars(select(Allocation.young_person_id).distinct()))
        self.records: dict[tuple[str, str], Record] = {}
        # Written in bulk at the end of the batch (one statement each, not one per change).
        self.new_records: list[Record] = []
        self.new_changes: list[Change] = []

    def prefetch(self, changes: list[PushedChange]) -> None:
        ids = {c.record_id for c in changes}
        for rec in self.s.scalars(select(Record).where(Record.id.in_(ids))):
            self.records[(rec.entity, rec.id)] = rec

    def young_person_of(self, ch: PushedChange, info: EntityInfo) -> tuple[str | None, str | None]:
        """(young person id, error) for a change, from the stored record when there is one."""
        rec = self.records.get((ch.entity, ch.record_id))
        if ch.entity == "young_person":
            return ch.record_id, None
        if not info.has_young_person:
            return None, None
        yp = rec.young_person_id if rec is not None else ch.young_person_id
        if yp is None:
            return None, "the change names no young person"
        if ch.young_person_id not in (None, yp):
            return None, "a record cannot move to another young person"
        return yp, None

    def check(self, ch: PushedChange) -> tuple[str | None, dict[str, Any] | None]:
        info = entities().get(ch.entity)
        if info is None:
            return None, _rejected(ch, "invalid", f"unknown entity {ch.entity!r}")
        unknown = set(ch.fields) - info.fields
        if unknown:
            return None, _rejected(ch, "invalid", f"unknown fields: {', '.join(sorted(unknown))}")
        yp, error = self.young_person_of(ch, info)
        if error:
            return None, _rejected(ch, "invalid", error)
        if yp is None or yp in self.scope:
            return yp, None
        new_person = (ch.entity == "young_person" and yp not in self.allocated
                      and ("young_person", yp) not in self.records)
        if new_person:
            # A young person created on a laptop is its keyworker's until reallocated.
            self.s.add(Allocation(young_person_id=yp, user_id=self.caller.user_id,
                                  allocated_by=self.caller.user_name))
            self.scope.add(yp)
            self.allocated.add(yp)
            return yp, None
        return yp, _rejected(ch, "out_of_scope", "this young person is not allocated to you")

    def apply(self, ch: PushedChange, yp: str | None) -> Change:
        info = entities()[ch.entity]
        key = (ch.entity, ch.record_id)
        rec = self.records.get(key)
        current = dict(rec.fields) if rec else {}
        meta = {k: FieldMeta(*v) for k, v in rec.meta.items()} if rec else {}
        version = rec.version if rec else 0
        resolving = []
        if ch.resolves:
            resolving = list(self.s.scalars(select(Conflict).where(
                Conflict.id.in_(ch.resolves), Conflict.record_id == ch.record_id,
                Conflict.status == "open")))
        side = Side(None, ch.author, ch.device, ch.hlc)
        res = merge_change(
            current, meta, ch.base_version, ch.fields, side,
            base_values=_BaseValues(self.s, ch.entity, ch.record_id, ch.base_version),
            text_fields=info.text_fields, append_only=info.append_only,
            resolves=bool(resolving))
        # What was pushed is kept beside the result when some of it is not current.
        differs = any(res.apply.get(k, current.get(k)) != v for k, v in ch.fields.items())
        if res.apply:
            version += 1
            current.update(res.apply)
            new_meta = rec.meta.copy() if rec else {}
            for k in res.apply:
                new_meta[k] = [version, ch.hlc, ch.author, ch.device]
            if rec is None:
                rec = Record(entity=ch.entity, id=ch.record_id, young_person_id=yp, hlc="")
                self.new_records.append(rec)
                self.records[key] = rec
            rec.fields = current
            rec.meta = new_meta
            rec.version = version
            rec.hlc = max(rec.hlc or "", ch.hlc)
            rec.deleted = current.get("deleted_at") is not None
        conflict_ids = []
        for c in res.conflicts:
            row = Conflict(id=uuid7(), entity=ch.entity, record_id=ch.record_id,
                           young_person_id=yp, field=c.field, kind=c.kind,
                           base=c.base, current=c.current.as_json(),
                           incoming=c.incoming.as_json(), change_id=ch.change_id)
            self.s.add(row)
            conflict_ids.append(row.id)
        now = datetime.utcnow()
        for row in resolving:
            row.status, row.resolved_at = "resolved", now
            row.resolved_by, row.resolved_change_id = ch.author, ch.change_id
        change = Change(
            change_id=ch.change_id, entity=ch.entity, record_id=ch.record_id,
            young_person_id=yp, op=ch.op, fields=res.apply,
            submitted=ch.fields if differs else None,
            base_version=ch.base_version, version=version, hlc=ch.hlc, author=ch.author,
            device=ch.device, user_id=self.caller.user_id, status=res.status,
            conflicts=conflict_ids, resolved=[r.id for r in resolving],
            received_at=now)
        self.new_changes.append(change)
        return change

    def write(self) -> None:
        """Insert the batch's new records and changes, then learn the changes' sequence numbers."""
        cols = ("entity", "id", "young_person_id", "fields", "meta", "version", "hlc", "deleted")
        if self.new_records:
            self.s.execute(insert(Record), [{c: getattr(r, c) for c in cols}
                                            for r in self.new_records])
        if not self.new_changes:
            return
        names = [c.key for c in Change.__table__.columns if c.key != "seq"]
        self.s.execute(insert(Change), [{n: getattr(c, n) for n in names}
                                        for c in self.new_changes])
        ids = [c.change_id for c in self.new_changes]
        seqs = dict(self.s.execute(select(Change.change_id, Change.seq)
                                   .where(Change.change_id.in_(ids))).all())
        for c in self.new_changes:
            c.seq = seqs[c.change_id]


def push(s: Session, caller: Caller, body: Any) -> dict[str, Any]:
    """Apply a push body; raises :class:`ApiError` for a malformed or wholly refused one."""
    changes = validate_push(body)
    _refuse_admin(caller)
    serialise_writes(s)
    ids = [c.change_id for c in changes]
    done: dict[str, Change] = {
        row.change_id: row for row in s.scalars(select(Change).where(Change.change_id.in_(ids)))}
    op = _Push(s, caller)
    op.prefetch(changes)
    results: list[dict[str, Any] | Change | tuple[Change]] = []
    touched: set[str] = set()
    refused: set[str] = set()
    for ch in changes:
        if ch.change_id in done:
            results.append((done[ch.change_id],))
            continue
        yp, rejection = op.check(ch)
        if rejection is not None:
            results.append(rejection)
            if rejection["error"]["code"] == "out_of_scope" and yp:
                refused.add(yp)
            continue
        row = op.apply(ch, yp)
        done[ch.change_id] = row
        results.append(row)
        if yp:
            touched.add(yp)
    if changes and refused and all(isinstance(r, dict) and r["status"] == "rejected"
                                   and r["error"]["code"] == "out_of_scope" for r in results):
        # Nothing applied; the caller audits the refusal in its own transaction.
        raise ApiError(403, "out_of_scope", "none of these young people are allocated to you",
                       {"young_person_ids": sorted(refused)})
    if refused:
        audit(s, caller, "denied", "out_of_scope", refused, len(refused), "push")
    op.write()
    s.flush()
    out = [_result(r) if isinstance(r, Change) else _result(r[0], "duplicate")
           if isinstance(r, tuple) else r for r in results]
    applied = sum(1 for r in out if r["status"] not in ("rejected", "duplicate"))
    audit(s, caller, "push", "ok", touched, applied)
    cursor = s.scalar(select(func.max(Change.seq))) or 0
    return {"results": out, "cursor": cursor}


# -- pull ---------------------------------------------------------------------------
def pull(s: Session, caller: Caller, after: int, limit: int) -> dict[str, Any]:
    """The next page of changes the caller may see, oldest first."""
    _refuse_admin(caller)
    latest = s.scalar(select(func.max(Change.seq))) or 0
    rows = list(s.scalars(
        select(Change).where(Change.seq > after, Change.seq <= latest,
                             _visible(caller, Change.young_person_id))
        .order_by(Change.seq).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = rows[-1].seq if more else max(latest, after)
    with_conflicts = [r.change_id for r in rows if r.conflicts]
    conflicts: dict[str, list[dict[str, Any]]] = {}
    if with_conflicts:
        for c in s.scalars(select(Conflict).where(Conflict.change_id.in_(with_conflicts))):
            conflicts.setdefault(c.change_id, []).append(c.as_json())
    out = []
    people: set[str] = set()
    for r in rows:
        item: dict[str, Any] = {
            "seq": r.seq, "change_id": r.change_id, "entity": r.entity,
            "record_id": r.record_id, "young_person_id": r.young_person_id, "op": r.op,
            "fields": r.fields, "version": r.version, "hlc": r.hlc, "author": r.author,
            "device": r.device, "conflicts": conflicts.get(r.change_id, []),
            "resolved": list(r.resolved or [])}
        if r.submitted is not None:
            item["submitted"] = r.submitted
        out.append(item)
        if r.young_person_id:
            people.add(r.young_person_id)
    audit(s, caller, "pull", "ok", people, len(out), f"after={after}")
    return {"changes": out, "cursor": cursor, "more": more, "latest": latest,
            "scope": _scope_digest(s, caller)}


def _scope_digest(s: Session, caller: Caller) -> str:
    """Changes when the caller's young people change: the laptop then reads the log again."""
    ids = sorted(s.scalars(_scope_ids(caller).distinct()))
    return hashlib.sha256("\n".join(ids).encode()).hexdigest()[:32]


def scope(s: Session, caller: Caller) -> dict[str, Any]:
    """Exactly which young people the caller may see now, and the digest pulls carry for them.

    A laptop asks when the digest changes, to remove the young people it may no longer hold.
    """
    _refuse_admin(caller)
    ids = sorted(s.scalars(_scope_ids(caller).distinct()))
    digest = scope_digest_of(ids)
    # Ids only, and a manager's team may be thousands of them: the count, not the list.
    audit(s, caller, "scope", "ok", None, len(ids), f"digest={digest}")
    return {"young_person_ids": ids, "digest": digest}


def scope_digest_of(ids: list[str]) -> str:
    """The digest of a sorted list of young person ids (as :func:`_scope_digest` makes it)."""
    return hashlib.sha256("\n".join(ids).encode()).hexdigest()[:32]


def status(s: Session, caller: Caller | None) -> dict[str, Any]:
    out: dict[str, Any] = {"protocol": PROTOCOL, "server_time": datetime.utcnow().isoformat(),
                           "latest_seq": s.scalar(select(func.max(Change.seq))) or 0}
    if caller is not None:
        out.update(user=caller.user_name, role=caller.role, team=caller.team)
    return out
