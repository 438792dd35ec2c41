"""The half-term table and "by the end of the half term after" (seed 000)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from keyworker_desktop.domain import half_terms
from keyworker_desktop.domain.half_terms import (
    HALF_TERM_ENDS,
    academic_year,
    check_table,
    end_of_half_term_after,
    half_term_ends,
    next_half_term_end,
)

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


def test_the_table_is_sound() -> None:
    assert check_table() == []
    assert min(HALF_TERM_ENDS) <= 2025 < max(HALF_TERM_ENDS)


def test_a_broken_table_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = dict(HALF_TERM_ENDS)
    broken[2025] = tuple(reversed(broken[2025]))
    broken[2026] = broken[2026][:5]
    monkeypatch.setattr(half_terms, "HALF_TERM_ENDS", broken)
    problems = check_table()
    assert any(p.startswith("2025: dates out of order") for p in problems)
    assert any(p.startswith("2026: 5 dates") for p in problems)


@pytest.mark.parametrize(("day", "year"), [
    (date(2025, 9, 1), 2025), (date(2026, 7, 31), 2025), (date(2026, 8, 1), 2026),
    (date(2026, 1, 1), 2025),
])
def test_academic_year(day: date, year: int) -> None:
    assert academic_year(day) == year


def test_table_years_use_the_table_and_others_the_typical_dates() -> None:
    assert half_term_ends(2025)[3] == date(2026, 3, 27)  # before Easter 2026
    assert half_term_ends(2040) == (date(2040, 10, 25), date(2040, 12, 20), date(2041, 2, 14),
                                    date(2041, 3, 31), date(2041, 5, 28), date(2041, 7, 22))


@pytest.mark.parametrize(("leaving", "due"), [
    (date(2025, 10, 24), date(2025, 12, 19)),  # leaving on the last day of autumn 1
    (date(2025, 10, 27), date(2026, 2, 13)),  # in the October break: counts with autumn 2
    (date(2026, 3, 27), date(2026, 5, 22)),  # the last day before Easter
    (date(2026, 4, 1), date(2026, 7, 21)),  # Easter holiday: counts with summer 1
    (date(2026, 7, 21), date(2026, 10, 23)),  # the last day of the year
    (date(2026, 8, 20), date(2026, 12, 18)),  # summer holiday: counts with autumn 1
    (date(2029, 7, 20), date(2029, 10, 25)),  # the table's last date, then typical dates
    (date(2023, 12, 1), date(2024, 2, 14)),  # before the table
    (date(2029, 7, 21), date(2029, 12, 20)),  # after the table, in the summer holiday
])
def test_end_of_half_term_after(leaving: date, due: date) -> None:
    assert end_of_half_term_after(leaving) == due


@given(days)
def test_the_half_term_after_is_the_second_end_on_or_after_leaving(day: date) -> None:
    first, due = next_half_term_end(day), end_of_half_term_after(day)
    assert day <= first < due
    assert next_half_term_end(first + timedelta(days=1)) == due
    # The longest wait is a summer-holiday leaver's (their half term after is autumn 2):
    # 2029-07-21, the day after the table's last term, waits until 2029-12-20, 152 days.
    assert timedelta(days=40) <= due - day <= timedelta(days=155)
    assert due in half_term_ends(academic_year(due))


@given(days, days)
def test_a_later_leaving_date_never_brings_the_deadline_forward(a: date, b: date) -> None:
    early, late = sorted((a, b))
    assert end_of_half_term_after(early) <= end_of_half_term_after(late)
