"""The visits agenda: every visit in a span of time, for a week view or a day list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.services.today import TodayVisit
from keyworker_desktop.store.models import Visit, YoungPerson


@dataclass(frozen=True)
class AgendaVisit(TodayVisit):
    """A visit as Today shows it, plus whether it is planned, done or cancelled."""

    status: str = "planned"


def visits_between(session: Session, start: datetime, end: datetime, *,
                   include_cancelled: bool = True) -> list[AgendaVisit]:
    """Visits starting in ``[start, end)``, earliest first, for young people still on record."""
    stmt = (
        select(Visit, YoungPerson)
        .join(YoungPerson, YoungPerson.id == Visit.young_person_id)
        .where(Visit.deleted_at.is_(None), YoungPerson.deleted_at.is_(None),
               Visit.starts_at >= start, Visit.starts_at < end)
        .order_by(Visit.starts_at, YoungPerson.family_name, YoungPerson.given_name)
    )
    if not include_cancelled:
        stmt = stmt.where(Visit.status != "cancelled")
    return [
        AgendaVisit(v.id, yp.id, yp.display_name, v.starts_at, v.ends_at, v.place_type,
                    v.place_name, v.address, v.out_of_area, v.travel_minutes, v.status)
        for v, yp in session.execute(stmt)
    ]
