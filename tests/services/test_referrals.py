"""Taking a referral on a store that never held the demo: the young person, their register
entry, the duplicate check, and bad input refused with nothing stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from keyworker_desktop.services.records import record_header
from keyworker_desktop.services.referrals import Referral, known_already, take_referral
from keyworker_desktop.store import keys, settings
from keyworker_desktop.store.changes import tombstone
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import ChangeLogEntry, DsrEntry, YoungPerson

TODAY = date(2025, 3, 10)
AVA = Referral(given_name="Ava", family_name="Reed", preferred_name="Avi",
               date_of_birth=date(2012, 4, 3), nhs_number="943 476 5919",
               living_situation="residential_placement", placement_name="Oak House",
               placement_out_of_area=True, referred_by="School SENCo",
               referred_on=date(2025, 1, 10), reason="Three exclusions this term")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam Keyworker",
                      kdf=keys.TEST_KDF)
    yield st
    st.close()


def take(store: Store, referral: Referral = AVA) -> str:
    with store.transaction() as s:
        return take_referral(s, referral, TODAY).young_person.id


def count(store: Store, model: type[YoungPerson] | type[DsrEntry]) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_a_referral_makes_the_young_person_and_their_register_entry(store: Store) -> None:
    yp_id = take(store)
    with store.session() as s:
        assert not settings.get(s, settings.DEMO_CASELOAD)
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None
        assert (yp.given_name, yp.family_name, yp.preferred_name) == ("Ava", "Reed", "Avi")
        assert yp.date_of_birth == date(2012, 4, 3) and yp.nhs_number == "943 476 5919"
        assert (yp.living_situation, yp.placement_name, yp.placement_out_of_area) == (
            "residential_placement", "Oak House", True)
        [entry] = s.scalars(select(DsrEntry).where(DsrEntry.young_person_id == yp_id))
        assert (entry.referred_by, entry.referred_on) == ("School SENCo", date(2025, 1, 10))
        assert entry.current_issues == "Three exclusions this term"
        header = record_header(s, yp_id, TODAY)
        assert (header.age, header.consent) == (12, "No consent recorded")
        # Both are in the change log, the young person first (the central store takes a
        # new young person before anything filed under them).
        entities = list(s.scalars(select(ChangeLogEntry.entity).order_by(ChangeLogEntry.seq)))
        assert entities == ["young_person", "dsr_entry"]


def test_the_nhs_number_may_be_typed_without_spaces_or_with_dashes(store: Store) -> None:
    yp_id = take(store, Referral("Ava", "Reed", nhs_number="943-476-5919"))
    with store.session() as s:
        assert s.get(YoungPerson, yp_id).nhs_number == "943 476 5919"  # type: ignore[union-attr]


def test_only_names_are_needed(store: Store) -> None:
    yp_id = take(store, Referral(" Ava ", "Reed"))
    with store.session() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None and yp.given_name == "Ava" and yp.date_of_birth is None
    assert count(store, DsrEntry) == 1


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"given_name": " "}, "given_name", "A first name is needed."),
    ({"family_name": "x" * 101}, "family_name", "too long"),
    ({"preferred_name": "x" * 101}, "preferred_name", "too long"),
    ({"referred_by": "x" * 201}, "referred_by", "too long"),
    ({"date_of_birth": date(2025, 3, 11)}, "date_of_birth", "in the future"),
    ({"nhs_number": "943 476 5918"}, "nhs_number", "not a valid NHS number"),
    ({"nhs_number": "94347659"}, "nhs_number", "not a valid NHS number"),
    ({"nhs_number": "NHS 9434765919"}, "nhs_number", "not a valid NHS number"),
    ({"referred_on": date(2025, 3, 11)}, "referred_on", "in the future"),
    ({"referred_on": date(2010, 1, 1)}, "referred_on", "before the date of birth"),
    ({"living_situation": "castle"}, "living_situation", "not one of the choices"),
])
def test_bad_input_is_refused_and_nothing_is_stored(store: Store, change: dict[str, object],
                                                    field: str, words: str) -> None:
    bad = Referral(**{**AVA.__dict__, **change})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as exc:
        take(store, bad)
    assert exc.value.field == field and words in str(exc.value)
    assert count(store, YoungPerson) == 0 and count(store, DsrEntry) == 0


def test_over_25_is_a_warning_not_a_refusal(store: Store) -> None:
    with store.transaction() as s:
        taken = take_referral(s, Referral("Ava", "Reed", date_of_birth=date(1995, 1, 1)),
                              TODAY)
    assert [w.field for w in taken.warnings] == ["date_of_birth"]
    assert "0 to 25" in taken.warnings[0].message


def test_known_by_nhs_number_whatever_the_spacing(store: Store) -> None:
    yp_id = take(store)
    with store.session() as s:
        found = known_already(s, Referral("Someone", "Else", nhs_number="9434765919"))
    assert [yp.id for yp in found] == [yp_id]


def test_known_by_name_and_date_of_birth_ignoring_case(store: Store) -> None:
    yp_id = take(store)
    with store.session() as s:
        same = Referral("  AVA", "reed ", date_of_birth=date(2012, 4, 3))
        assert [yp.id for yp in known_already(s, same)] == [yp_id]
        # A sibling (another first name), a namesake born another day, a name alone: new.
        assert known_already(s, Referral("Ben", "Reed", date_of_birth=date(2012, 4, 3))) == []
        assert known_already(s, Referral("Ava", "Reed", date_of_birth=date(2013, 4, 3))) == []
        assert known_already(s, Referral("Ava", "Reed")) == []


def test_a_removed_record_is_not_a_duplicate(store: Store) -> None:
    yp_id = take(store)
    with store.transaction() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None
        tombstone(s, yp)
    with store.session() as s:
        assert known_already(s, AVA) == []
