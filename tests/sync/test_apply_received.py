"""What the laptop does with values it receives (sync/apply.py): one it cannot hold never
stops a pull (issue 15 item 1), and a record keeps its author's times, not its arrival
time (issue 14 item 14)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Ending, YoungPerson
from keyworker_desktop.store.models.sync import FieldHistory
from keyworker_desktop.sync.conflicts import history
from keyworker_desktop.sync.server.models import Change, Record

from .conftest import Running
from .test_apply import apply, change
from .test_client import add_person, laptop

# 2026-01-05 10:00:00 UTC, when the record was written on its author's laptop.
AUTHORED_MS = 1767607200000


def test_a_value_the_laptop_cannot_hold_goes_to_history_and_the_page_applies(
        make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    yp, ending, other = uuid7(), uuid7(), uuid7()
    summary = apply(store, [
        change(1, "young_person", yp, {"given_name": "Ori", "family_name": "Vale"}, version=1),
        change(2, "ending", ending, {"young_person_id": yp, "reopened_on": "yesterday",
                                     "handover_to": {"a": 1}, "reason": "Moved away",
                                     "closed_on": "2026-12-05"},
               version=1, young_person_id=yp),
        change(3, "young_person", other, {"given_name": "Kit", "family_name": "Lowe"},
               version=1)])

    assert {(u.entity, u.field) for u in summary.unreadable} == {
        ("ending", "reopened_on"), ("ending", "handover_to")}
    assert all(u.record_id == ending and u.young_person_id == yp for u in summary.unreadable)
    with store.session() as s:
        got = s.get(Ending, ending)
        assert got is not None and got.reason == "Moved away"
        assert got.closed_on == date(2026, 12, 5) and got.reopened_on is None
        assert got.handover_to == ""
        assert s.get(YoungPerson, other) is not None
    kept = [h for h in history(store, ending) if h["kind"] == "unreadable"]
    assert kept and kept[0]["values"] == {"reopened_on": "yesterday", "handover_to": {"a": 1}}
    applied = next(h for h in history(store, ending) if h["kind"] == "applied")
    assert "reopened_on" not in applied["values"]


def test_a_bad_value_on_an_existing_record_leaves_the_rest_of_the_change(
        make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    yp = uuid7()
    apply(store, [change(1, "young_person", yp, {"given_name": "Ori", "family_name": "Vale"},
                         version=1)])
    summary = apply(store, [change(2, "young_person", yp, {
        "interests": "kites", "date_of_birth": "2012-02-30", "given_name": None}, version=2)])
    assert sorted(u.field for u in summary.unreadable) == ["date_of_birth", "given_name"]
    with store.session() as s:
        person = s.get(YoungPerson, yp)
        assert person is not None
        assert (person.interests, person.given_name) == ("kites", "Ori")


def test_a_raw_bad_value_stored_on_the_central_store_never_stops_a_pull(
        make_store: Callable[[str], Store], server: Running) -> None:
    """Replays what the central store held before it checked values: a change with
    reopened_on='yesterday' stored as it was pushed made every pull fail for good."""
    sam = laptop(make_store, server, "sam")
    yp = add_person(sam.store, "Jo")
    sam.sync()
    ending = uuid7()
    fields = {"young_person_id": yp, "reopened_on": "yesterday", "reason": "Moved away"}

    def plant(s: Session) -> None:
        s.add(Record(entity="ending", id=ending, young_person_id=yp, fields=fields, meta={},
                     version=1, hlc="001767607200000-000000-x"))
        s.add(Change(change_id=uuid7(), entity="ending", record_id=ending, young_person_id=yp,
                     op="insert", fields=fields, base_version=0, version=1,
                     hlc="001767607200000-000000-x", author="mallory", device="x", user_id=1,
                     status="applied"))

    server.central.run(plant)
    edit_later = laptop(make_store, server, "sam")  # a second laptop, first pull

    summary = edit_later.sync()

    assert [(u.entity, u.field) for u in summary.unreadable] == [("ending", "reopened_on")]
    with edit_later.store.session() as s:
        got = s.get(Ending, ending)
        assert got is not None and got.reason == "Moved away" and got.reopened_on is None
        assert s.scalar(select(FieldHistory.values).where(
            FieldHistory.record_id == ending, FieldHistory.kind == "unreadable")) == {
                "reopened_on": "yesterday"}
    # And the next sync goes on from there (nothing is stuck).
    again = edit_later.sync()
    assert again.pulled == 0 and not again.unreadable
    assert httpx.get(server.url + "/v1/status").status_code == 200


def test_a_received_record_keeps_its_authors_times(make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    yp = uuid7()
    made = change(1, "young_person", yp, {"given_name": "Ori", "family_name": "Vale"},
                  version=1, wall_ms=AUTHORED_MS - 1)
    apply(store, [made])
    with store.session() as s:
        person = s.get(YoungPerson, yp)
        assert person is not None
        assert person.created_at == person.updated_at == datetime(2026, 1, 5, 10, 0)
    # Changed a day later by its author: updated_at follows, created_at stays.
    apply(store, [change(2, "young_person", yp, {"interests": "kites"}, version=2,
                         wall_ms=AUTHORED_MS + 86_400_000 - 2)])
    with store.session() as s:
        person = s.get(YoungPerson, yp)
        assert person is not None
        assert person.created_at == datetime(2026, 1, 5, 10, 0)
        assert person.updated_at == datetime(2026, 1, 6, 10, 0)


def test_a_record_synced_between_laptops_keeps_the_authors_created_time(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    yp = add_person(sam.store, "Jo")
    with sam.store.session() as s:
        written = s.scalar(select(YoungPerson.created_at).where(YoungPerson.id == yp))
    assert written is not None
    sam.sync()
    time.sleep(1.2)  # arriving later than it was written
    morgan = laptop(make_store, server, "morgan")
    morgan.sync()
    with morgan.store.session() as s:
        got = s.get(YoungPerson, yp)
        assert got is not None
        # The stamp is taken with the write: the same moment, to within a few ms.
        assert abs((got.created_at - written).total_seconds()) < 0.5
        assert got.updated_at == got.created_at
