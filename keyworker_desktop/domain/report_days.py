"""The days a report's "over time" figures are counted on (docs/reports.md).

Week ends (Sundays) for a period of up to 183 days (six months), month ends for one of up
to ten years, year ends (31 December) for a longer one, each within the period; then the
period's last day, or today if the period runs past it, when that is not one already. No
day after today: what is still to come is not counted. At most the latest
``MAX_POINTS`` days: a report asked for over centuries (``0001-01-01`` to ``9999-12-31``)
counts the last 120 year ends, not 2,000 of them, so one request cannot hold the central
store for minutes. Shared by the laptop's report and the central store's, so both count the same
days.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEK, MONTH, YEAR = "week", "month", "year"
MONTHLY_AFTER_DAYS = 183
YEARLY_AFTER_DAYS = 3653
MAX_POINTS = 120


def step_for(start: date, end: date) -> str:
    days = (end - start).days
    return YEAR if days > YEARLY_AFTER_DAYS else MONTH if days > MONTHLY_AFTER_DAYS else WEEK


def _month_end(day: date) -> date:
    first_of_next = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first_of_next - timedelta(days=1)


def report_days(start: date, end: date, today: date) -> list[date]:
    """The days, oldest first (none when the period starts after ``today``)."""
    last = min(end, today)
    if last < start:
        return []
    days: list[date] = []
    step = step_for(start, end)
    if step == WEEK:
        # The first Sunday on or after the start, then every seventh day; counted back from
        # the last so that no more than MAX_POINTS are ever made.
        first = start + timedelta(days=(6 - start.weekday()) % 7)
        if first <= last:
            last_sunday = last - timedelta(days=(last.weekday() + 1) % 7)
            count = min((last_sunday - first).days // 7 + 1, MAX_POINTS)
            days = [last_sunday - timedelta(days=7 * k) for k in reversed(range(count))]
    elif step == MONTH:
        day = _month_end(start)
        while day <= last:
            days.append(day)
            day = _month_end(day + timedelta(days=1))
    else:
        first_year = start.year if start <= date(start.year, 12, 31) else start.year + 1
        last_year = last.year if last == date(last.year, 12, 31) else last.year - 1
        first_year = max(first_year, last_year - MAX_POINTS + 1)
        days = [date(year, 12, 31) for year in range(first_year, last_year + 1)]
    if not days or days[-1] != last:
        days.append(last)
    return days[-MAX_POINTS:]
