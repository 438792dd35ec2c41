"""The risk assessment and crisis plan (seeds 001, 003, 004): one per young person, with
who to call picked from the network and family (their numbers follow them) or typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.reports.crisis_plan_pdf import CrisisPlan, build_crisis_plan_pdf
from keyworker_desktop.reports.handover_data import Contact
from keyworker_desktop.services.network import network_for
from keyworker_desktop.store.changes import WriteContext
from keyworker_desktop.store.errors import raise_for
from keyworker_desktop.store.models import (
    AuditEvent,
    FamilyMember,
    RiskPlan,
    YoungPerson,
)

TEXT_FIELDS = ("risks", "triggers", "early_signs", "what_helps", "what_to_avoid", "who_to_call")


@dataclass(frozen=True)
class CallChoice:
    """Someone who can be picked to call: a professional (``pro:``) or family (``fam:``)."""

    key: str
    name: str
    role: str
    phone: str
    email: str = ""

    @property
    def label(self) -> str:
        role = f" ({self.role})" if self.role else ""
        phone = f" — {self.phone}" if self.phone else ""
        return f"{self.name}{role}{phone}"


@dataclass(frozen=True)
class RiskPlanData:
    id: str | None
    assessed_on: date | None
    risks: str
    triggers: str
    early_signs: str
    what_helps: str
    what_to_avoid: str
    who_to_call: str
    who_to_call_ids: tuple[str, ...]
    review_on: date | None

    def review_overdue(self, today: date) -> bool:
        return self.review_on is not None and self.review_on < today


EMPTY = RiskPlanData(None, None, "", "", "", "", "", "", (), None)


def call_choices(session: Session, yp_id: str) -> list[CallChoice]:
    """The network's professionals, then the family, with their phone numbers."""
    out = [CallChoice(f"pro:{e.professional_id}", e.name,
                      ", ".join(filter(None, [e.role, e.agency])), e.phone, e.email)
           for e in network_for(session, yp_id)]
    for f in session.scalars(select(FamilyMember).where(
            FamilyMember.young_person_id == yp_id, FamilyMember.deleted_at.is_(None))
            .order_by(FamilyMember.name)):
        out.append(CallChoice(f"fam:{f.id}", f.name, f.relation.replace("_", " ").capitalize(),
                              f.phone, f.email))
    return out


def _plan(session: Session, yp_id: str) -> RiskPlan | None:
    return session.scalars(
        select(RiskPlan).where(RiskPlan.young_person_id == yp_id, RiskPlan.deleted_at.is_(None))
        .order_by(RiskPlan.created_at, RiskPlan.id).limit(1)
    ).first()


def risk_plan_for(session: Session, yp_id: str) -> RiskPlanData:
    """The young person's plan, or an empty one if none is recorded yet."""
    p = _plan(session, yp_id)
    if p is None:
        return EMPTY
    return RiskPlanData(p.id, p.assessed_on, p.risks, p.triggers, p.early_signs, p.what_helps,
                        p.what_to_avoid, p.who_to_call, tuple(p.who_to_call_ids or ()),
                        p.review_on)


def save_risk_plan(session: Session, yp_id: str, *, today: date, assessed_on: date | None,
                   review_on: date | None, who_to_call_ids: list[str] | None = None,
                   **texts: str) -> RiskPlan:
    """Save the plan (made the first time). Only the fields given change."""
    unknown = set(texts) - set(TEXT_FIELDS)
    if unknown:
        raise TypeError(f"unknown fields {sorted(unknown)}")
    problems = [p for f, v in texts.items()
                for p in rules.check_length(v, f, rules.TEXT_LIMITS["long"],
                    QT_TRANSLATE_NOOP("Errors", "This text"))]
    problems += rules.check_period(assessed_on, review_on, "review_on",
        QT_TRANSLATE_NOOP("Errors", "plan's review"))
    if assessed_on is not None and assessed_on > today:
        problems.append(rules.Problem("assessed_on", Message(
                "assessed_on.assessment_date_in", QT_TRANSLATE_NOOP(
                "Errors", "The assessment date is in the future."))))
    raise_for(problems)
    plan = _plan(session, yp_id)
    if plan is None:
        plan = RiskPlan(young_person_id=yp_id)
        session.add(plan)
    for f, v in texts.items():
        setattr(plan, f, v.strip())
    plan.assessed_on, plan.review_on = assessed_on, review_on
    if who_to_call_ids is not None:
        plan.who_to_call_ids = list(dict.fromkeys(who_to_call_ids))
    session.flush()
    return plan


def people_to_call(session: Session, yp_id: str, plan: RiskPlanData) -> list[Contact]:
    """Those picked (with today's numbers), then each typed line."""
    choices = {c.key: c for c in call_choices(session, yp_id)}
    out = [Contact(c.name, c.role, c.phone, c.email)
           for c in (choices.get(k) for k in plan.who_to_call_ids) if c is not None]
    out += [Contact(line.strip(), "") for line in plan.who_to_call.splitlines() if line.strip()]
    return out


def _day(d: date | None) -> str:
    return format_date(d, "d MMM yyyy") if d else "Not recorded"


def crisis_plan_pdf(session: Session, yp_id: str, now: datetime) -> bytes:
    """The printable plan; audits that an unencrypted copy was made. Run in a transaction."""
    yp = session.get(YoungPerson, yp_id)
    if yp is None or yp.deleted_at is not None:
        raise KeyError(yp_id)
    ctx: WriteContext = session.info["write_context"]
    plan = risk_plan_for(session, yp_id)
    today = now.date()
    pdf = build_crisis_plan_pdf(CrisisPlan(
        name=yp.display_name, assessed_on=_day(plan.assessed_on), review_on=_day(plan.review_on),
        review_overdue=plan.review_overdue(today),
        who_to_call=tuple(people_to_call(session, yp_id, plan)), risks=plan.risks,
        triggers=plan.triggers, early_signs=plan.early_signs, what_helps=plan.what_helps,
        what_to_avoid=plan.what_to_avoid, prepared_on=today,
        prepared_by=ctx.actor or "the keyworker"))
    session.add(AuditEvent(at=ctx.utcnow(), actor=ctx.actor, device=ctx.device,
                           action="export", entity="young_person", record_id=yp_id,
                           young_person_id=yp_id, detail="Risk and crisis plan (PDF)"))
    return pdf


@dataclass(frozen=True)
class RiskReviewDue:
    plan_id: str
    young_person_id: str
    young_person: str
    due: date
    overdue: bool


def risk_reviews_due(session: Session, today: date, days_ahead: int = 7) -> list[RiskReviewDue]:
    """Risk and crisis plan reviews overdue or due within ``days_ahead``, for Today."""
    horizon = today + timedelta(days=days_ahead)
    out = []
    for p, yp in session.execute(
        select(RiskPlan, YoungPerson).join(YoungPerson, YoungPerson.id == RiskPlan.young_person_id)
        .where(RiskPlan.deleted_at.is_(None), YoungPerson.deleted_at.is_(None),
               YoungPerson.closed_on.is_(None), RiskPlan.review_on <= horizon)
        .order_by(RiskPlan.review_on)
    ):
        if p.review_on is not None:
            out.append(RiskReviewDue(p.id, yp.id, yp.display_name, p.review_on,
                                     p.review_on < today))
    return out
