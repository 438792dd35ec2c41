"""The easy-read plan documents: "My plan", "Who helps me", "My next visits", "About me".

``build_plan_pdf`` turns a ``PlanData`` into PDF bytes ready for a portable
printer: pictures on the left, words on the right, one idea per row, embedded
sans-serif at 16 pt or more (20 pt in large print), 1.5 line spacing, and never
more than 20 pages.

Paper is not wasted: a document page starts under the previous one when its title
and first row fit, and the document pages with nothing in them yet are said
together on one page ("No helpers are written down yet.") instead of one sheet each.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterator, Sequence

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP
from keyworker_desktop.easyread.flow import Flow, Row
from keyworker_desktop.easyread.layout import (
    FONT,
    NBSP,
    PageLayout,
    RuleItem,
    Style,
    line_items,
    paint,
    register_fonts,
    wrap,
)
from keyworker_desktop.easyread.pictograms import choose_pictogram
from keyworker_desktop.easyread.plan_data import (
    PLACE_PICTOGRAMS,
    PLACE_WORDS,
    NextVisit,
    PlanData,
    PlanLine,
)
from keyworker_desktop.easyread.wording import (
    date_in_words,
    list_in_words,
    part_of_day,
    say,
    time_in_words,
)

MAX_PAGES = 20
ALL_PAGES = ("my-plan", "who-helps-me", "next-visits", "about-me", "when-upset")
# Printed unless others are chosen: "when-upset" is added on purpose (it is sensitive).
DEFAULT_PAGES = ALL_PAGES[:4]

LayoutHook = Callable[[Sequence[PageLayout], Style], None]


def _line_row(line: PlanLine, default: str, extra: Sequence[tuple[str, bool]] = ()) -> Row:
    picture = line.pictogram or choose_pictogram(line.text, default)
    paragraphs = [[(line.text, False)]]
    if extra:
        paragraphs.append(list(extra))
    return Row(paragraphs, picture=picture)


def _unbroken(name: str) -> str:
    """A person's name never breaks across lines ("Dr" / "Ellis")."""
    return NBSP.join(name.split())


def _say(data: PlanData, text: str, **params: object) -> str:
    """A marked document text in the plan's language; ``{name}`` is the young person's."""
    return say(data.language, text, name=data.person.called, **params)


def _nothing_yet(flow: Flow, text: str, picture: str) -> None:
    flow.row(Row([[(text, False)]], picture=picture))


def _future_visits(data: PlanData) -> list[NextVisit]:
    return sorted((v for v in data.visits if v.start.date() >= data.printed_on),
                  key=lambda v: v.start)


# What each document page says when there is nothing in it yet, and its picture.
NOTHING_YET: dict[str, tuple[Callable[[PlanData], str], str]] = {
    "my-plan": (lambda d: _say(d, QT_TRANSLATE_NOOP(
        "EasyRead", "Nothing is written in {name}'s plan yet.")), "plan"),
    "who-helps-me": (lambda d: _say(d, QT_TRANSLATE_NOOP(
        "EasyRead", "No helpers are written down yet.")), "help"),
    "next-visits": (lambda d: _say(d, QT_TRANSLATE_NOOP(
        "EasyRead", "No visits are planned yet.")), "calendar"),
    "about-me": (lambda d: _say(d, QT_TRANSLATE_NOOP(
        "EasyRead", "Nothing is written about {name} yet.")), "me"),
    "when-upset": (lambda d: _say(d, QT_TRANSLATE_NOOP(
        "EasyRead", "Nothing is written about when {name} is upset yet.")), "calm"),
}
NOT_YET_SECTION = "not-yet"


def is_empty(key: str, data: PlanData) -> bool:
    """Whether a document page has nothing to say but "nothing yet"."""
    about = data.about_me
    return not {
        "my-plan": data.agreed or data.goals or data.next_steps,
        "who-helps-me": data.helpers,
        "next-visits": _future_visits(data),
        "about-me": about.what_matters or about.what_people_like or about.how_to_support,
        "when-upset": data.upset_helps or data.upset_avoid,
    }[key]


# Each page writer adds its rows to a Flow and stops when the flow is full.
PageWriter = Callable[[Flow, PlanData], None]


def _my_plan(flow: Flow, data: PlanData) -> None:
    sections: list[tuple[str, list[Row]]] = [
        (_say(data, QT_TRANSLATE_NOOP("EasyRead", "What we agreed")),
         [_line_row(x, "agreed") for x in data.agreed]),
        (_say(data, QT_TRANSLATE_NOOP("EasyRead", "{name}'s goals")),
         [_line_row(x, "goal") for x in data.goals]),
        (_say(data, QT_TRANSLATE_NOOP("EasyRead", "What happens next")), [
            _line_row(step, "next", [(_say(data, QT_TRANSLATE_NOOP("EasyRead", "Who does it:"))
                                      + " ", False), (who, True)]) if who.strip()
            else _line_row(step, "next")
            for step, who in data.next_steps
        ]),
    ]
    if not any(rows for _, rows in sections):
        _nothing_yet(flow, NOTHING_YET["my-plan"][0](data), "plan")
    for heading, rows in sections:
        if not rows:
            continue
        flow.heading(heading)
        for row in rows:
            if not flow.row(row):
                return


def _who_helps_me(flow: Flow, data: PlanData) -> None:
    if not data.helpers:
        _nothing_yet(flow, NOTHING_YET["who-helps-me"][0](data), "help")
    for h in data.helpers:
        picture = h.pictogram or choose_pictogram(
            h.role, choose_pictogram(f"{h.agency} {h.sector}", "person"))
        role = h.role.strip()
        if h.agency.strip():
            role = (_say(data, QT_TRANSLATE_NOOP("EasyRead", "{role} at {agency}"), role=role,
                         agency=h.agency.strip()) if role else h.agency.strip())
        paragraphs = [[(_unbroken(h.name), True)]]
        if role:
            paragraphs.append([(role[:1].upper() + role[1:], False)])
        if h.how_they_help.strip():
            paragraphs.append([(h.how_they_help.strip(), False)])
        if not flow.row(Row(paragraphs, picture=picture)):
            return


def _next_visits(flow: Flow, data: PlanData) -> None:
    visits = _future_visits(data)
    if not visits:
        _nothing_yet(flow, NOTHING_YET["next-visits"][0](data), "calendar")
    for i, v in enumerate(visits):
        if i:
            flow.rule()
        when = part_of_day(v.start.time())
        place = _say(data, PLACE_WORDS[v.place_type])  # type: ignore[index]
        if v.place_name.strip():
            place = f"{place}: {v.place_name.strip()}"
        # The day and the time are one idea ("when"), so they share a row.
        rows = [
            Row([[(date_in_words(v.start.date(), data.printed_on, data.language), True)],
                 [(time_in_words(v.start, data.language), False)]],
                picture="evening" if when == "night" else when),
            Row([[(place, False)]], picture=PLACE_PICTOGRAMS[v.place_type]),  # type: ignore[index]
        ]
        if v.who_is_coming:
            names = [_unbroken(n) for n in v.who_is_coming]
            rows.append(Row([[(_say(data, QT_TRANSLATE_NOOP("EasyRead", "Who is coming:")) + " ",
                               False), (list_in_words(names, data.language), True)]],
                            picture="meet"))
        if not flow.rows_together(rows):
            return


def _about_me(flow: Flow, data: PlanData) -> None:
    about = data.about_me
    sections = [
        (_say(data, QT_TRANSLATE_NOOP("EasyRead", "What matters to {name}")),
         about.what_matters, "heart"),
        (_say(data, QT_TRANSLATE_NOOP("EasyRead", "What people like about {name}")),
         about.what_people_like, "star"),
        (_say(data, QT_TRANSLATE_NOOP("EasyRead", "How to help {name}")),
         about.how_to_support, "help"),
    ]
    if not any(items for _, items, _ in sections):
        _nothing_yet(flow, NOTHING_YET["about-me"][0](data), "me")
    for heading, items, default in sections:
        if not items:
            continue
        flow.heading(heading)
        for text in items:
            if not flow.row(_line_row(PlanLine(text), default)):
                return


def _when_upset(flow: Flow, data: PlanData) -> None:
    sections = [(_say(data, QT_TRANSLATE_NOOP("EasyRead", "This helps {name}")),
                 data.upset_helps, "calm"),
                (_say(data, QT_TRANSLATE_NOOP("EasyRead", "Please do not")),
                 data.upset_avoid, "angry")]
    if not any(lines for _, lines, _ in sections):
        _nothing_yet(flow, NOTHING_YET["when-upset"][0](data), "calm")
    for heading, lines, default in sections:
        if not lines:
            continue
        flow.heading(heading)
        for line in lines:
            if not flow.row(_line_row(line, default)):
                return


# (title, title picture, writer) for each page kind; titles use the preferred name.
PAGES: dict[str, tuple[Callable[[PlanData], str], str, PageWriter]] = {
    "my-plan": (lambda d: _say(d, QT_TRANSLATE_NOOP("EasyRead", "{name}'s plan")),
                "plan", _my_plan),
    "who-helps-me": (lambda d: _say(d, QT_TRANSLATE_NOOP("EasyRead", "Who helps {name}")),
                     "help", _who_helps_me),
    "next-visits": (lambda d: _say(d, QT_TRANSLATE_NOOP("EasyRead", "{name}'s next visits")),
                    "calendar", _next_visits),
    "about-me": (lambda d: _say(d, QT_TRANSLATE_NOOP("EasyRead", "About {name}")),
                 "me", _about_me),
    "when-upset": (lambda d: _say(d, QT_TRANSLATE_NOOP("EasyRead", "When {name} is upset")),
                   "worried", _when_upset),
}


def _footer_lines(data: PlanData, page: int, total: int) -> list[str]:
    # No record version here: it means nothing to the young person (it is in the PDF's
    # properties and in the audit log of the print). When it was made: on the first page.
    number = _say(data, QT_TRANSLATE_NOOP("EasyRead", "Page {page} of {total}"), page=page,
                  total=total)
    if page > 1:
        return [number]
    # The day without its weekday: short enough for one line of large print on A5.
    made = date_in_words(data.printed_on, None, data.language, weekday=False)
    return [_say(data, QT_TRANSLATE_NOOP("EasyRead", "Made on {date} {year}"), date=made,
                 year=data.printed_on.year), number]


def _footer_height(style: Style, data: PlanData, first: bool = False) -> float:
    page = 1 if first else MAX_PAGES
    return len(_wrapped_footer(style, data, page, MAX_PAGES)) * style.leading + 8


def _wrapped_footer(style: Style, data: PlanData, page: int,
                    total: int) -> list[list[tuple[str, bool]]]:
    width = style.page_width - 2 * style.margin
    # "Made on Monday 2 March 2026 · Page 1 of 4" on one line where it fits.
    paras = _footer_lines(data, page, total)
    joined = "  ·  ".join(paras)
    if len(wrap([(joined, False)], width, style.body)) == 1:
        paras = [joined]
    return [ln for p in paras for ln in wrap([(p, False)], width, style.body,
                                             break_long_words=True)]


def _add_footers(pages: list[PageLayout], style: Style, data: PlanData) -> None:
    for n, page in enumerate(pages, start=1):
        lines = _wrapped_footer(style, data, n, len(pages))
        height = _footer_height(style, data, first=n == 1)
        top = style.margin + height - 8
        page.items.append(RuleItem(style.margin, top + 4, style.page_width - style.margin, 1.0))
        for k, line in enumerate(lines):
            base = top - style.leading * k - style.body * 1.05
            page.items.extend(line_items(line, style.margin, base, style.body, -1))


def _lay_out_section(key: str, data: PlanData, style: Style, row_ids: Iterator[int],
                     limit: int | None, first: bool = False) -> list[PageLayout]:
    title, picture, writer = PAGES[key]
    more = Row([[(_say(data, QT_TRANSLATE_NOOP("EasyRead", "There is more in {name}'s record.")),
                  True)]],
               picture="record")
    image = data.person.photo_png if key == "about-me" else None
    flow = Flow(style, key, title(data), picture, _footer_height(style, data), row_ids,
                limit=limit, more_row=more, title_image=image,
                first_footer_height=_footer_height(style, data, first=True) if first else None)
    writer(flow, data)
    return flow.finish()


def _lay_out_together(keys: Sequence[str], data: PlanData, style: Style,
                      row_ids: Iterator[int]) -> list[PageLayout]:
    """Every document page in one flow, each starting on the same paper when it fits;
    those with nothing yet said together, last (or alone, under the first one's title)."""
    filled = [k for k in keys if not is_empty(k, data)]
    empty = [k for k in keys if is_empty(k, data)]
    parts: list[tuple[str, str, str, bytes | None, Callable[[Flow], None]]] = []
    for key in filled:
        title, picture, writer = PAGES[key]
        image = data.person.photo_png if key == "about-me" else None
        parts.append((key, title(data), picture, image,
                      lambda flow, w=writer: w(flow, data)))  # type: ignore[misc]

    def not_yet(flow: Flow) -> None:
        for key in empty:
            text, picture = NOTHING_YET[key]
            _nothing_yet(flow, text(data), picture)

    if empty and filled:
        parts.append((NOT_YET_SECTION, _say(data, QT_TRANSLATE_NOOP(
            "EasyRead", "Not written down yet")), "record", None, not_yet))
    elif empty:
        title, picture, _writer = PAGES[empty[0]]
        parts.append((empty[0], title(data), picture, None, not_yet))
    key, title_text, picture, image, write = parts[0]
    flow = Flow(style, key, title_text, picture, _footer_height(style, data), row_ids,
                title_image=image, first_footer_height=_footer_height(style, data, first=True))
    write(flow)
    for key, title_text, picture, image, write in parts[1:]:
        flow.start_section(key, title_text, picture, image)
        write(flow)
    return flow.finish()


def _budgets(natural: list[int], max_pages: int) -> list[int]:
    """Share ``max_pages`` between sections: short ones keep all their pages,
    long ones share what is left equally."""
    budgets = [0] * len(natural)
    left = max_pages
    order = sorted(range(len(natural)), key=lambda i: natural[i])
    for k, i in enumerate(order):
        fair = max(1, left // (len(order) - k))
        budgets[i] = min(natural[i], fair)
        left -= budgets[i]
    return budgets


def lay_out_plan(data: PlanData, pages: Sequence[str] = DEFAULT_PAGES, page_size: str = "A4",
                 large_print: bool = False, max_pages: int = MAX_PAGES,
                 language: str | None = None) -> tuple[list[PageLayout], Style]:
    """The plan's pages as positioned items (no PDF yet); ``language`` ("en", "cy") words
    them in that language instead of ``data.language``."""
    if language is not None:
        data = dataclasses.replace(data, language=language)
    unknown = [p for p in pages if p not in PAGES]
    if unknown or not pages:
        raise ValueError(f"pages must be some of {list(PAGES)}; got {list(pages)}")
    if len(pages) > max_pages:
        raise ValueError(f"{len(pages)} document pages cannot fit in {max_pages} pages")
    register_fonts()
    style = Style.make(page_size, large_print)
    row_ids = itertools.count()
    laid_out = _lay_out_together(pages, data, style, row_ids)
    if len(laid_out) > max_pages:
        # Too long even sharing paper: each document page gets its share of the pages,
        # and one cut short ends with "There is more in Sam's record."
        sections = [_lay_out_section(k, data, style, row_ids, None, first=i == 0)
                    for i, k in enumerate(pages)]
        natural = [len(s) for s in sections]
        if sum(natural) > max_pages:
            budgets = _budgets(natural, max_pages)
            sections = [
                s if b >= len(s) else _lay_out_section(k, data, style, row_ids, b,
                                                       first=i == 0)
                for i, (k, s, b) in enumerate(zip(pages, sections, budgets, strict=True))
            ]
        laid_out = [p for s in sections for p in s]
    _add_footers(laid_out, style, data)
    return laid_out, style


def build_plan_pdf(data: PlanData, pages: Sequence[str] = DEFAULT_PAGES, page_size: str = "A4",
                   large_print: bool = False, *, on_layout: LayoutHook | None = None,
                   language: str | None = None) -> bytes:
    """Build the easy-read plan as PDF bytes.

    ``pages`` picks and orders the document pages ("my-plan", "who-helps-me",
    "next-visits", "about-me"); ``page_size`` is "A4" or "A5"; ``large_print``
    uses 20 pt text; ``language`` ("en", "cy", default ``data.language``) words the
    document's own text in that language (the record's words are printed as written;
    a text with no translation is printed in English). ``on_layout`` receives the
    laid-out pages (positions of every picture and text run), for tests and previews. Visits before
    ``data.printed_on`` are left out; a plan too long for 20 pages is cut, each
    cut document page ending with "There is more in Sam's record."
    """
    if language is not None:
        data = dataclasses.replace(data, language=language)
    laid_out, style = lay_out_plan(data, pages, page_size, large_print)
    if on_layout is not None:
        on_layout(laid_out, style)
    version = data.record_version.strip() or "not saved"
    return paint(laid_out, style, title=PAGES["my-plan"][0](data),
                 subject=f"Record version {version}")


__all__ = ["ALL_PAGES", "DEFAULT_PAGES", "MAX_PAGES", "FONT", "build_plan_pdf", "lay_out_plan"]
