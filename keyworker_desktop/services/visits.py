"""One young person's visits, planned and done, for the record's Visits tab."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.store.models import Visit


@dataclass(frozen=True)
class VisitRow:
    id: str
    status: str
    starts_at: datetime
    ends_at: datetime | None
    place_type: str
    place_name: str
    address: str
    who_was_there: str
    purpose: str
    travel_minutes: int | None
    notes: str
    session_note_id: str | None


def visits_for(session: Session, yp_id: str) -> list[VisitRow]:
    """Every visit, newest first (planned ones in the future come at the top)."""
    rows = session.scalars(
        select(Visit).where(Visit.young_person_id == yp_id, Visit.deleted_at.is_(None))
        .order_by(Visit.starts_at.desc())
    )
    return [VisitRow(v.id, v.status, v.starts_at, v.ends_at, v.place_type, v.place_name,
                     v.address, v.who_was_there, v.purpose, v.travel_minutes, v.notes,
                     v.session_note_id) for v in rows]
