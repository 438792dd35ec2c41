"""Planner statistics the central store keeps current itself (PostgreSQL).

A pull reads a page of the change log in sequence order, and PostgreSQL reads it so,
along the log's primary key, only when it knows the table: ANALYZE's statistics say how
many changes there are and that the log lies in sequence order. Without them it reads
every change after the cursor and sorts them all, for every page: a first sync's first
page of 2,000 among 35,601 changes took 93 ms rather than 6 (its sort spilling 28 MB to
disk), and each page after it the same again for what was left, on the machine the
laptops share with it in the benchmarks.

Autovacuum analyzes a table once a tenth of it has changed, within a minute, when it runs
(it is off on some servers, and a new team's first syncs come within that minute). The
central store does not count on it: once pushes have added as many changes as the log
held when it was last analyzed (at least :data:`FIRST`), it analyzes the log's sequence
numbers, on a thread of its own, one at a time: 35 ms for 35,601 changes, where the whole
log took 207 ms and the records as much again, and their other plans (a key looked up in
its unique index) need nothing. The estimates for changes added since stay right
(PostgreSQL reads the newest sequence number from the index), so doubling is enough; an
ANALYZE samples at most 30,000 rows.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Engine

log = logging.getLogger(__name__)

# Changes pushed before the first ANALYZE: a log smaller than this sorts quickly.
FIRST = 5_000

_ANALYZE = "ANALYZE changes (seq)"
# The rows the log held when last analyzed (-1: never, PostgreSQL 14 and later; 0 before).
_ANALYZED_ROWS = "SELECT reltuples FROM pg_class WHERE oid = 'changes'::regclass"


class Statistics:
    """Counts the changes pushes add, and analyzes the log's order once it has grown
    enough (PostgreSQL; on SQLite :meth:`pushed` does nothing)."""

    def __init__(self, engine: Engine, first: int = FIRST) -> None:
        self.engine = engine
        self.first = first
        self.enabled = engine.dialect.name == "postgresql"
        self._lock = threading.Lock()
        self._added = 0
        self._analyzed: int | None = None  # rows at the last ANALYZE; None: not read yet
        self._running: threading.Thread | None = None

    def pushed(self, added: int) -> None:
        """``added`` changes were stored: analyze on a thread when the log has grown enough."""
        if not self.enabled or added <= 0:
            return
        with self._lock:
            self._added += added
            if self._running is not None or self._added < self.first:
                return
            if self._analyzed is not None and self._added < self._analyzed:
                return
            self._added = 0
            self._running = threading.Thread(target=self._analyze, name="kw-analyze",
                                             daemon=True)
            self._running.start()

    def _analyze(self) -> None:
        try:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                if self._analyzed is None:
                    # Analyzed before this process (autovacuum, or an earlier one): grown
                    # as much again since then, or FIRST if never, before it is needed.
                    before = int(conn.exec_driver_sql(_ANALYZED_ROWS).scalar() or 0)
                    if before > self.first:
                        with self._lock:
                            self._analyzed = before
                        return
                conn.exec_driver_sql(_ANALYZE)
                rows = int(conn.exec_driver_sql(_ANALYZED_ROWS).scalar() or 0)
            with self._lock:
                self._analyzed = max(rows, self.first)
        except Exception as exc:  # upkeep: the pushes and pulls go on either way
            log.warning("could not analyze the central store's tables (%s)", type(exc).__name__)
        finally:
            with self._lock:
                self._running = None

    def wait(self, timeout: float = 30.0) -> None:
        """Wait for an ANALYZE under way (tests)."""
        running = self._running
        if running is not None:
            running.join(timeout)
