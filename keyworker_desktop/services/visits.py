"""One young person's visits, planned and done, for the record's Visits tab."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

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


#: A visit recorded this close to a planned one (the same day) is taken to be that visit.
MATCH_WINDOW = timedelta(hours=3)


def planned_that_day(visits: Sequence[VisitRow], starts_at: datetime) -> list[VisitRow]:
    """The planned visits on the day of ``starts_at``, nearest in time first."""
    same_day = [v for v in visits
                if v.status == "planned" and v.starts_at.date() == starts_at.date()]
    return sorted(same_day, key=lambda v: abs(v.starts_at - starts_at))


def planned_match(visits: Sequence[VisitRow], starts_at: datetime) -> VisitRow | None:
    """The planned visit a visit starting at ``starts_at`` most likely is, if any is close."""
    for visit in planned_that_day(visits, starts_at):
        if abs(visit.starts_at - starts_at) <= MATCH_WINDOW:
            return visit
    return None
