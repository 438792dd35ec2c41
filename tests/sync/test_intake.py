"""A young person taken on a laptop that never held the demo reaches the same keyworker's
other laptop through the central store, and no other keyworker's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select

from keyworker_desktop.services.consent import consent_overview, record_consent, withdraw_consent
from keyworker_desktop.services.profile import save_family_member
from keyworker_desktop.services.records import consents_in_force
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.services.triage import move, triage_queue, triage_status
from keyworker_desktop.store import settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import DsrEntry
from keyworker_desktop.sync.server.models import Allocation, User

from .conftest import Running
from .test_client import laptop, person

TODAY = date.today()


def test_a_referral_taken_on_one_laptop_reaches_the_keyworkers_other_laptop(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    with sam.store.session() as s:
        assert not settings.get(s, settings.DEMO_CASELOAD)
    with sam.store.transaction() as s:
        taken = take_referral(s, Referral(
            "Ava", "Reed", date_of_birth=date(2012, 4, 3), nhs_number="943 476 5919",
            referred_by="School SENCo", referred_on=TODAY, reason="Three exclusions"), TODAY)
        yp_id = taken.young_person.id
        save_family_member(s, yp_id, name="Jo Reed", parental_responsibility=True)
        record_consent(s, yp_id, kind="keyworker", given_by="parental_responsibility",
                       given_on=TODAY, today=TODAY, giver_name="Jo Reed",
                       how_recorded="signed_form", review_on=TODAY + timedelta(days=365))
    up = sam.sync()
    assert up.pushed == 4 and up.rejected == [] and sam.pending_count() == 0
    # The central store allocated the new young person to whoever pushed them first.
    holders = server.central.run(lambda s: list(s.scalars(
        select(User.name).join(Allocation, Allocation.user_id == User.id)
        .where(Allocation.young_person_id == yp_id))))
    assert holders == ["sam"]

    second = laptop(make_store, server, "sam")  # sam's second laptop, a fresh store
    second.sync()
    got = person(second.store, yp_id)
    assert got is not None and (got.given_name, got.nhs_number) == ("Ava", "943 476 5919")
    with second.store.session() as s:
        [entry] = s.scalars(select(DsrEntry).where(DsrEntry.young_person_id == yp_id))
        assert (entry.referred_by, entry.current_issues) == ("School SENCo", "Three exclusions")
        assert consents_in_force(s, yp_id) == {"keyworker"}
        assert entry.status == "referred"

    # Triage on the first laptop, later: the decision and a new consent follow.
    with sam.store.transaction() as s:
        move(s, yp_id, "waiting", on=TODAY, today=TODAY)
        move(s, yp_id, "accepted", on=TODAY, today=TODAY, decided_by="Morgan Senior",
             reason="Meets the criteria")
        record_consent(s, yp_id, kind="share_information", given_by="best_interest_decision",
                       given_on=TODAY, today=TODAY, giver_name="Dr Patel",
                       decision_reason="Lacks capacity for this decision",
                       share_with="CAMHS North\nOak School")
        withdraw_consent(s, yp_id, kind="keyworker", withdrawn_on=TODAY, today=TODAY)
    assert sam.sync().rejected == []
    second.sync()
    with second.store.session() as s:
        status = triage_status(s, yp_id)
        assert status is not None and (status.status, status.decided_by,
                                       status.decision_reason) == (
            "accepted", "Morgan Senior", "Meets the criteria")
        rows = {r.kind: r for r in consent_overview(s, yp_id)}
        assert not rows["keyworker"].in_force and rows["keyworker"].withdrawn_on == TODAY
        assert (rows["keyworker"].how_recorded, rows["keyworker"].giver_name) == (
            "signed_form", "Jo Reed")
        share = rows["share_information"]
        assert share.in_force and share.share_with == ("CAMHS North", "Oak School")
        assert share.decision_reason == "Lacks capacity for this decision"
        assert triage_queue(s, TODAY) == []

    alex = laptop(make_store, server, "alex")  # another keyworker in the same team
    alex.sync()
    assert person(alex.store, yp_id) is None
