"""Reading session notes with their addenda, and a young person's visits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from keyworker_desktop.services import notes, recording, visits
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store

TODAY = date(2025, 3, 10)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam Keyworker",
                      kdf=keys.TEST_KDF)
    yield st
    st.close()


def test_signed_note_reads_back_with_its_addenda(store: Store) -> None:
    with store.transaction() as s:
        yp, _ = recording.save_young_person(s, None, TODAY, given_name="Ava", family_name="Reed")
        yp_id = yp.id
        note = recording.save_note_draft(s, yp_id, session_on=TODAY,
                                         purposes=["progress_chasing"], discussed="School trip")
        recording.finalise_note(s, note.id)
        recording.add_addendum(s, note.id, "The trip is on Friday, not Thursday.")
        note_id = note.id
    with store.session() as s:
        (row,) = notes.notes_for(s, yp_id)
        detail = notes.note_detail(s, note_id)
    assert row.is_final and row.purposes == ("progress_chasing",) and row.addenda == ()
    assert detail.finalised_by == "Sam Keyworker"
    assert [(a.text, a.signed_by) for a in detail.addenda] == [
        ("The trip is on Friday, not Thursday.", "Sam Keyworker")]


def test_visits_newest_first(store: Store) -> None:
    with store.transaction() as s:
        yp, _ = recording.save_young_person(s, None, TODAY, given_name="Ava", family_name="Reed")
        yp_id = yp.id
        for day in (3, 5, 4):
            recording.record_visit(s, yp_id, starts_at=datetime(2025, 3, day, 10),
                                   place_name=f"Place {day}")
    with store.session() as s:
        assert [v.place_name for v in visits.visits_for(s, yp_id)] == [
            "Place 5", "Place 4", "Place 3"]
