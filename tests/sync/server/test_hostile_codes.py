"""Raw pushes from a hostile client with a valid token: codes outside the vocabularies,
lists of the wrong shape, ids naming no record. The central store refuses each change
(`invalid`, naming the field, never the value), stores nothing of it, and goes on with the
rest; a laptop pulling such values from an older central store does not stumble."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Consent, DsrReview, Meeting, YoungPerson
from keyworker_desktop.sync.server.models import Change, Record

from ..conftest import Running
from ..test_client import add_person, laptop
from .test_service import change, new_person, push, token

# A whole, valid record of each entity the hostile pushes use.
WELL_FORMED: dict[str, dict[str, Any]] = {
    "dsr_entry": {"status": "referred", "referred_on": "2026-01-05"},
    "consent": {"kind": "keyworker", "given_by": "young_person", "given_on": "2026-01-05"},
    "contact_log": {"contact_at": "2026-01-05T10:00:00", "how": "call",
                    "direction": "out", "summary": "Rang school"},
    "escalation": {"raised_on": "2026-01-05", "what_was_blocked": "Referral",
                   "escalated_to": "Head of service", "level": "manager"},
    "plan_copy": {"kind": "ehcp"},
    "meeting": {"kind": "cetr", "held_at": "2026-01-05T10:00:00", "attendee_ids": []},
    "session_note": {"session_on": "2026-01-05", "purposes": ["future_ideas"]},
    "action": {"description": "Send the EHCP", "owner_name": "School", "status": "done",
               "done_on": "2026-01-05"},
}


def record(yp: str, entity: str, **changed: Any) -> dict[str, Any]:
    return {**WELL_FORMED[entity], "young_person_id": yp, **changed}


HOSTILE: list[tuple[str, dict[str, Any]]] = [
    ("dsr_entry", {"status": "hacked"}),
    ("consent", {"kind": "bogus-kind"}),
    ("consent", {"given_by": "martian"}),
    ("consent", {"how_recorded": "carrier_pigeon"}),
    ("contact_log", {"how": "pigeon"}),
    ("contact_log", {"direction": "sideways"}),
    ("escalation", {"level": "god"}),
    ("plan_copy", {"kind": "tax_return"}),
    ("meeting", {"kind": "party"}),
    ("meeting", {"attendee_ids": {"a": "b"}}),
    ("meeting", {"attendee_ids": "0190-not-a-list"}),
    ("meeting", {"attendee_ids": [1, 2, 3]}),
    ("session_note", {"purposes": ["world_domination"]}),
    # Days of things already done, still to come (the laptops refuse them).
    ("action", {"done_on": "9999-12-31"}),
    ("escalation", {"raised_on": "2999-01-01"}),
    ("escalation", {"resolved_on": "2999-01-01"}),
]


def stored(server: Running, entity: str, record_id: str) -> bool:
    def count(s: Session) -> int:
        return int(s.scalar(select(func.count()).select_from(Record).where(
            Record.entity == entity, Record.id == record_id)) or 0) + int(s.scalar(
                select(func.count()).select_from(Change).where(
                    Change.entity == entity, Change.record_id == record_id)) or 0)
    return bool(server.central.run(count))


def test_codes_and_shapes_outside_the_vocabulary_are_refused_beside_good_changes(
        server: Running, make_store: Callable[[str], Store]) -> None:
    sam = token(server, "sam")
    jo = new_person(server, sam, "Jo")
    applied = 1
    for entity, bad in HOSTILE:
        hostile_id, good_id = uuid7(), uuid7()
        hostile = change(entity, hostile_id, jo, record(jo, entity, **bad))
        good = change(entity, good_id, jo, record(jo, entity))
        refused, fine = push(server, sam, hostile, good)  # the same request
        assert refused["status"] == "rejected", (entity, bad)
        assert refused["error"]["code"] == "invalid"
        assert refused["error"]["fields"] == sorted(bad)
        for value in bad.values():  # names only, never the value
            assert str(value) not in str(refused["error"])
        assert fine["status"] == "applied"
        assert not stored(server, entity, hostile_id) and stored(server, entity, good_id)
        (later,) = push(server, sam, change(entity, uuid7(), jo, record(jo, entity)))
        assert later["status"] == "applied"  # and the next request
        applied += 2
    # A hostile update of a stored record is refused too and leaves it as it was.
    (lang,) = push(server, sam, change("young_person", jo, jo, {"preferred_language": "klingon"},
                                       op="update", base_version=1))
    assert (lang["status"], lang["error"]["fields"]) == ("rejected", ["preferred_language"])
    (welsh,) = push(server, sam, change("young_person", jo, jo, {"preferred_language": "cy"},
                                        op="update", base_version=1))
    assert welsh["status"] == "applied"
    # Another laptop of Sam's pulls everything that was stored, with nothing unreadable.
    second = laptop(make_store, server, "sam")
    summary = second.sync()
    assert summary.pulled == applied + 1 and not summary.unreadable and not summary.rejected
    with second.store.session() as s:
        person = s.get(YoungPerson, jo)
        assert person is not None and person.preferred_language == "cy"


def test_an_id_must_name_a_record_the_central_store_holds_for_that_young_person(
        server: Running, make_store: Callable[[str], Store]) -> None:
    sam = token(server, "sam")
    jo = new_person(server, sam, "Jo")
    entry = uuid7()
    (made,) = push(server, sam, change("dsr_entry", entry, jo, record(jo, "dsr_entry")))
    assert made["status"] == "applied"

    def review(names: str, yp: str = jo) -> dict[str, Any]:
        return change("dsr_review", uuid7(), yp, {"young_person_id": yp,
                                                  "dsr_entry_id": names,
                                                  "reviewed_on": "2026-02-01"})

    nowhere = review(uuid7())
    fine = review(entry)
    refused, applied = push(server, sam, nowhere, fine)
    assert refused["status"] == "rejected" and refused["error"]["code"] == "invalid"
    assert refused["error"]["fields"] == ["dsr_entry_id"]
    assert applied["status"] == "applied"
    assert not stored(server, "dsr_review", nowhere["record_id"])

    # Another young person's entry (even one Sam may see) is not this review's.
    kit = new_person(server, sam, "Kit")
    (crossed,) = push(server, sam, review(entry, kit))
    assert crossed["status"] == "rejected" and crossed["error"]["fields"] == ["dsr_entry_id"]

    # A record made earlier in the same push counts; one refused in it does not.
    later_entry, bad_entry = uuid7(), uuid7()
    results = push(server, sam,
                   change("dsr_entry", later_entry, jo, record(jo, "dsr_entry")),
                   review(later_entry),
                   change("dsr_entry", bad_entry, jo, record(jo, "dsr_entry", status="hacked")),
                   review(bad_entry))
    assert [r["status"] for r in results] == ["applied", "applied", "rejected", "rejected"]
    assert results[3]["error"]["fields"] == ["dsr_entry_id"]

    # An id kept without a foreign key (declared refers_to) is checked the same way.
    (follow,) = push(server, sam, change("meeting", uuid7(), jo, record(
        jo, "meeting", follow_up_of_id=uuid7())))
    assert follow["status"] == "rejected" and follow["error"]["fields"] == ["follow_up_of_id"]
    # Shared records (staff, professionals) belong to no young person: any held one fits.
    pro = uuid7()
    push(server, sam, change("professional", pro, None, {"name": "Dr Lee"}))
    (owner,) = push(server, sam, change("contact_log", uuid7(), jo, record(
        jo, "contact_log", professional_id=pro)))
    assert owner["status"] == "applied"

    second = laptop(make_store, server, "sam")
    summary = second.sync()
    assert not summary.unreadable and not summary.rejected
    with second.store.session() as s:
        assert s.scalar(select(func.count()).select_from(DsrReview)) == 2


def plant(server: Running, entity: str, yp: str, fields: dict[str, Any]) -> str:
    """A record stored as an older central store took it, before it checked codes and ids."""
    rid = uuid7()
    stamp = "001767607200000-000000-x"

    def write(s: Session) -> None:
        s.add(Record(entity=entity, id=rid, young_person_id=yp, fields=fields, meta={},
                     version=1, hlc=stamp))
        s.add(Change(change_id=uuid7(), entity=entity, record_id=rid, young_person_id=yp,
                     op="insert", fields=fields, base_version=0, version=1, hlc=stamp,
                     author="mallory", device="x", user_id=1, status="applied"))

    server.central.run(write)
    return rid


def test_a_laptop_pulling_old_hostile_values_keeps_syncing(
        server: Running, make_store: Callable[[str], Store]) -> None:
    sam = laptop(make_store, server, "sam")
    jo = add_person(sam.store, "Jo")
    sam.sync()
    party = plant(server, "meeting", jo, record(jo, "meeting", kind="party"))
    shaped = plant(server, "meeting", jo, record(jo, "meeting", attendee_ids={"a": 1}))
    review = plant(server, "dsr_review", jo, {"young_person_id": jo, "dsr_entry_id": uuid7(),
                                              "reviewed_on": "2026-02-01"})
    martian = plant(server, "consent", jo, record(jo, "consent", given_by="martian"))

    summary = sam.sync()

    assert sorted((u.entity, u.field) for u in summary.unreadable) == [
        ("consent", "given_by"), ("dsr_review", "dsr_entry_id"), ("meeting", "attendee_ids"),
        ("meeting", "kind")]
    with sam.store.session() as s:
        # A required field that cannot be held leaves no half record; an optional one is
        # left at its default and the rest applies.
        assert s.get(Meeting, party) is None and s.get(DsrReview, review) is None
        kept = s.get(Meeting, shaped)
        assert kept is not None and kept.attendee_ids == [] and kept.kind == "cetr"
        consent = s.get(Consent, martian)
        assert consent is not None and consent.given_by == "young_person"
    again = sam.sync()
    assert again.pulled == 0 and not again.unreadable
