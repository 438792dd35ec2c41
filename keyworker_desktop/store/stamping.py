"""What a write stamps on a synced record, in one place for every write path.

The flush hook (:mod:`.changes`) writes ORM objects one at a time; the generated demo
caseload and a pulled sync page write plain row dicts in bulk (:mod:`.bulk`). All of
them take from here the column defaults, the provenance and version, the change-log
entry and audit event of a local write, and the full-text index text, so a record
reads the same whichever way it was written.
"""

from __future__ import annotations

import base64
import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import inspect

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.domain.hlc import HybridClock, stamp_time
from keyworker_desktop.domain.ids import uuid7

META_FIELDS = frozenset(
    {"id", "created_at", "updated_at", "created_by", "updated_by", "origin_device", "version",
     "hlc"}
)
"""Provenance columns: set by the write itself, never part of a change's fields."""

AUDIT_ACTION = {"insert": "create", "update": "change", "delete": "delete"}
_JSON_PLAIN = frozenset({str, int, bool, float, type(None), list, dict})


# --------------------------------------------------------------------------- values
def to_json_value(value: Any) -> Any:
    """A column value as JSON (dates as ISO strings, bytes as base64)."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"b64": base64.b64encode(value).decode("ascii")}
    return value


def json_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """A change's fields as JSON, values in the order given."""
    # The type test skips the call for the plain values that make up most of a record.
    return {k: v if type(v) in _JSON_PLAIN else to_json_value(v) for k, v in values.items()}


@functools.cache
def column_defaults(
    model: Any,
) -> tuple[dict[str, Any], tuple[tuple[str, Callable[[Any], Any]], ...]]:
    """The non-meta columns' defaults: fixed values (None where there is no default), and
    callables to run for each record."""
    static: dict[str, Any] = {}
    dynamic: list[tuple[str, Callable[[Any], Any]]] = []
    for column in inspect(model).columns:
        if column.key in META_FIELDS:
            continue
        default = column.default
        if default is not None and default.is_callable:
            dynamic.append((column.key, default.arg))
        else:
            static[column.key] = None if default is None else default.arg
    return static, tuple(dynamic)


def new_row(model: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """Every non-meta column of a new ``model`` record: its default, then ``values``."""
    static, dynamic = column_defaults(model)
    row = static.copy()
    for key, make in dynamic:
        row[key] = values[key] if key in values else make(None)
    row.update(values)
    return row


def fill_defaults(obj: Any) -> None:
    """Fill a new ORM object's unset columns with their defaults now, so the change log
    holds the values actually stored."""
    model: Any = type(obj)
    static, dynamic = column_defaults(model)
    for key, value in static.items():
        if value is not None and getattr(obj, key) is None:
            setattr(obj, key, value)
    for key, make in dynamic:
        if getattr(obj, key) is None:
            setattr(obj, key, make(None))


@functools.cache
def insert_detail(model: Any) -> str:
    """The audit detail of an insert: every non-meta column name (the same for each record)."""
    return json.dumps(sorted(c.key for c in inspect(model).column_attrs
                             if c.key not in META_FIELDS))


def entity_of(model: Any) -> str:
    """A synced model's entity name: its table's (the ``Synced`` mixin does not declare it)."""
    name: str = model.__tablename__
    return name


def young_person_of(model: Any, record_id: str, young_person_id: str | None) -> str | None:
    """The young person a record is filed under: itself for a young person."""
    return record_id if entity_of(model) == "young_person" else young_person_id


# --------------------------------------------------------------------------- provenance
class Writer(Protocol):
    """Who writes, from which device, by which clocks (a :class:`.changes.WriteContext`)."""

    @property
    def actor(self) -> str: ...
    @property
    def device(self) -> str: ...
    @property
    def clock(self) -> HybridClock: ...
    @property
    def utcnow(self) -> Callable[[], datetime]: ...


@dataclass(frozen=True)
class Stamp:
    """One local write's provenance: when, by whom, from which device, at which HLC."""

    at: datetime
    actor: str
    device: str
    hlc: str


def take_stamp(writer: Writer) -> Stamp:
    """The stamp of a write happening now."""
    return Stamp(writer.utcnow(), writer.actor, writer.device, writer.clock.now().encode())


def local_provenance(stamp: Stamp, *, base_version: int, is_new: bool,
                     held: Callable[[str], Any]) -> dict[str, Any]:
    """The meta columns a local write sets on a record whose current values ``held`` reads.

    A new record keeps a creation time, creator or origin device it was given.
    """
    meta: dict[str, Any] = {"version": base_version + 1, "updated_at": stamp.at,
                            "updated_by": stamp.actor, "hlc": stamp.hlc}
    if is_new:
        created_at = held("created_at")
        meta["created_at"] = stamp.at if created_at is None else created_at
        meta["created_by"] = held("created_by") or stamp.actor
        meta["origin_device"] = held("origin_device") or stamp.device
    return meta


def given_provenance(record_id: str, *, at: datetime, author: str = "", device: str = "",
                     hlc: str = "") -> dict[str, Any]:
    """The meta columns of a new record not written here: pulled from the central store (its
    author, device and HLC), or written without a writer. Version 0: no local write yet."""
    return {"id": record_id, "created_at": at, "updated_at": at, "created_by": author,
            "updated_by": author, "origin_device": device, "version": 0, "hlc": hlc}


def authored_at(hlc: str, now: datetime, known: dict[str, datetime] | None = None
                ) -> datetime:
    """When a pulled record was written, by its author's clock (its stamp ``hlc``), bounded
    by ``now``: the central store re-stamps stamps far ahead of its clock, but this
    laptop's may be behind.

    ``known``: the times worked out for ``now`` so far, by the stamp's milliseconds (a
    pulled page's changes share a few: stamped by the same clocks as they were written).
    """
    wall = hlc[:15]
    if hlc[15:16] == "-":
        if known is not None and (at := known.get(wall)) is not None:
            return at
        if wall.isascii() and wall.isdigit() and 0 < (ms := int(wall)) < _EXACT_MS:
            at = min(_EPOCH + timedelta(milliseconds=ms), now)  # stamp_time's, faster
            if known is not None:
                known[wall] = at
            return at
    stamped = stamp_time(hlc)
    return now if stamped is None else min(stamped, now)


# Up to here (the year 2242) a stamp's milliseconds are exact as a float of seconds, so
# stamp_time's datetime is the epoch plus that many milliseconds.
_EXACT_MS = 2**33 * 1000
_EPOCH = datetime(1970, 1, 1)


def change_entry(stamp: Stamp, *, entity: str, record_id: str, young_person_id: str | None,
                 op: str, fields: dict[str, Any], base_version: int,
                 version: int) -> dict[str, Any]:
    """The change-log row of a local write (without ``change_id``: the caller's to make)."""
    return {"entity": entity, "record_id": record_id, "young_person_id": young_person_id,
            "op": op, "fields": fields, "base_version": base_version, "version": version,
            "hlc": stamp.hlc, "author": stamp.actor, "device": stamp.device, "at": stamp.at}


def audit_entry(stamp: Stamp, *, op: str, entity: str, record_id: str,
                young_person_id: str | None, detail: str) -> dict[str, Any]:
    """The audit event of a local write (without ``id``: the caller's to make)."""
    return {"at": stamp.at, "actor": stamp.actor, "device": stamp.device,
            "action": AUDIT_ACTION[op], "entity": entity, "record_id": record_id,
            "young_person_id": young_person_id, "detail": detail}


@dataclass
class NewRecord:
    """A new record's row and bookkeeping rows, ready for a bulk insert."""

    row: dict[str, Any]
    change: dict[str, Any] | None
    audit: dict[str, Any] | None


def stamp_new_row(model: Any, values: Mapping[str, Any], writer: Writer | None) -> NewRecord:
    """A new record written here in bulk, stamped as the flush hook stamps an ORM insert.

    Without a writer there is no provenance and no change log, as with the hook.
    """
    row = new_row(model, values)
    record_id = uuid7()
    if writer is None:
        row.update(given_provenance(record_id, at=utcnow()))
        return NewRecord(row, None, None)
    stamp = take_stamp(writer)
    fields = json_fields(row)
    row["id"] = record_id
    row.update(local_provenance(stamp, base_version=0, is_new=True, held=_unset))
    entity = model.__tablename__
    yp = young_person_of(model, record_id, row.get("young_person_id"))
    change = {"change_id": uuid7(), **change_entry(
        stamp, entity=entity, record_id=record_id, young_person_id=yp, op="insert",
        fields=fields, base_version=0, version=1), "pushed_at": None}
    audit = {"id": uuid7(), **audit_entry(
        stamp, op="insert", entity=entity, record_id=record_id, young_person_id=yp,
        detail=insert_detail(model)), "pushed_at": None}
    return NewRecord(row, change, audit)


def _unset(_key: str) -> None:
    return None


# --------------------------------------------------------------------------- search
@functools.cache
def index_fields(model: Any) -> frozenset[str]:
    """The columns whose change puts a record in the full-text index again (none for a
    kind that is not searched)."""
    return frozenset({*model.__searchable__, "deleted_at"}) if model.__searchable__ else (
        frozenset())


def search_text(model: Any, record: Any) -> tuple[str, str]:
    """(title, body) of a record's full-text index row; ``record`` is an ORM object or has
    the model's attributes (see :func:`.bulk.row_view`)."""
    searchable: tuple[str, ...] = model.__searchable__
    body = "\n".join(str(getattr(record, f, None) or "") for f in searchable)
    title_fn = getattr(record, "search_title", None)
    title = title_fn() if callable(title_fn) else str(getattr(record, searchable[0]))
    return title, body
