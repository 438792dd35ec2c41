"""What the protocol knows about each synced entity: fields, free text, append-only.

Derived once from the store's models, so the server, the client and the
validator agree on names; values travel as JSON (:func:`decode_value` turns
them back into column values on the laptop).
"""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    inspect,
)

from keyworker_desktop.store.models import synced_models
from keyworker_desktop.store.stamping import META_FIELDS

# What one value may take, beyond its column's own length (docs/sync-protocol.md, "Limits").
# Free text (a Text column) up to this many characters: about 30 pages of notes.
MAX_TEXT_CHARS = 100_000
# A document or photo (a LargeBinary column): the attachment cap, and what one push carries.
MAX_BINARY_BYTES = 20 * 1024 * 1024
# A list or object held in a JSON column, as JSON.
MAX_JSON_BYTES = 64 * 1024
# A list held in a JSON column (``info={"items": str}``): at most this many items, and a
# text item at most this many characters (ids, vocabulary codes).
MAX_LIST_ITEMS = 1000
MAX_ITEM_CHARS = 200


@dataclass(frozen=True)
class EntityInfo:
    name: str
    fields: frozenset[str]
    text_fields: frozenset[str]
    append_only: bool
    has_young_person: bool


@cache
def entities() -> dict[str, EntityInfo]:
    """Every synced entity by table name."""
    out: dict[str, EntityInfo] = {}
    for name, model in synced_models().items():
        cols = [c for c in inspect(model).columns if c.key not in META_FIELDS]
        out[name] = EntityInfo(
            name=name,
            fields=frozenset(c.key for c in cols),
            text_fields=frozenset(c.key for c in cols if isinstance(c.type, Text)),
            append_only=bool(getattr(model, "__append_only__", False)),
            has_young_person=any(c.key == "young_person_id" for c in cols),
        )
    return out


@cache
def _column_types(model: type) -> dict[str, Any]:
    columns: Any = inspect(model).columns
    return {c.key: c.type for c in columns}


@cache
def decoded_fields(model: type) -> frozenset[str]:
    """Columns whose JSON value is not the column value itself (dates, times, bytes)."""
    return frozenset(k for k, t in _column_types(model).items()
                     if isinstance(t, Date | DateTime | LargeBinary))


def decode_value(model: type, name: str, value: Any) -> Any:
    """A JSON value back into what the column ``name`` of ``model`` holds."""
    if value is None or isinstance(value, bool | int | float):
        return value
    decode = decoders(model).get(name)
    if decode is not None:
        return decode(value)
    if name not in _column_types(model):
        raise KeyError(name)
    return value


def _to_datetime(value: Any) -> Any:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _to_date(value: Any) -> Any:
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


def _to_bytes(value: Any) -> Any:
    return base64.b64decode(value["b64"]) if isinstance(value, dict) else value


@cache
def decoders(model: type) -> dict[str, Callable[[Any], Any]]:
    """:func:`decode_value` for each column of :func:`decoded_fields`, as one function of
    the value (a pulled page decodes tens of thousands)."""
    out: dict[str, Callable[[Any], Any]] = {}
    for k, t in _column_types(model).items():
        if isinstance(t, DateTime):
            out[k] = _to_datetime
        elif isinstance(t, Date):
            out[k] = _to_date
        elif isinstance(t, LargeBinary):
            out[k] = _to_bytes
    return out


def decoded(model: type, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` (JSON) as the columns of ``model`` hold them: :func:`decode_value` for
    each (a copy when one changes)."""
    decode = decoders(model)
    names = decode.keys() & values.keys()
    if names:
        values = dict(values)
        for k in names:
            values[k] = decode[k](values[k])
    return values


@cache
def required_fields(model: Any) -> frozenset[str]:
    """The columns a pulled record must arrive with: no default, and no NULL allowed."""
    return frozenset(col.key for col in model.__table__.columns
                     if not col.nullable and col.default is None and not col.primary_key)


@cache
def settable_fields(model: Any) -> frozenset[str]:
    """The columns a pulled change may set (not the record's own bookkeeping)."""
    return frozenset(c.key for c in model.__table__.columns if c.key not in META_FIELDS)


@dataclass(frozen=True, slots=True)
class _Shape:
    """What a column's value must be beyond its type (see :func:`field_problems`)."""

    # The vocabulary (``info={"vocab": SomeLabelled}``): the only codes the value, or each
    # item of a list, may be; with ``info={"blank": True}`` also "" (not chosen).
    codes: frozenset[str] | None
    # A JSON column's items (``info={"items": str}``): the value is a list of them.
    items: type | None


@cache
def _checks(entity: str) -> dict[str, tuple[Any, bool]]:
    """Each field's column type and whether it may be null."""
    columns: Any = inspect(synced_models()[entity]).columns
    return {c.key: (c.type, bool(c.nullable)) for c in columns if c.key not in META_FIELDS}


@cache
def _shapes(entity: str) -> dict[str, _Shape]:
    """The fields with a vocabulary or an item type, and what they declare."""
    columns: Any = inspect(synced_models()[entity]).columns
    out: dict[str, _Shape] = {}
    for c in columns:
        vocab, items = c.info.get("vocab"), c.info.get("items")
        if c.key in META_FIELDS or (vocab is None and items is None):
            continue
        codes = None if vocab is None else frozenset(
            {str(v) for v in vocab} | ({""} if c.info.get("blank") else set()))
        out[c.key] = _Shape(codes, items)
    return out


@cache
def references(entity: str) -> dict[str, tuple[str, ...]]:
    """The fields of ``entity`` holding another record's id, with the entities it may be
    (a foreign key, or ``info={"refers_to": ...}`` for an id kept without one).

    ``young_person_id`` is left out: the scope check decides about the young person.
    """
    columns: Any = inspect(synced_models()[entity]).columns
    out: dict[str, tuple[str, ...]] = {}
    for c in columns:
        if c.key in META_FIELDS or c.key == "young_person_id":
            continue
        declared = c.info.get("refers_to")
        targets = ((declared,) if isinstance(declared, str) else tuple(declared or ())) + tuple(
            fk.column.table.name for fk in c.foreign_keys)
        if targets:
            out[c.key] = tuple(dict.fromkeys(targets))
    return out


@cache
def enforced_references(entity: str) -> dict[str, str]:
    """The reference fields of ``entity`` a laptop's foreign keys enforce, with the entity:
    one naming a record the laptop does not hold would fail its whole page of a pull."""
    columns: Any = inspect(synced_models()[entity]).columns
    return {c.key: fk.column.table.name for c in columns if c.key in references(entity)
            for fk in c.foreign_keys}


#: A day declared ``info={"not_future": True}`` may be at most this far ahead of the central
#: store's (or the pulling laptop's) own date: laptops in other time zones, and clocks a
#: little fast, are not refused; "9999-12-31" is.
FUTURE_TOLERANCE = timedelta(days=1)


@cache
def _not_future(entity: str) -> frozenset[str]:
    """The date fields of ``entity`` that record something already done (the day an action
    was done, a rating given): the laptops refuse a future day, so the central store does."""
    columns: Any = inspect(synced_models()[entity]).columns
    return frozenset(c.key for c in columns if c.info.get("not_future"))


def _in_the_future(value: Any) -> bool:
    try:
        return date.fromisoformat(str(value)[:10]) > date.today() + FUTURE_TOLERANCE
    except ValueError:
        return False  # not a date at all: the type check has already said so


# How :func:`field_problems` may pass a value without the full check (see ``_quick``).
_TEXT, _CODE, _BOOL, _INT, _ANY, _DAY, _TIME, _FULL = range(8)


@cache
def _quick(entity: str) -> dict[str, tuple[int, int, bool, frozenset[str]]]:
    """Each field's (kind, length limit, nullable, vocabulary): for a field with no item
    type or day to check, the values its column alone decides, the common ones in a few
    operations: text short enough for a text column (and in its vocabulary, if it has
    one), a boolean for a boolean, an integer in range for an integer, anything for a JSON
    column, an ISO date or time for a date or time column."""
    shapes, done = _shapes(entity), _not_future(entity)
    out: dict[str, tuple[int, int, bool, frozenset[str]]] = {}
    for name, (col_type, nullable) in _checks(entity).items():
        kind, limit, codes = _FULL, 0, frozenset[str]()
        shape = shapes.get(name)
        if name in done or (shape is not None and shape.items is not None):
            pass
        elif isinstance(col_type, String):
            kind, limit = _TEXT, (col_type.length or MAX_TEXT_LIMIT)
            if shape is not None and shape.codes is not None:
                kind, codes = _CODE, shape.codes
        elif shape is not None:
            pass
        elif isinstance(col_type, Boolean):
            kind = _BOOL
        elif isinstance(col_type, Integer):
            kind = _INT
        elif isinstance(col_type, JSON):
            kind = _ANY
        elif isinstance(col_type, DateTime):
            kind = _TIME
        elif isinstance(col_type, Date):
            kind = _DAY
        out[name] = (kind, limit, nullable, codes)
    return out


# Longer than any str Python can make: a Text column's own type sets no limit.
MAX_TEXT_LIMIT = 2**63

# Measured and left out: msgspec.convert of a change's fields into a Struct per entity
# (each field typed as the quick check would pass it) as a gate, with this loop only for
# what it refused or cannot type. Over a first sync's 35,601 pulled changes, 0.20 s
# against this loop's 0.19 s: building a Struct of 25 fields costs what the loop does.


def field_problems(entity: str, fields: dict[str, Any]) -> list[str]:
    """The names of ``fields`` whose value the column could not hold as the laptops read it.

    A value stored centrally reaches every laptop that may see the record: one that cannot
    be read back (``"yesterday"`` for a date, an object for text, a number too large, text
    longer than its column, a code outside the column's vocabulary, a list of the wrong
    shape, a day still to come for something already done) would stop their pulls or reach
    screens that only know the vocabulary. Names only: the values may be personal.
    """
    quick = _quick(entity)
    bad: list[str] = []
    for name, value in fields.items():
        kind, limit, nullable, codes = quick[name]
        if value is None:
            if not nullable:
                bad.append(name)
            continue
        t = type(value)
        if t is str:
            if kind == _TEXT:
                if len(value) <= limit:
                    continue
            elif kind == _CODE:
                if len(value) <= limit and value in codes:
                    continue
            elif kind == _DAY or kind == _TIME:
                try:
                    (date.fromisoformat(value[:10]) if kind == _DAY
                     else datetime.fromisoformat(value))
                    continue
                except ValueError:
                    pass
        elif kind == _ANY or (kind == _BOOL and t is bool) or (
                kind == _INT and t is int and -2**63 < value < 2**63):
            continue
        if not _full_check(entity, name, value):
            bad.append(name)
    return sorted(bad) if len(bad) > 1 else bad


def _full_check(entity: str, name: str, value: Any) -> bool:
    """Does the column ``name`` hold ``value`` (not None), vocabulary and day included?"""
    col_type, nullable = _checks(entity)[name]
    shapes, done = _shapes(entity), _not_future(entity)
    return _holds(col_type, nullable, value) and not (
        name in shapes and not _in_shape(shapes[name], value)) and not (
        name in done and _in_the_future(value))


@cache
def _capped(entity: str) -> dict[str, Any]:
    """The fields with a cap (free text, a document, a JSON value), with their column type."""
    return {name: col_type for name, (col_type, _nullable) in _checks(entity).items()
            if isinstance(col_type, Text | LargeBinary | JSON)}


def _in_shape(shape: _Shape, value: Any) -> bool:
    """A value of the right type that is also a list of the declared items and in the
    vocabulary."""
    codes, items = shape.codes, shape.items
    if items is not None:
        if not (isinstance(value, list) and len(value) <= MAX_LIST_ITEMS):
            return False
        for item in value:
            if not isinstance(item, items) or (isinstance(item, bool) and items is not bool):
                return False
            if isinstance(item, str) and (len(item) > MAX_ITEM_CHARS
                                          or codes is not None and item not in codes):
                return False
        return True
    return codes is None or value in codes


def oversized(entity: str, fields: dict[str, Any]) -> dict[str, int]:
    """The fields of ``fields`` over their cap, each with its cap (characters of free text,
    bytes of a document or of a JSON value). Only for values :func:`field_problems` passed."""
    checks = _checks(entity)
    if not checks.keys() >= fields.keys():
        raise KeyError(next(name for name in fields if name not in checks))
    out: dict[str, int] = {}
    # Only the few capped fields are looked at (a push checks every change's): the others
    # have no cap beyond their column's own.
    for name, col_type in _capped(entity).items():
        value = fields.get(name)
        if value is None:
            continue
        if isinstance(value, str) and isinstance(col_type, Text):
            if len(value) > MAX_TEXT_CHARS:
                out[name] = MAX_TEXT_CHARS
        elif isinstance(value, dict) and isinstance(col_type, LargeBinary):
            b64 = value.get("b64", "")
            if len(b64) // 4 * 3 - b64[-2:].count("=") > MAX_BINARY_BYTES:
                out[name] = MAX_BINARY_BYTES
        elif isinstance(col_type, JSON):
            if len(json.dumps(value)) > MAX_JSON_BYTES:
                out[name] = MAX_JSON_BYTES
    return out


def _holds(col_type: Any, nullable: bool, value: Any) -> bool:
    if value is None:
        return nullable
    if type(value) is str and isinstance(col_type, String):
        # Most values are text for a text column: checked first (a push checks every one);
        # no column type before String below is one.
        length = col_type.length
        return length is None or len(value) <= length
    if isinstance(col_type, Boolean):
        return isinstance(value, bool)
    if isinstance(col_type, Integer):
        return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63
    if isinstance(col_type, Float | Numeric):
        return (isinstance(value, int | float) and not isinstance(value, bool)
                and math.isfinite(value))
    if isinstance(col_type, DateTime | Date):
        if not isinstance(value, str):
            return False
        try:
            (datetime.fromisoformat(value) if isinstance(col_type, DateTime)
             else date.fromisoformat(value[:10]))
        except ValueError:
            return False
        return True
    if isinstance(col_type, LargeBinary):
        if not (isinstance(value, dict) and isinstance(value.get("b64"), str)):
            return False
        try:
            base64.b64decode(value["b64"], validate=True)
        except ValueError:
            return False
        return True
    if isinstance(col_type, String):  # Text is a String without a length
        length = getattr(col_type, "length", None)
        return isinstance(value, str) and (length is None or len(value) <= length)
    # JSON columns hold any JSON value.
    return True
