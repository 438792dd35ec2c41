"""Recording and withdrawing consent on a store without the demo; the header follows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from keyworker_desktop.domain.vocab import ConsentGiver, ConsentKind
from keyworker_desktop.services.consent import (
    consent_overview,
    network_agencies,
    parental_responsibility_names,
    record_consent,
    withdraw_consent,
)
from keyworker_desktop.services.network import save_professional_link
from keyworker_desktop.services.profile import save_family_member
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
        yp = take_referral(s, Referral("Ava", "Reed", date_of_birth=date(2012, 4, 3)),
                           TODAY).young_person
        save_family_member(s, yp.id, name="Jo Reed", relation="parent",
                           parental_responsibility=True)
        save_family_member(s, yp.id, name="Kim Reed", relation="sibling")
        return yp.id


def give(store: Store, yp_id: str, kind: str, on: date = date(2025, 3, 1),
         by: str = "parental_responsibility") -> Consent:
    with store.transaction() as s:
        return record_consent(s, yp_id, kind=kind, given_by=by, given_on=on, today=TODAY,
                              giver_name="Jo Reed", decision_reason=(
                                  "No one with parental responsibility can be reached"
                                  if by == "best_interest_decision" else ""))


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


def test_a_best_interests_decision_needs_who_decided_and_why(store: Store, yp_id: str) -> None:
    with store.transaction() as s, pytest.raises(ValidationError) as exc:
        record_consent(s, yp_id, kind="keyworker", given_by="best_interest_decision",
                       given_on=TODAY, today=TODAY)
    assert {p.field for p in exc.value.problems} == {"giver_name", "decision_reason"}
    with store.transaction() as s:
        consent = record_consent(s, yp_id, kind="keyworker", given_by="best_interest_decision",
                                 given_on=TODAY, today=TODAY, giver_name="Dr Patel",
                                 decision_reason="  Lacks capacity for this decision  ")
        assert (consent.giver_name, consent.decision_reason) == (
            "Dr Patel", "Lacks capacity for this decision")


@pytest.mark.parametrize("name", ["", "Kim Reed", "Someone Else"])
def test_parental_responsibility_names_a_family_member_who_has_it(store: Store, yp_id: str,
                                                                   name: str) -> None:
    with store.transaction() as s, pytest.raises(ValidationError) as exc:
        record_consent(s, yp_id, kind="keyworker", given_by="parental_responsibility",
                       given_on=TODAY, today=TODAY, giver_name=name)
    assert exc.value.field == "giver_name"
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Consent)) == 0
        assert parental_responsibility_names(s, yp_id) == ["Jo Reed"]
    with store.transaction() as s:  # case and spacing as typed do not matter
        record_consent(s, yp_id, kind="keyworker", given_by="parental_responsibility",
                       given_on=TODAY, today=TODAY, giver_name=" jo  reed")
    assert in_force(store, yp_id) == {"keyworker"}


def test_the_detail_is_kept_and_the_overview_says_what_is_in_force(store: Store,
                                                                   yp_id: str) -> None:
    with store.transaction() as s:
        save_professional_link(s, yp_id, None, TODAY, name="Dr Okafor", agency="CAMHS North")
        assert network_agencies(s, yp_id) == ["CAMHS North"]
        record_consent(s, yp_id, kind="share_information", given_by="young_person",
                       given_on=date(2025, 3, 1), today=TODAY, capacity_noted="Has capacity",
                       how_recorded="signed_form", review_on=date(2026, 3, 1),
                       share_with="CAMHS North\n\n  Oak School \ncamhs north\n")
    give(store, yp_id, "photo")
    with store.transaction() as s:
        withdraw_consent(s, yp_id, kind="photo", withdrawn_on=date(2025, 3, 4), today=TODAY)
    with store.session() as s:
        rows = {r.kind: r for r in consent_overview(s, yp_id)}
    share = rows["share_information"]
    assert share.in_force and share.share_with == ("CAMHS North", "Oak School")
    assert (share.how_recorded, share.review_on, share.capacity_noted) == (
        "signed_form", date(2026, 3, 1), "Has capacity")
    assert not rows["photo"].in_force and rows["photo"].withdrawn_on == date(2025, 3, 4)
    assert rows["keyworker"].consent_id is None and list(rows)[0] == "register"


@pytest.mark.parametrize(("fields", "field"), [
    ({"how_recorded": "by_pigeon"}, "how_recorded"),
    ({"review_on": date(2025, 2, 1)}, "review_on"),
    ({"kind": "photo", "share_with": "CAMHS"}, "share_with"),
])
def test_bad_detail_is_refused(store: Store, yp_id: str, fields: dict[str, object],
                               field: str) -> None:
    args: dict[str, object] = {"kind": "share_information", "given_by": "young_person",
                               "given_on": date(2025, 3, 1), "today": TODAY, **fields}
    with store.transaction() as s, pytest.raises(ValidationError) as exc:
        record_consent(s, yp_id, **args)  # type: ignore[arg-type]
    assert exc.value.field == field
