"""Line breaking and sizes: words that fit are never split, lines stay in the column."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from keyworker_desktop.easyread.layout import NBSP, Style, register_fonts, text_width, wrap

register_fonts()

word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ'.,:0123456789", min_size=1,
               max_size=30)
spans = st.lists(st.tuples(st.lists(word, min_size=1, max_size=12).map(" ".join), st.booleans()),
                 min_size=1, max_size=5)


@settings(max_examples=150, deadline=None)
@given(paragraph=spans, width=st.floats(min_value=60, max_value=500),
       size=st.sampled_from([16.0, 20.0, 24.0]))
def test_wrap_keeps_words_in_order_and_every_line_in_the_column(
        paragraph: list[tuple[str, bool]], width: float, size: float) -> None:
    lines = wrap(paragraph, width, size)
    source = [(w, bold) for text, bold in paragraph for w in text.split(" ") if w]
    out = [(w, bold) for line in lines for text, bold in line for w in text.split(" ") if w]
    # Words that fit stay whole; a word wider than the column is broken (after its own
    # dots and colons, else with a hyphen), every letter kept, in order.
    fitting = [w for w in source if text_width(w[0], w[1], size) <= width]
    assert all(w in out for w in fitting)
    assert "".join(w for w, _ in out).replace("-", "") == "".join(w for w, _ in source)
    assert [b for w, b in out for _ in w.replace("-", "")] == [b for w, b in source for _ in w]
    for line in lines:
        assert sum(text_width(t.rstrip(), b, size) for t, b in line) <= width + 0.01


def test_no_break_space_keeps_a_name_together() -> None:
    lines = wrap([(f"Who is coming: Priya, Dr{NBSP}Ellis and Mum", False)], 150, 20)
    flat = [t for line in lines for t, _ in line]
    assert any(f"Dr{NBSP}Ellis" in t for t in flat)
    assert not any(t.rstrip().endswith("Dr") for t in flat)


def test_a_long_welsh_word_is_hyphenated_to_fit() -> None:
    word = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
    lines = wrap([(f"Yn {word} heddiw", False)], 150, 20)
    texts = [t for line in lines for t, _ in line]
    assert all(text_width(t, False, 20) <= 150 for t in texts)
    assert sum(t.endswith("-") for t in texts) >= 2
    assert "".join(texts).replace("-", "").replace(" ", "") == f"Yn{word}heddiw"


def test_footer_codes_may_be_cut_anywhere_to_fit() -> None:
    code = "2026-03-02T10:15:00+00:00/a1b2c3d4e5f6a7b8c9d0"
    assert all(text_width(t, b, 16) <= 120 for line in wrap([(code, False)], 120, 16)
               for t, b in line)
    lines = wrap([(f"Record version {code}", False)], 120, 16, break_long_words=True)
    assert len(lines) > 2
    assert all(text_width(t, b, 16) <= 120 for line in lines for t, b in line)
    assert "".join(t for line in lines for t, _ in line).replace(" ", "") == (
        "Recordversion" + code)


@pytest.mark.parametrize(("page_size", "large", "body"), [
    ("A4", False, 16), ("A5", False, 16), ("A4", True, 20), ("A5", True, 20),
])
def test_style_sizes(page_size: str, large: bool, body: float) -> None:
    s = Style.make(page_size, large)
    assert s.body == body and s.leading == body * 1.5
    assert s.heading > s.body and s.title > s.heading
    assert s.text_x == s.margin + s.picture + s.gap
    with pytest.raises(ValueError):
        Style.make("A3", large)
