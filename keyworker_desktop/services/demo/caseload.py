"""The hand-written demo caseload: 13 young people read from ``resources/demo/young_people``.

Each file holds one young person: ``young_person`` (the record's fields, with ``age`` and
``birthday`` as [month, day]) and ``records``, written in order. A record names what it
adds (``"record": "visit"``, one of the :class:`_Builder` methods) and its arguments.
Everything is dated relative to today: ``{"days": -3}`` is a date, ``{"days": -3,
"time": "15:00"}`` a date and time, ``{"month": 9, "day": 21}`` this year's date, and
whole numbers such as ``offset``, ``starts`` or ``due`` count days from today
(``last_contact``: days ago). ``"ref"`` names a meeting or session note that later
records point at. Staff, professionals and places are named by their key in
``team.json``.

Records go through the session's flush hook like any write, so they carry provenance
and version and land in the change log and search index.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from importlib.resources.abc import Traversable
from typing import Any

from sqlalchemy.orm import Session

from keyworker_desktop.domain.checklists import due_at, load_templates
from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.services.demo.common import (
    DemoSummary,
    Place,
    data_folder,
    date_of_birth,
    fake_nhs_number,
    read_data,
    team,
)
from keyworker_desktop.store.models import (
    Action,
    Addendum,
    Allocation,
    BudgetSpend,
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
from keyworker_desktop.store.row_sink import table_levels

# What a record may add: the _Builder methods the data names.
_RECORDS = frozenset({
    "important_date", "family", "allocate", "dsr", "consent", "consents", "link", "informal",
    "visit", "session", "addendum", "checklist", "meeting", "action", "escalation", "budget",
    "goal", "ending",
})


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
        """Insert what is pending, parents before children (one flush per level)."""
        by_level: dict[int, list[Any]] = {}
        for obj in self.pending:
            by_level.setdefault(table_levels()[type(obj).__tablename__], []).append(obj)
        self.pending = []
        for level in sorted(by_level):
            self.session.add_all(by_level.pop(level))
            self.session.flush()


def _hm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


class _Builder:
    """Writes hand-written records, with dates counted from ``today``."""

    def __init__(self, sink: _Sink, today: date) -> None:
        self.sink = sink
        self.today = today
        self.staff: dict[str, Staff] = {}
        self.pros: dict[str, Professional] = {}
        self.refs: dict[str, Any] = {}
        self.nhs_rng = random.Random(20_250_101)
        self.nhs_used: set[str] = set()

    # reading the data
    def write(self, data: dict[str, Any], name: str) -> None:
        """Write one young person's file (``name`` is for error messages)."""
        yp = self.young_person(**self.decode(data["young_person"]))
        self.refs = {}
        for record in data["records"]:
            args = self.decode(record)
            what, ref = args.pop("record"), args.pop("ref", None)
            if what not in _RECORDS:
                raise ValueError(f"{name}: unknown record {what!r}")
            made = getattr(self, what)(yp, **args)
            if ref is not None:
                self.refs[ref] = made

    def decode(self, value: Any) -> Any:
        """Data values with relative dates turned into dates and datetimes."""
        if isinstance(value, list):
            return [self.decode(v) for v in value]
        if not isinstance(value, dict):
            return value
        if value.keys() == {"days"}:
            return self.d(value["days"])
        if value.keys() == {"days", "time"}:
            return self.at(value["days"], value["time"])
        if value.keys() == {"month", "day"}:
            return date(self.today.year, value["month"], value["day"])
        return {k: self.decode(v) for k, v in value.items()}

    def place(self, place: str | list[str]) -> Place:
        """A place from ``team.json`` by key, or a [name, address] pair."""
        if isinstance(place, str):
            return team().places[place]
        name, address = place
        return name, address

    # dates
    def d(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def at(self, offset: int, hhmm: str) -> datetime:
        return datetime.combine(self.d(offset), _hm(hhmm))

    def add(self, obj: Any) -> Any:
        return self.sink.add(obj)

    # people
    def make_staff(self) -> None:
        the_team = team()
        for key, name, role in the_team.staff:
            self.staff[key] = self.add(Staff(name=name, role=role, team=the_team.name,
                                             email=the_team.email(name)))

    def make_professionals(self) -> None:
        for key, values in team().professionals.items():
            self.pros[key] = self.add(Professional(**values))

    def young_person(self, *, age: int, birthday: list[int], **values: Any) -> YoungPerson:
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
            # Every demo entry was triaged and is on the register (seed 002).
            status="accepted", status_on=self.d(triaged),
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

    # work
    def visit(self, yp: YoungPerson, offset: int, start: str, minutes: int, place_type: str,
              place: str | list[str], *, travel: int | None = None, who: str = "",
              purpose: str = "", notes: str = "", note: SessionNote | None = None,
              status: str | None = None) -> Visit:
        starts = self.at(offset, start)
        if status is None:
            status = "done" if offset < 0 else "planned"
        name, address = self.place(place)
        return self.add(Visit(
            young_person_id=yp.id, status=status, starts_at=starts,
            ends_at=starts + timedelta(minutes=minutes), place_type=place_type,
            place_name=name, address=address, travel_minutes=travel, who_was_there=who,
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
                place: str | list[str], *, travel: int | None = None, who: str = "",
                purpose: str = "", **note: Any) -> SessionNote:
        """A done visit with its session note."""
        n = self.note(yp, offset, **note)
        self.visit(yp, offset, start, minutes, place_type, place, travel=travel, who=who,
                   purpose=purpose, note=n)
        return n

    def addendum(self, yp: YoungPerson, session_note: str, text: str, signed_by: str,
                 signed_at: datetime) -> None:
        self.add(Addendum(young_person_id=yp.id, session_note_id=self.refs[session_note].id,
                          text=text, signed_by=signed_by, signed_at=signed_at))

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

    def action(self, yp: YoungPerson, meeting: str | None, description: str, owner: str,
               due: int, *, status: str = "open", follow_up: str = "",
               chased: int | None = None) -> None:
        held = self.refs[meeting] if meeting else None
        pro = self.pros.get(owner)
        staff = next((s for s in self.staff.values() if s.name == owner), None)
        owner_name = pro.name if pro else (staff.name if staff else owner)
        self.add(Action(
            young_person_id=yp.id, meeting_id=held.id if held else None,
            description=description, owner_name=owner_name,
            owner_professional_id=pro.id if pro else None, due_on=self.d(due), status=status,
            follow_up=follow_up, last_chased_on=None if chased is None else self.d(chased),
            done_on=self.d(min(due + 3, 0)) if status == "done" else None))

    def escalation(self, yp: YoungPerson, **values: Any) -> None:
        self.add(Escalation(young_person_id=yp.id, **values))

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

    def ending(self, yp: YoungPerson, **values: Any) -> None:
        self.add(Ending(young_person_id=yp.id, **values))


def _young_people_files() -> list[Traversable]:
    """The young people's files, in the order they are written (their names sort so)."""
    folder = data_folder() / "young_people"
    return sorted((f for f in folder.iterdir() if f.name.endswith(".json")),
                  key=lambda f: f.name)


def populate_hand_written(session: Session, today: date) -> DemoSummary:
    """Write the staff, the shared professionals and the 13 young people, in file order."""
    sink = _Sink(session)
    b = _Builder(sink, today)
    b.make_staff()
    b.make_professionals()
    for path in _young_people_files():
        b.write(read_data(path), path.name)
    sink.flush()
    return DemoSummary.of(sink.counts)
