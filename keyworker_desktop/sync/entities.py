"""What the protocol knows about each synced entity: fields, free text, append-only.

Derived once from the store's models, so the server, the client and the
validator agree on names; values travel as JSON (:func:`decode_value` turns
them back into column values on the laptop).
"""

from __future__ import annotations

import base64
import json
import math
from dataclasses import dataclass
from datetime import date, datetime
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
    col_type = _column_types(model)[name]
    if isinstance(col_type, DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(col_type, Date) and isinstance(value, str):
        return date.fromisoformat(value[:10])
    if isinstance(col_type, LargeBinary) and isinstance(value, dict):
        return base64.b64decode(value["b64"])
    return value


@cache
def _checks(entity: str) -> dict[str, tuple[Any, bool]]:
    """Each field's column type and whether it may be null."""
    columns: Any = inspect(synced_models()[entity]).columns
    return {c.key: (c.type, bool(c.nullable)) for c in columns if c.key not in META_FIELDS}


def field_problems(entity: str, fields: dict[str, Any]) -> list[str]:
    """The names of ``fields`` whose value the column could not hold as the laptops read it.

    A value stored centrally reaches every laptop that may see the record: one that cannot
    be read back (``"yesterday"`` for a date, an object for text, a number too large, text
    longer than its column) would stop their pulls. Names only: the values may be personal.
    """
    checks = _checks(entity)
    bad: list[str] = []
    for name, value in fields.items():
        col_type, nullable = checks[name]
        if not _holds(col_type, nullable, value):
            bad.append(name)
    return sorted(bad)


def oversized(entity: str, fields: dict[str, Any]) -> dict[str, int]:
    """The fields of ``fields`` over their cap, each with its cap (characters of free text,
    bytes of a document or of a JSON value). Only for values :func:`field_problems` passed."""
    checks = _checks(entity)
    out: dict[str, int] = {}
    for name, value in fields.items():
        col_type = checks[name][0]
        if isinstance(value, str) and isinstance(col_type, Text):
            if len(value) > MAX_TEXT_CHARS:
                out[name] = MAX_TEXT_CHARS
        elif isinstance(value, dict) and isinstance(col_type, LargeBinary):
            b64 = value.get("b64", "")
            if len(b64) // 4 * 3 - b64[-2:].count("=") > MAX_BINARY_BYTES:
                out[name] = MAX_BINARY_BYTES
        elif isinstance(col_type, JSON) and value is not None:
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
