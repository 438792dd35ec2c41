"""The caseload rows, read from the store's summary, agree with the records themselves."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from keyworker_desktop.domain.rules import age_on
from keyworker_desktop.services import checklists, recording
from keyworker_desktop.services.caseload import CaseloadRow, caseload_rows, matches
from keyworker_desktop.services.demo import populate_demo
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import (
    Action,
    Allocation,
    ChecklistInstance,
    ChecklistItem,
    RagRating,
    SessionNote,
    Visit,
    YoungPerson,
)

# The summary keeps visits from the start of the real day of each write.
NOW = datetime.now().replace(second=0, microsecond=0)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.create(tmp_path / "s", "correct horse battery", kdf=keys.TEST_KDF)
    with s.transaction() as session:
        populate_demo(session, today=NOW.date())
    yield s
    s.close()


def expected(session, yp: YoungPerson, now: datetime) -> tuple:  # type: ignore[no-untyped-def]
    live = lambda rows: [r for r in rows if r.deleted_at is None]  # noqa: E731
    ratings = live(session.scalars(select(RagRating).where(RagRating.young_person_id == yp.id)))
    rag = max(ratings, key=lambda r: (r.rated_on, r.hlc)).rating if ratings else None
    allocs = live(session.scalars(select(Allocation).where(Allocation.young_person_id == yp.id)))
    keyworker = ", ".join(sorted({a.staff.name for a in allocs
                                  if a.ends_on is None and a.role != "family_keyworker"}))
    visits = live(session.scalars(select(Visit).where(Visit.young_person_id == yp.id)))
    upcoming = sorted(v.starts_at for v in visits if v.status == "planned" and v.starts_at >= now)
    notes = live(session.scalars(select(SessionNote).where(SessionNote.young_person_id == yp.id)))
    items = live(session.scalars(
        select(ChecklistItem).where(ChecklistItem.young_person_id == yp.id)))
    actions = live(session.scalars(select(Action).where(Action.young_person_id == yp.id)))
    overdue = sum(1 for i in items if i.done_at is None and i.due_at and i.due_at < now
                  and session.get(ChecklistInstance, i.checklist_id).deleted_at is None)
    overdue += sum(1 for a in actions if a.status in ("open", "chased") and a.due_on
                   and a.due_on < now.date())
    return (rag, keyworker, upcoming[0] if upcoming else None,
            max((n.session_on for n in notes), default=None), overdue)


def got(row: CaseloadRow) -> tuple:  # type: ignore[type-arg]
    return (row.rag, row.keyworker, row.next_visit, row.last_session, row.overdue)


def test_summary_matches_the_records(store: Store) -> None:
    with store.session() as s:
        rows = caseload_rows(s, NOW)
        assert len(rows) >= 12
        for row in rows:
            yp = s.get(YoungPerson, row.id)
            assert got(row) == expected(s, yp, NOW), row.name
            assert row.age == age_on(yp.date_of_birth, NOW.date()), row.name
            assert row.name == f"{yp.given_name} {yp.family_name}"
        assert [r.name.split()[-1] for r in rows] == sorted(r.name.split()[-1] for r in rows)


@pytest.mark.parametrize("born", [
    date(2010, 11, 22), date(2010, 11, 23), date(2010, 11, 21), date(2008, 2, 29),
    date(2008, 3, 1), date(2025, 12, 31), date(2001, 1, 1),
])
@pytest.mark.parametrize("today", [date(2026, 11, 22), date(2026, 2, 28), date(2028, 2, 29)])
def test_age_worked_out_by_sqlite_matches_the_rule(tmp_path: Path, born: date, today: date) -> None:
    store = Store.create(tmp_path / "a", "correct horse battery", kdf=keys.TEST_KDF)
    try:
        with store.transaction() as s:
            s.add(YoungPerson(given_name="Ada", family_name="Age", date_of_birth=born))
        with store.session() as s:
            (row,) = caseload_rows(s, datetime.combine(today, datetime.min.time()))
        assert row.age == age_on(born, today)
    finally:
        store.close()


def test_summary_follows_writes_in_the_same_transaction(store: Store) -> None:
    with store.session() as s:
        row = caseload_rows(s, NOW)[0]
    yp_id = row.id
    with store.transaction() as s:
        dsr_id = s.scalars(select(RagRating.dsr_entry_id).where(
            RagRating.young_person_id == yp_id)).first()
        s.add(RagRating(young_person_id=yp_id, dsr_entry_id=dsr_id, rating="blue",
                        rated_on=date(2026, 11, 23), rationale="admitted"))
        # Starting now: the next visit whatever the demo holds (one of its visits may start
        # this very minute, and would come before one five minutes on).
        recording.record_visit(s, yp_id, starts_at=NOW, status="planned",
                               place_type="school", place_name="Hill School")
        checklists.apply_template(s, yp_id, "admission", NOW - timedelta(days=30))
    with store.session() as s:
        after = next(r for r in caseload_rows(s, NOW) if r.id == yp_id)
        assert after.rag == "blue"
        assert after.next_visit == NOW
        assert after.overdue > row.overdue
        assert got(after) == expected(s, s.get(YoungPerson, yp_id), NOW)


def test_time_moves_overdue_and_next_visit_without_a_write(store: Store) -> None:
    with store.session() as s:
        yp_id = caseload_rows(s, NOW)[0].id
    with store.transaction() as s:
        recording.record_visit(s, yp_id, starts_at=NOW + timedelta(hours=1), status="planned")
    later = NOW + timedelta(hours=2)
    with store.session() as s:
        row = next(r for r in caseload_rows(s, later) if r.id == yp_id)
        assert row.next_visit != NOW + timedelta(hours=1)
        assert got(row) == expected(s, s.get(YoungPerson, yp_id), later)


def test_filter_words() -> None:
    row = CaseloadRow("1", "Sam Okafor", "Sammy", 12, "amber", "Alex Morgan", None, None, 0)
    assert matches(row, "sam alex")
    assert matches(row, "AMBER")
    assert not matches(row, "sam priya")
