"""Recording and withdrawing consent on a store without the demo; the header follows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from keyworker_desktop.domain.vocab import ConsentGiver, ConsentKind
from keyworker_desktop.services.consent import record_consent, withdraw_consent
from keyworker_desktop.services.records import consents_in_force, record_header
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import Consent

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
        return take_referral(s, Referral("Ava", "Reed", date_of_birth=date(2012, 4, 3)),
                             TODAY).young_person.id


def give(store: Store, yp_id: str, kind: str, on: date = date(2025, 3, 1),
         by: str = "parental_responsibility") -> Consent:
    with store.transaction() as s:
        return record_consent(s, yp_id, kind=kind, given_by=by, given_on=on, today=TODAY,
                              giver_name="Jo Reed")


def in_force(store: Store, yp_id: str) -> set[str]:
    with store.session() as s:
        return consents_in_force(s, yp_id)


def test_every_kind_and_every_giver_can_be_recorded(store: Store, yp_id: str) -> None:
    for kind, by in zip(ConsentKind, [*ConsentGiver, *ConsentGiver], strict=False):
        give(store, yp_id, kind.value, by=by.value)
    assert in_force(store, yp_id) == {"register", "keyworker", "share_information", "photo",
                                      "medical"}


def test_the_header_warning_goes_once_keyworker_consent_is_recorded(store: Store,
                                                                    yp_id: str) -> None:
    with store.session() as s:
        assert not record_header(s, yp_id, TODAY).has_keyworker_consent
    give(store, yp_id, "keyworker")
    with store.session() as s:
        header = record_header(s, yp_id, TODAY)
    assert header.has_keyworker_consent and header.consent == "To work with a keyworker"


def test_withdrawing_ends_what_is_in_force_and_keeps_the_history(store: Store,
                                                                 yp_id: str) -> None:
    give(store, yp_id, "keyworker")
    give(store, yp_id, "photo")
    with store.transaction() as s:
        [withdrawn] = withdraw_consent(s, yp_id, kind="photo", withdrawn_on=date(2025, 3, 5),
                                       today=TODAY)
    assert withdrawn.withdrawn_on == date(2025, 3, 5)
    assert in_force(store, yp_id) == {"keyworker"}
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Consent)) == 2
    # Given again later: in force again, beside the withdrawn one.
    give(store, yp_id, "photo", on=date(2025, 3, 8))
    assert in_force(store, yp_id) == {"keyworker", "photo"}


def test_withdrawing_what_is_not_in_force_is_refused(store: Store, yp_id: str) -> None:
    with store.transaction() as s, pytest.raises(ValidationError, match="no consent of that"):
        withdraw_consent(s, yp_id, kind="photo", withdrawn_on=TODAY, today=TODAY)


def test_withdrawn_before_given_is_refused(store: Store, yp_id: str) -> None:
    give(store, yp_id, "photo")
    with store.transaction() as s, pytest.raises(ValidationError, match="before it was given"):
        withdraw_consent(s, yp_id, kind="photo", withdrawn_on=date(2025, 2, 1), today=TODAY)
    assert in_force(store, yp_id) == {"photo"}


@pytest.mark.parametrize(("kind", "by", "on", "field"), [
    ("tattoo", "young_person", date(2025, 3, 1), "kind"),
    ("photo", "the_neighbour", date(2025, 3, 1), "given_by"),
    ("photo", "young_person", date(2025, 3, 11), "given_on"),
    ("photo", "young_person", date(2011, 1, 1), "given_on"),
])
def test_bad_consent_is_refused_and_nothing_stored(store: Store, yp_id: str, kind: str, by: str,
                                                   on: date, field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        give(store, yp_id, kind, on=on, by=by)
    assert exc.value.field == field
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Consent)) == 0


def test_an_unknown_young_person_is_a_key_error(store: Store) -> None:
    with store.transaction() as s, pytest.raises(KeyError):
        record_consent(s, "nobody", kind="photo", given_by="young_person", given_on=TODAY,
                       today=TODAY)
