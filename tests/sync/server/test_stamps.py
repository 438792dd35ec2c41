"""records.meta kept compact (sync/server/stamps.py) and migration 0004 converting it."""

from __future__ import annotations

from typing import Any

from alembic import command
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import insert, select

from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.sync.server import stamps
from keyworker_desktop.sync.server.db import alembic_config, make_engine, upgrade
from keyworker_desktop.sync.server.models import Conflict, Record

from ..conftest import Running
from .test_service import change, push, token

OLD = {"given_name": [1, "h1", "sam", "d1"], "family_name": [1, "h1", "sam", "d1"],
       "interests": [2, "h2", "morgan", "d2"]}


def test_a_stamp_is_stored_once_with_its_fields() -> None:
    meta = stamps.restamp(None, ["given_name", "family_name"], [1, "h1", "sam", "d1"])
    assert meta == [[1, "h1", "sam", "d1", "given_name", "family_name"]]
    meta = stamps.restamp(meta, ["family_name", "interests"], [2, "h2", "morgan", "d2"])
    assert meta == [[1, "h1", "sam", "d1", "given_name"],
                    [2, "h2", "morgan", "d2", "family_name", "interests"]]
    # A group whose fields were all stamped again goes.
    meta = stamps.restamp(meta, ["given_name"], [3, "h3", "sam", "d1"])
    assert meta == [[2, "h2", "morgan", "d2", "family_name", "interests"],
                    [3, "h3", "sam", "d1", "given_name"]]
    assert stamps.expand(meta) == {"family_name": [2, "h2", "morgan", "d2"],
                                   "interests": [2, "h2", "morgan", "d2"],
                                   "given_name": [3, "h3", "sam", "d1"]}


def test_the_per_field_form_is_still_read_and_restamped_compact() -> None:
    assert stamps.expand(OLD) == OLD
    assert stamps.expand(None) == {}
    assert stamps.compact(OLD) == [[1, "h1", "sam", "d1", "given_name", "family_name"],
                                   [2, "h2", "morgan", "d2", "interests"]]
    meta = stamps.restamp(OLD, ["interests"], [3, "h3", "sam", "d1"])
    assert meta == [[1, "h1", "sam", "d1", "given_name", "family_name"],
                    [3, "h3", "sam", "d1", "interests"]]


changes = st.lists(st.tuples(st.lists(st.sampled_from(["a", "b", "c"]), min_size=1),
                             st.integers(1, 6), st.sampled_from(["d1", "d2"])), max_size=6)


@given(changes, st.integers(0, 6), st.sampled_from(["d1", "d2"]), st.booleans())
def test_a_change_since_a_version_is_found_from_the_groups(
        made: list[tuple[list[str], int, str]], version: int, device: str,
        per_field: bool) -> None:
    meta: Any = None
    for names, stamped, by in made:
        meta = stamps.restamp(meta, names, [stamped, f"h{stamped}", "sam", by])
    if per_field:
        meta = stamps.expand(meta)
    assert stamps.changed_since(meta, version, device) == any(
        s[0] > version and s[3] != device for s in stamps.expand(meta).values())


def test_the_migration_converts_stored_records_in_place_and_back(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine, "0003")
        with engine.begin() as conn:
            conn.execute(insert(Record.__table__), [
                {"entity": "young_person", "id": f"yp{i:04d}", "young_person_id": f"yp{i:04d}",
                 "fields": {"given_name": "Jo"}, "meta": OLD, "version": 2, "hlc": "h2",
                 "deleted": False} for i in range(1205)])  # more than a page of them
        upgrade(engine)
        with engine.connect() as conn:
            metas = list(conn.scalars(select(Record.meta)))
        assert len(metas) == 1205
        assert all(m == stamps.compact(OLD) for m in metas)
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003")
        with engine.connect() as conn:
            assert all(m == OLD for m in conn.scalars(select(Record.meta)))
    finally:
        engine.dispose()


def test_a_field_set_when_its_record_was_made_still_counts_in_the_merge(
        server: Running) -> None:
    """The stamp a new record's fields get is read by the merge like any later one: a
    change made on a base before it, by another device, meets it, and a different value
    is a conflict, never a silent overwrite."""
    auth = token(server, "sam")
    yp = uuid7()
    made = change("young_person", yp, yp, {"given_name": "Jo", "family_name": "Pryce",
                                           "interests": "kites"})
    (first,) = push(server, auth, made)
    assert first["status"] == "applied"
    meta = server.central.run(lambda s: s.scalar(
        select(Record.meta).where(Record.entity == "young_person", Record.id == yp)))
    assert stamps.expand(meta)["interests"] == [1, made["hlc"], "sam", "test-device"]

    unseen = change("young_person", yp, yp, {"interests": "trains", "family_name": "Pryce"})
    unseen["device"] = "another-device"
    (second,) = push(server, auth, unseen)
    conflicts = server.central.run(lambda s: list(s.execute(
        select(Conflict.field, Conflict.kind).where(Conflict.record_id == yp))))
    assert second["status"] == "conflict", second
    assert [tuple(c) for c in conflicts] == [("interests", "text")]
