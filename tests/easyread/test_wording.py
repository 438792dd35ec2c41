"""Dates, times and lists in words."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from keyworker_desktop.easyread.wording import date_in_words, list_in_words, time_in_words


def test_date_in_words_adds_the_year_only_when_it_differs() -> None:
    assert date_in_words(date(2026, 3, 3), date(2026, 1, 1)) == "Tuesday 3 March"
    assert date_in_words(date(2027, 1, 4), date(2026, 12, 1)) == "Monday 4 January 2027"


@pytest.mark.parametrize(("t", "words"), [
    (time(10, 0), "10 o'clock in the morning"),
    (time(10, 30), "10:30 in the morning"),
    (time(12, 0), "12 o'clock midday"),
    (time(12, 45), "12:45 in the afternoon"),
    (time(14, 5), "2:05 in the afternoon"),
    (time(18, 0), "6 o'clock in the evening"),
    (time(0, 0), "12 o'clock midnight"),
    (time(2, 30), "2:30 at night"),
])
def test_time_in_words(t: time, words: str) -> None:
    assert time_in_words(t) == words
    assert time_in_words(datetime.combine(date(2026, 3, 3), t)) == words


def test_list_in_words() -> None:
    assert list_in_words([]) == ""
    assert list_in_words(["Mum"]) == "Mum"
    assert list_in_words(["Mum", "Dad"]) == "Mum and Dad"
    assert list_in_words(["Priya", " ", "Dr Ellis", "Mum"]) == "Priya, Dr Ellis and Mum"


def test_date_in_words_in_the_documents_language_whatever_the_interface() -> None:
    from keyworker_desktop.domain import i18n

    welsh = {"Tuesday": "Dydd Mawrth", "March": "Mawrth"}
    i18n.register_language("cy", lambda c, t, d=None, n=-1: welsh.get(t, "") if c == "Dates"
                           else "")
    try:
        assert date_in_words(date(2026, 3, 3), date(2026, 1, 1), language="cy") == (
            "Dydd Mawrth 3 Mawrth")
        assert date_in_words(date(2026, 3, 3), date(2026, 1, 1)) == "Tuesday 3 March"
    finally:
        i18n.register_language("cy", None)
