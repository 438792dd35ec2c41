"""Applying pulled pages (sync/apply.py): the bulk path, the echo shortcut, unknown fields."""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import select, text, update

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.domain.hlc import stamp_time
from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.services.search import search
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import ChangeLogEntry, Visit, YoungPerson
from keyworker_desktop.store.models.sync import SyncBase
from keyworker_desktop.sync.apply import apply_page
from keyworker_desktop.sync.conflicts import history
from keyworker_desktop.sync.outcome import SyncSummary
from keyworker_desktop.sync.prepare import authored

OTHER = "0190c0de-0000-7000-8000-0000000000b0"


def change(seq: int, entity: str, record_id: str, fields: dict[str, Any], *, version: int,
           device: str = OTHER, change_id: str | None = None,
           young_person_id: str | None = None, wall_ms: int = 1700000000000) -> dict[str, Any]:
    return {"seq": seq, "change_id": change_id or uuid7(), "entity": entity,
            "record_id": record_id, "young_person_id": young_person_id, "op": "insert",
            "fields": fields, "version": version, "hlc": f"{wall_ms + seq:015d}-000000-x",
            "author": "Alex", "device": device, "conflicts": [], "resolved": []}


def apply(store: Store, changes: list[dict[str, Any]]) -> SyncSummary:
    summary = SyncSummary()
    with store.transaction() as s:
        apply_page(s, changes, device=store.device_id, clock=store.clock, summary=summary)
    return summary


def test_new_records_arrive_searchable_with_their_summary_and_bases(
        make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    yp = uuid7()
    visit = uuid7()
    summary = apply(store, [
        change(1, "young_person", yp, {"given_name": "Quilla", "family_name": "Marsh",
                                       "date_of_birth": "2012-03-04"}, version=1),
        # The same record changed again later in the page: one row, the later value.
        change(2, "young_person", yp, {"interests": "kites"}, version=2),
        change(3, "visit", visit, {"young_person_id": yp, "starts_at": "2030-01-02T10:00:00",
                                   "place_name": "Harbour school"}, version=1,
               young_person_id=yp)])
    assert summary.pulled == 3
    with store.session() as s:
        person = s.get(YoungPerson, yp)
        assert person is not None and person.interests == "kites"
        assert person.date_of_birth == date(2012, 3, 4) and person.version == 0
        assert s.get(Visit, visit) is not None
        assert {h.title for h in search(s, "Quilla")} == {"Quilla Marsh"}
        assert search(s, "Harbour")
        assert s.scalar(text("SELECT upcoming_visits FROM caseload_summary "
                             "WHERE young_person_id = :y"), {"y": yp}).startswith("2030-01-02")
        assert s.get(SyncBase, yp).version == 2  # type: ignore[union-attr]


def test_a_field_from_a_newer_app_is_kept_in_history_only(
        make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    yp = uuid7()
    apply(store, [change(1, "young_person", yp, {"given_name": "Ori", "family_name": "Vale",
                                                 "favourite_colour": "teal"}, version=1)])
    with store.session() as s:
        assert s.get(YoungPerson, yp).given_name == "Ori"  # type: ignore[union-attr]
    assert history(store, yp)[0]["values"]["favourite_colour"] == "teal"


def test_an_echo_the_record_still_holds_changes_nothing_and_one_it_does_not_is_applied(
        make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    with store.transaction() as s:
        person = YoungPerson(given_name="Rue", family_name="Hart", interests="a")
        s.add(person)
        s.flush()
        yp = person.id
    with store.transaction() as s:
        s.get(YoungPerson, yp).interests = "c"  # type: ignore[union-attr]
    with store.transaction() as s:
        first, second = s.scalars(select(ChangeLogEntry.change_id)
                                  .where(ChangeLogEntry.record_id == yp)
                                  .order_by(ChangeLogEntry.seq)).all()
        # Both pushed and acknowledged: what comes back now is their echo.
        s.execute(update(ChangeLogEntry).values(pushed_at=utcnow()))
    mine = store.device_id
    # The insert ("a") comes back after the record moved on to "c": applying it rewrites
    # the field, and the next echo ("c") puts it right, as applying in order must.
    apply(store, [change(1, "young_person", yp, {"given_name": "Rue", "family_name": "Hart",
                                                 "interests": "a"}, version=1, device=mine,
                         change_id=first)])
    with store.session() as s:
        assert s.get(YoungPerson, yp).interests == "a"  # type: ignore[union-attr]
    apply(store, [change(2, "young_person", yp, {"interests": "c"}, version=2, device=mine,
                         change_id=second)])
    with store.session() as s:
        assert s.get(YoungPerson, yp).interests == "c"  # type: ignore[union-attr]
    # The same echo again (a log read again), now the record holds it: nothing is written
    # to the record (the field-by-field path would take the later clock and its author).
    apply(store, [change(3, "young_person", yp, {"interests": "c"}, version=2, device=mine,
                         change_id=second, wall_ms=4_000_000_000_000)])
    with store.session() as s:
        assert s.get(YoungPerson, yp).updated_by == "sam"  # type: ignore[union-attr]
    # A colleague's change with that later clock does go through that path.
    apply(store, [change(4, "young_person", yp, {"interests": "c"}, version=3,
                         wall_ms=4_000_000_000_000)])
    with store.session() as s:
        assert s.get(YoungPerson, yp).updated_by == "Alex"  # type: ignore[union-attr]
        assert s.get(SyncBase, yp).version == 3  # type: ignore[union-attr]


def test_the_cycle_collector_is_as_it_was_after_a_page_even_one_that_fails(
        make_store: Callable[[str], Store]) -> None:
    """A page is applied without cyclic garbage collection, which comes back on after it,
    whatever happens (and stays off for a caller that had turned it off)."""
    store = make_store("sam")
    assert gc.isenabled()
    apply(store, [change(1, "young_person", uuid7(), {"given_name": "Ada",
                                                      "family_name": "Moss"}, version=1)])
    assert gc.isenabled()
    broken = change(2, "young_person", uuid7(), {"given_name": "Ida"}, version=1)
    del broken["seq"]
    with pytest.raises(KeyError):
        apply(store, [broken])
    assert gc.isenabled()
    gc.disable()
    try:
        apply(store, [change(3, "young_person", uuid7(), {"given_name": "Bo",
                                                          "family_name": "Moss"}, version=1)])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_record_is_dated_by_its_authors_stamp_as_stamp_time_reads_it() -> None:
    """The quick reading of a stamp's time gives stamp_time's datetime, bounded by now."""
    now = datetime(9999, 1, 1)
    walls = [1, 999, 1_700_000_000_123, 2**33 * 1000 - 1, 2**33 * 1000, 10**15 - 1]
    stamps = [f"{ms:015d}-000001-dev" for ms in walls] + [
        "", "x", "1700000000000", "+00000000000012-000000-x", "000000000000000-000000-x"]
    for hlc in stamps:
        at = stamp_time(hlc)
        assert authored({"hlc": hlc}, now) == (now if at is None else min(at, now)), hlc
    assert authored({"hlc": "001700000000123-000000-x"}, datetime(2000, 1, 1)) == datetime(
        2000, 1, 1)
    # Remembered by the stamp's milliseconds (as a pulled page's prepass does), the same.
    known: dict[str, datetime] = {}
    for hlc in stamps + [s.replace("-000001-", "-000002-") for s in stamps]:
        at = stamp_time(hlc)
        assert authored({"hlc": hlc}, now, known) == (
            now if at is None else min(at, now)), hlc
    assert known


def test_shared_and_held_records_are_indexed_replaced_and_dropped(
        make_store: Callable[[str], Store]) -> None:
    """A shared record (a professional) arrives searchable; a held record changed by a
    page is indexed again with its new words only; a deleted one leaves."""
    store = make_store("sam")
    pro, yp = uuid7(), uuid7()
    apply(store, [change(1, "professional", pro, {"name": "Wren Talbot", "role": "Nurse",
                                                  "agency": "CAMHS"}, version=1),
                  change(2, "young_person", yp, {"given_name": "Oona",
                                                 "family_name": "Brack"}, version=1)])
    apply(store, [change(3, "young_person", yp, {"given_name": "Ottilie"}, version=2),
                  change(4, "professional", pro, {"agency": "Barnardos"}, version=2)])

    def rows(record_id: str) -> list[Any]:
        with store.session() as s:
            return list(s.execute(text("SELECT title, body FROM search_index "
                                       "WHERE record_id = :r"), {"r": record_id}))

    with store.session() as s:
        assert {h.title for h in search(s, "Wren")} == {"Wren Talbot, Nurse"}
        assert search(s, "Barnardos") and not search(s, "CAMHS")
        assert {h.title for h in search(s, "Ottilie")} == {"Ottilie Brack"}
        assert not search(s, "Oona")
    assert len(rows(pro)) == 1 and len(rows(yp)) == 1
    apply(store, [change(5, "professional", pro, {"deleted_at": "2030-01-01T00:00:00"},
                         version=3)])
    assert rows(pro) == []
    with store.session() as s:
        assert not search(s, "Wren")


def test_pages_applied_in_one_transaction_leave_the_index_and_summaries_of_the_last(
        make_store: Callable[[str], Store]) -> None:
    """A page's index rows and summaries wait for the commit; a later page in the same
    transaction finds them written first, so its own changes win."""
    store = make_store("sam")
    yp, gone = uuid7(), uuid7()
    summary = SyncSummary()
    with store.transaction() as s:
        apply_page(s, [
            change(1, "young_person", yp, {"given_name": "Ottoline", "family_name": "Marsh"},
                   version=1),
            change(2, "young_person", gone, {"given_name": "Zebedee", "family_name": "Marsh"},
                   version=1)], device=store.device_id, clock=store.clock, summary=summary)
        apply_page(s, [
            change(3, "young_person", yp, {"given_name": "Quillan"}, version=2),
            change(4, "young_person", gone, {"deleted_at": "2030-01-01T00:00:00"},
                   version=2)], device=store.device_id, clock=store.clock, summary=summary)
    with store.session() as s:
        assert [h.title for h in search(s, "Quillan")] == ["Quillan Marsh"]
        assert not search(s, "Ottoline") and not search(s, "Zebedee")
        assert sorted(s.execute(text("SELECT given_name, is_open FROM caseload_summary"))
                      .all()) == [("Quillan", 1), ("Zebedee", 0)]
