"""Tracebacks safe to log: where an error happened, never what it said.

Exception messages can quote data (SQL parameters, field values, a user name), so a
log gets the exception's type and its code frames only. Used by the app's log and the
central store's.
"""

from __future__ import annotations

import traceback
from types import TracebackType


def safe_traceback(exc: BaseException, tb: TracebackType | None = None) -> str:
    """The exception's type and code frames (its causes' too): never a message or a local.

    ``tb`` defaults to the exception's own.
    """
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        frames = traceback.extract_tb(tb if current is exc and tb else current.__traceback__)
        where = "".join(traceback.format_list(frames))
        parts.append(f"{where}{kind.__module__}.{kind.__qualname__}")
        current = current.__cause__ or current.__context__
    return "\nwhich happened while handling, or because of:\n".join(reversed(parts))
