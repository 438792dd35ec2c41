"""Recording on site: young people, visits, session notes, addenda, budget (allocation:
:mod:`.allocation`).

Every function checks the domain rules first and raises
:class:`~keyworker_desktop.store.errors.ValidationError` before writing
anything; warnings are returned for the caller to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.i18n import label as words_label
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import PlaceType, SessionFormat, SessionPurpose, VisitStatus
from keyworker_desktop.store import settings
from keyworker_desktop.store.changes import WriteContext
from keyworker_desktop.store.errors import ValidationError, raise_for
from keyworker_desktop.store.models import (
    Addendum,
    BudgetSpend,
    SessionNote,
    Visit,
    YoungPerson,
)

NOTE_TEXT_FIELDS = ("own_words", "discussed", "agreed", "concerns")
YOUNG_PERSON_FIELDS = (
    "given_name", "family_name", "preferred_name", "date_of_birth", "pronouns", "nhs_number",
    "address", "living_situation", "placement_name", "placement_out_of_area",
    "communication_needs", "uses_easy_read", "uses_signs", "uses_drawing", "what_matters",
    "people_like", "how_to_support", "interests", "admission_date", "leaving_date",
    "preferred_language",
)


def _ctx(session: Session) -> WriteContext:
    ctx: WriteContext = session.info["write_context"]
    return ctx


def _choice(value: str, allowed: Any, field: str, label: str) -> list[Problem]:
    if value not in {m.value for m in allowed}:
        return [Problem(field, Message("recording.label_not_one", QT_TRANSLATE_NOOP(
                "Errors", "{label} is not one of the choices."),
                label=words_label(label)))]
    return []


def save_young_person(session: Session, yp_id: str | None, today: date,
                      **fields: Any) -> tuple[YoungPerson, list[Problem]]:
    unknown = set(fields) - set(YOUNG_PERSON_FIELDS)
    if unknown:
        raise TypeError(f"unknown fields {sorted(unknown)}")
    yp = session.get(YoungPerson, yp_id) if yp_id else YoungPerson(given_name="", family_name="")
    if yp is None:
        raise KeyError(yp_id)
    merged = {f: fields.get(f, getattr(yp, f)) for f in YOUNG_PERSON_FIELDS}
    problems = [
        *rules.check_required(merged["given_name"], "given_name",
            QT_TRANSLATE_NOOP("Errors", "A first name")),
        *rules.check_required(merged["family_name"], "family_name",
            QT_TRANSLATE_NOOP("Errors", "A family name")),
        *rules.check_length(merged["given_name"], "given_name", 100,
            QT_TRANSLATE_NOOP("Errors", "The first name")),
        *rules.check_length(merged["family_name"], "family_name", 100,
            QT_TRANSLATE_NOOP("Errors", "The family name")),
        *rules.check_length(merged["preferred_name"], "preferred_name", 100,
            QT_TRANSLATE_NOOP("Errors", "The preferred name")),
        *rules.check_date_of_birth(merged["date_of_birth"], today),
        *rules.check_nhs_number(merged["nhs_number"]),
        *rules.check_period(merged["admission_date"], merged["leaving_date"], "leaving_date",
                            QT_TRANSLATE_NOOP("Errors", "placement")),
    ]
    for f in ("what_matters", "people_like", "how_to_support", "interests", "communication_needs",
              "address"):
        problems += rules.check_length(merged[f], f, rules.TEXT_LIMITS["long"],
            QT_TRANSLATE_NOOP("Errors", "This text"))
    warnings = raise_for(problems)
    for f, v in fields.items():
        setattr(yp, f, v)
    if yp_id is None:
        session.add(yp)
    session.flush()
    return yp, warnings


@dataclass(frozen=True)
class KnownPlace:
    name: str
    place_type: str
    address: str


def known_places(session: Session, yp_id: str) -> list[KnownPlace]:
    """Places this young person has been visited, most used first, then where they live."""
    rows = session.execute(
        select(Visit.place_name, Visit.place_type, Visit.address, func.count())
        .where(Visit.young_person_id == yp_id, Visit.deleted_at.is_(None), Visit.place_name != "")
        .group_by(Visit.place_name, Visit.place_type, Visit.address)
        .order_by(func.count().desc())
    ).all()
    places = [KnownPlace(r[0], r[1], r[2]) for r in rows]
    yp = session.get(YoungPerson, yp_id)
    if yp is not None and yp.address and not any(p.address == yp.address for p in places):
        places.append(KnownPlace("Home", PlaceType.HOME.value, yp.address))
    return places


def record_visit(session: Session, yp_id: str, *, starts_at: datetime,
                 ends_at: datetime | None = None, place_type: str = "home", place_name: str = "",
                 address: str = "", who_was_there: str = "", purpose: str = "",
                 status: str = "done", travel_minutes: int | None = None, notes: str = "",
                 visit_id: str | None = None, completes: str | None = None) -> Visit:
    """Add a visit, correct one (``visit_id``), or record that a planned visit took place
    (``completes``: the planned visit's id; it becomes this visit, so there are not two).
    """
    problems = [
        *_choice(place_type, PlaceType, "place_type",
            QT_TRANSLATE_NOOP("Errors", "The place type")),
        *_choice(status, VisitStatus, "status", QT_TRANSLATE_NOOP("Errors", "The status")),
        *rules.check_period(starts_at, ends_at),
        *rules.check_length(place_name, "place_name", 200,
            QT_TRANSLATE_NOOP("Errors", "The place name")),
        *rules.check_length(purpose, "purpose", rules.TEXT_LIMITS["long"],
            QT_TRANSLATE_NOOP("Errors", "The purpose")),
        *rules.check_length(who_was_there, "who_was_there", rules.TEXT_LIMITS["long"],
                            QT_TRANSLATE_NOOP("Errors", "Who was there")),
    ]
    if travel_minutes is not None and not 0 <= travel_minutes <= 24 * 60:
        problems.append(Problem("travel_minutes", Message(
                "travel_minutes.travel_time_must", QT_TRANSLATE_NOOP(
                "Errors", "Travel time must be between 0 and 24 hours."))))
    raise_for(problems)
    if visit_id is None and completes:
        planned = session.get(Visit, completes)
        if planned is None or planned.young_person_id != yp_id or planned.deleted_at \
                or planned.status != VisitStatus.PLANNED.value:
            raise_for([Problem("completes", Message("completes.planned_visit_no", QT_TRANSLATE_NOOP(
                    "Errors", "The planned visit is no longer there to complete. Nothing was "
                    "saved; record the visit again.")))])
        assert planned is not None
        visit_id = planned.id
        # What the plan said stays where nothing new was typed.
        place_name, address = place_name or planned.place_name, address or planned.address
        purpose = purpose or planned.purpose
        who_was_there = who_was_there or planned.who_was_there
        notes = notes or planned.notes
    visit = session.get(Visit, visit_id) if visit_id else Visit(young_person_id=yp_id)
    if visit is None:
        raise KeyError(visit_id)
    visit.starts_at, visit.ends_at, visit.place_type = starts_at, ends_at, place_type
    visit.place_name, visit.address, visit.who_was_there = place_name, address, who_was_there
    visit.purpose, visit.status = purpose, status
    visit.travel_minutes, visit.notes = travel_minutes, notes
    if visit_id is None:
        session.add(visit)
    session.flush()
    return visit


def save_note_draft(session: Session, yp_id: str, note_id: str | None = None, *,
                    session_on: date, purposes: list[str], format: str = "formal_meeting",
                    own_words: str = "", discussed: str = "", agreed: str = "", concerns: str = "",
                    raise_with_manager: bool = False) -> SessionNote:
    note = session.get(SessionNote, note_id) if note_id else None
    problems = rules.check_finalised(bool(note and note.is_final))
    problems += _choice(format, SessionFormat, "format",
        QT_TRANSLATE_NOOP("Errors", "The session format"))
    for p in purposes:
        problems += _choice(p, SessionPurpose, "purposes", QT_TRANSLATE_NOOP("Errors", "A purpose"))
    for f, v in (("own_words", own_words), ("discussed", discussed), ("agreed", agreed),
                 ("concerns", concerns)):
        problems += rules.check_length(v, f, rules.TEXT_LIMITS["long"],
            QT_TRANSLATE_NOOP("Errors", "This text"))
    raise_for(problems)
    if note is None:
        note = SessionNote(young_person_id=yp_id, id=note_id) if note_id else SessionNote(
            young_person_id=yp_id)
        session.add(note)
    note.session_on, note.purposes, note.format = session_on, list(purposes), format
    note.own_words, note.discussed = own_words, discussed
    note.agreed, note.concerns = agreed, concerns
    note.raise_with_manager = raise_with_manager
    session.flush()
    return note


def finalise_note(session: Session, note_id: str) -> SessionNote:
    """Sign and date the note; from now on it is read-only."""
    note = session.get(SessionNote, note_id)
    if note is None:
        raise KeyError(note_id)
    raise_for(rules.check_finalised(note.is_final))
    if not (note.purposes and (note.discussed.strip() or note.own_words.strip())):
        raise ValidationError([Problem("discussed", Message(
                "discussed.add_purpose_and", QT_TRANSLATE_NOOP(
                "Errors", "Add a purpose and what was discussed before finalising.")))])
    ctx = _ctx(session)
    note.status, note.finalised_by, note.finalised_at = "final", ctx.actor, ctx.utcnow()
    session.flush()
    return note


def add_addendum(session: Session, note_id: str, text: str) -> Addendum:
    note = session.get(SessionNote, note_id)
    if note is None:
        raise KeyError(note_id)
    problems = rules.check_required(text, "text", QT_TRANSLATE_NOOP("Errors", "The addendum"))
    problems += rules.check_length(text, "text", rules.TEXT_LIMITS["long"],
        QT_TRANSLATE_NOOP("Errors", "The addendum"))
    if not note.is_final:
        problems.append(Problem("text", Message("text.addenda_for_finalised", QT_TRANSLATE_NOOP(
                "Errors", "Addenda are for finalised notes; edit the draft instead."))))
    raise_for(problems)
    ctx = _ctx(session)
    addendum = Addendum(young_person_id=note.young_person_id, session_note_id=note.id, text=text,
                        signed_by=ctx.actor, signed_at=ctx.utcnow())
    session.add(addendum)
    session.flush()
    return addendum


def add_budget_spend(session: Session, yp_id: str, *, item: str, amount_pence: int,
                     spent_on: date, approved_by: str = "",
                     approved_on: date | None = None) -> BudgetSpend:
    spent = session.scalar(
        select(func.coalesce(func.sum(BudgetSpend.amount_pence), 0))
        .where(BudgetSpend.young_person_id == yp_id, BudgetSpend.deleted_at.is_(None))
    ) or 0
    limit = settings.get(session, settings.BUDGET_LIMIT_PENCE)
    problems = rules.check_budget(int(spent), amount_pence, limit)
    problems += rules.check_required(item, "item", QT_TRANSLATE_NOOP("Errors", "What it was for"))
    raise_for(problems)
    spend = BudgetSpend(young_person_id=yp_id, item=item, amount_pence=amount_pence,
                        spent_on=spent_on, approved_by=approved_by, approved_on=approved_on)
    session.add(spend)
    session.flush()
    return spend
