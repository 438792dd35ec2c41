"""The risk assessment and crisis plan as an A4 PDF: who to call first, then what helps,
what to avoid, the early signs and triggers, and the risks (the handover summary's look)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from keyworker_desktop.reports.handover_data import Contact
from keyworker_desktop.reports.handover_pdf import (
    FONT,
    INK,
    MARGIN,
    _Builder,
    _register_fonts,
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


def build_crisis_plan_pdf(plan: CrisisPlan) -> bytes:
    """The plan as PDF bytes (A4 portrait)."""
    _register_fonts()
    out = io.BytesIO()
    footer = (f"Risk and crisis plan for {plan.name}. Printed on "
              f"{plan.prepared_on.strftime('%-d %b %Y')} by {plan.prepared_by}.")

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, A4[1] - MARGIN + 6 * mm,
                          "OFFICIAL-SENSITIVE: personal information. Keep it safe; destroy it "
                          "when no longer needed.")
        canvas.drawString(MARGIN, MARGIN - 9 * mm, footer)
        canvas.drawRightString(A4[0] - MARGIN, MARGIN - 9 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=f"Risk and crisis plan: {plan.name}",
                            author=plan.prepared_by, subject="Risk assessment and crisis plan")
    b = _Builder(A4[0] - 2 * MARGIN)
    b.story.append(b.para(plan.name, "title"))
    b.story.append(b.para(f"Risk assessment and crisis plan. Assessed {plan.assessed_on}; "
                          f"review due {plan.review_on}.", "subtitle"))
    if plan.review_overdue:
        b.warning("This plan's review is overdue: check it is still right before relying on it.")
    b.contacts("Who to call", plan.who_to_call, "Nobody recorded.")
    b.text_block("What helps", plan.what_helps, "Nothing recorded.")
    b.text_block("What to avoid", plan.what_to_avoid, "Nothing recorded.")
    b.text_block("Early signs", plan.early_signs, "Nothing recorded.")
    b.text_block("Triggers", plan.triggers, "Nothing recorded.")
    b.text_block("Risks", plan.risks, "Nothing recorded.")
    doc.build(b.story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
