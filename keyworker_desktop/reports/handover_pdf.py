"""The handover summary as an A4 PDF: what the next keyworker needs, on a few pages.

Embedded Bitstream Vera Sans (shipped with ReportLab), 10.5 pt body text, headings for
each part, contacts in a table. Every page says whose summary it is, that it holds
personal data, and when and by whom it was prepared. Without the family's permission
to hand over, the first page says in a box not to share it.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, words_in
from keyworker_desktop.reports.handover_data import Contact, HandoverSummary, Line

FONT = "ReportSans"
FONT_BOLD = "ReportSans-Bold"
MARGIN = 18 * mm
INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#8a8a8a")
SHADE = colors.HexColor("#eef1f4")
WARN_FILL = colors.HexColor("#fff3cd")
WARN_EDGE = colors.HexColor("#8a6d00")
# Room a heading needs below it to start a part on this page (else the part starts the next).
KEEP_WITH_HEADING = 35 * mm


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    fonts = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    pdfmetrics.registerFont(TTFont(FONT, os.path.join(fonts, "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, os.path.join(fonts, "VeraBd.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14.5, textColor=INK,
                          spaceAfter=3)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=20,
                                leading=25, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=12, leading=16,
                                   spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=13.5, leading=18,
                             spaceBefore=10, spaceAfter=4),
        "label": ParagraphStyle("label", parent=body, fontName=FONT_BOLD),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0),
        "cellhead": ParagraphStyle("cellhead", parent=body, fontName=FONT_BOLD, fontSize=9.5,
                                   leading=12.5, spaceAfter=0),
        "warn": ParagraphStyle("warn", parent=body, fontName=FONT_BOLD, spaceAfter=0),
    }


def _text(value: str) -> str:
    """Text as a Paragraph reads it: markup characters escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in value.strip().splitlines())


class _Builder:
    """Titles and "nothing recorded" lines given to its methods are marked texts of the
    "Reports" context, worded in ``language``; record text is shown as written."""

    def __init__(self, width: float, language: str | None = None) -> None:
        self.styles = _styles()
        self.width = width
        self.language = language
        self.story: list[Flowable] = []

    def say(self, text: str) -> str:
        return words_in(self.language, "Reports", text)

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(_text(text), self.styles[style])

    def heading(self, text: str, first: Flowable) -> None:
        # A heading never ends a page alone, yet a long table may still split over pages.
        self.story += [CondPageBreak(KEEP_WITH_HEADING), self.para(self.say(text), "h2"),
                       first]

    def pairs(self, title: str, rows: Sequence[tuple[str, str]], empty: str) -> None:
        shown = [(k, v) for k, v in rows if v.strip()]
        if not shown:
            self.heading(title, self.para(self.say(empty)))
            return
        table = self._table([[self.para(k, "label"), self.para(v)] for k, v in shown],
                            [0.3 * self.width, 0.7 * self.width], header=False)
        self.heading(title, table)

    def lines(self, title: str, rows: Sequence[Line], empty: str) -> None:
        if not rows:
            self.heading(title, self.para(self.say(empty)))
            return
        table = self._table([[self.para(r.when, "cell"), self.para(r.text, "cell")]
                             for r in rows], [0.25 * self.width, 0.75 * self.width],
                            header=False)
        self.heading(title, table)

    def contacts(self, title: str, people: Sequence[Contact], empty: str) -> None:
        if not people:
            self.heading(title, self.para(self.say(empty)))
            return
        head = [self.para(self.say(h), "cellhead") for h in (
            QT_TRANSLATE_NOOP("Reports", "Name"), QT_TRANSLATE_NOOP("Reports", "Who they are"),
            QT_TRANSLATE_NOOP("Reports", "Phone and email"))]
        rows = [head] + [[
            self.para(p.name, "cell"),
            self.para("\n".join(filter(None, [p.role, p.note])), "cell"),
            self.para("\n".join(filter(None, [p.phone, p.email])), "cell"),
        ] for p in people]
        widths = [0.22, 0.44, 0.34]
        self.heading(title, self._table(rows, [w * self.width for w in widths], header=True))

    def text_block(self, title: str, text: str, empty: str) -> None:
        self.heading(title, self.para(text if text.strip() else self.say(empty)))

    def _table(self, rows: list[list[Flowable]], widths: list[float], *,
               header: bool) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                 ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
        table.setStyle(TableStyle(style))
        return table

    def warning(self, text: str) -> None:
        box = Table([[self.para(text, "warn")]], colWidths=[self.width])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), WARN_FILL),
                                 ("BOX", (0, 0), (-1, -1), 1.5, WARN_EDGE),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                 ("TOPPADDING", (0, 0), (-1, -1), 6),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
        self.story += [box, Spacer(1, 6)]


NOTHING_RECORDED = QT_TRANSLATE_NOOP("Reports", "Nothing recorded.")
SENSITIVE = QT_TRANSLATE_NOOP("Reports", "OFFICIAL-SENSITIVE: personal information. Keep it "
                                         "safe; destroy it when no longer needed.")


def sensitive_page(say: Callable[..., str],
                   footer: str) -> Callable[[Canvas, SimpleDocTemplate], None]:
    """Every page of a printed record: the OFFICIAL-SENSITIVE line at the top, ``footer`` and
    the page number at the bottom (``say`` words them in the document's language)."""
    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, A4[1] - MARGIN + 6 * mm, say(SENSITIVE))
        canvas.drawString(MARGIN, MARGIN - 9 * mm, footer)
        canvas.drawRightString(A4[0] - MARGIN, MARGIN - 9 * mm,
                               say(QT_TRANSLATE_NOOP("Reports", "Page {page}"), page=doc.page))
        canvas.restoreState()

    return on_page


def build_handover_pdf(summary: HandoverSummary, language: str | None = None) -> bytes:
    """The summary as PDF bytes (A4 portrait); its own words in ``language`` ("en", "cy";
    ``None``: the interface's)."""
    _register_fonts()
    out = io.BytesIO()

    def say(text: str, **params: object) -> str:
        return words_in(language, "Reports", text, **params)

    footer = say(QT_TRANSLATE_NOOP(
        "Reports", "Handover summary for {name}. Prepared on {date} by {by}."),
        name=summary.name, date=format_date(summary.prepared_on, "d MMM yyyy", language),
        by=summary.prepared_by)

    on_page = sensitive_page(say, footer)

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=say(QT_TRANSLATE_NOOP("Reports", "Handover summary: {name}"),
                                      name=summary.name),
                            author=summary.prepared_by,
                            subject=say(QT_TRANSLATE_NOOP("Reports", "Keyworker handover summary")))
    b = _Builder(A4[0] - 2 * MARGIN, language)
    b.story.append(b.para(summary.name, "title"))
    known = (say(QT_TRANSLATE_NOOP("Reports", "Known as {name}."), name=summary.known_as) + " "
             if summary.known_as and summary.known_as != summary.name.split(" ")[0] else "")
    b.story.append(b.para(known + say(QT_TRANSLATE_NOOP(
        "Reports", "Handover summary for the next keyworker.")), "subtitle"))
    if not summary.permission_given:
        b.warning(say(QT_TRANSLATE_NOOP(
            "Reports", "The family's permission to hand over is not recorded. Do not share "
            "this summary with anyone outside the service until it is.")))
    # Titles and "nothing" lines are marked here and worded by the builder.
    b.pairs(QT_TRANSLATE_NOOP("Reports", "Who they are"), summary.facts, NOTHING_RECORDED)
    b.text_block(QT_TRANSLATE_NOOP("Reports", "How to communicate with them"),
                 summary.communication, NOTHING_RECORDED)
    b.pairs(QT_TRANSLATE_NOOP("Reports", "What matters to them"), summary.about,
            NOTHING_RECORDED)
    b.contacts(QT_TRANSLATE_NOOP("Reports", "Family"), summary.family,
               QT_TRANSLATE_NOOP("Reports", "No family recorded."))
    b.contacts(QT_TRANSLATE_NOOP("Reports", "Network of professionals"), summary.network,
               QT_TRANSLATE_NOOP("Reports", "No professionals recorded."))
    b.pairs(QT_TRANSLATE_NOOP("Reports", "Where things stand"), summary.status,
            NOTHING_RECORDED)
    b.lines(QT_TRANSLATE_NOOP("Reports", "Consents in force"), summary.consents,
            QT_TRANSLATE_NOOP("Reports", "No consent in force is recorded."))
    b.pairs(QT_TRANSLATE_NOOP("Reports", "Risks"), summary.risks,
            QT_TRANSLATE_NOOP("Reports", "No risks recorded."))
    b.lines(QT_TRANSLATE_NOOP("Reports", "Open actions"), summary.open_actions,
            QT_TRANSLATE_NOOP("Reports", "No open actions."))
    b.lines(QT_TRANSLATE_NOOP("Reports", "Coming up: meetings and visits"), summary.coming_up,
            QT_TRANSLATE_NOOP("Reports", "Nothing planned."))
    b.text_block(QT_TRANSLATE_NOOP("Reports", "Step-down plan"), summary.step_down_plan,
                 QT_TRANSLATE_NOOP("Reports", "No step-down plan recorded."))
    b.pairs(QT_TRANSLATE_NOOP("Reports", "Handover"), summary.handover,
            QT_TRANSLATE_NOOP("Reports", "No handover recorded."))
    doc.build(b.story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
