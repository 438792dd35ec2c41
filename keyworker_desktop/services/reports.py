"""The service report for a period, over the young people this laptop holds (issue 13).

Each figure is one query (SQLAlchemy Core over the mapped tables) and is counted as
``docs/reports.md`` says. Deleted records (``deleted_at`` set) never count. Both ends of
the period are included. Statuses with no history (an action's, a register entry's) are
read as they stand now.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Date, and_, column, exists, func, or_, select, values
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql import Subquery

from keyworker_desktop.domain.families import Carer, count_families
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.report_days import report_days, step_for
from keyworker_desktop.domain.vocab import ActionStatus, AllocationRole, DsrStatus, MeetingKind
from keyworker_desktop.reports.service_report import (
    RATINGS,
    AgencyActions,
    Caseload,
    LevelEscalations,
    Movement,
    OverdueOverTime,
    ServiceReport,
    suppressed,
    to_csv,
    to_json,
)
from keyworker_desktop.reports.service_report_pdf import build_report_pdf
from keyworker_desktop.store import settings
from keyworker_desktop.store.changes import WriteContext
from keyworker_desktop.store.models import (
    Action,
    Allocation,
    AuditEvent,
    BudgetSpend,
    Consent,
    DsrEntry,
    Ending,
    Escalation,
    FamilyMember,
    Meeting,
    OutcomeRating,
    Professional,
    RagRating,
    Staff,
    YoungPerson,
)

_COUNTED_ROLES = (AllocationRole.KEYWORKER.value, AllocationRole.FAMILY_KEYWORKER.value)
_CETR_KINDS = (MeetingKind.CETR.value, MeetingKind.CTR.value)
_OPEN_ACTION = (ActionStatus.OPEN.value, ActionStatus.CHASED.value)


class PeriodError(ValueError):
    """The period's end is before its start."""


def _live_people() -> ColumnElement[bool]:
    return YoungPerson.deleted_at.is_(None)


def _open_at(end: date) -> ColumnElement[bool]:
    """The young person (``YoungPerson`` in the query) is on the register at ``end``: not
    closed then, not declined, and not without their consent to be on the register."""
    ended = exists().where(
        Ending.young_person_id == YoungPerson.id, Ending.deleted_at.is_(None),
        Ending.closed_on.is_not(None), Ending.closed_on <= end,
        or_(Ending.reopened_on.is_(None), Ending.reopened_on > end))
    declined = exists().where(
        DsrEntry.young_person_id == YoungPerson.id, DsrEntry.deleted_at.is_(None),
        DsrEntry.status == DsrStatus.DECLINED.value)
    accepted_too = exists().where(
        DsrEntry.young_person_id == YoungPerson.id, DsrEntry.deleted_at.is_(None),
        DsrEntry.status.in_((DsrStatus.ACCEPTED.value, DsrStatus.CLOSED.value)))
    register = and_(Consent.young_person_id == YoungPerson.id, Consent.deleted_at.is_(None),
                    Consent.kind == "register")
    withdrawn = exists().where(register, Consent.withdrawn_on.is_not(None),
                               Consent.withdrawn_on <= end)
    in_force = exists().where(register, Consent.given.is_(True), Consent.given_on <= end,
                              or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > end))
    return and_(
        _live_people(),
        or_(YoungPerson.closed_on.is_(None), YoungPerson.closed_on > end),
        ~ended,
        or_(~declined, accepted_too),
        or_(~withdrawn, in_force))


def _ratings_ranked(end: date) -> Subquery:
    """Each live rating on or before ``end`` with its place, newest first, per young person."""
    return select(
        RagRating.young_person_id.label("yp"), RagRating.rating.label("rating"),
        func.row_number().over(
            partition_by=RagRating.young_person_id,
            order_by=(RagRating.rated_on.desc(), RagRating.created_at.desc(),
                      RagRating.id.desc())).label("rn"),
    ).where(RagRating.deleted_at.is_(None), RagRating.rated_on <= end).subquery()


def rag_at_end(session: Session, end: date) -> dict[str, int]:
    """Young people open at ``end``, by their latest rating on or before it."""
    ranked = _ratings_ranked(end)
    q = (select(ranked.c.rating, func.count())
         .join(YoungPerson, YoungPerson.id == ranked.c.yp)
         .where(ranked.c.rn == 1, _open_at(end))
         .group_by(ranked.c.rating))
    counts = {str(r): int(n) for r, n in session.execute(q)}
    return {**dict.fromkeys(RATINGS, 0), **counts}


def rag_movements(session: Session, start: date, end: date) -> list[Movement]:
    """Changes of rating made in the period: each rating dated in it that differs from the
    young person's rating before it (which may be older than the period)."""
    seq = select(
        RagRating.young_person_id.label("yp"), RagRating.rating.label("rating"),
        RagRating.rated_on.label("on"),
        func.lag(RagRating.rating).over(
            partition_by=RagRating.young_person_id,
            order_by=(RagRating.rated_on, RagRating.created_at, RagRating.id)).label("before"),
    ).where(RagRating.deleted_at.is_(None), RagRating.rated_on <= end).subquery()
    q = (select(seq.c.before, seq.c.rating, func.count())
         .join(YoungPerson, YoungPerson.id == seq.c.yp)
         .where(_live_people(), seq.c.on >= start, seq.c.before.is_not(None),
                seq.c.before != seq.c.rating)
         .group_by(seq.c.before, seq.c.rating)
         .order_by(func.count().desc(), seq.c.before, seq.c.rating))
    return [Movement(str(a), str(b), int(n)) for a, b, n in session.execute(q)]


def _live_entries() -> ColumnElement[bool]:
    return and_(DsrEntry.deleted_at.is_(None), _live_people())


def _referrals(session: Session, start: date, end: date) -> tuple[int, int, int]:
    """(received, accepted, declined) in the period."""
    decided = and_(DsrEntry.triaged_on >= start, DsrEntry.triaged_on <= end)
    q = (select(
        func.count().filter(and_(DsrEntry.referred_on >= start, DsrEntry.referred_on <= end)),
        func.count().filter(decided, DsrEntry.status.in_(
            (DsrStatus.ACCEPTED.value, DsrStatus.CLOSED.value))),
        func.count().filter(decided, DsrEntry.status == DsrStatus.DECLINED.value))
        .select_from(DsrEntry).join(YoungPerson, YoungPerson.id == DsrEntry.young_person_id)
        .where(_live_entries()))
    received, accepted, declined = session.execute(q).one()
    return int(received), int(accepted), int(declined)


def _days_to_allocation(session: Session, start: date, end: date) -> list[int]:
    """Days from referral to first keyworker allocation, for first allocations in the period."""
    first = (select(Allocation.young_person_id.label("yp"),
                    func.min(Allocation.starts_on).label("first_on"))
             .where(Allocation.deleted_at.is_(None), Allocation.role.in_(_COUNTED_ROLES))
             .group_by(Allocation.young_person_id).subquery())
    referred = (select(DsrEntry.young_person_id.label("yp"),
                       func.min(DsrEntry.referred_on).label("referred_on"))
                .where(DsrEntry.deleted_at.is_(None), DsrEntry.referred_on.is_not(None))
                .group_by(DsrEntry.young_person_id).subquery())
    q = (select(first.c.first_on, referred.c.referred_on)
         .join(referred, referred.c.yp == first.c.yp)
         .join(YoungPerson, YoungPerson.id == first.c.yp)
         .where(_live_people(), first.c.first_on >= start, first.c.first_on <= end))
    return [max((a - r).days, 0) for a, r in session.execute(q)]


def _count(session: Session, model: type, *where: ColumnElement[bool]) -> int:
    q = (select(func.count()).select_from(model)
         .join(YoungPerson, YoungPerson.id == model.young_person_id)  # type: ignore[attr-defined]
         .where(_live_people(), model.deleted_at.is_(None), *where))  # type: ignore[attr-defined]
    return int(session.scalar(q) or 0)


def _open_on(day: Any) -> ColumnElement[bool]:
    """The action was not done by ``day``: open or chased, or done on a later day. (One done
    on a day not kept, before migration 0009, is done; one cancelled is neither.)"""
    return or_(Action.status.in_(_OPEN_ACTION),
               and_(Action.status == ActionStatus.DONE.value, Action.done_on > day))


def _actions(session: Session, start: date, end: date, as_of: date) -> list[AgencyActions]:
    """The actions of C(E)TRs held in the period, by the owner's agency, as they stood at
    ``as_of`` (the period's end, or today): done then if done on or before it, or on a day
    not kept."""
    agency = func.coalesce(Professional.agency, "")
    is_open = _open_on(as_of)
    is_done = and_(Action.status == ActionStatus.DONE.value,
                   or_(Action.done_on.is_(None), Action.done_on <= as_of))
    q = (select(agency,
                func.count().filter(is_open),
                func.count().filter(is_done),
                func.count().filter(is_open, Action.due_on < as_of))
         .select_from(Action)
         .join(Meeting, Meeting.id == Action.meeting_id)
         .join(YoungPerson, YoungPerson.id == Action.young_person_id)
         .outerjoin(Professional, Professional.id == Action.owner_professional_id)
         .where(_live_people(), Action.deleted_at.is_(None), Meeting.deleted_at.is_(None),
                Meeting.kind.in_(_CETR_KINDS), _held_in(start, end))
         .group_by(agency).order_by(agency))
    return [AgencyActions(str(a), int(o), int(d), int(late)) for a, o, d, late in
            session.execute(q)]


def overdue_over_time(session: Session, start: date, end: date,
                      today: date) -> OverdueOverTime:
    """Every live action (any meeting, or none) open and past due on each of the report's
    days; actions done on a day not kept, and cancelled ones, are left out of every day."""
    days = report_days(start, end, today)
    live = and_(_live_people(), Action.deleted_at.is_(None))
    counts: dict[date, int] = {}
    if days:
        day_table = values(column("day", Date), name="report_day", literal_binds=True).data(
            [(d,) for d in days]).cte()
        q = (select(day_table.c.day, func.count(Action.id))
             .select_from(day_table)
             .join(Action, and_(Action.due_on < day_table.c.day, _open_on(day_table.c.day)))
             .join(YoungPerson, YoungPerson.id == Action.young_person_id)
             .where(live).group_by(day_table.c.day))
        counts = {d if isinstance(d, date) else date.fromisoformat(d): int(n)
                  for d, n in session.execute(q)}
    unknown, cancelled = session.execute(
        select(func.count().filter(Action.status == ActionStatus.DONE.value,
                                   Action.done_on.is_(None)),
               func.count().filter(Action.status == ActionStatus.CANCELLED.value))
        .select_from(Action).join(YoungPerson, YoungPerson.id == Action.young_person_id)
        .where(live)).one()
    return OverdueOverTime(step_for(start, end), tuple((d, counts.get(d, 0)) for d in days),
                           int(unknown), int(cancelled))


def _held_in(start: date, end: date) -> ColumnElement[bool]:
    return and_(Meeting.held_at >= datetime.combine(start, time()),
                Meeting.held_at < datetime.combine(end + timedelta(days=1), time()))


def _escalations(session: Session, start: date, end: date) -> list[LevelEscalations]:
    q = (select(Escalation.level,
                func.count().filter(Escalation.raised_on >= start, Escalation.raised_on <= end),
                func.count().filter(Escalation.resolved_on >= start,
                                    Escalation.resolved_on <= end))
         .join(YoungPerson, YoungPerson.id == Escalation.young_person_id)
         .where(_live_people(), Escalation.deleted_at.is_(None),
                or_(and_(Escalation.raised_on >= start, Escalation.raised_on <= end),
                    and_(Escalation.resolved_on >= start, Escalation.resolved_on <= end)))
         .group_by(Escalation.level).order_by(Escalation.level))
    return [LevelEscalations(str(lv), int(r), int(s)) for lv, r, s in session.execute(q)]


def _budget(session: Session, start: date, end: date) -> tuple[int, int]:
    """(pence spent in the period, young people it was spent on)."""
    q = (select(func.coalesce(func.sum(BudgetSpend.amount_pence), 0),
                func.count(func.distinct(BudgetSpend.young_person_id)))
         .join(YoungPerson, YoungPerson.id == BudgetSpend.young_person_id)
         .where(_live_people(), BudgetSpend.deleted_at.is_(None),
                BudgetSpend.spent_on >= start, BudgetSpend.spent_on <= end))
    total, people = session.execute(q).one()
    return int(total), int(people)


def _goals(session: Session, start: date, end: date) -> tuple[int, int]:
    """(goals rated in the period, of those the goals whose rating went up).

    Went up: the last score on or before ``end`` is higher than the last score before
    ``start`` or, with none before, the first score in the period."""
    q = (select(OutcomeRating.goal_id, OutcomeRating.rated_on, OutcomeRating.score)
         .join(YoungPerson, YoungPerson.id == OutcomeRating.young_person_id)
         .where(_live_people(), OutcomeRating.deleted_at.is_(None),
                OutcomeRating.rated_on <= end)
         .order_by(OutcomeRating.goal_id, OutcomeRating.rated_on, OutcomeRating.created_at,
                   OutcomeRating.id))
    baseline: dict[str, int] = {}
    last: dict[str, int] = {}
    for goal, on, score in session.execute(q):
        if on < start:
            baseline[goal] = score
        else:
            baseline.setdefault(goal, score)
            last[goal] = score
    return len(last), sum(last[g] > baseline[g] for g in last)


def caseloads_on(session: Session, end: date) -> list[Caseload]:
    """Each keyworker's young people and families on ``end`` (held that day)."""
    q = (select(Staff.id, Staff.name, Allocation.young_person_id)
         .join(Allocation, Allocation.staff_id == Staff.id)
         .join(YoungPerson, YoungPerson.id == Allocation.young_person_id)
         .where(_live_people(), Allocation.deleted_at.is_(None), Staff.deleted_at.is_(None),
                Allocation.role.in_(_COUNTED_ROLES), Allocation.starts_on <= end,
                or_(Allocation.ends_on.is_(None), Allocation.ends_on > end),
                or_(YoungPerson.closed_on.is_(None), YoungPerson.closed_on > end)))
    held: dict[tuple[str, str], set[str]] = defaultdict(set)
    for staff_id, name, yp in session.execute(q):
        held[(staff_id, name)].add(yp)
    everyone = set().union(*held.values()) if held else set()
    carers: dict[str, list[Carer]] = {yp: [] for yp in everyone}
    if everyone:
        for yp, name, address, phone in session.execute(
                select(FamilyMember.young_person_id, FamilyMember.name, FamilyMember.address,
                       FamilyMember.phone)
                .where(FamilyMember.deleted_at.is_(None),
                       FamilyMember.parental_responsibility.is_(True))):
            if yp in carers:
                carers[yp].append(Carer(name, address, phone))
    out = [Caseload(name, len(yps), count_families({yp: carers[yp] for yp in yps}))
           for (_sid, name), yps in held.items()]
    return sorted(out, key=lambda c: (-c.families, c.staff_name.casefold()))


def service_report(session: Session, start: date, end: date, today: date) -> ServiceReport:
    """Every figure of the report for ``start``..``end`` (both included)."""
    if end < start:
        raise PeriodError(translate("Reports", "The period ends before it starts."))
    as_of = min(end, today)
    at_end = rag_at_end(session, end)
    received, accepted, declined = _referrals(session, start, end)
    days = _days_to_allocation(session, start, end)
    spent, spent_on = _budget(session, start, end)
    goals_rated, goals_up = _goals(session, start, end)

    def in_period(col: InstrumentedAttribute[date | None]) -> ColumnElement[bool]:
        return and_(col >= start, col <= end)

    return ServiceReport(
        period_from=start, period_to=end,
        young_people=int(session.scalar(
            select(func.count()).select_from(YoungPerson).where(_live_people())) or 0),
        open_at_end=sum(at_end.values()),
        rag_at_end=at_end,
        rag_movements=tuple(rag_movements(session, start, end)),
        referrals=received, accepted=accepted, declined=declined,
        median_days_to_allocation=float(statistics.median(days)) if days else None,
        allocations_measured=len(days),
        inpatients_at_end=at_end.get("blue", 0),
        closed=_count(session, Ending, in_period(Ending.closed_on)),
        consents_withdrawn=_count(session, Consent, in_period(Consent.withdrawn_on)),
        cetrs_held=_count(session, Meeting, Meeting.kind.in_(_CETR_KINDS),
                          _held_in(start, end)),
        actions=tuple(_actions(session, start, end, as_of)),
        escalations=tuple(_escalations(session, start, end)),
        budget_spent_pence=spent, budget_young_people=spent_on,
        goals_rated=goals_rated, goals_improved=goals_up,
        caseloads=tuple(caseloads_on(session, end)),
        caseload_limit=settings.get(session, settings.CASELOAD_LIMIT),
        overdue_over_time=overdue_over_time(session, start, end, today),
    )


FORMATS = ("csv", "json", "pdf")


def report_data(session: Session, start: date, end: date, today: date, *,
                regional: bool) -> dict[str, Any]:
    """The report as data: the local copy, or (``regional``) counts only, small ones hidden."""
    report = service_report(session, start, end, today)
    if regional:
        return suppressed(report, settings.get(session, settings.REPORT_SMALL_NUMBER))
    return report.as_dict()


def render(data: dict[str, Any], fmt: str, prepared_on: date, prepared_by: str) -> bytes:
    """The report's data as a CSV, JSON or PDF file's bytes."""
    if fmt == "csv":
        return to_csv(data).encode("utf-8")
    if fmt == "json":
        return to_json(data).encode("utf-8")
    if fmt == "pdf":
        return build_report_pdf(data, prepared_on, prepared_by)
    raise ValueError(f"no such format: {fmt}")


def export_report(session: Session, start: date, end: date, today: date, fmt: str, *,
                  regional: bool) -> bytes:
    """The report file's bytes; audits that a copy left the store. Run in a transaction."""
    ctx: WriteContext = session.info["write_context"]
    data = report_data(session, start, end, today, regional=regional)
    out = render(data, fmt, today, settings.get(session, settings.USER_NAME) or ctx.actor)
    kind = "regional and national, counts only" if regional else "local"
    session.add(AuditEvent(at=ctx.utcnow(), actor=ctx.actor, device=ctx.device,
                           action="export", entity="report",
                           record_id=f"{start.isoformat()}..{end.isoformat()}",
                           young_person_id=None,
                           detail=f"Service report {start} to {end} ({fmt.upper()}, {kind})"))
    return out


def save_report(session: Session, start: date, end: date, today: date, fmt: str,
                path: Path, *, regional: bool) -> Path:
    """Write the report file at ``path`` (not encrypted) and audit it, in one transaction:
    a file that cannot be written leaves no audit row."""
    path.write_bytes(export_report(session, start, end, today, fmt, regional=regional))
    return path
