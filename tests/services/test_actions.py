"""Meetings and the actions keyworkers chase."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from keyworker_desktop.services import actions
from keyworker_desktop.services.recording import save_young_person
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import Action

TODAY = date(2025, 3, 10)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam Keyworker",
                      kdf=keys.TEST_KDF)
    yield st
    st.close()


@pytest.fixture
def yp_id(store: Store) -> str:
    with store.transaction() as s:
        yp, _ = save_young_person(s, None, TODAY, given_name="Ava", family_name="Reed")
        return yp.id


def test_action_from_a_meeting_is_chased_then_done(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        meeting = actions.save_meeting(s, yp_id, kind="cetr", held_at=datetime(2025, 3, 3, 10),
                                       title="C(E)TR on the ward")
        action = actions.save_action(s, yp_id, description="Send the discharge plan",
                                     owner_name="Dr Okafor", due_on=date(2025, 3, 7),
                                     meeting_id=meeting.id)
        action_id = action.id
    with store.session() as s:
        (row,) = actions.actions_for(s, yp_id)
        assert row.is_overdue(TODAY)
    with store.transaction() as s:
        actions.mark_action(s, action_id, "chased", TODAY)
    with store.session() as s:
        (row,) = actions.actions_for(s, yp_id)
        assert row.status == "chased" and row.last_chased_on == TODAY
    with store.transaction() as s:
        actions.mark_action(s, action_id, "done", TODAY)
    with store.session() as s:
        (row,) = actions.actions_for(s, yp_id)
        assert row.status == "done" and not row.is_overdue(TODAY)
        (m,) = actions.meetings_for(s, yp_id)
        assert m.kind == "cetr" and m.title == "C(E)TR on the ward"


def test_an_action_needs_what_and_who(store: Store, yp_id: str) -> None:
    with pytest.raises(ValidationError) as caught, store.transaction() as s:
        actions.save_action(s, yp_id, description="", owner_name="")
    assert caught.value.for_field("description") and caught.value.for_field("owner_name")


def test_meeting_kind_must_be_known(store: Store, yp_id: str) -> None:
    with pytest.raises(ValidationError) as caught, store.transaction() as s:
        actions.save_meeting(s, yp_id, kind="party", held_at=datetime(2025, 3, 3))
    assert caught.value.for_field("kind")


def test_done_keeps_the_day_and_reopening_or_cancelling_clears_it(store: Store,
                                                                   yp_id: str) -> None:
    with store.transaction() as s:
        action_id = actions.save_action(s, yp_id, description="Ring the ward",
                                        owner_name="Dr Okafor", today=TODAY).id
        assert s.get_one(Action, action_id).done_on is None
        actions.mark_action(s, action_id, "done", TODAY)
        assert s.get_one(Action, action_id).done_on == TODAY
        actions.mark_action(s, action_id, "done", date(2025, 3, 12))  # done already
        assert s.get_one(Action, action_id).done_on == TODAY
        actions.mark_action(s, action_id, "chased", TODAY)
        assert s.get_one(Action, action_id).done_on is None
        actions.save_action(s, yp_id, action_id, description="Ring the ward",
                            owner_name="Dr Okafor", status="done", today=date(2025, 3, 11))
        assert s.get_one(Action, action_id).done_on == date(2025, 3, 11)
        actions.mark_action(s, action_id, "cancelled", TODAY)
        assert s.get_one(Action, action_id).done_on is None


def test_an_action_done_before_the_day_was_kept_keeps_no_day(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        action_id = actions.save_action(s, yp_id, description="Ring the ward",
                                        owner_name="Dr Okafor", today=TODAY).id
        s.get_one(Action, action_id).status = "done"  # as migration 0009 found it
        actions.save_action(s, yp_id, action_id, description="Ring the ward again",
                            owner_name="Dr Okafor", status="done", today=TODAY)
        actions.mark_action(s, action_id, "done", TODAY)
        assert s.get_one(Action, action_id).done_on is None


def test_the_day_done_is_neither_future_nor_before_the_action(store: Store,
                                                              yp_id: str) -> None:
    with store.transaction() as s:
        action = actions.save_action(s, yp_id, description="Ring the ward",
                                     owner_name="Dr Okafor")
        action_id, recorded = action.id, action.created_at.date()
    for day, words in ((recorded + timedelta(days=1), "cannot be in the future"),
                       (recorded - timedelta(days=1), "before the action was recorded")):
        with pytest.raises(ValidationError) as caught, store.transaction() as s:
            actions.save_action(s, yp_id, action_id, description="Ring the ward",
                                owner_name="Dr Okafor", status="done", done_on=day,
                                today=recorded)
        assert words in caught.value.for_field("done_on")
        with store.session() as s:
            got = s.get_one(Action, action_id)
            assert (got.status, got.done_on) == ("open", None)
    with store.transaction() as s:
        actions.save_action(s, yp_id, action_id, description="Ring the ward",
                            owner_name="Dr Okafor", status="done", done_on=recorded,
                            today=recorded)
    with store.session() as s:
        assert s.get_one(Action, action_id).done_on == recorded
