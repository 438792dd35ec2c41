"""The days "over time" figures are counted on (domain/report_days.py)."""

from __future__ import annotations

from datetime import date

from keyworker_desktop.domain.report_days import MONTH, WEEK, report_days, step_for


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
