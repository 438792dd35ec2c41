"""The risk assessment and crisis plan as an A4 PDF: who to call first, then what helps,
what to avoid, the early signs and triggers, and the risks (the handover summary's look)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, words_in
from keyworker_desktop.reports.handover_data import Contact
from keyworker_desktop.reports.handover_pdf import (
    MARGIN,
    NOTHING_RECORDED,
    _Builder,
    _register_fonts,
    sensitive_page,
)


@dataclass(frozen=True)
class CrisisPlan:
    """A crisis plan in words, ready to print (no database)."""

    name: str
    assessed_on: str  # already words: "3 Mar 2025" or "Not recorded"
    review_on: str
    review_overdue: bool
    who_to_call: tuple[Contact, ...]
    risks: str
    triggers: str
    early_signs: str
    what_helps: str
    what_to_avoid: str
    prepared_on: date
    prepared_by: str


def build_crisis_plan_pdf(plan: CrisisPlan, language: str | None = None) -> bytes:
    """The plan as PDF bytes (A4 portrait); its own words in ``language`` ("en", "cy";
    ``None``: the interface's), as it may be printed for the family."""
    _register_fonts()
    out = io.BytesIO()

    def say(text: str, **params: object) -> str:
        return words_in(language, "Reports", text, **params)

    footer = say(QT_TRANSLATE_NOOP(
        "Reports", "Risk and crisis plan for {name}. Printed on {date} by {by}."),
        name=plan.name, date=format_date(plan.prepared_on, "d MMM yyyy", language),
        by=plan.prepared_by)

    on_page = sensitive_page(say, footer)

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=say(QT_TRANSLATE_NOOP("Reports", "Risk and crisis plan: {name}"),
                                      name=plan.name),
                            author=plan.prepared_by,
                            subject=say(QT_TRANSLATE_NOOP("Reports",
                                                          "Risk assessment and crisis plan")))
    b = _Builder(A4[0] - 2 * MARGIN, language)
    b.story.append(b.para(plan.name, "title"))
    b.story.append(b.para(say(QT_TRANSLATE_NOOP(
        "Reports", "Risk assessment and crisis plan. Assessed {assessed}; review due {review}."),
        assessed=plan.assessed_on, review=plan.review_on), "subtitle"))
    if plan.review_overdue:
        b.warning(say(QT_TRANSLATE_NOOP(
            "Reports", "This plan's review is overdue: check it is still right before relying "
            "on it.")))
    b.contacts(QT_TRANSLATE_NOOP("Reports", "Who to call"), plan.who_to_call,
               QT_TRANSLATE_NOOP("Reports", "Nobody recorded."))
    b.text_block(QT_TRANSLATE_NOOP("Reports", "What helps"), plan.what_helps, NOTHING_RECORDED)
    b.text_block(QT_TRANSLATE_NOOP("Reports", "What to avoid"), plan.what_to_avoid,
                 NOTHING_RECORDED)
    b.text_block(QT_TRANSLATE_NOOP("Reports", "Early signs"), plan.early_signs,
                 NOTHING_RECORDED)
    b.text_block(QT_TRANSLATE_NOOP("Reports", "Triggers"), plan.triggers, NOTHING_RECORDED)
    b.text_block(QT_TRANSLATE_NOOP("Reports", "Risks"), plan.risks, NOTHING_RECORDED)
    doc.build(b.story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
