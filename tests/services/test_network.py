"""Adding and editing professionals in a young person's network."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from keyworker_desktop.services import network
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


def test_add_then_edit_a_professional(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        link = network.save_professional_link(
            s, yp_id, None, TODAY, name="Dr Okafor", role="Consultant psychiatrist",
            agency="Ward 7", sector="health", email="okafor@example.org",
            relationship_to_young_person="Ward consultant", strength="tenuous",
            last_contact_on=date(2025, 3, 1))
        link_id = link.id
    with store.transaction() as s:
        network.save_professional_link(s, yp_id, link_id, TODAY, strength="strong",
                                       phone="0100 000 000")
    with store.session() as s:
        (entry,) = network.network_for(s, yp_id)
    assert entry.name == "Dr Okafor" and entry.role == "Consultant psychiatrist"
    assert entry.strength == "strong" and entry.phone == "0100 000 000"
    assert entry.last_contact_on == date(2025, 3, 1)


def test_problems_name_their_fields_and_nothing_is_stored(store: Store, yp_id: str) -> None:
    with pytest.raises(ValidationError) as caught, store.transaction() as s:
        network.save_professional_link(s, yp_id, None, TODAY, name=" ", email="not an email",
                                       last_contact_on=date(2025, 4, 1))
    assert caught.value.for_field("name")
    assert caught.value.for_field("email")
    assert caught.value.for_field("last_contact_on")
    with store.session() as s:
        assert network.network_for(s, yp_id) == []


def test_the_same_professional_cannot_be_linked_twice(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        link = network.save_professional_link(s, yp_id, None, TODAY, name="Mo")
        professional_id = link.professional_id
    with pytest.raises(ValidationError), store.transaction() as s:
        network.save_professional_link(s, yp_id, None, TODAY, professional_id=professional_id)


def test_removed_link_leaves_the_network(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        link_id = network.save_professional_link(s, yp_id, None, TODAY, name="Mo").id
    with store.transaction() as s:
        network.remove_from_network(s, link_id)
    with store.session() as s:
        assert network.network_for(s, yp_id) == []
