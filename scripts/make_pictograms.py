"""Generate the project's own easy-read pictograms.

Writes keyworker_desktop/resources/pictograms/*.svg and index.json. Every
picture is drawn here from simple shapes: a 100 x 100 viewBox, bold black
strokes (6 wide, round caps and joins) on white, and at most one light flat
accent colour that still reads as a light grey when printed in black and white.

Only the SVG subset that ``keyworker_desktop.easyread.pictograms.draw_svg`` can
draw is used: circle, ellipse, rect (rx), line, polyline, polygon and path with
M/L/H/V/C/Q/Z. Run it again after changing a drawing:

    .venv/bin/python scripts/make_pictograms.py
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "keyworker_desktop" / "resources" / "pictograms"

# Light accents: luminance 170-210 of 255, so black strokes stand out in colour
# and in greyscale, and a filled area prints as a light grey.
YELLOW = "#FFD23F"
BLUE = "#8FCFEA"
GREEN = "#93D67F"
RED = "#F4978E"

WHITE = "#FFFFFF"
BLACK = "#000000"


def f(v: float) -> str:
    """Format a coordinate without trailing zeros."""
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def attrs(fill: str | None = None, sw: float | None = None, stroke: str | None = None) -> str:
    out = ""
    if fill:
        out += f' fill="{fill}"'
    if stroke:
        out += f' stroke="{stroke}"'
    if sw is not None:
        out += f' stroke-width="{f(sw)}"'
    return out


def circle(cx: float, cy: float, r: float, fill: str | None = None, sw: float | None = None,
           stroke: str | None = None) -> str:
    return f'<circle cx="{f(cx)}" cy="{f(cy)}" r="{f(r)}"{attrs(fill, sw, stroke)}/>'


def ellipse(cx: float, cy: float, rx: float, ry: float, fill: str | None = None) -> str:
    return f'<ellipse cx="{f(cx)}" cy="{f(cy)}" rx="{f(rx)}" ry="{f(ry)}"{attrs(fill)}/>'


def rect(x: float, y: float, w: float, h: float, rx: float = 0, fill: str | None = None,
         sw: float | None = None) -> str:
    r = f' rx="{f(rx)}"' if rx else ""
    return f'<rect x="{f(x)}" y="{f(y)}" width="{f(w)}" height="{f(h)}"{r}{attrs(fill, sw)}/>'


def line(x1: float, y1: float, x2: float, y2: float, sw: float | None = None) -> str:
    return f'<line x1="{f(x1)}" y1="{f(y1)}" x2="{f(x2)}" y2="{f(y2)}"{attrs(None, sw)}/>'


def polyline(*pts: float) -> str:
    return f'<polyline points="{" ".join(f(p) for p in pts)}"/>'


def polygon(*pts: float, fill: str | None = None) -> str:
    return f'<polygon points="{" ".join(f(p) for p in pts)}"{attrs(fill)}/>'


def path(d: str, fill: str | None = None, sw: float | None = None) -> str:
    return f'<path d="{d}"{attrs(fill, sw)}/>'


def dot(cx: float, cy: float, r: float = 4) -> str:
    return circle(cx, cy, r, fill=BLACK, stroke="none")


def person(cx: float = 50, top: float = 8, s: float = 1.0, fill: str = WHITE) -> list[str]:
    """A head and shoulders figure; ``top`` is the top of the head."""
    r = 14 * s
    hy = top + r
    sh = top + 38 * s  # top of the shoulders
    bottom = top + 84 * s
    w = 27 * s
    body = (
        f"M {f(cx - w)} {f(bottom)} V {f(sh + 18 * s)} "
        f"Q {f(cx - w)} {f(sh)} {f(cx)} {f(sh)} "
        f"Q {f(cx + w)} {f(sh)} {f(cx + w)} {f(sh + 18 * s)} V {f(bottom)} Z"
    )
    return [path(body, fill=fill), circle(cx, hy, r, fill=WHITE)]


def face(fill: str = YELLOW) -> list[str]:
    return [circle(50, 50, 42, fill=fill)]


def speech_bubble(x: float, y: float, w: float, h: float, tail_left: bool,
                  fill: str = WHITE) -> str:
    """A rounded bubble with a tail, as one path."""
    r = 12
    x2, y2 = x + w, y + h
    # Built explicitly so the tail sits on the bottom edge.
    d = (
        f"M {f(x + r)} {f(y)} H {f(x2 - r)} Q {f(x2)} {f(y)} {f(x2)} {f(y + r)} "
        f"V {f(y2 - r)} Q {f(x2)} {f(y2)} {f(x2 - r)} {f(y2)} "
    )
    if tail_left:
        d += f"L {f(x + 28)} {f(y2)} L {f(x + 10)} {f(y2 + 14)} L {f(x + 14)} {f(y2)} "
    else:
        d += f"L {f(x2 - 14)} {f(y2)} L {f(x2 - 10)} {f(y2 + 14)} L {f(x2 - 28)} {f(y2)} "
    d += (f"H {f(x + r)} Q {f(x)} {f(y2)} {f(x)} {f(y2 - r)} "
          f"V {f(y + r)} Q {f(x)} {f(y)} {f(x + r)} {f(y)} Z")
    return path(d, fill=fill)


def heart(cx: float, cy: float, s: float, fill: str | None = RED, sw: float | None = None) -> str:
    """A heart whose centre is roughly (cx, cy); ``s`` is the half width."""
    top = cy - 0.45 * s

    def pt(dx: float, dy: float) -> str:
        return f"{f(cx + dx * s)} {f(dy)}"

    lo, mid, hi = cy + 0.2 * s, cy + 0.6 * s, cy - 1.05 * s
    d = (
        f"M {pt(0, cy + s)} "
        f"C {pt(-0.4, mid)} {pt(-1, lo)} {pt(-1, top + 0.1 * s)} "
        f"C {pt(-1, hi)} {pt(-0.1, hi)} {pt(0, top + 0.05 * s)} "
        f"C {pt(0.1, hi)} {pt(1, hi)} {pt(1, top + 0.1 * s)} "
        f"C {pt(1, lo)} {pt(0.4, mid)} {pt(0, cy + s)} Z"
    )
    return path(d, fill=fill, sw=sw)


def star(cx: float, cy: float, r: float, fill: str | None = YELLOW) -> str:
    import math

    pts: list[float] = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.45
        pts += [cx + rr * math.cos(a), cy + rr * math.sin(a)]
    return polygon(*pts, fill=fill)


def arrow_right(x1: float, y: float, x2: float, head: float = 14) -> list[str]:
    return [line(x1, y, x2, y), polyline(x2 - head, y - head, x2, y, x2 - head, y + head)]


def sun(cx: float, cy: float, r: float, rays: bool = True, fill: str = YELLOW) -> list[str]:
    import math

    out = [circle(cx, cy, r, fill=fill)]
    if rays:
        for i in range(8):
            a = i * math.pi / 4
            out.append(
                line(cx + (r + 7) * math.cos(a), cy + (r + 7) * math.sin(a),
                     cx + (r + 16) * math.cos(a), cy + (r + 16) * math.sin(a))
            )
    return out


def house(x: float, y: float, w: float, h: float, fill: str | None = None) -> list[str]:
    """A house body with a pitched roof; (x, y) is the top left of the walls."""
    roof = polygon(x - 8, y, x + w / 2, y - h * 0.55, x + w + 8, y)
    return [rect(x, y, w, h, fill=fill), roof]


# --- the pictograms -------------------------------------------------------

Drawing = Callable[[], list[str]]
PICTOGRAMS: dict[str, tuple[str, list[str], Drawing]] = {}


def pictogram(name: str, title: str, keywords: list[str]) -> Callable[[Drawing], Drawing]:
    def register(fn: Drawing) -> Drawing:
        PICTOGRAMS[name] = (title, keywords, fn)
        return fn

    return register


# People and roles


@pictogram("person", "A person", ["person", "someone", "people", "who"])
def _person() -> list[str]:
    return person()


@pictogram("me", "Me (the young person)", ["me", "myself", "young person", "child", "about me"])
def _me() -> list[str]:
    return person(cx=42, fill=YELLOW) + [
        line(94, 48, 76, 62),
        polyline(76, 50, 76, 62, 88, 64),
    ]


@pictogram("doctor", "Doctor", [
    "doctor", "gp", "consultant", "psychiatrist", "paediatrician", "dr", "clinician",
    "registrar", "ward doctor",
])
def _doctor() -> list[str]:
    return person() + [
        path("M 36 47 Q 32 72 50 72 Q 68 72 64 47", sw=5),
        line(50, 72, 50, 80, sw=5),
        circle(50, 84, 5, fill=BLUE, sw=5),
    ]


@pictogram("nurse", "Nurse", ["nurse", "nursing", "health visitor", "matron"])
def _nurse() -> list[str]:
    return person(fill=BLUE) + [
        rect(54, 60, 20, 20, rx=3, fill=WHITE, sw=4),
        line(64, 64, 64, 76, sw=5),
        line(58, 70, 70, 70, sw=5),
    ]


@pictogram("teacher", "Teacher", ["teacher", "teaching assistant", "tutor", "lesson", "class"])
def _teacher() -> list[str]:
    return [
        rect(46, 10, 48, 40, rx=3, fill=GREEN),
        line(54, 22, 84, 22, sw=5),
        line(54, 34, 74, 34, sw=5),
        line(58, 50, 52, 62, sw=5),
        line(82, 50, 88, 62, sw=5),
        *person(cx=26, top=30, s=0.72),
        line(40, 64, 56, 42),
    ]


@pictogram("social_worker", "Social worker", [
    "social worker", "social work", "social care", "children's services", "local authority",
    "council",
])
def _social_worker() -> list[str]:
    return person(cx=40) + [
        rect(58, 46, 32, 42, rx=3, fill=YELLOW),
        rect(66, 42, 16, 8, rx=2, fill=WHITE, sw=5),
        line(65, 62, 83, 62, sw=5),
        line(65, 74, 79, 74, sw=5),
    ]


@pictogram("keyworker", "Keyworker", ["keyworker", "key worker", "keyworking", "key working"])
def _keyworker() -> list[str]:
    return person(cx=36) + [
        circle(76, 26, 13, fill=YELLOW),
        circle(76, 26, 3, fill=BLACK, stroke="none"),
        line(76, 39, 76, 88),
        line(76, 74, 88, 74),
        line(76, 86, 86, 86),
    ]


@pictogram("family", "Family", ["family", "families", "relatives", "siblings", "brother", "sister",
                                "grandparent", "nan", "grandma", "grandad", "carers"])
def _family() -> list[str]:
    return (
        person(cx=24, top=14, s=0.78)
        + person(cx=76, top=14, s=0.78)
        + person(cx=50, top=42, s=0.6, fill=YELLOW)
    )


@pictogram("parent", "Parent", ["parent", "parents", "mum", "mother", "mom", "dad", "father",
                                "carer", "foster carer", "guardian", "step-parent"])
def _parent() -> list[str]:
    return person(cx=34, top=6, s=0.98) + person(cx=76, top=40, s=0.6, fill=YELLOW) + [
        line(56, 80, 62, 78),
    ]


@pictogram("friend", "Friend", ["friend", "friends", "mate", "buddy", "peer", "peers"])
def _friend() -> list[str]:
    return (
        person(cx=28, top=18, s=0.8)
        + person(cx=72, top=18, s=0.8)
        + [heart(50, 14, 9)]
    )


@pictogram("therapist", "Therapist", [
    "therapist", "therapy", "occupational therapist", "speech and language", "speech therapist",
    "psychologist", "counsellor", "counselling", "camhs", "salt", "physiotherapist",
])
def _therapist() -> list[str]:
    # A person and a jigsaw piece: working a problem out together.
    return person(cx=32, top=20, s=0.8) + [
        path(
            "M 58 14 H 68 Q 66 6 74 6 Q 82 6 80 14 H 92 V 26 Q 100 24 100 32 Q 100 40 92 38 "
            "V 50 H 80 Q 82 42 74 42 Q 66 42 68 50 H 58 Z",
            fill=GREEN,
        ),
    ]


@pictogram("police", "Police", ["police", "police officer", "pc"])
def _police() -> list[str]:
    return person(top=18, s=0.88) + [
        path("M 28 22 Q 50 4 72 22 L 68 28 H 32 Z", fill=BLUE),
        line(32, 28, 68, 28),
    ]


# Places


@pictogram("home", "Home", ["home", "house", "family home", "flat", "where i live", "bedroom"])
def _home() -> list[str]:
    return [
        rect(20, 46, 60, 44),
        polygon(10, 50, 50, 14, 90, 50),
        rect(44, 62, 16, 28, fill=YELLOW),
        rect(26, 56, 12, 12, sw=5),
    ]


@pictogram("residential", "Children's home", [
    "residential", "children's home", "childrens home", "placement", "care home",
    "residential placement", "supported living",
])
def _residential() -> list[str]:
    return [
        rect(12, 40, 76, 52),
        polygon(4, 44, 50, 10, 96, 44),
        rect(42, 70, 16, 22, fill=YELLOW),
        rect(20, 50, 16, 16, sw=5),
        rect(64, 50, 16, 16, sw=5),
        circle(28, 76, 6, sw=5),
        circle(72, 76, 6, sw=5),
    ]


@pictogram("school", "School", ["school", "college", "classroom", "nursery", "senco", "ehcp",
                                "education", "sixth form"])
def _school() -> list[str]:
    return [
        rect(8, 48, 84, 42),
        polygon(30, 48, 50, 26, 70, 48, fill=YELLOW),
        line(50, 26, 50, 8),
        polygon(50, 8, 66, 13, 50, 18, fill=BLACK),
        rect(42, 68, 16, 22),
        rect(16, 58, 14, 12, sw=5),
        rect(70, 58, 14, 12, sw=5),
    ]


@pictogram("hospital", "Hospital", ["hospital", "ward", "inpatient", "unit", "a&e",
                                    "clinic", "health centre"])
def _hospital() -> list[str]:
    return [
        rect(14, 22, 72, 68),
        polygon(42, 30, 58, 30, 58, 42, 70, 42, 70, 58, 58, 58, 58, 70, 42, 70, 42, 58, 30, 58,
                30, 42, 42, 42, fill=RED),
        line(14, 90, 86, 90),
    ]


@pictogram("hospital_far", "Hospital far away", [
    "out of area", "hospital far away", "far away", "out-of-area",
])
def _hospital_far() -> list[str]:
    return [
        rect(46, 30, 46, 52),
        polygon(63, 40, 75, 40, 75, 50, 85, 50, 85, 60, 75, 60, 75, 70, 63, 70, 63, 60, 53, 60,
                53, 50, 63, 50, fill=RED),
        *arrow_right(6, 56, 36, head=10),
        line(6, 82, 12, 82),
        line(22, 82, 28, 82),
        line(36, 82, 42, 82),
    ]


@pictogram("car", "Car", ["car", "drive", "driving", "lift", "taxi"])
def _car() -> list[str]:
    return [
        path("M 8 70 V 56 Q 8 50 16 49 L 28 47 L 38 32 Q 40 30 44 30 H 66 Q 70 30 72 33 "
             "L 82 48 Q 92 50 92 58 V 70 Z", fill=BLUE),
        line(44, 32, 44, 47, sw=5),
        line(30, 47, 82, 47, sw=5),
        circle(28, 72, 10, fill=WHITE),
        circle(72, 72, 10, fill=WHITE),
    ]


@pictogram("bus", "Bus", ["bus", "coach", "minibus", "transport", "travel"])
def _bus() -> list[str]:
    return [
        rect(10, 18, 80, 60, rx=8, fill=YELLOW),
        rect(18, 27, 20, 18, rx=2, fill=WHITE, sw=5),
        rect(44, 27, 20, 18, rx=2, fill=WHITE, sw=5),
        rect(70, 27, 12, 30, rx=2, fill=WHITE, sw=5),
        line(10, 58, 64, 58, sw=5),
        circle(28, 80, 9, fill=WHITE),
        circle(72, 80, 9, fill=WHITE),
    ]


@pictogram("office", "Office", ["office", "base", "team base", "headquarters", "work"])
def _office() -> list[str]:
    out = [rect(22, 10, 56, 82, fill=BLUE)]
    for row in (22, 40, 58):
        out += [rect(32, row, 12, 10, fill=WHITE, sw=4), rect(56, row, 12, 10, fill=WHITE, sw=4)]
    out += [rect(43, 74, 14, 18, fill=WHITE), line(8, 92, 92, 92)]
    return out


@pictogram("park", "Park or community", ["park", "community", "outside", "outdoors",
                                         "youth club", "library", "garden", "leisure"])
def _park() -> list[str]:
    return [
        circle(36, 36, 24, fill=GREEN),
        line(36, 60, 36, 88),
        line(36, 72, 26, 64, sw=5),
        circle(76, 56, 14, fill=GREEN),
        line(76, 70, 76, 88),
        line(6, 88, 94, 88),
    ]


# Feelings


@pictogram("happy", "Happy", ["happy", "good", "great", "pleased", "glad", "enjoy", "fun",
                              "smile", "likes"])
def _happy() -> list[str]:
    return face() + [dot(36, 40, 5), dot(64, 40, 5), path("M 30 58 Q 50 78 70 58")]


@pictogram("sad", "Sad", ["sad", "upset", "unhappy", "cry", "crying", "down", "lonely", "miss"])
def _sad() -> list[str]:
    return face() + [
        dot(36, 42, 5), dot(64, 42, 5),
        path("M 32 72 Q 50 56 68 72"),
        path("M 32 54 Q 28 62 32 64 Q 36 62 32 54 Z", fill=WHITE, sw=4),
    ]


@pictogram("worried", "Worried", ["worried", "worry", "anxious", "anxiety", "scared", "nervous",
                                  "afraid", "stress", "stressed", "concern", "concerns"])
def _worried() -> list[str]:
    return face() + [
        line(26, 30, 40, 26, sw=5), line(60, 26, 74, 30, sw=5),
        dot(36, 42, 5), dot(64, 42, 5),
        path("M 30 66 Q 37 58 44 66 Q 51 74 58 66 Q 65 58 72 66"),
    ]


@pictogram("angry", "Angry", ["angry", "anger", "cross", "mad", "frustrated", "annoyed",
                              "furious", "meltdown"])
def _angry() -> list[str]:
    return face() + [
        line(24, 28, 42, 36), line(58, 36, 76, 28),
        dot(36, 46, 5), dot(64, 46, 5),
        path("M 32 70 Q 50 60 68 70"),
    ]


@pictogram("calm", "Calm", ["calm", "relaxed", "relax", "quiet", "peaceful", "settled", "ok",
                            "okay", "safe"])
def _calm() -> list[str]:
    return face() + [
        path("M 28 42 Q 36 48 44 42", sw=5), path("M 56 42 Q 64 48 72 42", sw=5),
        path("M 38 64 Q 50 70 62 64"),
    ]


# Time


@pictogram("calendar", "Calendar", ["calendar", "date", "day", "week", "month", "when",
                                    "review", "monday", "tuesday", "wednesday", "thursday",
                                    "friday", "saturday", "sunday", "birthday"])
def _calendar() -> list[str]:
    out = [
        rect(12, 18, 76, 72, rx=6, fill=WHITE),
        path("M 12 40 V 24 Q 12 18 18 18 H 82 Q 88 18 88 24 V 40 Z", fill=RED),
        line(32, 10, 32, 26), line(68, 10, 68, 26),
    ]
    for yy in (54, 74):
        for xx in (30, 50, 70):
            out.append(dot(xx, yy, 4.5))
    return out


@pictogram("clock", "Clock", ["clock", "time", "o'clock", "hour", "minutes", "late", "early"])
def _clock() -> list[str]:
    return [
        circle(50, 50, 40, fill=WHITE),
        line(50, 50, 50, 24),
        line(50, 50, 68, 58),
        dot(50, 50, 5),
        line(50, 10, 50, 16, sw=5), line(90, 50, 84, 50, sw=5),
        line(50, 90, 50, 84, sw=5), line(10, 50, 16, 50, sw=5),
    ]


@pictogram("morning", "Morning", ["morning", "breakfast", "wake", "am", "before lunch"])
def _morning() -> list[str]:
    import math

    # A half sun from two cubic curves (arcs are outside our subset).
    k = 0.5523 * 28
    out = [path(
        f"M 22 72 C 22 {f(72 - k)} {f(50 - k)} 44 50 44 C {f(50 + k)} 44 78 {f(72 - k)} 78 72 Z",
        fill=YELLOW,
    )]
    for deg in (180, 225, 270, 315, 0):
        a = math.radians(deg)
        out.append(line(50 + 36 * math.cos(a), 72 + 36 * math.sin(a),
                        50 + 46 * math.cos(a), 72 + 46 * math.sin(a)))
    out.append(line(4, 72, 96, 72))
    out += [polyline(40, 90, 50, 80, 60, 90)]
    return out


@pictogram("afternoon", "Afternoon", ["afternoon", "lunch", "lunchtime", "pm", "midday",
                                      "after school"])
def _afternoon() -> list[str]:
    return sun(50, 44, 20) + [line(4, 92, 96, 92)]


@pictogram("evening", "Evening", ["evening", "night", "tea", "dinner", "tonight", "bedtime"])
def _evening() -> list[str]:
    return [
        path("M 58 14 C 30 16 18 46 30 68 C 42 88 72 90 86 72 C 60 74 42 50 58 14 Z",
             fill=YELLOW),
        star(76, 30, 12, fill=None),
        line(4, 92, 96, 92),
    ]


# Actions


@pictogram("talk", "Talk", ["talk", "talking", "say", "said", "tell", "told", "chat", "discuss",
                            "discussed", "speak", "ask", "words", "voice", "views"])
def _talk() -> list[str]:
    return [
        speech_bubble(6, 10, 56, 36, tail_left=True, fill=YELLOW),
        speech_bubble(38, 46, 56, 32, tail_left=False, fill=WHITE),
    ]


@pictogram("phone", "Phone", ["phone", "call", "ring", "text", "mobile", "telephone", "contact"])
def _phone() -> list[str]:
    return [
        rect(28, 6, 44, 88, rx=8, fill=WHITE),
        rect(35, 18, 30, 52, rx=2, fill=BLUE, sw=4),
        dot(50, 82, 5),
    ]


@pictogram("meet", "Meeting", ["meet", "meeting", "meetings", "appointment", "review meeting",
                               "mdt", "ctr", "cetr", "c(e)tr", "tracker", "professionals",
                               "visit", "see"])
def _meet() -> list[str]:
    return (
        person(cx=22, top=20, s=0.62)
        + person(cx=78, top=20, s=0.62)
        + person(cx=50, top=10, s=0.62)
        + [rect(6, 64, 88, 14, rx=3, fill=YELLOW), line(20, 78, 20, 94), line(80, 78, 80, 94)]
    )


@pictogram("write", "Write", ["write", "writing", "written", "letter", "form", "notes",
                              "report", "record"])
def _write() -> list[str]:
    return [
        rect(12, 8, 56, 80, rx=3, fill=WHITE),
        line(22, 24, 56, 24, sw=5), line(22, 38, 56, 38, sw=5), line(22, 52, 40, 52, sw=5),
        polygon(80, 30, 92, 42, 58, 76, 44, 80, 48, 66, fill=YELLOW),
        line(74, 36, 86, 48, sw=4),
    ]


@pictogram("play", "Play", ["play", "playing", "game", "games", "toy", "toys", "football",
                            "sport", "activity", "activities", "hobby"])
def _play() -> list[str]:
    return [
        circle(36, 44, 30, fill=YELLOW),
        path("M 12 28 Q 36 38 60 28", sw=5),
        path("M 8 48 Q 36 60 64 48", sw=5),
        path("M 36 14 Q 24 44 36 74", sw=5),
        rect(66, 62, 26, 26, rx=2, fill=WHITE),
        rect(72, 36, 20, 20, rx=2, fill=WHITE),
        line(4, 92, 96, 92),
    ]


@pictogram("listen", "Listen", ["listen", "listening", "hear", "heard", "hearing"])
def _listen() -> list[str]:
    return [
        path("M 36 40 C 36 16 76 12 78 40 C 80 58 62 60 60 74 C 58 90 40 92 36 80",
             fill=YELLOW),
        path("M 50 42 C 50 32 64 32 64 42 C 64 50 56 52 56 58", sw=5),
        path("M 20 30 Q 10 48 20 66", sw=5),
        path("M 8 22 Q -4 48 8 74", sw=5),
    ]


@pictogram("help", "Help", ["help", "helps", "support", "supports", "care", "look after",
                            "assist", "advice"])
def _help() -> list[str]:
    # An open hand held out under a heart: someone giving support.
    return [
        heart(54, 30, 20),
        path("M 6 64 H 22 Q 30 58 40 60 L 62 62 Q 70 64 66 70 Q 62 74 50 72 L 42 72 "
             "M 50 72 L 76 70 Q 88 62 94 64 Q 98 68 94 72 Q 80 88 60 88 H 22 L 6 88"),
    ]


@pictogram("medicine", "Medicine", ["medicine", "medicines", "medication", "tablet",
                                    "tablets", "pill", "pills", "prescription", "dose"])
def _medicine() -> list[str]:
    return [
        rect(14, 30, 40, 60, rx=6, fill=WHITE),
        rect(10, 14, 48, 16, rx=3, fill=WHITE),
        rect(14, 48, 40, 24, fill=BLUE, sw=5),
        rect(62, 52, 32, 18, rx=9, fill=WHITE),
        line(78, 52, 78, 70, sw=5),
        circle(76, 26, 12, fill=WHITE),
        line(68, 26, 84, 26, sw=5),
    ]


@pictogram("eat", "Eat", ["eat", "eating", "food", "meal", "meals", "drink", "snack",
                          "hungry", "cook", "cooking"])
def _eat() -> list[str]:
    return [
        circle(50, 52, 28, fill=WHITE),
        circle(50, 52, 16, fill=GREEN, sw=5),
        line(10, 20, 10, 86), polyline(4, 20, 4, 36, 16, 36, 16, 20),
        line(90, 86, 90, 20), path("M 90 20 Q 98 34 90 50", sw=5),
    ]


@pictogram("sleep", "Sleep", ["sleep", "sleeping", "bed", "tired", "rest", "night-time"])
def _sleep() -> list[str]:
    return [
        line(8, 44, 8, 88),
        line(92, 66, 92, 88),
        rect(8, 62, 84, 14, fill=BLUE),
        circle(24, 52, 10, fill=WHITE),
        polyline(52, 12, 66, 12, 52, 28, 66, 28),
        polyline(74, 30, 84, 30, 74, 42, 84, 42),
    ]


@pictogram("goal", "Goal", ["goal", "goals", "target", "aim", "aims", "want", "wants",
                            "hope", "hopes", "wish", "wishes", "outcome", "achieve"])
def _goal() -> list[str]:
    return [
        circle(44, 56, 38, fill=WHITE),
        circle(44, 56, 24),
        circle(44, 56, 9, fill=RED),
        line(44, 56, 84, 16),
        polyline(72, 14, 84, 16, 86, 28),
    ]


@pictogram("plan", "Plan", ["plan", "plans", "planning", "agreed plan", "support plan",
                            "care plan", "checklist", "list", "dsr", "register"])
def _plan() -> list[str]:
    return [
        rect(16, 12, 68, 82, rx=4, fill=WHITE),
        rect(36, 6, 28, 14, rx=3, fill=YELLOW),
        polyline(26, 38, 32, 44, 42, 32),
        line(50, 38, 74, 38),
        polyline(26, 58, 32, 64, 42, 52),
        line(50, 58, 74, 58),
        polyline(26, 78, 32, 84, 42, 72),
        line(50, 78, 74, 78),
    ]


@pictogram("agreed", "We agreed", ["agree", "agreed", "agreement", "yes", "decided", "decision",
                                   "done", "consent", "promise"])
def _agreed() -> list[str]:
    return [circle(50, 50, 40, fill=GREEN), polyline(30, 52, 44, 66, 72, 36)]


@pictogram("next", "Next", ["next", "soon", "step", "steps", "future"])
def _next() -> list[str]:
    return [polygon(8, 36, 52, 36, 52, 14, 92, 50, 52, 86, 52, 64, 8, 64, fill=YELLOW)]


@pictogram("sign", "Sign (Makaton)", ["sign", "signs", "signing", "makaton", "bsl",
                                      "sign language", "gesture", "gestures"])
def _sign() -> list[str]:
    return [
        rect(42, 6, 12, 40, rx=6, fill=YELLOW),
        rect(56, 10, 12, 38, rx=6, fill=YELLOW),
        rect(28, 14, 12, 36, rx=6, fill=YELLOW),
        rect(70, 22, 12, 30, rx=6, fill=YELLOW),
        path("M 28 40 V 70 Q 28 92 52 92 Q 76 92 82 70 L 82 44 H 28 Z", fill=YELLOW),
        path("M 28 70 L 12 52 Q 8 44 16 42 Q 22 42 28 52", fill=YELLOW),
        path("M 92 20 Q 98 36 92 52", sw=5),
        path("M 6 10 Q 0 22 6 32", sw=5),
    ]


@pictogram("draw", "Draw", ["draw", "drawing", "drawings", "picture", "pictures", "paint",
                            "art", "colour", "colouring"])
def _draw() -> list[str]:
    return [
        rect(8, 8, 64, 64, rx=3, fill=WHITE),
        path("M 16 58 L 30 38 L 40 50 L 50 34 L 64 58", sw=5),
        circle(56, 22, 6, sw=5),
        polygon(88, 50, 96, 58, 62, 92, 50, 96, 54, 84, fill=YELLOW),
    ]


@pictogram("email", "Email", ["email", "e-mail", "emails", "message", "messages", "online",
                              "computer", "laptop"])
def _email() -> list[str]:
    return [
        rect(14, 12, 72, 52, rx=4, fill=WHITE),
        path("M 4 74 L 14 64 H 86 L 96 74 Z", fill=WHITE),
        rect(28, 24, 44, 28, fill=BLUE, sw=5),
        polyline(28, 24, 50, 42, 72, 24),
    ]


@pictogram("money", "Money", ["money", "budget", "personal budget", "pay", "paid", "cost",
                              "costs", "buy", "spend", "spent", "cash", "pounds", "benefits"])
def _money() -> list[str]:
    return [
        rect(6, 20, 66, 40, rx=3, fill=GREEN),
        circle(39, 40, 10, fill=WHITE, sw=5),
        circle(64, 66, 28, fill=WHITE),
        path("M 72 54 Q 70 46 63 47 Q 56 48 57 58 L 58 76 Q 57 80 52 82 H 76", sw=5),
        line(52, 66, 68, 66, sw=5),
    ]


# Extras the plan pages use


@pictogram("heart", "What matters", ["matters", "important", "love", "loves", "heart"])
def _heart() -> list[str]:
    return [heart(50, 52, 40)]


@pictogram("star", "What people like", ["star", "like", "proud", "best", "brilliant",
                                        "kind", "funny", "good at"])
def _star() -> list[str]:
    return [star(50, 52, 44)]


@pictogram("question", "Question", ["question", "questions", "unsure", "don't know",
                                    "check", "assessment"])
def _question() -> list[str]:
    return [
        circle(50, 50, 42, fill=YELLOW),
        path("M 36 38 Q 36 22 50 22 Q 64 22 64 36 Q 64 46 50 50 V 60"),
        dot(50, 74, 5),
    ]


@pictogram("record", "More in the record", ["record", "file", "folder"])
def _record() -> list[str]:
    return [
        path("M 8 24 H 38 L 46 32 H 92 V 86 H 8 Z", fill=YELLOW),
        line(8, 42, 92, 42),
        dot(32, 64, 5), dot(50, 64, 5), dot(68, 64, 5),
    ]


@pictogram("walk", "Walk", ["walk", "walking", "trip", "go out", "going out"])
def _walk() -> list[str]:
    return [
        circle(54, 14, 9, fill=WHITE),
        polyline(52, 30, 46, 58, 32, 90),
        polyline(46, 58, 62, 72, 64, 90),
        polyline(28, 48, 40, 36, 52, 30, 64, 42, 76, 44),
        line(10, 92, 90, 92),
    ]


@pictogram("house_move", "Moving home", ["move home", "moving home", "move house", "transition",
                                         "step-down"])
def _house_move() -> list[str]:
    return [
        rect(10, 48, 34, 30),
        polygon(4, 50, 27, 28, 50, 50),
        rect(62, 48, 34, 30, fill=YELLOW),
        polygon(56, 50, 79, 28, 100, 50),
        *arrow_right(24, 90, 76, head=8),
    ]


@pictogram("book", "Book or reading", ["book", "books", "read", "reading", "story", "easy read"])
def _book() -> list[str]:
    return [
        path("M 50 24 Q 30 14 8 20 V 80 Q 30 74 50 84 Z", fill=WHITE),
        path("M 50 24 Q 70 14 92 20 V 80 Q 70 74 50 84 Z", fill=BLUE),
        line(18, 36, 40, 36, sw=4), line(18, 50, 40, 50, sw=4),
    ]


@pictogram("cards", "Picture cards", ["picture cards", "cards", "card", "pecs", "symbols",
                                      "visual timetable", "timetable", "now and next", "break"])
def _cards() -> list[str]:
    return [
        rect(8, 22, 46, 60, rx=5, fill=WHITE),
        circle(31, 44, 10, fill=YELLOW, sw=5),
        line(18, 68, 44, 68, sw=5),
        rect(46, 12, 46, 60, rx=5, fill=WHITE),
        polygon(58, 48, 69, 26, 80, 48, fill=YELLOW),
        line(56, 60, 82, 60, sw=5),
    ]


@pictogram("swim", "Swimming", ["swim", "swimming", "pool", "swimming pool", "swimming lesson"])
def _swim() -> list[str]:
    return [
        circle(62, 28, 11, fill=WHITE),
        path("M 14 52 L 38 40 L 52 50", sw=6),
        path("M 6 64 Q 17 56 28 64 Q 39 72 50 64 Q 61 56 72 64 Q 83 72 94 64 V 94 H 6 Z",
             fill=BLUE),
        path("M 6 82 Q 17 74 28 82 Q 39 90 50 82 Q 61 74 72 82 Q 83 90 94 82", sw=5),
    ]


def svg(name: str, title: str, parts: list[str]) -> str:
    body = "\n  ".join(parts)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100"'
        ' fill="none" stroke="#000000" stroke-width="6" stroke-linecap="round"'
        ' stroke-linejoin="round">\n'
        f"  <title>{title}</title>\n  {body}\n</svg>\n"
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    index = []
    for name, (title, keywords, fn) in PICTOGRAMS.items():
        file_name = f"{name}.svg"
        (OUT / file_name).write_text(svg(name, title, fn()), encoding="utf-8")
        index.append({"name": name, "file": file_name, "title": title, "keywords": keywords})
    (OUT / "index.json").write_text(
        json.dumps({"version": 1, "pictograms": index}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(index)} pictograms to {OUT}")


if __name__ == "__main__":
    main()
