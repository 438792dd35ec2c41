"""Dates in the reader's language (domain/dates.py), and typed in it (domain/typed_dates.py),
with the Welsh names the app ships (translations/keyworker_cy.ts, context "Dates")."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from keyworker_desktop.domain import i18n
from keyworker_desktop.domain.dates import (
    DAYS_LONG,
    DAYS_SHORT,
    MONTHS_LONG,
    MONTHS_SHORT,
    format_date,
    format_datetime,
)
from keyworker_desktop.domain.typed_dates import parse_date, parse_datetime

TS = Path(__file__).resolve().parents[2] / "translations" / "keyworker_cy.ts"
TODAY = date(2026, 12, 5)  # a Saturday


def shipped_welsh() -> dict[tuple[str, str], str]:
    """The finished Welsh translations of the "Dates" context, as shipped."""
    out = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != "Dates":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                out[("Dates", message.findtext("source") or "")] = translation.text
    return out


def _wording(table: dict[tuple[str, str], str]) -> i18n.Translator:
    return lambda context, text, dis=None, n=-1: table.get((context, text), text)


@pytest.fixture
def welsh_interface() -> Iterator[None]:
    i18n.set_translator(_wording(shipped_welsh()))
    yield
    i18n.set_translator(None)


@pytest.fixture
def welsh_documents() -> Iterator[None]:
    i18n.register_language("cy", _wording(shipped_welsh()))
    yield
    i18n.register_language("cy", None)


def test_every_name_is_translated_into_welsh() -> None:
    welsh = shipped_welsh()
    for name in (*MONTHS_SHORT, *MONTHS_LONG, *DAYS_SHORT, *DAYS_LONG):
        assert ("Dates", name) in welsh, name


def test_english_patterns() -> None:
    at = datetime(2026, 12, 5, 9, 5)
    assert format_date(at.date()) == "5 Dec 2026"
    assert format_date(at.date(), "ddd d MMM yyyy") == "Sat 5 Dec 2026"
    assert format_date(at.date(), "dddd d MMMM") == "Saturday 5 December"
    assert format_date(date(2026, 3, 4), "dd/MM/yy") == "04/03/26"
    assert format_datetime(at) == "5 Dec 2026, 09:05"
    assert format_date(None) == "" and format_datetime(None) == ""


def test_welsh_interface(welsh_interface: None) -> None:
    assert format_date(TODAY, "ddd d MMM yyyy") == "Sad 5 Rhag 2026"
    assert format_date(TODAY, "dddd d MMMM yyyy") == "Dydd Sadwrn 5 Rhagfyr 2026"
    assert format_datetime(datetime(2027, 2, 1, 14, 30)) == "1 Chwef 2027, 14:30"


def test_a_document_in_welsh_from_an_english_interface(welsh_documents: None) -> None:
    assert format_date(TODAY, "d MMMM yyyy", "cy") == "5 Rhagfyr 2026"
    assert format_date(TODAY, "d MMMM yyyy") == "5 December 2026"
    assert format_date(TODAY, "d MMMM yyyy", "en") == "5 December 2026"


@pytest.mark.parametrize(("typed", "meant"), [
    ("5 Rhag 2026", date(2026, 12, 5)),
    ("5 Rhagfyr 2026", date(2026, 12, 5)),
    ("5 rhagfyr", date(2026, 12, 5)),
    ("1 Ionawr", date(2027, 1, 1)),
    ("3 Maw 2027", date(2027, 3, 3)),       # "Maw": March here, not Tuesday
    ("Dydd Llun 7 Rhag", date(2026, 12, 7)),
    ("dydd llun", date(2026, 12, 7)),
    ("Sul", date(2026, 12, 6)),
    ("5 Dec 2026", date(2026, 12, 5)),      # English is always understood
    ("Monday 7 December", date(2026, 12, 7)),
])
def test_welsh_names_are_typed_when_the_interface_is_welsh(
        welsh_interface: None, typed: str, meant: date) -> None:
    assert parse_date(typed, TODAY) == meant


def test_a_welsh_date_and_time(welsh_interface: None) -> None:
    assert parse_datetime("5 Rhag 2026 14:30", datetime(2026, 12, 5, 9), TODAY) == (
        datetime(2026, 12, 5, 14, 30))


def test_welsh_names_mean_nothing_to_an_english_interface() -> None:
    assert parse_date("5 Rhag 2026", TODAY) is None
    assert parse_date("5 Dec 2026", TODAY) == date(2026, 12, 5)
