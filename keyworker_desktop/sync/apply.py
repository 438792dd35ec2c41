"""Applying one pulled page to the laptop's store, in the caller's transaction.

A first pull brings thousands of records, and every pull brings back the
echo of this laptop's own pushes, so the common cases avoid the ORM's unit of
work: records new to this laptop are inserted in bulk (:mod:`..store.bulk`),
and an echo whose values the record here still holds (read as plain rows) only
moves the bookkeeping on, since applying it would change nothing. A change to a
record held here is applied field by field: to its plain row, read once and written with
one ``executemany`` per table and set of fields; through the ORM for a member of staff,
whose flush hook also refreshes the summaries of the young people allocated to them.

Most of that work needs no database: :func:`.prepare.prepare_page` does it first (on any
thread, while the last page is written), guessing that the laptop holds none of the page's
records; :func:`apply_page` checks the guess and takes the general path where it fails.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.domain.hlc import HybridClock
from keyworker_desktop.store import bulk, summary
from keyworker_desktop.store.changes import at_commit, reindex
from keyworker_desktop.store.models import ChangeLogEntry, synced_models
from keyworker_desktop.store.models.sync import FieldHistory, LocalConflict, SyncPin
from keyworker_desktop.store.row_sink import table_levels
from keyworker_desktop.store.stamping import (
    index_fields,
    search_text,
    young_person_of,
)
from keyworker_desktop.sync.entities import (
    decode_value,
    decoded,
    enforced_references,
    field_problems,
    required_fields,
    settable_fields,
)
from keyworker_desktop.sync.merge import pending_split
from keyworker_desktop.sync.outcome import SyncSummary, UnreadableValue
from keyworker_desktop.sync.prepare import (
    DIALECT,
    Guess,
    PreparedPage,
    authored,
    bulk_model,
    change_row,
    json_text,
    made_row,
    new_records,
    no_cycle_collection,
    prepare_page,
)

__all__ = ["PreparedPage", "apply_page", "no_cycle_collection", "prepare_page"]


def _still_held(model: Any, row: Any, values: dict[str, Any]) -> bool:
    """Does ``row`` (a plain row, or None) hold every one of ``values`` already? Checked
    before the values are (a value this laptop holds is one it can hold)."""
    if row is None:
        return False
    try:
        return all(v == row[k] for k, v in decoded(model, values).items())
    except (ValueError, KeyError, TypeError):  # not a value this laptop could hold
        return False


# A pulled page's history rows, written with one executemany (values as JSON text).
_HISTORY_SQL = (
    'INSERT INTO field_history (seq, change_id, entity, record_id, kind, "values", hlc, '
    "author, device, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
# What is waiting to be pushed for the page's records (json_each of their distinct ids), in
# the index of what is waiting by record: by the pushed_at index, SQLite's choice for
# "record_id IN (...)", it read every waiting change, a first sync's whole log.
_WAITING = """
SELECT c.change_id, c.record_id, c.fields FROM json_each(?) AS j CROSS JOIN change_log AS c
WHERE c.record_id = j.value AND c.pushed_at IS NULL"""


def _same_dialect(conn: Any) -> bool:
    return type(conn.dialect) is type(DIALECT)


@dataclass(slots=True)
class _HeldRow:
    """A record held here (not staff), as a plain row: what the page changes in it."""

    model: Any
    row: dict[str, Any]  # its values as the page leaves them
    was: str | None = None  # the young person it was filed under (its summary changes too)
    fields: set[str] = field(default_factory=set)  # the columns the page changed

    @classmethod
    def of(cls, model: Any, row: Any) -> _HeldRow:
        held = cls(model, dict(row))
        held.was = held.young_person()
        return held

    def young_person(self) -> str | None:
        """The young person the row is filed under now."""
        return young_person_of(self.model, self.row["id"], self.row.get("young_person_id"))


@dataclass
class _Page:
    s: Session
    device: str
    summary: SyncSummary
    prepared: PreparedPage
    # False: every change takes the general path (the tests compare the two).
    guess: bool = True
    # False: records held here are the ORM's, young people's too (the tests compare).
    held_rows: bool = True
    # Every change took its guess, checked for the page at once (see whole_guess).
    whole: bool = False
    models: dict[str, Any] = field(default_factory=synced_models)
    pending: dict[str, set[str]] = field(default_factory=dict)
    bases: dict[str, int] = field(default_factory=dict)
    echoes: set[str] = field(default_factory=set)
    held: dict[str, Any] = field(default_factory=dict)
    touched: set[str] = field(default_factory=set)
    objects: dict[str, Any] = field(default_factory=dict)
    new_rows: dict[str, tuple[Any, dict[str, Any]]] = field(default_factory=dict)
    # Records a change of which took the general path: their later changes take it too,
    # and their rows are not the prepared ones.
    diverged: set[str] = field(default_factory=set)
    # field_history rows in _HISTORY_SQL's order: the prepared ones as tuples; the general
    # path's as lists, with the values and ``at`` (the last) filled in by write.
    history: list[Any] = field(default_factory=list)
    reindex_objs: dict[str, Any] = field(default_factory=dict)
    # Held rows (_HeldRow) the page changes, by record.
    updated: dict[str, _HeldRow] = field(default_factory=dict)
    # Ids the page's foreign keys name that this laptop holds, by table.
    targets: dict[str, set[str]] = field(default_factory=dict)

    @property
    def now(self) -> datetime:
        """The page's one "now": when its history was recorded, and the latest an
        author's time may be."""
        return self.prepared.now

    # -- what the laptop holds for these records --------------------------------------
    def load(self, changes: list[dict[str, Any]]) -> None:
        s = self.s
        conn = s.connection()
        unpushed = conn.exec_driver_sql(_WAITING, (self.prepared.ids_json,)).all()
        self.bases.update(conn.exec_driver_sql(
            "SELECT record_id, version FROM sync_base "
            "WHERE record_id IN (SELECT value FROM json_each(?))",
            (self.prepared.ids_json,)).all())
        if unpushed:
            pinned = set(s.scalars(select(SyncPin.change_id).where(
                bulk.among(SyncPin.change_id, [u[0] for u in unpushed]))))
            for change_id, record_id, fields in unpushed:
                self.pending.setdefault(record_id, set()).update(json.loads(fields))
                if change_id not in pinned:
                    # Made on the version this laptop had before this page: keep that base.
                    s.add(SyncPin(change_id=change_id, base_version=self.bases.get(record_id, 0)))
        # This laptop's own changes coming back as they were sent: it already holds them.
        own = [c["change_id"] for c in changes if c["device"] == self.device
               and c.get("submitted") is None and not c.get("conflicts") and not c.get("resolved")]
        if own:
            self.echoes.update(s.scalars(select(ChangeLogEntry.change_id)
                                         .where(bulk.among(ChangeLogEntry.change_id, own))))
        for target, named in self.prepared.named.items():
            self.targets[target] = bulk.held_ids(conn, self.models[target].__tablename__, named)
        # What this laptop holds for those records, read as plain rows (no ORM objects).
        echo_ids: dict[str, set[str]] = {}
        if self.echoes:
            for ch in changes:
                if ch["change_id"] in self.echoes:
                    echo_ids.setdefault(ch["entity"], set()).add(ch["record_id"])
        for entity, rids in echo_ids.items():
            table = self.models[entity].__table__ if entity in self.models else None
            if table is None:
                continue
            for row in s.execute(select(table).where(bulk.among(table.c.id, rids))).mappings():
                self.held[row["id"]] = row
        # The records the page changes: which of them this laptop holds (one plain query per
        # entity), then those as ORM objects; no flush until the end.
        changed: dict[str, tuple[dict[str, None], str | None]] = dict(self.prepared.changed)
        echoes = self.echoes
        if echoes:
            changed = {}
            for ch in changes:
                if ch["change_id"] not in echoes:
                    changed.setdefault(ch["entity"], ({}, None))[0][ch["record_id"]] = None
        objects = self.objects
        with s.no_autoflush:
            for entity, (records, records_json) in changed.items():
                model = self.models.get(entity)
                if model is None:
                    continue
                objects.update(records)
                # Which are held first, in plain SQL: a first sync's pages hold none, and
                # a SELECT of whole rows finding none cost a millisecond more a kind.
                found = bulk.held_ids(conn, model.__tablename__, records_json or records)
                if not found:
                    continue
                if self.held_rows and bulk_model(model):
                    table = model.__table__
                    for row in s.execute(select(table).where(
                            bulk.among(table.c.id, found))).mappings():
                        objects[row["id"]] = _HeldRow.of(model, row)
                    continue
                for obj in s.scalars(select(model).where(bulk.among(model.id, found))):
                    objects[obj.id] = obj

    def read(self, model: Any, rid: str) -> Any:
        """The record ``rid`` as held here (None if not): a plain row (see load), or an ORM
        object for a member of staff."""
        if not (self.held_rows and bulk_model(model)):
            return self.s.get(model, rid)
        row = self.held.get(rid)
        if row is None:
            table = model.__table__
            row = self.s.execute(select(table).where(table.c.id == rid)).mappings().first()
        return None if row is None else _HeldRow.of(model, row)

    def dangling(self, entity: str, apply: dict[str, Any]) -> list[str]:
        """The fields of ``apply`` naming a record neither held nor made earlier in the page."""
        return [k for k, target in enforced_references(entity).items()
                if (v := apply.get(k)) is not None and not self.resolves(target, v)]

    def resolves(self, target: str, v: str) -> bool:
        """Does ``v`` name a ``target`` record held here or made earlier in the page?"""
        if v in self.targets.get(target, ()):
            return True
        made = self.new_rows.get(v)
        obj = self.objects.get(v)
        if type(obj) is _HeldRow:
            obj = obj.model
        return ((made is not None and made[0].__tablename__ == target)
                or (obj is not None and obj.__tablename__ == target))

    def whole_guess(self) -> bool:
        """Does every change's guess hold? The page changes no record held here (but those
        its prepared general changes are for), nothing is unpushed or an echo, and every id
        named that the page does not make first is of a record held here; then the page is
        the prepared one, as a whole."""
        prepared = self.prepared
        general = prepared.general_ids
        if not (self.guess and prepared.whole) or self.pending or self.echoes or any(
                obj is not None and rid not in general for rid, obj in self.objects.items()
        ) or not _same_dialect(self.s.connection()):
            return False
        targets = self.targets
        return all(ids <= targets.get(target, set())
                   for target, ids in prepared.external.items())

    # -- one change ---------------------------------------------------------------------
    def apply(self, ch: dict[str, Any], guess: Guess) -> None:
        rid = ch["record_id"]
        refs = guess.refs
        if (guess.fast and self.guess and rid not in self.diverged
                and self.objects.get(rid, _HELD) is None and rid not in self.pending
                and not (self.echoes and ch["change_id"] in self.echoes)
                and (not refs or all(self.resolves(target, v) for _k, target, v in refs))):
            # The guess holds: nothing here, nothing unpushed, not an echo, nothing dangling.
            self.history.extend(guess.history)
            if guess.unreadable:
                self.summary.unreadable.extend(guess.unreadable)
            values = guess.values
            if values is None:
                return
            if self.echoes:  # (only an echo's check reads it)
                self.touched.add(rid)
            known = self.new_rows.get(rid)
            if known is not None:
                change_row(known[1], values, ch, self.now)
            elif guess.row is not None:
                self.new_rows[rid] = (self.models[ch["entity"]], guess.row)
            return
        self.diverged.add(rid)
        self.apply_general(ch)

    def apply_general(self, ch: dict[str, Any]) -> None:
        """One change whatever the laptop holds (the counts and bases are the page's)."""
        rid = ch["record_id"]
        entity = ch["entity"]
        fields = ch["fields"]
        summary = self.summary
        history = self.history
        # [seq, change_id, entity, record_id, kind, values, hlc, author, device, at]
        entry = [ch["seq"], ch["change_id"], entity, rid, "applied", fields, ch["hlc"],
                 ch["author"], ch["device"], None]
        history.append(entry)
        submitted = ch.get("submitted")
        if submitted is not None:
            history.append([*entry[:4], "submitted", submitted, *entry[6:]])
        conflicts = ch.get("conflicts")
        if conflicts:
            for c in conflicts:
                _store_conflict(self.s, c)
                summary.new_conflicts += 1
        if ch.get("resolved"):
            self.s.execute(update(LocalConflict).where(LocalConflict.id.in_(ch["resolved"]))
                           .values(status="resolved", resolved_at=utcnow()))
        model = self.models.get(entity)
        if model is None:
            return  # an entity from a newer version: kept in history only
        # A field from a newer version of the app is kept in history only, and a field
        # this laptop changed and has not pushed yet keeps its value (merge.pending_split).
        names = settable_fields(model)
        pending = self.pending.get(rid)
        if pending:
            apply, _held = pending_split(fields, pending)
            apply = {k: v for k, v in apply.items() if k in names}
        elif names.issuperset(fields):
            apply = dict(fields)
        else:
            apply = {k: v for k, v in fields.items() if k in names}
        if (self.echoes and ch["change_id"] in self.echoes and rid not in self.touched
                and _still_held(model, self.held.get(rid), apply)):
            return  # this laptop's own change, and the record here still holds it
        bad = field_problems(entity, apply)
        if enforced_references(entity):
            bad += self.dangling(entity, {k: v for k, v in apply.items() if k not in bad}
                                 if bad else apply)
        if bad:
            # A value this laptop cannot hold (a date that is not one, an object for text, a
            # code outside its vocabulary, an id naming no record held here) stays in
            # history and is reported; the rest of the change and the page apply.
            for k in bad:
                del apply[k]
            entry[5] = {k: v for k, v in fields.items() if k not in bad}
            history.append([*entry[:4], "unreadable", {k: fields[k] for k in bad},
                            *entry[6:]])
            summary.unreadable.extend(UnreadableValue(
                entity, rid, ch.get("young_person_id"), k) for k in bad)
        if not apply:
            return
        self.touched.add(rid)
        if rid not in self.objects:  # an echo that did not pass the check above
            self.objects[rid] = self.read(model, rid)
        obj = self.objects[rid]
        if obj is None:
            self._new(model, rid, ch, apply)
            return
        if type(obj) is _HeldRow:
            self._change_held(obj, ch, apply)
            return
        searchable = index_fields(model)
        changed = False
        for k, v in apply.items():
            value = decode_value(model, k, v)
            if getattr(obj, k) != value:
                setattr(obj, k, value)
                changed = changed or k in searchable
        if ch["hlc"] > (obj.hlc or ""):
            obj.hlc = ch["hlc"]
            obj.updated_by = ch["author"]
            obj.updated_at = authored(ch, self.now)
        if changed and model.__searchable__:
            self.reindex_objs[rid] = obj

    def _change_held(self, held: _HeldRow, ch: dict[str, Any], apply: dict[str, Any]) -> None:
        """A change to a record held here (not staff): into its row, as the ORM's
        object would take it (the values that differ; the stamp, author and time when its
        stamp is the newer); written by :meth:`write`."""
        model, row, fields = held.model, held.row, held.fields
        again = False
        for k, v in apply.items():
            value = decode_value(model, k, v)
            if row[k] != value:
                row[k] = value
                fields.add(k)
                again = again or k in index_fields(model)
        if ch["hlc"] > (row["hlc"] or ""):
            row["hlc"], row["updated_by"] = ch["hlc"], ch["author"]
            row["updated_at"] = authored(ch, self.now)
            fields.update(_STAMP)
        if fields:
            self.updated[row["id"]] = held
        if again:
            self.reindex_objs[row["id"]] = held

    def _new(self, model: Any, rid: str, ch: dict[str, Any], apply: dict[str, Any]) -> None:
        """A record this laptop has not held: a row for the bulk insert (or for the ORM)."""
        known = self.new_rows.get(rid)
        if known is not None:
            change_row(known[1], decoded(model, apply), ch, self.now)
            return
        if not required_fields(model) <= apply.keys():
            return  # not a whole record (its insert was never visible): history only
        row = made_row(model, decoded(model, apply), ch, self.now)
        if bulk_model(model):
            self.new_rows[rid] = (model, row)
            return
        obj = model(**row)
        self.s.add(obj)
        self.objects[rid] = obj
        if model.__searchable__:
            self.reindex_objs[rid] = obj

    # -- writing ------------------------------------------------------------------------
    def write(self, changes: list[dict[str, Any]]) -> None:
        s = self.s
        conn = s.connection()
        prepared = self.prepared
        seen = {seq for (seq,) in conn.exec_driver_sql(
            "SELECT seq FROM field_history WHERE seq IN (SELECT value FROM json_each(?))",
            (prepared.seqs_json,))}
        at = self.now.isoformat(" ", "microseconds")  # as the DateTime column writes it
        history: list[tuple[Any, ...]] = []
        if self.whole:
            history = [h for h in prepared.history if h[0] not in seen] if seen else (
                prepared.history)
        else:
            for h in self.history:
                if h[0] in seen:  # a log read again
                    continue
                if type(h) is not tuple:
                    h[5], h[9] = json_text(h[5]), at
                    h = tuple(h)
                history.append(h)
        if history:
            conn.exec_driver_sql(_HISTORY_SQL, history)
        # Bases for records without one (load read those there are) are plain inserts.
        bases = self.bases
        fresh: list[tuple[str, str, int]] = []
        moved: list[tuple[str, str, int]] = []
        for rid, (entity, version) in prepared.new_bases.items():
            (moved if rid in bases else fresh).append((rid, entity, version))
        if fresh:
            conn.exec_driver_sql(
                "INSERT INTO sync_base (record_id, entity, version) VALUES (?, ?, ?)", fresh)
        if moved:
            conn.exec_driver_sql(
                "INSERT INTO sync_base (record_id, entity, version) VALUES (?, ?, ?) "
                "ON CONFLICT (record_id) DO UPDATE SET version = excluded.version", moved)
        # Records shared by young people (staff: the ORM's), then the rest
        # parents first. The foreign keys are checked at commit, but a row naming a parent not
        # inserted yet makes SQLite look for the children of every parent row inserted after
        # it, through a column without an index for some (visit.session_note_id): a first
        # sync's session notes took 70 us a row.
        s.flush()
        people = self.write_held(conn)
        levels = table_levels()
        if self.whole:  # every change took its guess: the prepared rows
            index, people = list(prepared.index_rows), prepared.people | people
            for model in sorted(prepared.inserts, key=lambda m: levels[m.__tablename__]):
                conn.exec_driver_sql(*prepared.inserts[model])
        else:
            by_model, index, made_for = new_records(self.new_rows.values())
            people |= made_for
            for model in sorted(by_model, key=lambda m: levels[m.__tablename__]):
                bulk.insert_rows(conn, model.__table__, by_model[model])
        gone: list[str] = []  # held rows deleted: out of the index
        for obj in self.reindex_objs.values():
            if type(obj) is _HeldRow:
                row = obj.row
                if row["deleted_at"] is not None:
                    gone.append(row["id"])
                else:
                    index.append(bulk.index_row(obj.model, row, obj.young_person()))
                continue
            if obj.deleted_at is not None:
                reindex(s, obj)  # out of the index
                continue
            # With the bulk rows' (one look-up and two executemany for the lot), as
            # changes.reindex would index it.
            model = type(obj)
            yp = young_person_of(model, obj.id, getattr(obj, "young_person_id", None))
            index.append((model.__tablename__, obj.id, yp or "", *search_text(model, obj)))

        def derived() -> None:
            if gone:
                bulk.unindex(conn, gone)
            bulk.index_rows_at_once(conn, index)
            summary.refresh(conn, people, datetime.now())

        # Last in the transaction, on the thread that commits it: a sync's page writer,
        # while the sync prepares the next page.
        at_commit(s, derived)

    def write_held(self, conn: Any) -> set[str]:
        """Write the held rows the page changed (one executemany per table and set of
        fields); the young people whose summaries that changes."""
        people: set[str] = set()
        if not self.updated:
            return people
        grouped: dict[tuple[Any, frozenset[str]], list[dict[str, Any]]] = {}
        for held in self.updated.values():
            grouped.setdefault((held.model, frozenset(held.fields)), []).append(held.row)
            if held.model.__tablename__ in summary.SUMMARY_SOURCES:
                people.update(yp for yp in (held.was, held.young_person()) if yp)
        for (model, fields), rows in grouped.items():
            bulk.update_rows(conn, model.__table__, fields, rows)
        s = self.s
        if s.identity_map:  # an object read before the page (none in a sync): read again
            for obj in list(s.identity_map.values()):
                if getattr(obj, "id", None) in self.updated:
                    s.expire(obj)
        return people


# The columns a newer stamp sets.
_STAMP = ("hlc", "updated_by", "updated_at")

# Not None: what objects.get gives for a record the page does not change.
_HELD = object()


def apply_page(s: Session, changes: list[dict[str, Any]], *, device: str, clock: HybridClock,
               summary: SyncSummary, prepared: PreparedPage | None = None) -> None:
    """Apply one pulled page in the caller's transaction (one page, one transaction).

    ``prepared``: :func:`prepare_page`'s for these changes and device, if it has been run
    (on another thread, while the last page was committed); it is worked out here if not.
    """
    _apply(s, changes, device=device, clock=clock, summary=summary, prepared=prepared)


def _apply(s: Session, changes: list[dict[str, Any]], *, device: str, clock: HybridClock,
           summary: SyncSummary, prepared: PreparedPage | None = None,
           guess: bool = True, held_rows: bool = True) -> None:
    s.info["write_context"].applying_remote = True
    s.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    with no_cycle_collection():
        if prepared is None:
            prepared = prepare_page(changes, device=device)
        elif prepared.used or prepared.device != device or len(prepared.guesses) != len(changes):
            raise ValueError("a prepared page is for one apply_page of its own changes")
        prepared.used = True  # its rows become the page's
        page = _Page(s, device, summary, prepared, guess, held_rows=held_rows)
        page.load(changes)
        if page.whole_guess():
            page.whole = True
            summary.unreadable.extend(prepared.unreadable)
            with s.no_autoflush:  # the general path's changes (their history is prepared)
                for i in prepared.general:
                    page.apply_general(changes[i])
        else:
            with s.no_autoflush:
                for ch, g in zip(changes, prepared.guesses, strict=True):
                    page.apply(ch, g)
        summary.pulled += prepared.pulled
        summary.merged += prepared.merged
        down = summary.down_by_young_person
        for yp, n in prepared.down.items():
            down[yp] = down.get(yp, 0) + n
        # Only readable stamps: one stored before the central store checked them cannot
        # hide the others (the clock ignores it anyway).
        if prepared.latest:
            clock.observe(prepared.latest)
        page.write(changes)


def _store_conflict(s: Session, c: dict[str, Any]) -> None:
    values = {"entity": c["entity"], "record_id": c["record_id"],
              "young_person_id": c.get("young_person_id"), "field": c["field"],
              "kind": c["kind"], "base": c.get("base"), "current": c["current"],
              "incoming": c["incoming"], "status": c.get("status", "open")}
    s.execute(sqlite_insert(LocalConflict).values(id=c["id"], **values)
              .on_conflict_do_nothing(index_elements=["id"]))
    for side in ("current", "incoming"):
        s.execute(insert(FieldHistory), [{
            "seq": None, "change_id": c["id"], "entity": c["entity"],
            "record_id": c["record_id"], "kind": "conflict",
            "values": {c["field"]: c[side]["value"]}, "hlc": c[side]["hlc"],
            "author": c[side]["author"], "device": c[side]["device"]}])
