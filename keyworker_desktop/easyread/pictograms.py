"""The project's own pictograms: the index, choosing one for a sentence, drawing one.

The pictures are SVG files in ``keyworker_desktop/resources/pictograms`` made by
``scripts/make_pictograms.py``. They use a small SVG subset (see ``ALLOWED``) that
``draw_svg`` draws straight onto a ReportLab canvas, so printing needs no SVG
library and no network.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

SVG_NS = "{http://www.w3.org/2000/svg}"

#: Elements and the attributes each may carry: the whole subset draw_svg knows.
PRESENTATION = frozenset(
    {"stroke", "fill", "stroke-width", "stroke-linecap", "stroke-linejoin"}
)
ALLOWED: Mapping[str, frozenset[str]] = {
    "svg": frozenset({"xmlns", "viewBox", "width", "height"}) | PRESENTATION,
    "title": frozenset(),
    "circle": frozenset({"cx", "cy", "r"}) | PRESENTATION,
    "ellipse": frozenset({"cx", "cy", "rx", "ry"}) | PRESENTATION,
    "rect": frozenset({"x", "y", "width", "height", "rx"}) | PRESENTATION,
    "line": frozenset({"x1", "y1", "x2", "y2"}) | PRESENTATION,
    "polyline": frozenset({"points"}) | PRESENTATION,
    "polygon": frozenset({"points"}) | PRESENTATION,
    "path": frozenset({"d"}) | PRESENTATION,
}
PATH_COMMANDS = frozenset("MmLlHhVvCcQqZz")
VIEWBOX = 100.0


@dataclass(frozen=True)
class PictogramInfo:
    """One entry of index.json."""

    name: str
    file: str
    title: str
    keywords: tuple[str, ...]


def pictogram_dir() -> Traversable:
    """Where the SVG files and index.json live, inside the installed package."""
    return files("keyworker_desktop") / "resources" / "pictograms"


@lru_cache(maxsize=1)
def load_index() -> Mapping[str, PictogramInfo]:
    """All pictograms by name, in the order of index.json."""
    raw = json.loads((pictogram_dir() / "index.json").read_text(encoding="utf-8"))
    return {
        e["name"]: PictogramInfo(e["name"], e["file"], e["title"], tuple(e["keywords"]))
        for e in raw["pictograms"]
    }


def pictogram_titles() -> list[str]:
    """Every pictogram's title, as people read it beside a line of the plan. They are data
    (index.json): the translation script adds them to the catalogue under "Pictogram"."""
    return [info.title for info in load_index().values()]


# --- choosing a picture by keywords ----------------------------------------

_WORD = re.compile(r"[a-z0-9]+(?:['’&()][a-z0-9]+)*")


def stem(word: str) -> str:
    """A deliberately small stemmer: enough to match "meetings" to "meeting"
    and "helped" to "help", never clever enough to surprise anyone."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", "")):  # plurals first
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: -len(suffix)] + repl
            break
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            # "planning" -> "plan", but "calling" keeps its double l.
            if w[-1] == w[-2] and w[-1] not in "lsze":
                w = w[:-1]
            return w
    # "agree"/"agreed", "move"/"moving": drop a final e so both forms meet.
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def _words(text: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(text.lower().replace("’", "'"))]


@lru_cache(maxsize=1)
def _keyword_table() -> Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First stemmed word -> ((stemmed keyword words, pictogram name), ...),
    longest phrases first; the first pictogram listing a keyword keeps it."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for info in load_index().values():
        for kw in info.keywords:
            words = tuple(_words(kw))
            entries = table.setdefault(words[0], []) if words else None
            if entries is not None and all(w != words for w, _ in entries):
                entries.append((words, info.name))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in table.items()}


def choose_pictogram(text: str, default: str) -> str:
    """The pictogram for a sentence, found by whole-word keywords.

    The keyword that starts earliest in the sentence wins; at the same place the
    longer phrase wins ("social worker" before "social"). With no match, the
    ``default`` name is returned.
    """
    words = _words(text)
    table = _keyword_table()
    for i, word in enumerate(words):
        for kw, name in table.get(word, ()):
            if tuple(words[i : i + len(kw)]) == kw:
                return name
    return default


# --- drawing the SVG subset on a ReportLab canvas ----------------------------

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PATH_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")

Segment = tuple[str, tuple[float, ...]]  # ("M", (x, y)) | ("L", ..) | ("C", 6 numbers) | ("Z", ())


def parse_path(d: str) -> list[Segment]:
    """Absolute M/L/C/Z segments for a path's ``d``: relative commands made
    absolute, H/V made L, quadratic curves raised to cubic ones."""
    tokens = _PATH_TOKEN.findall(d)
    out: list[Segment] = []
    i = 0
    cmd = ""
    x = y = sx = sy = 0.0

    def num() -> float:
        nonlocal i
        v = float(tokens[i])
        i += 1
        return v

    while i < len(tokens):
        tok = tokens[i]
        if tok.isalpha():
            if tok not in PATH_COMMANDS:
                raise ValueError(f"path command {tok!r} is outside the pictogram subset")
            cmd = tok
            i += 1
            if cmd in "Zz":
                out.append(("Z", ()))
                x, y = sx, sy
                continue
        elif not cmd or cmd in "Zz":
            raise ValueError(f"number without a command in path {d!r}")
        rel = cmd.islower()
        c = cmd.upper()
        ox, oy = (x, y) if rel else (0.0, 0.0)
        if c == "M":
            x, y = num() + ox, num() + oy
            sx, sy = x, y
            out.append(("M", (x, y)))
            cmd = "l" if rel else "L"  # further pairs are line-tos
        elif c == "L":
            x, y = num() + ox, num() + oy
            out.append(("L", (x, y)))
        elif c == "H":
            x = num() + ox
            out.append(("L", (x, y)))
        elif c == "V":
            y = num() + oy
            out.append(("L", (x, y)))
        elif c == "C":
            x1, y1, x2, y2 = num() + ox, num() + oy, num() + ox, num() + oy
            x, y = num() + ox, num() + oy
            out.append(("C", (x1, y1, x2, y2, x, y)))
        elif c == "Q":
            qx, qy = num() + ox, num() + oy
            ex, ey = num() + ox, num() + oy
            out.append(("C", (x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y),
                              ex + 2 / 3 * (qx - ex), ey + 2 / 3 * (qy - ey), ex, ey)))
            x, y = ex, ey
    return out


_NAMED = {"black": "#000000", "white": "#ffffff"}


def _colour(value: str | None) -> tuple[float, float, float] | None:
    if value is None or value == "none":
        return None
    v = _NAMED.get(value.lower(), value)
    if re.fullmatch(r"#[0-9a-fA-F]{3}", v):
        v = "#" + "".join(ch * 2 for ch in v[1:])
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", v):
        raise ValueError(f"colour {value!r} is outside the pictogram subset")
    return (int(v[1:3], 16) / 255, int(v[3:5], 16) / 255, int(v[5:7], 16) / 255)


_CAPS = {"butt": 0, "round": 1, "square": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}


@dataclass(frozen=True)
class Shape:
    """One element of a pictogram, parsed, with its inherited presentation."""

    tag: str
    geometry: tuple[Any, ...]
    stroke: tuple[float, float, float] | None
    fill: tuple[float, float, float] | None
    width: float
    cap: int
    join: int


def _points(value: str) -> list[float]:
    return [float(n) for n in _NUMBER.findall(value)]


def iter_elements(root: ET.Element) -> Iterator[ET.Element]:
    """The drawable children of an <svg> root, in paint order."""
    for el in root:
        if el.tag.replace(SVG_NS, "") != "title":
            yield el


def parse_svg(text: str) -> list[Shape]:
    """Parse pictogram SVG text into shapes; raise ValueError outside the subset."""
    root = ET.fromstring(text)
    if root.tag.replace(SVG_NS, "") != "svg":
        raise ValueError("not an <svg> document")
    base = {
        "stroke": "none", "fill": "#000000", "stroke-width": "1",
        "stroke-linecap": "butt", "stroke-linejoin": "miter",
    }
    base.update({k: v for k, v in root.attrib.items() if k in PRESENTATION})
    shapes: list[Shape] = []
    for el in iter_elements(root):
        tag = el.tag.replace(SVG_NS, "")
        if tag not in ALLOWED or tag == "svg":
            raise ValueError(f"element <{tag}> is outside the pictogram subset")
        extra = set(el.attrib) - ALLOWED[tag]
        if extra:
            raise ValueError(f"attributes {sorted(extra)} on <{tag}> are outside the subset")
        if len(el):
            raise ValueError(f"<{tag}> must not have children")
        a = {**base, **el.attrib}

        def g(key: str, a: dict[str, str] = a) -> float:
            return float(a.get(key, 0))

        geometry: tuple[Any, ...]
        if tag == "circle":
            geometry = (g("cx"), g("cy"), g("r"))
        elif tag == "ellipse":
            geometry = (g("cx"), g("cy"), g("rx"), g("ry"))
        elif tag == "rect":
            geometry = (g("x"), g("y"), g("width"), g("height"), g("rx"))
        elif tag == "line":
            geometry = (g("x1"), g("y1"), g("x2"), g("y2"))
        elif tag in ("polyline", "polygon"):
            pts = _points(a["points"])
            if len(pts) % 2:
                raise ValueError(f"odd number of coordinates in <{tag}>")
            geometry = tuple(pts)
        else:
            geometry = tuple(parse_path(a["d"]))
        shapes.append(Shape(
            tag=tag,
            geometry=geometry,
            stroke=_colour(a["stroke"]),
            fill=_colour(a["fill"]) if tag not in ("line", "polyline") else None,
            width=float(a["stroke-width"]),
            cap=_CAPS[a["stroke-linecap"]],
            join=_JOINS[a["stroke-linejoin"]],
        ))
    return shapes


@cache
def load_shapes(name: str) -> tuple[Shape, ...]:
    """The parsed shapes of a pictogram by name (cached: parse once per process)."""
    info = load_index()[name]
    return tuple(parse_svg((pictogram_dir() / info.file).read_text(encoding="utf-8")))


def _draw_shape(canvas: Any, s: Shape) -> None:
    stroke = s.stroke is not None and s.width > 0
    fill = s.fill is not None
    if not (stroke or fill):
        return
    if stroke:
        assert s.stroke is not None
        canvas.setStrokeColorRGB(*s.stroke)
        canvas.setLineWidth(s.width)
        canvas.setLineCap(s.cap)
        canvas.setLineJoin(s.join)
    if fill:
        assert s.fill is not None
        canvas.setFillColorRGB(*s.fill)
    flags = {"stroke": int(stroke), "fill": int(fill)}
    geo = s.geometry
    if s.tag == "circle":
        canvas.circle(geo[0], geo[1], geo[2], **flags)
    elif s.tag == "ellipse":
        cx, cy, rx, ry = geo
        canvas.ellipse(cx - rx, cy - ry, cx + rx, cy + ry, **flags)
    elif s.tag == "rect":
        x, y, w, h, rx = geo
        if rx:
            canvas.roundRect(x, y, w, h, min(rx, w / 2, h / 2), **flags)
        else:
            canvas.rect(x, y, w, h, **flags)
    elif s.tag == "line":
        if stroke:
            canvas.line(*geo)
    else:
        p = canvas.beginPath()
        if s.tag in ("polyline", "polygon"):
            p.moveTo(geo[0], geo[1])
            for k in range(2, len(geo), 2):
                p.lineTo(geo[k], geo[k + 1])
            if s.tag == "polygon":
                p.close()
        else:
            for op, args in geo:
                if op == "M":
                    p.moveTo(*args)
                elif op == "L":
                    p.lineTo(*args)
                elif op == "C":
                    p.curveTo(*args)
                else:
                    p.close()
        canvas.drawPath(p, fillMode=0, **flags)


def draw_shapes(canvas: Any, shapes: tuple[Shape, ...] | list[Shape], x: float, y: float,
                size: float) -> None:
    """Draw parsed shapes in a ``size`` square whose lower-left corner is (x, y)."""
    canvas.saveState()
    # SVG's y axis points down; flip the 100-unit box into PDF space.
    canvas.translate(x, y + size)
    canvas.scale(size / VIEWBOX, -size / VIEWBOX)
    for s in shapes:
        _draw_shape(canvas, s)
    canvas.restoreState()


def draw_svg(canvas: Any, name: str, x: float, y: float, size: float) -> None:
    """Draw pictogram ``name`` on a ReportLab canvas in a ``size`` square at (x, y)."""
    draw_shapes(canvas, load_shapes(name), x, y, size)
