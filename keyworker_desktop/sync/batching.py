"""How the laptop cuts its pushes: by size, and without values over the central store's caps.

A push body must stay within :data:`.wire.MAX_PUSH_BODY`, and a change with a value over
its cap (:func:`.entities.oversized`) would only be refused: it is kept on the laptop and
reported instead of sent.
"""

from __future__ import annotations

from typing import Any

from keyworker_desktop.sync import wire
from keyworker_desktop.sync.entities import (
    MAX_BINARY_BYTES,
    MAX_JSON_BYTES,
    MAX_TEXT_CHARS,
    entities,
    oversized,
)
from keyworker_desktop.sync.outcome import RejectedChange

# A push body stays under this many bytes of fields (a first cut by the stored length,
# made exact by within_limits); a single larger change (an attached document,
# up to entities.MAX_BINARY_BYTES before base64) goes alone, within wire.MAX_PUSH_BODY.
PUSH_BYTES = wire.MAX_PUSH_BATCH_BYTES
# What a change costs besides its fields: ids, clock, author, device and JSON punctuation.
_CHANGE_OVERHEAD = 400
# Fields whose whole stored JSON is shorter than this hold no value over any cap (a value's
# characters, bytes or JSON never outnumber the characters of the JSON holding it).
_UNDER_EVERY_CAP = min(MAX_TEXT_CHARS, MAX_BINARY_BYTES, MAX_JSON_BYTES)


def within_push_bytes(rows: list[Any], budget: int) -> list[Any]:
    """The first of ``rows`` (each with a ``size``) whose sizes together stay within
    ``budget``; always at least one, so that a large change still goes, on its own."""
    total = 0
    for i, row in enumerate(rows):
        total += (row.size or 0) + _CHANGE_OVERHEAD
        if total > budget and i > 0:
            return rows[:i]
    return rows


def within_limits(batch: list[Any], payload: list[wire.PushChange],
                  held: list[RejectedChange]) -> tuple[list[Any], list[wire.PushChange]]:
    """The batch cut where it passes wire.MAX_PUSH_BATCH_BYTES (one change at least), and
    without changes the central store would refuse for size: those are kept here,
    reported in ``held``, and sent again next time (the user may shorten them)."""
    kept_rows: list[Any] = []
    kept: list[wire.PushChange] = []
    size = 0
    for row, change in zip(batch, payload, strict=True):
        big = (oversized(change.entity, change.fields)
               if change.entity in entities() and (row.size or 0) >= _UNDER_EVERY_CAP
               else {})
        length = wire.encoded_size(change)
        if not big and length > wire.MAX_PUSH_BODY - 1024:
            big = {k: wire.MAX_PUSH_BODY for k in change.fields}
        if big:
            names = tuple(sorted(big))
            held.append(RejectedChange(
                change.change_id, change.entity, change.record_id, change.young_person_id,
                "too_large", f"{change.entity}: over the central store's limit: "
                             f"{', '.join(names)}", names, min(big.values())))
            kept_rows.append(row)  # read past, not sent
            continue
        if kept and size + length > wire.MAX_PUSH_BATCH_BYTES:
            break
        size += length
        kept_rows.append(row)
        kept.append(change)
    return kept_rows, kept
