"""Closing and reopening involvement on a store without the demo; the caseload follows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from keyworker_desktop.services.caseload import caseload_rows
from keyworker_desktop.services.ending import close_involvement, closure, reopen_involvement
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.services.search import search
from keyworker_desktop.services.today import today_summary
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import Ending, YoungPerson

TODAY = date(2025, 3, 10)
NOW = datetime(2025, 3, 10, 9, 0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam Keyworker",
                      kdf=keys.TEST_KDF)
    yield st
    st.close()


@pytest.fixture
def yp_id(store: Store) -> str:
    with store.transaction() as s:
        return take_referral(s, Referral("Ava", "Reed", date_of_birth=date(2012, 3, 20),
                                         referred_on=date(2025, 1, 10)),
                             TODAY).young_person.id


def close(store: Store, yp_id: str, on: date = date(2025, 3, 1)) -> None:
    with store.transaction() as s:
        close_involvement(s, yp_id, reason="Moved out of area", outcome="Goals met",
                          closed_on=on, today=TODAY)


def caseload_ids(store: Store) -> list[str]:
    with store.session() as s:
        return [r.id for r in caseload_rows(s, NOW)]


def test_closing_records_an_ending_and_leaves_the_caseload(store: Store, yp_id: str) -> None:
    assert caseload_ids(store) == [yp_id]
    close(store, yp_id)
    assert caseload_ids(store) == []
    with store.session() as s:
        ending = s.scalars(select(Ending)).one()
        assert (ending.closed_on, ending.reason, ending.outcome) == (
            date(2025, 3, 1), "Moved out of area", "Goals met")
        assert closure(s, yp_id) == closure(s, yp_id) is not None
        assert closure(s, yp_id).reason == "Moved out of area"  # type: ignore[union-attr]
        assert [h.record_id for h in search(s, "Reed")] == [yp_id]


def test_closed_young_person_leaves_today(store: Store, yp_id: str) -> None:
    with store.session() as s:
        # Born 20 March: a birthday within the fortnight shows on Today while open.
        assert [d.young_person_id for d in today_summary(s, NOW).dates_coming] == [yp_id]
    close(store, yp_id)
    with store.session() as s:
        assert today_summary(s, NOW).dates_coming == []


def test_reopening_brings_them_back_and_keeps_the_history(store: Store, yp_id: str) -> None:
    close(store, yp_id)
    with store.transaction() as s:
        reopen_involvement(s, yp_id, reason="Returned home", reopened_on=date(2025, 3, 8),
                           today=TODAY)
    assert caseload_ids(store) == [yp_id]
    with store.session() as s:
        ending = s.scalars(select(Ending)).one()
        assert ending.deleted_at is None
        assert (ending.closed_on, ending.reopened_on, ending.reopen_reason) == (
            date(2025, 3, 1), date(2025, 3, 8), "Returned home")
        assert closure(s, yp_id) is None


def test_a_second_closure_is_a_second_ending(store: Store, yp_id: str) -> None:
    close(store, yp_id)
    with store.transaction() as s:
        reopen_involvement(s, yp_id, reason="Returned", reopened_on=date(2025, 3, 5),
                           today=TODAY)
    close(store, yp_id, on=date(2025, 3, 9))
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Ending)) == 2
        assert closure(s, yp_id).closed_on == date(2025, 3, 9)  # type: ignore[union-attr]


@pytest.mark.parametrize(("on", "reason", "field"), [
    (date(2025, 3, 11), "Moved", "closed_on"),   # in the future
    (date(2025, 1, 9), "Moved", "closed_on"),    # before the referral
    (date(2025, 3, 1), "  ", "reason"),          # no reason
])
def test_bad_closures_store_nothing(store: Store, yp_id: str, on: date, reason: str,
                                    field: str) -> None:
    with pytest.raises(ValidationError) as err, store.transaction() as s:
        close_involvement(s, yp_id, reason=reason, closed_on=on, today=TODAY)
    assert [p.field for p in err.value.problems] == [field]
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Ending)) == 0
        assert s.get(YoungPerson, yp_id).closed_on is None  # type: ignore[union-attr]
    assert caseload_ids(store) == [yp_id]


def test_closing_twice_and_reopening_an_open_one_are_refused(store: Store, yp_id: str) -> None:
    with pytest.raises(ValidationError), store.transaction() as s:
        reopen_involvement(s, yp_id, reason="x", reopened_on=TODAY, today=TODAY)
    close(store, yp_id)
    with pytest.raises(ValidationError), store.transaction() as s:
        close_involvement(s, yp_id, reason="again", closed_on=TODAY, today=TODAY)
    with pytest.raises(ValidationError), store.transaction() as s:
        reopen_involvement(s, yp_id, reason="x", reopened_on=date(2025, 2, 28), today=TODAY)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Ending)) == 1


def test_unknown_young_person(store: Store) -> None:
    with pytest.raises(KeyError), store.transaction() as s:
        close_involvement(s, "nobody", reason="x", closed_on=TODAY, today=TODAY)
