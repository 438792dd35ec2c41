"""Typed dates and times, UK order (domain/typed_dates.py)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from keyworker_desktop.domain.typed_dates import parse_date, parse_datetime, parse_time

TODAY = date(2026, 12, 5)
DEFAULT = datetime(2026, 12, 5, 9, 15)


@pytest.mark.parametrize(("typed", "expected"), [
    ("5/12/2026", date(2026, 12, 5)),
    ("5 Dec 2026", date(2026, 12, 5)),
    ("5 december 2026", date(2026, 12, 5)),
    ("Sat 5th Dec 2026", date(2026, 12, 5)),
    ("Dec 5, 2026", date(2026, 12, 5)),
    ("05.12.26", date(2026, 12, 5)),
    ("14032012", date(2012, 3, 14)),
    ("1 11 1999", date(1999, 11, 1)),
    ("2026-12-05", date(2026, 12, 5)),
    ("3/4/12", date(2012, 4, 3)),
    ("1/1/45", date(1945, 1, 1)),
    ("14 Dec", date(2026, 12, 14)),
    ("3 Jan", date(2027, 1, 3)),  # the nearest 3 January to 5 December
    ("tomorrow", date(2026, 12, 6)),
    ("monday", date(2026, 12, 7)),
])
def test_dates_read_day_first(typed: str, expected: date) -> None:
    assert parse_date(typed, TODAY) == expected


@pytest.mark.parametrize("typed", ["", "  ", "31/2/2026", "13/13/2026", "banana", "5 Dex",
                                   "12:30", "32 Dec"])
def test_what_is_not_a_date_gives_none(typed: str) -> None:
    assert parse_date(typed, TODAY) is None


@pytest.mark.parametrize(("typed", "expected"), [
    ("5 Dec 2026 12:30", datetime(2026, 12, 5, 12, 30)),
    ("14 Dec 10:00", datetime(2026, 12, 14, 10, 0)),
    ("14 Dec at 10am", datetime(2026, 12, 14, 10, 0)),
    ("5/12/2026 2.30pm", datetime(2026, 12, 5, 14, 30)),
    ("10am", datetime(2026, 12, 5, 10, 0)),
    ("12am", datetime(2026, 12, 5, 0, 0)),
    ("12 pm", datetime(2026, 12, 5, 12, 0)),
    ("tomorrow noon", datetime(2026, 12, 6, 12, 0)),
    ("16/12/2026", datetime(2026, 12, 16, 9, 15)),  # a date alone keeps the time
    ("31.12.2009 18:05", datetime(2009, 12, 31, 18, 5)),
])
def test_dates_and_times_together(typed: str, expected: datetime) -> None:
    assert parse_datetime(typed, DEFAULT, TODAY) == expected


@pytest.mark.parametrize("typed", ["", "25:00", "13pm", "14 Dec 25:61", "soon", "5 Dex 10am"])
def test_what_is_not_a_date_or_time_gives_none(typed: str) -> None:
    assert parse_datetime(typed, DEFAULT, TODAY) is None


def test_times_alone() -> None:
    assert parse_time("10am") == time(10)
    assert parse_time("at 2.30 pm") == time(14, 30)
    assert parse_time("14:30") == time(14, 30)
    assert parse_time("5 Dec") is None


@given(st.dates(date(1950, 1, 1), date(2100, 12, 31)), st.integers(0, 23), st.integers(0, 59))
def test_what_the_fields_show_reads_back_as_the_same_moment(day: date, hour: int,
                                                            minute: int) -> None:
    moment = datetime.combine(day, time(hour, minute))
    for shown in (f"{day.day} {day:%b %Y} {hour:02d}:{minute:02d}",
                  f"{day:%d/%m/%Y} {hour:02d}:{minute:02d}"):
        assert parse_datetime(shown, DEFAULT, TODAY) == moment
    assert parse_date(f"{day.day} {day:%b %Y}", TODAY) == day
