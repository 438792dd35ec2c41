"""The fictional demo caseload: hand-written (dated from "today") and generated at scale."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from keyworker_desktop.domain.rules import age_on, nhs_number_valid
from keyworker_desktop.domain.vocab import LivingSituation, PlaceType, Sector
from keyworker_desktop.services.demo import (
    CURRENT_USER,
    DemoSummary,
    date_of_birth,
    nhs_check_digit,
    populate_demo,
)
from keyworker_desktop.services.today import today_summary
from keyworker_desktop.store import keys, settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import (
    Action,
    Addendum,
    Allocation,
    AuditEvent,
    BudgetSpend,
    ChangeLogEntry,
    ChecklistInstance,
    ChecklistItem,
    Consent,
    DsrEntry,
    Escalation,
    FamilyMember,
    Goal,
    ImportantDate,
    Meeting,
    NetworkLink,
    OutcomeRating,
    Professional,
    RagRating,
    SessionNote,
    Staff,
    Visit,
    YoungPerson,
    synced_models,
)

TODAY = date(2025, 3, 12)
NOW = datetime.combine(TODAY, time(8, 0))
PASSPHRASE = "correct horse battery"


def new_store(root: Path, user_name: str = "") -> Store:
    return Store.create(root / "s", PASSPHRASE, user_name=user_name, kdf=keys.TEST_KDF)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, DemoSummary]]:
    store = new_store(tmp_path_factory.mktemp("demo"))
    with store.transaction() as s:
        summary = populate_demo(s, today=TODAY)
    yield store, summary
    store.close()


@pytest.fixture
def session(demo: tuple[Store, DemoSummary]) -> Iterator[Session]:
    with demo[0].session() as s:
        yield s


def per_young_person(session: Session, model: Any) -> Counter[str]:
    return Counter(dict(session.execute(
        select(model.young_person_id, func.count()).group_by(model.young_person_id)).all()))


# ----------------------------------------------------------------------------- people
def test_at_least_twelve_young_people_aged_four_to_twenty_four(session: Session) -> None:
    people = session.scalars(select(YoungPerson)).all()
    assert len(people) >= 12
    ages = [age_on(yp.date_of_birth, TODAY) for yp in people if yp.date_of_birth]
    assert len(ages) == len(people)
    assert all(0 <= a <= 25 for a in ages)
    assert min(ages) == 4 and max(ages) == 24
    assert {yp.pronouns for yp in people} >= {"she/her", "he/him", "they/them"}
    assert sum(1 for yp in people if yp.preferred_name) >= 6
    assert len({yp.family_name for yp in people}) == len(people)


def test_profiles_and_communication_are_filled_in(session: Session) -> None:
    for yp in session.scalars(select(YoungPerson)):
        for field in ("what_matters", "people_like", "how_to_support", "communication_needs",
                      "interests", "address"):
            assert len(getattr(yp, field)) > 20, (yp.given_name, field)
    people = session.scalars(select(YoungPerson)).all()
    assert any(yp.uses_easy_read for yp in people)
    assert any(yp.uses_signs for yp in people)
    assert any(yp.uses_drawing for yp in people)


def test_nhs_numbers_are_in_the_test_range_and_pass_modulus_eleven(session: Session) -> None:
    numbers = session.scalars(select(YoungPerson.nhs_number)).all()
    assert len(set(numbers)) == len(numbers)
    for number in numbers:
        assert number.replace(" ", "").startswith("999")
        assert nhs_number_valid(number), number


def test_check_digit_and_date_of_birth_helpers() -> None:
    # 943 476 5919 is the NHS's published example of a valid number.
    assert nhs_check_digit("943476591") == 9
    assert date_of_birth(date(2025, 3, 12), 15, 3, 14) == date(2009, 3, 14)
    assert age_on(date_of_birth(date(2025, 3, 12), 15, 3, 14), date(2025, 3, 12)) == 15
    assert age_on(date_of_birth(date(2025, 3, 12), 15, 3, 12), date(2025, 3, 12)) == 15


def test_where_they_live_covers_every_living_situation(session: Session) -> None:
    living = set(session.scalars(select(YoungPerson.living_situation)))
    assert living == {s.value for s in LivingSituation}
    out_of_area = session.scalars(
        select(YoungPerson).where(YoungPerson.placement_out_of_area.is_(True))).all()
    assert {yp.living_situation for yp in out_of_area} >= {"inpatient_out_of_area",
                                                           "residential_placement"}


def test_each_young_person_has_dates_family_allocation_dsr_and_consent(session: Session) -> None:
    people = session.scalars(select(YoungPerson)).all()
    dates = per_young_person(session, ImportantDate)
    family = per_young_person(session, FamilyMember)
    allocations = per_young_person(session, Allocation)
    ratings = per_young_person(session, RagRating)
    dsr = per_young_person(session, DsrEntry)
    consents = per_young_person(session, Consent)
    for yp in people:
        assert dates[yp.id] >= 2, yp.given_name
        assert 1 <= family[yp.id] <= 3, yp.given_name
        assert allocations[yp.id] >= 1, yp.given_name
        assert dsr[yp.id] == 1 and 2 <= ratings[yp.id] <= 4, yp.given_name
        assert consents[yp.id] >= 2, yp.given_name
        birthday = session.scalars(select(ImportantDate).where(
            ImportantDate.young_person_id == yp.id,
            ImportantDate.label == f"{yp.known_as}'s birthday")).one()
        assert birthday.on == yp.date_of_birth and birthday.yearly
    relations = set(session.scalars(select(FamilyMember.relation)))
    assert {"parent", "sibling", "carer"} <= relations
    with_pr = session.scalar(select(func.count()).select_from(FamilyMember).where(
        FamilyMember.parental_responsibility.is_(True)))
    assert with_pr is not None and with_pr >= 10


def test_staff_and_the_current_user_holds_most_of_the_caseload(session: Session) -> None:
    staff = session.scalars(select(Staff)).all()
    assert Counter(s.role for s in staff) == {"keyworker": 4, "senior_keyworker": 1}
    alex = next(s for s in staff if s.name == CURRENT_USER)
    current = session.scalars(select(Allocation).where(Allocation.ends_on.is_(None))).all()
    held = Counter(a.staff_id for a in current if a.role != "senior_keyworker")
    assert held.most_common(1)[0][0] == alex.id
    assert held[alex.id] > len(session.scalars(select(YoungPerson)).all()) / 2
    changed = session.scalars(select(Allocation).where(
        Allocation.change_reason != "first_allocation")).all()
    assert changed and all(a.notes for a in changed)


def test_user_name_is_set_only_when_empty(tmp_path: Path,
                                          demo: tuple[Store, DemoSummary]) -> None:
    with demo[0].session() as s:
        assert settings.get(s, settings.USER_NAME) == CURRENT_USER
    store = new_store(tmp_path, user_name="Sam Keyworker")
    try:
        with store.transaction() as s:
            populate_demo(s, today=TODAY, scale=2)
        with store.session() as s:
            assert settings.get(s, settings.USER_NAME) == "Sam Keyworker"
    finally:
        store.close()


# ----------------------------------------------------------------------------- DSR, consent
def test_ratings_have_rationale_and_reviews_are_due(session: Session) -> None:
    ratings = session.scalars(select(RagRating)).all()
    assert {r.rating for r in ratings} == {"red", "amber", "green", "blue"}
    assert all(r.rationale and r.rated_on <= TODAY for r in ratings)
    reviews = [d for d in session.scalars(select(DsrEntry.review_on)) if d is not None]
    assert len(reviews) == len(session.scalars(select(DsrEntry)).all())
    assert sum(1 for d in reviews if d < TODAY) == 1
    assert sum(1 for d in reviews if TODAY <= d <= TODAY + timedelta(days=14)) >= 3


def test_consent_without_keyworker_and_a_best_interest_decision(session: Session) -> None:
    refused = session.scalars(select(Consent).where(
        Consent.kind == "keyworker", Consent.given.is_(False))).all()
    assert len(refused) == 1
    yp_id = refused[0].young_person_id
    allocations = session.scalars(select(Allocation).where(
        Allocation.young_person_id == yp_id)).all()
    assert {a.role for a in allocations} == {"family_keyworker"}
    family = session.scalars(select(FamilyMember).where(
        FamilyMember.young_person_id == yp_id, FamilyMember.family_keyworker_id.is_not(None)))
    assert family.first() is not None
    best_interest = session.scalars(select(Consent).where(
        Consent.given_by == "best_interest_decision")).all()
    assert best_interest and all(c.capacity_noted for c in best_interest)
    assert len({c.young_person_id for c in best_interest}) == 1


# ----------------------------------------------------------------------------- network
def test_each_network_has_five_to_fifteen_links(session: Session) -> None:
    links = per_young_person(session, NetworkLink)
    for yp_id in session.scalars(select(YoungPerson.id)):
        assert 5 <= links[yp_id] <= 15


def test_network_spans_sectors_strengths_and_is_shared(session: Session) -> None:
    assert set(session.scalars(select(Professional.sector))) == {s.value for s in Sector}
    links = session.scalars(select(NetworkLink)).all()
    assert {link.strength for link in links} == {"strong", "tenuous", "stressful", "none"}
    assert {link.direction for link in links} >= {"to_young_person", "both", "none"}
    stale = [link for link in links
             if link.last_contact_on and link.last_contact_on < TODAY - timedelta(weeks=4)]
    assert len(stale) >= 10
    shared = Counter(link.professional_id for link in links)
    names = {p.id: p for p in session.scalars(select(Professional))}
    shared_roles = {names[pid].role for pid, n in shared.items() if n >= 3}
    assert {"GP", "SENCO"} <= shared_roles
    roles = " ".join(p.role for p in names.values())
    for role in ("Consultant psychiatrist", "Ward nurse", "Speech and language therapist",
                 "CAMHS learning disability nurse", "Class teacher", "Social worker",
                 "Youth club leader", "Independent advocate", "Grandmother", "Family friend"):
        assert role in roles, role


# ----------------------------------------------------------------------------- visits, notes
def test_every_place_type_is_visited(session: Session) -> None:
    assert set(session.scalars(select(Visit.place_type))) == {p.value for p in PlaceType}


def test_several_visits_today_at_different_times_and_places(session: Session) -> None:
    start = datetime.combine(TODAY, time.min)
    today = session.scalars(select(Visit).where(
        Visit.starts_at >= start, Visit.starts_at < start + timedelta(days=1))).all()
    assert len(today) >= 3
    assert len({v.starts_at for v in today}) == len(today)
    assert len({v.place_type for v in today}) >= 3
    assert all(v.status == "planned" and v.travel_minutes for v in today)
    summary = today_summary(session, NOW)
    assert len(summary.visits) >= 3
    week = session.scalars(select(Visit).where(
        Visit.starts_at >= start + timedelta(days=1),
        Visit.starts_at < start + timedelta(days=7))).all()
    assert len(week) >= 4


def test_out_of_area_hospital_visits_with_travel(session: Session) -> None:
    far = session.scalars(select(Visit).where(Visit.place_type == "hospital_out_of_area")).all()
    assert any(v.status == "done" for v in far) and any(v.status == "planned" for v in far)
    assert all(v.travel_minutes and v.travel_minutes >= 120 and "120 miles" in v.address
               for v in far)


def test_past_visits_are_done_with_notes_and_future_ones_planned(session: Session) -> None:
    start = datetime.combine(TODAY, time.min)
    for visit in session.scalars(select(Visit)):
        if visit.starts_at < start:
            assert visit.status == "done" and visit.session_note_id
        else:
            assert visit.status == "planned" and visit.session_note_id is None
        assert visit.ends_at is not None and visit.ends_at > visit.starts_at


def test_finalised_notes_are_signed_with_one_addendum_and_one_draft(session: Session) -> None:
    notes = session.scalars(select(SessionNote)).all()
    final = [n for n in notes if n.status == "final"]
    drafts = [n for n in notes if n.status == "draft"]
    assert len(final) >= 10 and len(drafts) == 1
    assert drafts[0].finalised_by == "" and drafts[0].finalised_at is None
    for note in final:
        assert note.finalised_by and note.finalised_at
        assert note.finalised_at.date() >= note.session_on
        assert note.purposes and note.own_words and note.agreed
    assert any('"I want to go swimming on Saturdays."' in n.own_words for n in notes)
    addenda = session.scalars(select(Addendum)).all()
    assert len(addenda) == 1
    signed = session.get(SessionNote, addenda[0].session_note_id)
    assert signed is not None and signed.status == "final"
    assert signed.finalised_at is not None and addenda[0].signed_at > signed.finalised_at
    assert any(n.raise_with_manager and n.concerns for n in final)


# ----------------------------------------------------------------------------- checklists
def test_admission_checklists_with_ticked_and_overdue_items(session: Session) -> None:
    admissions = session.scalars(select(ChecklistInstance).where(
        ChecklistInstance.template_key == "admission")).all()
    assert len(admissions) == 2
    for checklist in admissions:
        yp = session.get(YoungPerson, checklist.young_person_id)
        assert yp is not None and yp.admission_date == checklist.anchor_at.date()
        assert TODAY - timedelta(days=14) <= yp.admission_date < TODAY
        items = session.scalars(select(ChecklistItem).where(
            ChecklistItem.checklist_id == checklist.id)).all()
        assert len(items) == 26
        done = [i for i in items if i.done_at]
        assert done and all(i.done_by and i.done_at is not None and i.done_at < NOW
                            for i in done)
        overdue = [i for i in items if not i.done_at and i.due_at and i.due_at < NOW]
        assert overdue
    first = session.scalars(select(ChecklistInstance).where(
        ChecklistInstance.template_key == "first_session")).all()
    assert len(first) == 1
    assert len(today_summary(session, NOW).overdue_checklist) >= 3


# ----------------------------------------------------------------------------- meetings, money
def test_cetr_actions_are_owned_and_some_overdue_one_done(session: Session) -> None:
    cetr = session.scalars(select(Meeting).where(Meeting.kind == "cetr")).one()
    actions = session.scalars(select(Action).where(Action.meeting_id == cetr.id)).all()
    assert 3 <= len(actions) <= 5
    assert all(a.owner_name for a in actions)
    assert sum(1 for a in actions if a.owner_professional_id) >= 3
    assert sum(1 for a in actions if a.status == "done") == 1
    assert any(a.status in ("open", "chased") and a.due_on is not None and a.due_on < TODAY
               for a in actions)
    assert session.scalars(select(Meeting).where(Meeting.kind == "tracker")).first()
    assert any(a.overdue for a in today_summary(session, NOW).actions_due)


def test_escalation_budget_and_goals(session: Session) -> None:
    escalation = session.scalars(select(Escalation)).one()
    assert escalation.what_was_blocked and escalation.escalated_to
    spent = Counter[str]()
    for spend in session.scalars(select(BudgetSpend)):
        assert spend.amount_pence > 0 and spend.approved_by
        spent[spend.young_person_id] += spend.amount_pence
    assert spent and all(total <= 50_000 for total in spent.values())
    goals = session.scalars(select(Goal)).all()
    assert goals
    ratings = per_young_person(session, OutcomeRating)
    assert all(ratings[g.young_person_id] >= 2 for g in goals)
    assert all(0 <= r.score <= 10 for r in session.scalars(select(OutcomeRating)))


def test_summary_counts_what_was_written(demo: tuple[Store, DemoSummary],
                                         session: Session) -> None:
    summary = demo[1]
    assert summary.young_people == session.scalar(select(func.count()).select_from(YoungPerson))
    assert summary.network_links == session.scalar(select(func.count()).select_from(NetworkLink))
    assert summary.checklist_items == session.scalar(
        select(func.count()).select_from(ChecklistItem))
    assert summary.total == sum(summary.as_dict().values())
    assert "13 young people" in str(summary)


def test_hand_written_records_go_through_the_change_log(session: Session) -> None:
    total = sum(session.scalar(select(func.count()).select_from(m)) or 0
                for m in synced_models().values())
    assert session.scalar(select(func.count()).select_from(ChangeLogEntry)) == total
    hits = session.execute(text(
        "SELECT kind FROM search_index WHERE search_index MATCH 'swimming'")).all()
    assert hits


def test_works_for_any_today_including_a_leap_day(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    try:
        with store.transaction() as s:
            populate_demo(s, today=date(2028, 2, 29))
        assert store.integrity_problems() == []
    finally:
        store.close()


# ----------------------------------------------------------------------------- at scale
@pytest.fixture(scope="module")
def scaled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, DemoSummary]]:
    store = new_store(tmp_path_factory.mktemp("scaled"))
    with store.transaction() as s:
        summary = populate_demo(s, today=TODAY, scale=50, seed=7)
    yield store, summary
    store.close()


def test_scale_fifty_has_proportional_records(scaled: tuple[Store, DemoSummary]) -> None:
    store, summary = scaled
    assert summary.young_people == 50
    assert summary.network_links == 50 * 8
    assert summary.visits == 50 * 6
    assert summary.session_notes == 50 * 4
    assert summary.checklists == 50 and summary.checklist_items == 50 * 10
    assert summary.actions == 50 * 3
    assert summary.rag_ratings == 50 * 3
    assert summary.family_members == 50 * 2
    assert 20 <= summary.professionals <= 30
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(YoungPerson)) == 50
        assert s.scalar(select(func.count()).select_from(NetworkLink)) == 400
        for yp in s.scalars(select(YoungPerson)):
            assert yp.date_of_birth and 0 <= age_on(yp.date_of_birth, TODAY) <= 25
            assert nhs_number_valid(yp.nhs_number) and yp.nhs_number.startswith("999")
        future = s.scalar(select(func.count()).select_from(Visit).where(
            Visit.status == "planned", Visit.starts_at >= datetime.combine(TODAY, time.min))) or 0
        assert 50 <= future <= 100
        spent = per_young_person(s, BudgetSpend)
        assert all(n <= 1 for n in spent.values())
        assert all(total <= 50_000 for total in dict(s.execute(
            select(BudgetSpend.young_person_id, func.sum(BudgetSpend.amount_pence))
            .group_by(BudgetSpend.young_person_id)).all()).values())
    assert store.integrity_problems() == []


def test_scale_rows_carry_what_the_flush_hook_writes(scaled: tuple[Store, DemoSummary],
                                                    demo: tuple[Store, DemoSummary]) -> None:
    store, summary = scaled
    with store.session() as s:
        total = sum(s.scalar(select(func.count()).select_from(m)) or 0
                    for m in synced_models().values())
        assert total == summary.total
        assert s.scalar(select(func.count()).select_from(ChangeLogEntry)) == total
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == total
        note = s.scalars(select(SessionNote).limit(1)).one()
        assert note.version == 1 and note.hlc and note.created_by == store.actor
        assert isinstance(note.purposes, list) and isinstance(note.session_on, date)
        entry = s.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.record_id == note.id)).one()
        assert entry.op == "insert" and entry.base_version == 0 and entry.version == 1
        assert entry.pushed_at is None
        scaled_fields = set(entry.fields)
        indexed = s.execute(text(
            "SELECT count(*) FROM search_index WHERE kind = 'young_person'")).scalar()
        assert indexed == 50
        yp = s.scalars(select(YoungPerson).limit(1)).one()
        hit = s.execute(text(
            "SELECT record_id FROM search_index WHERE search_index MATCH :q"),
            {"q": f'"{yp.family_name}"'}).scalars().all()
        assert yp.id in hit
    with demo[0].session() as s:
        hand_note = s.scalars(select(SessionNote).limit(1)).one()
        hand_entry = s.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.record_id == hand_note.id)).one()
        # The bulk path logs the same fields the hook logs for an ORM insert.
        assert set(hand_entry.fields) == scaled_fields


def test_scale_is_deterministic_for_a_seed(tmp_path: Path,
                                           scaled: tuple[Store, DemoSummary]) -> None:
    def names(store: Store) -> list[tuple[object, ...]]:
        with store.session() as s:
            return [tuple(r) for r in s.execute(
                select(YoungPerson.given_name, YoungPerson.family_name,
                       YoungPerson.nhs_number, YoungPerson.date_of_birth)
                .order_by(YoungPerson.nhs_number)).all()]

    again = new_store(tmp_path / "again")
    other = new_store(tmp_path / "other")
    try:
        with again.transaction() as s:
            populate_demo(s, today=TODAY, scale=50, seed=7)
        with other.transaction() as s:
            populate_demo(s, today=TODAY, scale=50, seed=8)
        assert names(again) == names(scaled[0])
        assert names(other) != names(scaled[0])
    finally:
        again.close()
        other.close()


def test_negative_scale_is_refused(session: Session) -> None:
    with pytest.raises(ValueError):
        populate_demo(session, today=TODAY, scale=-1)
