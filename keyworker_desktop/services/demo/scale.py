"""The demo caseload generated at scale: ``demo --scale N`` for trying the app and benchmarks.

``N`` young people are made procedurally from ``random.Random(seed)``, with records in
proportion, and written in chunks with ``executemany`` (:mod:`...store.bulk`). The pools
of names, places and phrases they are drawn from are data, in
``resources/demo/generated.json``.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from keyworker_desktop.domain.checklists import due_at, load_templates
from keyworker_desktop.services.demo.common import (
    DemoSummary,
    Place,
    data_folder,
    fake_nhs_number,
    read_data,
    team,
)
from keyworker_desktop.store.models import (
    Action,
    Allocation,
    BudgetSpend,
    ChecklistInstance,
    ChecklistItem,
    Consent,
    DsrEntry,
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
)
from keyworker_desktop.store.row_sink import RowSink

CHUNK = 500  # young people per flush


@dataclass(frozen=True)
class Pools:
    """What generated records are drawn from (``generated.json``, places from ``team.json``)."""

    given: tuple[tuple[str, str], ...]  # (given name, pronouns)
    nicknames: dict[str, str]
    family: tuple[str, ...]
    adult_given: tuple[str, ...]
    streets: tuple[str, ...]
    schools: tuple[Place, ...]
    residential: tuple[tuple[str, str, bool, int], ...]  # (name, address, out of area, travel)
    hospitals_in: tuple[Place, ...]
    hospitals_out: tuple[tuple[str, str, int], ...]  # (name, address, travel)
    community: tuple[Place, ...]
    office: Place
    roles: dict[str, tuple[tuple[str, str], ...]]  # sector -> (role, agency)
    sector_weights: tuple[tuple[str, int], ...]
    living: tuple[tuple[str, int], ...]
    interests: tuple[str, ...]
    own_words: tuple[str, ...]
    discussed: tuple[str, ...]
    agreed: tuple[str, ...]
    actions: tuple[str, ...]
    purposes: tuple[str, ...]
    rag_rationale: dict[str, str]


@functools.cache
def pools() -> Pools:
    """The pools, read once."""
    data = read_data(data_folder() / "generated.json")
    places = team().places

    def pairs(items: list[list[Any]]) -> tuple[Any, ...]:
        return tuple(tuple(item) for item in items)

    return Pools(
        given=pairs(data["given"]), nicknames=data["nicknames"], family=tuple(data["family"]),
        adult_given=tuple(data["adult_given"]), streets=tuple(data["streets"]),
        schools=tuple(places[k] for k in data["schools"]),
        residential=tuple((*places[r["place"]], r["out_of_area"], r["travel"])
                          for r in data["residential"]),
        hospitals_in=tuple(places[k] for k in data["hospitals_in_area"]),
        hospitals_out=tuple((*places[r["place"]], r["travel"])
                            for r in data["hospitals_out_of_area"]),
        community=tuple(places[k] for k in data["community"]), office=places["office"],
        roles={sector: pairs(roles) for sector, roles in data["roles"].items()},
        sector_weights=pairs(data["sector_weights"]), living=pairs(data["living_weights"]),
        interests=tuple(data["interests"]), own_words=tuple(data["own_words"]),
        discussed=tuple(data["discussed"]), agreed=tuple(data["agreed"]),
        actions=tuple(data["actions"]), purposes=tuple(data["purposes"]),
        rag_rationale=data["rag_rationale"])


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([w[0] for w in weighted], weights=[w[1] for w in weighted])[0]


def _generated_staff(sink: RowSink, rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The five named staff, plus enough generated keyworkers for ``n`` young people."""
    p, the_team = pools(), team()
    staff = [sink.add(Staff, name=name, role=role, team=the_team.name,
                      email=the_team.email(name))
             for _key, name, role in the_team.staff]
    for _ in range(max(0, n // 20 - 4)):
        name = f"{rng.choice(p.adult_given)} {rng.choice(p.family)}"
        staff.append(sink.add(Staff, name=name, role="keyworker", team=the_team.name,
                              email=the_team.email(name)))
    return staff


def _generated_professionals(sink: RowSink, rng: random.Random,
                             n: int) -> list[dict[str, Any]]:
    """A shared pool of about n/2 professionals (at least 20), every sector present."""
    p = pools()
    pros: list[dict[str, Any]] = []
    for i in range(max(20, n // 2)):
        sector = p.sector_weights[i % 5][0] if i < 10 else _pick(rng, p.sector_weights)
        role, agency = rng.choice(p.roles[sector])
        title = "Dr " if role.startswith(("GP", "Consultant", "Community paed")) else ""
        pros.append(sink.add(
            Professional, name=f"{title}{rng.choice(p.adult_given)} {rng.choice(p.family)}",
            role=role, agency=agency, sector=sector,
            phone=f"01632 960{rng.randrange(1000):03d}",
            email=f"contact{i}@{sector.replace('_', '-')}.example"))
    return pros


def _generate_one(sink: RowSink, rng: random.Random, today: date, staff: dict[str, Any],
                  senior: dict[str, Any], pros: list[dict[str, Any]], nhs_used: set[str],
                  template: Any) -> None:
    """One generated young person with proportional records."""
    p = pools()
    given, pronouns = rng.choice(p.given)
    family = rng.choice(p.family)
    preferred = p.nicknames.get(given, "") if rng.random() < 0.5 else ""
    age = rng.randint(3, 23)
    dob = today - timedelta(days=age * 365 + rng.randrange(365))
    living = _pick(rng, p.living)
    street = f"{rng.randint(1, 120)} {rng.choice(p.streets)}, Kestrelford KF{rng.randint(1, 6)}"
    placement, out_of_area = "", False
    if living == "residential_placement":
        placement, _addr, out_of_area, _travel = rng.choice(p.residential)
    elif living == "inpatient_in_area":
        placement = rng.choice(p.hospitals_in)[0]
    elif living == "inpatient_out_of_area":
        placement, out_of_area = rng.choice(p.hospitals_out)[0], True
    interests = rng.sample(p.interests, 3)
    known_as = preferred or given
    yid = sink.add(
        YoungPerson, given_name=given, family_name=family, preferred_name=preferred,
        date_of_birth=dob, pronouns=pronouns, nhs_number=fake_nhs_number(rng, nhs_used),
        address=street, living_situation=living, placement_name=placement,
        placement_out_of_area=out_of_area,
        communication_needs="Short sentences, pictures and time to answer.",
        uses_easy_read=rng.random() < 0.7, uses_signs=rng.random() < 0.3,
        uses_drawing=rng.random() < 0.4,
        what_matters=f"My family. {interests[0].capitalize()}. Knowing what happens next.",
        people_like=f"{known_as} is kind and funny and great at {interests[1]}.",
        how_to_support="Tell me about changes early. Use pictures. Give me time.",
        interests=", ".join(interests))["id"]
    sink.add(ImportantDate, young_person_id=yid, label=f"{known_as}'s birthday", on=dob)
    sink.add(ImportantDate, young_person_id=yid, label="Moved to where they live now",
             on=today - timedelta(days=rng.randint(30, 900)))
    for relation in ("parent", rng.choice(("sibling", "carer", "parent"))):
        sink.add(FamilyMember, young_person_id=yid,
                 name=f"{rng.choice(p.adult_given)} {family}", relation=relation,
                 parental_responsibility=relation == "parent" and age < 18,
                 lives_with_young_person=living == "family_home",
                 phone=f"07700 900{rng.randrange(1000):03d}")
    start = today - timedelta(days=rng.randint(20, 500))
    sink.add(Allocation, young_person_id=yid, staff_id=staff["id"], starts_on=start,
             line_manager_notified_on=start)
    if living.startswith("inpatient"):
        sink.add(Allocation, young_person_id=yid, staff_id=senior["id"],
                 role="senior_keyworker", starts_on=start)
    entry = sink.add(
        DsrEntry, young_person_id=yid, referred_by=rng.choice(pros)["name"],
        referred_on=start - timedelta(days=10), triaged_on=start - timedelta(days=3),
        triage_outcome="Accepted onto the register.", status="accepted",
        status_on=start - timedelta(days=3),
        current_issues="Placement and school under strain.", tried="Visual timetable.",
        reduces_risk="Routine and familiar people.", action_plan="Keep the plan under review.",
        review_on=today + timedelta(days=rng.randint(-10, 60)))
    span = (today - start).days
    for k in range(3):
        rating = "blue" if living.startswith("inpatient") and k == 2 else rng.choice(
            ("red", "amber", "amber", "green"))
        sink.add(RagRating, young_person_id=yid, dsr_entry_id=entry["id"], rating=rating,
                 rated_on=start + timedelta(days=span * k // 3),
                 rationale=p.rag_rationale[rating])
    giver = "parental_responsibility" if age < 16 else "young_person"
    no_keyworker = rng.random() < 0.05
    for kind in ("register", "keyworker", "share_information"):
        sink.add(Consent, young_person_id=yid, kind=kind,
                 given=not (no_keyworker and kind == "keyworker"), given_by=giver,
                 given_on=start - timedelta(days=3))
    linked = rng.sample(pros, 8)
    for pro in linked:
        sink.add(NetworkLink, young_person_id=yid, professional_id=pro["id"],
                 relationship_to_young_person=pro["role"],
                 strength=rng.choice(("strong", "strong", "tenuous", "stressful", "none")),
                 direction=rng.choice(("to_young_person", "to_young_person", "both",
                                       "from_young_person", "none")),
                 last_contact_on=today - timedelta(days=rng.randint(0, 90)))
    # Six visits: four or five done (the first four with session notes), one or two planned.
    future = rng.randint(1, 2)
    for k in range(6):
        is_future = k >= 6 - future
        offset = rng.randint(0, 10) if is_future else -rng.randint(3 + k * 10, 12 + k * 10)
        when = datetime.combine(today + timedelta(days=offset),
                                time(rng.choice((9, 10, 11, 13, 14, 15, 16)),
                                     rng.choice((0, 15, 30, 45))))
        place_type = rng.choice(("school", "home", "home", "community", "office"))
        place, travel = ("Family home", street), rng.randint(10, 40)
        if living == "residential_placement" and rng.random() < 0.6:
            name, addr, _out, travel = rng.choice(p.residential)
            place_type, place = "residential", (name, addr)
        elif living == "inpatient_in_area" and rng.random() < 0.6:
            place_type, place = "hospital_in_area", rng.choice(p.hospitals_in)
        elif living == "inpatient_out_of_area" and rng.random() < 0.6:
            name, addr, travel = rng.choice(p.hospitals_out)
            place_type, place = "hospital_out_of_area", (name, addr)
        elif place_type == "school":
            place = rng.choice(p.schools)
        elif place_type == "community":
            place = rng.choice(p.community)
        elif place_type == "office":
            place, travel = p.office, 0
        note_id = None
        if not is_future and k < 4:
            final = k < 3 or rng.random() < 0.7
            note_id = sink.add(
                SessionNote, young_person_id=yid, session_on=when.date(),
                purposes=rng.sample(p.purposes, rng.randint(1, 2)),
                format=rng.choice(("formal_meeting", "activity")),
                own_words=rng.choice(p.own_words), discussed=rng.choice(p.discussed),
                agreed=rng.choice(p.agreed), status="final" if final else "draft",
                finalised_by=staff["name"] if final else "",
                finalised_at=when + timedelta(hours=3) if final else None)["id"]
        sink.add(Visit, young_person_id=yid, status="planned" if is_future else "done",
                 starts_at=when, ends_at=when + timedelta(minutes=60), place_type=place_type,
                 place_name=place[0], address=place[1], travel_minutes=travel,
                 purpose="Keyworker session", session_note_id=note_id)
    # Taking on the keyworker role (10 items), anchored at the allocation.
    anchor_at = datetime.combine(start, time(9, 0))
    last_tick = datetime.combine(today, time(8, 0)) - timedelta(days=1)
    checklist_id = sink.add(
        ChecklistInstance, young_person_id=yid, template_key=template.key,
        template_version=template.version, title=template.title, anchor=template.anchor,
        anchor_at=anchor_at)["id"]
    for position, item in enumerate(template.items):
        due = due_at(item.deadline, anchor_at)
        ticked = rng.random() < 0.7
        sink.add(ChecklistItem, young_person_id=yid, checklist_id=checklist_id,
                 item_key=item.key, position=position, section=item.section, text=item.text,
                 deadline_kind=item.deadline.kind, due_at=due,
                 done_at=min(due or last_tick, last_tick) - timedelta(hours=2) if ticked
                 else None,
                 done_by=staff["name"] if ticked else "")
    meeting_id = sink.add(
        Meeting, young_person_id=yid,
        kind=rng.choice(("cetr", "ctr", "tracker", "professionals", "mdt")),
        title="Review meeting",
        held_at=datetime.combine(today - timedelta(days=rng.randint(5, 60)), time(10, 0)),
        location=p.office[0])["id"]
    for _ in range(3):
        owner = rng.choice(linked)
        what = rng.choice(p.actions)
        due_on = today + timedelta(days=rng.randint(-20, 30))
        status = rng.choice(("open", "open", "chased", "done"))
        sink.add(Action, young_person_id=yid, meeting_id=meeting_id,
                 description=what, owner_name=owner["name"],
                 owner_professional_id=owner["id"], due_on=due_on, status=status,
                 done_on=min(due_on + timedelta(days=5), today) if status == "done" else None)
    if rng.random() < 0.5:
        sink.add(BudgetSpend, young_person_id=yid, item="Sensory equipment",
                 amount_pence=rng.randint(20, 480) * 100,
                 spent_on=today - timedelta(days=rng.randint(1, 200)),
                 approved_by=senior["name"])
    goal_id = sink.add(Goal, young_person_id=yid, description=f"Enjoy {interests[0]} every week",
                       in_their_words=rng.choice(p.own_words), agreed_with="Family",
                       set_on=start)["id"]
    sink.add(OutcomeRating, young_person_id=yid, goal_id=goal_id, rated_on=today,
             score=rng.randint(2, 9))


def populate_generated(session: Session, today: date, n: int, seed: int) -> DemoSummary:
    """Write ``n`` generated young people, the same for the same ``seed``."""
    sink = RowSink(session, summaries=False)  # populate_demo rebuilds them all
    rng = random.Random(seed)
    staff = _generated_staff(sink, rng, n)
    senior = staff[4]
    keyworkers = [s for s in staff if s["role"] == "keyworker"]
    others = keyworkers[1:]
    pros = _generated_professionals(sink, rng, n)
    sink.flush()
    nhs_used: set[str] = set()
    template = load_templates()["taking_on_role"]
    for i in range(n):
        # The current user holds a third of the caseload; the rest is shared out.
        worker = keyworkers[0] if i % 3 == 0 else others[i % len(others)]
        _generate_one(sink, rng, today, worker, senior, pros, nhs_used, template)
        if (i + 1) % CHUNK == 0:
            sink.flush()
    sink.flush()
    return DemoSummary.of(sink.counts)
