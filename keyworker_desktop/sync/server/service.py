"""Push, pull and status: the central store's logic, one database transaction per call."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any, cast

import msgspec
from sqlalchemy import (
    Boolean,
    Integer,
    Select,
    String,
    Table,
    Text,
    and_,
    bindparam,
    case,
    func,
    insert,
    null,
    select,
)
from sqlalchemy import cast as cast_
from sqlalchemy.orm import Session

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.domain.hlc import MAX_DRIFT_MS, Timestamp
from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.sync import wire
from keyworker_desktop.sync.entities import EntityInfo, entities, field_problems, oversized
from keyworker_desktop.sync.merge import FieldMeta, Side, merge_change
from keyworker_desktop.sync.server import stamps
from keyworker_desktop.sync.server.accounts import Caller
from keyworker_desktop.sync.server.db import (
    bulk_insert,
    bulk_update,
    id_in,
    ids_table,
    next_values,
    rows_table,
    serialise_writes,
)
from keyworker_desktop.sync.server.follow import (
    account_refusal,
    allocation_refusal,
    follow_allocations,
    prefetch_staff,
)
from keyworker_desktop.sync.server.models import Allocation, Audit, Change, Conflict, Record
from keyworker_desktop.sync.server.references import Held, dangling, named
from keyworker_desktop.sync.server.scopes import (
    ScopeDigests,
    allocated_to_scope,
    scope_ids,
    scope_params,
    team_scoped,
    visible,
)
from keyworker_desktop.sync.server.validate import ApiError, PushedChange, validate_push

PROTOCOL = 1
_AUDIT = cast(Table, Audit.__table__)
_JSON_LIST = msgspec.json.Decoder(list[str]).decode


def _refuse_admin(caller: Caller) -> None:
    if caller.role == "admin":
        raise ApiError(403, "forbidden", "administrators manage accounts and read no records")


_AUDIT_ROW = insert(_AUDIT)  # built once, with its cache key: the values are parameters


def audit(s: Session, caller: Caller | None, action: str, outcome: str = "ok",
          young_people: set[str] | None = None, count: int = 0, detail: str = "") -> None:
    """Record who did what (one INSERT now: no ORM object to track and flush)."""
    s.execute(_AUDIT_ROW, {
        "at": utcnow(), "user_name": caller.user_name if caller else "",
        "device_id": caller.device_id if caller else "", "action": action,
        "outcome": outcome, "young_person_ids": sorted(young_people or ()), "count": count,
        "detail": detail[:500]})


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


class _Stamps(Mapping[str, FieldMeta]):
    """A stored record's stamps as the merge reads them: each a :class:`FieldMeta` (bounded,
    see :func:`_bounded`) only when asked for. A change reads a few of its record's 25."""

    def __init__(self, stored: Any, horizon: str) -> None:
        self._stamps = stamps.expand(stored)
        self._horizon = horizon

    def __getitem__(self, key: str) -> FieldMeta:
        return _bounded(FieldMeta(*self._stamps[key]), self._horizon)

    def get(self, key: str, default: Any = None) -> Any:
        stamp = self._stamps.get(key)
        return default if stamp is None else _bounded(FieldMeta(*stamp), self._horizon)

    def __iter__(self) -> Iterator[str]:
        return iter(self._stamps)

    def __len__(self) -> int:
        return len(self._stamps)


def _differs(applied: Mapping[str, Any], sent: Mapping[str, Any],
             current: Mapping[str, Any]) -> bool:
    """Whether some field of a change is not what its record holds once ``applied`` (what
    the merge applied) is: then what was pushed is kept beside the result."""
    if applied.items() <= sent.items():
        # Mostly all of it applies as sent (a field left out holds its value already).
        return any(current.get(k) != sent[k] for k in sent.keys() - applied.keys())
    return any(applied.get(k, current.get(k)) != v for k, v in sent.items())


def applied(results: list[dict[str, Any]]) -> int:
    """How many of a push's results are changes it stored (not refused, not sent before)."""
    return sum(1 for r in results if r["status"] not in ("rejected", "duplicate"))


def _result(row: Mapping[str, Any], status: str | None = None) -> dict[str, Any]:
    return {"change_id": row["change_id"], "status": status or row["status"],
            "seq": row["seq"], "version": row["version"],
            "conflicts": list(row["conflicts"] or [])}


def _rejected(ch: PushedChange, code: str, message: str, fields: list[str] | None = None,
              limit: int | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if fields:
        error["fields"] = fields  # names only: the laptop tells its user which field
    if limit is not None:
        error["limit"] = limit
    return {"change_id": ch.change_id, "status": "rejected", "error": error}


_ALLOCATIONS = cast(Table, Allocation.__table__)
_RECORDS = cast(Table, Record.__table__)
_CHANGES = cast(Table, Change.__table__)
_CHANGE_COLUMNS = tuple(c.key for c in _CHANGES.columns if c.key != "seq")
_WANTED = {"entity": String(), "id": String(), "whole": Boolean(), "base": Integer()}
_STORED = ("entity", "id", "young_person_id", "fields", "meta", "version", "hlc", "deleted")


def stored_records(s: Session, keys: set[tuple[str, str]],
                   named: set[tuple[str, str]] | None = None,
                   bases: Mapping[tuple[str, str], int] | None = None) -> Any:
    """A select of the records with these (entity, id) keys, the whole key used, and of those
    ``named`` (their fields and stamps left out, null): one statement for a push.

    ``bases`` (PostgreSQL): the version a key's one change was made on. A record still at
    that version has no field stamped since (a stamp's version is never past its record's),
    so the merge reads only its stamps and whether it is deleted: its fields are left out
    (null) and ``partial`` is true, its ``deleted_at`` alone given. (Read whole, 1,000
    records' fields were a third of a push's reading, for nothing.)"""
    bases = bases or {}
    wanted = rows_table(s, [{"entity": e, "id": i, "whole": True, "base": bases.get((e, i))}
                            for e, i in keys] + [
        {"entity": e, "id": i, "whole": False, "base": None}
        for e, i in (named or set()) - keys], _WANTED)
    whole = wanted.c.whole
    postgresql = s.get_bind().dialect.name == "postgresql"
    if not postgresql:
        whole = whole == 1
    partial = and_(whole, wanted.c.base == _RECORDS.c.version)
    if postgresql and bases:
        extra: tuple[Any, ...] = (
            partial.label("partial"),
            case((partial, _RECORDS.c.fields["deleted_at"])).label("deleted_at"))
        fields = case((and_(whole, func.coalesce(wanted.c.base != _RECORDS.c.version, True)),
                       _RECORDS.c.fields))
    else:
        extra = (null().label("partial"), null().label("deleted_at"))
        fields = case((whole, _RECORDS.c.fields))
    # PostgreSQL looks each key up in the primary key. Per entity with "id IN (...)" it
    # read every record of the entity (a hash join), which grows with the central store.
    return select(_RECORDS.c.entity, _RECORDS.c.id, _RECORDS.c.young_person_id,
                  fields.label("fields"), case((whole, _RECORDS.c.meta)).label("meta"),
                  _RECORDS.c.version, _RECORDS.c.hlc, _RECORDS.c.deleted, *extra
                  ).join(wanted, and_(_RECORDS.c.entity == wanted.c.entity,
                                      _RECORDS.c.id == wanted.c.id))


def _partial_bases(s: Session, changes: list[PushedChange]) -> dict[tuple[str, str], int]:
    """The keys whose stored fields a push may leave unread when the record is still at
    the change's base version (see :func:`stored_records`): on PostgreSQL (SQLite writes a
    record's fields whole), a key's only change in the push, of an entity merged by stamps
    (an append-only one compares every field's; staff and allocations are checked against
    their stored fields)."""
    if s.get_bind().dialect.name != "postgresql":
        return {}
    known = entities()
    seen: dict[tuple[str, str], int] = {}
    twice: set[tuple[str, str]] = set()
    for ch in changes:
        key = (ch.entity, ch.record_id)
        info = known.get(ch.entity)
        if (key in seen or info is None or info.append_only or ch.resolves
                or ch.entity in ("staff", "allocation")):
            twice.add(key)
        seen[key] = ch.base_version
    return {k: v for k, v in seen.items() if k not in twice}


class _Push:
    """One push request: checks each change, merges it, records it.

    Records and changes are plain rows (Core), not ORM objects: building, tracking
    and flushing 500 ORM objects a batch cost more than the database work.
    """

    def __init__(self, s: Session, caller: Caller) -> None:
        self.s = s
        self.caller = caller
        # One time for the request: when its changes were received, and the stamps from
        # beyond it that win no conflict (see _bounded).
        self.now = utcnow()
        self.horizon = f"{int(time.time() * 1000) + MAX_DRIFT_MS:015d}"
        # Filled by prefetch for the batch's young people only: a push costs what it
        # carries, not what the central store holds.
        self.scope: set[str] = set()
        self.allocated: set[str] = set()
        self.records: dict[tuple[str, str], dict[str, Any]] = {}
        # The staff records among them, by id (see linked_refusal).
        self.staff: dict[str, dict[str, Any]] = {}
        # Written in bulk at the end of the batch (one statement each, not one per change).
        self.new_records: dict[tuple[str, str], dict[str, Any]] = {}
        self.changed_records: dict[tuple[str, str], dict[str, Any]] = {}
        self.new_changes: list[dict[str, Any]] = []
        self.new_allocations: list[dict[str, Any]] = []
        # The records the batch's ids name (see .references), read once for the batch.
        self.held: Held = {}
        # Staff records and accounts the batch's allocations name, read once (see .follow).
        self.staff_cache: dict[str, Any] = {}

    def prefetch(self, changes: list[PushedChange]) -> None:
        keys = {(c.entity, c.record_id) for c in changes}
        # An allocation's staff member is read whole, for .follow's checks.
        staff_named = {str(c.fields["staff_id"]) for c in changes
                       if c.entity == "allocation" and c.fields.get("staff_id")}
        whole = keys | {("staff", sid) for sid in staff_named}
        stored = stored_records(self.s, whole, named(changes), _partial_bases(self.s, changes))
        # Fetched at once, as tuples: row by row, SQLAlchemy's rows cost more than the reading.
        for row in self.s.execute(stored).all():
            key = (row[0], row[1])
            if key in keys:
                rec = self.records[key] = dict(zip(_STORED, row, strict=False))
                if row[8]:
                    # Only what the merge reads (see stored_records): apply reads the
                    # rest should it need it after all (_whole).
                    rec["fields"] = {} if row[9] is None else {"deleted_at": row[9]}
                    rec["partial"] = True
                if key[0] == "staff":
                    self.staff[key[1]] = rec
            else:
                self.held[key] = row[2]
            if key[0] == "staff" and key[1] in staff_named:
                self.staff_cache[key[1]] = None if row[7] else row[3]
        stored_staff = {str(sid) for (entity, rid), r in self.records.items()
                        if entity == "allocation" and (sid := r["fields"].get("staff_id"))}
        for sid in staff_named:
            self.staff_cache.setdefault(sid, None)
        self.staff_cache.update(prefetch_staff(self.s, stored_staff - staff_named))
        people = {yp for yp in (
            *(c.record_id if c.entity == "young_person" else c.young_person_id
              for c in changes),
            *(r["young_person_id"] for r in self.records.values())) if yp is not None}
        if not people:
            return
        # Joined to the ids (looked up in the primary key), not "IN": a hash of every
        # allocation the central store holds.
        wanted = ids_table(self.s, people)
        # On the session's connection: plain rows, not the ORM's handling of each.
        for yp, mine in self.s.connection().execute(select(
                Allocation.young_person_id, allocated_to_scope(self.caller)).join(
                    wanted, Allocation.young_person_id == wanted.c.id)).all():
            self.allocated.add(yp)
            if mine:
                self.scope.add(yp)

    def young_person_of(self, ch: PushedChange,
                        info: EntityInfo) -> tuple[str | None, dict[str, Any] | None]:
        """(young person id, rejection) for a change, from the stored record when there is
        one. A record never moves to another young person: its field naming one must be
        the record's, or laptops holding the record fail every sync on a foreign key."""
        rec = self.records.get((ch.entity, ch.record_id))
        if ch.entity == "young_person":
            return ch.record_id, None
        if not info.has_young_person:
            return None, None
        yp = rec["young_person_id"] if rec is not None else ch.young_person_id
        if yp is None:
            return None, _rejected(ch, "invalid", "the change names no young person")
        if ch.young_person_id not in (None, yp) or (
                "young_person_id" in ch.fields and ch.fields["young_person_id"] != yp):
            return None, _rejected(ch, "young_person_mismatch",
                                   "a record cannot move to another young person")
        return yp, None

    def check(self, ch: PushedChange) -> tuple[str | None, dict[str, Any] | None]:
        info = entities().get(ch.entity)
        if info is None:
            return None, _rejected(ch, "invalid", f"unknown entity {ch.entity!r}")
        if not info.fields.issuperset(ch.fields):
            unknown = set(ch.fields) - info.fields
            return None, _rejected(ch, "invalid", f"unknown fields: {', '.join(sorted(unknown))}",
                                   sorted(unknown))
        bad = field_problems(ch.entity, ch.fields)
        if bad:
            # Stored, such a value would stop every other laptop's pull on it for good.
            return None, _rejected(ch, "invalid", f"values these fields cannot hold: "
                                                  f"{', '.join(bad)}", bad)
        big = oversized(ch.entity, ch.fields)
        if big:
            # One value of megabytes would reach every laptop that may see the record.
            names = sorted(big)
            return None, _rejected(ch, "too_large", f"{ch.entity}: over the central store's "
                                   f"limit: {', '.join(names)}", names, min(big.values()))
        yp, rejection = self.young_person_of(ch, info)
        if rejection is not None:
            return None, rejection
        if yp is None or yp in self.scope:
            missing = dangling(ch, yp, self.held, self.records)
            if missing:
                # Stored, such an id would fail every pull of the record on a foreign key.
                return yp, _rejected(ch, "invalid", f"names a record the central store does "
                                     f"not hold: {', '.join(missing)}", missing)
            return yp, self.linked_refusal(ch)
        new_person = (ch.entity == "young_person" and yp not in self.allocated
                      and ("young_person", yp) not in self.records)
        if new_person:
            # A young person created on a laptop is its keyworker's until reallocated.
            self.new_allocations.append({
                "young_person_id": yp, "user_id": self.caller.user_id,
                "allocated_by": self.caller.user_name, "at": self.now})
            self.scope.add(yp)
            self.allocated.add(yp)
            return yp, None
        return yp, _rejected(ch, "out_of_scope", "this young person is not allocated to you")

    def linked_refusal(self, ch: PushedChange) -> dict[str, Any] | None:
        """A staff change that would link an account, or an allocation the caller may not
        make (see :mod:`.follow`): refused, since the scope follows allocations."""
        if ch.entity not in ("staff", "allocation"):
            return None
        rec = self.records.get((ch.entity, ch.record_id))
        stored = rec["fields"] if rec else None
        if ch.entity == "staff":
            refusal = account_refusal(stored, ch.fields)
        else:
            staff = {rid: r["fields"] for rid, r in self.staff.items()}
            refusal = allocation_refusal(self.s, self.caller, stored, ch.fields, staff,
                                         self.staff_cache)
        return _rejected(ch, *refusal) if refusal else None

    def apply(self, ch: PushedChange, yp: str | None) -> dict[str, Any]:
        info = entities()[ch.entity]
        key = (ch.entity, ch.record_id)
        rec = self.records.get(key)
        current: dict[str, Any] = dict(rec["fields"]) if rec else {}
        meta: Mapping[str, FieldMeta] = {}
        if rec is not None and (info.append_only or stamps.changed_since(
                rec["meta"], ch.base_version, ch.device)):
            meta = _Stamps(rec["meta"], self.horizon)
            if rec.get("partial"):
                current = self._whole(rec)
        version = rec["version"] if rec else 0
        resolving = []
        if ch.resolves:
            # Only the sender's own conflicts on this very record: an id alone could name
            # another team's conflict on a record that happens to share it.
            resolving = list(self.s.scalars(select(Conflict).where(
                Conflict.id.in_(ch.resolves), Conflict.entity == ch.entity,
                Conflict.record_id == ch.record_id, Conflict.status == "open",
                visible(self.caller, Conflict.young_person_id))))
        side = Side(None, ch.author, ch.device, ch.hlc)
        res = merge_change(
            current, meta, ch.base_version, ch.fields, side,
            base_values=_BaseValues(self.s, ch.entity, ch.record_id, ch.base_version),
            text_fields=info.text_fields, append_only=info.append_only,
            resolves=bool(resolving))
        # What was pushed is kept beside the result when some of it is not current.
        differs = _differs(res.apply, ch.fields, current)
        if res.apply:
            version += 1
            if rec is None:
                current = res.apply  # the same dict as the change's: encoded once (.write)
            else:
                current.update(res.apply)
            new_meta = stamps.restamp(rec["meta"] if rec else None, res.apply,
                                      [version, ch.hlc, ch.author, ch.device])
            if rec is None:
                rec = {"entity": ch.entity, "id": ch.record_id, "young_person_id": yp,
                       "hlc": ""}
                self.new_records[key] = rec
                self.records[key] = rec
                if ch.entity == "staff":
                    self.staff[ch.record_id] = rec
            elif key not in self.new_records:
                self.changed_records[key] = rec
                rec.setdefault("patch", {}).update(res.apply)
            rec.update(fields=current, meta=new_meta, version=version,
                       hlc=max(rec["hlc"] or "", ch.hlc),
                       deleted=current.get("deleted_at") is not None)
        conflict_ids = []
        for c in res.conflicts:
            row = Conflict(id=uuid7(), entity=ch.entity, record_id=ch.record_id,
                           young_person_id=yp, field=c.field, kind=c.kind,
                           base=c.base, current=c.current.as_json(),
                           incoming=c.incoming.as_json(), change_id=ch.change_id)
            self.s.add(row)
            conflict_ids.append(row.id)
        now = self.now
        for row in resolving:
            row.status, row.resolved_at = "resolved", now
            row.resolved_by, row.resolved_change_id = ch.author, ch.change_id
        change = {
            "change_id": ch.change_id, "entity": ch.entity, "record_id": ch.record_id,
            "young_person_id": yp, "op": ch.op, "fields": res.apply,
            "submitted": ch.fields if differs else None,
            "base_version": ch.base_version, "version": version, "hlc": ch.hlc,
            "author": ch.author, "device": ch.device, "user_id": self.caller.user_id,
            "status": res.status, "conflicts": conflict_ids,
            "resolved": [r.id for r in resolving], "received_at": now, "seq": None}
        self.new_changes.append(change)
        return change

    def _whole(self, rec: dict[str, Any]) -> dict[str, Any]:
        """The fields of a record read in part (see stored_records), read whole now that the
        merge compares them, with what this push has applied to it so far."""
        fields = dict(self.s.scalar(select(_RECORDS.c.fields).where(
            _RECORDS.c.entity == rec["entity"], _RECORDS.c.id == rec["id"])) or {})
        fields.update(rec.get("patch") or {})
        rec["fields"] = fields
        del rec["partial"]
        return dict(fields)

    def write(self) -> None:
        """Write the batch's records and changes, each change with its sequence number."""
        s = self.s
        # Each JSON value encoded once, by its id: a new record's fields are its change's.
        encoded: dict[int, str] = {}
        bulk_insert(s, _ALLOCATIONS, self.new_allocations)
        bulk_insert(s, _RECORDS, list(self.new_records.values()), encoded)
        changed = list(self.changed_records.values())
        names = ("fields", "meta", "version", "hlc", "deleted")
        postgresql = s.get_bind().dialect.name == "postgresql"
        if postgresql:
            # Only the fields the batch changed: PostgreSQL merges them into the stored
            # ones rather than reading every field again (twice the work for one changed).
            bulk_update(s, _RECORDS, ("entity", "id"), names,
                        [{**r, "fields": r["patch"]} for r in changed], ("fields",))
        else:
            bulk_update(s, _RECORDS, ("entity", "id"), names, changed)
        if not self.new_changes:
            return
        if postgresql:
            # Numbered first (under the push lock: sequence order is still commit order),
            # rather than looked up again by change id once written.
            for c, seq in zip(self.new_changes, next_values(s, _CHANGES.c.seq,
                                                            len(self.new_changes)),
                              strict=True):
                c["seq"] = seq
            bulk_insert(s, _CHANGES, self.new_changes, encoded)
            return
        bulk_insert(s, _CHANGES, [{n: c[n] for n in _CHANGE_COLUMNS} for c in self.new_changes])
        ids = [c["change_id"] for c in self.new_changes]
        seqs = dict(s.execute(select(_CHANGES.c.change_id, _CHANGES.c.seq)
                              .where(id_in(s, _CHANGES.c.change_id, ids))).all())
        for c in self.new_changes:
            c["seq"] = seqs[c["change_id"]]


_DONE_COLUMNS = (_CHANGES.c.change_id, _CHANGES.c.status, _CHANGES.c.seq, _CHANGES.c.version,
                 _CHANGES.c.conflicts, _CHANGES.c.user_id)


def push(s: Session, caller: Caller, body: bytes, max_drift_ms: int = MAX_DRIFT_MS,
         digests: ScopeDigests | None = None) -> dict[str, Any]:
    """Apply a push body; raises :class:`ApiError` for a malformed or wholly refused one.

    The answer ends with the log's newest sequence number and the caller's scope digest
    as a pull would give them (``digests``: the process's; the digest only when it holds
    it, else ""): a laptop whose pushes are all the log holds since its cursor, in a scope
    it knows, need not pull after them."""
    changes = validate_push(body)
    restamp_ahead(changes, max_drift_ms)
    _refuse_admin(caller)
    for ch in changes:
        # Who made a change is the account that sent it, whatever the laptop says: field
        # history and conflicts name it to colleagues, so a laptop cannot put words in
        # another user's mouth.
        ch.author = caller.user_name
    serialise_writes(s)
    ids = [c.change_id for c in changes]
    done: dict[str, Mapping[str, Any]] = {
        row["change_id"]: dict(row) for row in s.execute(
            select(*_DONE_COLUMNS).where(id_in(s, _CHANGES.c.change_id, ids))).mappings()}
    op = _Push(s, caller)
    op.prefetch(changes)
    results: list[dict[str, Any] | tuple[Mapping[str, Any], str | None]] = []
    touched: set[str] = set()
    refused: set[str] = set()
    allocated: set[str] = set()
    for ch in changes:
        if ch.change_id in done:
            if done[ch.change_id]["user_id"] != caller.user_id:
                # Not this sender's retry: answering would hand over another user's sequence
                # number and conflicts, and drop the sender's change as if it were stored.
                results.append(_rejected(ch, "change_id_taken",
                                         "this change id is already used; send a new one"))
            else:
                results.append((done[ch.change_id], "duplicate"))
            continue
        yp, rejection = op.check(ch)
        if rejection is not None:
            results.append(rejection)
            if rejection["error"]["code"] == "out_of_scope" and yp:
                refused.add(yp)
            continue
        row = op.apply(ch, yp)
        done[ch.change_id] = row
        results.append((row, None))
        if yp:
            touched.add(yp)
            if ch.entity == "allocation":
                allocated.add(yp)
    if changes and refused and all(isinstance(r, dict) and r["status"] == "rejected"
                                   and r["error"]["code"] == "out_of_scope" for r in results):
        # Nothing applied; the caller audits the refusal in its own transaction.
        raise ApiError(403, "out_of_scope", "none of these young people are allocated to you",
                       {"young_person_ids": sorted(refused)})
    if refused:
        audit(s, caller, "denied", "out_of_scope", refused, len(refused), "push")
    op.write()
    s.flush()
    follow_allocations(s, allocated, caller.user_name)
    out = [_result(*r) if isinstance(r, tuple) else r for r in results]
    audit(s, caller, "push", "ok", touched, applied(out))
    # Under the push lock: no change can be numbered between these and this answer. The
    # digest, of the allocations as this push leaves them, only if the process holds it
    # for the current epoch: hashing a scope here would hold every other push back.
    head = (digests or ScopeDigests()).head(s, caller, held_only=True)
    return {"results": out, "cursor": head.latest, "scope": head.digest}


def _bounded(meta: FieldMeta, horizon: str) -> FieldMeta:
    """A stored stamp from before pushes were re-stamped that lies beyond any honest one
    (past ``horizon``: more than the drift ahead of now) counts as the oldest, so it wins
    no conflict."""
    if meta.hlc > horizon:
        return FieldMeta(meta.version, "000000000000000-000000-", meta.author, meta.device)
    return meta


def restamp_ahead(changes: list[PushedChange], max_drift_ms: int) -> None:
    """Stamp again, with the server's clock, changes stamped beyond ``max_drift_ms`` ahead
    of it. Kept as sent, a far-future stamp would win every later conflict, and every
    laptop that pulled it would jump its clock there (see domain.hlc). Re-stamped rather
    than refused: a laptop whose clock is merely wrong still syncs its keyworker's work."""
    now_ms = int(time.time() * 1000)
    counter = 0
    for ch in changes:
        wall, _count, device = ch.hlc.split("-", 2)
        if int(wall) > now_ms + max_drift_ms:
            ch.hlc = Timestamp(now_ms, counter, device).encode()
            counter += 1


# -- pull ---------------------------------------------------------------------------
# The JSON columns as their stored text: passed on as they are (wire.PulledChangeText).
_PULL_COLUMNS = (*(_CHANGES.c[n] for n in (
    "seq", "change_id", "entity", "record_id", "young_person_id", "op")),
    cast_(_CHANGES.c.fields, Text), *(_CHANGES.c[n] for n in (
        "version", "hlc", "author", "device")),
    cast_(_CHANGES.c.conflicts, Text), cast_(_CHANGES.c.resolved, Text),
    cast_(_CHANGES.c.submitted, Text))
_NONE = ("[]", None)


def _pull_rows(caller: Caller) -> Select[Any]:
    """A page of changes after a cursor, for callers of ``caller``'s kind: built once for
    each kind (their values are parameters), since building it and its cache key at every
    pull cost more CPU than a pull with nothing new spends running it."""
    return (select(*_PULL_COLUMNS)
            .where(_CHANGES.c.seq > bindparam("after"), _CHANGES.c.seq <= bindparam("latest"),
                   visible(caller, _CHANGES.c.young_person_id, bound=True))
            .order_by(_CHANGES.c.seq).limit(bindparam("limit")))


# By team_scoped(caller); the callers stand for their kind, not for anyone.
_PULL_ROWS = {False: _pull_rows(Caller(0, "", "keyworker", None, "")),
              True: _pull_rows(Caller(0, "", "senior", "team", ""))}


def pull(s: Session, caller: Caller, after: int, limit: int,
         digests: ScopeDigests | None = None) -> wire.PullPageText:
    """The next page of changes the caller may see, oldest first.

    ``digests``: the process's scope digests (a new one hashes the scope again)."""
    _refuse_admin(caller)
    latest, digest = (digests or ScopeDigests()).head(s, caller)
    rows = s.execute(_PULL_ROWS[team_scoped(caller)], {
        "after": after, "latest": latest, "limit": limit + 1, **scope_params(caller)}).all()
    more = len(rows) > limit
    last = min(len(rows), limit)
    changes: list[wire.PulledChangeText] = []
    with_conflicts: dict[str, wire.PulledChangeText] = {}
    people: set[str] = set()
    size = 0
    for (seq, change_id, entity, record_id, yp, op, fields, version, hlc, author, device,
         conflicts, resolved, submitted) in rows[:last]:
        raw = fields.encode()
        sent = submitted.encode() if submitted is not None else None
        change = wire.PulledChangeText(
            seq, change_id, entity, record_id, yp, op, msgspec.Raw(raw), version, hlc,
            author, device, resolved=[] if resolved in _NONE else _JSON_LIST(resolved),
            submitted=msgspec.Raw(sent) if sent is not None else None)
        changes.append(change)
        if conflicts not in _NONE:
            with_conflicts[change_id] = change
        if yp:
            people.add(yp)
        # A page of documents would otherwise be a page of megabytes each.
        size += len(raw) + (len(sent) if sent is not None else 4)
        if size > wire.MAX_PAGE_BYTES and len(changes) < last:
            more = True
            break
    cursor = changes[-1].seq if more else max(latest, after)
    if with_conflicts:
        for c in s.scalars(select(Conflict).where(Conflict.change_id.in_(list(with_conflicts)))):
            with_conflicts[c.change_id].conflicts.append(
                msgspec.convert(c.as_json(), wire.ConflictOut))
    audit(s, caller, "pull", "ok", people, len(changes), f"after={after}")
    return wire.PullPageText(changes, cursor, more, latest, digest)


def scope(s: Session, caller: Caller) -> dict[str, Any]:
    """Exactly which young people the caller may see now, and the digest pulls carry for them.

    A laptop asks when the digest changes, to remove the young people it may no longer hold.
    """
    _refuse_admin(caller)
    ids = sorted(s.scalars(scope_ids(caller).distinct()))
    digest = wire.scope_digest(ids)
    # Ids only, and a manager's team may be thousands of them: the count, not the list.
    audit(s, caller, "scope", "ok", None, len(ids), f"digest={digest}")
    return {"young_person_ids": ids, "digest": digest}


def status(s: Session, caller: Caller | None) -> dict[str, Any]:
    out: dict[str, Any] = {"protocol": PROTOCOL, "server_time": utcnow().isoformat(),
                           "latest_seq": s.scalar(select(func.max(Change.seq))) or 0}
    if caller is not None:
        out.update(user=caller.user_name, role=caller.role, team=caller.team)
    return out
