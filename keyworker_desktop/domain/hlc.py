"""Hybrid logical clocks: orders changes across devices whose wall clocks are wrong.

A timestamp is ``(wall_ms, counter, device)`` and serialises to a string that
sorts in the same order (Kulkarni et al., "Logical Physical Clocks", 2014).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

# How far ahead of this machine's clock a received stamp may move it. The central store
# re-stamps changes beyond this ahead of its own clock, so honest stamps never are.
MAX_DRIFT_MS = 10 * 60 * 1000
# The counter's width on the wire (six digits): past it the clock moves a millisecond on.
MAX_COUNTER = 999_999
# The wall time's width on the wire (fifteen digits).
MAX_WALL_MS = 10**15 - 1


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall_ms:015d}-{self.counter:06d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


def stamp_time(text: str) -> datetime | None:
    """The wall time (naive UTC, as the store keeps times) a stamp was taken at by its
    author's clock; None when it cannot be read."""
    try:
        wall_ms = int(text.split("-", 1)[0])
    except (ValueError, AttributeError):
        return None
    if not 0 < wall_ms <= MAX_WALL_MS:
        return None
    try:
        return datetime.fromtimestamp(wall_ms / 1000, tz=UTC).replace(tzinfo=None)
    except (OverflowError, ValueError, OSError):
        return None


class HybridClock:
    """Issues monotonic timestamps and absorbs those seen from other devices."""

    def __init__(self, device: str, now_ms: Callable[[], int] | None = None,
                 max_drift_ms: int = MAX_DRIFT_MS) -> None:
        self.device = device
        self.max_drift_ms = max_drift_ms
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._last = Timestamp(0, 0, device)
        self._lock = threading.Lock()

    def now(self) -> Timestamp:
        with self._lock:
            wall = self._now_ms()
            if wall > self._last.wall_ms:
                self._last = Timestamp(wall, 0, self.device)
            else:
                self._last = self._next(self._last.wall_ms, self._last.counter + 1)
            return self._last

    def _next(self, wall: int, counter: int) -> Timestamp:
        # Never a stamp the wire cannot carry: a full counter moves the wall time on.
        if counter > MAX_COUNTER:
            wall, counter = wall + 1, 0
        return Timestamp(min(wall, MAX_WALL_MS), counter, self.device)

    def observe(self, remote: Timestamp | str) -> None:
        """Move past a timestamp received from elsewhere, but never more than
        ``max_drift_ms`` ahead of this machine's clock: one far-future stamp must not
        carry every later stamp here with it. A stamp that cannot be read is ignored."""
        if isinstance(remote, str):
            try:
                remote = Timestamp.decode(remote)
            except ValueError:
                return
        with self._lock:
            now = self._now_ms()
            if remote.wall_ms > now + self.max_drift_ms:
                remote = Timestamp(now + self.max_drift_ms, 0, remote.device)
            remote = Timestamp(remote.wall_ms, min(remote.counter, MAX_COUNTER), remote.device)
            wall = max(now, self._last.wall_ms, remote.wall_ms)
            if wall == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif wall == self._last.wall_ms:
                counter = self._last.counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._last = self._next(wall, counter)
