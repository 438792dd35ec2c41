"""A plain, readable PDF of a record: a title, then sections of short lines.

Used for the subject access request export (``services.subject_access``); any summary
made of headed lists can use it. Text is the embedded Vera face the easy-read pages use,
so what prints is what was meant.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.easyread.layout import FONT, FONT_BOLD, register_fonts


@dataclass(frozen=True)
class Entry:
    """One item of a section: a bold first line and the lines under it."""

    heading: str
    lines: Sequence[str] = field(default_factory=tuple)


@dataclass(frozen=True)
class Section:
    title: str
    entries: Sequence[Entry]
    empty: str = "Nothing recorded."


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def render_summary(title: str, intro: Sequence[str], sections: Sequence[Section],
                   footer: str = "") -> bytes:
    """The summary as PDF bytes (A4, page numbers and ``footer`` at the foot of each page)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14)
    indented = ParagraphStyle("indented", parent=body, leftIndent=12)
    item = ParagraphStyle("item", parent=body, fontName=FONT_BOLD, spaceBefore=6)
    heading = ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=14,
                             leading=18, spaceBefore=14, spaceAfter=4)
    big = ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=20, leading=26,
                         spaceAfter=8)
    story: list[Flowable] = [Paragraph(_text(title), big)]
    story += [Paragraph(_text(line), body) for line in intro]
    for section in sections:
        story.append(Paragraph(_text(section.title), heading))
        if not section.entries:
            story.append(Paragraph(_text(section.empty), body))
        for entry in section.entries:
            story.append(Paragraph(_text(entry.heading), item))
            story += [Paragraph(_text(line), indented) for line in entry.lines if line]
    story.append(Spacer(1, 12))

    def foot(canvas: object, doc: SimpleDocTemplate) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(FONT, 8)  # type: ignore[attr-defined]
        page = translate("Reports", "Page {page}").format(page=doc.page)
        text = f"{footer}    {page}" if footer else page
        canvas.drawString(18 * mm, 10 * mm, text)  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=title,
                            author="Keyworker Desktop", invariant=True)
    doc.build(story, onFirstPage=foot, onLaterPages=foot)
    return out.getvalue()
