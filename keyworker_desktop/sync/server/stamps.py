"""The per-field metadata of a central record (``records.meta``), kept compact.

Each field's last change is its stamp ``[server version, hlc, author, device]``. A change
stamps every field it applies alike, so the stamps are stored once per change with the
names of the fields they still hold, as a list of groups::

    [[version, hlc, author, device, field, field, ...], ...]

rather than a copy of the stamp per field (``{field: [version, hlc, author, device]}``,
the form before migration 0004, still read): 25 copies of it made the metadata bigger
than the record, and writing it was the larger part of a push.

Measured and left out (7 December 2026, bench_pouchdb's own side, old and new taking
turns): a new record's group naming no fields, standing for every field the record holds
that no later group names (its fields' keys are the names ever stamped). The stamps of
10,000 records after their edits fell from 479 to 125 bytes a record, but the push of
1,000 edits took 0.19-0.24 s either way over three pairs of 25 rounds. The records'
table (dead row versions counted) was 23 against 28 MB after 9 rounds, but 34 against
30 MB after 25. It would have needed the record's fields to read any stamp, and a
migration whose downgrade names them again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Stamp = list[Any]
"""[server version, hlc, author, device]"""


def expand(stored: Any) -> dict[str, Stamp]:
    """field -> stamp, from either stored form (nothing stored: no fields)."""
    if not stored:
        return {}
    if isinstance(stored, dict):
        return {k: list(v) for k, v in stored.items()}
    out: dict[str, Stamp] = {}
    for group in stored:
        stamp = list(group[:4])
        for name in group[4:]:
            out[name] = stamp
    return out


def changed_since(stored: Any, version: int, device: str) -> bool:
    """Whether any field was stamped after server ``version`` by a device other than
    ``device``: what a merge looks for (read from the groups, not field by field)."""
    if not stored:
        return False
    groups = stored.values() if isinstance(stored, dict) else stored
    return any(g[0] > version and g[3] != device for g in groups)


def restamp(stored: Any, fields: Iterable[str], stamp: Stamp) -> list[Any]:
    """The compact metadata after a change stamped ``fields`` with ``stamp``: the fields
    leave their older groups (a group left empty goes) and form a new one at the end."""
    names = list(dict.fromkeys(fields))
    if not stored:
        return [[*stamp, *names]] if names else []
    taken = set(names)
    if isinstance(stored, dict):
        stored = compact(stored)
    out: list[Any] = []
    for group in stored or ():
        if len(group) > 4 and taken.isdisjoint(group[4:]):
            out.append(group)  # mostly: a change stamps a few of a record's 25 fields
            continue
        kept = [n for n in group[4:] if n not in taken]
        if kept:
            out.append([*group[:4], *kept])
    if names:
        out.append([*stamp, *names])
    return out


def compact(per_field: dict[str, Any]) -> list[Any]:
    """The compact form of ``{field: stamp}``: one group per distinct stamp, in the
    order first seen."""
    groups: dict[tuple[Any, ...], list[str]] = {}
    for name, stamp in per_field.items():
        groups.setdefault(tuple(stamp), []).append(name)
    return [[*stamp, *names] for stamp, names in groups.items()]
