"""Escalation and challenge (seed 002): what was blocked, to whom it went, at what level and
when; raised from an overdue action, a blocked referral or on its own; followed to an
outcome and closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import EscalationLevel, EscalationSource
from keyworker_desktop.store.errors import raise_for
from keyworker_desktop.store.models import Action, Escalation, YoungPerson

RAISED_FROM = tuple(m.value for m in EscalationSource)


@dataclass(frozen=True)
class EscalationRow:
    id: str
    young_person_id: str
    raised_on: date
    what_was_blocked: str
    escalated_to: str
    level: str
    outcome: str
    resolved_on: date | None
    raised_from: str
    action_id: str | None

    @property
    def is_open(self) -> bool:
        return self.resolved_on is None


@dataclass(frozen=True)
class OpenEscalation:
    """An open escalation as Today lists it."""

    id: str
    young_person_id: str
    young_person: str
    text: str
    raised_on: date


def _row(e: Escalation) -> EscalationRow:
    return EscalationRow(e.id, e.young_person_id, e.raised_on, e.what_was_blocked,
                         e.escalated_to, e.level, e.outcome, e.resolved_on, e.raised_from,
                         e.action_id)


def level_label(level: str) -> str:
    return EscalationLevel(level).label if level in set(EscalationLevel) else level


def escalations_for(session: Session, yp_id: str) -> list[EscalationRow]:
    """Open escalations first (oldest first), then closed ones (latest first)."""
    rows = [_row(e) for e in session.scalars(
        select(Escalation).where(Escalation.young_person_id == yp_id,
                                 Escalation.deleted_at.is_(None)))]
    open_rows = sorted((r for r in rows if r.is_open), key=lambda r: (r.raised_on, r.id))
    closed = sorted((r for r in rows if not r.is_open),
                    key=lambda r: (r.resolved_on or date.min, r.id), reverse=True)
    return open_rows + closed


def open_escalations(session: Session) -> list[OpenEscalation]:
    """Every open escalation of a young person still on the caseload, oldest first."""
    return [
        OpenEscalation(e.id, yp.id, yp.display_name,
                       f"Escalated to {e.escalated_to} ({level_label(e.level)}): "
                       f"{e.what_was_blocked}", e.raised_on)
        for e, yp in session.execute(
            select(Escalation, YoungPerson)
            .join(YoungPerson, YoungPerson.id == Escalation.young_person_id)
            .where(Escalation.deleted_at.is_(None), Escalation.resolved_on.is_(None),
                   YoungPerson.deleted_at.is_(None), YoungPerson.closed_on.is_(None))
            .order_by(Escalation.raised_on, Escalation.id)
        )
    ]


def raise_escalation(session: Session, yp_id: str, *, what_was_blocked: str, escalated_to: str,
                     level: str, raised_on: date, today: date, raised_from: str = "",
                     action_id: str | None = None) -> Escalation:
    """Record a new escalation; ``action_id`` links it to the overdue action it came from."""
    problems = [
        *rules.check_required(what_was_blocked, "what_was_blocked",
            QT_TRANSLATE_NOOP("Errors", "What was blocked")),
        *rules.check_length(what_was_blocked, "what_was_blocked", rules.TEXT_LIMITS["long"],
                            QT_TRANSLATE_NOOP("Errors", "What was blocked")),
        *rules.check_required(escalated_to, "escalated_to",
            QT_TRANSLATE_NOOP("Errors", "Who it was escalated to")),
        *rules.check_length(escalated_to, "escalated_to", 200,
            QT_TRANSLATE_NOOP("Errors", "Who it was escalated to")),
    ]
    if level not in set(EscalationLevel):
        problems.append(Problem("level", Message("level.level_not_one", QT_TRANSLATE_NOOP(
                "Errors", "The level is not one of the choices ({join})."),
                join=', '.join(m.value for m in EscalationLevel))))
    if raised_from not in RAISED_FROM:
        problems.append(Problem("raised_from", Message(
                "raised_from.where_came_from", QT_TRANSLATE_NOOP(
                "Errors", "Where it came from is not one of the choices."))))
    if raised_on > today:
        problems.append(Problem("raised_on", Message("raised_on.date_was_raised", QT_TRANSLATE_NOOP(
                "Errors", "The date it was raised is in the future."))))
    if action_id is not None:
        action = session.get(Action, action_id)
        if action is None or action.young_person_id != yp_id or action.deleted_at is not None:
            problems.append(Problem("action_id", Message(
                    "action_id.action_no_longer", QT_TRANSLATE_NOOP(
                    "Errors", "That action is no longer there."))))
        raised_from = "action"
    raise_for(problems)
    esc = Escalation(young_person_id=yp_id, raised_on=raised_on,
                     what_was_blocked=what_was_blocked.strip(),
                     escalated_to=escalated_to.strip(), level=level, raised_from=raised_from,
                     action_id=action_id)
    session.add(esc)
    session.flush()
    return esc


def close_escalation(session: Session, escalation_id: str, *, outcome: str, resolved_on: date,
                     today: date) -> Escalation:
    """Close an escalation with its outcome (refused without one)."""
    esc = session.get(Escalation, escalation_id)
    if esc is None or esc.deleted_at is not None:
        raise KeyError(escalation_id)
    problems = [
        *rules.check_required(outcome, "outcome", QT_TRANSLATE_NOOP("Errors", "The outcome")),
        *rules.check_length(outcome, "outcome", rules.TEXT_LIMITS["long"],
            QT_TRANSLATE_NOOP("Errors", "The outcome")),
        *rules.check_period(esc.raised_on, resolved_on, "resolved_on",
            QT_TRANSLATE_NOOP("Errors", "escalation")),
    ]
    if resolved_on > today:
        problems.append(Problem("resolved_on", Message(
                "resolved_on.date_was_resolved", QT_TRANSLATE_NOOP(
                "Errors", "The date it was resolved is in the future."))))
    if esc.resolved_on is not None:
        problems.append(Problem("resolved_on", Message(
                "resolved_on.escalation_closed_already", QT_TRANSLATE_NOOP(
                "Errors", "This escalation is closed already."))))
    raise_for(problems)
    esc.outcome, esc.resolved_on = outcome.strip(), resolved_on
    session.flush()
    return esc
