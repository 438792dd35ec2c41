"""Dates, times and lists written the easy-read way: "Tuesday 3 March",
"10 o'clock in the morning", "Mum, Priya and Dr Shah" — in the document's language
("en", "cy"), through ``domain.i18n.translate_in`` (context "EasyRead")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from keyworker_desktop.domain.dates import month_name, weekday_name
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, words_in


def say(language: str, text: str, **params: object) -> str:
    """``text`` (marked ``QT_TRANSLATE_NOOP("EasyRead", …)``) in ``language``, filled in;
    a translation with a broken placeholder falls back to the English."""
    return words_in(language, "EasyRead", text, **params)


def date_in_words(day: date, today: date | None = None, language: str = "en",
                  weekday: bool = True) -> str:
    """ "Tuesday 3 March" ("3 March" without ``weekday``); the year is added when it is not
    ``today``'s year."""
    # Names from domain.dates, never the laptop's locale: the plan is in its own language.
    month = month_name(day.month, language)
    if weekday:
        text = say(language, QT_TRANSLATE_NOOP("EasyRead", "{weekday} {day} {month}"),
                   weekday=weekday_name(day, language), day=day.day, month=month)
    else:
        text = say(language, QT_TRANSLATE_NOOP("EasyRead", "{day} {month}"), day=day.day,
                   month=month)
    if today is not None and day.year != today.year:
        text += f" {day.year}"
    return text


def part_of_day(t: time) -> str:
    """ "morning" (before 12), "afternoon" (12 to 6pm), "evening" (6pm to midnight),
    "night" (midnight to 5am): a key (also the picture's name), worded by ``time_in_words``."""
    if t.hour < 5:
        return "night"
    if t.hour < 12:
        return "morning"
    if t.hour < 18:
        return "afternoon"
    return "evening"


_ON_THE_HOUR = {
    "night": QT_TRANSLATE_NOOP("EasyRead", "{hour} o'clock at night"),
    "morning": QT_TRANSLATE_NOOP("EasyRead", "{hour} o'clock in the morning"),
    "afternoon": QT_TRANSLATE_NOOP("EasyRead", "{hour} o'clock in the afternoon"),
    "evening": QT_TRANSLATE_NOOP("EasyRead", "{hour} o'clock in the evening"),
}
_PAST_THE_HOUR = {
    "night": QT_TRANSLATE_NOOP("EasyRead", "{hour}:{minute} at night"),
    "morning": QT_TRANSLATE_NOOP("EasyRead", "{hour}:{minute} in the morning"),
    "afternoon": QT_TRANSLATE_NOOP("EasyRead", "{hour}:{minute} in the afternoon"),
    "evening": QT_TRANSLATE_NOOP("EasyRead", "{hour}:{minute} in the evening"),
}


def time_in_words(t: time | datetime, language: str = "en") -> str:
    """ "10 o'clock in the morning", "2:30 in the afternoon", "12 o'clock midday"."""
    if isinstance(t, datetime):
        t = t.time()
    if t.hour == 12 and t.minute == 0:
        return say(language, QT_TRANSLATE_NOOP("EasyRead", "12 o'clock midday"))
    if t.hour == 0 and t.minute == 0:
        return say(language, QT_TRANSLATE_NOOP("EasyRead", "12 o'clock midnight"))
    hour12 = t.hour % 12 or 12
    part = part_of_day(t)
    if t.minute == 0:
        return say(language, _ON_THE_HOUR[part], hour=hour12)
    return say(language, _PAST_THE_HOUR[part], hour=hour12, minute=f"{t.minute:02d}")


def list_in_words(items: Sequence[str], language: str = "en") -> str:
    """ "A", "A and B", "A, B and C"."""
    items = [i.strip() for i in items if i and i.strip()]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return say(language, QT_TRANSLATE_NOOP("EasyRead", "{items} and {last}"),
               items=", ".join(items[:-1]), last=items[-1])
