"""The service report as an A4 PDF: each part a small table, the rating mix as bars.

Built from the report's data (``ServiceReport.as_dict`` or the counts-only
``suppressed`` copy), so the PDF shows exactly what the CSV and JSON hold. Fonts and
table style follow the handover summary's.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Spacer

from keyworker_desktop.reports.handover_pdf import (
    FONT,
    INK,
    MARGIN,
    _Builder,
    _register_fonts,
)

RAG_FILL = {"red": "#c62828", "amber": "#ef8f00", "green": "#2e7d32", "blue": "#1565c0"}
RAG_LABEL = {"red": "Red", "amber": "Amber", "green": "Green", "blue": "Blue (inpatient)"}


def _value(value: Any) -> str:
    return "—" if value is None else str(value)


def _pence(value: Any) -> str:
    return f"£{value / 100:,.2f}" if isinstance(value, int) else _value(value)


def _bars(counts: dict[str, Any], width: float) -> Drawing:
    """The rating mix as horizontal bars, each labelled with its rating and count."""
    numbers = {k: v if isinstance(v, int) else 0 for k, v in counts.items()}
    top = max(numbers.values(), default=0) or 1
    row, label_w = 18, 110
    drawing = Drawing(width, row * len(counts) + 4)
    for i, (rating, shown) in enumerate(counts.items()):
        y = drawing.height - (i + 1) * row
        drawing.add(String(0, y + 5, RAG_LABEL.get(rating, rating), fontName=FONT,
                           fontSize=9.5, fillColor=INK))
        bar = (width - label_w - 50) * numbers[rating] / top
        drawing.add(Rect(label_w, y + 2, max(bar, 0.5), row - 6, strokeColor=None,
                         fillColor=colors.HexColor(RAG_FILL.get(rating, "#777777"))))
        drawing.add(String(label_w + bar + 6, y + 5, str(shown), fontName=FONT, fontSize=9.5,
                           fillColor=INK))
    return drawing


def build_report_pdf(data: dict[str, Any], prepared_on: date, prepared_by: str) -> bytes:
    """The report (``as_dict`` or ``suppressed``) as PDF bytes (A4 portrait)."""
    _register_fonts()
    out = io.BytesIO()
    regional = "suppressed_below" in data
    period = f"{data['period']['from']} to {data['period']['to']}"
    footer = (f"Service report {period}. Prepared on {prepared_on.strftime('%-d %b %Y')} "
              f"by {prepared_by}.")

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(INK)
        top = A4[1] - MARGIN + 6 * 2.835
        canvas.drawString(MARGIN, top, "Counts only: no names of young people." if regional
                          else "OFFICIAL-SENSITIVE: keep it safe; destroy it when no longer "
                               "needed.")
        canvas.drawString(MARGIN, MARGIN - 25, footer)
        canvas.drawRightString(A4[0] - MARGIN, MARGIN - 25, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=f"Service report {period}", author=prepared_by,
                            subject="Keyworking Service report")
    b = _Builder(A4[0] - 2 * MARGIN)
    b.story.append(b.para("Keyworking Service report", "title"))
    b.story.append(b.para(f"{period}, both days included."
                          + (f" Counts from 1 to {data['suppressed_below'] - 1} are shown as "
                             f"\"<{data['suppressed_below']}\"." if regional else ""),
                          "subtitle"))
    b.heading("Ratings at the end of the period", _bars(data["rag_at_end"], b.width))
    b.story.append(Spacer(1, 4))
    b.pairs("The register", [
        ("Young people held", _value(data["young_people"])),
        ("On the register at the end", _value(data["open_at_end"])),
        ("Referrals received", _value(data["referrals"])),
        ("Accepted", _value(data["accepted"])),
        ("Declined", _value(data["declined"])),
        ("Median days from referral to keyworker",
         _value(data["median_days_referral_to_allocation"])),
        ("Inpatients (blue) at the end", _value(data["inpatients_at_end"])),
        ("Involvement closed", _value(data["closed"])),
        ("Consents withdrawn", _value(data["consents_withdrawn"])),
    ], "Nothing recorded.")
    b.pairs("Movements between ratings", [
        (f"{RAG_LABEL.get(m['from'], m['from'])} to {RAG_LABEL.get(m['to'], m['to'])}",
         _value(m["count"])) for m in data["rag_movements"]], "No rating changed.")
    b.pairs("C(E)TRs and their actions", [("C(E)TRs held", _value(data["cetrs_held"]))] + [
        (a["agency"] or "No agency recorded",
         f"{a['open']} open, {a['done']} done, {a['overdue']} overdue")
        for a in data["cetr_actions"]], "")
    b.pairs("Escalations by level", [
        (e["level"].replace("_", " ").capitalize(),
         f"{e['raised']} raised, {e['resolved']} resolved") for e in data["escalations"]],
        "No escalation raised or resolved.")
    budget, goals = data["budget"], data["goals"]
    b.pairs("Personal budget and goals", [
        ("Spent", _pence(budget["spent_pence"])),
        ("Young people it was spent on", _value(budget["young_people"])),
        ("Spent per young person", _pence(budget["mean_per_young_person_pence"])),
        ("Goals rated", _value(goals["rated"])),
        ("Goals whose rating went up", _value(goals["improved"])),
    ], "")
    caseloads = data["caseloads"]
    rows = [("Limit (families per keyworker)", _value(caseloads["limit"])),
            ("Keyworkers over the limit", _value(caseloads["keyworkers_over_limit"]))]
    if isinstance(caseloads["keyworkers"], list):
        rows += [(c["keyworker"], f"{c['families']} "
                  f"{'family' if c['families'] == 1 else 'families'} ({c['young_people']} "
                  f"young {'person' if c['young_people'] == 1 else 'people'})")
                 for c in caseloads["keyworkers"]]
    else:
        rows.append(("Keyworkers", _value(caseloads["keyworkers"])))
    b.pairs("Keyworker caseloads", rows, "")
    doc.build(b.story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
