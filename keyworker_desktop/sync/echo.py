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

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.store import bulk
from keyworker_desktop.store.models import ChangeLogEntry
from keyworker_desktop.store.models.sync import FieldHistory, SyncBase, SyncPin
from keyworker_desktop.sync import wire


@dataclass
class Skip:
    """Sequence numbers ``first``..``last`` are this laptop's own clean changes, already
    recorded here; ``records`` are the records they change."""

    first: int
    last: int
    records: set[str] = field(default_factory=set)


def clean_batch(payload: list[wire.PushChange], results: list[dict[str, Any]],
                device: str) -> list[tuple[wire.PushChange, int, int]] | None:
    """(change, seq, version) for each change of the batch, when the central store applied
    every one exactly as sent, under consecutive sequence numbers; else None. Only
    changes made on this laptop (``device``), as only those are echoes when pulled."""
    if not payload or len(results) != len(payload):
        return None
    out: list[tuple[wire.PushChange, int, int]] = []
    for change, r in zip(payload, results, strict=True):
        seq, version = r.get("seq"), r.get("version")
        if (r.get("change_id") != change.change_id or r.get("status") != "applied"
                or r.get("conflicts") or change.resolves or change.device != device
                or not isinstance(seq, int)
                or not isinstance(version, int)):
            return None
        if out and seq != out[-1][1] + 1:
            return None
        out.append((change, seq, version))
    return out


def record_echo(s: Session, applied: list[tuple[wire.PushChange, int, int]]) -> Skip:
    """Write, in the acknowledgement's transaction, what pulling these changes back would
    write; the sequence numbers the pull may then step over."""
    now = utcnow()
    records = {c.record_id for c, _seq, _v in applied}
    sent = {c.change_id for c, _seq, _v in applied}
    ids = list(records)
    bases: dict[str, int] = {}
    unpushed: list[tuple[str, str]] = []
    bases.update(s.execute(select(SyncBase.record_id, SyncBase.version)
                           .where(bulk.among(SyncBase.record_id, ids))).all())
    unpushed.extend(s.execute(
        select(ChangeLogEntry.change_id, ChangeLogEntry.record_id)
        .where(ChangeLogEntry.pushed_at.is_(None), bulk.among(ChangeLogEntry.record_id, ids)))
        .all())
    waiting = [(cid, rid) for cid, rid in unpushed if cid not in sent]
    if waiting:
        # As a pulled page does: a change not pushed yet keeps the version it was made on.
        pinned = set(s.scalars(select(SyncPin.change_id).where(
            bulk.among(SyncPin.change_id, [cid for cid, _rid in waiting]))))
        s.add_all(SyncPin(change_id=cid, base_version=bases.get(rid, 0))
                  for cid, rid in waiting if cid not in pinned)
    conn = s.connection()
    bulk.insert_rows(conn, FieldHistory.__table__, [  # type: ignore[arg-type]
        {"seq": seq, "change_id": c.change_id, "entity": c.entity, "record_id": c.record_id,
         "kind": "applied", "values": c.fields, "hlc": c.hlc, "author": c.author,
         "device": c.device, "at": now} for c, seq, _v in applied])
    latest: dict[str, tuple[str, int]] = {}
    for c, _seq, version in applied:
        latest[c.record_id] = (c.entity, max(version, latest.get(c.record_id, ("", 0))[1]))
    conn.exec_driver_sql(
        "INSERT INTO sync_base (record_id, entity, version) VALUES (?, ?, ?) "
        "ON CONFLICT (record_id) DO UPDATE SET version = max(version, excluded.version)",
        [(rid, entity, version) for rid, (entity, version) in latest.items()])
    return Skip(applied[0][1], applied[-1][1], records)


class Skips:
    """The sequence numbers a pull steps over, in order; dropped when they stop being safe."""

    def __init__(self) -> None:
        self.ranges: list[Skip] = []

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
