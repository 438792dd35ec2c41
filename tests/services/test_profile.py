"""The one-page profile with family and important dates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from keyworker_desktop.services import profile
from keyworker_desktop.services.recording import save_young_person
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import FamilyMember

TODAY = date(2025, 3, 10)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam Keyworker",
                      kdf=keys.TEST_KDF)
    yield st
    st.close()


def test_profile_holds_family_and_dates(store: Store) -> None:
    with store.transaction() as s:
        yp, _ = save_young_person(s, None, TODAY, given_name="Ava", family_name="Reed",
                                  what_matters="My dog Biscuit")
        yp_id = yp.id
        member = profile.save_family_member(s, yp_id, name="Jo Reed", relation="parent",
                                            parental_responsibility=True)
        profile.save_important_date(s, yp_id, label="Biscuit's birthday", on=date(2020, 6, 1))
    with store.session() as s:
        got = profile.profile(s, yp_id)
    assert got.fields["what_matters"] == "My dog Biscuit"
    assert [f.name for f in got.family] == ["Jo Reed"] and got.family[0].parental_responsibility
    assert [d.label for d in got.dates] == ["Biscuit's birthday"]
    with store.transaction() as s:
        profile.remove(s, FamilyMember, member.id)
    with store.session() as s:
        assert profile.profile(s, yp_id).family == []


def test_family_member_needs_a_name(store: Store) -> None:
    with store.transaction() as s:
        yp, _ = save_young_person(s, None, TODAY, given_name="Ava", family_name="Reed")
        yp_id = yp.id
    with pytest.raises(ValidationError) as caught, store.transaction() as s:
        profile.save_family_member(s, yp_id, name="", relation="cousin")
    assert caught.value.for_field("name") and caught.value.for_field("relation")
