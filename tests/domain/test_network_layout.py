"""The automatic network-map layout: no overlaps, hand-placed nodes kept, deterministic."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keyworker_desktop.domain.network import SECTORS, MapNode, needs_contact
from keyworker_desktop.domain.network_layout import (
    DEFAULT_CENTRE_SIZE,
    DEFAULT_NODE_SIZE,
    layout,
    rects_overlap,
    sector_wedges,
)

NODE = DEFAULT_NODE_SIZE
CENTRE = DEFAULT_CENTRE_SIZE


def _node(i: int, sector: str, pos: tuple[float, float] | None = None) -> MapNode:
    x, y = pos if pos is not None else (None, None)
    return MapNode(id=f"p{i}", name=f"Person {i}", role="Role", agency="Agency",
                   sector=sector, x=x, y=y)


@st.composite
def networks(draw: st.DrawFn, max_size: int = 60) -> list[MapNode]:
    """Random networks: any sector mix, some nodes hand-placed anywhere (even overlapping)."""
    sectors = draw(st.lists(st.sampled_from(SECTORS), min_size=1, max_size=max_size))
    coord = st.floats(min_value=-1500, max_value=1500, allow_nan=False)
    nodes = []
    for i, sector in enumerate(sectors):
        pinned = draw(st.booleans()) and draw(st.booleans())
        nodes.append(_node(i, sector, (draw(coord), draw(coord)) if pinned else None))
    return nodes


def _assert_no_overlap(nodes: list[MapNode], pos: dict[str, tuple[float, float]]) -> None:
    pinned = {n.id for n in nodes if n.is_pinned}
    ids = [n.id for n in nodes]
    for i, a in enumerate(ids):
        if a not in pinned:
            assert not rects_overlap(pos[a], (0.0, 0.0), NODE, CENTRE), a
        for b in ids[i + 1 :]:
            if a in pinned and b in pinned:
                continue  # the keyworker put them there
            assert not rects_overlap(pos[a], pos[b], NODE, NODE), (a, b)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(networks())
def test_layout_never_overlaps_keeps_pinned_and_is_deterministic(nodes: list[MapNode]) -> None:
    pos = layout(nodes, NODE, CENTRE)
    assert set(pos) == {n.id for n in nodes}
    _assert_no_overlap(nodes, pos)
    for n in nodes:
        if n.is_pinned:
            assert pos[n.id] == (n.x, n.y)
    assert layout(nodes, NODE, CENTRE) == pos


@settings(max_examples=40, deadline=None)
@given(networks(max_size=20), st.tuples(st.integers(80, 400), st.integers(30, 200)))
def test_layout_holds_for_other_node_sizes(
    nodes: list[MapNode], size: tuple[int, int]
) -> None:
    node_size = (float(size[0]), float(size[1]))
    pos = layout(nodes, node_size, CENTRE)
    auto = [n.id for n in nodes if not n.is_pinned]
    for i, a in enumerate(auto):
        assert not rects_overlap(pos[a], (0.0, 0.0), node_size, CENTRE)
        for b in [n.id for n in nodes if n.id != a and (n.is_pinned or n.id in auto[i + 1 :])]:
            assert not rects_overlap(pos[a], pos[b], node_size, node_size)


def test_two_hundred_professionals_fit_without_overlap() -> None:
    nodes = [_node(i, SECTORS[(i * 7) % 5]) for i in range(200)]
    pos = layout(nodes, NODE, CENTRE)
    _assert_no_overlap(nodes, pos)


def test_sectors_get_wedges_in_order_sized_by_count() -> None:
    nodes = [_node(i, "health") for i in range(6)] + [_node(9, "education")]
    wedges = sector_wedges(nodes, layout(nodes))
    assert [w.sector for w in wedges] == ["health", "education"]
    assert wedges[0].span > 3 * wedges[1].span
    assert math.isclose(sum(w.span for w in wedges), 2 * math.pi)
    assert math.isclose(wedges[0].start, -math.pi / 2)


def test_nodes_sit_inside_their_sector_wedge() -> None:
    nodes = [_node(i, SECTORS[i % 5]) for i in range(25)]
    pos = layout(nodes)
    wedges = {w.sector: w for w in sector_wedges(nodes, pos)}
    for n in nodes:
        x, y = pos[n.id]
        w = wedges[n.sector]
        angle = math.atan2(y / w.ry, x / w.rx)  # the wedge's own elliptical angle
        offset = (angle - w.start) % (2 * math.pi)
        assert offset <= w.span + 1e-6, n.id


def test_wedges_reach_past_every_node() -> None:
    nodes = [_node(i, SECTORS[i % 5]) for i in range(30)]
    pos = layout(nodes)
    for w in sector_wedges(nodes, pos):
        for x, y in pos.values():
            assert (x / w.rx) ** 2 + (y / w.ry) ** 2 < 1


def test_keep_set_limits_which_saved_positions_stay() -> None:
    a = _node(1, "health", (0.0, 0.0))  # saved right on top of the young person
    b = _node(2, "health", (900.0, 900.0))
    pos = layout([a, b], keep={"p2"})
    assert pos["p2"] == (900.0, 900.0)
    assert not rects_overlap(pos["p1"], (0.0, 0.0), NODE, CENTRE)


def test_keep_mapping_overrides_saved_positions() -> None:
    pos = layout([_node(1, "education")], keep={"p1": (500.0, -20.0), "gone": (1.0, 1.0)})
    assert pos == {"p1": (500.0, -20.0)}


def test_automatic_nodes_avoid_a_pinned_node_in_their_way() -> None:
    free = layout([_node(1, "health")])["p1"]
    pinned = _node(2, "education", free)
    pos = layout([_node(1, "health"), pinned])
    assert pos["p2"] == free
    assert not rects_overlap(pos["p1"], free, NODE, NODE)


def test_empty_network_has_no_positions_or_wedges() -> None:
    assert layout([]) == {}
    assert sector_wedges([]) == []


def test_needs_contact_after_four_weeks_by_default() -> None:
    today = date(2025, 3, 31)
    node = _node(1, "health")
    assert not needs_contact(node, today)  # no date recorded: nothing to judge by
    recent = MapNode("a", "A", "r", "g", "health", last_contact=today - timedelta(days=27))
    old = MapNode("b", "B", "r", "g", "health", last_contact=today - timedelta(weeks=4))
    assert not needs_contact(recent, today)
    assert needs_contact(old, today)
    assert needs_contact(recent, today, stale_after=timedelta(weeks=2))


def test_map_node_rejects_unknown_values() -> None:
    with pytest.raises(ValueError):
        MapNode("a", "A", "r", "g", "police")
    with pytest.raises(ValueError):
        MapNode("a", "A", "r", "g", "health", strength="weak")
    with pytest.raises(ValueError):
        MapNode("a", "A", "r", "g", "health", x=1.0)
