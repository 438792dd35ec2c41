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

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from keyworker_desktop.domain.vocab import EscalationLevel, Rag
from keyworker_desktop.reports.handover_pdf import (
    FONT,
    INK,
    MARGIN,
    _Builder,
    _register_fonts,
)

RAG_FILL = {"red": "#c62828", "amber": "#ef8f00", "green": "#2e7d32", "blue": "#1565c0"}
# The ratings as the vocabulary words them (translated when read).
RAG_LABEL = {r.value: r for r in Rag}


def _rag(code: str) -> str:
    return RAG_LABEL[code].label if code in RAG_LABEL else code


def _families(n: int) -> str:
    # "1" apart, as English needs (lupdate gives translate() outside a class no plurals).
    return (translate("Reports", "1 family") if n == 1
            else translate("Reports", "{count} families").format(count=n))


def _young_people(n: int) -> str:
    return (translate("Reports", "1 young person") if n == 1
            else translate("Reports", "{count} young people").format(count=n))


def _value(value: Any) -> str:
    return "—" if value is None else str(value)


def _day(iso: str) -> str:
    return format_date(date.fromisoformat(iso), "d MMM yyyy")


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
        drawing.add(String(0, y + 5, _rag(rating), fontName=FONT,
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
    period = translate("Reports", "{start} to {end}").format(
        start=data["period"]["from"], end=data["period"]["to"])
    footer = translate("Reports", "Service report {period}. Prepared on {date} by {by}.").format(
        period=period, date=format_date(prepared_on, "d MMM yyyy"), by=prepared_by)

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(INK)
        top = A4[1] - MARGIN + 6 * 2.835
        canvas.drawString(MARGIN, top, translate(
            "Reports", "Counts only: no names of young people.") if regional else translate(
            "Reports", "OFFICIAL-SENSITIVE: keep it safe; destroy it when no longer needed."))
        canvas.drawString(MARGIN, MARGIN - 25, footer)
        canvas.drawRightString(A4[0] - MARGIN, MARGIN - 25,
                               translate("Reports", "Page {page}").format(page=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=translate("Reports", "Service report {period}").format(
                                period=period), author=prepared_by,
                            subject=translate("Reports", "Keyworking Service report"))
    b = _Builder(A4[0] - 2 * MARGIN)
    b.story.append(b.para(translate("Reports", "Keyworking Service report"), "title"))
    suppressed = (" " + translate(
        "Reports", "Counts from 1 to {highest} are shown as \"<{below}\".").format(
        highest=data["suppressed_below"] - 1, below=data["suppressed_below"])
        if regional else "")
    b.story.append(b.para(translate("Reports", "{period}, both days included.").format(
        period=period) + suppressed, "subtitle"))
    b.heading(QT_TRANSLATE_NOOP("Reports", "Ratings at the end of the period"),
              _bars(data["rag_at_end"], b.width))
    b.story.append(Spacer(1, 4))
    b.pairs(QT_TRANSLATE_NOOP("Reports", "The register"), [
        (translate("Reports", "Young people held"), _value(data["young_people"])),
        (translate("Reports", "On the register at the end"), _value(data["open_at_end"])),
        (translate("Reports", "Referrals received"), _value(data["referrals"])),
        (translate("Reports", "Accepted"), _value(data["accepted"])),
        (translate("Reports", "Declined"), _value(data["declined"])),
        (translate("Reports", "Median days from referral to keyworker"),
         _value(data["median_days_referral_to_allocation"])),
        (translate("Reports", "Inpatients (blue) at the end"), _value(data["inpatients_at_end"])),
        (translate("Reports", "Involvement closed"), _value(data["closed"])),
        (translate("Reports", "Consents withdrawn"), _value(data["consents_withdrawn"])),
    ], QT_TRANSLATE_NOOP("Reports", "Nothing recorded."))
    b.pairs(QT_TRANSLATE_NOOP("Reports", "Movements between ratings"), [
        (translate("Reports", "{start} to {end}").format(
            start=_rag(m["from"]), end=_rag(m["to"])),
         _value(m["count"])) for m in data["rag_movements"]],
        QT_TRANSLATE_NOOP("Reports", "No rating changed."))
    b.pairs(QT_TRANSLATE_NOOP("Reports", "C(E)TRs and their actions"), [
        (translate("Reports", "C(E)TRs held"), _value(data["cetrs_held"]))] + [
        (a["agency"] or translate("Reports", "No agency recorded"),
         translate("Reports", "{open} open, {done} done, {overdue} overdue").format(
             open=a["open"], done=a["done"], overdue=a["overdue"]))
        for a in data["cetr_actions"]], "")
    series = data["actions_overdue_over_time"]
    b.pairs(QT_TRANSLATE_NOOP("Reports", "Actions overdue over time"), [
        (_day(p["on"]), _value(p["overdue"])) for p in series["points"]] + [
        (translate("Reports", "Left out: done on a day not recorded"),
         _value(series["excluded_done_day_unknown"])),
        (translate("Reports", "Left out: cancelled"), _value(series["excluded_cancelled"]))],
        "")
    b.pairs(QT_TRANSLATE_NOOP("Reports", "Escalations by level"), [
        (EscalationLevel(e["level"]).label if e["level"] in set(EscalationLevel)
         else e["level"].replace("_", " ").capitalize(),
         translate("Reports", "{raised} raised, {resolved} resolved").format(
             raised=e["raised"], resolved=e["resolved"])) for e in data["escalations"]],
        QT_TRANSLATE_NOOP("Reports", "No escalation raised or resolved."))
    budget, goals = data["budget"], data["goals"]
    b.pairs(QT_TRANSLATE_NOOP("Reports", "Personal budget and goals"), [
        (translate("Reports", "Spent"), _pence(budget["spent_pence"])),
        (translate("Reports", "Young people it was spent on"), _value(budget["young_people"])),
        (translate("Reports", "Spent per young person"),
         _pence(budget["mean_per_young_person_pence"])),
        (translate("Reports", "Goals rated"), _value(goals["rated"])),
        (translate("Reports", "Goals whose rating went up"), _value(goals["improved"])),
    ], "")
    caseloads = data["caseloads"]
    rows = [(translate("Reports", "Limit (families per keyworker)"), _value(caseloads["limit"])),
            (translate("Reports", "Keyworkers over the limit"),
             _value(caseloads["keyworkers_over_limit"]))]
    if isinstance(caseloads["keyworkers"], list):
        rows += [(c["keyworker"], translate("Reports", "{families} ({young_people})").format(
            families=_families(c["families"]), young_people=_young_people(c["young_people"])))
                 for c in caseloads["keyworkers"]]
    else:
        rows.append((translate("Reports", "Keyworkers"), _value(caseloads["keyworkers"])))
    b.pairs(QT_TRANSLATE_NOOP("Reports", "Keyworker caseloads"), rows, "")
    doc.build(b.story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
