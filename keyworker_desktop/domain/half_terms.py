"""When English school half terms end: the deadline "by the end of the half term after".

Seed 000 asks a keyworker to hand over to the next keyworker and step down "by the end
of the half term after" the young person leaves. Schools set their own term dates, so
this is a small table of *typical* English half-term end dates (the last school day
before each break, as most local authorities publish them), one row per academic year,
counted from the year it starts in September. Years outside the table fall back to
:data:`TYPICAL_ENDS`, the usual calendar dates. A service with different dates changes
the table; the due date is a prompt for the keyworker, not a legal limit.

Holidays count with the half term that follows them: a young person who leaves in the
summer holiday leaves "in" the autumn's first half term.

Plain Python, no Qt or database.
"""

from __future__ import annotations

from datetime import date, timedelta

# (month, day) of each half term's last day, in school-year order: autumn 1 and 2,
# spring 1 and 2 (spring 2 follows Easter in the real calendar; this fallback does not),
# summer 1 and 2.
TYPICAL_ENDS: tuple[tuple[int, int], ...] = (
    (10, 25), (12, 20), (2, 14), (3, 31), (5, 28), (7, 22),
)

# Typical published dates (Fridays before the break; spring 2 before Easter; summer 2 in
# the week of 20 July). Key: the calendar year the academic year starts in.
HALF_TERM_ENDS: dict[int, tuple[date, ...]] = {
    2024: (date(2024, 10, 25), date(2024, 12, 20), date(2025, 2, 14),
           date(2025, 4, 4), date(2025, 5, 23), date(2025, 7, 22)),
    2025: (date(2025, 10, 24), date(2025, 12, 19), date(2026, 2, 13),
           date(2026, 3, 27), date(2026, 5, 22), date(2026, 7, 21)),
    2026: (date(2026, 10, 23), date(2026, 12, 18), date(2027, 2, 12),
           date(2027, 3, 26), date(2027, 5, 28), date(2027, 7, 21)),
    2027: (date(2027, 10, 22), date(2027, 12, 17), date(2028, 2, 11),
           date(2028, 4, 7), date(2028, 5, 26), date(2028, 7, 21)),
    2028: (date(2028, 10, 20), date(2028, 12, 15), date(2029, 2, 9),
           date(2029, 3, 29), date(2029, 5, 25), date(2029, 7, 20)),
}


def academic_year(day: date) -> int:
    """The year the academic year holding ``day`` starts in (it starts on 1 August here)."""
    return day.year if day.month >= 8 else day.year - 1


def half_term_ends(year: int) -> tuple[date, ...]:
    """The six half-term end dates of the academic year starting in ``year``, in order."""
    if year in HALF_TERM_ENDS:
        return HALF_TERM_ENDS[year]
    return tuple(date(year if month >= 8 else year + 1, month, day)
                 for month, day in TYPICAL_ENDS)


def next_half_term_end(day: date) -> date:
    """The end of the half term ``day`` falls in: the first end on or after it."""
    start = academic_year(day)
    return min(end for year in (start - 1, start, start + 1)
               for end in half_term_ends(year) if end >= day)


def end_of_half_term_after(day: date) -> date:
    """The end of the half term after the one ``day`` falls in (seed 000's deadline)."""
    return next_half_term_end(next_half_term_end(day) + timedelta(days=1))


def check_table() -> list[str]:
    """What is wrong with the table (empty when sound): six dates, in order, in their year."""
    problems = []
    previous: date | None = None
    for year in sorted(HALF_TERM_ENDS):
        ends = HALF_TERM_ENDS[year]
        if len(ends) != len(TYPICAL_ENDS):
            problems.append(f"{year}: {len(ends)} dates, not {len(TYPICAL_ENDS)}")
        if any(academic_year(end) != year for end in ends):
            problems.append(f"{year}: a date outside the academic year")
        if list(ends) != sorted(set(ends)) or (previous is not None and ends[0] <= previous):
            problems.append(f"{year}: dates out of order")
        previous = ends[-1] if ends else previous
    return problems
