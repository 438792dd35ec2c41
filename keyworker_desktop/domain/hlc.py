"""Hybrid logical clocks: orders changes across devices whose wall clocks are wrong.

A timestamp is ``(wall_ms, counter, device)`` and serialises to a string that
sorts in the same order (Kulkarni et al., "Logical Physical Clocks", 2014).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


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


class HybridClock:
    """Issues monotonic timestamps and absorbs those seen from other devices."""

    def __init__(self, device: str, now_ms: Callable[[], int] | None = None) -> None:
        self.device = device
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._last = Timestamp(0, 0, device)
        self._lock = threading.Lock()

    def now(self) -> Timestamp:
        with self._lock:
            wall = self._now_ms()
            if wall > self._last.wall_ms:
                self._last = Timestamp(wall, 0, self.device)
            else:
                self._last = Timestamp(self._last.wall_ms, self._last.counter + 1, self.device)
            return self._last

    def observe(self, remote: Timestamp | str) -> None:
        """Move past a timestamp received from elsewhere."""
        if isinstance(remote, str):
            remote = Timestamp.decode(remote)
        with self._lock:
            wall = max(self._now_ms(), self._last.wall_ms, remote.wall_ms)
            if wall == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif wall == self._last.wall_ms:
                counter = self._last.counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._last = Timestamp(wall, counter, self.device)
