"""A pulled page's work that needs no database, done before its transaction.

:func:`prepare_page` works each change out as it would apply to a laptop that holds none
of its record (a first sync's every change): its problems, values, new row and history,
and for the page as a whole its INSERTs. :func:`.apply.apply_page` checks that guess and
takes the general path where it fails.

A page applied whole (no record of it held here) inserts its new records in bulk. Changes
to staff (shared by young people) and to records the page does not make (edits to
records held) go to the general path inside it, applied first: a caseload's log has them
among its new records (a professional added, a record edited later), and each one used to
send its whole page change by change.

Measured and left out: working a page of new records out a field at a time over each kind
(one check, one decoding per field over the lot). Replayed on one thread its preparing
took a fifth less; in the sync it took more of the thread's CPU than change by change
(medians 0.89 against 0.80 s over eight downs of the caseload each way), likely because its
passes over a page each miss the caches the commit and the central store share, where
one change's values are still at hand while that change is worked out.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.store import bulk, summary
from keyworker_desktop.store.models import Staff, YoungPerson, synced_models
from keyworker_desktop.store.stamping import (
    authored_at,
    given_provenance,
    new_row,
)
from keyworker_desktop.sync import wire
from keyworker_desktop.sync.entities import (
    decoded,
    enforced_references,
    field_problems,
    required_fields,
    settable_fields,
)
from keyworker_desktop.sync.outcome import UnreadableValue


@functools.cache
def bulk_model(model: Any) -> bool:
    """Every kind of record takes the bulk path but staff, the ORM's: a change to a member
    of staff changes the summaries of the young people allocated to them, which the ORM's
    flush hook finds and refreshes. (A professional changes no summary: a first sync's
    hundreds of them go in bulk with the young people's records that name them.)"""
    return model is not Staff


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

# An entity from a newer app's kind: no references, fields or bulk path here.
_NEWER_ENTITY: tuple[dict[str, str], frozenset[str], frozenset[str], bool] = (
    {}, frozenset(), frozenset(), True)


@dataclass
class PreparedPage:
    """Everything about a pulled page that does not depend on what the laptop holds (see
    :func:`prepare_page`); for one :func:`apply_page` call, which takes its rows."""

    device: str
    now: datetime
    guesses: list[Guess]
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
    # The changes the general path applies (the ORM's) when the page is applied whole, in
    # order: to staff (shared by young people), and to records the page does not
    # make (held here: whole_guess allows those, and only those); and their records.
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
        return _prepare(changes, device)


def _prepare(changes: list[dict[str, Any]], device: str) -> PreparedPage:
    models: dict[str, Any] = synced_models()
    now = utcnow()
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
    # Each entity's references, settable and required fields, and whether it is shared.
    kinds: dict[str, tuple[dict[str, str], frozenset[str], frozenset[str], bool]] = {}
    times: dict[str, datetime] = {}  # authored's
    whole = True
    external: dict[str, set[str]] = {}
    flat_history: list[tuple[Any, ...]] = []
    flat_unreadable: list[UnreadableValue] = []
    general: list[int] = []
    general_ids: set[str] = set()
    made_general: dict[str, str] = {}  # records the general path makes: their tables
    for i, ch in enumerate(changes):
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
        kind = kinds.get(entity)
        if kind is None:  # (an entity from a newer app: none of it applies here)
            kind = kinds[entity] = _NEWER_ENTITY if model is None else (
                enforced_references(entity), settable_fields(model), required_fields(model),
                not bulk_model(model))
        wanted, names, required, shared = kind
        for k, target in wanted.items():
            if isinstance(v := fields.get(k), str):
                named.setdefault(target, set()).add(v)
        if model is None or conflicts or ch.get("resolved"):
            guesses.append(GENERAL)
            whole = False
            continue
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
        refs = tuple((k, target, v) for k, target in wanted.items()
                     if (v := apply.get(k)) is not None) if wanted and apply else ()
        whole_record = required <= apply.keys()
        general_change = shared or (not whole_record and rid not in made) or (
            rid in general_ids)
        if general_change:
            # The general path's (the ORM's), in a page applied whole too: a change to a
            # member of staff (shared by young people), or to one the page does not make (held
            # here, or nowhere). Not when the general path would report a value itself, name
            # a record the page makes in bulk (it does not see those rows) or make one.
            general.append(i)
            general_ids.add(rid)
            if bad or any(v in made for _k, _target, v in refs) or (
                    whole_record and not shared):
                whole = False
            if shared and whole_record:
                made_general[rid] = model.__tablename__
        for _k, target, v in refs:
            if (general_change or (m := made.get(v)) is None or m[0].__tablename__ != target
                    ) and made_general.get(v) != target:
                external.setdefault(target, set()).add(v)
        if shared:
            guesses.append(GENERAL)
            continue
        if not apply:
            guesses.append(Guess(True, history, unreadable))
            continue
        values = decoded(model, apply)
        known = made.get(rid)
        if known is not None:
            guesses.append(Guess(True, history, unreadable, refs, values))
            change_row(known[1], values, ch, now, times)
            continue
        if not whole_record:  # not a whole record: history only
            guesses.append(Guess(True, history, unreadable, refs, values))
            continue
        row = made_row(model, values, ch, now, times)
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
    changed: dict[str, dict[str, None]] = {}
    for ch in changes:
        changed.setdefault(ch["entity"], {})[ch["record_id"]] = None
    return PreparedPage(
        device, now, guesses, new_bases, pulled, merged, down, latest, json_list(counts),
        {target: json_list(named_ids) for target, named_ids in named.items()},
        {entity: (records, json_list(records)) for entity, records in changed.items()},
        json_list(ch["seq"] for ch in changes), inserts, index_rows, people, whole,
        external, flat_history, flat_unreadable, general, general_ids)


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


def made_row(model: Any, values: dict[str, Any], ch: dict[str, Any], now: datetime,
             times: dict[str, datetime] | None = None) -> dict[str, Any]:
    """The new row of the record ``ch`` makes with ``values``, stamped with the author's
    time, not this laptop's arrival time: the record was made then."""
    row = new_row(model, values)
    row.update(given_provenance(ch["record_id"], at=authored(ch, now, times),
                                author=ch["author"], device=ch["device"], hlc=ch["hlc"]))
    return row


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


