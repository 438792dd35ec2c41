"""The caseload: every young person with RAG, keyworker, next visit and what is overdue.

Backed by the summary the store keeps per young person (see store/summary.py and
bench/bench_store.py).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy.orm import Session

from keyworker_desktop.domain.vocab import DsrStatus, Rag
from keyworker_desktop.services.triage import caseload_statuses
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
    closed: bool = False
    # Where the register entry stands when it is not simply on the register: "referred",
    # "waiting" or "declined" (declined ones list only with the closed ones).
    status: str = ""


def caseload_rows(session: Session, now: datetime, *,
                  include_closed: bool = False) -> list[CaseloadRow]:
    """Every open young person (and the closed and declined ones too when asked), ordered
    by family name; those referred or waiting for triage are listed, with their status.

    Reads the per-young-person summary the store keeps current on every write
    (store/summary.py), so the cost is one pass over the young people.
    """
    now_stamp = summary.stamp(now)
    # Not open is closed or removed: the removed (tombstoned) never list.
    which = ("is_open OR young_person_id IN (SELECT id FROM young_person "
             "WHERE deleted_at IS NULL)") if include_closed else "is_open"
    today = now_stamp[:10]
    # Name, age and the RAG's text are worked out by SQLite in C: at 5,000 rows the
    # per-row Python is most of the cost.
    rows = session.connection().exec_driver_sql(
        "SELECT young_person_id, given_name || ' ' || family_name, preferred_name, "
        "CASE WHEN date_of_birth IS NULL THEN NULL ELSE "
        "  (CAST(substr(?, 1, 4) AS INTEGER) - CAST(substr(date_of_birth, 1, 4) AS INTEGER)) "
        "  - (substr(?, 6, 5) < substr(date_of_birth, 6, 5)) END, "
        "rag, keyworker, upcoming_visits, last_session, open_items, open_actions, "
        "family_name, given_name, NOT is_open "
        f"FROM caseload_summary WHERE {which} ORDER BY family_name, given_name",
        (today, today),
    ).all()
    next_visit, overdue_count = summary.next_visit, summary.overdue_count
    fromiso = date.fromisoformat
    statuses = caseload_statuses(session)
    declined = DsrStatus.DECLINED.value
    return [
        CaseloadRow(r[0], r[1], r[2], r[3], r[4], r[5], next_visit(r[6], now_stamp),
                    fromiso(r[7]) if r[7] else None, overdue_count(r[8], r[9], now_stamp),
                    bool(r[12]), statuses.get(r[0], ""))
        for r in rows
        if include_closed or statuses.get(r[0]) != declined
    ]


def matches(row: CaseloadRow, needle: str) -> bool:
    """Filter-as-you-type: every word must appear in the name, keyworker or RAG (its code
    or its label as shown, "Blue (inpatient)")."""
    label = dict(Rag.choices()).get(row.rag or "", "Not rated")
    hay = f"{row.name} {row.preferred_name} {row.keyworker} {label} {row.rag or ''}".casefold()
    return all(word in hay for word in needle.casefold().split())

