"""What the protocol knows about each synced entity: fields, free text, append-only.

Derived once from the store's models, so the server, the client and the
validator agree on names; values travel as JSON (:func:`decode_value` turns
them back into column values on the laptop).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Date, DateTime, LargeBinary, Text, inspect

from keyworker_desktop.store.models import synced_models
from keyworker_desktop.store.stamping import META_FIELDS


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
