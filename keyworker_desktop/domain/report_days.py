"""The days a report's "over time" figures are counted on (docs/reports.md).

Week ends (Sundays) for a period of up to 183 days (six months), month ends for a longer
one, each within the period; then the period's last day, or today if the period runs
past it, when that is not one already. No day after today: what is still to come is not
counted. Shared by the laptop's report and the central store's, so both count the same
days.
"""

from __future__ import annotations

from datetime import date, timedelta

WEEK, MONTH = "week", "month"
MONTHLY_AFTER_DAYS = 183


def step_for(start: date, end: date) -> str:
    return MONTH if (end - start).days > MONTHLY_AFTER_DAYS else WEEK


def _month_end(day: date) -> date:
    first_of_next = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first_of_next - timedelta(days=1)


def report_days(start: date, end: date, today: date) -> list[date]:
    """The days, oldest first (none when the period starts after ``today``)."""
    last = min(end, today)
    if last < start:
        return []
    days: list[date] = []
    if step_for(start, end) == WEEK:
        day = start + timedelta(days=(6 - start.weekday()) % 7)
        while day <= last:
            days.append(day)
            day += timedelta(days=7)
    else:
        day = _month_end(start)
        while day <= last:
            days.append(day)
            day = _month_end(day + timedelta(days=1))
    if not days or days[-1] != last:
        days.append(last)
    return days
