"""The team view's lists over the hand-counted caseload (tests/services/report_fixture.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.services.team import account_role, team_view
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import DsrEntry, RagRating, SessionNote, YoungPerson
from keyworker_desktop.store.models.sync import SyncState
from keyworker_desktop.sync.client import ACCOUNT_KEY
from tests.services import report_fixture as fx

NOW = datetime(2025, 4, 15, 9, 0)


def add_team_extras(s: Session, ids: dict[str, str]) -> None:
    """Gus (red, nobody allocated), a referral waiting, and two raised notes (one seen)."""
    gus = YoungPerson(given_name="Gus", family_name="Reed")
    s.add(gus)
    s.flush()
    entry = DsrEntry(young_person_id=gus.id, referred_on=date(2025, 3, 1), status="accepted",
                     triaged_on=date(2025, 3, 5), status_on=date(2025, 3, 5))
    s.add(entry)
    s.flush()
    s.add(RagRating(young_person_id=gus.id, dsr_entry_id=entry.id, rating="red",
                    rated_on=date(2025, 3, 5)))
    take_referral(s, Referral("Hal", "Reed", referred_by="GP", referred_on=date(2025, 4, 1),
                              reason="School refusal"), NOW.date())
    s.add(SessionNote(young_person_id=ids["Ava"], session_on=date(2025, 4, 10),
                      raise_with_manager=True, concerns="Placement   at risk",
                      status="final", finalised_by="Kim Keyworker"))
    s.add(SessionNote(young_person_id=ids["Dee"], session_on=date(2025, 4, 2),
                      raise_with_manager=True, raise_acknowledged_by="Mo Manager",
                      raise_acknowledged_at=datetime(2025, 4, 3, 10)))
    s.add(SyncState(key=ACCOUNT_KEY, value={"v": {"user": "mo", "role": "senior"}}))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    st = Store.create(tmp_path_factory.mktemp("team") / "s", "correct horse battery",
                      user_name="Mo Manager", kdf=keys.TEST_KDF)
    with st.transaction() as s:
        add_team_extras(s, fx.populate(s))
    yield st
    st.close()


def test_the_team_view_lists_what_a_senior_watches(store: Store) -> None:
    with store.session() as s:
        view = team_view(s, NOW)
    assert view.role == "senior"
    assert [(r.name, r.keyworker) for r in view.caseload] == [
        ("Ava Reed", "Kim Keyworker"), ("Ben Reed", "Kim Keyworker"),
        ("Dee Reed", "Lee Keyworker"), ("Eve Reed", "Lee Keyworker"), ("Gus Reed", "")]
    assert [r.name for r in view.waiting] == ["Hal Reed"]
    assert [(r.name, r.rag) for r in view.unallocated] == [("Gus Reed", "red")]
    assert [(r.name, r.written_by, r.concerns) for r in view.raised] == [
        ("Ava Reed", "Kim Keyworker", "Placement at risk")]
    assert [(a.due_on, a.days_overdue, a.meeting_kind) for a in view.overdue_actions] == [
        (date(2024, 12, 15), 121, "cetr"), (date(2025, 3, 1), 45, "cetr")]
    assert [(c.staff_name, c.families) for c in view.caseloads] == [
        ("Lee Keyworker", 2), ("Kim Keyworker", 1)]
    assert view.caseload_limit == 1


def test_an_unregistered_laptop_has_no_role(tmp_path: Path) -> None:
    st = Store.create(tmp_path / "s", "correct horse battery", kdf=keys.TEST_KDF)
    try:
        with st.session() as s:
            assert account_role(s) == ""
    finally:
        st.close()
