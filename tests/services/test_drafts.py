"""Profile drafts (services/drafts.py): kept in the store, dates and all, until dropped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from keyworker_desktop.services import drafts
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store


def test_a_draft_is_kept_read_back_and_dropped(tmp_path: Path) -> None:
    store = Store.create(tmp_path, "correct horse battery", user_name="Sam", kdf=keys.TEST_KDF)
    try:
        with store.transaction() as s:
            assert drafts.profile_draft(s, "yp-1") is None
            drafts.keep_profile_draft(s, "yp-1", {"what_matters": "My dog",
                                                  "date_of_birth": date(2011, 5, 1),
                                                  "uses_signs": True, "admission_date": None})
        with store.transaction() as s:
            assert drafts.profile_draft(s, "yp-1") == {
                "what_matters": "My dog", "date_of_birth": date(2011, 5, 1),
                "uses_signs": True, "admission_date": None}
            assert drafts.profile_draft(s, "yp-2") is None
            drafts.keep_profile_draft(s, "yp-1", {"what_matters": "My cat"})
        with store.transaction() as s:
            assert drafts.profile_draft(s, "yp-1") == {"what_matters": "My cat"}
            drafts.keep_profile_draft(s, "yp-1", {})
        with store.transaction() as s:
            assert drafts.profile_draft(s, "yp-1") is None
            drafts.keep_profile_draft(s, "yp-1", {"interests": "Trains"})
            drafts.drop_profile_draft(s, "yp-1")
            assert drafts.profile_draft(s, "yp-1") is None
    finally:
        store.close()


def test_the_open_note_mark_is_told_once_and_cleared_when_left(tmp_path: Path) -> None:
    store = Store.create(tmp_path, "correct horse battery", user_name="Sam", kdf=keys.TEST_KDF)
    try:
        with store.transaction() as s:
            assert drafts.take_open_note(s, "yp-1") is None
            drafts.mark_note_open(s, "yp-1", "note-a")
            drafts.mark_note_open(s, "yp-1", "note-b")
        with store.transaction() as s:
            assert drafts.take_open_note(s, "yp-2") is None
            assert drafts.take_open_note(s, "yp-1") == "note-b"
        with store.transaction() as s:
            assert drafts.take_open_note(s, "yp-1") is None
            drafts.mark_note_open(s, "yp-1", "note-c")
            drafts.clear_open_note(s, "yp-1")
        with store.transaction() as s:
            assert drafts.take_open_note(s, "yp-1") is None
    finally:
        store.close()
