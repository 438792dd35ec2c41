"""Escalation and challenge: raised (from an overdue action or on its own), closed with an
outcome, open ones listed for Today and on the chronology."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from keyworker_desktop.services import actions, escalations
from keyworker_desktop.services.chronology import chronology
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from tests.services.practice_support import TODAY, add_young_person, fresh_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    yield from fresh_store(tmp_path)


@pytest.fixture
def yp_id(store: Store) -> str:
    return add_young_person(store)


def test_raised_from_an_overdue_action_then_closed(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        action = actions.save_action(s, yp_id, description="Send the discharge plan",
                                     owner_name="Ward manager", due_on=date(2025, 3, 1))
        esc = escalations.raise_escalation(
            s, yp_id, what_was_blocked="Discharge plan not sent", escalated_to="Dr Okafor",
            level="senior_manager", raised_on=TODAY, today=TODAY, action_id=action.id)
        esc_id = esc.id
    with store.session() as s:
        (row,) = escalations.escalations_for(s, yp_id)
        assert row.is_open and row.raised_from == "action" and row.action_id == action.id
        (listed,) = escalations.open_escalations(s)
        assert listed.young_person == "Ava Reed"
        assert "Dr Okafor (Senior manager)" in listed.text
    with store.transaction() as s, pytest.raises(ValidationError) as err:
        escalations.close_escalation(s, esc_id, outcome="  ", resolved_on=TODAY, today=TODAY)
    assert err.value.for_field("outcome") == "The outcome is needed."
    with store.session() as s:
        assert escalations.escalations_for(s, yp_id)[0].is_open
    with store.transaction() as s:
        escalations.close_escalation(s, esc_id, outcome="Plan sent the next day",
                                     resolved_on=TODAY, today=TODAY)
    with store.session() as s:
        (row,) = escalations.escalations_for(s, yp_id)
        assert row.resolved_on == TODAY and row.outcome == "Plan sent the next day"
        assert escalations.open_escalations(s) == []
        titles = [e.title for e in chronology(s, yp_id)]
    assert "Escalated to Dr Okafor" in titles
    assert "Escalation closed" in titles


def test_a_bad_level_or_missing_fields_store_nothing(store: Store, yp_id: str) -> None:
    with store.transaction() as s, pytest.raises(ValidationError) as err:
        escalations.raise_escalation(s, yp_id, what_was_blocked="", escalated_to="",
                                     level="king", raised_on=date(2025, 3, 11), today=TODAY)
    assert {p.field for p in err.value.problems} == {
        "what_was_blocked", "escalated_to", "level", "raised_on"}
    with store.session() as s:
        assert escalations.escalations_for(s, yp_id) == []


def test_closing_before_it_was_raised_is_refused(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        esc_id = escalations.raise_escalation(
            s, yp_id, what_was_blocked="No bed", escalated_to="Commissioner",
            level="commissioner", raised_on=TODAY, today=TODAY, raised_from="referral").id
    with store.transaction() as s, pytest.raises(ValidationError):
        escalations.close_escalation(s, esc_id, outcome="Bed found",
                                     resolved_on=date(2025, 3, 9), today=TODAY)
    assert datetime  # the module's clock is the fixed TODAY throughout
