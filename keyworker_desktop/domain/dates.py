"""Dates written in the reader's language: "Sat 5 Dec 2026" or "Sad 5 Rhag 2026".

The one place month and day names come from, for the interface, printed documents and the
typed-date fields: a marked table (context "Dates") read through ``translate`` (the
interface's language) or ``translate_in`` (a document's own language, such as a Welsh plan
printed from an English laptop). Never the laptop's locale nor ``strftime``'s ``%b``, whose
names are English whatever the reader chose.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate, translate_in

MONTHS_SHORT = (
    QT_TRANSLATE_NOOP("Dates", "Jan"), QT_TRANSLATE_NOOP("Dates", "Feb"),
    QT_TRANSLATE_NOOP("Dates", "Mar"), QT_TRANSLATE_NOOP("Dates", "Apr"),
    QT_TRANSLATE_NOOP("Dates", "May"), QT_TRANSLATE_NOOP("Dates", "Jun"),
    QT_TRANSLATE_NOOP("Dates", "Jul"), QT_TRANSLATE_NOOP("Dates", "Aug"),
    QT_TRANSLATE_NOOP("Dates", "Sep"), QT_TRANSLATE_NOOP("Dates", "Oct"),
    QT_TRANSLATE_NOOP("Dates", "Nov"), QT_TRANSLATE_NOOP("Dates", "Dec"))
MONTHS_LONG = (
    QT_TRANSLATE_NOOP("Dates", "January"), QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"), QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"), QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"), QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"), QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"), QT_TRANSLATE_NOOP("Dates", "December"))
DAYS_SHORT = (
    QT_TRANSLATE_NOOP("Dates", "Mon"), QT_TRANSLATE_NOOP("Dates", "Tue"),
    QT_TRANSLATE_NOOP("Dates", "Wed"), QT_TRANSLATE_NOOP("Dates", "Thu"),
    QT_TRANSLATE_NOOP("Dates", "Fri"), QT_TRANSLATE_NOOP("Dates", "Sat"),
    QT_TRANSLATE_NOOP("Dates", "Sun"))
DAYS_LONG = (
    QT_TRANSLATE_NOOP("Dates", "Monday"), QT_TRANSLATE_NOOP("Dates", "Tuesday"),
    QT_TRANSLATE_NOOP("Dates", "Wednesday"), QT_TRANSLATE_NOOP("Dates", "Thursday"),
    QT_TRANSLATE_NOOP("Dates", "Friday"), QT_TRANSLATE_NOOP("Dates", "Saturday"),
    QT_TRANSLATE_NOOP("Dates", "Sunday"))

#: Qt's date-pattern letters (the interface's patterns were Qt's): longest first.
_TOKEN = re.compile(r"dddd|ddd|dd|d|MMMM|MMM|MM|M|yyyy|yy|HH|mm")

_A_MONDAY = date(2024, 1, 1)

SHORT_DATE = "d MMM yyyy"
SHORT_DATETIME = "d MMM yyyy, HH:mm"


def month_name(month: int, language: str | None = None, *, short: bool = False) -> str:
    """The month's name in ``language`` (``None``: the interface's)."""
    name = (MONTHS_SHORT if short else MONTHS_LONG)[month - 1]
    return (translate("Dates", name) if language is None
            else translate_in(language, "Dates", name))


def weekday_name(day: date, language: str | None = None, *, short: bool = False) -> str:
    """The day's name in ``language`` (``None``: the interface's)."""
    name = (DAYS_SHORT if short else DAYS_LONG)[day.weekday()]
    return (translate("Dates", name) if language is None
            else translate_in(language, "Dates", name))


def format_date(value: date | datetime | None, pattern: str = SHORT_DATE,
                language: str | None = None) -> str:
    """``value`` written by ``pattern`` (Qt's letters: ``d dd ddd dddd M MM MMM MMMM yy yyyy
    HH mm``; any other character as it is) with names in ``language`` (``None``: the
    interface's); "" for ``None``."""
    if value is None:
        return ""

    def fill(m: re.Match[str]) -> str:
        token = m[0]
        if token == "dddd":
            return weekday_name(value, language)
        if token == "ddd":
            return weekday_name(value, language, short=True)
        if token == "MMMM":
            return month_name(value.month, language)
        if token == "MMM":
            return month_name(value.month, language, short=True)
        if token in ("HH", "mm"):
            if not isinstance(value, datetime):
                return token
            return f"{value.hour if token == 'HH' else value.minute:02d}"
        number = {"d": value.day, "dd": value.day, "M": value.month, "MM": value.month,
                  "yy": value.year % 100, "yyyy": value.year}[token]
        return f"{number:0{2 if len(token) == 2 else 1}d}"

    return _TOKEN.sub(fill, pattern)


def format_datetime(value: datetime | None, pattern: str = SHORT_DATETIME,
                    language: str | None = None) -> str:
    """As :func:`format_date`, with the time: "5 Dec 2026, 14:30"."""
    return format_date(value, pattern, language)


def month_numbers(language: str | None = None) -> dict[str, int]:
    """Month names people may type, casefolded, to their number: the English ones always,
    and those of ``language`` (``None``: the interface's), short and long."""
    names: dict[str, int] = {}
    for n in range(1, 13):
        for short in (True, False):
            names[(MONTHS_SHORT if short else MONTHS_LONG)[n - 1].casefold()] = n
            names.setdefault(month_name(n, language, short=short).casefold(), n)
    return names


def weekday_numbers(language: str | None = None) -> dict[str, int]:
    """Day names people may type, casefolded, to ``date.weekday()``: English always, and
    those of ``language`` (``None``: the interface's)."""
    names: dict[str, int] = {}
    for n in range(7):
        for table in (DAYS_SHORT, DAYS_LONG):
            names[table[n].casefold()] = n
            names.setdefault(weekday_name(_A_MONDAY + timedelta(days=n), language,
                                          short=table is DAYS_SHORT).casefold(), n)
    return names


__all__ = ["DAYS_LONG", "DAYS_SHORT", "MONTHS_LONG", "MONTHS_SHORT", "SHORT_DATE",
           "SHORT_DATETIME", "format_date", "format_datetime", "month_name", "month_numbers",
           "weekday_name", "weekday_numbers"]
