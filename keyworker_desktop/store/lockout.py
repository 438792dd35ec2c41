"""Slows repeated wrong passphrases; the count survives a restart.

The file beside the database holds only a count and a time: no personal data.
After three failures each attempt must wait 2, 4, 8 ... seconds (at most 5 minutes)
after the previous failure. Argon2id is the real defence against an attacker who
copies the key file; this stops guessing at the keyboard.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from keyworker_desktop.store import keys
from keyworker_desktop.store.errors import TooManyAttempts
from keyworker_desktop.store.files import atomic_write

FREE_ATTEMPTS = 3
MAX_DELAY_S = 300.0


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive wrong passphrases."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_S, float(2 ** (failures - FREE_ATTEMPTS + 1)))


class Lockout:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.clock = clock

    def _read(self) -> tuple[int, float]:
        try:
            raw = json.loads(self.path.read_text("utf-8"))
            return int(raw["failures"]), float(raw["last_failure"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    @property
    def failures(self) -> int:
        return self._read()[0]

    def wait_remaining(self) -> float:
        failures, last = self._read()
        delay = delay_after(failures)
        # Capped at the delay itself: a clock set back must not lock the user out for days.
        return min(delay, max(0.0, last + delay - self.clock()))

    def check(self) -> None:
        """Raise :class:`TooManyAttempts` if an attempt now would be too soon."""
        remaining = self.wait_remaining()
        if remaining > 0:
            raise TooManyAttempts(remaining)

    def record_failure(self) -> None:
        failures, _ = self._read()
        data = {"failures": failures + 1, "last_failure": self.clock()}
        atomic_write(self.path, json.dumps(data).encode())

    def unwrap(self, key_file: keys.KeyFile, passphrase: str) -> bytes:
        """The data key, with the attempt checked first and counted if it fails."""
        self.check()
        try:
            data_key = keys.unwrap(key_file, passphrase)
        except Exception:
            self.record_failure()
            raise
        self.reset()
        return data_key

    def reset(self) -> None:
        if self.path.exists():
            self.path.unlink()
