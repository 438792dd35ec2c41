"""Getting ready to end involvement: the step-down plan, the handover and the transition
checklist (issue 11, section 5; seeds 000 and 002).

All three are written on the young person's :class:`~keyworker_desktop.store.models.Ending`
in hand: while they are open, the Ending being prepared (not yet closed), made on first
use; once closed, the closure in force, so a handover after closing (seed 000: support
"until the end of the half term after") is still recorded against it. Closing
(``services.ending.close_involvement``) then closes that same Ending.

The handover needs the family's permission (seed 000: "with the families permission").
A handover is recorded only when the family said yes. When they said no, nothing is
recorded and the caller is told so: the information stays with this service, the
keyworker may ask again later, and the step-down plan can say what was agreed instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.half_terms import end_of_half_term_after
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.services import checklists
from keyworker_desktop.services.ending import (
    Closure,
    closure,
    current_ending,
    preparing_ending,
    referred_on,
)
from keyworker_desktop.store.errors import ValidationError, raise_for
from keyworker_desktop.store.models import ChecklistInstance, Ending, Staff, YoungPerson

TRANSITION_TEMPLATE = "transition"
HANDOVER_TO_LIMIT = 200


@dataclass(frozen=True)
class EndingState:
    """What the end-involvement dialog shows: what is recorded so far, and the choices."""

    young_person_id: str
    name: str
    step_down_plan: str
    handover_to: str
    handover_on: date | None
    family_permission: bool
    leaving_date: date | None
    transition_due_on: date | None
    transition_applied: bool
    closure: Closure | None
    staff_names: tuple[str, ...]

    @property
    def handover_recorded(self) -> bool:
        return bool(self.handover_to) and self.family_permission


def _young_person(session: Session, yp_id: str) -> YoungPerson:
    yp = session.get(YoungPerson, yp_id)
    if yp is None or yp.deleted_at is not None:
        raise KeyError(yp_id)
    return yp


def ending_in_hand(session: Session, yp_id: str) -> Ending | None:
    """The closure in force when closed, else the Ending being prepared (if any)."""
    yp = _young_person(session, yp_id)
    if yp.closed_on is not None:
        return current_ending(session, yp_id)
    return preparing_ending(session, yp_id)


def _ending_to_write(session: Session, yp_id: str) -> Ending:
    ending = ending_in_hand(session, yp_id)
    if ending is None:
        ending = Ending(young_person_id=yp_id)
        session.add(ending)
    return ending


def _transition_applied(session: Session, yp_id: str, anchor: date | None) -> bool:
    if anchor is None:
        return False
    return session.scalar(
        select(ChecklistInstance.id).where(
            ChecklistInstance.young_person_id == yp_id, ChecklistInstance.deleted_at.is_(None),
            ChecklistInstance.template_key == TRANSITION_TEMPLATE,
            ChecklistInstance.anchor_at == datetime.combine(anchor, time.min)).limit(1)
    ) is not None


def staff_names(session: Session) -> tuple[str, ...]:
    """Everyone on the staff list, by name: who a handover can go to (or type a name)."""
    return tuple(session.scalars(
        select(Staff.name).where(Staff.deleted_at.is_(None)).order_by(Staff.name)).all())


def ending_state(session: Session, yp_id: str) -> EndingState:
    """What is recorded about ending this young person's involvement so far."""
    yp = _young_person(session, yp_id)
    ending = ending_in_hand(session, yp_id)
    return EndingState(
        young_person_id=yp.id, name=f"{yp.given_name} {yp.family_name}".strip(),
        step_down_plan=ending.step_down_plan if ending else "",
        handover_to=ending.handover_to if ending else "",
        handover_on=ending.handover_on if ending else None,
        family_permission=bool(ending and ending.family_permission_for_handover),
        leaving_date=yp.leaving_date,
        transition_due_on=(ending.transition_due_on if ending and ending.transition_due_on
                           else (end_of_half_term_after(yp.leaving_date)
                                 if yp.leaving_date else None)),
        transition_applied=_transition_applied(session, yp_id, yp.leaving_date),
        closure=closure(session, yp_id), staff_names=staff_names(session))


def save_step_down_plan(session: Session, yp_id: str, plan: str) -> Ending:
    """Record or change the step-down plan (empty clears it). The caller commits."""
    _young_person(session, yp_id)
    raise_for(rules.check_length(plan, "step_down_plan", rules.TEXT_LIMITS["long"],
                                 QT_TRANSLATE_NOOP("Errors", "The step-down plan")))
    ending = _ending_to_write(session, yp_id)
    ending.step_down_plan = plan.strip()
    session.flush()
    return ending


def record_handover(session: Session, yp_id: str, *, to: str, handover_on: date,
                    family_permission: bool | None, today: date) -> Ending:
    """Record the handover to the next keyworker (a staff member's name or anyone's).

    ``family_permission`` is the family's answer: ``True`` records the handover;
    ``False`` (they said no) and ``None`` (not asked) record nothing and raise
    ``ValidationError`` saying why. Also refused: no name, a name over 200 characters,
    a date before the referral or more than a year ahead. The caller commits.
    """
    yp = _young_person(session, yp_id)
    problems: list[Problem] = [
        *rules.check_required(to, "handover_to",
            QT_TRANSLATE_NOOP("Errors", "Who the handover is to")),
        *rules.check_length(to, "handover_to", HANDOVER_TO_LIMIT,
            QT_TRANSLATE_NOOP("Errors", "Who the handover is to")),
    ]
    if family_permission is None:
        problems.append(Problem("family_permission_for_handover",
                                Message("handover.permission_unsaid", QT_TRANSLATE_NOOP(
                                        "Errors", "Say whether the family gave permission to "
                                        "hand over."))))
    elif not family_permission:
        problems.append(Problem(
            "family_permission_for_handover",
            Message("family_permission_for_handover.family_did_not", QT_TRANSLATE_NOOP(
                    "Errors", "The family did not give permission, so no handover is recorded "
                    "and nothing should be handed over. Ask again later, or write what "
                    "was agreed in the step-down plan."))))
    referred = referred_on(session, yp.id)
    if referred is not None and handover_on < referred:
        problems.append(Problem("handover_on", Message(
                "handover_on.handover_date_before", QT_TRANSLATE_NOOP(
                "Errors", "The handover date is before the referral."))))
    if (handover_on - today).days > 366:
        problems.append(Problem("handover_on", Message(
                "handover_on.handover_date_more", QT_TRANSLATE_NOOP(
                "Errors", "The handover date is more than a year ahead."))))
    raise_for(problems)
    ending = _ending_to_write(session, yp_id)
    ending.handover_to = " ".join(to.split())
    ending.handover_on = handover_on
    ending.family_permission_for_handover = True
    session.flush()
    return ending


def apply_transition_checklist(session: Session, yp_id: str) -> ChecklistInstance:
    """Seed 000's transition checklist, counted from the leaving date; due by the end of
    the half term after it (``Ending.transition_due_on`` says when). The caller commits.

    ``ValidationError`` (nothing written) without a leaving date, or when the checklist is
    applied already from that date.
    """
    yp = _young_person(session, yp_id)
    leaving = yp.leaving_date
    if leaving is None:
        raise ValidationError([Problem("leaving_date", Message(
                "leaving_date.record_leaving_date", QT_TRANSLATE_NOOP(
                "Errors", "Record the leaving date on the Profile tab first.")))])
    if _transition_applied(session, yp_id, leaving):
        raise ValidationError([Problem("leaving_date", Message(
                "leaving_date.transition_checklist_applied", QT_TRANSLATE_NOOP(
                "Errors", "The transition checklist is applied already from this leaving date.")))])
    instance = checklists.apply_template(session, yp_id, TRANSITION_TEMPLATE,
                                         datetime.combine(leaving, time.min))
    ending = _ending_to_write(session, yp_id)
    ending.transition_due_on = end_of_half_term_after(leaving)
    session.flush()
    return instance
