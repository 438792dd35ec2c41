"""Automatic radial layout of the network map: one wedge per sector, rings outward.

Coordinates are node centres in scene units, the young person's centre at (0, 0),
y growing downwards (as on screen). Angles are radians, measured from the +x axis
towards +y, so they run clockwise on screen; the first sector starts at 12 o'clock.
No Qt here: the view, the exports and the tests share this module.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from keyworker_desktop.domain.network import SECTORS, MapNode

Point = tuple[float, float]
Size = tuple[float, float]

DEFAULT_NODE_SIZE: Size = (200.0, 84.0)
DEFAULT_CENTRE_SIZE: Size = (150.0, 150.0)
DEFAULT_GAP = 16.0
# Empty-ish sectors still get a wedge wide enough to read their label.
_SECTOR_WEIGHT_FLOOR = 0.6
# Rings are drawn as ellipses no flatter than this, whatever the node shape.
_MAX_ASPECT = 1.6
_START_ANGLE = -math.pi / 2
_MAX_RINGS = 10_000
# Links are kept this far clear of other nodes' boxes where the layout can manage it.
_LINK_MARGIN = 4.0
_MIN_LINK = 48.0
# Small maps go on one ring this many ring-steps out at most, before a second starts.
_MAX_FIRST_RING = 2.0
_BUCKETS = 120
_BUCKET_ANGLE = 2 * math.pi / _BUCKETS
# Rings in a row with no room for a clear line of sight before a sector gives up on it.
_MAX_BLOCKED_RINGS = 2
_NUDGES = (0.0, 0.25, -0.25, 0.5, -0.5)


@dataclass(frozen=True, slots=True)
class SectorWedge:
    """A sector's slice of the map, for drawing its coloured background."""

    sector: str
    start: float
    span: float
    rx: float
    ry: float
    count: int

    @property
    def mid(self) -> float:
        """The angle halfway across the wedge."""
        return self.start + self.span / 2

    def point_at(self, angle: float, scale: float = 1.0) -> Point:
        """A point on the wedge's outer ellipse (scaled), at `angle`."""
        return (self.rx * scale * math.cos(angle), self.ry * scale * math.sin(angle))


@dataclass(frozen=True, slots=True)
class _Geometry:
    """The elliptical ring space the layout works in."""

    ax: float
    ay: float
    r0: float


def _geometry(node_size: Size, centre_size: Size, gap: float) -> _Geometry:
    w, h = node_size
    cw, ch = centre_size
    ax = w + gap
    ay = max(h + gap, ax / _MAX_ASPECT)
    # Normalised half-extents a node must keep from the centre, per axis: enough for
    # a visible line with an arrowhead at each end.
    room = max(gap, _MIN_LINK)
    cx = (cw / 2 + w / 2 + room) / ax
    cy = (ch / 2 + h / 2 + room) / ay
    return _Geometry(ax=ax, ay=ay, r0=max(max(cx, cy), 0.9 * math.hypot(cx, cy)))


def _sector_spans(counts: Mapping[str, int]) -> list[tuple[str, float, float]]:
    """(sector, start, span) for every sector with at least one node, in SECTORS order."""
    present = [s for s in SECTORS if counts.get(s, 0) > 0]
    weights = {s: counts[s] + _SECTOR_WEIGHT_FLOOR for s in present}
    total = sum(weights.values())
    spans = []
    start = _START_ANGLE
    for sector in present:
        span = 2 * math.pi * weights[sector] / total
        spans.append((sector, start, span))
        start += span
    return spans


class _Occupancy:
    """Placed rectangles and their links, indexed for fast 'is this spot free?' questions."""

    def __init__(self, node_size: Size, gap: float) -> None:
        self._w, self._h = node_size
        self._gap = gap
        self._cell_w = self._w + gap
        self._cell_h = self._h + gap
        self._cells: dict[tuple[int, int], list[Point]] = {}
        self._blockers: list[tuple[Point, Size]] = []
        # Angular buckets: which rectangles, and which links, lie in each direction.
        self._rects_at: list[list[Point]] = [[] for _ in range(_BUCKETS)]
        self._links_at: list[list[Point]] = [[] for _ in range(_BUCKETS)]

    def _cell(self, p: Point) -> tuple[int, int]:
        return (math.floor(p[0] / self._cell_w), math.floor(p[1] / self._cell_h))

    def _buckets(self, p: Point) -> Iterable[int]:
        """Buckets of every direction the (link-margin expanded) rectangle at p covers."""
        hw, hh = self._w / 2 + _LINK_MARGIN, self._h / 2 + _LINK_MARGIN
        if abs(p[0]) <= hw and abs(p[1]) <= hh:
            return range(_BUCKETS)
        mid = math.atan2(p[1], p[0])
        offsets = [
            (math.atan2(p[1] + dy, p[0] + dx) - mid + math.pi) % (2 * math.pi) - math.pi
            for dx in (-hw, hw)
            for dy in (-hh, hh)
        ]
        lo = math.floor((mid + min(offsets)) / _BUCKET_ANGLE)
        hi = math.floor((mid + max(offsets)) / _BUCKET_ANGLE)
        return (b % _BUCKETS for b in range(lo, hi + 1))

    @staticmethod
    def _bucket(p: Point) -> int:
        return math.floor(math.atan2(p[1], p[0]) / _BUCKET_ANGLE) % _BUCKETS

    def add(self, p: Point, linked: bool = True) -> None:
        self._cells.setdefault(self._cell(p), []).append(p)
        for b in self._buckets(p):
            self._rects_at[b].append(p)
        if linked:
            self._links_at[self._bucket(p)].append(p)

    def block(self, p: Point, size: Size) -> None:
        """Reserve a rectangle of another size (the centre)."""
        self._blockers.append((p, size))

    def is_free(self, p: Point) -> bool:
        w, h, gap = self._w, self._h, self._gap
        for (bx, by), (bw, bh) in self._blockers:
            if abs(p[0] - bx) < (w + bw) / 2 + gap and abs(p[1] - by) < (h + bh) / 2 + gap:
                return False
        ci, cj = self._cell(p)
        for i in (ci - 1, ci, ci + 1):
            for j in (cj - 1, cj, cj + 1):
                for q in self._cells.get((i, j), ()):
                    if abs(p[0] - q[0]) < w + gap and abs(p[1] - q[1]) < h + gap:
                        return False
        return True

    def is_in_clear_view(self, p: Point, linked: bool) -> bool:
        """True when p's link would cross no node, and p's box would cross no link."""
        hw, hh = self._w / 2 + _LINK_MARGIN, self._h / 2 + _LINK_MARGIN
        for q in self._rects_at[self._bucket(p)] if linked else ():
            if _segment_hits_rect(p, q, hw, hh):
                return False
        for b in self._buckets(p):
            for q in self._links_at[b]:
                if _segment_hits_rect(q, p, hw, hh):
                    return False
        return True


def _segment_hits_rect(end: Point, centre: Point, hw: float, hh: float) -> bool:
    """Does the segment from the origin to `end` pass through this rectangle?"""
    t0, t1 = 0.0, 1.0
    for d, c, half in ((end[0], centre[0], hw), (end[1], centre[1], hh)):
        lo, hi = c - half, c + half
        if abs(d) < 1e-12:
            if not lo < 0 < hi:
                return False
            continue
        a, b = lo / d, hi / d
        if a > b:
            a, b = b, a
        t0, t1 = max(t0, a), min(t1, b)
        if t0 >= t1:
            return False
    return True


def _step(angle: float, radius: float, q: float) -> float:
    """Angle step along a ring so that neighbouring cells do not overlap."""
    s, c = abs(math.sin(angle)), abs(math.cos(angle))
    # Tangent runs at angle + 90 degrees: clear by a full cell in x or by q in y.
    chord = min(1 / s if s > 1e-9 else math.inf, q / c if c > 1e-9 else math.inf)
    return 1.04 * chord / radius


def _ring_angles(start: float, span: float, radius: float, q: float, wanted: int) -> list[float]:
    """Slot angles on one ring inside a wedge, spread evenly, at most `wanted` of them."""
    angles: list[float] = []
    t = start
    end = start + span
    while True:
        first = _step(t, radius, q)
        step = max(first, _step(t + first, radius, q))
        if t + step > end + 1e-9 or len(angles) >= wanted:
            break
        t += step
        angles.append(t)
    if not angles:
        return [start + span / 2]
    # Spread the slots that fit evenly across the wedge rather than bunching them.
    n = len(angles)
    return [start + span * (i + 0.5) / n for i in range(n)]


def _pinned_positions(
    nodes: Sequence[MapNode], keep: Collection[str] | Mapping[str, Point] | None
) -> dict[str, Point]:
    saved = {n.id: (float(n.x), float(n.y)) for n in nodes if n.x is not None and n.y is not None}
    if keep is None:
        return saved
    ids = {n.id for n in nodes}
    if isinstance(keep, Mapping):
        return {k: (float(v[0]), float(v[1])) for k, v in keep.items() if k in ids}
    return {k: saved[k] for k in keep if k in saved}


def _best_spot(
    occupied: _Occupancy,
    geo: _Geometry,
    radius: float,
    slot: float,
    spacing: float,
    bounds: tuple[float, float],
    need_clear_view: bool,
    linked: bool,
) -> Point | None:
    """A free spot on the ring near `slot`, if asked one whose link crosses no node."""
    for nudge in _NUDGES:
        angle = min(max(slot + nudge * spacing, bounds[0]), bounds[1])
        p = (radius * math.cos(angle) * geo.ax, radius * math.sin(angle) * geo.ay)
        if not occupied.is_free(p):
            continue
        if not need_clear_view or occupied.is_in_clear_view(p, linked):
            return p
    return None


def layout(
    nodes: Iterable[MapNode],
    node_size: Size = DEFAULT_NODE_SIZE,
    centre_size: Size = DEFAULT_CENTRE_SIZE,
    keep: Collection[str] | Mapping[str, Point] | None = None,
    gap: float = DEFAULT_GAP,
) -> dict[str, Point]:
    """Place every node: kept ones stay exactly put, the others go round by sector.

    `keep` is None (keep every node with a saved x/y), a set of ids to keep at their
    saved x/y, or a mapping id -> position to keep. Automatic nodes never overlap any
    other node or the centre, with at least `gap` between rectangles. Deterministic.
    """
    nodes = list(nodes)
    if node_size[0] <= 0 or node_size[1] <= 0:
        raise ValueError("node_size must be positive")
    if gap < 0:
        raise ValueError("gap must not be negative")
    pinned = _pinned_positions(nodes, keep)
    geo = _geometry(node_size, centre_size, gap)
    q = (node_size[1] + gap) / geo.ay

    occupied = _Occupancy(node_size, gap)
    occupied.block((0.0, 0.0), centre_size)
    by_id = {n.id: n for n in nodes}
    for node_id, p in pinned.items():
        occupied.add(p, by_id[node_id].strength != "none")
    # A small map sits on one ring, far enough out for all of it; a big one on several.
    first = min(max(geo.r0, len(nodes) * 1.1 / (2 * math.pi)), geo.r0 + _MAX_FIRST_RING)

    counts: dict[str, int] = {}
    for n in nodes:
        counts[n.sector] = counts.get(n.sector, 0) + 1
    result: dict[str, Point] = dict(pinned)
    for sector, start, span in _sector_spans(counts):
        todo = [n.id for n in nodes if n.sector == sector and n.id not in pinned]
        ring = blocked = 0
        while todo:
            if ring > _MAX_RINGS:  # pragma: no cover - would need absurd input
                raise RuntimeError("layout did not converge")
            radius = first + ring
            angles = _ring_angles(start, span, radius, q, len(todo))
            spacing = span / len(angles)
            placed = 0
            for slot in angles:
                linked = by_id[todo[0]].strength != "none"
                spot = _best_spot(occupied, geo, radius, slot, spacing, (start, start + span),
                                  need_clear_view=blocked < _MAX_BLOCKED_RINGS, linked=linked)
                if spot is not None:
                    occupied.add(spot, linked)
                    result[todo.pop(0)] = spot
                    placed += 1
                    if not todo:
                        break
            blocked = 0 if placed else blocked + 1
            ring += 1
    return {n.id: result[n.id] for n in nodes}


def sector_wedges(
    nodes: Iterable[MapNode],
    positions: Mapping[str, Point] | None = None,
    node_size: Size = DEFAULT_NODE_SIZE,
    centre_size: Size = DEFAULT_CENTRE_SIZE,
    gap: float = DEFAULT_GAP,
) -> list[SectorWedge]:
    """The wedges the layout uses, all reaching just past the outermost node."""
    nodes = list(nodes)
    geo = _geometry(node_size, centre_size, gap)
    counts: dict[str, int] = {}
    for n in nodes:
        counts[n.sector] = counts.get(n.sector, 0) + 1
    # Smallest ellipse of the layout's shape that holds every node rectangle.
    w, h = node_size
    reach = geo.r0 + 0.5
    for x, y in (positions or {}).values():
        far_x = (abs(x) + w / 2 + gap) / geo.ax
        far_y = (abs(y) + h / 2 + gap) / geo.ay
        reach = max(reach, math.hypot(far_x, far_y))
    return [
        SectorWedge(sector, start, span, reach * geo.ax, reach * geo.ay, counts[sector])
        for sector, start, span in _sector_spans(counts)
    ]


def rects_overlap(a: Point, b: Point, size_a: Size, size_b: Size) -> bool:
    """True when two centred rectangles share interior area (touching is fine)."""
    return (
        abs(a[0] - b[0]) < (size_a[0] + size_b[0]) / 2
        and abs(a[1] - b[1]) < (size_a[1] + size_b[1]) / 2
    )
