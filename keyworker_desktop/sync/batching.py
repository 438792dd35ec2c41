"""How the laptop reads and cuts its pushes (by size, and without values over the central
store's caps), and sorts their answers.

A batch is read from the change log in one query (with each change's pinned or base
version and the conflicts it resolves), and each change is encoded once, its fields
passed through as the change log's own JSON text (:class:`SentChange`): decoding and
encoding them again cost more than the rest of the push's work on the laptop.

A push body must stay within :data:`.wire.MAX_PUSH_BODY`, and a change with a value over
its cap (:func:`.entities.oversized`) would only be refused: it is kept on the laptop and
reported instead of sent.
"""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple, cast

import msgspec
from sqlalchemy import String, func, literal_column, select, type_coerce, update
from sqlalchemy.orm import Session, aliased

from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.store.models import ChangeLogEntry, synced_models
from keyworker_desktop.store.models.sync import LocalConflict, SyncBase, SyncPin
from keyworker_desktop.sync import wire
from keyworker_desktop.sync.entities import (
    MAX_BINARY_BYTES,
    MAX_JSON_BYTES,
    MAX_TEXT_CHARS,
    entities,
    oversized,
)
from keyworker_desktop.sync.outcome import RejectedChange, SyncSummary

# A push body stays under this many bytes of fields (a first cut by the stored length,
# made exact by within_limits); a single larger change (an attached document,
# up to entities.MAX_BINARY_BYTES before base64) goes alone, within wire.MAX_PUSH_BODY.
PUSH_BYTES = wire.MAX_PUSH_BATCH_BYTES
# Changes in a sync's first push: small, so the central store starts on it while the next
# is read; each push after it is twice the last, up to the client's batch size.
FIRST_BATCH = 250
# What a change costs besides its fields: ids, clock, author, device and JSON punctuation.
_CHANGE_OVERHEAD = 400
# Fields whose whole stored JSON is shorter than this hold no value over any cap (a value's
# characters, bytes or JSON never outnumber the characters of the JSON holding it).
_UNDER_EVERY_CAP = min(MAX_TEXT_CHARS, MAX_BINARY_BYTES, MAX_JSON_BYTES)


class Unpushed(NamedTuple):
    """A change to send, as :func:`read_batch` reads it."""

    seq: int
    change_id: str
    entity: str
    record_id: str
    young_person_id: str | None
    op: str
    fields: str  # the change log's JSON text
    hlc: str
    author: str  # as sent
    device: str
    size: int  # the length of ``fields``
    base_version: int
    resolves: str | None  # the ids of the conflicts it resolves, space-separated


class SentChange(wire.PushChange):
    """A :class:`.wire.PushChange` as the laptop encodes it: ``fields`` is the change log's
    stored JSON, sent as it is."""

    fields: msgspec.Raw  # type: ignore[assignment]


class SentBody(wire.PushBody):
    """A :class:`.wire.PushBody` of changes already encoded."""

    changes: list[msgspec.Raw]  # type: ignore[assignment]


_encoder = msgspec.json.Encoder()
# Where json.dumps puts a value (after a key, or in a list), not inside a string of base64.
_NOT_JSON = re.compile(r"[:,\[]\s*-?(?:NaN|Infinity)")
_pin = aliased(SyncPin)
_base = aliased(SyncBase)
_resolves = (select(func.group_concat(LocalConflict.id, " "))
             .where(LocalConflict.resolution_change_id == ChangeLogEntry.change_id)
             .scalar_subquery())


def read_batch(s: Session, sender: str | None, after: int, last: int,
               limit: int) -> list[Unpushed]:
    """The first ``limit`` unpushed changes after ``after`` (up to ``last``), in order, with
    the author sent (``sender``, the central account, when known) and the version each
    was made on (its pin, else the record's base)."""
    log = ChangeLogEntry
    # Plain tuples (reading a SQLAlchemy row's attributes costs more than making them),
    # from a Core statement (the ORM's handling of rows costs as much again).
    return [Unpushed._make(row) for row in s.connection().execute(
        select(log.seq, log.change_id, log.entity, log.record_id, log.young_person_id,
               log.op, type_coerce(log.fields, String).label("fields"), log.hlc,
               func.coalesce(sender or None, func.nullif(log.author, ""),
                             literal_column("'unknown'")).label("author"),
               log.device, func.length(log.fields).label("size"),
               func.coalesce(_pin.base_version, _base.version, 0).label("base_version"),
               _resolves.label("resolves"))
        .outerjoin(_pin, _pin.change_id == log.change_id)
        .outerjoin(_base, _base.record_id == log.record_id)
        .where(log.pushed_at.is_(None), log.seq > after, log.seq <= last)
        .order_by(log.seq).limit(limit))]


def encode_change(row: Unpushed) -> bytes:
    """One change of :func:`read_batch` as it goes on the wire."""
    text = row.fields
    # json.dumps writes a float JSON cannot hold as NaN or Infinity (the central store would
    # refuse the whole body): such fields go as msgspec writes them (null), as they did
    # when decoded and encoded again. A text merely holding those words goes that way too.
    odd = ("NaN" in text or "Infinity" in text) and _NOT_JSON.search(text)
    fields = msgspec.Raw(wire.encode(json.loads(text)) if odd else text)
    return _encoder.encode(SentChange(
        change_id=row.change_id, entity=row.entity, record_id=row.record_id,
        op=cast(wire.Op, row.op), fields=fields, base_version=row.base_version, hlc=row.hlc,
        author=row.author, device=row.device, young_person_id=row.young_person_id,
        resolves=row.resolves.split() if row.resolves else []))


def push_body(changes: list[bytes]) -> bytes:
    """The body of a push of these encoded changes."""
    return _encoder.encode(SentBody([msgspec.Raw(c) for c in changes]))


def within_push_bytes(rows: list[Any], budget: int) -> list[Any]:
    """The first of ``rows`` (each with a ``size``) whose sizes together stay within
    ``budget``; always at least one, so that a large change still goes, on its own."""
    total = 0
    for i, row in enumerate(rows):
        total += (row.size or 0) + _CHANGE_OVERHEAD
        if total > budget and i > 0:
            return rows[:i]
    return rows


def within_limits(batch: list[Unpushed], held: list[RejectedChange]
                  ) -> tuple[list[Unpushed], list[Unpushed], list[bytes]]:
    """The rows of ``batch`` (from :func:`read_batch`) read past, those sent and their
    encoded changes: cut where they pass wire.MAX_PUSH_BATCH_BYTES (one change at least),
    and without changes the central store would refuse for size: those are kept here,
    reported in ``held``, and sent again next time (the user may shorten them)."""
    kept_rows: list[Unpushed] = []
    sent: list[Unpushed] = []
    encoded: list[bytes] = []
    size = 0
    known = entities()
    for row in batch:
        change = encode_change(row)
        length = len(change)
        big: dict[str, int] = {}
        if (row.size or 0) >= _UNDER_EVERY_CAP or length > wire.MAX_PUSH_BODY - 1024:
            fields = json.loads(row.fields)
            big = oversized(row.entity, fields) if row.entity in known else {}
            if not big and length > wire.MAX_PUSH_BODY - 1024:
                big = {k: wire.MAX_PUSH_BODY for k in fields}
        if big:
            names = tuple(sorted(big))
            held.append(RejectedChange(
                row.change_id, row.entity, row.record_id, row.young_person_id,
                "too_large", f"{row.entity}: over the central store's limit: "
                             f"{', '.join(names)}", names, min(big.values())))
            kept_rows.append(row)  # read past, not sent
            continue
        if encoded and size + length > wire.MAX_PUSH_BATCH_BYTES:
            break
        size += length
        kept_rows.append(row)
        sent.append(row)
        encoded.append(change)
    return kept_rows, sent, encoded


def reissue(s: Session, change_ids: list[str]) -> None:
    """Give changes whose id another user's change already holds centrally a new id (and
    everything naming them here), so they are sent again rather than lost or re-sent
    under the same id for ever."""
    for old in change_ids:
        new = uuid7()
        s.execute(update(ChangeLogEntry).where(ChangeLogEntry.change_id == old)
                  .values(change_id=new))
        s.execute(update(SyncPin).where(SyncPin.change_id == old).values(change_id=new))
        s.execute(update(LocalConflict).where(LocalConflict.resolution_change_id == old)
                  .values(resolution_change_id=new))


def live_records(s: Session) -> int:
    """The synced records this laptop holds, less deleted ones (what a mass delete is
    weighed against)."""
    return sum(s.scalar(select(func.count()).select_from(model)
                        .where(model.deleted_at.is_(None))) or 0
               for model in synced_models().values())


def sort_answers(batch: list[Unpushed], results: list[dict[str, Any]],
                 summary: SyncSummary) -> tuple[list[Unpushed], list[str]]:
    """A push's answers: the changes the central store holds, and the ids of those whose
    id another user's change had taken; its rejections and counts go to ``summary``."""
    by_id = {e.change_id: e for e in batch}
    acked: list[Unpushed] = []
    taken: list[str] = []
    for r in results:
        entry = by_id.get(r.get("change_id", ""))
        if entry is None:
            continue
        if r["status"] == "rejected":
            err = r.get("error") or {}
            if err.get("code") == "change_id_taken":
                taken.append(entry.change_id)
                continue
            limit = err.get("limit")
            summary.rejected.append(RejectedChange(
                entry.change_id, entry.entity, entry.record_id, entry.young_person_id,
                str(err.get("code", "rejected")), str(err.get("message", "")),
                tuple(str(f) for f in err.get("fields") or ()),
                limit if isinstance(limit, int) else None))
            continue
        acked.append(entry)
        if r["status"] != "duplicate":
            summary.pushed += 1
            yp = entry.young_person_id or ""
            summary.up_by_young_person[yp] = summary.up_by_young_person.get(yp, 0) + 1
    return acked, taken
