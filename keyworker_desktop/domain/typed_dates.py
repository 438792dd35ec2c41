"""Dates and times as people in the UK type them: "5/12/2026", "5 Dec 2026", "14 Dec 10:00", "10am".

Month and day names are English, and also those of the interface's language (domain.dates:
"5 Rhag 2026", "5 Rhagfyr 2026", "Dydd Llun" in Welsh).

Day before month, always. A date typed without a year is the nearest such date to
today (so "3 Jan" typed in December is next month); a two-digit year is this
century unless that would be more than ten years ahead. Nothing here guesses
beyond that: text that is not clearly a date or a time gives None.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from keyworker_desktop.domain.dates import month_numbers, weekday_numbers

#: English names and the short forms people type beyond the tables in domain.dates.
MONTHS = {name: n for n, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
    ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
    ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")), start=1) for name in names}
WEEKDAYS = {name: n for n, names in enumerate((
    ("mon", "monday"), ("tue", "tues", "tuesday"), ("wed", "wednesday"),
    ("thu", "thur", "thurs", "thursday"), ("fri", "friday"), ("sat", "saturday"),
    ("sun", "sunday"))) for name in names}
RELATIVE = {"today": 0, "tomorrow": 1, "yesterday": -1}

_TIME_12 = re.compile(r"(?<![\d.:/])(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m?\.?(?![a-z])")
_TIME_24 = re.compile(r"(?<![\d.:/])(\d{1,2})[:.](\d{2})(?![\d.:/])")
_TIME_WORDS = {"noon": time(12), "midday": time(12), "midnight": time(0)}
_NUMERIC = re.compile(r"(\d{1,2})[/.\- ]+(\d{1,2})(?:[/.\- ]+(\d{4}|\d{2}))?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})")
_DAY_MONTH = re.compile(r"(\d{1,2}) ([^\W\d_]+)(?: (\d{4}|\d{2}))?")
_MONTH_DAY = re.compile(r"([^\W\d_]+) (\d{1,2})(?: (\d{4}|\d{2}))?")
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)\b")


def _clean(text: str) -> str:
    text = text.casefold().replace(",", " ")
    text = _ORDINAL.sub(r"\1", text)
    return " ".join(text.split())


def _year(typed: str | None, day: int, month: int, today: date) -> int | None:
    if typed is None:
        # No year: the nearest such date to today.
        best: int | None = None
        for year in (today.year - 1, today.year, today.year + 1):
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if best is None or abs(candidate - today) < abs(date(best, month, day) - today):
                best = year
        return best
    if len(typed) == 2:
        year = 2000 + int(typed)
        return year if year <= today.year + 10 else year - 100
    return int(typed)


def _make(day: int, month: int, year_text: str | None, today: date) -> date | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = _year(year_text, day, month, today)
    if year is None or not 1900 <= year <= 2200:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, today: date) -> date | None:
    """The date ``text`` names, day first; None if it names no date (or is blank)."""
    words = _clean(text)
    if not words:
        return None
    if words in RELATIVE:
        return today + timedelta(days=RELATIVE[words])
    weekday, rest = _weekday(words)
    if weekday is not None and not rest:  # "monday": the coming one (today if it is that)
        return today + timedelta(days=(weekday - today.weekday()) % 7)
    months = {**month_numbers(), **MONTHS}
    # A day's name may also be a month's ("Maw" is Tuesday and March in Welsh).
    found = _plain_date(rest, today, months) if weekday is not None else None
    return found or _plain_date(words, today, months)


def _plain_date(words: str, today: date, months: dict[str, int]) -> date | None:
    if m := _ISO.fullmatch(words):
        return _make(int(m[3]), int(m[2]), m[1], today)
    if m := _NUMERIC.fullmatch(words):
        return _make(int(m[1]), int(m[2]), m[3], today)
    if m := _COMPACT.fullmatch(words):
        return _make(int(m[1]), int(m[2]), m[3], today)
    if (m := _DAY_MONTH.fullmatch(words)) and m[2] in months:
        return _make(int(m[1]), months[m[2]], m[3], today)
    if (m := _MONTH_DAY.fullmatch(words)) and m[1] in months:
        return _make(int(m[2]), months[m[1]], m[3], today)
    return None


def _weekday(words: str) -> tuple[int | None, str]:
    """The day name ``words`` begin with (names of more than one word, "dydd llun", too)
    and the rest."""
    names = {**weekday_numbers(), **WEEKDAYS}
    for name in sorted(names, key=len, reverse=True):
        if words == name or words.startswith(name + " "):
            return names[name], words[len(name):].strip()
    return None, words


def _split_time(words: str) -> tuple[str, time | None] | None:
    """The text without its time, and the time (None: no time typed; None overall: bad)."""
    for word, value in _TIME_WORDS.items():
        if re.search(rf"\b{word}\b", words):
            return re.sub(rf"\b(?:at )?{word}\b", " ", words), value
    if m := _TIME_12.search(words):
        hour, minute = int(m[1]), int(m[2] or 0)
        if not (1 <= hour <= 12 and minute < 60):
            return None
        hour = hour % 12 + (12 if m[3] == "p" else 0)
        return words[:m.start()] + " " + words[m.end():], time(hour, minute)
    if m := _TIME_24.search(words):
        hour, minute = int(m[1]), int(m[2])
        if not (hour < 24 and minute < 60):
            return None
        return words[:m.start()] + " " + words[m.end():], time(hour, minute)
    return words, None


def parse_time(text: str) -> time | None:
    """A time alone: "10am", "2.30pm", "14:30", "noon"; None otherwise."""
    split = _split_time(_clean(text))
    if split is None or split[0].strip() not in ("", "at"):
        return None
    return split[1]


def parse_datetime(text: str, default: datetime, today: date) -> datetime | None:
    """A date, a time or both ("14 Dec 10:00", "tomorrow 9am", "10am", "5/12/2026 12:30").

    What is not typed comes from ``default`` (a time alone keeps the day; a date alone
    keeps the time). None if the text is blank or names neither.
    """
    split = _split_time(_clean(text))
    if split is None:
        return None
    rest, at = split
    rest = re.sub(r"\b(?:at|on)\b", " ", rest)
    rest = " ".join(rest.split())
    day = parse_date(rest, today) if rest else None
    if rest and day is None:
        return None
    if day is None and at is None:
        return None
    return datetime.combine(day or default.date(),
                            at or default.time().replace(second=0, microsecond=0))
