"""The days "over time" figures are counted on (domain/report_days.py)."""

from __future__ import annotations

from datetime import date

from keyworker_desktop.domain.report_days import (
    MAX_POINTS,
    MONTH,
    WEEK,
    YEAR,
    report_days,
    step_for,
)


def test_week_ends_then_the_last_day() -> None:
    got = report_days(date(2025, 1, 1), date(2025, 1, 31), date(2025, 6, 1))
    assert got == [date(2025, 1, d) for d in (5, 12, 19, 26, 31)]
    assert step_for(date(2025, 1, 1), date(2025, 1, 31)) == WEEK


def test_month_ends_over_six_months() -> None:
    start, end = date(2024, 1, 15), date(2024, 12, 31)
    assert step_for(start, end) == MONTH
    got = report_days(start, end, date(2025, 6, 1))
    assert got[:2] == [date(2024, 1, 31), date(2024, 2, 29)] and got[-1] == end
    assert len(got) == 12


def test_no_day_after_today() -> None:
    assert report_days(date(2025, 1, 1), date(2025, 3, 31), date(2025, 1, 15)) == [
        date(2025, 1, 5), date(2025, 1, 12), date(2025, 1, 15)]
    assert report_days(date(2025, 1, 1), date(2025, 3, 31), date(2024, 12, 1)) == []


def test_a_last_day_on_a_sunday_is_counted_once() -> None:
    assert report_days(date(2025, 1, 6), date(2025, 1, 12), date(2025, 6, 1)) == [
        date(2025, 1, 12)]


def test_year_ends_over_ten_years() -> None:
    start, end = date(2010, 3, 1), date(2024, 6, 30)
    assert step_for(start, end) == YEAR
    got = report_days(start, end, date(2025, 6, 1))
    assert got == [date(y, 12, 31) for y in range(2010, 2024)] + [end]


def test_the_widest_period_is_bounded() -> None:
    # A manager's report over every date there is must not make thousands of days to count.
    got = report_days(date(1, 1, 1), date(9999, 12, 31), date(2026, 12, 5))
    assert len(got) == MAX_POINTS
    assert got[-2:] == [date(2025, 12, 31), date(2026, 12, 5)]
    assert got == sorted(set(got))
    weekly = report_days(date(2026, 6, 10), date(2026, 12, 6), date(2026, 12, 6))
    assert weekly[0] == date(2026, 6, 14) and weekly[-1] == date(2026, 12, 6)
    assert all((b - a).days == 7 for a, b in zip(weekly, weekly[1:], strict=False))
