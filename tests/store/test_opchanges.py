"""What a store write changed (store/opchanges.py, filled by the write hook in store/changes.py)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from keyworker_desktop.services import network
from keyworker_desktop.services.recording import save_young_person
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import Professional, YoungPerson
from keyworker_desktop.store.opchanges import OpChanges

TODAY = date(2025, 3, 10)


def add_person(store: Store, given: str) -> str:
    return store.write(lambda s: save_young_person(s, None, TODAY, given_name=given,
                                                   family_name="Reed")[0].id).value


def test_a_write_returns_its_value_and_the_records_and_young_people_it_wrote(
        store: Store) -> None:
    ava, ben = add_person(store, "Ava"), add_person(store, "Ben")

    def link_and_rename(s: Session) -> str:
        link = network.save_professional_link(s, ava, None, TODAY, name="Dr Okafor")
        save_young_person(s, ben, TODAY, preferred_name="Benny")
        return link.id

    written = store.write(link_and_rename)
    assert written.value
    assert written.changes == OpChanges.of({"professional", "network_link", "young_person"},
                                           {ava, ben})
    assert written.changes.touches("network_link") and not written.changes.touches("visit")
    assert not written.changes.everything and not written.changes.removed_young_person_ids


def test_a_new_young_person_is_named_by_their_own_id(store: Store) -> None:
    written = store.write(lambda s: save_young_person(s, None, TODAY, given_name="Cy",
                                                      family_name="Ng")[0].id)
    assert written.changes == OpChanges.of({"young_person"}, {written.value})


def test_a_shared_record_names_nobody_unless_the_write_came_from_a_record(store: Store) -> None:
    ava = add_person(store, "Ava")

    def add_professional(s: Session) -> str:
        pro = Professional(name="Mo")
        s.add(pro)
        s.flush()
        return pro.id

    assert store.write(add_professional).changes == OpChanges.of({"professional"})

    def rename(s: Session) -> None:
        for pro in s.query(Professional):
            pro.name = "Mo Farah"

    assert store.write(rename, young_person_id=ava).changes == OpChanges.of(
        {"professional"}, {ava})


def test_a_write_that_changes_nothing_says_so(store: Store) -> None:
    ava = add_person(store, "Ava")

    def same(s: Session) -> None:
        yp = s.get(YoungPerson, ava)
        assert yp is not None
        yp.given_name = "Ava"

    assert not store.write(same).changes
    # Made from Ava's record, the write still names her (her screens reload as before).
    assert store.write(same, young_person_id=ava).changes == OpChanges.of((), {ava})


def test_a_refused_write_returns_nothing_and_writes_nothing(store: Store) -> None:
    ava = add_person(store, "Ava")
    with pytest.raises(ValidationError):
        store.write(lambda s: network.save_professional_link(s, ava, None, TODAY, name=" "))
    with store.session() as s:
        assert network.network_for(s, ava) == []


def test_change_sets_combine_and_everything_touches_all() -> None:
    visit = OpChanges.of({"visit"}, {"yp-1"})
    removed = OpChanges(everything=True, removed_young_person_ids=frozenset({"yp-2"}))
    both = visit | removed
    assert both.everything and both.entities == {"visit"} and both.young_person_ids == {"yp-1"}
    assert both.removes("yp-2") and not both.removes("yp-1")
    assert both.touches("anything") and both.touches_young_person("yp-3")
    assert not OpChanges() and OpChanges.all() and OpChanges.of((), {"yp-1"})
