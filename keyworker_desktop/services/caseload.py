"""The caseload: every young person with RAG, keyworker, next visit and what is overdue.

Backed by the summary the store keeps per young person (see store/summary.py and
bench/bench_store.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from keyworker_desktop.domain.rules import age_on
from keyworker_desktop.store import summary


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
    """Every open young person, ordered by family name.

    Reads the per-young-person summary the store keeps current on every write
    (store/summary.py), so the cost is one pass over the young people.
    """
    today = now.date()
    now_stamp = summary.stamp(now)
    rows = session.connection().exec_driver_sql(
        "SELECT yp.id, yp.given_name, yp.family_name, yp.preferred_name, yp.date_of_birth, "
        "s.rag, s.keyworker, s.last_session, s.upcoming_visits, s.open_items, s.open_actions "
        "FROM young_person yp LEFT JOIN caseload_summary s ON s.young_person_id = yp.id "
        "WHERE yp.deleted_at IS NULL AND yp.closed_on IS NULL "
        "ORDER BY yp.family_name, yp.given_name"
    ).all()
    out = []
    for r in rows:
        dob = date.fromisoformat(r[4]) if r[4] else None
        out.append(CaseloadRow(
            id=r[0], name=f"{r[1]} {r[2]}", preferred_name=r[3] or "",
            age=age_on(dob, today) if dob else None, rag=r[5], keyworker=r[6] or "",
            next_visit=summary.next_visit(r[8] or "", now_stamp),
            last_session=date.fromisoformat(r[7]) if r[7] else None,
            overdue=summary.overdue_count(r[9] or "", r[10] or "", now_stamp),
        ))
    return out


def matches(row: CaseloadRow, needle: str) -> bool:
    """Filter-as-you-type: every word must appear in the name, keyworker or RAG."""
    hay = f"{row.name} {row.preferred_name} {row.keyworker} {row.rag or ''}".casefold()
    return all(word in hay for word in needle.casefold().split())

