"""The chronology: every event in a young person's record on one timeline, newest first."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Labels, translate
from keyworker_desktop.domain.vocab import ConsentKind, MeetingKind, PlaceType, Rag, VisitStatus
from keyworker_desktop.store.models import (
    Action,
    Addendum,
    Allocation,
    BudgetSpend,
    ChecklistItem,
    Consent,
    Document,
    Ending,
    Escalation,
    Goal,
    Meeting,
    OutcomeRating,
    RagRating,
    RiskPlan,
    SessionNote,
    Visit,
)

# The kinds of entry, marked and read in the reader's language.
KINDS = Labels("Chronology", {
    "visit": QT_TRANSLATE_NOOP("Chronology", "Visits"),
    "session": QT_TRANSLATE_NOOP("Chronology", "Session notes"),
    "rag": QT_TRANSLATE_NOOP("Chronology", "RAG rating"),
    "allocation": QT_TRANSLATE_NOOP("Chronology", "Keyworker"),
    "consent": QT_TRANSLATE_NOOP("Chronology", "Consent"),
    "meeting": QT_TRANSLATE_NOOP("Chronology", "Meetings"),
    "action": QT_TRANSLATE_NOOP("Chronology", "Actions"),
    "escalation": QT_TRANSLATE_NOOP("Chronology", "Escalations"),
    "budget": QT_TRANSLATE_NOOP("Chronology", "Personal budget"),
    "goal": QT_TRANSLATE_NOOP("Chronology", "Goals and outcomes"),
    "risk": QT_TRANSLATE_NOOP("Chronology", "Risk and crisis plan"),
    "checklist": QT_TRANSLATE_NOOP("Chronology", "Checklists"),
    "document": QT_TRANSLATE_NOOP("Chronology", "Documents"),
    "ending": QT_TRANSLATE_NOOP("Chronology", "Ending involvement"),
})


@dataclass(frozen=True)
class Event:
    when: datetime
    kind: str
    title: str
    detail: str
    record_id: str
    entity: str


def _at(d: date | datetime | None) -> datetime | None:
    if d is None or isinstance(d, datetime):
        return d
    return datetime.combine(d, time())


def _local(utc: datetime | None) -> datetime | None:
    """Provenance times (signatures, ticks, creation) are UTC; what people record is local."""
    if utc is None:
        return None
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _short(text: str, n: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# Each title is worded when the chronology is read (the reader's language).
_SOURCES: list[tuple[type[Any], str, Callable[[Any], Iterable[tuple[Any, str, str]]]]] = [
    (Visit, "visit", lambda v: [(v.starts_at, translate(
        "Chronology", "Visit ({status}) — {place_type}: {place}").format(
            status=(VisitStatus(v.status).label.lower() if v.status in set(VisitStatus)
                    else v.status),
            place_type=PlaceType(v.place_type).label, place=v.place_name),
        _short(v.purpose))]),
    (SessionNote, "session", lambda n: [(
        n.session_on, translate("Chronology", "Session note (signed)") if n.is_final
        else translate("Chronology", "Session note (draft)"), _short(n.agreed or n.discussed))]),
    (Addendum, "session", lambda a: [(_local(a.signed_at), translate(
        "Chronology", "Addendum by {name}").format(name=a.signed_by), _short(a.text))]),
    (RagRating, "rag", lambda r: [(r.rated_on, translate("Chronology", "RAG: {rating}").format(
        rating=Rag(r.rating).label), _short(r.rationale))]),
    (Allocation, "allocation", lambda a: [(a.starts_on, translate(
        "Chronology", "Keyworker: {name}").format(name=a.staff.name), "")]
     + ([(a.ends_on, translate("Chronology", "Keyworker ended: {name}").format(
         name=a.staff.name), "")] if a.ends_on else [])),
    (Consent, "consent", lambda c: [(c.given_on, (
        translate("Chronology", "Consent given: {kind}") if c.given
        else translate("Chronology", "Consent refused: {kind}")).format(
            kind=ConsentKind(c.kind).label), c.giver_name)]
     + ([(c.withdrawn_on, translate("Chronology", "Consent withdrawn: {kind}").format(
         kind=ConsentKind(c.kind).label), "")] if c.withdrawn_on else [])),
    (Meeting, "meeting", lambda m: [(m.held_at, MeetingKind(m.kind).label, m.title)]),
    (Action, "action", lambda a: [(_local(a.created_at), translate(
        "Chronology", "Action for {name}").format(name=a.owner_name), _short(a.description))]),
    (Escalation, "escalation", lambda e: [(e.raised_on, translate(
        "Chronology", "Escalated to {name}").format(name=e.escalated_to),
        _short(e.what_was_blocked))]
     + ([(e.resolved_on, translate("Chronology", "Escalation closed"), _short(e.outcome))]
        if e.resolved_on else [])),
    (BudgetSpend, "budget", lambda b: [(b.spent_on, translate(
        "Chronology", "Personal budget: £{amount}").format(amount=f"{b.amount_pence / 100:,.2f}"),
        b.item)]),
    (Goal, "goal", lambda g: [(g.set_on, translate("Chronology", "Goal set"),
                               _short(g.description))]
     + ([(g.achieved_on, translate("Chronology", "Goal achieved"), _short(g.description))]
        if g.achieved_on else [])),
    (RiskPlan, "risk", lambda p: [(p.assessed_on, translate(
        "Chronology", "Risk and crisis plan assessed"), _short(p.risks))]
     if p.assessed_on else []),
    (OutcomeRating, "goal", lambda o: [(o.rated_on, translate(
        "Chronology", "Progress rated {score}/10").format(score=o.score), _short(o.comment))]),
    (ChecklistItem, "checklist", lambda i: [(_local(i.done_at), translate(
        "Chronology", "Checklist item done by {name}").format(name=i.done_by),
        _short(translate("Checklist", i.text)))] if i.done_at else []),
    (Document, "document", lambda d: [(_local(d.created_at), translate(
        "Chronology", "Document: {name}").format(name=d.filename), d.kind)]),
    (Ending, "ending", lambda e: [(e.closed_on or _local(e.created_at), translate(
        "Chronology", "Ending involvement"), _short(e.step_down_plan))]),
]


def chronology(session: Session, yp_id: str, kinds: set[str] | None = None) -> list[Event]:
    events: list[Event] = []
    for model, kind, describe in _SOURCES:
        if kinds and kind not in kinds:
            continue
        rows = session.scalars(
            select(model).where(model.young_person_id == yp_id, model.deleted_at.is_(None))
        )
        for row in rows:
            for when, title, detail in describe(row):
                at = _at(when)
                if at is not None:
                    events.append(Event(at, kind, title, detail, row.id, model.__tablename__))
    events.sort(key=lambda e: e.when, reverse=True)
    return events
