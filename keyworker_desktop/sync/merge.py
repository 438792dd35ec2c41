"""Field-level merging of a pushed change into the current state of a record.

Pure Python, no I/O: the central store calls :func:`merge_change` for every
pushed change and the desktop uses :func:`pending_split` when a pulled change
meets local changes not yet pushed. Rules (docs/sync-protocol.md, "Merging"):
different fields merge silently; the same field changed on both sides since
the common version is a :class:`Conflict` keeping both values; free text gets
a three-way merge; an edit against a delete is a conflict; append-only
entities never conflict. Ties are broken by hybrid logical clock, never by
wall clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

DELETED = "deleted_at"


@dataclass(frozen=True)
class Side:
    """One side of a conflict: the value and who wrote it, when (HLC)."""

    value: Any
    author: str
    device: str
    hlc: str

    def as_json(self) -> dict[str, Any]:
        return {"value": self.value, "author": self.author, "device": self.device,
                "hlc": self.hlc}


@dataclass(frozen=True)
class FieldMeta:
    """When a field last changed on the server (server version) and by whom."""

    version: int
    hlc: str
    author: str = ""
    device: str = ""


@dataclass(frozen=True)
class Conflict:
    """The same field changed on both sides: both values are kept until a person decides."""

    field: str
    kind: str  # field / text / delete
    base: Any
    current: Side
    incoming: Side

    @property
    def winner(self) -> Side:
        """The side shown until resolved: the later HLC."""
        return self.incoming if self.incoming.hlc > self.current.hlc else self.current


@dataclass
class MergeResult:
    """What to write: field values to set, conflicts to record, texts merged."""

    apply: dict[str, Any] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    merged_text: set[str] = field(default_factory=set)

    @property
    def status(self) -> str:
        if self.conflicts:
            return "conflict"
        return "merged" if self.merged_text else "applied"


# -- free text --------------------------------------------------------------------
_SENTENCE = re.compile(r".*?(?:[.!?]+(?:\s+|$)|\n|$)", re.S)


def _sentences(text: str) -> list[str]:
    parts = [p for p in _SENTENCE.findall(text) if p]
    return parts if "".join(parts) == text else text.splitlines(keepends=True)


def _edits(base: Sequence[str], other: Sequence[str]) -> list[tuple[int, int, list[str]]]:
    sm = SequenceMatcher(None, base, other, autojunk=False)
    return [(i1, i2, list(other[j1:j2])) for tag, i1, i2, j1, j2 in sm.get_opcodes()
            if tag != "equal"]


def merge_sequences(base: Sequence[str], ours: Sequence[str],
                    theirs: Sequence[str]) -> list[str] | None:
    """diff3-style merge of two edited copies of ``base``; None where edits touch."""
    ea, eb = _edits(base, ours), _edits(base, theirs)
    for a1, a2, ra in ea:
        for b1, b2, rb in eb:
            if (a1, a2, ra) == (b1, b2, rb):
                continue
            # Overlapping or touching regions (including two inserts at one point)
            # are a real conflict: a person must read them.
            if a1 <= b2 and b1 <= a2:
                return None
    edits = sorted({(i1, i2, tuple(r)) for i1, i2, r in ea + eb})
    out: list[str] = []
    pos = 0
    for i1, i2, repl in edits:
        out.extend(base[pos:i1])
        out.extend(repl)
        pos = i2
    out.extend(base[pos:])
    return out


def merge_text(base: str, ours: str, theirs: str) -> str | None:
    """Three-way merge of free text, by lines then by sentences; None on overlap."""
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    for split in (lambda t: t.splitlines(keepends=True), _sentences):
        merged = merge_sequences(split(base), split(ours), split(theirs))
        if merged is not None:
            return "".join(merged)
    return None


# -- records ----------------------------------------------------------------------
def merge_change(
    current: Mapping[str, Any],
    meta: Mapping[str, FieldMeta],
    base_version: int,
    incoming: Mapping[str, Any],
    side: Side,
    *,
    base_values: Mapping[str, Any] | None = None,
    text_fields: Iterable[str] = (),
    append_only: bool = False,
    resolves: bool = False,
) -> MergeResult:
    """Merge ``incoming`` (a change based on server version ``base_version``) into a record.

    ``current`` and ``meta`` describe the record now (missing fields were never
    set); ``side`` carries the incoming change's author, device and HLC;
    ``base_values`` the values at ``base_version`` for free-text merging. Outside
    append-only entities only the stamps of fields changed since ``base_version`` by
    another device count: with none of them, ``meta`` may be left empty.
    """
    result = MergeResult()
    base_values = {} if base_values is None else base_values
    texts = set(text_fields)

    def changed_since_base(name: str) -> bool:
        # A device always knows its own earlier writes, even before it pulls them back.
        m = meta.get(name)
        return m is not None and m.version > base_version and m.device != side.device

    def current_side(name: str) -> Side:
        m = meta.get(name) or FieldMeta(0, "")
        return Side(current.get(name), m.author, m.device, m.hlc)

    if resolves:
        result.apply.update(incoming)
        return result
    if append_only:
        for name, value in incoming.items():
            m = meta.get(name)
            if m is None or side.hlc > m.hlc:
                result.apply[name] = value
        return result
    if not meta:
        # Nothing stamped (a new record), so nothing changed since the base: what follows
        # would apply every edit as sent, and a delete or a restore that changes something.
        rest = dict(incoming)
        if DELETED in rest:
            deleted = rest.pop(DELETED)
            if (deleted is None) is (current.get(DELETED) is not None):
                result.apply[DELETED] = deleted
        result.apply.update(rest)
        return result

    edits = {k: v for k, v in incoming.items() if k != DELETED}
    is_delete = incoming.get(DELETED) is not None and current.get(DELETED) is None
    if is_delete:
        edited_here = [k for k in meta if k != DELETED and changed_since_base(k)]
        if edited_here:
            # Deleted there, edited here since: keep it visible until a person decides.
            latest = max(edited_here, key=lambda k: meta[k].hlc)
            m = meta[latest]
            result.conflicts.append(Conflict(
                DELETED, "delete", None, Side(None, m.author, m.device, m.hlc),
                Side(incoming[DELETED], side.author, side.device, side.hlc)))
        else:
            result.apply[DELETED] = incoming[DELETED]
    elif DELETED in incoming and incoming[DELETED] is None and current.get(DELETED) is not None:
        result.apply[DELETED] = None  # an explicit restore
    if edits and current.get(DELETED) is not None and DELETED not in incoming:
        if changed_since_base(DELETED):
            result.conflicts.append(Conflict(
                DELETED, "delete", None, current_side(DELETED),
                Side(None, side.author, side.device, side.hlc)))
            # Never a silent loss: the edited record comes back until someone decides.
            result.apply[DELETED] = None

    for name, value in edits.items():
        if not changed_since_base(name):
            result.apply[name] = value
            continue
        now = current.get(name)
        if now == value:
            continue
        if name in texts and isinstance(value, str) and isinstance(now, str):
            merged = merge_text(str(base_values.get(name) or ""), now, value)
            if merged is not None:
                if merged != now:
                    result.apply[name] = merged
                result.merged_text.add(name)
                continue
            kind = "text"
        else:
            kind = "field"
        conflict = Conflict(name, kind, base_values.get(name), current_side(name),
                            Side(value, side.author, side.device, side.hlc))
        result.conflicts.append(conflict)
        if conflict.winner is conflict.incoming:
            result.apply[name] = value
    return result


def pending_split(remote: Mapping[str, Any],
                  pending: Iterable[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split a pulled change into fields to apply now and fields held back.

    A field this laptop changed and has not pushed yet keeps the local value;
    the remote one goes to history and the server decides when the local
    change arrives. A local edit also holds back a remote delete.
    """
    held = set(pending)
    if held:
        held.add(DELETED)
    apply = {k: v for k, v in remote.items() if k not in held}
    kept = {k: v for k, v in remote.items() if k in held}
    return apply, kept


def hlc_order(items: Iterable[Any], key: str = "hlc") -> list[Any]:
    """Items (mappings or objects with ``hlc``) oldest first by hybrid logical clock."""
    def k(item: Any) -> str:
        return str(item[key] if isinstance(item, Mapping) else getattr(item, key))

    return sorted(items, key=k)
