"""The full-text index follows every write: create, update, tombstone."""

from __future__ import annotations

from datetime import date

from keyworker_desktop.store.changes import tombstone
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Professional, SessionNote, YoungPerson


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
