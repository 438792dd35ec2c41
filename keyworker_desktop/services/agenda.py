"""The visits agenda: every visit and meeting in a span of time, for a week view or a day
list."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.services.today import TodayVisit
from keyworker_desktop.store.models import Meeting, Visit, YoungPerson


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


@dataclass(frozen=True)
class AgendaMeeting:
    """A meeting on the calendar: a tracker meeting about several young people is one
    entry, naming them all, that opens the first young person's part."""

    meeting_id: str
    young_person_id: str
    young_people: tuple[str, ...]
    kind: str
    title: str
    held_at: datetime
    location: str
    follow_up_of_id: str | None = None


def meetings_between(session: Session, start: datetime, end: datetime) -> list[AgendaMeeting]:
    """Meetings held in ``[start, end)``, earliest first, one per tracker group."""
    stmt = (
        select(Meeting, YoungPerson)
        .join(YoungPerson, YoungPerson.id == Meeting.young_person_id)
        .where(Meeting.deleted_at.is_(None), YoungPerson.deleted_at.is_(None),
               Meeting.held_at >= start, Meeting.held_at < end)
        .order_by(Meeting.held_at, YoungPerson.family_name, YoungPerson.given_name)
    )
    out: list[AgendaMeeting] = []
    groups: dict[str, int] = {}
    for m, yp in session.execute(stmt):
        if m.group_id and m.group_id in groups:
            index = groups[m.group_id]
            first = out[index]
            out[index] = replace(first, young_people=(*first.young_people, yp.display_name))
            continue
        if m.group_id:
            groups[m.group_id] = len(out)
        out.append(AgendaMeeting(m.id, yp.id, (yp.display_name,), m.kind, m.title, m.held_at,
                                 m.location, m.follow_up_of_id))
    return out
