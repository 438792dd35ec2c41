"""The printed plan as the young person and a printer see it: what the PDF holds."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PIL import Image

from keyworker_desktop.easyread.documents import ALL_PAGES, build_plan_pdf
from keyworker_desktop.easyread.layout import (
    FONT,
    FONT_BOLD,
    PageLayout,
    PictureItem,
    Style,
    text_width,
)
from keyworker_desktop.easyread.plan_data import (
    Helper,
    NextVisit,
    PlaceType,
    PlanData,
    PlanLine,
)
from keyworker_desktop.easyread.sample import sample_plan
from tests.easyread.pdfinspect import fonts, placements, reader, runs

PRINTED = date(2026, 3, 2)  # a Monday
FORMATS = [("A4", False), ("A4", True), ("A5", False), ("A5", True)]


def huge_plan() -> PlanData:
    plan = sample_plan(PRINTED)
    start = datetime(2026, 3, 3, 9, 0)
    return replace(
        plan,
        agreed=[PlanLine(f"Agreed thing number {i} for Sam this term.") for i in range(60)],
        goals=[PlanLine(f"Goal number {i}: go to the park with Dad.") for i in range(100)],
        next_steps=[(PlanLine(f"Step {i}: phone the school."), "Priya") for i in range(80)],
        helpers=[Helper(f"Helper {i}", "nurse", "Ward 4", "health", "Helps Sam.")
                 for i in range(70)],
        visits=[NextVisit(start + timedelta(days=i), "Oakfield", PlaceType.SCHOOL, ["Priya"])
                for i in range(50)],
    )


def page_texts(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in reader(pdf).pages]


@pytest.fixture(scope="module")
def sample_pdfs() -> dict[tuple[str, bool], bytes]:
    return {fmt: build_plan_pdf(sample_plan(PRINTED), page_size=fmt[0], large_print=fmt[1])
            for fmt in FORMATS}


# --- type and fonts ------------------------------------------------------------


@pytest.mark.parametrize(("page_size", "large_print"), FORMATS)
def test_every_text_run_is_16pt_or_20pt_in_large_print(
    sample_pdfs: dict[tuple[str, bool], bytes], page_size: str, large_print: bool
) -> None:
    minimum = 20 if large_print else 16
    pages = reader(sample_pdfs[(page_size, large_print)]).pages
    all_runs = [r for p in pages for r in runs(p)]
    assert len(all_runs) > 50
    small = [(r.text, round(r.size, 1)) for r in all_runs if r.size < minimum - 0.01]
    assert small == []
    # The footer is a text run too, and is checked like the rest.
    assert any("Page 1 of" in r.text for r in all_runs)


def test_all_fonts_are_embedded_truetype_sans_and_none_is_italic(
    sample_pdfs: dict[tuple[str, bool], bytes]
) -> None:
    for pdf in sample_pdfs.values():
        for page in reader(pdf).pages:
            used = fonts(page)
            assert used, "a page without fonts"
            for font in used.values():
                name = str(font["/BaseFont"])
                assert "Vera" in name, name  # Bitstream Vera Sans, not base-14 Helvetica
                assert not any(w in name.lower() for w in ("italic", "oblique")), name
                descriptor = font["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, f"{name} is not embedded"
                assert float(descriptor.get("/ItalicAngle", 0)) == 0
            assert {r.font for r in runs(page)} <= {str(f["/BaseFont"]) for f in used.values()}


# --- pictures on the left ---------------------------------------------------------


def _check_pictures_left(pages: Sequence[PageLayout], style: Style) -> int:
    checked = 0
    for page in pages:
        by_row: dict[int, list] = {}
        for item in page.items:
            row = getattr(item, "row", None)
            if row is not None and row >= 0:
                by_row.setdefault(row, []).append(item)
        for items in by_row.values():
            pictures = [i for i in items if not hasattr(i, "text")]
            texts = [i for i in items if hasattr(i, "text")]
            if pictures and texts:
                for pic in pictures:
                    assert pic.x + pic.size < min(t.x for t in texts)
                    checked += 1
    return checked


@pytest.mark.parametrize(("page_size", "large_print"), FORMATS)
def test_each_picture_is_left_of_its_words_in_the_layout(
    page_size: str, large_print: bool
) -> None:
    seen: list[tuple[Sequence[PageLayout], Style]] = []
    build_plan_pdf(sample_plan(PRINTED), page_size=page_size, large_print=large_print,
                   on_layout=lambda pages, style: seen.append((pages, style)))
    [(pages, style)] = seen
    # Title rows and every content row were checked, not just a few.
    assert _check_pictures_left(pages, style) >= 30


@pytest.mark.parametrize(("page_size", "large_print"), FORMATS)
def test_no_words_beside_or_under_a_picture_in_the_pdf(
    sample_pdfs: dict[tuple[str, bool], bytes], page_size: str, large_print: bool
) -> None:
    """Read back from the PDF itself: a text run level with a picture starts
    to the right of it."""
    for page in reader(sample_pdfs[(page_size, large_print)]).pages:
        pics = placements(page)
        assert len(pics) >= 2  # the title picture and at least one row picture
        for r in runs(page):
            for p in pics:
                if p.y - 2 <= r.y <= p.y + p.height:
                    assert r.x > p.x + p.width, (r.text, r.x, p)


def test_rows_are_left_aligned_with_one_and_a_half_line_spacing() -> None:
    seen: list[tuple[Sequence[PageLayout], Style]] = []
    plan = replace(sample_plan(PRINTED), goals=[PlanLine(
        "Go to the swimming pool with Dad and his friend Ali on Saturday mornings after "
        "breakfast and before lunch."
    )])
    build_plan_pdf(plan, pages=("my-plan",), on_layout=lambda p, s: seen.append((p, s)))
    [(pages, style)] = seen
    rows: dict[int, list] = {}
    for item in pages[0].items:
        if hasattr(item, "text") and item.row >= 0 and item.size == style.body:
            rows.setdefault(item.row, []).append(item)
    long_rows = [items for items in rows.values() if len({i.y for i in items}) >= 2]
    assert long_rows
    for items in long_rows:
        ys = sorted({i.y for i in items}, reverse=True)
        assert {round(a - b, 3) for a, b in zip(ys, ys[1:], strict=False)} == {
            round(style.body * 1.5, 3)}
        starts = {min(i.x for i in items if i.y == y) for y in ys}
        assert starts == {style.text_x}


# --- length, names and the footer ----------------------------------------------


@pytest.mark.parametrize(("page_size", "large_print"), FORMATS)
def test_a_huge_plan_never_prints_more_than_20_pages(page_size: str, large_print: bool) -> None:
    pdf = build_plan_pdf(huge_plan(), page_size=page_size, large_print=large_print)
    texts = page_texts(pdf)
    assert len(texts) <= 20
    # Every requested page is still there, and the cut is said out loud.
    joined = " ".join(" ".join(texts).split())
    for title in ("Sam's plan", "Who helps Sam", "Sam's next visits", "About Sam"):
        assert title in joined
    assert "There is more in Sam's record." in joined
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]


def test_a_normal_plan_is_short_and_says_nothing_is_missing(
    sample_pdfs: dict[tuple[str, bool], bytes]
) -> None:
    texts = page_texts(sample_pdfs[("A4", False)])
    assert 4 <= len(texts) <= 8
    assert not any("There is more" in t for t in texts)


@pytest.mark.parametrize(("page_size", "large_print"), FORMATS)
def test_every_page_has_the_preferred_name_and_the_footer(
    sample_pdfs: dict[tuple[str, bool], bytes], page_size: str, large_print: bool
) -> None:
    texts = page_texts(sample_pdfs[(page_size, large_print)])
    for n, text in enumerate(texts, start=1):
        flat = " ".join(text.split())
        assert "Sam" in flat
        assert f"Page {n} of {len(texts)}" in flat
        # When it was made, in words, once; no "Record version 14" jargon on paper.
        assert ("Made on 2 March 2026" in flat) == (n == 1)
        assert "version" not in flat.casefold()
    # The preferred name is used throughout, never the full name.
    assert not any("Samuel" in t for t in texts)


@pytest.mark.parametrize(("page_size", "width", "height"), [
    ("A4", 595.28, 841.89), ("A5", 419.53, 595.28),
])
def test_page_sizes(page_size: str, width: float, height: float) -> None:
    pdf = build_plan_pdf(sample_plan(PRINTED), pages=("about-me",), page_size=page_size)
    box = reader(pdf).pages[0].mediabox
    assert float(box.width) == pytest.approx(width, abs=0.5)
    assert float(box.height) == pytest.approx(height, abs=0.5)


# --- the pages' content ----------------------------------------------------------


def test_pages_come_in_the_order_asked_and_only_those() -> None:
    texts = page_texts(build_plan_pdf(sample_plan(PRINTED),
                                      pages=("who-helps-me", "my-plan")))
    assert texts[0].lstrip().startswith("Who helps Sam")
    assert not any("About Sam" in t or "next visits" in t for t in texts)
    with pytest.raises(ValueError):
        build_plan_pdf(sample_plan(PRINTED), pages=("my-plan", "secret-notes"))
    with pytest.raises(ValueError):
        build_plan_pdf(sample_plan(PRINTED), page_size="Letter")


def test_visits_are_written_in_words_and_past_ones_left_out() -> None:
    plan = replace(sample_plan(PRINTED), visits=[
        NextVisit(datetime(2026, 3, 3, 10, 0), "Oakfield School", "school", ["Priya"]),
        NextVisit(datetime(2026, 3, 5, 14, 30), "", PlaceType.HOSPITAL_OUT_OF_AREA,
                  ["Priya", "Dr Ellis", "Mum"]),
        NextVisit(datetime(2027, 1, 4, 18, 15), "Youth club", PlaceType.COMMUNITY, []),
        NextVisit(datetime(2026, 2, 20, 9, 0), "Old visit", PlaceType.OFFICE, ["Priya"]),
    ])
    text = " ".join(" ".join(page_texts(build_plan_pdf(plan, pages=("next-visits",)))).split())
    text = text.replace("\xa0", " ")
    assert "Tuesday 3 March" in text and "10 o'clock in the morning" in text
    assert "Thursday 5 March" in text and "2:30 in the afternoon" in text
    assert "Monday 4 January 2027" in text and "6:15 in the evening" in text
    assert "At the hospital far away" in text
    assert "Who is coming: Priya, Dr Ellis and Mum" in text
    assert "Old visit" not in text


def test_about_me_uses_the_photo_when_given_and_a_picture_otherwise() -> None:
    img = Image.new("RGB", (40, 50), (200, 120, 40))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    with_photo = build_plan_pdf(sample_plan(PRINTED, photo_png=buf.getvalue()),
                                pages=("about-me",))
    first = reader(with_photo).pages[0]
    assert any(p.subtype == "/Image" for p in placements(first))
    without = build_plan_pdf(sample_plan(PRINTED), pages=("about-me",))
    assert not any(p.subtype == "/Image" for p in placements(reader(without).pages[0]))


def test_layout_names_real_pictograms_chosen_by_keywords() -> None:
    seen: list[Sequence[PageLayout]] = []
    build_plan_pdf(sample_plan(PRINTED), on_layout=lambda p, s: seen.append(p))
    names = {i.name for page in seen[0] for i in page.items if isinstance(i, PictureItem)}
    # "Phone the school...", "Go swimming...", the keyworker and the hospital visit.
    assert {"phone", "swim", "keyworker", "hospital_far", "plan", "help"} <= names


@pytest.mark.parametrize(("page_size", "large_print"), FORMATS)
def test_an_empty_plan_is_one_page_saying_what_is_not_written_yet(
        page_size: str, large_print: bool) -> None:
    plan = PlanData(person=sample_plan(PRINTED).person, record_version="1", printed_on=PRINTED)
    texts = page_texts(build_plan_pdf(plan, page_size=page_size, large_print=large_print))
    assert len(texts) == 1  # not four near-empty pages
    flat = " ".join(texts[0].split())
    assert flat.startswith("Sam's plan")
    for line in ("Nothing is written in Sam's plan yet.", "No helpers are written down yet.",
                 "No visits are planned yet.", "Nothing is written about Sam yet."):
        assert line in flat


def test_empty_parts_are_said_together_after_the_written_ones() -> None:
    plan = replace(sample_plan(PRINTED), helpers=[], visits=[])
    seen: list[Sequence[PageLayout]] = []
    texts = page_texts(build_plan_pdf(plan, on_layout=lambda p, s: seen.append(p)))
    flat = " ".join(" ".join(texts).split())
    assert "Who helps Sam" not in flat and "Sam's next visits" not in flat
    end = flat.rindex("Not written down yet")
    assert flat.index("No helpers are written down yet.") > end
    assert flat.index("No visits are planned yet.") > end
    assert flat.index("About Sam") < end


@pytest.mark.parametrize(("page_size", "large_print"), FORMATS)
def test_sharing_paper_never_takes_more_pages(page_size: str, large_print: bool) -> None:
    together = len(page_texts(build_plan_pdf(sample_plan(PRINTED), page_size=page_size,
                                             large_print=large_print)))
    apart = sum(len(page_texts(build_plan_pdf(sample_plan(PRINTED), pages=(key,),
                                              page_size=page_size, large_print=large_print)))
                for key in ALL_PAGES)
    assert together <= apart


@pytest.mark.parametrize(("page_size", "large_print"), [("A4", False), ("A4", True)])
def test_short_parts_share_paper(page_size: str, large_print: bool) -> None:
    seen: list[Sequence[PageLayout]] = []
    together = len(page_texts(build_plan_pdf(
        sample_plan(PRINTED), page_size=page_size, large_print=large_print,
        on_layout=lambda p, s: seen.append(p))))
    apart = sum(len(page_texts(build_plan_pdf(sample_plan(PRINTED), pages=(key,),
                                              page_size=page_size, large_print=large_print)))
                for key in ALL_PAGES)
    assert together < apart
    assert any(len(page.sections) > 1 for page in seen[0])
    # A part starting part-way down a page has its own title there, picture and all.
    shared = next(page for page in seen[0] if len(page.sections) > 1)
    assert sum(isinstance(i, PictureItem) and i.name in ("plan", "help", "calendar", "me")
               and i.size == Style.make(page_size, large_print).title_picture
               for i in shared.items) == len(shared.sections)


@pytest.mark.parametrize(("page_size", "large_print"), FORMATS)
def test_no_text_runs_off_the_page_even_with_a_long_record_version(
    page_size: str, large_print: bool
) -> None:
    version = "2026-03-02T10:15:00+00:00/a1b2c3d4e5f6a7b8c9d0"
    plan = replace(sample_plan(PRINTED), record_version=version)
    pdf = build_plan_pdf(plan, page_size=page_size, large_print=large_print)
    for page in reader(pdf).pages:
        right = float(page.mediabox.width)
        for r in runs(page):
            font = FONT_BOLD if "Bold" in r.font else FONT
            assert r.x >= 0 and r.x + text_width(r.text, font == FONT_BOLD, r.size) <= right
        flat = "".join(page.extract_text().split())
        assert version not in flat  # not on the paper...
    # ...but in the file's properties, to tell which state of the record it was made from.
    assert reader(pdf).metadata["/Subject"] == f"Record version {version}"


def test_a_word_wider_than_the_column_breaks_where_it_joins_and_stays_on_the_paper() -> None:
    word = "sam.okafor.family.contact.address@example-long-domain.org.uk"
    plan = replace(sample_plan(PRINTED), agreed=[PlanLine(f"Email {word} on Friday.")])
    pdf = build_plan_pdf(plan, pages=("my-plan",), page_size="A5", large_print=True)
    page = reader(pdf).pages[0]
    lines = [ln.strip() for ln in page.extract_text().splitlines()]
    # Broken after its dots and @, never with an added hyphen, so it reads back whole.
    assert word in "".join(lines)
    assert "sam.okafor.family.contact." in lines
    right = float(page.mediabox.width) - Style.make("A5", True).margin
    for r in runs(page):
        assert r.x + text_width(r.text, "Bold" in r.font, r.size) <= right + 0.5, r.text
