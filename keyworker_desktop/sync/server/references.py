"""A pushed id naming another record must name one the central store holds.

A laptop enforces its foreign keys: a review naming a register entry it does not hold
would fail every pull of every laptop that may see the review, for good. So a field
holding another record's id (:func:`.entities.references`: a foreign key, or
``info={"refers_to": ...}``) must name a record held centrally or applied earlier in the
same push, and, when both are filed under young people, under the same one (a laptop
holds only its own young people's records). A deleted record still counts: laptops keep
its row.

Batched: one query per entity named, for the whole push, before any change is checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from keyworker_desktop.sync.entities import entities, references
from keyworker_desktop.sync.server.db import id_in
from keyworker_desktop.sync.server.models import Record
from keyworker_desktop.sync.server.validate import PushedChange

_RECORDS = cast(Table, Record.__table__)
# A record's key: (entity, id); the value: its young person (None for staff, professionals).
Held = dict[tuple[str, str], "str | None"]


def _named(changes: Iterable[PushedChange]) -> dict[str, set[str]]:
    """The ids each entity is named by in ``changes``' reference fields."""
    out: dict[str, set[str]] = {}
    for ch in changes:
        refs = references(ch.entity) if ch.entity in entities() else {}
        for field, targets in refs.items():
            value = ch.fields.get(field)
            if isinstance(value, str):
                for target in targets:
                    out.setdefault(target, set()).add(value)
    return out


def held_records(s: Session, changes: Iterable[PushedChange],
                 known: Mapping[tuple[str, str], Mapping[str, Any]]) -> Held:
    """The records ``changes`` name that the central store holds, with their young person;
    ``known`` (records already read for the push) is not asked for again."""
    held: Held = {}
    for entity, ids in _named(changes).items():
        wanted = {i for i in ids if (entity, i) not in known}
        if not wanted:
            continue
        for row in s.execute(select(_RECORDS.c.id, _RECORDS.c.young_person_id).where(
                _RECORDS.c.entity == entity, id_in(s, _RECORDS.c.id, wanted))):
            held[(entity, row.id)] = row.young_person_id
    return held


def dangling(ch: PushedChange, yp: str | None, held: Held,
             records: Mapping[tuple[str, str], Mapping[str, Any]]) -> list[str]:
    """The fields of ``ch`` naming a record that is not held (in ``held``, or in
    ``records``: read for the push or applied earlier in it), or one filed under another
    young person than ``yp``."""
    bad: list[str] = []
    for field, targets in references(ch.entity).items():
        value = ch.fields.get(field)
        if value is None:
            continue
        if not any(_fits(target, value, yp, held, records) for target in targets):
            bad.append(field)
    return bad


def _fits(target: str, value: Any, yp: str | None, held: Held,
          records: Mapping[tuple[str, str], Mapping[str, Any]]) -> bool:
    key = (target, value)
    rec = records.get(key)
    if rec is not None:
        owner = rec["young_person_id"]
    elif key in held:
        owner = held[key]
    else:
        return False
    return owner is None or yp is None or owner == yp
