"""Benchmark building the easy-read plan PDF.

Run: python bench/bench_easyread.py [--runs N]. Each figure is the median of N
builds, printed with its ratio to a baseline measured in the same run: a bare
ReportLab document (platypus, one paragraph style, the same embedded font) with
the same words as the plan and no pictures.
Target: the four-page plan ("My plan", "Who helps me", "My next visits",
"About me") for the sample young person in under 300 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from keyworker_desktop.easyread.documents import build_plan_pdf, lay_out_plan  # noqa: E402
from keyworker_desktop.easyread.layout import FONT, TextItem, register_fonts  # noqa: E402
from keyworker_desktop.easyread.plan_data import PlanData, PlanLine  # noqa: E402
from keyworker_desktop.easyread.sample import sample_plan  # noqa: E402

TARGET_MS = 300.0


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm up: font registration, pictogram parsing, imports
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def plan_words(plan: PlanData) -> list[str]:
    """Every text run the plan prints, as laid out for A4."""
    pages, _ = lay_out_plan(plan)
    return [i.text for p in pages for i in p.items if isinstance(i, TextItem)]


def bare_document(words: list[str]) -> bytes:
    """The baseline: the same text, one paragraph style, no pictures."""
    style = ParagraphStyle("plain", fontName=FONT, fontSize=16, leading=24)
    buf = BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    doc.build([Paragraph(" ".join(words), style)])
    return buf.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    register_fonts()

    plan = sample_plan()
    words = plan_words(plan)
    baseline = median_ms(lambda: bare_document(words), args.runs)
    pdf = build_plan_pdf(plan)
    pages = len(PdfReader(BytesIO(pdf)).pages)
    print(f"sample plan: {len(words)} text runs, {pages} A4 pages, {len(pdf) // 1024} KiB PDF")
    print(f"baseline (bare ReportLab, same text, no pictures): {baseline:7.1f} ms")

    huge = replace(plan, goals=[PlanLine(f"Goal {i}: go to the park with Dad.")
                                for i in range(100)],
                   agreed=[PlanLine(f"Agreed thing {i} for this term.") for i in range(60)])
    huge_pages = len(PdfReader(BytesIO(build_plan_pdf(huge))).pages)
    cases: list[tuple[str, Callable[[], object], float | None]] = [
        ("four-page plan, A4", lambda: build_plan_pdf(plan), TARGET_MS),
        ("four-page plan, A5 large print",
         lambda: build_plan_pdf(plan, page_size="A5", large_print=True), None),
        (f"100 goals, 60 agreed ({huge_pages} pages)", lambda: build_plan_pdf(huge), None),
    ]
    missed = False
    for label, fn, target in cases:
        ms = median_ms(fn, args.runs)
        verdict = ""
        if target is not None:
            ok = ms < target
            missed |= not ok
            verdict = f"  target < {target:.0f} ms: {'met' if ok else 'MISSED'}"
        print(f"{label:40s} {ms:7.1f} ms  x{ms / baseline:4.1f} baseline{verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
