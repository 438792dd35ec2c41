"""Flowing easy-read rows onto pages: a picture on the left, words on the right.

The layout is computed first as plain values (``PageLayout`` with positioned
items) and only then painted on a ReportLab canvas, so page numbers ("Page 2 of
4") are known when painting, truncation can be planned, and tests can check
positions without parsing a PDF.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

import reportlab
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from keyworker_desktop.easyread.pictograms import draw_svg

FONT = "EasyReadSans"
FONT_BOLD = "EasyReadSans-Bold"
PAGE_SIZES = {"A4": A4, "A5": A5}
LINE_SPACING = 1.5

Span = tuple[str, bool]  # (text, bold)
NBSP = "\u00a0"
_BREAKS = re.compile(r"[ \t\r\n]+")
Paragraph = Sequence[Span]


def register_fonts() -> None:
    """Register Bitstream Vera Sans (shipped with ReportLab) as embedded TrueType.

    The base-14 Helvetica is never used: it is not embedded, so a printer could
    swap in any font. There is deliberately no italic face.
    """
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    fonts = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    pdfmetrics.registerFont(TTFont(FONT, os.path.join(fonts, "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, os.path.join(fonts, "VeraBd.ttf")))


@dataclass(frozen=True)
class Style:
    """Sizes for one page size and print size; all in points."""

    page_width: float
    page_height: float
    margin: float
    body: float
    heading: float
    title: float
    picture: float
    title_picture: float
    gap: float  # between a picture and its words

    @property
    def leading(self) -> float:
        return self.body * LINE_SPACING

    @property
    def text_x(self) -> float:
        return self.margin + self.picture + self.gap

    @classmethod
    def make(cls, page_size: str, large_print: bool) -> Style:
        if page_size not in PAGE_SIZES:
            raise ValueError(f"page_size must be one of {sorted(PAGE_SIZES)}, not {page_size!r}")
        w, h = PAGE_SIZES[page_size]
        a4 = page_size == "A4"
        body = 20.0 if large_print else 16.0
        return cls(
            page_width=w, page_height=h,
            margin=48.0 if a4 else 30.0,
            body=body, heading=body + 4, title=body + 10,
            picture=(56.0 if a4 else 48.0) + (8.0 if large_print else 0.0),
            title_picture=(64.0 if a4 else 56.0) + (8.0 if large_print else 0.0),
            gap=body,
        )


@dataclass(frozen=True)
class TextItem:
    text: str
    x: float
    y: float  # baseline
    font: str
    size: float
    row: int  # which row it belongs to; -1 for the footer


@dataclass(frozen=True)
class PictureItem:
    name: str
    x: float
    y: float  # bottom
    size: float
    row: int


@dataclass(frozen=True)
class ImageItem:
    png: bytes
    x: float
    y: float
    size: float
    row: int


@dataclass(frozen=True)
class RuleItem:
    x1: float
    y: float
    x2: float
    width: float


Item = TextItem | PictureItem | ImageItem | RuleItem


@dataclass
class PageLayout:
    """One page: which document page it belongs to and what is drawn where.

    ``section`` is the document page the paper page starts with; ``sections`` every one
    on it (short document pages share paper).
    """

    section: str
    items: list[Item] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)


def text_width(text: str, bold: bool, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, FONT_BOLD if bold else FONT, size))


def _hard_break(word: str, bold: bool, width: float, size: float) -> list[str]:
    pieces, piece = [], ""
    for ch in word:
        if piece and text_width(piece + ch, bold, size) > width:
            pieces.append(piece)
            piece = ""
        piece += ch
    return [*pieces, piece]


_JOINS = re.compile(r"(?<=[./@\-_\u00a0])")


def _fit_word(word: str, bold: bool, width: float, size: float) -> list[str]:
    """A word wider than ``width`` (a long Welsh compound, an email address) in pieces that
    fit: after its own joins (".", "@", "/", "-", a no-break space) where it has them, else
    with a hyphen at the end of each piece but the last. Shrinking it or letting it run off
    the paper would be worse for the reader."""
    if text_width(word, bold, size) <= width:
        return [word]
    pieces: list[str] = []
    for part in (p for p in _JOINS.split(word) if p):
        if pieces and text_width(pieces[-1] + part, bold, size) <= width:
            pieces[-1] += part
        elif text_width(part, bold, size) <= width:
            pieces.append(part)
        else:
            pieces.extend(_hyphenate(part, bold, width, size))
    # A break at a no-break space drops it, as a break at a space would.
    return [p.rstrip(NBSP) for p in pieces]


def _hyphenate(word: str, bold: bool, width: float, size: float) -> list[str]:
    pieces, piece = [], ""
    for i, ch in enumerate(word):
        last = i == len(word) - 1
        if piece and text_width(piece + ch + ("" if last else "-"), bold, size) > width:
            pieces.append(piece + "-")
            piece = ""
        piece += ch
    return [*pieces, piece]


def wrap(paragraph: Paragraph, width: float, size: float,
         break_long_words: bool = False) -> list[list[Span]]:
    """Break a paragraph into lines at spaces, never inside a word that fits a line.

    A word wider than ``width`` (a long Welsh word in large print on A5, an email
    address) is broken where it joins, else hyphenated, so nothing runs past the
    column (``_fit_word``). Codes that are not words (a long record version in the
    footer) are cut to fit without a hyphen, with ``break_long_words``.
    """
    # Only ordinary spaces break a line: a no-break space keeps "Dr Ellis" together.
    words = [(w, bold) for text, bold in paragraph for w in _BREAKS.split(text) if w]
    if break_long_words:
        words = [(piece, bold) for w, bold in words
                 for piece in _hard_break(w, bold, width, size)]
    else:
        words = [(piece, bold) for w, bold in words
                 for piece in _fit_word(w, bold, width, size)]
    spaces = {b: text_width(" ", b, size) for b in (False, True)}
    lines: list[list[Span]] = []
    line: list[Span] = []
    used = 0.0
    for word, bold in words:
        ww = text_width(word, bold, size)
        # The space goes at the end of the previous run, in that run's face.
        space = spaces[line[-1][1]] if line else 0.0
        if line and used + space + ww > width:
            lines.append(line)
            line, used, space = [], 0.0, 0.0
        if line:
            prev_text, prev_bold = line[-1]
            if prev_bold == bold:
                line[-1] = (f"{prev_text} {word}", bold)
            else:
                line[-1] = (prev_text + " ", prev_bold)
                line.append((word, bold))
        else:
            line.append((word, bold))
        used += space + ww
    if line:
        lines.append(line)
    return lines


def line_items(line: Sequence[Span], x: float, baseline: float, size: float,
               row: int) -> list[TextItem]:
    """Text items for one wrapped line, runs side by side."""
    out = []
    for text, bold in line:
        out.append(TextItem(text.rstrip(), x, baseline, FONT_BOLD if bold else FONT, size, row))
        x += text_width(text, bold, size)
    return out


def baseline_in_box(top: float, box: float, size: float) -> float:
    """The baseline that centres a line's capitals in a box of height ``box``."""
    return top - box / 2 - size * 0.36


def paint(pages: Sequence[PageLayout], style: Style, title: str, subject: str = "") -> bytes:
    """Paint laid-out pages to PDF bytes. Each pictogram is stored once per
    document as a form and placed where needed. ``subject`` goes in the PDF's
    properties only (for the office, not for the reader)."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buf = BytesIO()
    canvas: Any = Canvas(
        buf, pagesize=(style.page_width, style.page_height),
        initialFontName=FONT, initialFontSize=style.body, initialLeading=style.leading,
        pageCompression=1,
    )
    canvas.setTitle(title)
    if subject:
        canvas.setSubject(subject)
    canvas.setAuthor("Keyworker Desktop")
    canvas.setCreator("Keyworker Desktop")
    canvas.setLineCap(1)
    forms: set[str] = set()
    for page in pages:
        for item in page.items:
            if isinstance(item, TextItem):
                canvas.setFillColorRGB(0, 0, 0)
                canvas.setFont(item.font, item.size)
                canvas.drawString(item.x, item.y, item.text)
            elif isinstance(item, PictureItem):
                form = f"pict-{item.name}"
                if form not in forms:
                    canvas.beginForm(form, 0, 0, 100, 100)
                    draw_svg(canvas, item.name, 0, 0, 100)
                    canvas.endForm()
                    forms.add(form)
                canvas.saveState()
                canvas.translate(item.x, item.y)
                canvas.scale(item.size / 100, item.size / 100)
                canvas.doForm(form)
                canvas.restoreState()
            elif isinstance(item, ImageItem):
                canvas.drawImage(ImageReader(BytesIO(item.png)), item.x, item.y,
                                 item.size, item.size, preserveAspectRatio=True, anchor="c",
                                 mask="auto")
                canvas.setStrokeColorRGB(0, 0, 0)
                canvas.setLineWidth(2)
                canvas.rect(item.x, item.y, item.size, item.size)
            else:
                canvas.setStrokeColorRGB(0, 0, 0)
                canvas.setLineWidth(item.width)
                canvas.line(item.x1, item.y, item.x2, item.y)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()
