"""The pictograms: our own SVG subset, the index, keyword choice, the renderer."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from keyworker_desktop.easyread.pictograms import (
    ALLOWED,
    PATH_COMMANDS,
    SVG_NS,
    choose_pictogram,
    draw_svg,
    load_index,
    load_shapes,
    parse_path,
    parse_svg,
    pictogram_dir,
    stem,
)
from keyworker_desktop.easyread.plan_data import PLACE_PICTOGRAMS, PlaceType

REQUIRED = {
    # people and roles
    "doctor", "nurse", "teacher", "social_worker", "keyworker", "family", "parent", "me",
    "friend", "therapist",
    # places
    "home", "school", "hospital", "car", "bus", "office", "park",
    # feelings
    "happy", "sad", "worried", "angry", "calm",
    # time
    "calendar", "morning", "afternoon", "evening", "clock",
    # actions
    "talk", "phone", "meet", "write", "play", "listen", "help", "medicine", "eat", "sleep",
    "goal", "plan", "sign", "draw", "email", "money",
}
NEUTRAL = {"none", "#000000", "#ffffff", "#000", "#fff", "black", "white"}


def _svg_files() -> list[str]:
    return sorted(p.name for p in pictogram_dir().iterdir() if p.name.endswith(".svg"))


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b


def test_index_lists_every_svg_file_and_the_required_pictures() -> None:
    index = load_index()
    assert len(index) >= 44
    assert REQUIRED <= set(index)
    assert sorted(info.file for info in index.values()) == _svg_files()
    for info in index.values():
        assert info.title.strip() and info.keywords, info.name


@pytest.mark.parametrize("file_name", _svg_files())
def test_svg_uses_only_the_drawable_subset(file_name: str) -> None:
    text = (pictogram_dir() / file_name).read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert root.attrib["viewBox"] == "0 0 100 100"
    accents = set()
    for el in root.iter():
        tag = el.tag.replace(SVG_NS, "")
        assert tag in ALLOWED, f"<{tag}> in {file_name}"
        assert set(el.attrib) <= ALLOWED[tag], f"{set(el.attrib) - ALLOWED[tag]} in {file_name}"
        if "stroke-width" in el.attrib:
            assert 3.5 <= float(el.attrib["stroke-width"]) <= 7, file_name
        if tag == "path":
            letters = set(re.findall(r"[A-Za-z]", el.attrib["d"]))
            assert letters <= PATH_COMMANDS, f"{letters - PATH_COMMANDS} in {file_name}"
        fill = el.attrib.get("fill", "none").lower()
        if fill not in NEUTRAL:
            accents.add(fill)
    # Bold black strokes by default, and at most one light accent that still
    # prints as a light grey, clearly apart from both black lines and white paper.
    assert root.attrib["stroke"] == "#000000" and float(root.attrib["stroke-width"]) >= 5
    assert len(accents) <= 1, f"{file_name} uses {accents}"
    for colour in accents:
        assert 150 <= _luminance(colour) <= 225, f"{colour} in {file_name}"
    assert parse_svg(text)


def test_parse_svg_refuses_what_the_renderer_cannot_draw() -> None:
    head = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
    with pytest.raises(ValueError, match="text"):
        parse_svg(head + "<text>Hi</text></svg>")
    with pytest.raises(ValueError, match="A"):
        parse_svg(head + '<path d="M 0 0 A 5 5 0 0 1 10 10"/></svg>')
    with pytest.raises(ValueError, match="transform"):
        parse_svg(head + '<rect x="1" y="1" width="5" height="5" transform="rotate(4)"/></svg>')
    with pytest.raises(ValueError, match="colour"):
        parse_svg(head + '<rect x="1" y="1" width="5" height="5" fill="url(#g)"/></svg>')


def test_parse_path_makes_relative_and_short_commands_absolute() -> None:
    segs = parse_path("M 10 10 l 5 0 h 5 v 5 H 0 V 0 Z m 1 1 2 2 q 3 0 3 3")
    assert segs[:6] == [
        ("M", (10.0, 10.0)), ("L", (15.0, 10.0)), ("L", (20.0, 10.0)), ("L", (20.0, 15.0)),
        ("L", (0.0, 15.0)), ("L", (0.0, 0.0)),
    ]
    assert segs[6] == ("Z", ())
    # After Z the pen is back at (10, 10); "m 1 1 2 2" is a move then a relative line.
    assert segs[7] == ("M", (11.0, 11.0))
    assert segs[8] == ("L", (13.0, 13.0))
    op, (x1, y1, x2, y2, x, y) = segs[9]
    assert op == "C" and (x, y) == (16.0, 16.0)
    assert (x1, y1) == pytest.approx((15.0, 13.0)) and (x2, y2) == pytest.approx((16.0, 14.0))


def test_every_pictogram_renders_to_a_pdf() -> None:
    buf = io.BytesIO()
    canvas = Canvas(buf)
    for k, name in enumerate(load_index()):
        draw_svg(canvas, name, 20 + (k % 8) * 70, 700 - (k // 8) * 70, 60)
    canvas.save()
    page = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    ops = page.get_contents().get_data()
    # Strokes drawn in black with bold widths scaled to the 60 pt box.
    assert b" RG" in ops and (b" S" in ops or b"\nS" in ops)
    assert all(len(load_shapes(name)) >= 1 for name in load_index())


@pytest.mark.parametrize(("text", "expected"), [
    ("Phone the school about a quiet room.", "phone"),
    ("Go swimming with Dad every Saturday.", "swim"),
    ("Meetings with the social worker", "meet"),
    ("The social worker will visit", "social_worker"),
    ("Sam helped Mum with the shopping", "help"),
    ("We agreed to try again", "agreed"),
    ("Planning the move", "plan"),
    ("Take his medication at 8", "medicine"),
    ("See Dr Ellis at the GP surgery", "meet"),
    ("Sam feels worried at night", "worried"),
])
def test_choose_pictogram_by_whole_words_and_stems(text: str, expected: str) -> None:
    assert choose_pictogram(text, "person") == expected


def test_choose_pictogram_needs_whole_words_and_falls_back_to_the_default() -> None:
    # "homework" is not "home", "schooling" is not a listed stem of anything else.
    assert choose_pictogram("Homework club", "star") == "star"
    assert choose_pictogram("", "goal") == "goal"
    assert choose_pictogram("Xylophone", "person") == "person"


def test_stemming_meets_common_forms() -> None:
    assert stem("meetings") == stem("meeting") == stem("meet")
    assert stem("planning") == stem("plan")
    assert stem("agreed") == stem("agree")
    assert stem("activities") == stem("activity")
    assert stem("class") == "class"


def test_every_place_type_has_a_pictogram() -> None:
    assert set(PLACE_PICTOGRAMS) == set(PlaceType)
    assert set(PLACE_PICTOGRAMS.values()) <= set(load_index())
