"""Hybrid logical clocks (domain/hlc.py) against a far-future stamp (issue 15 item 2): the
clock never jumps more than the bounded drift, and never makes a stamp the wire refuses."""

from __future__ import annotations

import re
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from keyworker_desktop.domain.hlc import (
    MAX_COUNTER,
    MAX_DRIFT_MS,
    HybridClock,
    Timestamp,
    stamp_time,
)
from keyworker_desktop.sync.wire import HLC_PATTERN

NOW = 1_767_607_200_000  # 2026-01-05 10:00 UTC


def clock(now: int = NOW) -> HybridClock:
    return HybridClock("laptop", now_ms=lambda: now)


def test_a_far_future_stamp_moves_the_clock_at_most_the_drift() -> None:
    c = clock()
    c.observe("999999999999999-999999-x")
    stamp = c.now()
    assert NOW < stamp.wall_ms <= NOW + MAX_DRIFT_MS
    assert re.fullmatch(HLC_PATTERN, stamp.encode())


def test_a_stamp_within_the_drift_is_followed() -> None:
    c = clock()
    c.observe(Timestamp(NOW + 60_000, 5, "other"))
    assert c.now() > Timestamp(NOW + 60_000, 5, "other")


def test_a_full_counter_moves_the_wall_time_on_instead_of_overflowing() -> None:
    c = clock()
    c.observe(Timestamp(NOW, MAX_COUNTER, "other"))
    stamps = [c.now() for _ in range(3)]
    assert all(s.counter <= MAX_COUNTER for s in stamps)
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    assert all(re.fullmatch(HLC_PATTERN, s.encode()) for s in stamps)


def test_a_stamp_that_cannot_be_read_is_ignored() -> None:
    c = clock()
    c.observe("yesterday")
    assert c.now().wall_ms == NOW


@given(st.integers(0, 10**15 - 1), st.integers(0, MAX_COUNTER), st.integers(0, 50))
def test_every_stamp_made_fits_the_wire(wall: int, counter: int, more: int) -> None:
    c = clock()
    c.observe(Timestamp(wall, counter, "x"))
    for _ in range(more):
        c.now()
    stamp = c.now()
    assert re.fullmatch(HLC_PATTERN, stamp.encode())
    assert stamp.wall_ms <= NOW + MAX_DRIFT_MS + 1 + more


def test_stamp_time_is_the_authors_wall_time() -> None:
    assert stamp_time(f"{NOW:015d}-000003-x") == datetime(2026, 1, 5, 10, 0)
    assert stamp_time("nonsense") is None
    assert stamp_time("000000000000000-000000-x") is None
