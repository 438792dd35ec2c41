"""What the central store logs about a request that failed: where, never what.

Exception messages quote data (SQLAlchemy puts the SQL parameters in its messages;
a pushed record's fields, a user name), so the log gets the route, the exception's
type and the code frames only: the server-side twin of ``ui/operations.safe_traceback``.
"""

from __future__ import annotations

import logging
import traceback
from types import TracebackType

log = logging.getLogger("keyworker_desktop.sync.server")


def safe_traceback(exc: BaseException, tb: TracebackType | None = None) -> str:
    """The exception's type and code frames (its causes' too): never a message or a local."""
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


def log_failure(method: str, route: str, exc: BaseException) -> None:
    """Log a request that ended in a server error: its method and route, and the traceback
    without values (the query string and the body are never logged)."""
    log.error("internal error on %s %s: %s\n%s", method, route[:200],
              type(exc).__name__, safe_traceback(exc))
