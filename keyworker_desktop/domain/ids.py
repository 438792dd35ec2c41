"""Time-ordered record identifiers (UUID version 7, RFC 9562)."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A UUIDv7 string: sortable by creation time, unique across devices."""
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            # Same or earlier millisecond (clock stepped back): keep order with a counter.
            ms = _last_ms
            _counter += 1
        else:
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        rand_a = _counter & 0xFFF
        rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rand_a << 64
    value |= 0b10 << 62
    value |= rand_b
    return str(uuid.UUID(int=value))


# Fixed for good: every laptop and the central store derive the same id from an account.
_STAFF_NAMESPACE = uuid.UUID("6f1d0c3e-4b7a-5c2e-9a41-3d2f8e5b7c10")


def staff_id_for_account(account: str) -> str:
    """The id of the staff record the central store keeps for a user account: the same on
    every machine, so making it twice makes one record."""
    return str(uuid.uuid5(_STAFF_NAMESPACE, account.strip().casefold()))
