"""The one-page profile: the young person's own details, family and carers, important dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import FamilyRelationship
from keyworker_desktop.services.recording import YOUNG_PERSON_FIELDS
from keyworker_desktop.store.changes import tombstone
from keyworker_desktop.store.errors import raise_for
from keyworker_desktop.store.models import FamilyMember, ImportantDate, YoungPerson


@dataclass(frozen=True)
class FamilyRow:
    id: str
    name: str
    relation: str
    parental_responsibility: bool
    lives_with_young_person: bool
    phone: str
    email: str
    notes: str


@dataclass(frozen=True)
class DateRow:
    id: str
    label: str
    on: date
    yearly: bool
    notes: str


@dataclass(frozen=True)
class Profile:
    """The young person's editable fields (by name), their family, their important dates."""

    young_person_id: str
    fields: dict[str, Any]
    family: list[FamilyRow]
    dates: list[DateRow]


def profile(session: Session, yp_id: str) -> Profile:
    yp = session.get(YoungPerson, yp_id)
    if yp is None:
        raise KeyError(yp_id)
    family = session.scalars(
        select(FamilyMember).where(FamilyMember.young_person_id == yp_id,
                                   FamilyMember.deleted_at.is_(None))
        .order_by(FamilyMember.name)
    )
    dates = session.scalars(
        select(ImportantDate).where(ImportantDate.young_person_id == yp_id,
                                    ImportantDate.deleted_at.is_(None))
        .order_by(ImportantDate.on)
    )
    return Profile(
        yp_id, {f: getattr(yp, f) for f in YOUNG_PERSON_FIELDS},
        [FamilyRow(m.id, m.name, m.relation, m.parental_responsibility,
                   m.lives_with_young_person, m.phone, m.email, m.notes) for m in family],
        [DateRow(d.id, d.label, d.on, d.yearly, d.notes) for d in dates],
    )


def save_family_member(session: Session, yp_id: str, member_id: str | None = None, *,
                       name: str, relation: str = "parent", parental_responsibility: bool = False,
                       lives_with_young_person: bool = False, phone: str = "", email: str = "",
                       notes: str = "") -> FamilyMember:
    """Add or edit a parent, carer, sibling or other family member."""
    problems: list[Problem] = [
        *rules.check_required(name, "name", QT_TRANSLATE_NOOP("Errors", "A name")),
        *rules.check_length(name, "name", rules.TEXT_LIMITS["short"],
            QT_TRANSLATE_NOOP("Errors", "The name")),
        *rules.check_length(phone, "phone", 40, QT_TRANSLATE_NOOP("Errors", "The phone number")),
        *rules.check_length(notes, "notes", rules.TEXT_LIMITS["long"],
            QT_TRANSLATE_NOOP("Errors", "The notes")),
    ]
    if relation not in {m.value for m in FamilyRelationship}:
        problems.append(Problem("relation", Message(
                "relation.relationship_not_one", QT_TRANSLATE_NOOP(
                "Errors", "The relationship is not one of the choices."))))
    raise_for(problems)
    member = (session.get(FamilyMember, member_id) if member_id
              else FamilyMember(young_person_id=yp_id))
    if member is None:
        raise KeyError(member_id)
    member.name, member.relation = name, relation
    member.parental_responsibility = parental_responsibility
    member.lives_with_young_person = lives_with_young_person
    member.phone, member.email, member.notes = phone, email, notes
    if member_id is None:
        session.add(member)
    session.flush()
    return member


def save_important_date(session: Session, yp_id: str, date_id: str | None = None, *,
                        label: str, on: date, yearly: bool = True,
                        notes: str = "") -> ImportantDate:
    """Add or edit a birthday, anniversary or other date that matters to the young person."""
    raise_for([
        *rules.check_required(label, "label", QT_TRANSLATE_NOOP("Errors", "What the date is")),
        *rules.check_length(label, "label", rules.TEXT_LIMITS["short"],
            QT_TRANSLATE_NOOP("Errors", "What the date is")),
        *rules.check_length(notes, "notes", rules.TEXT_LIMITS["long"],
            QT_TRANSLATE_NOOP("Errors", "The notes")),
    ])
    row = (session.get(ImportantDate, date_id) if date_id
           else ImportantDate(young_person_id=yp_id))
    if row is None:
        raise KeyError(date_id)
    row.label, row.on, row.yearly, row.notes = label, on, yearly, notes
    if date_id is None:
        session.add(row)
    session.flush()
    return row


def remove(session: Session, model: type[FamilyMember] | type[ImportantDate],
           record_id: str) -> None:
    """Remove a family member or a date from the profile (kept as a tombstone for sync)."""
    row = session.get(model, record_id)
    if not isinstance(row, FamilyMember | ImportantDate):
        raise KeyError(record_id)
    tombstone(session, row)
    session.flush()
