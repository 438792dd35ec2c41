"""Closing a young person's involvement, and reopening it (issue 11, section 5).

Closing records an :class:`~keyworker_desktop.store.models.Ending` with the date,
the reason and the outcome, and sets the young person's ``closed_on``: the caseload
summary counts only young people without it as open, so they leave the caseload and
Today but search and their record still find them. Reopening clears ``closed_on`` and
writes on that same Ending when and why it was reopened; nothing is deleted,
tombstoned or added, so the closure stays in the record's history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.services import triage
from keyworker_desktop.store.errors import ValidationError, raise_for
from keyworker_desktop.store.models import DsrEntry, Ending, YoungPerson

LONG = rules.TEXT_LIMITS["long"]


@dataclass(frozen=True)
class Closure:
    """A young person's current closure, as the record and ``keyworker show`` say it."""

    closed_on: date
    reason: str
    outcome: str


def _young_person(session: Session, yp_id: str) -> YoungPerson:
    yp = session.get(YoungPerson, yp_id)
    if yp is None or yp.deleted_at is not None:
        raise KeyError(yp_id)
    return yp


def _current_ending(session: Session, yp_id: str) -> Ending | None:
    """The Ending of the closure in force: closed and not reopened, newest first."""
    return session.scalars(
        select(Ending).where(Ending.young_person_id == yp_id, Ending.deleted_at.is_(None),
                             Ending.closed_on.is_not(None), Ending.reopened_on.is_(None))
        .order_by(Ending.closed_on.desc(), Ending.created_at.desc())).first()


def preparing_ending(session: Session, yp_id: str) -> Ending | None:
    """The Ending being prepared while open (step-down plan, handover): not closed, newest."""
    return session.scalars(
        select(Ending).where(Ending.young_person_id == yp_id, Ending.deleted_at.is_(None),
                             Ending.closed_on.is_(None))
        .order_by(Ending.created_at.desc())).first()


def _referred_on(session: Session, yp_id: str) -> date | None:
    """The earliest referral date on the young person's register entries, if any."""
    dates = [d for d in session.scalars(
        select(DsrEntry.referred_on).where(DsrEntry.young_person_id == yp_id,
                                           DsrEntry.deleted_at.is_(None))) if d is not None]
    return min(dates, default=None)


def _check_text(text: str, field: str, what: str, required: bool) -> list[Problem]:
    problems = rules.check_required(text, field, what) if required else []
    return problems + rules.check_length(text, field, LONG, what)


def closure(session: Session, yp_id: str) -> Closure | None:
    """The closure in force for this young person, or ``None`` when they are open."""
    yp = _young_person(session, yp_id)
    if yp.closed_on is None:
        return None
    ending = _current_ending(session, yp_id)
    return Closure(yp.closed_on, ending.reason if ending else "",
                   ending.outcome if ending else "")


def close_involvement(session: Session, yp_id: str, *, reason: str, closed_on: date,
                      today: date, outcome: str = "") -> Ending:
    """Close the young person's involvement; the Ending recorded. The caller commits.

    ``ValidationError`` (nothing written) for a missing reason, a date in the future or
    before the referral, or a young person closed already; ``KeyError`` for an unknown one.
    """
    yp = _young_person(session, yp_id)
    if yp.closed_on is not None:
        raise ValidationError([Problem("closed_on", Message(
                "closed_on.young_person_s", QT_TRANSLATE_NOOP(
                "Errors", "This young person's involvement is closed already.")))])
    problems = [*_check_text(reason, "reason",
        QT_TRANSLATE_NOOP("Errors", "The reason for closing"), True),
                *_check_text(outcome, "outcome", QT_TRANSLATE_NOOP("Errors", "The outcome"), False)]
    referred_on = _referred_on(session, yp.id)
    if closed_on > today:
        problems.append(Problem("closed_on", Message("closed_on.closing_date_in", QT_TRANSLATE_NOOP(
                "Errors", "The closing date is in the future."))))
    elif referred_on is not None and closed_on < referred_on:
        problems.append(Problem("closed_on", Message(
                "closed_on.closing_date_before", QT_TRANSLATE_NOOP(
                "Errors", "The closing date is before the referral."))))
    raise_for(problems)
    # The Ending prepared with a step-down plan or handover is the one that closes.
    ending = preparing_ending(session, yp.id) or Ending(young_person_id=yp.id)
    ending.closed_on, ending.reason, ending.outcome = closed_on, reason.strip(), outcome.strip()
    session.add(ending)
    yp.closed_on = closed_on
    triage.mark_closed(session, yp.id, closed_on)
    session.flush()
    return ending


def reopen_involvement(session: Session, yp_id: str, *, reason: str, reopened_on: date,
                       today: date) -> Ending | None:
    """Reopen a closed young person; the Ending now marked reopened. The caller commits.

    ``ValidationError`` (nothing written) for a young person who is not closed, a missing
    reason, or a date in the future or before the closure.
    """
    yp = _young_person(session, yp_id)
    if yp.closed_on is None:
        raise ValidationError([Problem("reopened_on", Message(
                "reopened_on.young_person_s", QT_TRANSLATE_NOOP(
                "Errors", "This young person's involvement is not closed.")))])
    problems = _check_text(reason, "reopen_reason",
        QT_TRANSLATE_NOOP("Errors", "The reason for reopening"), True)
    if reopened_on > today:
        problems.append(Problem("reopened_on", Message(
                "reopened_on.reopening_date_in", QT_TRANSLATE_NOOP(
                "Errors", "The reopening date is in the future."))))
    elif reopened_on < yp.closed_on:
        problems.append(Problem("reopened_on", Message(
                "reopened_on.reopening_date_before", QT_TRANSLATE_NOOP(
                "Errors", "The reopening date is before the closure."))))
    raise_for(problems)
    ending = _current_ending(session, yp.id)
    if ending is not None:
        ending.reopened_on = reopened_on
        ending.reopen_reason = reason.strip()
    yp.closed_on = None
    triage.mark_reopened(session, yp.id, reopened_on)
    session.flush()
    return ending


# For services.handover, which prepares and then writes on the same Ending.
current_ending = _current_ending
referred_on = _referred_on
