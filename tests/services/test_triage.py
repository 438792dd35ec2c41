"""Triage on a store that never held the demo: the status's moves, the queue, closing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest

from keyworker_desktop.services.caseload import caseload_rows
from keyworker_desktop.services.ending import close_involvement, reopen_involvement
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.services.today import today_summary
from keyworker_desktop.services.triage import move, triage_queue, triage_status
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError

TODAY = date(2025, 3, 10)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam Keyworker",
                      kdf=keys.TEST_KDF)
    yield st
    st.close()


def refer(store: Store, given: str, on: date | None, by: str = "School SENCo") -> str:
    with store.transaction() as s:
        return take_referral(s, Referral(given, "Reed", referred_by=by, referred_on=on,
                                         reason="Exclusions"), TODAY).young_person.id


def status(store: Store, yp_id: str) -> tuple[str, date | None, str, str]:
    with store.session() as s:
        got = triage_status(s, yp_id)
    assert got is not None
    return got.status, got.status_on, got.decided_by, got.decision_reason


def test_a_referral_starts_referred_on_its_date(store: Store) -> None:
    yp_id = refer(store, "Ava", date(2025, 2, 1))
    assert status(store, yp_id) == ("referred", date(2025, 2, 1), "", "")
    undated = refer(store, "Ben", None)
    assert status(store, undated)[:2] == ("referred", TODAY)


def test_waiting_then_accepted_defaults_who_decided_to_the_user(store: Store) -> None:
    yp_id = refer(store, "Ava", date(2025, 2, 1))
    with store.transaction() as s:
        move(s, yp_id, "waiting", on=date(2025, 2, 3), today=TODAY)
    assert status(store, yp_id) == ("waiting", date(2025, 2, 3), "", "")
    with store.transaction() as s:
        move(s, yp_id, "accepted", on=date(2025, 2, 10), today=TODAY)
    assert status(store, yp_id) == ("accepted", date(2025, 2, 10), "Sam Keyworker", "")


def test_declining_needs_a_reason_and_who_decided(store: Store) -> None:
    yp_id = refer(store, "Ava", date(2025, 2, 1))
    with store.transaction() as s, pytest.raises(ValidationError) as exc:
        move(s, yp_id, "declined", on=TODAY, today=TODAY, decided_by="  ", reason="")
    assert {p.field for p in exc.value.problems} == {"decided_by", "decision_reason"}
    assert status(store, yp_id)[0] == "referred"
    with store.transaction() as s:
        move(s, yp_id, "declined", on=TODAY, today=TODAY, decided_by="Morgan Senior",
             reason=" Needs met by CAMHS ")
    assert status(store, yp_id) == ("declined", TODAY, "Morgan Senior", "Needs met by CAMHS")


@pytest.mark.parametrize(("first", "then", "message"), [
    ("declined", "accepted", "was declined"),
    ("declined", "waiting", "was declined"),
    ("accepted", "declined", "accepted onto the register already"),
    ("accepted", "waiting", "accepted onto the register already"),
    ("waiting", "waiting", "waiting list already"),
    ("waiting", "closed", "not a triage decision"),
    ("waiting", "referred", "not a triage decision"),
])
def test_moves_the_status_does_not_allow_are_refused(store: Store, first: str, then: str,
                                                    message: str) -> None:
    yp_id = refer(store, "Ava", date(2025, 2, 1))
    with store.transaction() as s:
        move(s, yp_id, first, on=date(2025, 2, 2), today=TODAY, reason="Because")
    before = status(store, yp_id)
    with store.transaction() as s, pytest.raises(ValidationError, match=message):
        move(s, yp_id, then, on=TODAY, today=TODAY, reason="Because")
    assert status(store, yp_id) == before


@pytest.mark.parametrize(("on", "message"), [
    (date(2025, 3, 11), "in the future"), (date(2025, 1, 31), "before the referral"),
    (date(2025, 2, 4), "before the entry's last change")])
def test_bad_dates_are_refused(store: Store, on: date, message: str) -> None:
    yp_id = refer(store, "Ava", date(2025, 2, 1))
    with store.transaction() as s:
        move(s, yp_id, "waiting", on=date(2025, 2, 5), today=TODAY)
    with store.transaction() as s, pytest.raises(ValidationError, match=message):
        move(s, yp_id, "accepted", on=on, today=TODAY)


def test_closing_closes_the_entry_and_reopening_accepts_it_again(store: Store) -> None:
    yp_id = refer(store, "Ava", date(2025, 2, 1))
    with store.transaction() as s:
        move(s, yp_id, "accepted", on=date(2025, 2, 2), today=TODAY)
        close_involvement(s, yp_id, reason="Moved away", closed_on=date(2025, 3, 1),
                          today=TODAY)
    assert status(store, yp_id)[:2] == ("closed", date(2025, 3, 1))
    with store.transaction() as s, pytest.raises(ValidationError, match="closed; reopen"):
        move(s, yp_id, "declined", on=TODAY, today=TODAY, reason="x")
    with store.transaction() as s:
        reopen_involvement(s, yp_id, reason="Moved back", reopened_on=TODAY, today=TODAY)
    assert status(store, yp_id)[:2] == ("accepted", TODAY)


def test_the_queue_lists_referred_and_waiting_oldest_first(store: Store) -> None:
    newest = refer(store, "Cal", date(2025, 3, 8), by="GP")
    oldest = refer(store, "Ava", date(2025, 1, 10))
    middle = refer(store, "Ben", date(2025, 2, 1))
    accepted = refer(store, "Dee", date(2024, 12, 1))
    with store.transaction() as s:
        move(s, middle, "waiting", on=date(2025, 2, 2), today=TODAY)
        move(s, accepted, "accepted", on=date(2025, 1, 2), today=TODAY)
        queue = triage_queue(s, TODAY)
    assert [r.young_person_id for r in queue] == [oldest, middle, newest]
    assert [r.days_waiting for r in queue] == [59, 37, 2]
    assert [r.status for r in queue] == ["referred", "waiting", "referred"]
    assert (queue[2].name, queue[2].referred_by, queue[2].reason) == ("Cal Reed", "GP",
                                                                      "Exclusions")


def test_declined_leave_the_caseload_and_today_and_the_waiting_are_marked(
        store: Store) -> None:
    ids = {}
    for given in ("Ava", "Ben", "Cal", "Dee"):
        with store.transaction() as s:
            # A birthday next week: each of them would be on Today.
            ids[given] = take_referral(s, Referral(
                given, "Reed", date_of_birth=date(2012, 3, 14), referred_on=date(2025, 2, 1),
                referred_by="GP"), TODAY).young_person.id
    with store.transaction() as s:
        move(s, ids["Ava"], "declined", on=TODAY, today=TODAY, reason="Needs met by CAMHS")
        move(s, ids["Ben"], "waiting", on=TODAY, today=TODAY)
        move(s, ids["Cal"], "accepted", on=TODAY, today=TODAY)
    now = datetime.combine(TODAY, time(9))
    with store.session() as s:
        active = caseload_rows(s, now)
        everyone = caseload_rows(s, now, include_closed=True)
        coming = today_summary(s, now).dates_coming
    assert {r.name: r.status for r in active} == {"Ben Reed": "waiting", "Cal Reed": "",
                                                  "Dee Reed": "referred"}
    assert {r.name: r.status for r in everyone}["Ava Reed"] == "declined"
    assert sorted(d.young_person for d in coming) == ["Ben Reed", "Cal Reed", "Dee Reed"]
