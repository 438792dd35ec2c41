"""This laptop's own pushes, recorded when the central store acknowledges them, so that
their echo need not be pulled back.

Every pushed change comes back in the pull (the log is one sequence for everyone). A
change the central store applied exactly as sent (status "applied": no merge, no
conflict, nothing it resolves) tells this laptop nothing it does not hold but its
sequence number and the record's version, which the push's answer carries. So the
acknowledgement writes what pulling the echo would have written (the field history
entry, the record's base version, the pins of changes not yet pushed) in the same
transaction that marks the changes pushed, and the pull then steps over the batch's
sequence numbers instead of fetching them.

It steps over them only while that is exactly what pulling them would do: the batch's
numbers must be consecutive (nobody else's change among them), and if any change the
pull brings from before the batch touches one of its records, the echo is pulled after
all (applying the older change first and the echo after it, as without this). Nothing
is kept across syncs: after a crash the echo is simply pulled, and applying it again
writes nothing twice (history is keyed by sequence number).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.store import bulk
from keyworker_desktop.store.models.sync import FieldHistory


def pulled_deletes(changes: list[dict[str, Any]], device: str) -> int:
    """The deletes a pulled page brings from other devices: what a mass delete is counted
    by (this laptop's own deletes coming back are not news here)."""
    return sum(1 for c in changes if c["fields"].get("deleted_at") and c["device"] != device)


@dataclass
class Skip:
    """Sequence numbers ``first``..``last`` are this laptop's own clean changes, already
    recorded here; ``records`` are the records they change."""

    first: int
    last: int
    records: set[str] = field(default_factory=set)


class Sent(Protocol):
    """What :func:`clean_batch` needs of a change sent (a row of
    :func:`.batching.read_batch`, or a :class:`.wire.PushChange`)."""

    @property
    def change_id(self) -> str: ...
    @property
    def device(self) -> str: ...
    @property
    def resolves(self) -> object:  # the conflicts it resolves: none when falsy
        ...


S = TypeVar("S", bound=Sent)


def clean_batch(payload: Sequence[S], results: list[dict[str, Any]],
                device: str) -> list[tuple[S, int, int]] | None:
    """(change, seq, version) for each change of the batch, when the central store applied
    every one exactly as sent, under consecutive sequence numbers; else None. Only
    changes made on this laptop (``device``), as only those are echoes when pulled."""
    if not payload or len(results) != len(payload):
        return None
    out: list[tuple[S, int, int]] = []
    expected: int | None = None
    for change, r in zip(payload, results, strict=True):
        seq, version = r.get("seq"), r.get("version")
        if (r.get("status") != "applied" or r.get("change_id") != change.change_id
                or r.get("conflicts") or change.resolves or change.device != device
                or type(seq) is not int or type(version) is not int
                or (expected is not None and seq != expected)):
            return None
        expected = seq + 1
        out.append((change, seq, version))
    return out


# A change made here and not pushed yet keeps the version it was made on, as a pulled
# page leaves it: pinned before the echo moves its record's base (a pin already made
# stays). By record, in the index of what is waiting (ix_change_log_unpushed_record): it
# reads only the waiting changes of the batch's records, not their whole history.
_PIN_WAITING = """
INSERT INTO sync_pin (change_id, base_version)
SELECT c.change_id, coalesce(b.version, 0)
FROM json_each(?) AS j CROSS JOIN change_log AS c
LEFT JOIN sync_base AS b ON b.record_id = c.record_id
WHERE c.record_id = j.value AND c.pushed_at IS NULL
  AND c.change_id NOT IN (SELECT value FROM json_each(?))
ON CONFLICT (change_id) DO NOTHING"""
# Anything not pushed yet (the batch itself is marked pushed by now): without, nothing to
# pin, as after a sync's last batch (the pushed_at index, one step).
_ANY_WAITING = "SELECT 1 FROM change_log WHERE pushed_at IS NULL LIMIT 1"
_HISTORY = (
    'INSERT INTO field_history (seq, change_id, entity, record_id, kind, "values", hlc, '
    "author, device, at) VALUES (?, ?, ?, ?, 'applied', ?, ?, ?, ?, ?)")
_HISTORY_AT = cast(Table, FieldHistory.__table__).c.at
_BASE = (
    "INSERT INTO sync_base (record_id, entity, version) VALUES (?, ?, ?) "
    "ON CONFLICT (record_id) DO UPDATE SET version = max(version, excluded.version)")


def record_echo(s: Session, applied: list[tuple[Any, int, int]]) -> Skip:
    """Write, in the acknowledgement's transaction, what pulling these changes back would
    write; the sequence numbers the pull may then step over. ``applied``: rows of
    :func:`.batching.read_batch` (their ``fields`` the stored JSON, kept as it is for the
    history) with the sequence number and version each was given."""
    conn = s.connection()
    latest: dict[str, tuple[str, int]] = {}
    for c, _seq, version in applied:
        held = latest.get(c.record_id)
        latest[c.record_id] = (c.entity, version if held is None else max(version, held[1]))
    if conn.exec_driver_sql(_ANY_WAITING).first() is not None:
        conn.exec_driver_sql(_PIN_WAITING, (json.dumps(list(latest)), json.dumps(
            [c.change_id for c, _s, _v in applied])))
    now = bulk.bind_value(conn, _HISTORY_AT, utcnow())
    conn.exec_driver_sql(_HISTORY, [
        (seq, c.change_id, c.entity, c.record_id, c.fields, c.hlc, c.author, c.device, now)
        for c, seq, _v in applied])
    conn.exec_driver_sql(_BASE, [(rid, entity, version)
                                 for rid, (entity, version) in latest.items()])
    return Skip(applied[0][1], applied[-1][1], set(latest))


class Skips:
    """The sequence numbers a pull steps over, in order; dropped when they stop being safe."""

    def __init__(self) -> None:
        self.ranges: list[Skip] = []
        # The log's newest sequence number and the scope digest the last push answered.
        self.head: tuple[int, str] | None = None

    def answered(self, answer: Any) -> Any:
        """Note a push's answer (before it is acknowledged); the answer. Anything but a
        whole answer (a refused push, one from a central store that does not say) forgets
        what an earlier one said."""
        cursor, scope = answer.get("cursor"), answer.get("scope")
        self.head = ((cursor, scope) if type(cursor) is int and isinstance(scope, str)
                     and scope else None)
        return answer

    def forget_head(self) -> None:
        self.head = None

    def caught_up(self, cursor: int, scope: Any) -> bool:
        """Is there nothing to pull from ``cursor`` (the pull having stepped over every
        range up to it)? Only when the last push answered that the log ended there, in
        the scope this laptop last pulled: whatever came after that answer is pulled next
        time, as it would be after a pull a moment earlier."""
        return self.head is not None and self.head == (cursor, scope)

    def add(self, skip: Skip) -> None:
        last = self.ranges[-1] if self.ranges else None
        if last is not None and skip.first == last.last + 1:
            last.last = skip.last
            last.records |= skip.records
        else:
            self.ranges.append(skip)

    def before(self, cursor: int) -> None:
        """Forget ranges the cursor has passed."""
        self.ranges = [r for r in self.ranges if r.last > cursor]

    def pulled(self, changes: list[dict[str, Any]]) -> None:
        """A page about to be applied: a range whose records one of its earlier changes
        touches is pulled after all (its echo must come after that change)."""
        if not self.ranges:
            return
        for c in changes:
            self.ranges = [r for r in self.ranges
                           if not (c["seq"] < r.first and c["record_id"] in r.records)]

    def jump(self, cursor: int) -> int | None:
        """Where the cursor may move without a request, when it stands just before (or
        inside) a range; else None."""
        for r in self.ranges:
            if r.first - 1 <= cursor < r.last:
                return r.last
        return None

    def limit(self, cursor: int, page_size: int) -> int:
        """How many changes to ask for from ``cursor``: not past the next range's start."""
        for r in self.ranges:
            if r.first > cursor + 1:
                return max(1, min(page_size, r.first - 1 - cursor))
        return page_size
