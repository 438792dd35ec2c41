"""Render the sample easy-read plan (fictional "Sam Okafor") to docs/screenshots.

    .venv/bin/python scripts/render_easyread_samples.py [--dpi 60]

Writes easyread-a4-N.png (every page of the A4 plan), easyread-a5-large-N.png
(the first pages of the A5 large-print plan) and easyread-pictograms.png (every
pictogram with its name). Needs pdftoppm (poppler-utils).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from keyworker_desktop.easyread.documents import build_plan_pdf  # noqa: E402
from keyworker_desktop.easyread.layout import FONT, register_fonts  # noqa: E402
from keyworker_desktop.easyread.pictograms import draw_svg, load_index  # noqa: E402
from keyworker_desktop.easyread.sample import sample_plan  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def pictogram_sheet() -> bytes:
    """Every pictogram at 80 pt with its name, eight to a row."""
    register_fonts()
    names = list(load_index())
    cols, cell, label = 8, 96.0, 16.0
    rows = (len(names) + cols - 1) // cols
    width, height = cols * cell + 16, rows * (cell + label) + 16
    buf = BytesIO()
    c = Canvas(buf, pagesize=(width, height), initialFontName=FONT)
    for k, name in enumerate(names):
        x = 8 + (k % cols) * cell
        y = height - 8 - (k // cols + 1) * (cell + label) + label
        draw_svg(c, name, x + 8, y, cell - 16)
        c.setFont(FONT, 9)
        c.drawString(x + 8, y - 11, name)
    c.save()
    return buf.getvalue()


def render(pdf: bytes, prefix: str, dpi: int, first: int | None = None,
           last: int | None = None) -> list[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.pdf"
        src.write_bytes(pdf)
        cmd = ["pdftoppm", "-png", "-r", str(dpi)]
        if first:
            cmd += ["-f", str(first)]
        if last:
            cmd += ["-l", str(last)]
        subprocess.run([*cmd, str(src), str(Path(tmp) / "page")], check=True)
        out = []
        for png in sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.split("-")[1])):
            target = OUT / f"{prefix}-{int(png.stem.split('-')[1])}.png"
            shutil.move(png, target)
            out.append(target)
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm is missing: install poppler-utils")
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("easyread-*.png"):
        old.unlink()
    plan = sample_plan()
    written = render(build_plan_pdf(plan), "easyread-a4", args.dpi)
    written += render(build_plan_pdf(plan, page_size="A5", large_print=True),
                      "easyread-a5-large", args.dpi, first=1, last=2)
    written += render(pictogram_sheet(), "easyread-pictograms", args.dpi * 3 // 2)
    # A one-page sheet comes out as "-1"; name it plainly.
    sheet = OUT / "easyread-pictograms-1.png"
    sheet.rename(OUT / "easyread-pictograms.png")
    written[-1] = OUT / "easyread-pictograms.png"
    for path in written:
        print(path.relative_to(OUT.parents[1]))


if __name__ == "__main__":
    main()
