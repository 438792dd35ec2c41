"""The full-text index follows every write: create, update, tombstone; and a pulled page's
index rows, written at once as its transaction commits."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from keyworker_desktop.store import bulk, keys
from keyworker_desktop.store.changes import at_commit, tombstone
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Professional, SessionNote, YoungPerson
from tests.store.conftest import PASSPHRASE


def _search(store: Store, query: str) -> list[tuple[str, str, str]]:
    with store.session() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT kind, record_id, title FROM search_index WHERE search_index MATCH ? "
            "ORDER BY rank", (query,))
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_records_appear_update_and_disappear(store: Store) -> None:
    with store.transaction() as s:
        yp = YoungPerson(given_name="Xylophonia", family_name="Quernsbury", interests="trains")
        s.add(yp)
    assert _search(store, "Xylophonia") == [("young_person", yp.id, "Xylophonia Quernsbury")]
    assert _search(store, "trains") == [("young_person", yp.id, "Xylophonia Quernsbury")]

    with store.transaction() as s:
        row = s.get(YoungPerson, yp.id)
        assert row is not None
        row.interests = "kites"
        row.preferred_name = "Xyla"
    assert _search(store, "trains") == []
    assert _search(store, "kites") == [("young_person", yp.id, "Xylophonia Quernsbury (Xyla)")]

    with store.transaction() as s:
        row = s.get(YoungPerson, yp.id)
        assert row is not None
        tombstone(s, row)
    assert _search(store, "Xylophonia") == []
    assert _search(store, "kites") == []


def test_an_unsearchable_change_keeps_one_index_row(store: Store) -> None:
    with store.transaction() as s:
        yp = YoungPerson(given_name="Ada", family_name="Byron")
        s.add(yp)
    with store.transaction() as s:
        row = s.get(YoungPerson, yp.id)
        assert row is not None
        row.pronouns = "she/her"
    assert len(_search(store, "Ada")) == 1


def test_ranked_search_over_names_and_note_text(store: Store) -> None:
    with store.transaction() as s:
        yp = YoungPerson(given_name="Olwen", family_name="Pryce")
        s.add(yp)
        s.flush()
        busy = SessionNote(young_person_id=yp.id, session_on=date(2024, 5, 1),
                           discussed="swimming swimming swimming at the leisure centre")
        once = SessionNote(young_person_id=yp.id, session_on=date(2024, 5, 8),
                           discussed="talked about college; swimming later, then a long walk "
                                     "to the park and back with her brother and the dog")
        s.add_all([once, busy])
        s.add(Professional(name="Dr Swimming Pool", role="Physio"))

    hits = _search(store, "swimming")
    ranked = [h[1] for h in hits]
    assert busy.id in ranked and once.id in ranked
    assert ranked.index(busy.id) < ranked.index(once.id)  # more mentions rank first
    note_titles = [h[2] for h in hits if h[0] == "session_note"]
    assert note_titles == ["Session note 01/05/2024", "Session note 08/05/2024"]

    assert _search(store, "Pryce") == [("young_person", yp.id, "Olwen Pryce")]
    assert _search(store, "leis*") == [("session_note", busy.id, "Session note 01/05/2024")]
    with store.session() as s:
        young_person_ids = s.connection().exec_driver_sql(
            "SELECT DISTINCT young_person_id FROM search_index WHERE kind = 'session_note'").all()
    assert young_person_ids == [(yp.id,)]


def _index(store: Store) -> list[tuple[str, ...]]:
    with store.session() as s:
        return [tuple(r) for r in s.connection().exec_driver_sql(
            "SELECT d.record_id, i.kind, i.young_person_id, i.title, i.body FROM search_doc d "
            "JOIN search_index i ON i.rowid = d.id ORDER BY d.record_id")]


def test_the_index_rows_written_at_once_are_those_written_a_row_at_a_time(
        store: Store, tmp_path: Path) -> None:
    other = Store.create(tmp_path / "other", PASSPHRASE, user_name="sam", kdf=keys.TEST_KDF)
    first: list[bulk.IndexRow] = [
        ("young_person", "yp-1", "", "Ada Quill", "Ada\nQuill\ntrains"),
        ("session_note", "n-1", "yp-1", "Nodyn 😀", "went to the café with Ŵyn"),
        # Quotes, a backslash and a tab travel in the JSON as typed.
        ("professional", "p-1", "", "Wren Talbot, Nurse", 'Wren Talbot\nCAMHS "Tŷ" \\ 5\t')]
    # A record indexed before is replaced; the last row given for a record wins.
    second: list[bulk.IndexRow] = [
        ("young_person", "yp-1", "", "Ada Quill (Addy)", "kites"),
        ("young_person", "yp-2", "", "Bo Reed", "first"),
        ("young_person", "yp-2", "", "Bo Reed", "second")]
    try:
        for rows in (first, second):
            with store.transaction() as s:
                bulk.index_rows(s.connection(), rows)
            with other.transaction() as s:
                bulk.index_rows_at_once(s.connection(), rows)
        assert _index(other) == _index(store)
        assert [r[0] for r in _index(other)] == ["n-1", "p-1", "yp-1", "yp-2"]
        assert _search(other, "kites") == [("young_person", "yp-1", "Ada Quill (Addy)")]
        assert _search(other, "trains") == [] and _search(other, "cafe")  # diacritics folded
        assert _search(other, "wyn") == [("session_note", "n-1", "Nodyn 😀")]
        assert _search(other, "second") and not _search(other, "first")
    finally:
        other.close()


def test_work_left_for_the_commit_runs_on_the_committing_thread_or_not_at_all(
        store: Store) -> None:
    ran: list[str] = []
    with store.transaction() as s:
        at_commit(s, lambda: ran.append(threading.current_thread().name))
        assert ran == []  # not while the transaction goes on
        s.connection()
    assert ran == [threading.current_thread().name]

    class Refused(Exception):
        pass

    with pytest.raises(Refused), store.transaction() as s:
        at_commit(s, lambda: ran.append("rolled back"))
        raise Refused
    assert ran == [threading.current_thread().name]

    # A write after it in the transaction finds it done first: the write's own index row
    # (made as it flushes) is the one left.
    with store.transaction() as s:
        person = YoungPerson(given_name="Ottoline", family_name="Marsh")
        s.add(person)
        s.flush()
        conn = s.connection()
        at_commit(s, lambda: bulk.index_rows_at_once(conn, [
            ("young_person", person.id, "", "Ottoline Marsh", "Ottoline\nMarsh\nchess")]))
        person.interests = "kites"
        s.flush()  # before the commit
    assert _search(store, "kites") == [("young_person", person.id, "Ottoline Marsh")]
    assert _search(store, "chess") == []

    # Work that fails rolls its transaction back.
    def broken() -> None:
        s.connection().exec_driver_sql("INSERT INTO no_such_table VALUES (1)")

    with pytest.raises(OperationalError), store.transaction() as s:
        s.add(YoungPerson(given_name="Kept", family_name="Out"))
        at_commit(s, broken)
    with store.session() as s:
        assert s.query(YoungPerson).filter_by(given_name="Kept").count() == 0
