"""What the laptop sends is the change log as stored: each change's fields passed through as
their JSON text, with the version it was made on and the conflicts it resolves
(sync/batching.py)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, text

from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import ChangeLogEntry
from keyworker_desktop.store.models.sync import LocalConflict, SyncBase, SyncPin
from keyworker_desktop.sync import wire
from keyworker_desktop.sync.batching import encode_change, push_body, read_batch

from .test_client import add_person, edit

EVERYTHING = 1 << 62


def sent(store: Store, sender: str | None) -> list[wire.PushChange]:
    """The changes of one push of everything unpushed, as the central store decodes them."""
    with store.session() as s:
        rows = read_batch(s, sender, 0, EVERYTHING, wire.MAX_BATCH)
    return wire.decode_push(push_body([encode_change(r) for r in rows])).changes


def test_a_push_carries_the_change_log_as_stored(make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    awkward = 'Says "hi"\\n and \u2014 \U0001f642 <b>&amp;</b>\nsecond line \u00e9'
    first = add_person(store, "Si\u00e2n", interests=awkward)
    second = add_person(store, "Jo")
    edit(store, first, what_matters="Music")
    with store.transaction() as s:
        entries = list(s.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.seq)))
        # The first record came down at version 3; the edit was made on version 2 (its
        # pin); the second person's change resolves two conflicts.
        s.add(SyncBase(record_id=first, entity="young_person", version=3))
        s.add(SyncPin(change_id=entries[2].change_id, base_version=2))
        for cid in ("c1", "c2"):
            s.add(LocalConflict(
                id=cid, entity="young_person", record_id=second, field="given_name",
                kind="field", current={}, incoming={}, status="resolving",
                resolution_change_id=entries[1].change_id))
    changes = sent(store, "sam.central")
    assert [c.change_id for c in changes] == [e.change_id for e in entries]
    assert [c.fields for c in changes] == [e.fields for e in entries]
    assert changes[0].fields["interests"] == awkward
    assert [c.base_version for c in changes] == [3, 0, 2]
    assert [sorted(c.resolves) for c in changes] == [[], ["c1", "c2"], []]
    assert {c.author for c in changes} == {"sam.central"}
    for c, e in zip(changes, entries, strict=True):
        assert (c.entity, c.record_id, c.young_person_id, c.op, c.hlc, c.device) == (
            e.entity, e.record_id, e.young_person_id, e.op, e.hlc, e.device)
    # Before the laptop knows its central account, the change log's own author goes.
    assert {c.author for c in sent(store, None)} == {e.author for e in entries}


def test_a_float_json_cannot_hold_is_sent_as_null(make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    record = uuid7()
    with store.transaction() as s:
        s.add(ChangeLogEntry(
            entity="network_link", record_id=record, op="update",
            fields={"map_x": float("nan"), "map_y": float("inf"), "how_they_help": "NaN"},
            base_version=1, version=2, hlc="000000000000001-000000-dev", author="sam",
            device=store.device_id))
    with store.session() as s:
        assert "NaN" in s.scalar(text("SELECT fields FROM change_log"))
    (change,) = sent(store, "sam")  # the central store would refuse the push's JSON
    assert change.fields == {"map_x": None, "map_y": None, "how_they_help": "NaN"}
