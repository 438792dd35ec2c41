"""Reading back what a PDF really shows: text runs with their effective size and
position, and where pictures (form and image XObjects) are placed."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf._page import PageObject


@dataclass(frozen=True)
class Run:
    text: str
    x: float
    y: float
    size: float  # font size x text and graphics matrix scale
    font: str


@dataclass(frozen=True)
class Placement:
    name: str
    subtype: str  # "/Form" or "/Image"
    x: float
    y: float
    width: float
    height: float


def _mult(m: list[float], n: list[float]) -> list[float]:
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F]


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def runs(page: PageObject) -> list[Run]:
    out: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text.strip():
            return
        m = _mult(tm, cm)
        scale = math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))
        name = str(font.get("/BaseFont", "")) if font else ""
        out.append(Run(text.strip("\n"), m[4], m[5], size * scale, name))

    page.extract_text(visitor_text=visit)
    return out


def placements(page: PageObject) -> list[Placement]:
    xobjects = page["/Resources"].get("/XObject", {})
    out: list[Placement] = []

    def visit(op: bytes, args: list[Any], cm: list[float], tm: list[float]) -> None:
        if op != b"Do":
            return
        name = str(args[0])
        xo = xobjects[name].get_object()
        subtype = str(xo["/Subtype"])
        x0, y0, x1, y1 = (float(v) for v in xo.get("/BBox", [0, 0, 1, 1]))
        out.append(Placement(name, subtype, cm[4] + x0 * cm[0], cm[5] + y0 * cm[3],
                             (x1 - x0) * cm[0], (y1 - y0) * cm[3]))

    page.extract_text(visitor_operand_before=visit)
    return out


def fonts(page: PageObject) -> dict[str, Any]:
    return {k: v.get_object() for k, v in page["/Resources"].get("/Font", {}).items()}
