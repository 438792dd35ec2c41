"""The central store's report: the service's counts over the whole organisation (issue 13).

Counted in SQL over the ``records`` table (each record's current ``fields`` as JSON:
``jsonb`` on PostgreSQL since central migration 0003, so reading a key parses nothing),
the same way ``services.reports`` counts on a laptop (docs/reports.md), so the same
records give the same figures. Dates are ISO text in the JSON and compare as text.
Counts only: nothing here returns a name or an id. ``--team`` counts the young people
allocated to the team's users. One step is not SQL: grouping each keyworker's young people
into families (siblings count once) compares carers' names, addresses and phones as
``domain.families`` does; only the carers of the young people held on the last day are read
for it, and only counts leave this module.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import count
from typing import Any, cast

from sqlalchemy import (
    JSON,
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    func,
    literal,
    null,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy import cast as sa_cast
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql import Subquery

from keyworker_desktop.domain.families import Carer, count_families
from keyworker_desktop.domain.report_days import report_days, step_for
from keyworker_desktop.domain.small_numbers import small
from keyworker_desktop.sync import wire
from keyworker_desktop.sync.server.accounts import Caller
from keyworker_desktop.sync.server.models import Allocation, Audit, Record, Team, User
from keyworker_desktop.sync.server.validate import ApiError

RATINGS = ("red", "amber", "green", "blue")
_COUNTED_ROLES = ("keyworker", "family_keyworker")
# _TIES: a laptop orders two ratings of one day by when each was recorded (created_at);
# the central store's records hold no provenance columns, so it orders them by id, a
# UUIDv7 made when the record was (the same order for records made on one laptop).
_names = count()  # unique names for the common table expressions of one statement
DEFAULT_CASELOAD_LIMIT = 2  # families per keyworker, as a laptop's setting by default


class _Parsed(ColumnElement[Any]):
    """A record's ``fields`` parsed once for all the keys read from it: ``jsonb`` on
    PostgreSQL, where each ``->>`` on ``json`` text would parse it again. The column is
    ``jsonb`` since migration 0003, where the cast costs nothing."""

    inherit_cache = True
    type = JSON()

    def __init__(self, column: ColumnElement[Any] | InstrumentedAttribute[Any]) -> None:
        self.column = column


@compiles(_Parsed)
def _parsed(element: _Parsed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


@compiles(_Parsed, "postgresql")
def _parsed_pg(element: _Parsed, compiler: Any, **kw: Any) -> str:
    return f"CAST({compiler.process(element.column, **kw)} AS JSONB)"


def _table(entity: str, columns: Sequence[str], booleans: Sequence[str] = (), *,
           once: bool = False) -> Subquery:
    """The live records of ``entity`` as a table of the named fields (text) and booleans.

    A materialised common table expression: each record's JSON is read once per query
    (for three keys or more, parsed once: ``OFFSET 0`` keeps the parse from being inlined
    into each key read), and joins to it
    are hashed (PostgreSQL would otherwise re-read the JSON for each row of a nested loop
    it picks from estimates that cannot see inside the JSON)."""
    if len(columns) + len(booleans) < 3:  # parsing costs more than two reads of the text
        f: Any = Record.fields
        head = [Record.id.label("id"), Record.young_person_id.label("yp")]
        where = _live(entity)
    else:
        raw = (select(Record.id.label("id"), Record.young_person_id.label("yp"),
                      _Parsed(Record.fields).label("j"))
               .where(*_live(entity)).offset(0).subquery())
        f, head, where = raw.c.j, [raw.c.id, raw.c.yp], ()
    cols = [*head, *[f[c].as_string().label(c) for c in columns],
            *[f[c].as_boolean().label(c) for c in booleans]]
    if once:  # read by one part of the query only: no need to keep it aside, but read
        # each record's fields before sorting (OFFSET 0), not carry its JSON through it
        return select(*cols).where(*where).offset(0).subquery()
    cte = (select(*cols).where(*where).cte(f"{entity}_{next(_names)}").prefix_with("MATERIALIZED"))
    return cast(Subquery, cte)


def _live(entity: str) -> tuple[ColumnElement[bool], ...]:
    """Records of ``entity`` neither deleted nor removed in the app (``deleted_at``). The
    JSON is read only for the entity's records: PostgreSQL may test the quals in any order,
    but a CASE in the order written (reading every record's JSON costs 4 times as much)."""
    removed = case((Record.entity == entity, Record.fields["deleted_at"].as_string()),
                   else_="-")
    return Record.entity == entity, Record.deleted.is_(False), removed.is_(None)


class _Scope:
    """The young people counted: all, or those allocated to a team's users."""

    def __init__(self, team: str | None) -> None:
        self.people = _table("young_person", ("closed_on",))
        self.team = team

    def holds(self, yp: ColumnElement[Any] | InstrumentedAttribute[Any]) -> ColumnElement[bool]:
        # Uncorrelated: the people table may be the outer query's own FROM too.
        live = yp.in_(select(self.people.c.id).correlate(None))
        if self.team is None:
            return live
        in_team = yp.in_(select(Allocation.young_person_id)
                         .join(User, User.id == Allocation.user_id)
                         .where(User.team == self.team).correlate(None))
        return and_(live, in_team)


def _between(col: ColumnElement[Any], start: date, end: date) -> ColumnElement[bool]:
    return and_(col >= start.isoformat(), col <= end.isoformat())


def _open_at(scope: _Scope, end: date) -> ColumnElement[bool]:
    """On the register at ``end``, as services.reports counts it.

    Each test is a set of young people (``IN``/``NOT IN`` a subquery, which PostgreSQL
    hashes once) rather than a correlated ``EXISTS`` run once per young person."""
    yp = scope.people.c.id
    e = end.isoformat()
    ending = _table("ending", ("closed_on", "reopened_on"))
    entry = _table("dsr_entry", ("status",))
    consent = _table("consent", ("kind", "given_on", "withdrawn_on"), ("given",))

    def ids(table: Subquery, *where: ColumnElement[bool]) -> Any:
        return select(table.c.yp).where(table.c.yp.is_not(None), *where).correlate(None)

    ended = ids(ending, ending.c.closed_on.is_not(None), ending.c.closed_on <= e,
                or_(ending.c.reopened_on.is_(None), ending.c.reopened_on > e))
    declined = ids(entry, entry.c.status == "declined")
    accepted = ids(entry, entry.c.status.in_(("accepted", "closed")))
    register = consent.c.kind == "register"
    withdrawn = ids(consent, register, consent.c.withdrawn_on.is_not(None),
                    consent.c.withdrawn_on <= e)
    in_force = ids(consent, register, consent.c.given.is_(True), consent.c.given_on <= e,
                   or_(consent.c.withdrawn_on.is_(None), consent.c.withdrawn_on > e))
    return and_(scope.holds(yp),
                or_(scope.people.c.closed_on.is_(None), scope.people.c.closed_on > e),
                yp.not_in(ended), or_(yp.not_in(declined), yp.in_(accepted)),
                or_(yp.not_in(withdrawn), yp.in_(in_force)))


def _ratings(s: Session, scope: _Scope, start: date,
             end: date) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """The ratings at ``end`` and the movements in the period, from one pass over the
    ratings in order (each young person's rating before each, and whether one follows)."""
    e = end.isoformat()
    r = _table("rag_rating", ("rating", "rated_on"), once=True)
    order = (r.c.rated_on, r.c.id)  # same day: the id (made in time order), see _TIES
    seq = cast(Subquery, select(
        r.c.yp, r.c.rating, r.c.rated_on,
        func.lag(r.c.rating).over(partition_by=r.c.yp, order_by=order).label("before"),
        func.lead(r.c.id).over(partition_by=r.c.yp, order_by=order).label("after"),
    ).where(r.c.rated_on <= e).cte(f"rating_seq_{next(_names)}").prefix_with("MATERIALIZED"))
    # The latest on or before ``end`` (ties: recorded last) of each young person on it then.
    at_end = (select(literal("end").label("kind"), sa_cast(null(), String).label("before"),
                     seq.c.rating, func.count().label("n"))
              .join(scope.people, scope.people.c.id == seq.c.yp)
              .where(seq.c.after.is_(None), _open_at(scope, end))
              .group_by(seq.c.rating))
    moves = (select(literal("move"), seq.c.before, seq.c.rating, func.count())
             .where(scope.holds(seq.c.yp), seq.c.rated_on >= start.isoformat(),
                    seq.c.before.is_not(None), seq.c.before != seq.c.rating)
             .group_by(seq.c.before, seq.c.rating))
    counts = dict.fromkeys(RATINGS, 0)
    movements = []
    for kind, before, rating, n in s.execute(union_all(at_end, moves)):
        if kind == "end":
            counts[str(rating)] = int(n)
        else:
            movements.append({"from": before, "to": rating, "count": int(n)})
    movements.sort(key=lambda m: (-m["count"], m["from"], m["to"]))
    return counts, movements


def _counts(s: Session, scope: _Scope, start: date, end: date) -> dict[str, int]:
    """The plain counts, in one statement: each table's JSON is read once for all."""
    entry = _table("dsr_entry", ("referred_on", "triaged_on", "status"))
    decided = _between(entry.c.triaged_on, start, end)
    spend = _table("budget_spend", ("spent_on", "amount_pence"))
    spent = and_(scope.holds(spend.c.yp), _between(spend.c.spent_on, start, end))
    meeting = _table("meeting", ("kind", "held_at"))
    ending = _table("ending", ("closed_on",))
    consent = _table("consent", ("withdrawn_on",))

    def n(table: Subquery, *where: ColumnElement[bool]) -> Any:
        return (select(func.count()).select_from(table)
                .where(scope.holds(table.c.yp), *where).scalar_subquery())

    row = s.execute(select(
        n(scope.people).label("young_people"),
        n(entry, _between(entry.c.referred_on, start, end)).label("referrals"),
        n(entry, decided, entry.c.status.in_(("accepted", "closed"))).label("accepted"),
        n(entry, decided, entry.c.status == "declined").label("declined"),
        n(ending, _between(ending.c.closed_on, start, end)).label("closed"),
        n(consent, _between(consent.c.withdrawn_on, start, end)).label("consents_withdrawn"),
        n(meeting, meeting.c.kind.in_(("cetr", "ctr")),
          _held_in(meeting, start, end)).label("cetrs_held"),
        select(func.coalesce(func.sum(spend.c.amount_pence.cast(Integer)), 0))
        .where(spent).scalar_subquery().label("spent_pence"),
        select(func.count(func.distinct(spend.c.yp))).where(spent).scalar_subquery()
        .label("spent_on"))).one()
    return {k: int(v or 0) for k, v in row._mapping.items()}


def _median_days(s: Session, scope: _Scope, start: date, end: date) -> list[int]:
    alloc = _table("allocation", ("role", "starts_on"))
    entry = _table("dsr_entry", ("referred_on",))
    first = (select(alloc.c.yp, func.min(alloc.c.starts_on).label("first_on"))
             .where(alloc.c.role.in_(_COUNTED_ROLES)).group_by(alloc.c.yp).subquery())
    referred = (select(entry.c.yp, func.min(entry.c.referred_on).label("referred_on"))
                .where(entry.c.referred_on.is_not(None)).group_by(entry.c.yp).subquery())
    q = (select(first.c.first_on, referred.c.referred_on)
         .join(referred, referred.c.yp == first.c.yp)
         .where(scope.holds(first.c.yp), _between(first.c.first_on, start, end)))
    return [max((date.fromisoformat(a[:10]) - date.fromisoformat(r[:10])).days, 0)
            for a, r in s.execute(q)]


def _actions(s: Session, scope: _Scope, start: date, end: date,
             as_of: date) -> list[dict[str, Any]]:
    action = _table("action", ("meeting_id", "owner_professional_id", "status", "due_on",
                               "done_on"))
    meeting = _table("meeting", ("kind", "held_at"))
    pro = _table("professional", ("agency",))
    agency = func.coalesce(pro.c.agency, "")
    day = as_of.isoformat()
    is_open = _open_on(action, literal(day))
    is_done = and_(action.c.status == "done",
                   or_(action.c.done_on.is_(None), action.c.done_on <= day))
    q = (select(agency, func.count().filter(is_open),
                func.count().filter(is_done),
                func.count().filter(is_open, action.c.due_on < day))
         .select_from(action)
         .join(meeting, meeting.c.id == action.c.meeting_id)
         .outerjoin(pro, pro.c.id == action.c.owner_professional_id)
         .where(scope.holds(action.c.yp), meeting.c.kind.in_(("cetr", "ctr")),
                _held_in(meeting, start, end))
         .group_by(agency).order_by(agency))
    return [{"agency": a, "open": int(o), "done": int(d), "overdue": int(late)}
            for a, o, d, late in s.execute(q)]


def _open_on(action: Subquery, day: ColumnElement[Any]) -> ColumnElement[bool]:
    """Not done by ``day``: open or chased, or done on a later day (as on a laptop)."""
    return or_(action.c.status.in_(("open", "chased")),
               and_(action.c.status == "done", action.c.done_on > day))


def _overdue_over_time(s: Session, scope: _Scope, start: date, end: date,
                       today: date) -> dict[str, Any]:
    """Actions open and past due on each of the report's days (domain.report_days), and
    those left out of every day: done on a day not kept, and cancelled.

    One pass over the actions, a count per day (no join to a table of days: a join on
    "before" is a nested loop, which the report turns off, and PostgreSQL then prices the
    statement high enough to compile it first, a quarter of a second). Days in statements
    of at most ``_DAYS_A_STATEMENT`` counts (a long period's month ends)."""
    days = [d.isoformat() for d in report_days(start, end, today)]
    action = _table("action", ("status", "due_on", "done_on"), once=True)
    counts: list[int] = []
    for at in range(0, max(len(days), 1), _DAYS_A_STATEMENT):
        chunk = days[at:at + _DAYS_A_STATEMENT]
        row = s.execute(select(
            func.count().filter(action.c.status == "done", action.c.done_on.is_(None)),
            func.count().filter(action.c.status == "cancelled"),
            *[func.count().filter(action.c.due_on < d, _open_on(action, literal(d)))
              for d in chunk]).where(scope.holds(action.c.yp))).one()
        unknown, cancelled = int(row[0]), int(row[1])
        counts += [int(n) for n in row[2:]]
    return {"step": step_for(start, end),
            "points": [{"on": d, "overdue": n} for d, n in zip(days, counts, strict=True)],
            "excluded_done_day_unknown": unknown, "excluded_cancelled": cancelled}


_DAYS_A_STATEMENT = 500  # PostgreSQL takes at most 1,664 columns a select


def _held_in(meeting: Subquery, start: date, end: date) -> ColumnElement[bool]:
    # The day after ``end`` (past any time on the last day there is, for date.max).
    after = (end + timedelta(days=1)).isoformat() if end < date.max else "9999-12-31~"
    return and_(meeting.c.held_at >= start.isoformat(), meeting.c.held_at < after)


def _escalations(s: Session, scope: _Scope, start: date, end: date) -> list[dict[str, Any]]:
    e = _table("escalation", ("level", "raised_on", "resolved_on"))
    raised, resolved = _between(e.c.raised_on, start, end), _between(e.c.resolved_on, start, end)
    q = (select(e.c.level, func.count().filter(raised), func.count().filter(resolved))
         .where(scope.holds(e.c.yp), or_(raised, resolved))
         .group_by(e.c.level).order_by(e.c.level))
    return [{"level": lv, "raised": int(r), "resolved": int(d)} for lv, r, d in s.execute(q)]


def _goals(s: Session, scope: _Scope, start: date, end: date) -> dict[str, int]:
    """Goals rated in the period and, of those, goals whose rating went up: the last score
    on or before ``end`` above the last before ``start`` or, with none, the first in it."""
    f = Record.fields
    rated_on = f["rated_on"].as_string()
    r = (select(Record.id.label("id"), f["goal_id"].as_string().label("goal"),
                rated_on.label("on"),
                f["score"].as_integer().label("score"))
         .where(*_live("outcome_rating"), rated_on <= end.isoformat(),
                scope.holds(Record.young_person_id))
         .subquery())
    inside = r.c.on >= start.isoformat()
    newest = func.row_number().over(partition_by=(r.c.goal, inside),
                                    order_by=(r.c.on.desc(), r.c.id.desc()))
    oldest = func.row_number().over(partition_by=(r.c.goal, inside),
                                    order_by=(r.c.on, r.c.id))
    ranked = select(r.c.goal, r.c.score, inside.label("inside"), newest.label("newest"),
                    oldest.label("oldest")).subquery()
    inside_c = ranked.c.inside.is_(True)
    per_goal = (select(
        func.max(case((and_(inside_c, ranked.c.newest == 1), ranked.c.score))).label("last"),
        func.max(case((and_(~inside_c, ranked.c.newest == 1), ranked.c.score))).label("before"),
        func.max(case((and_(inside_c, ranked.c.oldest == 1), ranked.c.score))).label("first"))
        .group_by(ranked.c.goal).subquery())
    rated, improved = s.execute(select(
        func.count(), func.count().filter(
            per_goal.c.last > func.coalesce(per_goal.c.before, per_goal.c.first)))
        .where(per_goal.c.last.is_not(None))).one()
    return {"rated": int(rated), "improved": int(improved)}


def _caseloads(s: Session, scope: _Scope, end: date, limit: int) -> dict[str, Any]:
    """Keyworkers holding a keyworker allocation on ``end``, by the families they hold."""
    e = end.isoformat()
    alloc = _table("allocation", ("staff_id", "role", "starts_on", "ends_on"))
    staff = _table("staff", ())
    people = scope.people
    held = (select(alloc.c.staff_id, alloc.c.yp)
            .join(staff, staff.c.id == alloc.c.staff_id)
            .join(people, people.c.id == alloc.c.yp)
            .where(scope.holds(alloc.c.yp), alloc.c.role.in_(_COUNTED_ROLES),
                   alloc.c.starts_on <= e,
                   or_(alloc.c.ends_on.is_(None), alloc.c.ends_on > e),
                   or_(people.c.closed_on.is_(None), people.c.closed_on > e)))
    by_staff: dict[str, set[str]] = defaultdict(set)
    for staff_id, yp in s.execute(held):
        by_staff[staff_id].add(yp)
    carers: dict[str, list[Carer]] = defaultdict(list)
    if by_staff:
        fam = _table("family_member", ("name", "address", "phone"),
                     ("parental_responsibility",))
        holding = held.with_only_columns(alloc.c.yp).subquery()
        for yp, name, address, phone in s.execute(
                select(fam.c.yp, fam.c.name, fam.c.address, fam.c.phone)
                .where(fam.c.parental_responsibility.is_(True),
                       fam.c.yp.in_(select(holding.c.yp)))):
            carers[yp].append(Carer(name or "", address or "", phone or ""))
    sizes = [count_families({yp: carers[yp] for yp in yps}) for yps in by_staff.values()]
    tally: dict[int, int] = defaultdict(int)
    for families in sizes:
        tally[families] += 1
    return {"limit": limit, "keyworkers": len(sizes),
            "keyworkers_over_limit": sum(n > limit for n in sizes),
            "by_families": [{"families": n, "keyworkers": tally[n]}
                            for n in sorted(tally, reverse=True)]}


def central_report(s: Session, start: date, end: date, today: date,
                   team: str | None = None,
                   caseload_limit: int = DEFAULT_CASELOAD_LIMIT) -> dict[str, Any]:
    """The counts for ``start``..``end`` (both included) over the organisation or a team."""
    if end < start:
        raise ValueError("The period ends before it starts.")
    if s.get_bind().dialect.name == "postgresql":
        # For this transaction only. The planner cannot see inside the JSON, guesses a
        # handful of rows where there are thousands, and nests loops that re-read them:
        # hashed joins instead, and room to sort the ratings in memory.
        s.execute(text("SET LOCAL enable_nestloop = off"))
        s.execute(text("SET LOCAL work_mem = '64MB'"))
    scope = _Scope(team)
    at_end, movements = _ratings(s, scope, start, end)
    counts = _counts(s, scope, start, end)
    total, spent_on = counts.pop("spent_pence"), counts.pop("spent_on")
    days = _median_days(s, scope, start, end)
    return {
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "team": team,
        "young_people": counts["young_people"],
        "open_at_end": sum(at_end.values()),
        "rag_at_end": at_end,
        "rag_movements": movements,
        "referrals": counts["referrals"],
        "accepted": counts["accepted"],
        "declined": counts["declined"],
        "median_days_referral_to_allocation": float(statistics.median(days)) if days
        else None,
        "allocations_measured": len(days),
        "inpatients_at_end": at_end["blue"],
        "closed": counts["closed"],
        "consents_withdrawn": counts["consents_withdrawn"],
        "cetrs_held": counts["cetrs_held"],
        "cetr_actions": _actions(s, scope, start, end, min(end, today)),
        "actions_overdue_over_time": _overdue_over_time(s, scope, start, end, today),
        "escalations": _escalations(s, scope, start, end),
        "budget": {"spent_pence": total, "young_people": spent_on,
                   "mean_per_young_person_pence": round(total / spent_on)
                   if spent_on else None},
        "goals": _goals(s, scope, start, end),
        "caseloads": _caseloads(s, scope, end, caseload_limit),
    }


def suppress(data: dict[str, Any], threshold: int) -> dict[str, Any]:
    """Counts from 1 to ``threshold - 1`` written as ``"<threshold"`` (as on a laptop)."""
    def sm(value: int) -> int | str:
        return small(value, threshold)

    out = dict(data)
    for key in ("young_people", "open_at_end", "referrals", "accepted", "declined",
                "allocations_measured", "inpatients_at_end", "closed", "consents_withdrawn",
                "cetrs_held"):
        out[key] = sm(data[key])
    out["rag_at_end"] = {k: sm(v) for k, v in data["rag_at_end"].items()}
    out["rag_movements"] = [{**m, "count": sm(m["count"])} for m in data["rag_movements"]]
    if 0 < data["allocations_measured"] < threshold:
        out["median_days_referral_to_allocation"] = None
    out["cetr_actions"] = [{"agency": a["agency"], "open": sm(a["open"]),
                            "done": sm(a["done"]), "overdue": sm(a["overdue"])}
                           for a in data["cetr_actions"]]
    out["actions_overdue_over_time"] = {
        **data["actions_overdue_over_time"],
        "points": [{**p, "overdue": sm(p["overdue"])}
                   for p in data["actions_overdue_over_time"]["points"]],
        **{k: sm(data["actions_overdue_over_time"][k])
           for k in ("excluded_done_day_unknown", "excluded_cancelled")}}
    out["escalations"] = [{"level": e["level"], "raised": sm(e["raised"]),
                           "resolved": sm(e["resolved"])} for e in data["escalations"]]
    budget = dict(data["budget"])
    if 0 < budget["young_people"] < threshold:
        budget["spent_pence"] = budget["mean_per_young_person_pence"] = None
    budget["young_people"] = sm(budget["young_people"])
    out["budget"] = budget
    out["goals"] = {k: sm(v) for k, v in data["goals"].items()}
    caseloads = data["caseloads"]
    out["caseloads"] = {
        "limit": caseloads["limit"], "keyworkers": sm(caseloads["keyworkers"]),
        "keyworkers_over_limit": sm(caseloads["keyworkers_over_limit"]),
        "by_families": [{"families": c["families"], "keyworkers": sm(c["keyworkers"])}
                        for c in caseloads["by_families"]]}
    out["suppressed_below"] = threshold
    return out


def audit_detail(start: date, end: date, how: str, team: str | None, suppressed: bool) -> str:
    """What the audit says of a report made (the command line's and the API's)."""
    return (f"Service report {start} to {end} ({how}, "
            f"{'team ' + team if team else 'whole organisation'}"
            f"{', small numbers hidden' if suppressed else ''})")


def api_report(s: Session, caller: Caller, args: wire.ReportArgs,
               today: date) -> dict[str, Any]:
    """``GET /v1/report``: the counts, for a manager only; audited."""
    if caller.role != "manager":
        raise ApiError(403, "managers_only", "only a manager may ask for the organisation's "
                       "report")
    if args.team is not None and s.get(Team, args.team) is None:
        raise ApiError(404, "unknown_team", "no team has this name; nothing was reported")
    data = central_report(s, args.from_, args.to, today, args.team, args.caseload_limit)
    if args.suppress:
        data = suppress(data, args.threshold)
    s.add(Audit(user_name=caller.user_name, device_id=caller.device_id, action="report",
                detail=audit_detail(args.from_, args.to, "API", args.team, args.suppress)))
    return data
