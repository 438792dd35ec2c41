"""Issue 12: a note raised with the manager reaches the senior's laptop and the
acknowledgement comes back; a tracker meeting's parts go only to each young person's
keyworker. On laptops that never held the demo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import select

from keyworker_desktop.services import actions, rhythm
from keyworker_desktop.services.recording import finalise_note, save_note_draft
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Meeting, SessionNote

from .conftest import Running
from .test_client import add_person, laptop


def _raised(store: Store) -> list[str]:
    with store.session() as s:
        return [r.note_id for r in rhythm.raised_notes(s)]


def test_a_raised_note_reaches_the_senior_and_the_acknowledgement_comes_back(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    jo = add_person(sam.store)
    with sam.store.transaction() as s:
        note = save_note_draft(s, jo, session_on=date(2025, 3, 10),
                               purposes=["progress_chasing"], discussed="School",
                               concerns="Not sleeping", raise_with_manager=True)
        finalise_note(s, note.id)
        note_id = note.id
    assert _raised(sam.store) == [note_id]
    sam.sync()
    morgan = laptop(make_store, server, "morgan")  # senior, Sam's team
    morgan.sync()
    assert _raised(morgan.store) == [note_id]
    with morgan.store.session() as s:
        assert rhythm.account_role(s) == "senior"
        assert rhythm.rhythm_summary(s, datetime(2025, 3, 10, 9)).manages
    with sam.store.session() as s:
        assert not rhythm.rhythm_summary(s, datetime(2025, 3, 10, 9)).manages
    with morgan.store.transaction() as s:
        rhythm.acknowledge_raise(s, note_id)
    assert _raised(morgan.store) == []
    up = morgan.sync()
    assert up.rejected == []
    sam.sync()
    assert _raised(sam.store) == []
    with sam.store.session() as s:
        back = s.get(SessionNote, note_id)
        assert back is not None and back.status == "final"
        assert back.raise_acknowledged_by and back.raise_acknowledged_at is not None


def test_a_tracker_meeting_part_goes_only_to_its_young_persons_keyworker(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam, alex = laptop(make_store, server, "sam"), laptop(make_store, server, "alex")
    jo, ben = add_person(sam.store), add_person(alex.store, given="Ben")
    sam.sync()
    alex.sync()
    morgan = laptop(make_store, server, "morgan")
    morgan.sync()  # the senior holds the team's young people: both
    with morgan.store.transaction() as s:
        parts = actions.save_tracker_meeting(
            s, {jo: "Jo: discharge planned", ben: "Ben: placement found"},
            held_at=datetime(2025, 3, 12, 10), title="Tracker meeting")
        group = parts[0].group_id
    assert morgan.sync().rejected == []
    sam.sync()
    alex.sync()
    for client, yp, notes in ((sam, jo, "Jo: discharge planned"),
                              (alex, ben, "Ben: placement found")):
        with client.store.session() as s:
            held = s.scalars(select(Meeting)).all()
            assert [(m.young_person_id, m.notes, m.group_id) for m in held] == [
                (yp, notes, group)]
