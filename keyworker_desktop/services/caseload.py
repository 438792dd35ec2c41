"""The caseload: every young person with RAG, keyworker, next visit and what is overdue.

Backed by the summary the store keeps per young person (see store/summary.py and
bench/bench_store.py).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy.orm import Session

from keyworker_desktop.domain.rules import age_on
from keyworker_desktop.store import summary


class CaseloadRow(NamedTuple):
    """One young person's line in the caseload (a tuple: 5,000 are built per open)."""

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
        "SELECT young_person_id, given_name, family_name, preferred_name, date_of_birth, rag, "
        "keyworker, last_session, upcoming_visits, open_items, open_actions "
        "FROM caseload_summary WHERE is_open"
    ).all()
    rows.sort(key=lambda r: (r[2], r[1]))
    next_visit, overdue_count, fromiso = summary.next_visit, summary.overdue_count, date.fromisoformat
    out = []
    for r in rows:
        out.append(CaseloadRow(
            r[0], f"{r[1]} {r[2]}", r[3] or "", age_on(fromiso(r[4]), today) if r[4] else None,
            r[5], r[6] or "", next_visit(r[8], now_stamp),
            fromiso(r[7]) if r[7] else None, overdue_count(r[9], r[10], now_stamp),
        ))
    return out


def matches(row: CaseloadRow, needle: str) -> bool:
    """Filter-as-you-type: every word must appear in the name, keyworker or RAG."""
    hay = f"{row.name} {row.preferred_name} {row.keyworker} {row.rag or ''}".casefold()
    return all(word in hay for word in needle.casefold().split())

