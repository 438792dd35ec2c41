"""Dates, times and lists written the easy-read way: "Tuesday 3 March",
"10 o'clock in the morning", "Mum, Priya and Dr Shah"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

# Fixed English names: the printed plan must not change with the laptop's locale.
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def date_in_words(day: date, today: date | None = None) -> str:
    """ "Tuesday 3 March"; the year is added when it is not ``today``'s year."""
    text = f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    if today is not None and day.year != today.year:
        text += f" {day.year}"
    return text


def part_of_day(t: time) -> str:
    """ "morning" (before 12), "afternoon" (12 to 6pm), "evening" (6pm to midnight),
    "night" (midnight to 5am)."""
    if t.hour < 5:
        return "night"
    if t.hour < 12:
        return "morning"
    if t.hour < 18:
        return "afternoon"
    return "evening"


def time_in_words(t: time | datetime) -> str:
    """ "10 o'clock in the morning", "2:30 in the afternoon", "12 o'clock midday"."""
    if isinstance(t, datetime):
        t = t.time()
    if t.hour == 12 and t.minute == 0:
        return "12 o'clock midday"
    if t.hour == 0 and t.minute == 0:
        return "12 o'clock midnight"
    hour12 = t.hour % 12 or 12
    clock = f"{hour12} o'clock" if t.minute == 0 else f"{hour12}:{t.minute:02d}"
    part = part_of_day(t)
    return f"{clock} at night" if part == "night" else f"{clock} in the {part}"


def list_in_words(items: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    items = [i.strip() for i in items if i and i.strip()]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]
