"""What the central store logs about a request that failed: where, never what.

Exception messages quote data (SQLAlchemy puts the SQL parameters in its messages;
a pushed record's fields, a user name), so the log gets the route, the exception's
type and the code frames only (``domain.tracebacks.safe_traceback``, as the app's log).
"""

from __future__ import annotations

import logging

from keyworker_desktop.domain.tracebacks import safe_traceback

log = logging.getLogger("keyworker_desktop.sync.server")


def log_failure(method: str, route: str, exc: BaseException) -> None:
    """Log a request that ended in a server error: its method and route, and the traceback
    without values (the query string and the body are never logged)."""
    log.error("internal error on %s %s: %s\n%s", method, route[:200],
              type(exc).__name__, safe_traceback(exc))
