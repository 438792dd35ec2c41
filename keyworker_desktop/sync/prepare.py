"""A pulled page's work that needs no database, done before its transaction.

:func:`prepare_page` works each change out as it would apply to a laptop that holds none
of its record (a first sync's every change): its problems, values, new row and history,
and for the page as a whole its INSERTs. :func:`.apply.apply_page` checks that guess and
takes the general path where it fails.

A first sync's pages are nearly all new records of a few kinds, each a page's hundreds
of times: :func:`prepare_columns` works such a page out a field at a time over all its
records of one kind (a check, a decoding: one call each over the lot). Change by change
(:func:`prepare_each`) a caseload's first sync spent 0.65 s preparing its pages; with its
pages of new records prepared a column at a time, 0.52 s (one thread, nothing else
running). Changes to shared records (staff, professionals) and to records the page does
not make (edits to records held) are left to the general path inside such a page. A page
with anything else (a value that fails its check, a conflict, this laptop's own change, a
record held that the page makes again) is worked out change by change, as before.
"""

from __future__ import annotations

import functools
import gc
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.store import bulk, summary
from keyworker_desktop.store.models import YoungPerson, synced_models
from keyworker_desktop.store.stamping import (
    authored_at,
    column_defaults,
    given_provenance,
    new_row,
)
from keyworker_desktop.sync import wire
from keyworker_desktop.sync.entities import (
    column_holds,
    decoded,
    decoders,
    enforced_references,
    field_problems,
    required_fields,
    settable_fields,
)
from keyworker_desktop.sync.outcome import UnreadableValue


@functools.cache
def bulk_model(model: Any) -> bool:
    """Records filed under a young person take the bulk path; shared ones (staff) the ORM's,
    whose flush hook also refreshes the summaries of the young people they are linked to."""
    return model is YoungPerson or "young_person_id" in model.__table__.columns


def json_text(values: Any) -> str:
    """``values`` as JSON text (msgspec's: json.dumps takes several times as long)."""
    return wire.encode(values).decode()


def json_list(items: Iterable[Any]) -> str:
    """``items`` as a JSON list, for SQLite's json_each."""
    return json_text(list(items))


class Guess(NamedTuple):
    """What one change does on a laptop that holds none of its record, has nothing
    unpushed for it, did not make it, and holds every record it names (or the page makes
    it first): checked change by change by :meth:`_Page.apply`."""

    fast: bool = False  # False: only the general path applies it (shared record, conflicts)
    history: tuple[tuple[Any, ...], ...] = ()  # its history rows, values as JSON text
    unreadable: tuple[UnreadableValue, ...] = ()
    refs: tuple[tuple[str, str, str], ...] = ()  # (field, table, id) its references name
    values: dict[str, Any] | None = None  # the values it sets, decoded (None: none)
    row: dict[str, Any] | None = None  # the record's new row, when this change makes it


# The guess of a change only the general path applies.
GENERAL = Guess()


@dataclass
class PreparedPage:
    """Everything about a pulled page that does not depend on what the laptop holds (see
    :func:`prepare_page`); for one :func:`apply_page` call, which takes its rows."""

    device: str
    now: datetime
    size: int  # its changes
    # Each change's guess; None when the page was worked out a column at a time (see
    # prepare_columns): apply_page works them out if the laptop holds any of its records.
    guesses: list[Guess] | None
    # sync_base's new versions, the summary's counts and the page's latest stamp, as the
    # changes one by one would leave them.
    new_bases: dict[str, tuple[str, int]]
    pulled: int
    merged: int
    down: dict[str, int]
    latest: str
    # As JSON lists for json_each: the records the page changes, the ids its references
    # name by table, each entity's records (echoes too) and the changes' seqs.
    ids_json: str
    named: dict[str, str]
    changed: dict[str, tuple[dict[str, None], str]]
    seqs_json: str
    # For a page whose every change takes its guess: its new records' INSERTs by model
    # (bulk.insert_rows's), their index rows and their young people.
    inserts: dict[Any, tuple[str, list[tuple[Any, ...]]]]
    index_rows: list[bulk.IndexRow]
    people: set[str]
    # Every change has a guess (none only the general path applies), and then: the ids
    # their references name that the page does not make first, by table (the laptop must
    # hold them), and their history rows and unreadable values in order.
    whole: bool
    external: dict[str, set[str]]
    history: list[tuple[Any, ...]]
    unreadable: list[UnreadableValue]
    # prepare_columns's: the changes the general path applies (the ORM's) when the page is
    # applied whole, in order: to shared records (staff, professionals), and to records
    # the page does not make (held here: whole_guess allows those, and only those); and
    # their records.
    general: list[int] = field(default_factory=list)
    general_ids: set[str] = field(default_factory=set)
    used: bool = False


def prepare_page(changes: list[dict[str, Any]], *, device: str) -> PreparedPage:
    """The work of applying ``changes`` that needs no database: pure, safe on any thread.

    Each change is worked out as it would apply to a laptop that holds none of its
    record (a first sync's every change): its problems, values, new row and history;
    :func:`apply_page` uses that where it holds.
    """
    with no_cycle_collection():
        now = utcnow()
        return prepare_columns(changes, device, now) or prepare_each(changes, device, now)


def prepare_each(changes: list[dict[str, Any]], device: str,
                 now: datetime | None = None) -> PreparedPage:
    """:func:`prepare_page`'s work change by change, with each change's guess."""
    models: dict[str, Any] = synced_models()
    now = utcnow() if now is None else now
    at_text = now.isoformat(" ", "microseconds")  # as the DateTime column writes it
    counts: dict[str, int] = {}
    for ch in changes:
        rid = ch["record_id"]
        counts[rid] = counts.get(rid, 0) + 1
    made: dict[str, tuple[Any, dict[str, Any]]] = {}  # the rows as the page leaves them
    guesses: list[Guess] = []
    new_bases: dict[str, tuple[str, int]] = {}
    named: dict[str, set[str]] = {}
    down: dict[str, int] = {}
    pulled = merged = 0
    latest = ""
    refs_of: dict[str, dict[str, str]] = {}
    times: dict[str, datetime] = {}  # authored's
    whole = True
    external: dict[str, set[str]] = {}
    flat_history: list[tuple[Any, ...]] = []
    flat_unreadable: list[UnreadableValue] = []
    for ch in changes:
        rid, entity, fields = ch["record_id"], ch["entity"], ch["fields"]
        hlc, author, dev = ch["hlc"], ch["author"], ch["device"]
        submitted, conflicts = ch.get("submitted"), ch.get("conflicts")
        if dev != device:
            pulled += 1
            yp = ch.get("young_person_id") or ""
            down[yp] = down.get(yp, 0) + 1
        if submitted is not None and not conflicts:
            merged += 1
        new_bases[rid] = (entity, int(ch["version"]))
        if hlc[:1].isdigit() and hlc > latest:
            latest = hlc
        model = models.get(entity)
        wanted = refs_of.get(entity)
        if wanted is None:
            wanted = refs_of[entity] = enforced_references(entity) if model else {}
        for k, target in wanted.items():
            if isinstance(v := fields.get(k), str):
                named.setdefault(target, set()).add(v)
        if model is None or not bulk_model(model) or conflicts or ch.get("resolved"):
            guesses.append(GENERAL)
            whole = False
            continue
        names = settable_fields(model)
        apply = fields if names.issuperset(fields) else {
            k: v for k, v in fields.items() if k in names}
        bad = field_problems(entity, apply)
        head = (ch["seq"], ch["change_id"], entity, rid)
        tail = (hlc, author, dev, at_text)
        unreadable: tuple[UnreadableValue, ...] = ()
        if bad:
            apply = {k: v for k, v in apply.items() if k not in bad}
            history: tuple[tuple[Any, ...], ...] = ((*head, "applied", json_text(
                {k: v for k, v in fields.items() if k not in bad}), *tail),)
        else:
            history = ((*head, "applied", json_text(fields), *tail),)
        if submitted is not None:
            history += ((*head, "submitted", json_text(submitted), *tail),)
        if bad:
            history += ((*head, "unreadable", json_text({k: fields[k] for k in bad}),
                         *tail),)
            unreadable = tuple(UnreadableValue(entity, rid, ch.get("young_person_id"), k)
                               for k in bad)
            flat_unreadable.extend(unreadable)
        flat_history.extend(history)
        if not apply:
            guesses.append(Guess(True, history, unreadable))
            continue
        refs = tuple((k, target, v) for k, target in wanted.items()
                     if (v := apply.get(k)) is not None) if wanted else ()
        for _k, target, v in refs:
            if (m := made.get(v)) is None or m[0].__tablename__ != target:
                external.setdefault(target, set()).add(v)
        values = decoded(model, apply)
        known = made.get(rid)
        if known is not None:
            guesses.append(Guess(True, history, unreadable, refs, values))
            change_row(known[1], values, ch, now, times)
            continue
        if not required_fields(model) <= apply.keys():  # not a whole record: history only
            guesses.append(Guess(True, history, unreadable, refs, values))
            continue
        row = new_row(model, values)
        # The author's time, not this laptop's arrival time: the record was made then.
        row.update(given_provenance(rid, at=authored(ch, now, times), author=author,
                                    device=dev, hlc=hlc))
        guesses.append(Guess(True, history, unreadable, refs, values, row))
        # apply_page changes the row it is given as later changes arrive: a copy here.
        made[rid] = (model, row if counts[rid] == 1 else dict(row))
    inserts: dict[Any, tuple[str, list[tuple[Any, ...]]]] = {}
    index_rows: list[bulk.IndexRow] = []
    people: set[str] = set()
    if whole:
        by_model, index_rows, people = new_records(made.values())
        inserts = {model: bulk.insert_params(model.__table__, rows, DIALECT)
                   for model, rows in by_model.items()}
    return PreparedPage(
        device, now, len(changes), guesses, new_bases, pulled, merged, down, latest,
        json_list(counts), {target: json_list(ids) for target, ids in named.items()},
        _changed(changes), json_list(ch["seq"] for ch in changes), inserts, index_rows,
        people, whole, external, flat_history, flat_unreadable)


def prepare_columns(changes: list[dict[str, Any]], device: str,
                    now: datetime) -> PreparedPage | None:
    """:func:`prepare_each`'s page, worked out a field at a time, when every change makes a
    record (or changes one the page made first) with values that pass their checks; None
    for any other page. Without the guesses: each change takes its guess only when the
    page as a whole does.

    Changes to shared records (staff, professionals: the ORM's) and to records the page
    does not make (held here: an edit) are checked here with the rest and left to the
    general path (``general``), which applies them first; the page's new records may name
    them, but not the other way round (the general path would not see the bulk rows), and
    such a page goes change by change.
    """
    if not changes:
        return None
    at_text = now.isoformat(" ", "microseconds")  # as the DateTime column writes it
    # Where each record first appears; a change to one made earlier in the page is an edit.
    first: dict[str, int] = {}
    groups: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    for i, ch in enumerate(changes):
        if ch["device"] == device or ch.get("conflicts") or ch.get("resolved"):
            return None  # an echo, a conflict, a resolution: change by change
        first.setdefault(ch["record_id"], i)
        groups.setdefault((ch["entity"], tuple(ch["fields"])), []).append(i)
    models: dict[str, Any] = synced_models()
    # The records the page makes: where, what, and whether the general path makes them.
    made_at: dict[str, tuple[int, str, bool]] = {}
    general_ids: set[str] = set()  # the records whose changes the general path applies
    worked: list[tuple[Any, tuple[str, ...], list[int], list[tuple[Any, ...]],
                       list[tuple[Any, ...]]]] = []
    for (entity, keys), at in groups.items():
        model = models.get(entity)
        if model is None or not keys or not settable_fields(model).issuperset(keys):
            return None
        raw = _rows_of(keys, [changes[i]["fields"] for i in at])
        columns: list[Any] = list(zip(*raw, strict=True))
        if not all(column_holds(entity, k, c) for k, c in zip(keys, columns, strict=True)):
            return None
        decode = decoders(model)
        if not decode.keys().isdisjoint(keys):
            columns = [list(map(decode[k], c)) if k in decode else c
                       for k, c in zip(keys, columns, strict=True)]
            values = list(zip(*columns, strict=True))
        else:
            values = raw
        whole, shared = required_fields(model).issubset(keys), not bulk_model(model)
        for i in at:
            rid = changes[i]["record_id"]
            if first[rid] == i:
                if whole:
                    made_at[rid] = (i, model.__tablename__, shared)
                if shared or not whole:  # shared, or not made here (held, or nowhere)
                    general_ids.add(rid)
        worked.append((model, keys, at, raw, values))
    named: dict[str, set[str]] = {}
    external: dict[str, set[str]] = {}
    made: dict[str, tuple[Any, dict[str, Any]]] = {}
    edits: list[tuple[int, dict[str, Any]]] = []
    general: list[int] = []
    times: dict[str, datetime] = {}  # authored's
    for model, keys, at, raw, values in worked:
        for k, target in enforced_references(model.__tablename__).items():
            if k not in keys:
                continue
            j = keys.index(k)
            column = [row[j] for row in raw]
            if ids := {v for v in column if isinstance(v, str)}:
                named.setdefault(target, set()).update(ids)
            for i, v in zip(at, column, strict=True):
                if v is None:
                    continue
                m = made_at.get(v)
                if m is not None and not m[2] and changes[i]["record_id"] in general_ids:
                    return None  # the general path naming a record the page makes in bulk
                if m is None or m[0] >= i or m[1] != target:
                    external.setdefault(target, set()).add(v)
        static, dynamic = column_defaults(model)
        unset = tuple((k, make) for k, make in dynamic if k not in keys)
        for i, row_values in zip(at, values, strict=True):
            ch = changes[i]
            rid = ch["record_id"]
            if rid in general_ids:
                general.append(i)
                continue
            if made_at[rid][0] != i:
                edits.append((i, dict(zip(keys, row_values, strict=True))))
                continue
            row = static.copy()
            for k, make in unset:
                row[k] = make(None)
            row.update(zip(keys, row_values, strict=True))
            # The author's time, not this laptop's arrival time: the record was made then.
            row.update(given_provenance(rid, at=authored(ch, now, times), author=ch["author"],
                                        device=ch["device"], hlc=ch["hlc"]))
            made[rid] = (model, row)
    for i, edit in sorted(edits, key=itemgetter(0)):
        ch = changes[i]
        if (known := made.get(ch["record_id"])) is None:
            return None  # a record the page made as another, shared kind
        change_row(known[1], edit, ch, now, times)
    history = [(ch["seq"], ch["change_id"], ch["entity"], ch["record_id"], "applied",
                json_text(ch["fields"]), ch["hlc"], ch["author"], ch["device"], at_text)
               for ch in changes]
    submitted = [(i, s) for i, ch in enumerate(changes)
                 if (s := ch.get("submitted")) is not None]
    for i, s in reversed(submitted):  # each after its change's own row
        history.insert(i + 1, (*history[i][:4], "submitted", json_text(s), *history[i][6:]))
    latest = max((h for ch in changes if (h := ch["hlc"])[:1].isdigit()), default="")
    # The new rows in the order the page makes them (each record's first change makes it).
    by_model, index_rows, people = new_records(made[rid] for rid in first if rid in made)
    return PreparedPage(
        device, now, len(changes), None,
        {ch["record_id"]: (ch["entity"], int(ch["version"])) for ch in changes},
        len(changes), len(submitted),
        dict(Counter(ch.get("young_person_id") or "" for ch in changes)), latest,
        json_list(first), {target: json_list(ids) for target, ids in named.items()},
        _changed(changes), json_list(ch["seq"] for ch in changes),
        {model: bulk.insert_params(model.__table__, rows, DIALECT)
         for model, rows in by_model.items()}, index_rows, people, True, external,
        history, [], sorted(general), general_ids)


def _rows_of(keys: tuple[str, ...], fields: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Each of ``fields``' values of ``keys``, as a tuple."""
    if len(keys) > 1:
        return list(map(itemgetter(*keys), fields))
    return [(f[keys[0]],) for f in fields]


def _changed(changes: list[dict[str, Any]]) -> dict[str, tuple[dict[str, None], str]]:
    """The records the page changes by entity, in order (and as JSON lists)."""
    changed: dict[str, dict[str, None]] = {}
    for ch in changes:
        changed.setdefault(ch["entity"], {})[ch["record_id"]] = None
    return {entity: (records, json_list(records)) for entity, records in changed.items()}


def new_records(made: Iterable[tuple[Any, dict[str, Any]]]) -> tuple[
        dict[Any, list[dict[str, Any]]], list[bulk.IndexRow], set[str]]:
    """New rows by model, their full-text index rows and the young people whose summaries
    they change."""
    by_model: dict[Any, list[dict[str, Any]]] = {}
    index: list[bulk.IndexRow] = []
    people: set[str] = set()
    for model, row in made:
        by_model.setdefault(model, []).append(row)
        yp = row["id"] if model is YoungPerson else row.get("young_person_id")
        if model.__tablename__ in summary.SUMMARY_SOURCES and yp:
            people.add(yp)
        if model.__searchable__ and row.get("deleted_at") is None:
            index.append(bulk.index_row(model, row, yp))
    return by_model, index, people


# The store's dialect (sqlcipher.make_engine's), for the prepared INSERTs' parameters: the
# page's own dialect is checked to be the same kind before they are used.
DIALECT = sqlite_dialect()


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """No cyclic garbage collection while a page is applied (or a whole pull, by the
    client): its thousands of new rows, history rows and values would each be scanned
    again and again as they pile up (a tenth of a first sync's apply); whatever cycles
    are left are collected after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def change_row(row: dict[str, Any], values: dict[str, Any], ch: dict[str, Any],
                now: datetime, times: dict[str, datetime] | None = None) -> None:
    """A later change in the page to a record the page makes: its values into the new row,
    and its stamp, author and time when its stamp is the newer."""
    row.update(values)
    if ch["hlc"] > row["hlc"]:
        row["hlc"], row["updated_by"] = ch["hlc"], ch["author"]
        row["updated_at"] = authored(ch, now, times)


def authored(ch: dict[str, Any], now: datetime,
                 known: dict[str, datetime] | None = None) -> datetime:
    """When the change was made: :func:`.stamping.authored_at` of its stamp."""
    return authored_at(ch["hlc"], now, known)


