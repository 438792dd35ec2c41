"""``keyworker plan``: the PDF, its pages and paper, unknown young people, nothing else on disk."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A5

from keyworker_desktop import cli


def run(store: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(store), *args])


def text_of(path: Path) -> list[str]:
    """Each page's words, lines joined (large print on A5 wraps titles)."""
    return [" ".join(page.extract_text().split())
            for page in PdfReader(BytesIO(path.read_bytes())).pages]


def test_plan_pdf_has_the_preferred_name(demo_store: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "aish.pdf"
    assert run(demo_store, "plan", "Aisha Begum", "--out", str(out)) == 0
    assert "Aish's plan" in capsys.readouterr().out
    pages = text_of(out)
    assert len(pages) >= 4
    assert "Aish's plan" in pages[0]
    assert all("Aisha" not in p for p in pages)
    # Only the PDF: no temporary file is left beside it.
    assert [p.name for p in tmp_path.iterdir()] == ["aish.pdf"]


def test_pages_and_paper_are_honoured(demo_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "olly.pdf"
    assert run(demo_store, "plan", "Olly", "--out", str(out), "--pages",
               "about-me,next-visits", "--a5", "--large-print") == 0
    texts = text_of(out)
    assert "About Olly" in texts[0]
    assert "Olly's next visits" in texts[-1]
    assert not any("Olly's plan" in t or "Who helps Olly" in t for t in texts)
    box = PdfReader(BytesIO(out.read_bytes())).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == tuple(round(x) for x in A5)


def test_unknown_young_person_and_bad_pages(demo_store: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nobody.pdf"
    assert run(demo_store, "plan", "Nobody Atall", "--out", str(out)) == 6
    assert "No single young person" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(SystemExit) as exc:
        run(demo_store, "plan", "Olly", "--out", str(out), "--pages", "my-plan,fridge")
    assert exc.value.code == 2
    assert run(demo_store, "plan", "Olly", "--out", str(tmp_path / "olly.txt")) == 2
    assert list(tmp_path.iterdir()) == []
