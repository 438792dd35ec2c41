"""A fictional demo caseload, hand-written or generated at scale.

Everything here is made up: names, addresses (fictional streets in the fictional
town of Kestrelford, postcode areas KF and WX that do not exist), phone numbers
from Ofcom's drama ranges (01632 960xxx, 07700 900xxx), e-mail domains ending in
``.example`` and NHS numbers from the 999 test range that pass the modulus-11 check.

``populate_demo(session, today=...)`` writes 13 young people with everything the
product models, all dated relative to ``today`` (visits today, overdue checklist
items and actions, reviews due). ``populate_demo(session, today=..., scale=N)``
generates ``N`` young people procedurally from ``random.Random(seed)``, in chunks,
for trying the app (and benchmarks) with a large caseload.

Plain Python, no Qt. Records go through the session's flush hook like any write,
so they carry provenance and version and land in the change log and search index.
"""

from __future__ import annotations

import functools
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from keyworker_desktop import settings
from keyworker_desktop.domain.checklists import due_at, load_templates
from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.store import bulk, summary
from keyworker_desktop.store.changes import WriteContext
from keyworker_desktop.store.models import (
    Action,
    Addendum,
    Allocation,
    AuditEvent,
    Base,
    BudgetSpend,
    ChangeLogEntry,
    ChecklistInstance,
    ChecklistItem,
    Consent,
    DsrEntry,
    Ending,
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
)
from keyworker_desktop.store.stamping import stamp_new_row, young_person_of

CURRENT_USER = "Alex Morgan"
TEAM = "Northvale Keyworking Team"
ORG_DOMAIN = "northvale-keyworking.example"
CHUNK = 500  # young people per flush when generating at scale


# --------------------------------------------------------------------------- summary
@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind were written."""

    young_people: int = 0
    family_members: int = 0
    important_dates: int = 0
    staff: int = 0
    allocations: int = 0
    dsr_entries: int = 0
    rag_ratings: int = 0
    consents: int = 0
    professionals: int = 0
    network_links: int = 0
    visits: int = 0
    session_notes: int = 0
    addenda: int = 0
    checklists: int = 0
    checklist_items: int = 0
    meetings: int = 0
    actions: int = 0
    escalations: int = 0
    budget_spends: int = 0
    goals: int = 0
    outcome_ratings: int = 0
    endings: int = 0

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @property
    def total(self) -> int:
        return sum(self.as_dict().values())

    def __str__(self) -> str:
        parts = [f"{n:,} {name.replace('_', ' ')}" for name, n in self.as_dict().items() if n]
        return ", ".join(parts) + f" ({self.total:,} records)"


_FIELD_FOR_TABLE = {
    "young_person": "young_people", "family_member": "family_members",
    "important_date": "important_dates", "staff": "staff", "allocation": "allocations",
    "dsr_entry": "dsr_entries", "rag_rating": "rag_ratings", "consent": "consents",
    "professional": "professionals", "network_link": "network_links", "visit": "visits",
    "session_note": "session_notes", "addendum": "addenda", "checklist": "checklists",
    "checklist_item": "checklist_items", "meeting": "meetings", "action": "actions",
    "escalation": "escalations", "budget_spend": "budget_spends", "goal": "goals",
    "outcome_rating": "outcome_ratings", "ending": "endings",
}


# --------------------------------------------------------------------------- helpers
def nhs_check_digit(nine: str) -> int | None:
    """The modulus-11 check digit for the first nine digits, or None when there is none."""
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def fake_nhs_number(rng: random.Random, used: set[str]) -> str:
    """A valid-looking NHS number in the 999 test range, formatted '999 123 4567'."""
    while True:
        nine = "999" + f"{rng.randrange(1_000_000):06d}"
        check = nhs_check_digit(nine)
        if check is None:
            continue
        digits = f"{nine}{check}"
        if digits in used:
            continue
        used.add(digits)
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def date_of_birth(today: date, age: int, month: int, day: int) -> date:
    """The birth date that makes someone ``age`` on ``today`` with the given birthday."""
    year = today.year - age
    if (month, day) > (today.month, today.day):
        year -= 1
    return date(year, month, day)


class _Sink:
    """Collects new records, counts them by table and adds them in bulk."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.pending: list[Any] = []
        self.counts: Counter[str] = Counter()

    def add(self, obj: Any) -> Any:
        if getattr(obj, "id", None) is None:
            obj.id = uuid7()
        self.pending.append(obj)
        self.counts[type(obj).__tablename__] += 1
        return obj

    def flush(self) -> None:
        """Insert what is pending, parents before children.

        The models link by foreign key without ORM relationships, so the unit of work does
        not order the inserts itself: each dependency level gets its own flush.
        """
        by_level: dict[int, list[Any]] = {}
        for obj in self.pending:
            by_level.setdefault(_table_levels()[type(obj).__tablename__], []).append(obj)
        self.pending = []
        for level in sorted(by_level):
            self.session.add_all(by_level.pop(level))
            self.session.flush()

    def summary(self) -> DemoSummary:
        return DemoSummary(**{_FIELD_FOR_TABLE[t]: n for t, n in self.counts.items()
                              if t in _FIELD_FOR_TABLE})


@functools.cache
def _table_levels() -> dict[str, int]:
    """Each table's depth in the foreign-key graph: 0 for tables that reference none."""
    levels: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        parents = [fk.column.table.name for fk in table.foreign_keys
                   if fk.column.table.name != table.name]
        levels[table.name] = 1 + max((levels[p] for p in parents), default=-1)
    return levels


def _hm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


# --------------------------------------------------------------------------- staff
_STAFF: tuple[tuple[str, str, str], ...] = (
    # key, name, role
    ("alex", CURRENT_USER, "keyworker"),
    ("priya", "Priya Chauhan", "keyworker"),
    ("tomasz", "Tomasz Nowak", "keyworker"),
    ("grace", "Grace Okafor", "keyworker"),
    ("helen", "Helen Fairweather", "senior_keyworker"),
)


def _staff_email(name: str) -> str:
    return f"{name.lower().replace(' ', '.')}@{ORG_DOMAIN}"


# --------------------------------------------------------------------------- hand-written
# Professionals shared across the hand-written caseload: key -> (name, role, agency,
# sector, phone, email, address).
_PROS: dict[str, tuple[str, str, str, str, str, str, str]] = {
    # Health
    "gp_brookfield": ("Dr Farah Siddiqui", "GP", "Brookfield Medical Practice", "health",
                      "01632 960112", "brookfield.practice@nhs.example",
                      "2 Cobble Mews, Kestrelford KF2 4RT"),
    "gp_kestrel": ("Dr Gareth Llewellyn", "GP", "Kestrelford Health Centre", "health",
                   "01632 960245", "kestrelford.hc@nhs.example",
                   "Lantern Row, Kestrelford KF1 3DL"),
    "psych_larch": ("Dr Helena Marsh", "Consultant psychiatrist",
                    "Larchmont House Hospital (independent inpatient unit)", "health",
                    "01632 960871", "h.marsh@larchmont.example",
                    "1 Meadowsweet Drive, Wexcombe WX4 9JH"),
    "psych_ld": ("Dr Rajesh Iyer", "Consultant psychiatrist (learning disability)",
                 "Northvale Community Learning Disability Team", "health", "01632 960330",
                 "r.iyer@nhs.example", "Fernbank Clinic, Kestrelford KF4 5EE"),
    "nurse_larch": ("Niamh Byrne", "Ward nurse (named nurse), Rowan Ward",
                    "Larchmont House Hospital (independent inpatient unit)", "health",
                    "01632 960872", "rowan.ward@larchmont.example",
                    "1 Meadowsweet Drive, Wexcombe WX4 9JH"),
    "nurse_moor": ("Daniel Osei", "Charge nurse, Heron Ward",
                   "Moorside Assessment and Treatment Unit", "health", "01632 960410",
                   "heron.ward@nhs.example", "Moorside Lane, Kestrelford KF6 3QT"),
    "slt_child": ("Bethan Price", "Speech and language therapist",
                  "Northvale Children's Therapy Service", "health", "01632 960515",
                  "b.price@nhs.example", "Kestrelford Child Development Centre, KF2 1CD"),
    "slt_adult": ("Carys Evans", "Speech and language therapist",
                  "Northvale Community Learning Disability Team", "health", "01632 960331",
                  "c.evans@nhs.example", "Fernbank Clinic, Kestrelford KF4 5EE"),
    "camhs_ld": ("Marcus Reid", "CAMHS learning disability nurse", "Northvale CAMHS LD Team",
                 "health", "07700 900118", "m.reid@nhs.example",
                 "The Orchard Centre, Kestrelford KF1 6PP"),
    "paed": ("Dr Olu Adeyemi", "Community paediatrician",
             "Kestrelford Child Development Centre", "health", "01632 960520",
             "o.adeyemi@nhs.example", "Kestrelford Child Development Centre, KF2 1CD"),
    "ot": ("Fiona Grant", "Occupational therapist (sensory)",
           "Northvale Children's Therapy Service", "health", "01632 960516",
           "f.grant@nhs.example", "Kestrelford Child Development Centre, KF2 1CD"),
    # Education
    "senco_holly": ("Joanne Pritchard", "SENCO", "Hollybank Primary School", "education",
                    "01632 960640", "senco@hollybank.example",
                    "Hollybank Road, Kestrelford KF3 2HP"),
    "senco_river": ("Imran Qureshi", "SENCO", "Riverside Academy", "education",
                    "01632 960650", "i.qureshi@riverside.example",
                    "Wharf Lane, Kestrelford KF2 8RA"),
    "teacher_holly4": ("Sophie Turner", "Class teacher (Year 4)", "Hollybank Primary School",
                       "education", "01632 960641", "s.turner@hollybank.example",
                       "Hollybank Road, Kestrelford KF3 2HP"),
    "teacher_holly6": ("Liam Doherty", "Class teacher (Year 6)", "Hollybank Primary School",
                       "education", "01632 960641", "l.doherty@hollybank.example",
                       "Hollybank Road, Kestrelford KF3 2HP"),
    "teacher_holly2": ("Anita Kaur", "Class teacher (Year 2)", "Hollybank Primary School",
                       "education", "01632 960641", "a.kaur@hollybank.example",
                       "Hollybank Road, Kestrelford KF3 2HP"),
    "teacher_river10": ("Kerry Walsh", "Class teacher and form tutor (Year 10)",
                        "Riverside Academy", "education", "01632 960651",
                        "k.walsh@riverside.example", "Wharf Lane, Kestrelford KF2 8RA"),
    "teacher_river8": ("Daniel Fraser", "Form tutor (Year 8)", "Riverside Academy",
                       "education", "01632 960651", "d.fraser@riverside.example",
                       "Wharf Lane, Kestrelford KF2 8RA"),
    "nursery": ("Chloe Barnes", "Key person and early years SENCO", "Little Acorns Nursery",
                "education", "01632 960690", "hello@littleacorns.example",
                "The Old Chapel, Pippin Street, Kestrelford KF3 9LA"),
    "hosp_school": ("Tom Hadley", "Teacher", "Larchmont House Education Centre", "education",
                    "01632 960875", "education@larchmont.example",
                    "1 Meadowsweet Drive, Wexcombe WX4 9JH"),
    "oakfield_teacher": ("Deborah Lloyd", "Class teacher", "Oakfield House School",
                         "education", "01632 960930", "d.lloyd@oakfield.example",
                         "40 Orchard Rise, Little Wexley WX2 5PB"),
    "college": ("Yusuf Patel", "Course tutor (Skills for Life)", "Northvale College",
                "education", "01632 960700", "y.patel@northvale-college.example",
                "College Way, Kestrelford KF1 2NC"),
    "ehcp": ("Louise Fenwick", "EHCP coordinator", "Northvale SEND Service", "education",
             "01632 960720", "send@northvale.example", "Civic Centre, Kestrelford KF1 1AA"),
    # Social care
    "sw_cwd": ("Dionne Campbell", "Social worker",
               "Children with Disabilities Team, Northvale Council", "social_care",
               "01632 960760", "d.campbell@northvale.example",
               "Civic Centre, Kestrelford KF1 1AA"),
    "sw_cwd2": ("Ben Hartley", "Social worker",
                "Children with Disabilities Team, Northvale Council", "social_care",
                "01632 960761", "b.hartley@northvale.example",
                "Civic Centre, Kestrelford KF1 1AA"),
    "sw_trans": ("Patrick Reilly", "Transitions social worker",
                 "Preparing for Adulthood Team, Northvale Council", "social_care",
                 "01632 960770", "p.reilly@northvale.example",
                 "Civic Centre, Kestrelford KF1 1AA"),
    "willow": ("Sarah Whitlock", "Registered manager", "Willow Lodge Children's Home",
               "social_care", "01632 960800", "manager@willowlodge.example",
               "3 Brambleberry Close, Kestrelford KF5 2LS"),
    "oakfield_care": ("Mark Bennett", "Head of care", "Oakfield House School (residential)",
                      "social_care", "01632 960931", "m.bennett@oakfield.example",
                      "40 Orchard Rise, Little Wexley WX2 5PB"),
    "iro": ("Angela Morris", "Independent reviewing officer", "Northvale Council",
            "social_care", "01632 960780", "a.morris@northvale.example",
            "Civic Centre, Kestrelford KF1 1AA"),
    "short_breaks": ("Leanne Fox", "Short breaks coordinator", "Maple Short Breaks",
                     "social_care", "01632 960810", "bookings@mapleshortbreaks.example",
                     "Maple House, 12 Acorn Way, Kestrelford KF3 5MB"),
    "greenway": ("Comfort Asante", "Support manager", "Greenway Supported Living",
                 "social_care", "01632 960820", "c.asante@greenway.example",
                 "Greenway Court, 18 Sorrel Avenue, Kestrelford KF4 2GG"),
    "employment": ("Naomi Clarke", "Employment adviser", "Northvale Supported Employment",
                   "social_care", "01632 960830", "n.clarke@northvale.example",
                   "Civic Centre, Kestrelford KF1 1AA"),
    # Voluntary and community
    "youth_club": ("Jamal Ahmed", "Youth club leader", "Kestrelford Inclusive Youth Club",
                   "voluntary_community", "07700 900231", "jamal@kiyc.example",
                   "St Hilda's Hall, Kestrelford KF2 3SH"),
    "advocate": ("Rosie Gallagher", "Independent advocate", "Northvale Advocacy",
                 "voluntary_community", "07700 900242", "rosie@northvale-advocacy.example",
                 "4 Tannery Yard, Kestrelford KF1 4TY"),
    "swim": ("Dave Kirby", "Swimming coach", "Splash Inclusive Swim Club",
             "voluntary_community", "07700 900253", "coach@splash.example",
             "Kestrelford Leisure Centre, KF3 7LC"),
    "parent_forum": ("Mel Sutton", "Family support worker", "Northvale Parent Carer Forum",
                     "voluntary_community", "07700 900264", "mel@northvale-pcf.example",
                     "Unit 2, Bobbin Mill, Kestrelford KF1 5BM"),
    "autism_support": ("Hannah Osborne", "Family support worker", "Autism Support Northvale",
                       "voluntary_community", "07700 900275", "hannah@asn.example",
                       "The Hub, Mercer Street, Kestrelford KF1 8MS"),
    "mosque_mentor": ("Bilal Khan", "Youth mentor", "Kestrelford Central Mosque",
                      "voluntary_community", "07700 900286", "youth@kcm.example",
                      "Minaret Street, Kestrelford KF1 9MQ"),
    "polish_school": ("Krzysztof Nowicki", "Teacher", "Kestrelford Polish Saturday School",
                      "voluntary_community", "07700 900297", "szkola@kpss.example",
                      "St Hilda's Hall, Kestrelford KF2 3SH"),
    "cafe": ("Jenny Holt", "Manager (work placement)", "The Pantry Community Café",
             "voluntary_community", "01632 960850", "jenny@thepantry.example",
             "9 Market Steps, Kestrelford KF1 2MK"),
    "drama": ("Kit Dawson", "Drama group leader", "Open Door Theatre", "voluntary_community",
              "07700 900308", "kit@opendoor.example", "The Corn Exchange, Kestrelford KF1 3CE"),
    "railway": ("Graham Pike", "Volunteer coordinator", "Wexley Valley Heritage Railway",
                "voluntary_community", "07700 900319", "volunteers@wvhr.example",
                "Station Yard, Little Wexley WX2 1SY"),
    "dance": ("Zara Lewis", "Dance teacher", "Step Together Inclusive Dance",
              "voluntary_community", "07700 900320", "zara@steptogether.example",
              "Kestrelford Leisure Centre, KF3 7LC"),
}

LARCHMONT = ("Larchmont House Hospital — Rowan Ward",
             "1 Meadowsweet Drive, Wexcombe WX4 9JH (about 120 miles away)")
MOORSIDE = ("Moorside Assessment and Treatment Unit — Heron Ward",
            "Moorside Lane, Kestrelford KF6 3QT")
RIVERSIDE = ("Riverside Academy", "Wharf Lane, Kestrelford KF2 8RA")
HOLLYBANK = ("Hollybank Primary School", "Hollybank Road, Kestrelford KF3 2HP")
WILLOW = ("Willow Lodge Children's Home", "3 Brambleberry Close, Kestrelford KF5 2LS")
OAKFIELD = ("Oakfield House School (residential)", "40 Orchard Rise, Little Wexley WX2 5PB")
OFFICE = ("Northvale Keyworking Team office", "Civic Centre, Kestrelford KF1 1AA")


class _Builder:
    """Writes hand-written records, with dates counted from ``today``."""

    def __init__(self, sink: _Sink, today: date) -> None:
        self.sink = sink
        self.today = today
        self.staff: dict[str, Staff] = {}
        self.pros: dict[str, Professional] = {}
        self.nhs_rng = random.Random(20_250_101)
        self.nhs_used: set[str] = set()

    # dates
    def d(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def at(self, offset: int, hhmm: str) -> datetime:
        return datetime.combine(self.d(offset), _hm(hhmm))

    def add(self, obj: Any) -> Any:
        return self.sink.add(obj)

    # people
    def make_staff(self) -> None:
        for key, name, role in _STAFF:
            self.staff[key] = self.add(Staff(name=name, role=role, team=TEAM,
                                             email=_staff_email(name)))

    def make_professionals(self) -> None:
        for key, (name, role, agency, sector, phone, email, address) in _PROS.items():
            self.pros[key] = self.add(Professional(
                name=name, role=role, agency=agency, sector=sector, phone=phone,
                email=email, address=address))

    def young_person(self, *, age: int, birthday: tuple[int, int], **values: Any) -> YoungPerson:
        dob = date_of_birth(self.today, age, *birthday)
        yp = self.add(YoungPerson(date_of_birth=dob,
                                  nhs_number=fake_nhs_number(self.nhs_rng, self.nhs_used),
                                  **values))
        self.add(ImportantDate(young_person_id=yp.id, label=f"{yp.known_as}'s birthday",
                               on=dob, yearly=True))
        return yp

    def important_date(self, yp: YoungPerson, label: str, on: date, notes: str = "") -> None:
        self.add(ImportantDate(young_person_id=yp.id, label=label, on=on, yearly=True,
                               notes=notes))

    def family(self, yp: YoungPerson, name: str, relation: str, *, pr: bool = False,
               lives: bool = False, phone: str = "", notes: str = "",
               family_keyworker: str | None = None) -> FamilyMember:
        return self.add(FamilyMember(
            young_person_id=yp.id, name=name, relation=relation, parental_responsibility=pr,
            lives_with_young_person=lives, phone=phone, notes=notes,
            address=yp.address if lives else "",
            family_keyworker_id=self.staff[family_keyworker].id if family_keyworker else None))

    def allocate(self, yp: YoungPerson, staff: str, starts: int, *, role: str = "keyworker",
                 ends: int | None = None, reason: str = "first_allocation",
                 notes: str = "") -> None:
        self.add(Allocation(
            young_person_id=yp.id, staff_id=self.staff[staff].id, role=role,
            starts_on=self.d(starts), ends_on=None if ends is None else self.d(ends),
            change_reason=reason, notes=notes, line_manager_notified_on=self.d(starts)))

    def dsr(self, yp: YoungPerson, *, referred_by: str, referred: int, triaged: int,
            triage: str, issues: str, tried: str, reduces: str, plan: str, review: int,
            ratings: Iterable[tuple[int, str, str]]) -> None:
        entry = self.add(DsrEntry(
            young_person_id=yp.id, referred_by=referred_by, referred_on=self.d(referred),
            triaged_on=self.d(triaged), triage_outcome=triage, current_issues=issues,
            tried=tried, reduces_risk=reduces, action_plan=plan, review_on=self.d(review)))
        for offset, rating, rationale in ratings:
            self.add(RagRating(young_person_id=yp.id, dsr_entry_id=entry.id, rating=rating,
                               rated_on=self.d(offset), rationale=rationale))

    def consent(self, yp: YoungPerson, kind: str, on: int, *, by: str = "young_person",
                name: str = "", capacity: str = "", given: bool = True) -> None:
        self.add(Consent(young_person_id=yp.id, kind=kind, given=given, given_by=by,
                         giver_name=name, capacity_noted=capacity, given_on=self.d(on)))

    def consents(self, yp: YoungPerson, on: int, *, by: str, name: str,
                 capacity: str = "") -> None:
        for kind in ("register", "keyworker", "share_information"):
            self.consent(yp, kind, on, by=by, name=name, capacity=capacity)

    def link(self, yp: YoungPerson, pro: str, relationship: str, strength: str,
             direction: str, last_contact: int | None, how: str = "") -> None:
        self.add(NetworkLink(
            young_person_id=yp.id, professional_id=self.pros[pro].id,
            relationship_to_young_person=relationship, how_they_help=how, strength=strength,
            direction=direction,
            last_contact_on=None if last_contact is None else self.d(-last_contact)))

    def informal(self, yp: YoungPerson, name: str, role: str, relationship: str,
                 strength: str, direction: str, last_contact: int | None, how: str = "",
                 phone: str = "", sector: str = "family_informal", agency: str = "") -> None:
        key = f"{yp.id}:{name}"
        self.pros[key] = self.add(Professional(name=name, role=role, agency=agency,
                                               sector=sector, phone=phone))
        self.link(yp, key, relationship, strength, direction, last_contact, how)

    def visit(self, yp: YoungPerson, offset: int, start: str, minutes: int, place_type: str,
              place: tuple[str, str], *, travel: int | None = None, who: str = "",
              purpose: str = "", notes: str = "", note: SessionNote | None = None,
              status: str | None = None) -> Visit:
        starts = self.at(offset, start)
        if status is None:
            status = "done" if offset < 0 else "planned"
        return self.add(Visit(
            young_person_id=yp.id, status=status, starts_at=starts,
            ends_at=starts + timedelta(minutes=minutes), place_type=place_type,
            place_name=place[0], address=place[1], travel_minutes=travel, who_was_there=who,
            purpose=purpose, notes=notes, session_note_id=note.id if note else None))

    def note(self, yp: YoungPerson, offset: int, purposes: list[str], *, own_words: str,
             discussed: str, agreed: str, concerns: str = "", fmt: str = "formal_meeting",
             author: str = "alex", final: bool = True, raise_: bool = False,
             signed: str = "17:30") -> SessionNote:
        name = self.staff[author].name
        return self.add(SessionNote(
            young_person_id=yp.id, session_on=self.d(offset), purposes=purposes, format=fmt,
            own_words=own_words, discussed=discussed, agreed=agreed, concerns=concerns,
            raise_with_manager=raise_, status="final" if final else "draft",
            finalised_by=name if final else "",
            finalised_at=self.at(offset, signed) if final else None, created_by=name))

    def session(self, yp: YoungPerson, offset: int, start: str, minutes: int, place_type: str,
                place: tuple[str, str], *, travel: int | None = None, who: str = "",
                purpose: str = "", **note: Any) -> SessionNote:
        """A done visit with its session note."""
        n = self.note(yp, offset, **note)
        self.visit(yp, offset, start, minutes, place_type, place, travel=travel, who=who,
                   purpose=purpose, note=n)
        return n

    def checklist(self, yp: YoungPerson, template_key: str, anchor_at: datetime,
                  done: dict[str, tuple[str, datetime]]) -> None:
        template = load_templates()[template_key]
        instance = self.add(ChecklistInstance(
            young_person_id=yp.id, template_key=template.key,
            template_version=template.version, title=template.title, anchor=template.anchor,
            anchor_at=anchor_at))
        for position, item in enumerate(template.items):
            who, when = done.get(item.key, ("", None))
            self.add(ChecklistItem(
                young_person_id=yp.id, checklist_id=instance.id, item_key=item.key,
                position=position, section=item.section, text=item.text,
                deadline_kind=item.deadline.kind, due_at=due_at(item.deadline, anchor_at),
                done_at=when, done_by=who))

    def meeting(self, yp: YoungPerson, kind: str, title: str, held: datetime, location: str,
                attendees: str, notes: str) -> Meeting:
        return self.add(Meeting(young_person_id=yp.id, kind=kind, title=title, held_at=held,
                                location=location, attendees=attendees, notes=notes))

    def action(self, yp: YoungPerson, meeting: Meeting | None, description: str, owner: str,
               due: int, *, status: str = "open", follow_up: str = "",
               chased: int | None = None) -> None:
        pro = self.pros.get(owner)
        staff = next((s for s in self.staff.values() if s.name == owner), None)
        owner_name = pro.name if pro else (staff.name if staff else owner)
        self.add(Action(
            young_person_id=yp.id, meeting_id=meeting.id if meeting else None,
            description=description, owner_name=owner_name,
            owner_professional_id=pro.id if pro else None, due_on=self.d(due), status=status,
            follow_up=follow_up, last_chased_on=None if chased is None else self.d(chased)))

    def budget(self, yp: YoungPerson, item: str, pence: int, offset: int,
               approved_by: str = "Helen Fairweather") -> None:
        self.add(BudgetSpend(young_person_id=yp.id, item=item, amount_pence=pence,
                             spent_on=self.d(offset), approved_by=approved_by,
                             approved_on=self.d(offset - 2)))

    def goal(self, yp: YoungPerson, description: str, words: str, agreed_with: str, set_on: int,
             ratings: Iterable[tuple[int, int, str]], achieved: int | None = None) -> None:
        goal = self.add(Goal(young_person_id=yp.id, description=description,
                             in_their_words=words, agreed_with=agreed_with,
                             set_on=self.d(set_on),
                             achieved_on=None if achieved is None else self.d(achieved)))
        for offset, score, comment in ratings:
            self.add(OutcomeRating(young_person_id=yp.id, goal_id=goal.id,
                                   rated_on=self.d(offset), score=score, comment=comment))


# Each function below writes one young person; together they tell one working week.

def _aisha(b: _Builder) -> None:
    yp = b.young_person(
        given_name="Aisha", family_name="Begum", preferred_name="Aish", age=15,
        birthday=(3, 14), pronouns="she/her",
        address="14 Larkspur Lane, Kestrelford KF2 6QP", living_situation="family_home",
        communication_needs=(
            "Prefers written information and easy read. Give her time to answer: count to ten "
            "before asking again. Shows a red card when she needs to leave the room. Draws how "
            "she feels on a 1 to 5 scale when talking is too hard."),
        uses_easy_read=True, uses_drawing=True,
        what_matters=(
            "My cat Biscuit. Drawing manga in my sketchbook. Knowing what is happening next: I "
            "like the plan for the day on my phone. Seeing my cousin Maya on Sundays."),
        people_like=(
            "Aisha is very funny once she knows you, and she notices things other people miss. "
            "She is a talented artist and remembers every detail of the films she loves. She is "
            "kind and patient with the little ones at family gatherings."),
        how_to_support=(
            "Tell me about changes the day before, in writing. Speak quietly and one at a time. "
            "Let me sit near the door. Don't ask me about school in front of other people. If I "
            "go quiet, give me my headphones and some time. I will come back."),
        interests="Manga and anime, drawing, Studio Ghibli films, her cat Biscuit, baking cupcakes",
    )
    b.important_date(yp, "Biscuit's adoption day", b.d(-200),
                     "Aisha likes to bake a cake for her cat's 'gotcha day'.")
    b.family(yp, "Rukhsana Begum", "parent", pr=True, lives=True, phone="07700 900401",
             notes="Mum. Prefers calls after 3pm; speaks Sylheti and English.")
    b.family(yp, "Abdul Karim", "parent", pr=True, lives=True, phone="07700 900402",
             notes="Dad. Works shifts as a taxi driver.")
    b.family(yp, "Rayhan Karim", "sibling", lives=True,
             notes="Younger brother, 11. Aisha is protective of him.")
    b.allocate(yp, "alex", -210)
    b.dsr(yp, referred_by="Marcus Reid, CAMHS LD nurse", referred=-240, triaged=-230,
          triage="Accepted onto the register: placement at school and at home at risk.",
          issues="Anxiety-based school avoidance; hits her head when overwhelmed; poor sleep.",
          tried="Part-time timetable; quiet room at school; visual plan on her phone; "
                "melatonin from the GP.",
          reduces="A predictable routine; warning of changes a day ahead; time with Biscuit "
                  "after school; weekly CAMHS LD nurse visits.",
          plan="Four mornings a week by half term; sensory assessment (OT); review the crisis "
               "plan with the family.",
          review=4,
          ratings=[
              (-230, "amber", "Out of school for six weeks; distress at home most evenings; "
                              "family coping with support."),
              (-120, "red", "Head-hitting increased after a timetable change; Mum says she "
                            "cannot keep Aisha safe some evenings; crisis plan used."),
              (-45, "amber", "Part-time timetable working (three mornings); head-hitting down "
                             "to about once a fortnight; weekly CAMHS LD input."),
          ])
    b.consent(yp, "register", -230, by="parental_responsibility", name="Rukhsana Begum")
    b.consent(yp, "keyworker", -212, by="young_person", name="Aisha Begum",
              capacity="Aisha understood what a keyworker does from the easy-read leaflet "
                       "and said yes; Mum agreed too.")
    b.consent(yp, "share_information", -212, by="parental_responsibility", name="Rukhsana Begum")
    b.link(yp, "gp_brookfield", "Family GP", "tenuous", "to_young_person", 70,
           "Prescribes melatonin.")
    b.link(yp, "camhs_ld", "CAMHS LD nurse", "strong", "both", 6,
           "Weekly visits; wrote the crisis plan with Aisha.")
    b.link(yp, "senco_river", "SENCO at Riverside Academy", "stressful", "to_young_person", 12,
           "Disagreement with the family about the part-time timetable.")
    b.link(yp, "teacher_river10", "Form tutor", "strong", "both", 3,
           "Meets Aisha at the side gate each morning.")
    b.link(yp, "ot", "Occupational therapist", "tenuous", "to_young_person", 40,
           "On the waiting list for a sensory assessment.")
    b.link(yp, "ehcp", "EHCP coordinator", "stressful", "to_young_person", 33,
           "EHCP annual review is late.")
    b.link(yp, "youth_club", "Art night at the youth club", "strong", "to_young_person", 20)
    b.link(yp, "autism_support", "Supports Mum", "tenuous", "to_young_person", 55)
    b.informal(yp, "Jahanara Begum", "Grandmother (Nani)", "Nani, lives nearby", "strong",
               "both", 9, "Aisha stays over on Friday nights.")
    b.informal(yp, "Maya Rahman", "Cousin and best friend", "Cousin, 16", "strong", "both", 5,
               "Sunday drawing sessions.")
    b.session(
        yp, -28, "10:30", 60, "school", RIVERSIDE, travel=20,
        who="Aisha, Kerry Walsh (form tutor)", purpose="Weekly session: lunchtimes",
        purposes=["progress_chasing", "specific_issues"],
        own_words='"School is too loud at lunchtime. I want to eat in the art room."',
        discussed="Lunchtimes in the canteen; the part-time timetable; drawing club.",
        agreed="Alex to ask Mr Qureshi about eating in the art room. Aisha to try staying for "
               "two lunches this week.")
    b.session(
        yp, -14, "16:00", 75, "home", ("Family home", yp.address), travel=15,
        who="Aisha, Rukhsana (Mum)", purpose="Session at home: ideas for the future",
        purposes=["future_ideas"], fmt="activity",
        own_words='"I want to go to college to do art. Maybe animation."',
        discussed="We baked cupcakes and talked about what comes after Year 11.",
        agreed="Alex to find an easy-read guide to the art courses at Northvale College. "
               "Aisha to bring her sketchbook next time to show the college.")
    n3 = b.session(
        yp, -7, "10:30", 60, "school", RIVERSIDE, travel=20,
        who="Aisha, Imran Qureshi (SENCO)", purpose="Weekly session after an incident",
        purposes=["specific_issues"],
        own_words='"I hit my head on Tuesday because the fire alarm went off and nobody told me."',
        discussed="What happened on Tuesday; the warning plan; her red card.",
        agreed="School to add Aisha to the list for warnings about alarms. Alex to share the "
               "crisis plan with the SENCO again.",
        concerns="The school did not use Aisha's warning plan and she hurt herself. Raised "
                 "with the manager.", raise_=True)
    b.add(Addendum(young_person_id=yp.id, session_note_id=n3.id,
                   text="Correction: the alarm on Tuesday was a real fire alarm, not a "
                        "planned drill (confirmed by Mr Qureshi). School will add Aisha to the "
                        "personal evacuation plan list.",
                   signed_by=CURRENT_USER, signed_at=b.at(-6, "09:10")))
    b.visit(yp, 0, "09:15", 60, "school", RIVERSIDE, travel=20,
            who="Aisha, Kerry Walsh (form tutor)",
            purpose="Weekly session; check the art room lunches and the alarm warnings")
    b.visit(yp, 12, "16:00", 60, "home", ("Family home", yp.address), travel=15,
            purpose="Session at home with Mum: college open evening")
    tracker = b.meeting(
        yp, "tracker", "DSR tracker meeting", b.at(-10, "13:00"), OFFICE[0],
        "Alex Morgan, Helen Fairweather, Marcus Reid, Imran Qureshi, Louise Fenwick",
        "Reviewed Aisha's amber rating. School and CAMHS agreed the lunch plan; EHCP review "
        "date still not set.")
    b.action(yp, tracker, "Trial lunch in the art room three days a week", "senco_river", 5)
    b.action(yp, tracker, "Give a date for the sensory assessment", "ot", -4,
             follow_up="Left a voicemail.", chased=-2, status="chased")
    b.action(yp, tracker, "Set the date for the EHCP annual review", "ehcp", 10)
    b.goal(yp, "Go to school for four mornings a week by half term",
           '"I want to do art GCSE with my class."',
           "Aisha, Rukhsana (Mum) and Imran Qureshi (SENCO)", -60,
           [(-60, 2, "Two mornings, often leaving early."),
            (-30, 4, "Three mornings, staying until break."),
            (-7, 5, "Three mornings and two lunches.")])
    b.budget(yp, "Noise-cancelling headphones", 7_999, -50)


def _olly(b: _Builder) -> None:
    yp = b.young_person(
        given_name="Oliver", family_name="Thompson", preferred_name="Olly", age=9,
        birthday=(7, 2), pronouns="he/him",
        address="7 Thistledown Crescent, Kestrelford KF3 1NB", living_situation="family_home",
        communication_needs=(
            "Uses Makaton signs and about 20 spoken words. Understands short sentences with a "
            "sign. Uses a now-and-next board and a symbol talker. Signs 'finished' when he "
            "wants to stop."),
        uses_easy_read=True, uses_signs=True,
        what_matters=(
            "Swimming, and the big slide at Splash. My trampoline. Dinosaurs, especially the "
            "diplodocus. My sister Ella. My blue cup."),
        people_like=(
            "Olly has a huge laugh and loves to be chased. He is determined and remembers "
            "routes everywhere: he will show you the way to the swimming pool. He is gentle "
            "with animals."),
        how_to_support=(
            "Say my name first, then sign while you speak. Show me what is now and what is "
            "next. Give me five minutes' warning with the sand timer before we stop. If I cover "
            "my ears, make it quieter and don't ask me questions."),
        interests="Swimming, trampolining, dinosaurs, Hey Duggee, water play",
    )
    b.important_date(yp, "Swam his first width on his own", b.d(-400),
                     "Olly gets his certificate out every year.")
    b.family(yp, "Kirsty Thompson", "parent", pr=True, lives=True, phone="07700 900411",
             notes="Mum. Works nights; best to call after 2pm.")
    b.family(yp, "Dean Thompson", "parent", pr=True, phone="07700 900412",
             notes="Dad. Olly stays every other weekend.")
    b.family(yp, "Ella Thompson", "sibling", lives=True,
             notes="Sister, 13. Young carer; goes to young carers' group on Thursdays.")
    b.allocate(yp, "alex", -300)
    b.dsr(yp, referred_by="Dr Olu Adeyemi, community paediatrician", referred=-320,
          triaged=-310, triage="Accepted: risk of family breakdown.",
          issues="Biting when distressed; broken sleep; changes to Dad's contact.",
          tried="Short breaks; sand timer and now-and-next board at home; sleep diary.",
          reduces="Swimming twice a week; a predictable weekend plan; short breaks at Maple.",
          plan="Weekend plan agreed by both parents; swimming on Saturdays; speech and "
               "language review of his talker.",
          review=9,
          ratings=[
              (-310, "amber", "Biting at home during a sleep regression; family at risk of "
                              "breaking down."),
              (-150, "green", "Short breaks twice a month; sleep better; Mum says she is "
                              "coping."),
              (-20, "amber", "Dad's contact changed; biting at school twice last week; school "
                             "talking about a shorter day."),
          ])
    b.consent(yp, "register", -310, by="parental_responsibility", name="Kirsty Thompson")
    b.consent(yp, "keyworker", -300, by="parental_responsibility", name="Kirsty Thompson")
    # Consent to share information is to be signed at today's home visit.
    b.link(yp, "gp_brookfield", "Family GP", "tenuous", "to_young_person", 95)
    b.link(yp, "paed", "Community paediatrician", "strong", "to_young_person", 20)
    b.link(yp, "slt_child", "Speech and language therapist", "strong", "to_young_person", 14,
           "Set up his symbol talker.")
    b.link(yp, "senco_holly", "SENCO at Hollybank", "strong", "both", 6)
    b.link(yp, "teacher_holly4", "Class teacher", "strong", "to_young_person", 6)
    b.link(yp, "short_breaks", "Short breaks", "strong", "to_young_person", 10,
           "Two overnight stays a month.")
    b.link(yp, "swim", "Swimming coach", "strong", "both", 35)
    b.link(yp, "parent_forum", "Supports Mum", "tenuous", "to_young_person", 60)
    b.link(yp, "sw_cwd2", "Social worker (assessment closed)", "none", "none", 80,
           "No allocated social worker since the spring.")
    b.informal(yp, "Ray Thompson", "Grandfather", "Grandad", "strong", "both", 15,
               "Takes Olly to the trampoline park.")
    b.informal(yp, "Jess Palmer", "Family friend and neighbour", "Neighbour", "tenuous",
               "both", 40, "Sits with Olly in emergencies.")
    b.session(
        yp, -21, "13:30", 45, "school", HOLLYBANK, travel=15,
        who="Olly, Sophie Turner (class teacher)", purpose="Session in class: transitions",
        purposes=["specific_issues"], fmt="activity",
        own_words='Olly signed "swim" and "more" and laughed when we looked at the pool photos.',
        discussed="Moving from play to lessons; the sand timer; biting at lunchtime.",
        agreed="Class to use the sand timer before every change. Alex to bring a dinosaur "
               "now-and-next board.")
    b.session(
        yp, -9, "15:30", 60, "home", ("Family home", yp.address), travel=25,
        who="Olly, Kirsty (Mum), Ella (sister)", purpose="Session at home with Mum",
        purposes=["future_ideas", "progress_chasing"],
        own_words='"I want to go swimming on Saturdays." Olly chose the swimming and Saturday '
                  'symbols on his talker three times.',
        discussed="Weekends since Dad's contact changed; swimming; sleep.",
        agreed="Alex to look at the personal budget for a term of Saturday lessons at Splash. "
               "Mum to keep the sleep diary for two weeks.")
    b.visit(yp, 0, "16:45", 60, "home", ("Family home", yp.address), travel=25,
            who="Olly, Kirsty (Mum)",
            purpose="Mum to sign the consent to share information; agree the swimming budget")
    b.visit(yp, 6, "09:30", 60, "community",
            ("Splash Inclusive Swim Club", "Kestrelford Leisure Centre, KF3 7LC"), travel=20,
            purpose="Watch Olly's first Saturday lesson")
    b.goal(yp, "Swim every Saturday with the club",
           '"I want to go swimming on Saturdays."', "Olly, Kirsty (Mum) and Dave Kirby (coach)",
           -60, [(-60, 3, "Swims in school lessons only."),
                 (-9, 6, "Club place offered; budget being agreed.")])
    b.budget(yp, "Ear defenders and a sand timer set", 3_450, -120)


def _zain(b: _Builder) -> None:
    yp = b.young_person(
        given_name="Zain", family_name="Hussain", preferred_name="", age=17,
        birthday=(11, 23), pronouns="he/him",
        address=f"{LARCHMONT[0]}, {LARCHMONT[1].split(' (')[0]} "
                "(family home: 41 Gannet Street, Kestrelford KF1 7EW)",
        living_situation="inpatient_out_of_area", placement_name=LARCHMONT[0],
        placement_out_of_area=True, admission_date=b.d(-41),
        communication_needs=(
            "Speaks in full sentences but finds it hard to say how he feels: use the feelings "
            "thermometer (drawings from 1 to 5). Easy-read letters. Dislikes the phone; a video "
            "call with Mum works better."),
        uses_easy_read=True, uses_drawing=True,
        what_matters=(
            "Going home to Mum and my little brother. My PlayStation and FIFA. Friday prayers. "
            "Knowing when the next review is and what it means for going home."),
        people_like=(
            "Zain is loyal and protective of his family. He is brilliant at football tactics and "
            "will explain a formation to anyone. Ward staff say he is polite and makes everyone "
            "a cup of tea."),
        how_to_support=(
            "Explain things twice and write them down in easy read. Don't promise things about "
            "going home that you can't keep. Give me a choice of two things. If I'm pacing, "
            "walk with me instead of talking."),
        interests="Football (Kestrelford Town and Liverpool), FIFA, cooking with his mum, trains",
    )
    b.important_date(yp, "Anniversary of Grandad Yusuf's death", b.d(-500),
                     "A hard day. Zain likes to phone his Nan.")
    b.family(yp, "Nasreen Hussain", "parent", pr=True, phone="07700 900421",
             notes="Mum. Doesn't drive: two trains and a bus to the ward, about four hours "
                   "each way. Visits on Sundays.")
    b.family(yp, "Tariq Hussain", "parent", pr=True, phone="07700 900422",
             notes="Dad. Lives away; phone contact once a month.")
    b.family(yp, "Adam Hussain", "sibling", notes="Brother, 8. Lives with Mum.")
    b.allocate(yp, "alex", -400)
    b.allocate(yp, "helen", -41, role="senior_keyworker",
               notes="Senior oversight while Zain is an inpatient out of area.")
    b.dsr(yp, referred_by="Marcus Reid, CAMHS LD nurse", referred=-420, triaged=-410,
          triage="Accepted: escalating distress at home.",
          issues="Inpatient 120 miles from home; no community placement identified; "
                 "restraint on the ward.",
          tried="Community crisis plan; intensive support at home before admission.",
          reduces="Mum's Sunday visits; video calls; routine and football on the ward.",
          plan="Community placement search; CETR actions; easy-read plan for Zain.",
          review=-5,
          ratings=[
              (-400, "amber", "Escalating distress at home; police called once."),
              (-70, "red", "Crisis at home: the family could not keep him safe; community "
                           "CETR held and admission likely."),
              (-41, "blue", "Admitted to Larchmont House, out of area: no local bed."),
          ])
    b.consents(yp, -410, by="young_person", name="Zain Hussain",
               capacity="Zain has capacity for these decisions; talked through with easy-read "
                        "material.")
    b.link(yp, "psych_larch", "Ward consultant", "tenuous", "to_young_person", 21)
    b.link(yp, "nurse_larch", "Named nurse", "strong", "both", 7,
           "Rings Alex after each ward round.")
    b.link(yp, "hosp_school", "Hospital school teacher", "tenuous", "to_young_person", 30)
    b.link(yp, "camhs_ld", "CAMHS LD nurse", "strong", "to_young_person", 12)
    b.link(yp, "gp_brookfield", "Registered GP at home", "none", "none", 160)
    b.link(yp, "sw_cwd", "Social worker", "stressful", "to_young_person", 35,
           "Placement search is slow.")
    b.link(yp, "advocate", "Independent advocate", "strong", "both", 7)
    b.link(yp, "ehcp", "EHCP coordinator", "tenuous", "to_young_person", 50)
    b.link(yp, "mosque_mentor", "Youth mentor at the mosque", "strong", "both", 60,
           "Misses Zain; has not been able to visit.")
    b.informal(yp, "Shamim Hussain", "Grandmother (Nan)", "Nan", "strong", "both", 4,
               "Daily phone calls.")
    b.informal(yp, "Rubina Shah", "Family friend", "'Aunty' Rubina, Mum's friend", "strong",
               "to_young_person", 14, "Drives Mum to the ward once a month.")
    b.session(
        yp, -34, "13:00", 90, "hospital_out_of_area", LARCHMONT, travel=150,
        who="Zain, Niamh Byrne (named nurse)", purpose="First visit since admission",
        purposes=["talking_about_past", "specific_issues"],
        own_words='"I don\'t like it here. The doors are loud and I can\'t sleep. I want my '
                  'mum\'s food."',
        discussed="His first weeks on the ward; sleep; food; the restraint on his second night.",
        agreed="Alex to ask the ward about Mum bringing food on Sundays. Alex to make an "
               "easy-read ward timetable.",
        concerns="Zain described being restrained on his second night. Advocate asked to "
                 "follow up. Raised with the manager.", raise_=True, signed="19:40")
    b.session(
        yp, -21, "10:00", 240, "hospital_out_of_area", LARCHMONT, travel=150,
        who="Zain, Nasreen (Mum), CETR panel", purpose="C(E)TR and a session with Zain after",
        purposes=["review_or_court"],
        own_words='"I want to go home. If not home, then near Mum so she can come on the bus."',
        discussed="What the review panel said; what a community placement means.",
        agreed="Alex to chase the actions from the review and send Zain an easy-read copy.",
        signed="20:10")
    b.session(
        yp, -7, "16:00", 30, "office", OFFICE, who="Zain (video call), Alex",
        purpose="Video call", purposes=["progress_chasing"],
        own_words='"Nobody tells me anything about moving."',
        discussed="The placement search; Mum's visits; the hospital school.",
        agreed="Alex to chase the social worker about the placement search and explain the "
               "next steps in easy read.")
    b.visit(yp, 0, "12:30", 90, "hospital_out_of_area", LARCHMONT, travel=150,
            who="Zain, Niamh Byrne (named nurse)",
            purpose="Session on the ward; print 'My plan' and 'Who helps me'")
    cetr = b.meeting(
        yp, "cetr", "Care, Education and Treatment Review", b.at(-21, "10:00"),
        LARCHMONT[0],
        "Zain; Nasreen Hussain (Mum); Dr Helena Marsh; Niamh Byrne; Dionne Campbell; Rosie "
        "Gallagher (advocate); Marcus Reid; Alex Morgan (keyworker); panel chair, clinical "
        "expert and expert by experience",
        "Panel agreed Zain does not need to be in hospital long term if a suitable community "
        "placement near home can be found. Concerns about distance from family and about "
        "restraint.")
    b.action(yp, cetr, "Start the search for a community placement near Kestrelford and report "
                       "to the commissioner", "sw_cwd", -7, status="chased", chased=-3,
             follow_up="Chased by e-mail; no reply yet.")
    b.action(yp, cetr, "Add Zain's communication passport and feelings thermometer to the ward "
                       "care plan", "nurse_larch", -10, status="done",
             follow_up="Done; copy seen on the ward.")
    b.action(yp, cetr, "Agree an education plan with the hospital school and update the EHCP",
             "ehcp", -2)
    b.action(yp, cetr, "Review medication and explain the plan to Zain in easy read",
             "psych_larch", 3)
    b.action(yp, cetr, "Arrange travel support so Mum can visit twice a week", CURRENT_USER, 5)
    b.add(Escalation(
        young_person_id=yp.id, raised_on=b.d(-12),
        what_was_blocked="The community intensive support team declined the referral for "
                         "step-down support: 'not in area while an inpatient'.",
        escalated_to="Head of Learning Disability and Autism Commissioning, Northvale ICB",
        level="commissioner",
        outcome="Meeting booked; the commissioner will raise it at the regional panel."))
    b.goal(yp, "Move to a placement near home so Mum can visit easily",
           '"I want to go home to Mum."', "Zain, Nasreen (Mum) and the CETR panel", -35,
           [(-35, 1, "No plan yet."), (-14, 3, "Placement search agreed at the CETR.")])
    b.budget(yp, "Tablet with his music and football videos for the ward", 14_900, -30)
    b.budget(yp, "Train tickets so Mum can visit (four return trips)", 22_000, -20)


def _meg(b: _Builder) -> None:
    yp = b.young_person(
        given_name="Megan", family_name="Davies", preferred_name="Meg", age=13,
        birthday=(4, 30), pronouns="she/her",
        address=f"{WILLOW[0]}, {WILLOW[1]}", living_situation="residential_placement",
        placement_name=WILLOW[0], admission_date=b.d(-3),
        communication_needs=(
            "Talks a lot when she is anxious: check she has understood by asking her to show "
            "you. Likes lists with tick boxes. Easy read for anything official."),
        uses_easy_read=True, uses_drawing=True,
        what_matters=(
            "My brother Callum. My guinea pig Peanut (she lives at Gran's now). Slime videos on "
            "YouTube. My own room with the door shut at bedtime. Being called Meg, not Megan."),
        people_like=(
            "Meg is chatty, creative and brave: she moved home this week and still made "
            "everyone laugh at tea. She is great at making slime and teaching others how."),
        how_to_support=(
            "Call me Meg. Knock and wait. Write on my board who is on shift tonight and "
            "tomorrow. If I get loud, give me space and a fidget; talk later, not now. Let me "
            "ring Callum before bed."),
        interests="Making slime, YouTube, guinea pigs, nail art, dancing to K-pop",
    )
    b.important_date(yp, "Peanut the guinea pig came home", b.d(-320))
    b.family(yp, "Nicola Davies", "parent", pr=True, phone="07700 900431",
             notes="Mum. Contact on Wednesdays and Saturdays, supervised for now.")
    b.family(yp, "Callum Davies", "sibling", notes="Brother, 16. Lives with Mum; Meg rings "
                                                   "him every night.")
    b.allocate(yp, "alex", -60)
    b.dsr(yp, referred_by="Dionne Campbell, social worker", referred=-70, triaged=-66,
          triage="Accepted: family placement breaking down.",
          issues="Placement at home broke down; new children's home this week.",
          tried="Intensive family support; short breaks; CAMHS LD crisis visits.",
          reduces="Contact with Callum; her own space; consistent staff at Willow Lodge.",
          plan="Settle at Willow Lodge with two staff; school transport; review contact.",
          review=11,
          ratings=[
              (-65, "red", "Placement at home breaking down; repeated police call-outs; risk "
                           "of a hospital admission."),
              (-3, "amber", "Moved to Willow Lodge with two-to-one support; settling; risk "
                            "going down."),
          ])
    b.consents(yp, -66, by="parental_responsibility", name="Nicola Davies")
    b.link(yp, "willow", "Registered manager, Willow Lodge", "strong", "both", 1)
    b.link(yp, "sw_cwd", "Social worker", "strong", "to_young_person", 3)
    b.link(yp, "camhs_ld", "CAMHS LD nurse", "tenuous", "to_young_person", 30)
    b.link(yp, "gp_kestrel", "New GP (registration in progress)", "none", "none", None)
    b.link(yp, "senco_river", "SENCO at Riverside Academy", "tenuous", "to_young_person", 10,
           "Arranging transport to school from Willow Lodge.")
    b.link(yp, "iro", "Independent reviewing officer", "tenuous", "to_young_person", 3)
    b.link(yp, "advocate", "Independent advocate", "tenuous", "both", 18)
    b.informal(yp, "Pat Davies", "Grandmother (Gran)", "Gran; looks after Peanut", "strong",
               "both", 2, "Brings Peanut on visits.")
    b.informal(yp, "Lorraine Evans", "Family friend", "Mum's best friend and Meg's godmother",
               "tenuous", "to_young_person", 45)
    b.session(
        yp, -3, "15:00", 120, "residential", WILLOW, travel=20,
        who="Meg, Sarah Whitlock (registered manager), Dionne Campbell (social worker)",
        purpose="Admission day at Willow Lodge", purposes=["specific_issues"], fmt="activity",
        own_words='"Can I put my posters up? I want my room to look like mine."',
        discussed="Her room; who is on shift; ringing Callum.",
        agreed="Staff to help Meg put her posters up tonight. Alex to bring a shift board.",
        signed="21:15")
    b.session(
        yp, -1, "16:30", 60, "residential", WILLOW, travel=20, who="Meg",
        purpose="Check-in after the first nights", purposes=["progress_chasing"],
        fmt="activity", final=False,
        own_words='"The night staff are nice but the house is creaky."',
        discussed="Sleep; the noises at night; school on Monday.",
        agreed="Night light and weighted blanket bought. Talk about school transport next time.")
    b.visit(yp, 1, "10:00", 60, "residential", WILLOW, travel=20,
            purpose="Session: school transport and contact plan")
    anchor = b.at(-3, "15:00")
    done: dict[str, tuple[str, datetime]] = {}
    for key in ("admission-day-01", "admission-day-02", "admission-day-03",
                "admission-day-05", "admission-day-06", "admission-day-07", "admission-day-08"):
        done[key] = (CURRENT_USER, b.at(-3, "19:45"))
    for key in ("admission-24h-01", "admission-24h-02", "admission-24h-04", "admission-24h-05"):
        done[key] = ("Sarah Whitlock", b.at(-2, "11:00"))
    done["admission-week-01"] = (CURRENT_USER, b.at(-1, "17:20"))
    done["admission-week-03"] = (CURRENT_USER, b.at(-1, "17:25"))
    b.checklist(yp, "admission", anchor, done)
    meeting = b.meeting(
        yp, "professionals", "Placement planning meeting", b.at(-4, "14:00"), WILLOW[0],
        "Alex Morgan, Sarah Whitlock, Dionne Campbell, Nicola Davies (Mum)",
        "Agreed the move for tomorrow, the contact plan and that Meg keeps her school place.")
    b.action(yp, meeting, "Arrange school transport from Willow Lodge", "sw_cwd", 2)
    b.action(yp, meeting, "Register Meg with Kestrelford Health Centre", "willow", -1)
    b.budget(yp, "Weighted blanket and night light for her new room", 8_900, -2)


def _lily(b: _Builder) -> None:
    yp = b.young_person(
        given_name="Lily-Mae", family_name="Robinson", preferred_name="Lily", age=4,
        birthday=(9, 9), pronouns="she/her",
        address="22 Dandelion Walk, Kestrelford KF3 8HS", living_situation="family_home",
        communication_needs=(
            "Uses single words and pointing; learning Makaton at nursery ('more', 'finished', "
            "'help'). Loves picture cards."),
        uses_signs=True,
        what_matters=(
            "Mummy and Nanna. Bubbles. Peppa Pig. Splashing in puddles in my yellow wellies. My "
            "bunny Flop comes everywhere."),
        people_like=(
            "Lily has a smile that lights up the room and gives the best cuddles. She is "
            "curious and will always find the one button you hoped she wouldn't press."),
        how_to_support=(
            "Get down to my level and say my name. Use one or two words and show me a picture. "
            "Give me Flop when I'm upset. Keep noisy places short."),
        interests="Bubbles, Peppa Pig, puddles, sensory lights, being swung",
    )
    b.important_date(yp, "First day at Little Acorns Nursery", b.d(-150))
    b.family(yp, "Jade Robinson", "parent", pr=True, lives=True, phone="07700 900441",
             notes="Mum, 22. Single parent; finds appointments hard to get to without a car.")
    b.family(yp, "Connor Mills", "parent", pr=False,
             notes="Father. Not named on the birth certificate; no contact at present.")
    b.allocate(yp, "alex", -90)
    b.dsr(yp, referred_by="Dr Olu Adeyemi, community paediatrician", referred=-100,
          triaged=-95, triage="Accepted: family under strain, early help.",
          issues="Mum isolated and exhausted; Lily not sleeping; waiting for an autism "
                 "assessment.",
          tried="Sleep hygiene advice; nursery place with one-to-one.",
          reduces="Nanna's help; parent carer forum; nursery five mornings.",
          plan="Sleep clinic; short breaks referral; autism assessment date.",
          review=40,
          ratings=[
              (-95, "amber", "Mum isolated and exhausted; no short breaks; Lily not sleeping."),
              (-30, "green", "Nursery with one-to-one; Mum linked to the parent carer forum; "
                             "sleep clinic referral made."),
          ])
    b.consents(yp, -95, by="parental_responsibility", name="Jade Robinson")
    b.link(yp, "paed", "Community paediatrician", "strong", "to_young_person", 25)
    b.link(yp, "gp_brookfield", "Family GP", "tenuous", "to_young_person", 50)
    b.link(yp, "slt_child", "Speech and language therapist", "tenuous", "to_young_person", 31)
    b.link(yp, "nursery", "Key person at nursery", "strong", "both", 7)
    b.link(yp, "short_breaks", "Short breaks (referral made)", "tenuous", "to_young_person", 14)
    b.link(yp, "parent_forum", "Supports Mum", "strong", "to_young_person", 12)
    b.informal(yp, "Carol Robinson", "Grandmother (Nanna)", "Nanna", "strong", "both", 2,
               "Has Lily every Wednesday.")
    b.informal(yp, "Amy Clarke", "Family friend", "Mum's friend from antenatal class",
               "tenuous", "both", 45)
    b.session(
        yp, -30, "10:00", 60, "home", ("Family home", yp.address), travel=15,
        who="Lily, Jade (Mum), Carol (Nanna)", purpose="Getting to know Lily at home",
        purposes=["progress_chasing"], fmt="activity",
        own_words='Lily said "bubbles!" and "more" and signed "finished" when she was done.',
        discussed="Sleep; the nursery day; what Mum needs most.",
        agreed="Alex to refer to Maple Short Breaks and the sleep clinic. Mum to try the "
               "bedtime picture routine.")
    b.session(
        yp, -6, "09:30", 45, "school",
        ("Little Acorns Nursery", "The Old Chapel, Pippin Street, Kestrelford KF3 9LA"),
        travel=10, who="Lily, Chloe Barnes (key person)", purpose="Nursery visit",
        purposes=["progress_chasing"], fmt="activity",
        own_words='Lily pointed to the swing picture and said "again, again".',
        discussed="Makaton at nursery; settling in the mornings.",
        agreed="Nursery and home to use the same three signs. Alex to share the picture "
               "routine with nursery.")
    b.visit(yp, 2, "10:00", 60, "home", ("Family home", yp.address), travel=15,
            purpose="Session at home: sleep diary and short breaks")
    b.goal(yp, "Lily sleeps through more nights", '"I just want us both to sleep." (Mum)',
           "Jade (Mum) and Carol (Nanna)", -30,
           [(-30, 2, "Awake most nights for two hours."),
            (-6, 4, "Sleeping through three nights a week.")])
    b.budget(yp, "Sensory light-up toys and a blackout blind", 6_500, -25)


def _jordan(b: _Builder) -> None:
    yp = b.young_person(
        given_name="Jordan", family_name="Clarke", preferred_name="", age=16,
        birthday=(1, 17), pronouns="they/them",
        address="9 Periwinkle Court, Kestrelford KF2 9XA", living_situation="family_home",
        communication_needs=(
            "Speaks fluently; prefers texts and written information to face-to-face talk. Does "
            "not like being asked about feelings directly. Plain English, not easy read."),
        what_matters=(
            "My gaming PC and my online friends. My dog Pixel. Being treated like an adult. "
            "Getting my Level 2 in IT."),
        people_like=(
            "Jordan is sharp, honest and very funny. They can fix any computer and taught the "
            "youth club how to set up a Minecraft server."),
        how_to_support=(
            "Text first; don't just turn up. Be straight with me. Use my name and they/them. "
            "Don't talk about me to Mum as if I'm not there."),
        interests="PC gaming, Minecraft servers, coding, their dog Pixel, synthwave music",
    )
    b.important_date(yp, "The day Jordan chose their name", b.d(-420),
                     "Celebrated quietly with a takeaway.")
    b.family(yp, "Dawn Clarke", "parent", pr=True, lives=True, phone="07700 900451",
             family_keyworker="alex",
             notes="Mum. Works with the keyworker; finds Jordan's shutdowns hard.")
    b.family(yp, "Kayla Clarke", "sibling", notes="Sister, 19. At university; close to Jordan.")
    b.allocate(yp, "alex", -140, role="family_keyworker",
               notes="Jordan did not consent to a keyworker: work with Mum and the network.")
    b.dsr(yp, referred_by="Imran Qureshi, SENCO", referred=-150, triaged=-140,
          triage="Accepted; Jordan declined a keyworker, so support goes to the family and "
                 "network.",
          issues="Not attending school; staying in their room; Mum worried about self-neglect.",
          tried="Part-time timetable; home tuition; CAMHS appointments (hard for Jordan).",
          reduces="Gaming night at the youth club; the IT course; Pixel.",
          plan="Support Mum; keep the college course going; offer a keyworker again in three "
               "months.",
          review=60,
          ratings=[
              (-140, "amber", "Not attending school; staying in their room; Mum worried about "
                              "self-neglect."),
              (-60, "amber", "Some improvement: gaming night at the youth club each week."),
              (-14, "green", "Started a part-time IT course; eating with the family; Mum "
                             "feels supported."),
          ])
    b.consent(yp, "register", -140, by="young_person", name="Jordan Clarke",
              capacity="Jordan has capacity for these decisions.")
    b.consent(yp, "keyworker", -140, by="young_person", name="Jordan Clarke", given=False,
              capacity="Jordan has capacity and said no: \"I'm not a project.\" Work with the "
                       "family and network only.")
    b.consent(yp, "share_information", -140, by="young_person", name="Jordan Clarke",
              capacity="Jordan has capacity for these decisions.")
    b.link(yp, "senco_river", "SENCO (Year 11)", "tenuous", "to_young_person", 40)
    b.link(yp, "camhs_ld", "CAMHS LD nurse", "stressful", "to_young_person", 21,
           "Jordan finds appointments hard.")
    b.link(yp, "youth_club", "Gaming night", "strong", "both", 8,
           "Jordan helps run the Minecraft server.")
    b.link(yp, "college", "IT course tutor", "strong", "to_young_person", 14)
    b.link(yp, "gp_kestrel", "Family GP", "tenuous", "to_young_person", 120)
    b.link(yp, "autism_support", "Supports Mum", "strong", "to_young_person", 10)
    b.informal(yp, "Chidi Okoro", "Neighbour", "Neighbour who builds PCs with Jordan",
               "strong", "both", 30)
    b.session(
        yp, -35, "18:00", 60, "home", ("Family home", yp.address), travel=15,
        who="Dawn (Mum); Jordan joined for ten minutes", purpose="Family session with Mum",
        purposes=["specific_issues"],
        own_words='Jordan (via text to Mum): "Tell them I\'m fine. I just don\'t want to go '
                  'to school."',
        discussed="Jordan's shutdowns; meals; what Mum needs.",
        agreed="Alex to ask the youth club about gaming night. Mum to leave a text-only plan "
               "for the week on the fridge.")
    b.session(
        yp, -10, "11:00", 60, "community",
        ("The Pantry Community Café", "9 Market Steps, Kestrelford KF1 2MK"), travel=10,
        who="Dawn (Mum)", purpose="Catch-up with Mum",
        purposes=["progress_chasing", "future_ideas"],
        own_words='Mum: "They came down for tea three times this week. That\'s huge for us."',
        discussed="The IT course; eating with the family; Mum's own support.",
        agreed="Mum to keep going to the autism support group. Alex to offer Jordan a "
               "keyworker again at the next review.")
    b.visit(yp, 5, "17:30", 60, "home", ("Family home", yp.address), travel=15,
            purpose="Family session with Mum (Jordan invited by text)")


def _shiv(b: _Builder) -> None:
    yp = b.young_person(
        given_name="Siobhan", family_name="O'Neill", preferred_name="Shiv", age=19,
        birthday=(8, 5), pronouns="she/her",
        address=f"{MOORSIDE[0]}, {MOORSIDE[1]}", living_situation="inpatient_in_area",
        placement_name=MOORSIDE[0], admission_date=b.d(-120),
        communication_needs=(
            "Uses objects of reference (a spoon for dinner, a towel for bath time) and some "
            "signs; vocalises when happy. Understands familiar routines best. Photos and "
            "drawings to meet new people."),
        uses_easy_read=True, uses_signs=True, uses_drawing=True,
        what_matters=(
            "My mam and my sister Orla. Music: Irish fiddle and ABBA. The sensory room. Going "
            "out in the car. My purple blanket."),
        people_like=(
            "Shiv's laugh is infectious and she dances in her chair to ABBA. She knows everyone "
            "on the ward by their footsteps and greets her favourites with a big grin."),
        how_to_support=(
            "Show me the object before we do something. Sing or hum to help me through care "
            "tasks. Watch for me rubbing my ear: it can mean pain or that a seizure may be "
            "coming. Keep changes of staff to a minimum."),
        interests="ABBA, Irish folk music, the sensory room, car rides, bubbles and lights",
    )
    b.important_date(yp, "Fleadh weekend", b.d(-250),
                     "Shiv goes to the Irish music festival with Mam every year.")
    b.family(yp, "Bernadette O'Neill", "parent", phone="07700 900461",
             notes="Mam. Shiv is 19, so no one has parental responsibility; Mam is her "
                   "nearest relative and has applied to be her welfare deputy.")
    b.family(yp, "Orla O'Neill", "sibling", phone="07700 900462", notes="Sister, 22.")
    b.allocate(yp, "priya", -200)
    b.allocate(yp, "helen", -120, role="senior_keyworker",
               notes="Senior oversight while Shiv is an inpatient.")
    b.dsr(yp, referred_by="Dr Rajesh Iyer, consultant psychiatrist", referred=-210,
          triaged=-205, triage="Accepted: placement at home at risk.",
          issues="Inpatient for assessment; discharge delayed while supported living funding "
                 "is agreed.",
          tried="Epilepsy review; sensory diet; familiar staff on the ward.",
          reduces="Mam's daily visits; the sensory room; music.",
          plan="Agree funding; choose a supported living provider; transition plan with "
               "familiar staff.",
          review=13,
          ratings=[
              (-180, "red", "Seizures and distress increasing; family home placement at risk."),
              (-120, "blue", "Admitted to Moorside ATU for assessment."),
              (-30, "blue", "Still an inpatient; discharge planning started; supported living "
                            "provider found."),
          ])
    bid = ("Best-interest meeting: Dr Rajesh Iyer, Bernadette O'Neill (Mam), Priya Chauhan "
           "(keyworker)")
    b.consents(yp, -205, by="best_interest_decision", name=bid,
               capacity="Siobhan lacks capacity for these decisions (assessed by Dr Iyer with "
                        "objects and photos). Best-interest decision recorded with Mam and "
                        "Orla.")
    b.link(yp, "psych_ld", "Consultant psychiatrist", "strong", "to_young_person", 9)
    b.link(yp, "nurse_moor", "Charge nurse", "strong", "both", 2)
    b.link(yp, "slt_adult", "Speech and language therapist", "tenuous", "to_young_person", 33)
    b.link(yp, "gp_kestrel", "GP (registered at home)", "none", "none", 140)
    b.link(yp, "sw_trans", "Transitions social worker", "stressful", "to_young_person", 29,
           "Supported living funding not agreed yet.")
    b.link(yp, "advocate", "Independent advocate", "strong", "both", 15)
    b.link(yp, "greenway", "Supported living provider (planned)", "tenuous", "to_young_person",
           20)
    b.informal(yp, "Maeve Doyle", "Grandmother (Granny)", "Granny", "strong", "both", 16,
               "Plays the fiddle for Shiv.")
    b.informal(yp, "Eileen Murphy", "Family friend", "Family friend and former carer",
               "tenuous", "both", 50)
    b.session(
        yp, -16, "14:00", 60, "hospital_in_area", MOORSIDE, travel=15,
        who="Shiv, Daniel Osei (charge nurse), Bernadette (Mam)", author="priya",
        purpose="Session on the ward", purposes=["future_ideas"], fmt="activity",
        own_words="Shiv smiled and reached for the photo of the garden at the new flat; she "
                  "pushed away the photo of the ward.",
        discussed="Photos of the supported living flat; music in the sensory room.",
        agreed="Priya to make a photo book of the new flat. Ward to play her ABBA playlist at "
               "bath time.")
    b.visit(yp, 2, "14:00", 60, "hospital_in_area", MOORSIDE, travel=15,
            purpose="Session on the ward with the photo book")
    ctr = b.meeting(
        yp, "ctr", "Care and Treatment Review", b.at(-40, "10:00"), MOORSIDE[0],
        "Bernadette O'Neill (Mam), Dr Rajesh Iyer, Daniel Osei, Patrick Reilly, Rosie "
        "Gallagher, Priya Chauhan, Helen Fairweather",
        "Shiv is ready for discharge when a supported living package is in place.")
    b.action(yp, ctr, "Agree funding for the supported living package", "sw_trans", -10,
             status="chased", chased=-4, follow_up="Panel date still not confirmed.")
    b.action(yp, ctr, "Share the epilepsy care plan with Greenway", "psych_ld", 10)


def _mat(b: _Builder) -> None:
    yp = b.young_person(
        given_name="Mateusz", family_name="Kowalski", preferred_name="Mat", age=11,
        birthday=(2, 20), pronouns="he/him",
        address="31 Marigold Terrace, Kestrelford KF3 4DD", living_situation="family_home",
        communication_needs=(
            "Bilingual (Polish at home, English at school). Speaks well but takes things "
            "literally: avoid sayings like 'pull your socks up'. Likes information drawn as a "
            "comic strip."),
        uses_drawing=True,
        what_matters=(
            "Lego Technic. Football with my dad on Sundays. Video calls with Babcia in Poland. "
            "Moving to secondary school: I am worried about the corridors."),
        people_like=(
            "Mat is a brilliant builder and problem-solver, and very honest. He is kind to his "
            "little sister and knows every Premier League score."),
        how_to_support=(
            "Say exactly what you mean. Draw me how the day will go. Warn me about loud bells. "
            "Let me have Lego at break if the playground is too much."),
        interests="Lego Technic, football, maps, buses",
    )
    b.important_date(yp, "Mat's name day (imieniny)", date(b.today.year, 9, 21),
                     "Celebrated in the family like a second birthday.")
    b.family(yp, "Agnieszka Kowalska", "parent", pr=True, lives=True, phone="07700 900471",
             notes="Mum. Prefers written information; a Polish interpreter for formal "
                   "meetings.")
    b.family(yp, "Piotr Kowalski", "parent", pr=True, lives=True, phone="07700 900472",
             notes="Dad.")
    b.family(yp, "Zosia Kowalska", "sibling", lives=True, notes="Sister, 6.")
    b.allocate(yp, "grace", -400, ends=-90)
    b.allocate(yp, "alex", -90, reason="child_complaint",
               notes="Mat told Mum the sessions were not working for him; Grace agreed a "
                     "change.")
    b.dsr(yp, referred_by="Joanne Pritchard, SENCO", referred=-410, triaged=-400,
          triage="Accepted: school placement at risk.",
          issues="Anxiety about moving to secondary school; refusing school some mornings.",
          tried="Comic-strip social stories; Lego club at lunch.",
          reduces="Predictable mornings; football with Dad; knowing the plan.",
          plan="Enhanced transition to Kestrelford High: extra visits with photos.",
          review=25,
          ratings=[
              (-400, "green", "Settled at primary; family coping."),
              (-100, "amber", "Anxious about secondary transfer; refusing school some "
                              "mornings."),
          ])
    b.consents(yp, -400, by="parental_responsibility", name="Agnieszka Kowalska")
    b.link(yp, "senco_holly", "SENCO at Hollybank", "strong", "both", 5)
    b.link(yp, "teacher_holly6", "Class teacher", "strong", "to_young_person", 5)
    b.link(yp, "gp_brookfield", "Family GP", "tenuous", "to_young_person", 200)
    b.link(yp, "ehcp", "EHCP coordinator", "stressful", "to_young_person", 45,
           "Secondary school named late in the EHCP.")
    b.link(yp, "youth_club", "Youth club", "tenuous", "to_young_person", 60)
    b.link(yp, "camhs_ld", "CAMHS LD nurse", "tenuous", "to_young_person", 30)
    b.link(yp, "polish_school", "Polish Saturday school", "strong", "both", 20,
           "Mat helps the younger children with Lego.")
    b.informal(yp, "Halina Kowalska", "Grandmother (Babcia), in Poland", "Babcia", "strong",
               "both", 7, "Sunday video calls.")
    b.session(
        yp, -17, "11:00", 60, "school", HOLLYBANK, travel=15,
        who="Mat, Liam Doherty (class teacher)", purpose="Session: moving to secondary",
        purposes=["future_ideas", "specific_issues"],
        own_words='"The corridors at big school are like a motorway. I need a map."',
        discussed="The secondary school visit; corridors; bells; lunch.",
        agreed="Alex to get a map and photos of Kestrelford High. Mat to draw a comic of his "
               "first day.")
    b.visit(yp, 4, "10:30", 90, "school",
            ("Kestrelford High School", "Beacon Road, Kestrelford KF4 8BH"), travel=20,
            purpose="Transition visit to Kestrelford High with Mat and Dad")


def _noor(b: _Builder) -> None:
    yp = b.young_person(
        given_name="Noor", family_name="Rahman", preferred_name="", age=12,
        birthday=(10, 2), pronouns="she/her",
        address="5 Juniper Yard, Kestrelford KF2 7LN", living_situation="family_home",
        communication_needs=(
            "Talks freely at home but does not speak at school (selective mutism). Write things "
            "down: she will write or draw back. Never pressure her to speak."),
        uses_easy_read=True, uses_drawing=True,
        what_matters=(
            "My family and my baby nephew Ibrahim. Sewing: I make clothes for my dolls. Cats. "
            "Matching my headscarf to my outfit."),
        people_like=(
            "Noor is thoughtful, creative and takes great care over her sewing. Her family say "
            "she is the funniest person at home."),
        how_to_support=(
            "Give me a notebook to write in. Don't ask me questions in front of the class. Sit "
            "beside me, not opposite. Tell me before you come."),
        interests="Sewing and fashion design, cats, baking, watching Bake Off",
    )
    b.important_date(yp, "Ibrahim's birthday (her nephew)", b.d(-100))
    b.family(yp, "Shabana Rahman", "parent", pr=True, lives=True, phone="07700 900481",
             notes="Mum. Speaks Urdu and English.")
    b.family(yp, "Khalid Rahman", "parent", pr=True, lives=True, phone="07700 900482",
             notes="Dad.")
    b.family(yp, "Sana Rahman", "sibling", notes="Sister, 21. Married; baby Ibrahim.")
    b.allocate(yp, "alex", -5)
    b.dsr(yp, referred_by="Imran Qureshi, SENCO", referred=-25, triaged=-18,
          triage="Accepted: school avoidance beginning; allocate a keyworker.",
          issues="Not speaking at school; missing mornings; recently diagnosed autistic.",
          tried="Written communication at school; a quiet start.",
          reduces="Her notebook; her sister's visits; sewing club.",
          plan="First keyworker session at school; plan with school and family.",
          review=6,
          ratings=[
              (-18, "amber", "School avoidance beginning; not speaking at school."),
              (-5, "amber", "Keyworker allocated; no change yet."),
          ])
    b.consents(yp, -5, by="parental_responsibility", name="Shabana Rahman")
    b.link(yp, "senco_river", "SENCO at Riverside Academy", "strong", "to_young_person", 5)
    b.link(yp, "teacher_river8", "Form tutor", "tenuous", "to_young_person", 18)
    b.link(yp, "gp_brookfield", "Family GP", "tenuous", "to_young_person", 25)
    b.link(yp, "camhs_ld", "CAMHS LD nurse (diagnosis)", "tenuous", "to_young_person", 18)
    b.link(yp, "autism_support", "Supports the family after diagnosis", "tenuous",
           "to_young_person", 10)
    b.informal(yp, "Parveen Akhtar", "Family friend and neighbour", "'Aunty' Parveen; sewing",
               "strong", "both", 12, "Teaches Noor to use the sewing machine.")
    b.informal(yp, "Abdul Rahman", "Grandfather (Dada)", "Dada", "strong", "both", 3)
    b.session(
        yp, -5, "17:00", 60, "home", ("Family home", yp.address), travel=15,
        who="Noor, Shabana (Mum), Khalid (Dad)", purpose="Introductory visit",
        purposes=["future_ideas"],
        own_words='Noor wrote: "I like sewing. I don\'t like when teachers make me read out '
                  'loud."',
        discussed="Who Alex is; what a keyworker does (easy-read leaflet); school mornings.",
        agreed="First session at school, in the library, with Noor's notebook.")
    session_at = b.at(2, "10:30")
    b.visit(yp, 2, "10:30", 60, "school", RIVERSIDE, travel=20,
            purpose="First keyworker session (library, with her notebook)")
    done = {key: (CURRENT_USER, b.at(-1, "15:00")) for key in (
        "first-session-plan-01", "first-session-plan-02", "first-session-plan-03",
        "first-session-plan-04")}
    b.checklist(yp, "first_session", session_at, done)


def _harry(b: _Builder) -> None:
    yp = b.young_person(
        given_name="Harpreet", family_name="Sandhu", preferred_name="Harry", age=14,
        birthday=(6, 11), pronouns="he/him",
        address=f"{OAKFIELD[0]}, {OAKFIELD[1]}", living_situation="residential_placement",
        placement_name=OAKFIELD[0], placement_out_of_area=True, admission_date=b.d(-12),
        communication_needs=(
            "Uses a symbol communication app on his iPad and some Makaton. Understands more "
            "than he can say. Needs extra time to answer."),
        uses_easy_read=True, uses_signs=True,
        what_matters=(
            "Mum, Dad and my big sister Simran. Bhangra and dhol drums. Trains: I know the "
            "timetable to Birmingham. My iPad. Dal and rice like Mum makes."),
        people_like=(
            "Harry is cheeky and charming, with a laugh everyone copies. He loves drumming and "
            "will get the whole room clapping."),
        how_to_support=(
            "Wait for me to answer on my iPad, and keep it charged. Show me the timetable for "
            "going home at weekends. Use calm voices: loud voices scare me."),
        interests="Trains, dhol drumming, bhangra, swimming, iPad games",
    )
    b.important_date(yp, "Vaisakhi", date(b.today.year, 4, 14),
                     "Family gathering at the gurdwara; Harry goes home for it.")
    b.family(yp, "Manjit Kaur", "parent", pr=True, phone="07700 900491", notes="Mum.")
    b.family(yp, "Gurpreet Sandhu", "parent", pr=True, phone="07700 900492", notes="Dad.")
    b.family(yp, "Simran Sandhu", "sibling", notes="Sister, 18.")
    b.allocate(yp, "tomasz", -200)
    b.dsr(yp, referred_by="Dionne Campbell, social worker", referred=-205, triaged=-200,
          triage="Accepted: family home breaking down.",
          issues="Moved to a residential school 55 miles away; settling in.",
          tried="Short breaks; night support at home.",
          reduces="Weekend visits home; drumming; his iPad and timetable.",
          plan="Settle at Oakfield House; weekend home visits every fortnight.",
          review=27,
          ratings=[
              (-190, "red", "Family home breaking down: Harry not sleeping and hurting himself; "
                            "parents exhausted."),
              (-60, "amber", "Residential school place agreed; short breaks in the meantime."),
              (-12, "amber", "Moved into Oakfield House; early days."),
          ])
    b.consents(yp, -200, by="parental_responsibility", name="Manjit Kaur")
    b.link(yp, "oakfield_care", "Head of care", "strong", "both", 4)
    b.link(yp, "oakfield_teacher", "Class teacher", "strong", "to_young_person", 6)
    b.link(yp, "sw_cwd", "Social worker", "strong", "to_young_person", 12)
    b.link(yp, "gp_kestrel", "GP (registered at home)", "tenuous", "to_young_person", 70)
    b.link(yp, "slt_child", "Speech and language therapist", "tenuous", "to_young_person", 48)
    b.link(yp, "camhs_ld", "CAMHS LD nurse", "tenuous", "to_young_person", 15)
    b.link(yp, "short_breaks", "Short breaks (ended)", "none", "none", 100)
    b.informal(yp, "Jaswinder Kaur", "Grandmother (Dadi)", "Dadi", "strong", "both", 20)
    b.session(
        yp, -12, "11:00", 180, "residential", OAKFIELD, travel=75, author="tomasz",
        who="Harry, Manjit (Mum), Mark Bennett (head of care)", purpose="Moving-in day",
        purposes=["specific_issues"], fmt="activity",
        own_words='Harry pressed "home" then "Saturday" on his iPad, then "drum".',
        discussed="His room; the weekend timetable; where his drum goes.",
        agreed="Oakfield to print his weekend timetable. Tomasz to bring his practice pad "
               "next visit.", signed="18:30")
    b.visit(yp, 3, "13:00", 90, "residential", OAKFIELD, travel=75,
            purpose="Session: first two weeks at Oakfield")
    anchor = b.at(-12, "11:00")
    done: dict[str, tuple[str, datetime]] = {}
    for i in range(1, 9):
        done[f"admission-day-0{i}"] = ("Mark Bennett", b.at(-12, "20:00"))
    for key in ("admission-24h-01", "admission-24h-02", "admission-24h-03", "admission-24h-04",
                "admission-24h-06"):
        done[key] = ("Tomasz Nowak", b.at(-11, "10:00"))
    for key in ("admission-week-01", "admission-week-02", "admission-week-04",
                "admission-week-05"):
        done[key] = ("Tomasz Nowak", b.at(-7, "16:00"))
    done["admission-ongoing-01"] = ("Mark Bennett", b.at(-6, "09:00"))
    b.checklist(yp, "admission", anchor, done)


def _ruby(b: _Builder) -> None:
    yp = b.young_person(
        given_name="Ruby", family_name="Williams", preferred_name="", age=7,
        birthday=(12, 3), pronouns="she/her",
        address="16 Foxglove Gardens, Kestrelford KF5 6RW", living_situation="other",
        placement_name="Foster placement with Lorraine Whitfield",
        communication_needs=(
            "Uses Makaton and short phrases; loves symbols. Hearing aid in her left ear: check "
            "it is in and working."),
        uses_easy_read=True, uses_signs=True,
        what_matters=(
            "Dancing. My foster mum Lorraine and her dog Bramble. Seeing my big brother Kai. "
            "Pink everything."),
        people_like=(
            "Ruby is joyful, affectionate and a brilliant dancer. She welcomes every visitor "
            "with a hug and a show."),
        how_to_support=(
            "Get my attention first. Sign and speak slowly. Give me jobs to do: I love "
            "helping. Check my hearing aid."),
        interests="Dancing, pink, dogs, Frozen songs, helping in the kitchen",
    )
    b.important_date(yp, "Came to live with Lorraine", b.d(-380),
                     "A family celebration with a pink cake.")
    b.family(yp, "Lorraine Whitfield", "carer", lives=True, phone="07700 900501",
             notes="Foster carer. Parental responsibility is shared by the council (care "
                   "order) and Ruby's birth mother.")
    b.family(yp, "Stacey Williams", "parent", pr=True,
             notes="Birth mother. Supervised contact once a month.")
    b.family(yp, "Kai Williams", "sibling",
             notes="Brother, 12. Lives with another foster family; contact every fortnight.")
    b.allocate(yp, "grace", -110)
    b.dsr(yp, referred_by="Ben Hartley, social worker", referred=-115, triaged=-110,
          triage="Accepted: foster placement support.",
          issues="Distress after changes to contact; placement under strain.",
          tried="Social stories about contact; a contact calendar.",
          reduces="Dancing on Saturdays; Bramble; a steady bedtime routine.",
          plan="Contact plan with pictures; respite for the carer; dance club.",
          review=5,
          ratings=[
              (-100, "green", "Settled in the foster placement; school happy."),
              (-25, "amber", "Distress after contact changes; placement under strain."),
          ])
    b.consents(yp, -110, by="parental_responsibility",
               name="Northvale Council (care order), with Stacey Williams")
    b.link(yp, "senco_holly", "SENCO at Hollybank", "strong", "to_young_person", 8)
    b.link(yp, "teacher_holly2", "Class teacher", "strong", "to_young_person", 8)
    b.link(yp, "paed", "Community paediatrician", "tenuous", "to_young_person", 90)
    b.link(yp, "gp_kestrel", "GP", "tenuous", "to_young_person", 33)
    b.link(yp, "sw_cwd2", "Social worker", "strong", "to_young_person", 6)
    b.link(yp, "iro", "Independent reviewing officer", "tenuous", "to_young_person", 50)
    b.link(yp, "slt_child", "Speech and language therapist", "tenuous", "to_young_person", 20)
    b.link(yp, "dance", "Saturday dance class", "strong", "both", 12)
    b.informal(yp, "Maureen Whitfield", "Foster carer's mother ('Nanny Mo')", "Nanny Mo",
               "strong", "both", 9)
    b.session(
        yp, -20, "13:15", 45, "school", HOLLYBANK, travel=15, author="grace",
        who="Ruby, Anita Kaur (class teacher)", purpose="Session at school",
        purposes=["talking_about_past"], fmt="activity",
        own_words='Ruby signed "brother" and "sad", then "dance".',
        discussed="Contact with Kai being moved; dancing.",
        agreed="Grace to make a picture calendar of contact days. School to give Ruby a job "
               "after lunch.")
    b.session(
        yp, -4, "16:00", 60, "home", ("Foster home", yp.address), travel=15, author="grace",
        who="Ruby, Lorraine (foster carer)", purpose="Session at home",
        purposes=["progress_chasing"], fmt="activity",
        own_words='"Kai came! We did dancing." Ruby showed the calendar with a big tick.',
        discussed="The new contact calendar; bedtime.",
        agreed="Keep the calendar. Grace to ask about respite for Lorraine.")
    b.visit(yp, 8, "13:15", 45, "school", HOLLYBANK, travel=15, purpose="Session at school")
    b.budget(yp, "Term of Saturday dance classes and shoes", 9_500, -40,
             approved_by="Helen Fairweather")


def _kwame(b: _Builder) -> None:
    yp = b.young_person(
        given_name="Kwame", family_name="Mensah", preferred_name="", age=20,
        birthday=(10, 19), pronouns="he/him",
        address="Flat 4, Greenway Court, 18 Sorrel Avenue, Kestrelford KF4 2GG",
        living_situation="supported_living", placement_name="Greenway Supported Living",
        communication_needs=(
            "Speaks in short sentences; reads simple words with pictures. Easy read for letters "
            "and appointments. Likes a photo of who is coming."),
        uses_easy_read=True,
        what_matters=(
            "My job at the café on Tuesdays. Arsenal. Church on Sundays with my auntie. Gospel "
            "music. My own flat."),
        people_like=(
            "Kwame is warm, polite and hard-working; customers at the café ask for him. He sings "
            "beautifully in the church choir."),
        how_to_support=(
            "Send me a photo of who is coming. Help me with money: change can confuse me. Give "
            "me one job at a time. If I go quiet and rock, give me time and some music."),
        interests="Arsenal, gospel singing, cooking jollof rice, his café job, buses",
    )
    b.important_date(yp, "Started his café job", b.d(-330), "One year at The Pantry soon!")
    b.family(yp, "Abena Mensah", "parent", phone="07700 900511",
             notes="Mum. Kwame is 20; no one has parental responsibility.")
    b.family(yp, "Kofi Mensah", "sibling", notes="Brother, 17.")
    b.allocate(yp, "priya", -320)
    b.dsr(yp, referred_by="Patrick Reilly, transitions social worker", referred=-330,
          triaged=-325, triage="Accepted: move to supported living.",
          issues="Moving on to adult services; money management.",
          tried="Easy-read budget sheets; a prepaid card.",
          reduces="His café job; church; his own flat.",
          plan="Handover to adult services before 25; travel training.",
          review=90,
          ratings=[
              (-300, "amber", "Moved from the family home to supported living; incidents with "
                              "a flatmate."),
              (-150, "green", "Settled; café work placement started."),
              (-40, "green", "Stable."),
          ])
    b.consents(yp, -325, by="young_person", name="Kwame Mensah",
               capacity="Kwame has capacity for these decisions, with easy-read information.")
    b.link(yp, "greenway", "Support manager", "strong", "both", 6)
    b.link(yp, "sw_trans", "Transitions social worker", "tenuous", "to_young_person", 42)
    b.link(yp, "psych_ld", "Psychiatrist (annual review)", "tenuous", "to_young_person", 120)
    b.link(yp, "gp_kestrel", "GP", "tenuous", "to_young_person", 60)
    b.link(yp, "college", "College tutor", "strong", "to_young_person", 14)
    b.link(yp, "youth_club", "Youth club (over-18s night)", "tenuous", "to_young_person", 35)
    b.link(yp, "cafe", "Work placement manager", "strong", "both", 6)
    b.informal(yp, "Efua Boateng", "Aunt", "Auntie Efua; church on Sundays", "strong", "both",
               7)
    b.session(
        yp, -18, "14:30", 60, "community",
        ("The Pantry Community Café", "9 Market Steps, Kestrelford KF1 2MK"), travel=10,
        author="priya", who="Kwame, Jenny Holt (manager)", purpose="Session at his work "
                                                                   "placement",
        purposes=["progress_chasing", "future_ideas"], fmt="activity",
        own_words='"I want to get paid for my job. Real money, like Kofi."',
        discussed="His café job; paid work; money.",
        agreed="Priya to ask Northvale Supported Employment about paid hours. Kwame to keep his "
               "easy-read money sheet.")
    b.visit(yp, 3, "11:00", 60, "community",
            ("The Pantry Community Café", "9 Market Steps, Kestrelford KF1 2MK"), travel=10,
            purpose="Session at the café")


def _ewan(b: _Builder) -> None:
    yp = b.young_person(
        given_name="Ewan", family_name="MacLeod", preferred_name="", age=24,
        birthday=(5, 27), pronouns="he/him",
        address="2 Heatherbell Road, Kestrelford KF6 1AW", living_situation="family_home",
        communication_needs=(
            "Fluent speaker; processes information slowly; prefers e-mail with bullet points. "
            "Does not want easy-read pictures: use plain English in short sentences."),
        what_matters=(
            "Trains and timetables: I want a job on the railway. My drama group. My dad, and my "
            "gran in Inverness. Doing things for myself."),
        people_like=(
            "Ewan knows everything about British railways, works hard in his drama group, and "
            "is always on time."),
        how_to_support=(
            "E-mail me the plan in bullet points. Don't change arrangements at short notice. "
            "Let me finish my sentences. Practise a new journey with me once before I do it "
            "alone."),
        interests="Railways, drama, Scottish history, Doctor Who",
    )
    b.important_date(yp, "First shift as a volunteer at the heritage railway", b.d(-190))
    b.family(yp, "Alasdair MacLeod", "parent", lives=True, phone="07700 900521",
             notes="Dad and main carer. Ewan is 24; no one has parental responsibility.")
    b.allocate(yp, "alex", -520)
    b.dsr(yp, referred_by="Patrick Reilly, transitions social worker", referred=-530,
          triaged=-520, triage="Accepted: isolated after leaving college.",
          issues="Stepping down from keyworking before his 25th birthday.",
          tried="Drama group; volunteering; travel training.",
          reduces="Routine; volunteering; his dad.",
          plan="Handover to the adult community learning disability team.",
          review=50,
          ratings=[
              (-500, "amber", "Left college; isolated at home."),
              (-200, "green", "Drama group and volunteering at the heritage railway."),
              (-30, "green", "Getting ready to step down from keyworking at 25."),
          ])
    b.consents(yp, -520, by="young_person", name="Ewan MacLeod",
               capacity="Ewan has capacity for these decisions.")
    b.link(yp, "sw_trans", "Transitions social worker", "strong", "to_young_person", 10)
    b.link(yp, "gp_kestrel", "GP", "tenuous", "to_young_person", 80)
    b.link(yp, "college", "Former college tutor", "none", "none", 300)
    b.link(yp, "drama", "Drama group leader", "strong", "both", 21)
    b.link(yp, "railway", "Volunteer coordinator", "strong", "to_young_person", 14)
    b.link(yp, "employment", "Employment adviser", "tenuous", "to_young_person", 36)
    b.informal(yp, "Morag MacLeod", "Grandmother (Gran), in Inverness", "Gran", "strong",
               "both", 12, "Weekly phone call; Ewan visits by train each summer.")
    b.informal(yp, "Hamish Ross", "Family friend", "Dad's friend; takes Ewan to matches",
               "tenuous", "to_young_person", 30)
    b.session(
        yp, -10, "14:00", 90, "office", OFFICE,
        who="Ewan, Alasdair (Dad), Patrick Reilly", purpose="Transition planning meeting",
        purposes=["future_ideas", "review_or_court"],
        own_words='"I want to keep the railway and the drama. I don\'t want a new person every '
                  'week."',
        discussed="Stepping down from keyworking; who will help after 25; paid work.",
        agreed="Handover meeting with the adult team in two weeks. Alex to e-mail Ewan the "
               "plan in bullet points.")
    b.visit(yp, 9, "14:00", 60, "office", OFFICE, purpose="Handover meeting with the adult team")
    b.add(Ending(young_person_id=yp.id,
                 step_down_plan="Handover to the adult community learning disability team; "
                                "keep the railway volunteering and drama group; one joint "
                                "visit with the new worker.",
                 handover_to="Northvale Community Learning Disability Team",
                 family_permission_for_handover=True, transition_due_on=b.d(60)))


_HAND_WRITTEN = (_aisha, _olly, _zain, _meg, _lily, _jordan, _shiv, _mat, _noor, _harry,
                 _ruby, _kwame, _ewan)


def _populate_hand_written(sink: _Sink, today: date) -> None:
    b = _Builder(sink, today)
    b.make_staff()
    b.make_professionals()
    for write in _HAND_WRITTEN:
        write(b)
    sink.flush()


# --------------------------------------------------------------------------- generated
_GIVEN: tuple[tuple[str, str], ...] = (
    ("Amelia", "she/her"), ("Oliver", "he/him"), ("Muhammad", "he/him"), ("Isla", "she/her"),
    ("Aisha", "she/her"), ("Jack", "he/him"), ("Fatima", "she/her"), ("Harry", "he/him"),
    ("Olivia", "she/her"), ("Noah", "he/him"), ("Maryam", "she/her"), ("Leo", "he/him"),
    ("Zara", "she/her"), ("Arjun", "he/him"), ("Priya", "she/her"), ("Kai", "he/him"),
    ("Amara", "she/her"), ("Kofi", "he/him"), ("Chloe", "she/her"), ("Reuben", "he/him"),
    ("Sofia", "she/her"), ("Jakub", "he/him"), ("Zuzanna", "she/her"), ("Callum", "he/him"),
    ("Eilidh", "she/her"), ("Rhys", "he/him"), ("Ffion", "she/her"), ("Ciarán", "he/him"),
    ("Aoife", "she/her"), ("Tyrone", "he/him"), ("Precious", "she/her"), ("Ibrahim", "he/him"),
    ("Hafsa", "she/her"), ("Deshawn", "he/him"), ("Mei", "she/her"), ("Wei", "he/him"),
    ("Ananya", "she/her"), ("Rohan", "he/him"), ("Simran", "she/her"), ("Gurdeep", "he/him"),
    ("Alex", "they/them"), ("Sam", "they/them"), ("Charlie", "they/them"),
    ("Riley", "they/them"), ("Layla", "she/her"), ("Yusuf", "he/him"), ("Grace", "she/her"),
    ("Ethan", "he/him"), ("Ruby", "she/her"), ("Tomás", "he/him"), ("Nia", "she/her"),
    ("Elijah", "he/him"), ("Hannah", "she/her"), ("Bilal", "he/him"), ("Esme", "she/her"),
    ("Mateo", "he/him"), ("Imani", "she/her"), ("Finley", "he/him"), ("Sienna", "she/her"),
    ("Tendai", "he/him"),
)
_NICKNAMES = {
    "Oliver": "Olly", "Muhammad": "Mo", "Jakub": "Kuba", "Zuzanna": "Zuza",
    "Rohan": "Ro", "Gurdeep": "Deep", "Elijah": "Eli", "Finley": "Finn", "Alex": "Lex",
    "Charlie": "Charlie", "Hannah": "Han", "Reuben": "Ruby", "Tendai": "Ten",
    "Esme": "Es", "Sofia": "Sof", "Amelia": "Millie", "Olivia": "Liv",
}
_FAMILY: tuple[str, ...] = (
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Khan",
    "Ahmed", "Hussain", "Ali", "Begum", "Patel", "Singh", "Kaur", "Sharma", "Okafor",
    "Mensah", "Adeyemi", "Osei", "Campbell", "Murphy", "O'Brien", "Kelly", "MacDonald",
    "Fraser", "Nowak", "Kowalski", "Wiśniewska", "Chen", "Wong", "Nguyen", "Hughes", "Roberts",
    "Thomas", "Lewis", "Walker", "Robinson", "Clarke", "Wright", "Green", "Hall", "Wood",
    "Rahman", "Iqbal", "Mahmood", "Ozturk", "Popescu", "Silva", "Santos", "Ferreira",
    "Boateng", "Mwangi", "Okonkwo", "Doherty", "Lloyd", "Pritchard", "Baxter", "Nkemelu",
)
_ADULT_GIVEN: tuple[str, ...] = (
    "Sarah", "James", "Nadia", "Paul", "Joanne", "Tariq", "Helen", "Mark", "Shazia", "David",
    "Claire", "Kwabena", "Emma", "Raj", "Louise", "Piotr", "Agnieszka", "Siobhan", "Gareth",
    "Bronwen", "Yetunde", "Chinedu", "Farida", "Lee", "Michelle", "Darren", "Parveen", "Colin",
    "Ngozi", "Stuart", "Anjali", "Ruth", "Hamza", "Lorna", "Declan", "Mei", "Sunita", "Andrew",
)
_STREETS: tuple[str, ...] = (
    "Larkspur Lane", "Thistledown Crescent", "Gannet Street", "Dandelion Walk",
    "Periwinkle Court", "Marigold Terrace", "Juniper Yard", "Foxglove Gardens",
    "Heatherbell Road", "Quillfeather Road", "Tumbledown Close", "Kingfisher Rise",
    "Sorrel Avenue", "Bracken Row", "Moonpenny Way", "Wagtail Drive", "Cobnut Lane",
    "Starling Mews", "Bluebell Hollow", "Nettlebank Street",
)
_SCHOOLS: tuple[tuple[str, str], ...] = (
    HOLLYBANK, RIVERSIDE, ("Kestrelford High School", "Beacon Road, Kestrelford KF4 8BH"),
    ("Meadowbrook Special School", "Ash Lane, Kestrelford KF5 1MS"),
    ("St Brigid's Catholic Primary", "Chapel Row, Kestrelford KF2 5SB"),
    ("Northvale College", "College Way, Kestrelford KF1 2NC"),
    ("Little Acorns Nursery", "The Old Chapel, Pippin Street, Kestrelford KF3 9LA"),
)
_RESIDENTIAL: tuple[tuple[str, str, bool, int], ...] = (
    (*WILLOW, False, 20), (*OAKFIELD, True, 75),
    ("Cedar View Children's Home", "11 Hawthorn Drive, Kestrelford KF6 4CV", False, 15),
)
_HOSPITALS_IN: tuple[tuple[str, str], ...] = (
    MOORSIDE, ("Kestrelford General Hospital — Children's Ward", "Infirmary Road, KF1 9GH"),
)
_HOSPITALS_OUT: tuple[tuple[str, str, int], ...] = (
    (*LARCHMONT, 150),
    ("Thornbury Grange Hospital — Ash Ward", "Grange Road, Wexcombe WX7 2TG (90 miles)", 110),
)
_COMMUNITY: tuple[tuple[str, str], ...] = (
    ("The Pantry Community Café", "9 Market Steps, Kestrelford KF1 2MK"),
    ("Kestrelford Leisure Centre", "Kestrelford Leisure Centre, KF3 7LC"),
    ("Kestrelford Library", "Mercer Street, Kestrelford KF1 8LB"),
    ("Hollow Wood Park", "Park Gates, Kestrelford KF3 6PG"),
)
_ROLES: dict[str, tuple[tuple[str, str], ...]] = {
    "health": (("GP", "Brookfield Medical Practice"), ("GP", "Kestrelford Health Centre"),
               ("Consultant psychiatrist", "Northvale Community LD Team"),
               ("Ward nurse", "Moorside Assessment and Treatment Unit"),
               ("Speech and language therapist", "Northvale Children's Therapy Service"),
               ("CAMHS learning disability nurse", "Northvale CAMHS LD Team"),
               ("Community paediatrician", "Kestrelford Child Development Centre"),
               ("Occupational therapist", "Northvale Children's Therapy Service")),
    "education": (("SENCO", "Hollybank Primary School"), ("SENCO", "Riverside Academy"),
                  ("Class teacher", "Meadowbrook Special School"),
                  ("Class teacher", "Kestrelford High School"),
                  ("EHCP coordinator", "Northvale SEND Service")),
    "social_care": (("Social worker", "Children with Disabilities Team, Northvale Council"),
                    ("Transitions social worker", "Preparing for Adulthood Team"),
                    ("Short breaks coordinator", "Maple Short Breaks"),
                    ("Registered manager", "Cedar View Children's Home")),
    "voluntary_community": (("Youth club leader", "Kestrelford Inclusive Youth Club"),
                            ("Independent advocate", "Northvale Advocacy"),
                            ("Family support worker", "Northvale Parent Carer Forum"),
                            ("Coach", "Splash Inclusive Swim Club")),
    "family_informal": (("Grandparent", ""), ("Family friend", ""), ("Neighbour", ""),
                        ("Aunt or uncle", "")),
}
_SECTOR_WEIGHTS = (("health", 35), ("education", 20), ("social_care", 15),
                   ("voluntary_community", 15), ("family_informal", 15))
_LIVING = (("family_home", 60), ("residential_placement", 15), ("inpatient_in_area", 7),
           ("inpatient_out_of_area", 6), ("supported_living", 8), ("other", 4))
_INTERESTS = (
    "swimming", "trains", "drawing", "football", "dinosaurs", "music", "baking", "Lego",
    "dancing", "gaming", "animals", "buses", "films", "sensory play", "cooking", "cycling",
)
_OWN_WORDS = (
    '"I want to go swimming on Saturdays."', '"I don\'t like the noisy dinner hall."',
    '"Can I see my nan more?"', '"I want a job with animals."',
    '"I liked it when we went to the park."', '"Tell me before things change."',
    '"I want my own room."', '"I want to go home."', '"School was OK today."',
    '"I want to learn to cook pasta."',
)
_DISCUSSED = (
    "School and friendships.", "Sleep and the bedtime routine.", "Contact with family.",
    "Ideas for the weekend.", "What helps when things feel too much.",
    "The move to a new placement.", "Plans for after school.",
)
_AGREED = (
    "Keyworker to chase the SENCO about the quiet room.",
    "Try the visual timetable at home for two weeks.",
    "Keyworker to share the easy-read plan with school.",
    "Book a visit to the youth club together.",
    "Family to keep a sleep diary.",
)
_ACTIONS = (
    "Update the positive behaviour support plan", "Confirm short breaks funding",
    "Arrange a speech and language review", "Name a school in the EHCP",
    "Share the crisis plan with the ward", "Book the sensory assessment",
    "Find a community placement near home", "Review medication",
)
_PURPOSES = ("progress_chasing", "specific_issues", "review_or_court", "future_ideas",
             "talking_about_past")
_RAG_RATIONALE = {
    "red": "Placement at risk of breaking down; crisis plan in use.",
    "amber": "Needs are rising; extra support in place.",
    "green": "Settled; support working.",
    "blue": "Currently an inpatient.",
}


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([w[0] for w in weighted], weights=[w[1] for w in weighted])[0]


class _RowSink:
    """Rows for the generated caseload, inserted table by table with ``executemany``.

    For each new record it writes what the flush hook in :mod:`..store.changes` writes:
    provenance, version 1, a change-log entry, an audit event and the full-text index row.
    Going through the unit of work instead costs about 2 ms a record, and the hook's
    re-index deletes by an unindexed FTS column (a scan per record), which grows with
    the store: thousands of young people would take many minutes.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        ctx: WriteContext | None = session.info.get("write_context")
        # Like the hook: no provenance or change log without a writer, or for remote changes.
        self.ctx = None if ctx is None or ctx.applying_remote else ctx
        self.rows: dict[type[Any], list[dict[str, Any]]] = {}
        self.log: list[dict[str, Any]] = []
        self.audit: list[dict[str, Any]] = []
        self.search: list[bulk.IndexRow] = []
        self.counts: Counter[str] = Counter()

    def add(self, model: Any, **values: Any) -> dict[str, Any]:
        """A new row of ``model`` (column defaults filled in); returns it, with its id."""
        ctx = self.ctx
        new = stamp_new_row(model, values, ctx)
        row = new.row
        if ctx is not None and new.change is not None and new.audit is not None:
            self.log.append(new.change)
            self.audit.append(new.audit)
            ctx.changed.add((model.__tablename__, row["id"]))
        if model.__searchable__:
            yp_id = young_person_of(model, row["id"], row.get("young_person_id"))
            self.search.append(bulk.index_row(model, row, yp_id))
        self.rows.setdefault(model, []).append(row)
        self.counts[model.__tablename__] += 1
        return row

    def flush(self) -> None:
        """Insert what is pending: parents first, then the change log, audit and index."""
        levels = _table_levels()
        for model in sorted(self.rows, key=lambda m: levels[m.__tablename__]):
            self._insert(model.__table__, self.rows[model])
        self._insert(cast(Table, ChangeLogEntry.__table__), self.log)
        self._insert(cast(Table, AuditEvent.__table__), self.audit)
        bulk.index_rows(self.session.connection(), self.search, fresh=True)
        self.rows, self.log, self.audit, self.search = {}, [], [], []

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        bulk.insert_rows(self.session.connection(), table, rows)

    def summary(self) -> DemoSummary:
        return DemoSummary(**{_FIELD_FOR_TABLE[t]: n for t, n in self.counts.items()
                              if t in _FIELD_FOR_TABLE})


def _generated_staff(sink: _RowSink, rng: random.Random, n: int) -> list[dict[str, Any]]:
    """The five named staff, plus enough generated keyworkers for ``n`` young people."""
    staff = [sink.add(Staff, name=name, role=role, team=TEAM, email=_staff_email(name))
             for _key, name, role in _STAFF]
    for _ in range(max(0, n // 20 - 4)):
        name = f"{rng.choice(_ADULT_GIVEN)} {rng.choice(_FAMILY)}"
        staff.append(sink.add(Staff, name=name, role="keyworker", team=TEAM,
                              email=_staff_email(name)))
    return staff


def _generated_professionals(sink: _RowSink, rng: random.Random,
                             n: int) -> list[dict[str, Any]]:
    """A shared pool of about n/2 professionals (at least 20), every sector present."""
    pros: list[dict[str, Any]] = []
    for i in range(max(20, n // 2)):
        sector = _SECTOR_WEIGHTS[i % 5][0] if i < 10 else _pick(rng, _SECTOR_WEIGHTS)
        role, agency = rng.choice(_ROLES[sector])
        title = "Dr " if role.startswith(("GP", "Consultant", "Community paed")) else ""
        pros.append(sink.add(
            Professional, name=f"{title}{rng.choice(_ADULT_GIVEN)} {rng.choice(_FAMILY)}",
            role=role, agency=agency, sector=sector,
            phone=f"01632 960{rng.randrange(1000):03d}",
            email=f"contact{i}@{sector.replace('_', '-')}.example"))
    return pros


def _generate_one(sink: _RowSink, rng: random.Random, today: date, staff: dict[str, Any],
                  senior: dict[str, Any], pros: list[dict[str, Any]], nhs_used: set[str],
                  template: Any) -> None:
    """One generated young person with proportional records."""
    given, pronouns = rng.choice(_GIVEN)
    family = rng.choice(_FAMILY)
    preferred = _NICKNAMES.get(given, "") if rng.random() < 0.5 else ""
    age = rng.randint(3, 23)
    dob = today - timedelta(days=age * 365 + rng.randrange(365))
    living = _pick(rng, _LIVING)
    street = f"{rng.randint(1, 120)} {rng.choice(_STREETS)}, Kestrelford KF{rng.randint(1, 6)}"
    placement, out_of_area = "", False
    if living == "residential_placement":
        placement, _addr, out_of_area, _travel = rng.choice(_RESIDENTIAL)
    elif living == "inpatient_in_area":
        placement = rng.choice(_HOSPITALS_IN)[0]
    elif living == "inpatient_out_of_area":
        placement, out_of_area = rng.choice(_HOSPITALS_OUT)[0], True
    interests = rng.sample(_INTERESTS, 3)
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
                 name=f"{rng.choice(_ADULT_GIVEN)} {family}", relation=relation,
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
        triage_outcome="Accepted onto the register.",
        current_issues="Placement and school under strain.", tried="Visual timetable.",
        reduces_risk="Routine and familiar people.", action_plan="Keep the plan under review.",
        review_on=today + timedelta(days=rng.randint(-10, 60)))
    span = (today - start).days
    for k in range(3):
        rating = "blue" if living.startswith("inpatient") and k == 2 else rng.choice(
            ("red", "amber", "amber", "green"))
        sink.add(RagRating, young_person_id=yid, dsr_entry_id=entry["id"], rating=rating,
                 rated_on=start + timedelta(days=span * k // 3),
                 rationale=_RAG_RATIONALE[rating])
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
            name, addr, _out, travel = rng.choice(_RESIDENTIAL)
            place_type, place = "residential", (name, addr)
        elif living == "inpatient_in_area" and rng.random() < 0.6:
            place_type, place = "hospital_in_area", rng.choice(_HOSPITALS_IN)
        elif living == "inpatient_out_of_area" and rng.random() < 0.6:
            name, addr, travel = rng.choice(_HOSPITALS_OUT)
            place_type, place = "hospital_out_of_area", (name, addr)
        elif place_type == "school":
            place = rng.choice(_SCHOOLS)
        elif place_type == "community":
            place = rng.choice(_COMMUNITY)
        elif place_type == "office":
            place, travel = OFFICE, 0
        note_id = None
        if not is_future and k < 4:
            final = k < 3 or rng.random() < 0.7
            note_id = sink.add(
                SessionNote, young_person_id=yid, session_on=when.date(),
                purposes=rng.sample(_PURPOSES, rng.randint(1, 2)),
                format=rng.choice(("formal_meeting", "activity")),
                own_words=rng.choice(_OWN_WORDS), discussed=rng.choice(_DISCUSSED),
                agreed=rng.choice(_AGREED), status="final" if final else "draft",
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
        location=OFFICE[0])["id"]
    for _ in range(3):
        owner = rng.choice(linked)
        sink.add(Action, young_person_id=yid, meeting_id=meeting_id,
                 description=rng.choice(_ACTIONS), owner_name=owner["name"],
                 owner_professional_id=owner["id"],
                 due_on=today + timedelta(days=rng.randint(-20, 30)),
                 status=rng.choice(("open", "open", "chased", "done")))
    if rng.random() < 0.5:
        sink.add(BudgetSpend, young_person_id=yid, item="Sensory equipment",
                 amount_pence=rng.randint(20, 480) * 100,
                 spent_on=today - timedelta(days=rng.randint(1, 200)),
                 approved_by=senior["name"])
    goal_id = sink.add(Goal, young_person_id=yid, description=f"Enjoy {interests[0]} every week",
                       in_their_words=rng.choice(_OWN_WORDS), agreed_with="Family",
                       set_on=start)["id"]
    sink.add(OutcomeRating, young_person_id=yid, goal_id=goal_id, rated_on=today,
             score=rng.randint(2, 9))


def _populate_generated(sink: _RowSink, today: date, n: int, seed: int) -> None:
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


# --------------------------------------------------------------------------- entry point
def populate_demo(session: Session, *, today: date, scale: int | None = None,
                  seed: int = 7) -> DemoSummary:
    """Write the fictional demo caseload into ``session`` (the caller commits).

    Without ``scale``: 13 hand-written young people, dated relative to ``today`` (``seed``
    is not used). With ``scale=N``: ``N`` generated young people, the same for the same
    ``seed``. Sets the user name to Alex Morgan when none is set yet.
    """
    if scale is not None and scale < 0:
        raise ValueError("scale must be zero or more")
    if not settings.get(session, settings.USER_NAME):
        settings.put(session, settings.USER_NAME, CURRENT_USER)
    # Fictional people must never reach the central store: the sync client refuses.
    settings.put(session, settings.DEMO_CASELOAD, True)
    if scale is None:
        sink = _Sink(session)
        _populate_hand_written(sink, today)
        return sink.summary()
    rows = _RowSink(session)
    _populate_generated(rows, today, scale, seed)
    # The bulk path bypasses the write hook, so the derived caseload summary is rebuilt.
    summary.rebuild_all(session.connection())
    return rows.summary()


__all__ = ["CURRENT_USER", "DemoSummary", "date_of_birth", "fake_nhs_number",
           "nhs_check_digit", "populate_demo"]
