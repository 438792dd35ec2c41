"""Flowing one document page's rows onto as many paper pages as it needs.

A row is one idea: a picture on the left and its words on the right. Rows are
never split across pages unless a single row is taller than a page; a heading
always stays with the row after it. With a page limit, the flow stops before
it would need one page too many and ends with a "there is more" row.

Several document pages can share one flow (:meth:`Flow.start_section`): the next one
starts under its own title on the same paper when its title and first row fit,
so a short "Who helps me" does not take a sheet of its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from keyworker_desktop.easyread.layout import (
    LINE_SPACING,
    ImageItem,
    PageLayout,
    Paragraph,
    PictureItem,
    RuleItem,
    Span,
    Style,
    baseline_in_box,
    line_items,
    wrap,
)


@dataclass(frozen=True)
class Row:
    """One idea: paragraphs of words next to one picture (or a photo)."""

    paragraphs: Sequence[Paragraph]
    picture: str | None = None
    image: bytes | None = None
    picture_size: float | None = None


class Flow:
    """Lays out one document page ("My plan", "Who helps me", ...) on paper pages."""

    def __init__(self, style: Style, section: str, title: str, title_picture: str,
                 footer_height: float, row_ids: Iterator[int], limit: int | None = None,
                 more_row: Row | None = None, title_image: bytes | None = None,
                 first_footer_height: float | None = None) -> None:
        self.style = style
        self.section = section
        self.title = title
        self.title_picture = title_picture
        self.title_image = title_image
        self.row_ids = row_ids
        self.limit = limit
        self.more_row = more_row
        self.bottom = style.margin + footer_height + style.leading * 0.5
        # The first paper page's footer may be taller (it says when the plan was made).
        self.first_bottom = self.bottom if first_footer_height is None else (
            style.margin + first_footer_height + style.leading * 0.5)
        self.pages: list[PageLayout] = []
        self.full = False
        self._pending_heading: str | None = None
        self._pending_section: tuple[str, str, str, bytes | None] | None = None
        self._pending_rule = False
        self._y = 0.0
        self._page_top = 0.0
        self._more_height = self._row_height(more_row) if more_row and limit else 0.0
        self._new_page()

    # --- public -------------------------------------------------------------

    def heading(self, text: str) -> None:
        """A bold heading, placed together with the next row."""
        self._pending_heading = text

    def start_section(self, section: str, title: str, title_picture: str,
                title_image: bytes | None = None) -> None:
        """Start another document page: under its title on this paper if the title and
        the next row fit, else on a new page that it titles."""
        self._pending_rule = False
        self._pending_section = (section, title, title_picture, title_image)
        if self._y >= self._page_top and self.pages:
            # Nothing on this page yet: it becomes the new document page's first page.
            self.pages.pop()
            self._take_section()
            self._new_page()

    def row(self, row: Row) -> bool:
        """Place a row; False (and nothing placed) once the page limit is reached."""
        if self.full:
            return False
        s = self.style
        lines = self._lines(row)
        pic = row.picture_size or s.picture
        need = self._section_height() + self._heading_height() + max(pic, len(lines) * s.leading)
        if self._pending_rule and self._y < self._page_top:
            need += s.leading * 0.25
        if not self._fits(need) and self._y < self._page_top:
            if not self._break_page():
                return False
        row_id = next(self.row_ids)
        self._place_rule()
        self._place_section()
        self._place_heading()
        first = True
        while True:
            room = int((self._y - self._floor()) // s.leading)
            chunk, lines = lines[: max(room, 1)], lines[max(room, 1):]
            height = len(chunk) * s.leading
            if first:
                self._place_picture(row, pic, row_id, height)
            text_h = height
            top = self._y - (max(0.0, (pic - text_h) / 2) if first else 0.0)
            for k, line in enumerate(chunk):
                base = baseline_in_box(top - k * s.leading, s.leading, s.body)
                self.pages[-1].items.extend(line_items(line, s.text_x, base, s.body, row_id))
            self._y -= max(pic, height) if first else height
            first = False
            if not lines:
                break
            if not self._new_page():
                return True  # the rest of an over-tall row is cut; the "more" row says so
        self._y -= s.leading * 0.5
        return True

    def rows_together(self, rows: Sequence[Row]) -> bool:
        """Place rows that belong together (one visit) on the same page when
        they fit on one; False once the page limit is reached."""
        if self.full:
            return False
        s = self.style
        need = self._section_height() + self._heading_height() + sum(
            max(r.picture_size or s.picture, len(self._lines(r)) * s.leading) for r in rows
        ) + s.leading * (0.5 * (len(rows) - 1) + (0.25 if self._pending_rule else 0.0))
        room_on_empty = self._page_top - self._floor()
        if not self._fits(need) and self._y < self._page_top and need <= room_on_empty:
            self._pending_rule = False
            if not self._break_page():
                return False
        return all(self.row(r) for r in rows)

    def rule(self) -> None:
        """A thin line before the next row, to part groups (e.g. two visits).
        Left out at the top of a page."""
        self._pending_rule = True

    def finish(self) -> list[PageLayout]:
        """The laid-out pages, ending with the "more" row if rows were left out."""
        if self.full and self.more_row is not None:
            self.full = False
            self.limit = None
            self._pending_heading = None
            self._pending_rule = False
            self.row(self.more_row)
        return self.pages

    # --- inside -------------------------------------------------------------

    def _lines(self, row: Row) -> list[list[Span]]:
        s = self.style
        width = s.page_width - s.margin - s.text_x
        return [ln for para in row.paragraphs for ln in wrap(para, width, s.body)]

    def _row_height(self, row: Row | None) -> float:
        if row is None:
            return 0.0
        s = self.style
        return max(row.picture_size or s.picture, len(self._lines(row)) * s.leading) + s.leading

    def _title_lines(self, title: str, x: float) -> list[list[Span]]:
        s = self.style
        return wrap([(title, True)], s.page_width - s.margin - x, s.title)

    def _section_height(self) -> float:
        if self._pending_section is None:
            return 0.0
        s = self.style
        tp = s.title_picture
        lines = self._title_lines(self._pending_section[1], s.margin + tp + s.gap)
        return s.leading * 0.5 + max(tp, len(lines) * s.title * LINE_SPACING) + s.leading

    def _take_section(self) -> None:
        """The pending document page becomes the one being laid out."""
        assert self._pending_section is not None
        self.section, self.title, self.title_picture, self.title_image = self._pending_section
        self._pending_section = None

    def _break_page(self) -> bool:
        """A new page for what does not fit here; a pending document page titles it."""
        if self._pending_section is not None and (
                self.limit is None or len(self.pages) < self.limit):
            self._take_section()
        return self._new_page()

    def _place_section(self) -> None:
        """A document page's title under the previous one's last row, on the same paper."""
        if self._pending_section is None:
            return
        self._take_section()
        s = self.style
        self._y -= s.leading * 0.5
        top = self._y
        self.pages[-1].sections.append(self.section)
        self._y = self._place_title(self.pages[-1], top, next(self.row_ids), self.title_image)
        self._y -= s.leading * 0.6

    def _place_title(self, page: PageLayout, top: float, row_id: int,
                     image: bytes | None) -> float:
        """The title picture and words from ``top``, underlined; where the line is."""
        s = self.style
        tp = s.title_picture
        if image is not None:
            page.items.append(ImageItem(image, s.margin, top - tp, tp, row_id))
        else:
            page.items.append(PictureItem(self.title_picture, s.margin, top - tp, tp, row_id))
        x = s.margin + tp + s.gap
        box = s.title * LINE_SPACING
        lines = self._title_lines(self.title, x)
        text_top = top - max(0.0, (tp - len(lines) * box) / 2)
        for k, line in enumerate(lines):
            base = baseline_in_box(text_top - k * box, box, s.title)
            page.items.extend(line_items(line, x, base, s.title, row_id))
        y = top - max(tp, len(lines) * box) - s.leading * 0.4
        page.items.append(RuleItem(s.margin, y, s.page_width - s.margin, 3.0))
        return y

    def _heading_height(self) -> float:
        if self._pending_heading is None:
            return 0.0
        s = self.style
        lines = wrap([(self._pending_heading, True)], s.page_width - 2 * s.margin, s.heading)
        return len(lines) * s.heading * LINE_SPACING + s.leading * 0.25

    def _floor(self) -> float:
        last = self.limit is not None and len(self.pages) >= self.limit
        bottom = self.first_bottom if len(self.pages) == 1 else self.bottom
        return bottom + (self._more_height if last else 0.0)

    def _fits(self, height: float) -> bool:
        return self._y - height >= self._floor()

    def _place_rule(self) -> None:
        if self._pending_rule and self._y < self._page_top:
            s = self.style
            self.pages[-1].items.append(
                RuleItem(s.margin, self._y + s.leading * 0.25, s.page_width - s.margin, 1.5))
            self._y -= s.leading * 0.25
        self._pending_rule = False

    def _place_heading(self) -> None:
        if self._pending_heading is None:
            return
        s = self.style
        row_id = next(self.row_ids)
        box = s.heading * LINE_SPACING
        for line in wrap([(self._pending_heading, True)], s.page_width - 2 * s.margin,
                         s.heading):
            base = baseline_in_box(self._y, box, s.heading)
            self.pages[-1].items.extend(line_items(line, s.margin, base, s.heading, row_id))
            self._y -= box
        self._y -= s.leading * 0.25
        self._pending_heading = None

    def _place_picture(self, row: Row, pic: float, row_id: int, text_h: float) -> None:
        s = self.style
        # Centre the picture on short text; align it with the first line otherwise.
        top = self._y - max(0.0, (text_h - pic) / 2) if text_h < pic * 1.6 else self._y
        x = s.margin + (s.picture - pic) / 2 if pic < s.picture else s.margin
        if row.image is not None:
            self.pages[-1].items.append(ImageItem(row.image, x, top - pic, pic, row_id))
        elif row.picture is not None:
            self.pages[-1].items.append(PictureItem(row.picture, x, top - pic, pic, row_id))

    def _new_page(self) -> bool:
        if self.limit is not None and len(self.pages) >= self.limit:
            self.full = True
            return False
        s = self.style
        page = PageLayout(self.section, sections=[self.section])
        # The photo only on a document page's first page, not on its continuations.
        first = not any(self.section in p.sections for p in self.pages)
        self.pages.append(page)
        top = s.page_height - s.margin
        y = self._place_title(page, top, next(self.row_ids), self.title_image if first else None)
        self._page_top = y - s.leading * 0.6
        self._y = self._page_top
        return True

