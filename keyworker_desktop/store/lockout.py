"""Slows repeated wrong passphrases; the count survives a restart, parallel processes and
the deletion of its file.

After three failures each attempt must wait 2, 4, 8 ... seconds (at most 5 minutes)
after the previous failure. The count and the time of the last failure are kept twice:
in ``attempts.json`` and inside the key file itself (its ``slowdown`` entry, outside the
wrapped key), and the larger of the two counts. Deleting or editing ``attempts.json``
therefore resets nothing; only a successful unlock (which needs the passphrase) clears
both. Attempts are made one at a time across processes, under an OS lock on
``attempts.lock``: parallel processes wait their turn and then find the wait the
previous failure set.

What this does not stop, and cannot: someone who can write the key file can also
restore an earlier copy of it (and of ``attempts.json``), and someone who can read it
can guess offline at whatever speed their hardware allows, with no slow-down at all.
Against that the defence is Argon2id and the passphrase's strength. A MAC over the count
would add nothing: its key would have to sit on the same disk, readable by the same
person. This slows guessing through the app and the command line.

Neither file holds personal data: a count and a time.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from keyworker_desktop.store import keys
from keyworker_desktop.store.errors import TooManyAttempts
from keyworker_desktop.store.files import atomic_write, file_lock
from keyworker_desktop.store.paths import StorePaths

FREE_ATTEMPTS = 3
MAX_DELAY_S = 300.0
# How long an attempt waits for another process's attempt to finish (one key derivation,
# well under a second, unless that process hangs).
LOCK_WAIT_S = 30.0
SLOWDOWN_KEY = "slowdown"


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive wrong passphrases."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_S, float(2 ** (failures - FREE_ATTEMPTS + 1)))


def _count(raw: Any) -> tuple[int, float]:
    try:
        failures, last = int(raw["failures"]), float(raw["last_failure"])
    except (ValueError, KeyError, TypeError):
        return 0, 0.0
    if failures < 0 or last != last:  # negative or NaN: not a count this code wrote
        return 0, 0.0
    return failures, last


class Lockout:
    """The slow-down of the store whose ``attempts.json`` is ``path`` (its key file and
    lock file sit beside it)."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.clock = clock
        paths = StorePaths(path.parent)
        self.key_path = paths.key
        self.lock_path = paths.attempts_lock

    def _read_file(self) -> tuple[int, float]:
        try:
            return _count(json.loads(self.path.read_text("utf-8")))
        except (OSError, ValueError):
            return 0, 0.0

    def _read_key_raw(self) -> dict[str, Any] | None:
        """The key file as JSON, or None when it is missing or not a key file."""
        try:
            raw = json.loads(keys.read_small_regular_file(self.key_path).decode("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(raw, dict) or raw.get("format") != "keyworker-desktop-key":
            return None
        return raw

    def _read(self) -> tuple[int, float]:
        in_file = self._read_file()
        raw = self._read_key_raw()
        in_key = _count(raw.get(SLOWDOWN_KEY)) if raw else (0, 0.0)
        return max(in_file[0], in_key[0]), max(in_file[1], in_key[1])

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
        self._write_key_slowdown(data)

    def _write_key_slowdown(self, data: dict[str, Any] | None) -> None:
        """Put the count in the key file (None: take it out). Only the ``slowdown`` entry
        changes; callers hold the attempts lock, which a passphrase change also takes, so
        a new wrapped key is never overwritten by an old one."""
        raw = self._read_key_raw()
        if raw is None or raw.get(SLOWDOWN_KEY) == data:
            return
        if data is None:
            raw.pop(SLOWDOWN_KEY, None)
        else:
            raw[SLOWDOWN_KEY] = data
        try:
            atomic_write(self.key_path, json.dumps(raw, indent=2).encode("utf-8"))
        except OSError:
            pass  # a read-only key file: attempts.json still counts

    def unwrap(self, key_file: keys.KeyFile, passphrase: str) -> bytes:
        """The data key, with the attempt checked first and counted if it fails; one
        attempt at a time across processes."""
        with file_lock(self.lock_path, LOCK_WAIT_S) as held:
            if not held:
                raise TooManyAttempts(1.0)
            self.check()
            try:
                data_key = keys.unwrap(key_file, passphrase)
            except Exception:
                self.record_failure()
                raise
            self.reset()
            return data_key

    def reset(self) -> None:
        self.path.unlink(missing_ok=True)
        self._write_key_slowdown(None)
