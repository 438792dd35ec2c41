"""What a keyworker needs to see first thing: today's visits and everything due."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import PlanKind
from keyworker_desktop.services.checklists import OverdueItem, overdue_items
from keyworker_desktop.services.child_file import plans_out_of_date
from keyworker_desktop.services.escalations import open_escalations
from keyworker_desktop.services.risk_plan import risk_reviews_due
from keyworker_desktop.services.triage import not_declined
from keyworker_desktop.store.models import Action, DsrEntry, ImportantDate, Visit, YoungPerson


@dataclass(frozen=True)
class TodayVisit:
    visit_id: str
    young_person_id: str
    young_person: str
    starts_at: datetime
    ends_at: datetime | None
    place_type: str
    place_name: str
    address: str
    out_of_area: bool
    travel_minutes: int | None


@dataclass(frozen=True)
class DueItem:
    record_id: str
    young_person_id: str
    young_person: str
    text: str
    due: date
    overdue: bool


@dataclass(frozen=True)
class TodaySummary:
    visits: list[TodayVisit]
    overdue_checklist: list[OverdueItem]
    actions_due: list[DueItem]
    reviews_due: list[DueItem]
    dates_coming: list[DueItem]
    # Issue 12: risk and crisis plan reviews overdue or due this week; open escalations.
    risk_reviews: list[DueItem] = field(default_factory=list)
    escalations: list[DueItem] = field(default_factory=list)
    #: Plans in the child's file whose review has passed or with no copy (services.child_file).
    plans_out_of_date: list[DueItem] = field(default_factory=list)


def _next_occurrence(on: date, today: date) -> date:
    try:
        this_year = on.replace(year=today.year)
    except ValueError:  # 29 February
        this_year = date(today.year, 3, 1)
    if this_year < today:
        try:
            return on.replace(year=today.year + 1)
        except ValueError:
            return date(today.year + 1, 3, 1)
    return this_year


def today_summary(session: Session, now: datetime, *, days_ahead: int = 7) -> TodaySummary:
    today = now.date()
    start, end = datetime.combine(today, datetime.min.time()), datetime.combine(
        today + timedelta(days=1), datetime.min.time())
    # Closed and declined young people have left the active caseload: nothing of theirs
    # is due.
    live_yp = (YoungPerson.deleted_at.is_(None) & YoungPerson.closed_on.is_(None)
               & not_declined(YoungPerson.id))
    visits = [
        TodayVisit(v.id, yp.id, yp.display_name, v.starts_at, v.ends_at, v.place_type,
                   v.place_name, v.address, v.out_of_area, v.travel_minutes)
        for v, yp in session.execute(
            select(Visit, YoungPerson).join(YoungPerson, YoungPerson.id == Visit.young_person_id)
            .where(Visit.deleted_at.is_(None), Visit.status != "cancelled", live_yp,
                   Visit.starts_at >= start, Visit.starts_at < end)
            .order_by(Visit.starts_at)
        )
    ]
    horizon = today + timedelta(days=days_ahead)
    actions = [
        DueItem(a.id, yp.id, yp.display_name, f"{a.description} ({a.owner_name})", a.due_on,
                a.due_on < today)
        for a, yp in session.execute(
            select(Action, YoungPerson).join(YoungPerson, YoungPerson.id == Action.young_person_id)
            .where(Action.deleted_at.is_(None), Action.status.in_(("open", "chased")), live_yp,
                   Action.due_on <= horizon)
            .order_by(Action.due_on)
        )
        if a.due_on is not None  # the comparison above already left out those without one
    ]
    reviews = [
        DueItem(d.id, yp.id, yp.display_name,
                translate("Today", "Dynamic Support Register review"), d.review_on,
                d.review_on < today)
        for d, yp in session.execute(
            select(DsrEntry, YoungPerson)
            .join(YoungPerson, YoungPerson.id == DsrEntry.young_person_id)
            .where(DsrEntry.deleted_at.is_(None), live_yp,
                   DsrEntry.review_on <= horizon + timedelta(days=7))
            .order_by(DsrEntry.review_on)
        )
        if d.review_on is not None  # as above
    ]
    dates: list[DueItem] = []
    for d, yp in session.execute(
        select(ImportantDate, YoungPerson)
        .join(YoungPerson, YoungPerson.id == ImportantDate.young_person_id)
        .where(ImportantDate.deleted_at.is_(None), live_yp)
    ):
        nxt = _next_occurrence(d.on, today) if d.yearly else d.on
        if today <= nxt <= today + timedelta(days=14):
            dates.append(DueItem(d.id, yp.id, yp.display_name, d.label, nxt, False))
    born = select(YoungPerson).where(live_yp, YoungPerson.date_of_birth.is_not(None))
    for yp in session.scalars(born):
        assert yp.date_of_birth is not None
        nxt = _next_occurrence(yp.date_of_birth, today)
        if today <= nxt <= today + timedelta(days=14) and not any(
            x.young_person_id == yp.id and "birthday" in x.text.lower() for x in dates
        ):
            dates.append(DueItem(yp.id, yp.id, yp.display_name, translate("Today", "Birthday"),
                                 nxt, False))
    dates.sort(key=lambda x: x.due)
    risk_reviews = [DueItem(r.plan_id, r.young_person_id, r.young_person,
                            translate("Today", "Risk and crisis plan review"), r.due, r.overdue)
                    for r in risk_reviews_due(session, today, days_ahead)]
    escalated = [DueItem(e.id, e.young_person_id, e.young_person, e.text, e.raised_on, False)
                 for e in open_escalations(session)]
    plans = [DueItem(p.id, p.young_person_id, p.young_person, PlanKind(p.kind).label,
                     p.review_on or today, True)
             for p in plans_out_of_date(session, today) if p.kind in set(PlanKind)]
    return TodaySummary(visits, overdue_items(session, now), actions, reviews, dates,
                        risk_reviews, escalated, plans)
