"""Meetings and the actions keyworkers chase."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from keyworker_desktop.services import actions
from keyworker_desktop.services.recording import save_young_person
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
