"""Recording and withdrawing consent (seed 002): to be on the register, to work with a
keyworker, to share information, photographs, medical.

What is in force is :func:`keyworker_desktop.services.records.consents_in_force`; the
record's header, the network map's photograph and the easy-read plan all read it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import ConsentGiver, ConsentKind
from keyworker_desktop.store.errors import ValidationError, raise_for
from keyworker_desktop.store.models import Consent, YoungPerson


def _young_person(session: Session, yp_id: str) -> YoungPerson:
    yp = session.get(YoungPerson, yp_id)
    if yp is None or yp.deleted_at is not None:
        raise KeyError(yp_id)
    return yp


def _check_date(on: date, field: str, what: str, yp: YoungPerson, today: date) -> list[Problem]:
    if on > today:
        return [Problem(field, f"The date {what} is in the future.")]
    if yp.date_of_birth is not None and on < yp.date_of_birth:
        return [Problem(field, f"The date {what} is before the date of birth.")]
    return []


def record_consent(session: Session, yp_id: str, *, kind: str, given_by: str, given_on: date,
                   today: date, giver_name: str = "", capacity_noted: str = "") -> Consent:
    """Record a consent given; raises ``ValidationError`` (nothing written) for bad input
    and ``KeyError`` for an unknown young person. The caller commits."""
    yp = _young_person(session, yp_id)
    problems = _check_date(given_on, "given_on", "consent was given", yp, today)
    if kind not in {m.value for m in ConsentKind}:
        problems.append(Problem("kind", "The kind of consent is not one of the choices."))
    if given_by not in {m.value for m in ConsentGiver}:
        problems.append(Problem("given_by", "Who gave consent is not one of the choices."))
    problems += rules.check_length(giver_name, "giver_name", rules.TEXT_LIMITS["short"],
                                   "The name of who gave consent")
    problems += rules.check_length(capacity_noted, "capacity_noted", rules.TEXT_LIMITS["long"],
                                   "The note on capacity")
    raise_for(problems)
    consent = Consent(young_person_id=yp.id, kind=kind, given=True, given_by=given_by,
                      giver_name=giver_name.strip(), capacity_noted=capacity_noted,
                      given_on=given_on)
    session.add(consent)
    session.flush()
    return consent


def withdraw_consent(session: Session, yp_id: str, *, kind: str, withdrawn_on: date,
                     today: date, given_by: str | None = None) -> list[Consent]:
    """Withdraw the consent of ``kind`` in force (only those ``given_by`` that giver, when
    named); the consents withdrawn. ``ValidationError`` when none is in force."""
    yp = _young_person(session, yp_id)
    in_force = [c for c in session.scalars(
        select(Consent).where(Consent.young_person_id == yp.id, Consent.kind == kind,
                              Consent.deleted_at.is_(None)).order_by(Consent.given_on))
                if c.in_force and given_by in (None, c.given_by)]
    if not in_force:
        raise ValidationError([Problem("kind", "There is no consent of that kind in force "
                                               "to withdraw.")])
    problems = _check_date(withdrawn_on, "withdrawn_on", "consent was withdrawn", yp, today)
    if any(withdrawn_on < c.given_on for c in in_force):
        problems.append(Problem("withdrawn_on",
                                "The date consent was withdrawn is before it was given."))
    raise_for(problems)
    for c in in_force:
        c.withdrawn_on = withdrawn_on
    session.flush()
    return in_force
