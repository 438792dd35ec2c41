"""The caseload: every young person with RAG, keyworker, next visit and what is overdue.

One query with grouped subqueries, so the cost does not grow with the number
of visits or notes each young person has (see bench/bench_store.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.rules import age_on
from keyworker_desktop.store.models import (
    Action,
    Allocation,
    ChecklistItem,
    RagRating,
    SessionNote,
    Staff,
    Visit,
    YoungPerson,
)


@dataclass(frozen=True)
class CaseloadRow:
    id: str
    name: str
    preferred_name: str
    age: int | None
    rag: str | None
    keyworker: str
    next_visit: datetime | None
    last_session: date | None
    overdue: int


def caseload_rows(session: Session, now: datetime) -> list[CaseloadRow]:
    """Every open young person, ordered by family name."""
    today = now.date()
    rag_ranked = (
        select(
            RagRating.young_person_id.label("yp"),
            RagRating.rating.label("rating"),
            func.row_number().over(
                partition_by=RagRating.young_person_id,
                order_by=(RagRating.rated_on.desc(), RagRating.hlc.desc()),
            ).label("rn"),
        )
        .where(RagRating.deleted_at.is_(None))
        .subquery()
    )
    rag = select(rag_ranked.c.yp, rag_ranked.c.rating).where(rag_ranked.c.rn == 1).subquery()
    keyworker = (
        select(Allocation.young_person_id.label("yp"), func.min(Staff.name).label("name"))
        .join(Staff, Staff.id == Allocation.staff_id)
        .where(Allocation.deleted_at.is_(None), Allocation.ends_on.is_(None),
               Allocation.role != "family_keyworker")
        .group_by(Allocation.young_person_id)
        .subquery()
    )
    next_visit = (
        select(Visit.young_person_id.label("yp"), func.min(Visit.starts_at).label("at"))
        .where(Visit.deleted_at.is_(None), Visit.status == "planned", Visit.starts_at >= now)
        .group_by(Visit.young_person_id)
        .subquery()
    )
    last_session = (
        select(SessionNote.young_person_id.label("yp"), func.max(SessionNote.session_on).label("on"))
        .where(SessionNote.deleted_at.is_(None))
        .group_by(SessionNote.young_person_id)
        .subquery()
    )
    overdue_items = (
        select(ChecklistItem.young_person_id.label("yp"), func.count().label("n"))
        .where(ChecklistItem.deleted_at.is_(None), ChecklistItem.done_at.is_(None),
               ChecklistItem.due_at < now)
        .group_by(ChecklistItem.young_person_id)
        .subquery()
    )
    overdue_actions = (
        select(Action.young_person_id.label("yp"), func.count().label("n"))
        .where(Action.deleted_at.is_(None), Action.status.in_(("open", "chased")),
               Action.due_on < today)
        .group_by(Action.young_person_id)
        .subquery()
    )
    stmt = (
        select(
            YoungPerson.id, YoungPerson.given_name, YoungPerson.family_name,
            YoungPerson.preferred_name, YoungPerson.date_of_birth, rag.c.rating,
            keyworker.c.name, next_visit.c.at, last_session.c.on,
            func.coalesce(overdue_items.c.n, 0) + func.coalesce(overdue_actions.c.n, 0),
        )
        .outerjoin(rag, rag.c.yp == YoungPerson.id)
        .outerjoin(keyworker, keyworker.c.yp == YoungPerson.id)
        .outerjoin(next_visit, next_visit.c.yp == YoungPerson.id)
        .outerjoin(last_session, last_session.c.yp == YoungPerson.id)
        .outerjoin(overdue_items, overdue_items.c.yp == YoungPerson.id)
        .outerjoin(overdue_actions, overdue_actions.c.yp == YoungPerson.id)
        .where(YoungPerson.deleted_at.is_(None), YoungPerson.closed_on.is_(None))
        .order_by(YoungPerson.family_name, YoungPerson.given_name)
    )
    return [
        CaseloadRow(
            id=r[0], name=f"{r[1]} {r[2]}", preferred_name=r[3] or "",
            age=age_on(r[4], today) if r[4] else None, rag=r[5], keyworker=r[6] or "",
            next_visit=r[7], last_session=r[8], overdue=int(r[9] or 0),
        )
        for r in session.execute(stmt)
    ]


def matches(row: CaseloadRow, needle: str) -> bool:
    """Filter-as-you-type: every word must appear in the name, keyworker or RAG."""
    hay = f"{row.name} {row.preferred_name} {row.keyworker} {row.rag or ''}".casefold()
    return all(word in hay for word in needle.casefold().split())


__all__ = ["CaseloadRow", "and_", "caseload_rows", "matches", "or_"]
