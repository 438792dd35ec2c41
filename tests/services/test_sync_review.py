"""Settling a conflict or putting a value back (services/sync_review.py) says what it changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.services.sync_review import resolve_conflict, restore_value
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.store.models.sync import LocalConflict
from keyworker_desktop.store.opchanges import OpChanges


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam Keyworker",
                      kdf=keys.TEST_KDF)
    yield st
    st.close()


def person_with_conflict(store: Store) -> tuple[str, str]:
    """A young person whose preferred name two people changed before they synced."""
    with store.transaction() as s:
        yp = YoungPerson(given_name="Jo", family_name="Pryce", preferred_name="Jojo")
        s.add(yp)
        s.flush()
        conflict = LocalConflict(
            id=uuid7(), entity="young_person", record_id=yp.id, young_person_id=yp.id,
            field="preferred_name", kind="field", base="",
            current={"value": "Jojo", "author": "Sam", "device": store.device_id, "hlc": ""},
            incoming={"value": "Joanne", "author": "Morgan", "device": "other", "hlc": ""})
        s.add(conflict)
        return yp.id, conflict.id


def preferred_name(store: Store, yp_id: str) -> str:
    with store.session() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None
        return yp.preferred_name


def test_settling_a_conflict_changes_the_record_and_the_conflict(store: Store) -> None:
    yp_id, conflict_id = person_with_conflict(store)
    written = resolve_conflict(store, conflict_id, "Joanne")
    assert written.value and preferred_name(store, yp_id) == "Joanne"
    assert written.changes == OpChanges.of({"young_person", "conflict"}, {yp_id})


def test_keeping_the_value_already_there_still_names_what_it_settles(store: Store) -> None:
    yp_id, conflict_id = person_with_conflict(store)
    written = resolve_conflict(store, conflict_id, "Jojo")
    assert written.changes == OpChanges.of({"young_person", "conflict"}, {yp_id})


def test_putting_a_value_back_names_the_record_and_the_conflicts(store: Store) -> None:
    yp_id, _conflict_id = person_with_conflict(store)
    changes = restore_value(store, "young_person", yp_id, "preferred_name", "Joey")
    assert preferred_name(store, yp_id) == "Joey"
    assert changes == OpChanges.of({"young_person", "conflict"}, {yp_id})
