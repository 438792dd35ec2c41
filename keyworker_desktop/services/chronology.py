"""The chronology: every event in a young person's record on one timeline, newest first."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.vocab import ConsentKind, MeetingKind, PlaceType, Rag
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

KINDS = {
    "visit": "Visits", "session": "Session notes", "rag": "RAG rating", "allocation": "Keyworker",
    "consent": "Consent", "meeting": "Meetings", "action": "Actions", "escalation": "Escalations",
    "budget": "Personal budget", "goal": "Goals and outcomes", "risk": "Risk and crisis plan",
    "checklist": "Checklists",
    "document": "Documents", "ending": "Ending involvement",
}


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


_SOURCES: list[tuple[type[Any], str, Callable[[Any], Iterable[tuple[Any, str, str]]]]] = [
    (Visit, "visit", lambda v: [(v.starts_at, f"Visit ({v.status}) — "
                                 f"{PlaceType(v.place_type).label}: {v.place_name}",
                                 _short(v.purpose))]),
    (SessionNote, "session", lambda n: [(n.session_on, "Session note"
                                         + (" (signed)" if n.is_final else " (draft)"),
                                         _short(n.agreed or n.discussed))]),
    (Addendum, "session", lambda a: [(_local(a.signed_at), f"Addendum by {a.signed_by}",
                                      _short(a.text))]),
    (RagRating, "rag", lambda r: [(r.rated_on, f"RAG: {Rag(r.rating).label}",
                                   _short(r.rationale))]),
    (Allocation, "allocation", lambda a: [(a.starts_on, f"Keyworker: {a.staff.name}", "")]
     + ([(a.ends_on, f"Keyworker ended: {a.staff.name}", "")] if a.ends_on else [])),
    (Consent, "consent", lambda c: [(c.given_on, f"Consent {'given' if c.given else 'refused'}: "
                                     f"{ConsentKind(c.kind).label}", c.giver_name)]
     + ([(c.withdrawn_on, f"Consent withdrawn: {ConsentKind(c.kind).label}", "")]
        if c.withdrawn_on else [])),
    (Meeting, "meeting", lambda m: [(m.held_at, MeetingKind(m.kind).label, m.title)]),
    (Action, "action", lambda a: [(_local(a.created_at), f"Action for {a.owner_name}",
                                   _short(a.description))]),
    (Escalation, "escalation", lambda e: [(e.raised_on, f"Escalated to {e.escalated_to}",
                                           _short(e.what_was_blocked))]
     + ([(e.resolved_on, "Escalation closed", _short(e.outcome))] if e.resolved_on else [])),
    (BudgetSpend, "budget", lambda b: [(b.spent_on,
                                        f"Personal budget: £{b.amount_pence / 100:,.2f}",
                                        b.item)]),
    (Goal, "goal", lambda g: [(g.set_on, "Goal set", _short(g.description))]
     + ([(g.achieved_on, "Goal achieved", _short(g.description))] if g.achieved_on else [])),
    (RiskPlan, "risk", lambda p: [(p.assessed_on, "Risk and crisis plan assessed",
                                   _short(p.risks))] if p.assessed_on else []),
    (OutcomeRating, "goal", lambda o: [(o.rated_on, f"Progress rated {o.score}/10",
                                        _short(o.comment))]),
    (ChecklistItem, "checklist", lambda i: [(_local(i.done_at),
                                             f"Checklist item done by {i.done_by}",
                                             _short(i.text))] if i.done_at else []),
    (Document, "document", lambda d: [(_local(d.created_at), f"Document: {d.filename}", d.kind)]),
    (Ending, "ending", lambda e: [(e.closed_on or _local(e.created_at), "Ending involvement",
                                   _short(e.step_down_plan))]),
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
