"""A pushed id naming another record must name one the central store holds.

A laptop enforces its foreign keys: a review naming a register entry it does not hold
would fail every pull of every laptop that may see the review, for good. So a field
holding another record's id (:func:`.entities.references`: a foreign key, or
``info={"refers_to": ...}``) must name a record held centrally or applied earlier in the
same push, and, when both are filed under young people, under the same one (a laptop
holds only its own young people's records). A deleted record still counts: laptops keep
its row.

Batched: read with the push's own records, in one query, before any change is checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from keyworker_desktop.sync.entities import entities, references
from keyworker_desktop.sync.server.validate import PushedChange

# A record's key: (entity, id); the value: its young person (None for staff, professionals).
Held = dict[tuple[str, str], "str | None"]


def named(changes: Iterable[PushedChange]) -> set[tuple[str, str]]:
    """The records (entity, id) that ``changes``' reference fields may name: read once for
    the push (see .service), those held go in a :data:`Held`."""
    out: set[tuple[str, str]] = set()
    for ch in changes:
        refs = references(ch.entity) if ch.entity in entities() else {}
        for field, targets in refs.items():
            value = ch.fields.get(field)
            if isinstance(value, str):
                out.update((str(target), value) for target in targets)
    return out


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
