"""Allocating on a store that never held the demo (services/allocation.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from keyworker_desktop.domain.ids import staff_id_for_account
from keyworker_desktop.services import allocation
from keyworker_desktop.services.records import record_header
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import Allocation, Staff
from keyworker_desktop.store.models.sync import SyncState

TODAY = date(2025, 3, 10)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam",
                      kdf=keys.TEST_KDF)
    yield st
    st.close()


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    with store.transaction() as s:
        yp = take_referral(s, Referral("Ava", "Reed"), TODAY).young_person
        sam = Staff(id=staff_id_for_account("sam"), name="Sam Okoro", account="sam")
        zoe = Staff(name="Zoe Adams")
        s.add_all([sam, zoe])
        s.flush()
        return {"yp": yp.id, "sam": sam.id, "zoe": zoe.id}


def test_me_comes_first_once_the_laptop_is_registered(store: Store,
                                                       ids: dict[str, str]) -> None:
    with store.transaction() as s:
        assert allocation.my_staff_id(s) is None
        assert [c.name for c in allocation.staff_choices(s)] == ["Sam Okoro", "Zoe Adams"]
        s.execute(insert(SyncState).values(key="account", value={"v": {"user": "sam"}}))
        assert allocation.my_staff_id(s) == ids["sam"]
        choices = allocation.staff_choices(s)
        assert [(c.name, c.is_me) for c in choices] == [("Sam Okoro", True),
                                                        ("Zoe Adams", False)]
        assert [st.id for st in allocation.find_staff(s, " SAM ")] == [ids["sam"]]
        assert [st.id for st in allocation.find_staff(s, "zoe  adams")] == [ids["zoe"]]


def test_a_change_ends_the_current_one_and_the_header_follows(store: Store,
                                                             ids: dict[str, str]) -> None:
    with store.transaction() as s:
        first, _ = allocation.allocate(s, ids["yp"], ids["sam"], role="keyworker",
                                       reason="first_allocation", starts_on=TODAY)
        assert record_header(s, ids["yp"], TODAY).keyworker == "Sam Okoro"
        allocation.allocate(s, ids["yp"], ids["zoe"], role="keyworker",
                            reason="no_positive_relationship", starts_on=TODAY,
                            line_manager_notified_on=TODAY, notes="Agreed with Jo")
        assert first.ends_on == TODAY
        assert record_header(s, ids["yp"], TODAY).keyworker == "Zoe Adams"
        [now] = allocation.current_allocations(s, ids["yp"])
        assert (now.staff_name, now.line_manager_notified_on) == ("Zoe Adams", TODAY)


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"reason": "because"}, "change_reason"),
    ({"reason": "step_down"}, "change_reason"),
    ({"role": "boss"}, "role"),
    ({"staff": "nobody"}, "staff_id"),
])
def test_bad_input_changes_nothing(store: Store, ids: dict[str, str],
                                   kwargs: dict[str, str], field: str) -> None:
    args = {"reason": "first_allocation", "role": "keyworker", "staff": ids["sam"], **kwargs}
    with pytest.raises(ValidationError) as err, store.transaction() as s:
        allocation.allocate(s, ids["yp"], args["staff"], role=args["role"],
                            reason=args["reason"], starts_on=TODAY)
    assert err.value.field == field
    with store.session() as s:
        assert s.scalars(select(Allocation)).all() == []


def test_first_allocation_is_not_a_reason_to_replace_someone(store: Store,
                                                             ids: dict[str, str]) -> None:
    with store.transaction() as s:
        allocation.allocate(s, ids["yp"], ids["sam"], role="keyworker",
                            reason="first_allocation", starts_on=TODAY)
    with pytest.raises(ValidationError, match="reason for the change"), \
            store.transaction() as s:
        allocation.allocate(s, ids["yp"], ids["zoe"], role="keyworker",
                            reason="first_allocation", starts_on=TODAY)
    with pytest.raises(ValidationError, match="already hold"), store.transaction() as s:
        allocation.allocate(s, ids["yp"], ids["sam"], role="keyworker",
                            reason="staff_left", starts_on=TODAY)


def test_ending_with_a_step_down_notes_why(store: Store, ids: dict[str, str]) -> None:
    with store.transaction() as s:
        made, _ = allocation.allocate(s, ids["yp"], ids["sam"], role="senior_keyworker",
                                      reason="first_allocation", starts_on=TODAY)
        ended = allocation.end_allocation(s, made.id, ends_on=TODAY, reason="step_down")
        assert ended.ends_on == TODAY and "Step down" in ended.notes
        assert allocation.current_allocations(s, ids["yp"]) == []
        with pytest.raises(ValidationError):
            allocation.end_allocation(s, made.id, ends_on=TODAY, reason="step_down")
