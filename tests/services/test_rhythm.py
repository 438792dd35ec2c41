"""The week's rhythm (issue 12, section 7) and meetings that join up (section 6), on a
fixed clock: contacts move the network's last contact, weekly sessions, raised notes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from keyworker_desktop.services import actions, agenda, network_map, rhythm
from keyworker_desktop.services.network import save_professional_link
from keyworker_desktop.services.recording import (
    finalise_note,
    save_note_draft,
    save_young_person,
)
from keyworker_desktop.store import keys, settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import ContactLogEntry, NetworkLink, SyncState

TODAY = date(2025, 3, 10)
NOW = datetime(2025, 3, 10, 9, 30)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam Keyworker",
                      kdf=keys.TEST_KDF)
    yield st
    st.close()


def _young_person(store: Store, given: str) -> str:
    with store.transaction() as s:
        yp, _ = save_young_person(s, None, TODAY, given_name=given, family_name="Reed")
        return yp.id


@pytest.fixture
def yp_id(store: Store) -> str:
    return _young_person(store, "Ava")


def _professional(store: Store, yp_id: str, name: str, last_contact: date | None) -> str:
    with store.transaction() as s:
        link = save_professional_link(s, yp_id, None, TODAY, name=name, role="Social worker",
                                      agency="Children's services", sector="social_care",
                                      last_contact_on=last_contact)
        return link.professional_id


def _flags(store: Store, yp_id: str, today: date) -> dict[str, tuple[bool, bool]]:
    with store.session() as s:
        m = network_map.network_map_for(s, yp_id, today)
    return {n.name: (n.has_overdue_action,
                     n.last_contact is not None and today - n.last_contact >= m.stale_after)
            for n in m.nodes}


def test_a_logged_call_moves_the_last_contact_and_clears_no_contact(store: Store,
                                                                    yp_id: str) -> None:
    pro = _professional(store, yp_id, "Jo Patel", TODAY - timedelta(weeks=6))
    assert _flags(store, yp_id, TODAY)["Jo Patel"] == (False, True)
    with store.transaction() as s:
        rhythm.add_contact(s, yp_id, contact_at=NOW - timedelta(days=2), how="call",
                           direction="in", summary="Jo rang about the review",
                           professional_id=pro)
    assert _flags(store, yp_id, TODAY)["Jo Patel"] == (False, False)
    with store.session() as s:
        (row,) = rhythm.contact_log_for(s, yp_id)
        assert (row.with_name, row.how, row.direction) == ("Jo Patel", "call", "in")
        link = s.query(NetworkLink).one()
        assert link.last_contact_on == TODAY - timedelta(days=2)
    # An older contact logged later does not move the last contact back.
    with store.transaction() as s:
        rhythm.add_contact(s, yp_id, contact_at=NOW - timedelta(days=20), how="letter",
                           summary="Letter about the plan", professional_id=pro)
    with store.session() as s:
        assert s.query(NetworkLink).one().last_contact_on == TODAY - timedelta(days=2)


def test_a_contact_needs_who_how_and_what_and_changes_nothing_when_refused(
        store: Store, yp_id: str) -> None:
    with store.transaction() as s, pytest.raises(ValidationError) as refused:
        rhythm.add_contact(s, yp_id, contact_at=NOW, how="pigeon", summary="")
    fields = {p.field for p in refused.value.problems}
    assert {"how", "summary"} <= fields
    with store.session() as s:
        assert s.query(ContactLogEntry).count() == 0


def test_no_contact_weeks_comes_from_the_setting(store: Store, yp_id: str) -> None:
    _professional(store, yp_id, "Jo Patel", TODAY - timedelta(weeks=3))
    assert _flags(store, yp_id, TODAY)["Jo Patel"][1] is False  # default 4 weeks
    with store.transaction() as s:
        settings.put(s, settings.NO_CONTACT_WEEKS, 2)
    assert _flags(store, yp_id, TODAY)["Jo Patel"][1] is True


def test_an_action_owned_from_the_network_flags_the_map_when_overdue(store: Store,
                                                                   yp_id: str) -> None:
    pro = _professional(store, yp_id, "Jo Patel", TODAY)
    _professional(store, yp_id, "Dr Okafor", TODAY)
    with store.transaction() as s:
        actions.save_action(s, yp_id, description="Send the plan", owner_name="Jo Patel",
                            owner_professional_id=pro, due_on=TODAY + timedelta(days=3))
        # Typed rather than picked: the exact name of one professional in the network.
        actions.save_action(s, yp_id, description="Ring the ward", owner_name="dr okafor",
                            due_on=TODAY - timedelta(days=1))
    flags = _flags(store, yp_id, TODAY)
    assert flags["Jo Patel"][0] is False and flags["Dr Okafor"][0] is True
    assert _flags(store, yp_id, TODAY + timedelta(days=4))["Jo Patel"][0] is True


def test_weekly_sessions_due_after_seven_days(store: Store, yp_id: str) -> None:
    other = _young_person(store, "Ben")
    with store.transaction() as s:
        save_note_draft(s, yp_id, session_on=TODAY - timedelta(days=6),
                        purposes=["progress_chasing"])
        save_note_draft(s, other, session_on=TODAY - timedelta(days=7),
                        purposes=["progress_chasing"])
    with store.session() as s:
        due = rhythm.sessions_due(s, TODAY)
        assert [d.young_person_id for d in due] == [other]
        assert due[0].last_session_on == TODAY - timedelta(days=7)
        assert {d.young_person_id for d in rhythm.sessions_due(s, TODAY + timedelta(1))} == {
            yp_id, other}
    third = _young_person(store, "Cal")
    with store.session() as s:
        assert rhythm.sessions_due(s, TODAY)[0].young_person_id == third  # never seen first


def test_a_raised_note_is_listed_until_acknowledged_even_when_signed(store: Store,
                                                                     yp_id: str) -> None:
    with store.transaction() as s:
        note = save_note_draft(s, yp_id, session_on=TODAY, purposes=["progress_chasing"],
                               discussed="School", concerns="Not sleeping",
                               raise_with_manager=True)
        finalise_note(s, note.id)
        note_id = note.id
    with store.session() as s:
        (raised,) = rhythm.raised_notes(s)
        assert raised.note_id == note_id and raised.concerns == "Not sleeping"
        assert rhythm.account_role(s) == "" and not rhythm.rhythm_summary(s, NOW).manages
    with store.transaction() as s, pytest.raises(ValidationError):
        rhythm.acknowledge_raise(s, note_id)  # a keyworker's laptop: not theirs to clear
    with store.transaction() as s:
        s.add(SyncState(key="account", value={"v": {"user": "pat", "role": "manager"}}))
    with store.transaction() as s:
        rhythm.acknowledge_raise(s, note_id)
    with store.session() as s:
        assert rhythm.raised_notes(s) == []
    with store.transaction() as s, pytest.raises(ValidationError):
        rhythm.acknowledge_raise(s, note_id)


def test_meetings_on_the_calendar_tracker_as_one_and_follow_ups(store: Store,
                                                               yp_id: str) -> None:
    other = _young_person(store, "Ben")
    with store.transaction() as s:
        cetr = actions.save_meeting(s, yp_id, kind="cetr", held_at=NOW)
        follow = actions.save_meeting(s, yp_id, kind="professionals",
                                      held_at=NOW + timedelta(days=14),
                                      follow_up_of_id=cetr.id)
        parts = actions.save_tracker_meeting(
            s, {yp_id: "Ava: discharge in two weeks", other: "Ben: placement found"},
            held_at=NOW + timedelta(hours=3), title="Tracker")
        with pytest.raises(ValidationError):
            actions.save_meeting(s, other, kind="ctr", held_at=NOW, follow_up_of_id=cetr.id)
    assert len({p.group_id for p in parts}) == 1
    with store.session() as s:
        day = agenda.meetings_between(s, NOW.replace(hour=0), NOW.replace(hour=0)
                                      + timedelta(days=1))
        assert [m.kind for m in day] == ["cetr", "tracker"]
        assert sorted(day[1].young_people) == ["Ava Reed", "Ben Reed"]
        rows = {m.id: m for m in actions.meetings_for(s, yp_id)}
        assert rows[cetr.id].follow_ups == (follow.id,)
        assert rows[follow.id].follow_up_of_id == cetr.id
        (ben,) = actions.meetings_for(s, other)
        assert ben.notes == "Ben: placement found"


def test_a_visit_has_one_session_note_linked_to_it(store: Store, yp_id: str) -> None:
    from keyworker_desktop.services.recording import record_visit

    with store.transaction() as s:
        done = record_visit(s, yp_id, starts_at=NOW, place_type="home", status="done").id
        first = rhythm.note_for_visit(s, done)
        assert rhythm.note_for_visit(s, done) == first
        gone = record_visit(s, yp_id, starts_at=NOW + timedelta(days=1), place_type="home",
                            status="cancelled").id
        with pytest.raises(ValidationError):
            rhythm.note_for_visit(s, gone)
    with store.session() as s:
        assert rhythm.sessions_due(s, TODAY) == []  # the note counts as this week's session


def test_the_professionals_history_has_logged_contacts_and_meetings_attended(
        store: Store, yp_id: str) -> None:
    pro = _professional(store, yp_id, "Jo Patel", None)
    with store.transaction() as s:
        rhythm.add_contact(s, yp_id, contact_at=NOW - timedelta(days=1), how="email",
                           summary="Sent the plan\nand the minutes", professional_id=pro)
        actions.save_meeting(s, yp_id, kind="cetr", held_at=NOW - timedelta(days=3),
                             title="Ward review", attendee_ids=[pro])
    with store.session() as s:
        details = network_map.professional_details(s, yp_id, pro, TODAY)
    assert [(c.kind, c.text) for c in details.contacts] == [
        ("last_contact", "Last contact recorded"), ("contact", "Sent the plan"),
        ("meeting", "Ward review")]
