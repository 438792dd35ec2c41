"""An easy-read plan worded in the language chosen for it (Welsh from an English laptop),
and long Welsh words kept on the paper."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from keyworker_desktop.domain import i18n
from keyworker_desktop.easyread.documents import ALL_PAGES, build_plan_pdf
from keyworker_desktop.easyread.layout import Style, text_width
from keyworker_desktop.easyread.plan_data import PlanData, PlanLine
from keyworker_desktop.easyread.sample import sample_plan
from tests.easyread.pdfinspect import reader, runs

PRINTED = date(2026, 3, 2)
LONG_WORD = "Gwasanaethaucymdeithasolplantapherson"  # wider than an A5 large-print column


def _welsh(context: str, text: str, dis: str | None = None, n: int = -1) -> str:
    """A fake Welsh catalogue: every easy-read text comes back marked, placeholders kept."""
    return f"CY {text}" if context in ("EasyRead", "Dates") else ""


@pytest.fixture
def welsh() -> Iterator[None]:
    i18n.register_language("cy", _welsh)
    yield
    i18n.register_language("cy", None)


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in reader(pdf).pages)


def test_a_plan_printed_in_welsh_words_its_own_text_in_welsh(welsh: None) -> None:
    plan = sample_plan(PRINTED)
    text = _text(build_plan_pdf(plan, pages=ALL_PAGES, language="cy"))
    assert "CY Sam's plan" in text  # the title, the young person's name filled in
    assert "CY What we agreed" in text
    assert "CY Page 1 of" in text
    assert "CY Made on CY 2 CY March 2026" in " ".join(text.split())
    # The record's own words are printed as written.
    assert plan.agreed[0].text in " ".join(text.split())
    assert "What we agreed" not in text.replace("CY What we agreed", "")


def test_english_is_unchanged_and_an_unknown_language_falls_back(welsh: None) -> None:
    plan = sample_plan(PRINTED)
    english = _text(build_plan_pdf(plan))
    assert "CY" not in english
    assert "What we agreed" in english
    assert _text(build_plan_pdf(plan, language="fr")) == english


def test_the_interface_language_does_not_word_the_plan() -> None:
    i18n.set_translator(lambda c, t, d=None, n=-1: f"UI {t}")
    try:
        text = _text(build_plan_pdf(sample_plan(PRINTED)))
    finally:
        i18n.set_translator(None)
    assert "UI " not in text


def _long_word_plan() -> PlanData:
    return replace(sample_plan(PRINTED),
                   agreed=[PlanLine(f"{LONG_WORD} will help."), PlanLine(LONG_WORD * 2)])


@pytest.mark.parametrize(("page_size", "large_print"), [("A5", True), ("A4", True)])
def test_long_welsh_words_stay_inside_the_margins(welsh: None, page_size: str,
                                                  large_print: bool) -> None:
    pdf = build_plan_pdf(_long_word_plan(), pages=("my-plan",), page_size=page_size,
                         large_print=large_print, language="cy")
    right_edge = None
    for page in reader(pdf).pages:
        right_edge = float(page.mediabox.width) - Style.make(page_size, large_print).margin
        for r in runs(page):
            assert r.x + text_width(r.text, "Bold" in r.font, r.size) <= right_edge + 0.5, r.text
    assert right_edge is not None
    flat = "".join(_text(pdf).replace("-\n", "").split())
    assert LONG_WORD * 2 in flat  # hyphenated across lines, every letter kept
