"""The risk and crisis plan, which may be printed for the family, in the language asked for."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from keyworker_desktop.domain import i18n
from keyworker_desktop.reports.crisis_plan_pdf import CrisisPlan, build_crisis_plan_pdf
from keyworker_desktop.reports.handover_data import Contact

PLAN = CrisisPlan(name="Sam Okafor", assessed_on="3 Mar 2026", review_on="3 Jun 2026",
                  review_overdue=True, who_to_call=(Contact("Priya", "Keyworker", "0123"),),
                  risks="", triggers="Loud noise", early_signs="", what_helps="Quiet room",
                  what_to_avoid="", prepared_on=date(2026, 3, 4), prepared_by="Alex")


@pytest.fixture
def welsh() -> Iterator[None]:
    i18n.register_language("cy", lambda c, t, d=None, n=-1: f"CY {t}" if c == "Reports" else "")
    yield
    i18n.register_language("cy", None)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(pdf)).pages)


def test_the_crisis_plan_in_welsh(welsh: None) -> None:
    text = _text(build_crisis_plan_pdf(PLAN, language="cy"))
    assert "CY What helps" in text and "CY Who to call" in text
    assert "CY Nothing recorded." in text  # the empty sections
    assert "CY Page 1" in text
    assert "Quiet room" in text and "Loud noise" in text  # the record's words as written


def test_the_crisis_plan_in_english_by_default(welsh: None) -> None:
    text = _text(build_crisis_plan_pdf(PLAN))
    assert "What helps" in text and "CY" not in text
    assert "review is overdue" in text
