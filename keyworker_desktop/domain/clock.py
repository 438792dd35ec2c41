"""The one way to read the time as the store keeps it: naive UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Now in UTC without a time zone, as the store's DateTime columns hold it.

    ``datetime.utcnow`` does the same but is deprecated since Python 3.12.
    """
    return datetime.now(UTC).replace(tzinfo=None)
