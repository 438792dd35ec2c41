"""Pulled pages written in order, their commits on a thread of their own.

A first sync pulls tens of thousands of changes, a page at a time, and each page's
commit (SQLCipher encrypting and writing every database page it touched) was a sixth
of it. A commit is one long call into SQLite, made without Python's lock, so
:class:`PageWriter` leaves it to a thread while the sync goes on with the next page's
work that needs no database: its request, its decoding and :func:`.prepare.prepare_page`.
The page's own writes stay on the sync's thread: SQLite lets go of Python's lock for
each row it inserts and waits to take it back, so rows written on a thread while Python
runs on another go one at a time, no faster than in turn. What is derived from them (the
full-text index, the caseload summaries) is written as the transaction commits
(:func:`.changes.at_commit`), so on this thread: a few statements, each run whole without
Python's lock. A first sync of the benchmark caseload took 1.76 s against 1.84 s with them
on the sync's thread, alternating.

Measured and left out (a first sync pulling 35,601 changes, on two cores):

- The page's INSERTs run here, before the commit, each as one statement over a JSON
  parameter (Python's lock let go once a statement). The down took 2.1–2.5 s against
  1.9 s: SQLite reads rows from JSON 1.3–2.7 times slower than bound rows, and this thread
  waited for Python's lock between its statements.
- :func:`.prepare.prepare_page` run on the thread that asks for the next page. The down
  took 0.3 s longer: each row the sync's thread inserted then waited for the lock.
- Only the page's history rows (the largest of its INSERTs) written here as it commits, as
  one statement over JSON like the index rows. Alternating three downs each on a slower
  machine, 2.73–3.24 s against 2.22–2.51 s: the wait for the last commit grew from 0.2 to
  0.5 s, and preparing slowed as this thread took the second core.
- :func:`.prepare.prepare_page` in a worker process (spawned once, warm), given each page
  as it arrived. Two downs each way: the sync thread waited 2.17 s for prepared pages
  against 1.92 s preparing them itself. On two cores, three busy threads and the central
  store left the worker no core of its own, and the pages were pickled both ways.

Nothing the pull promises changes: pages are applied one at a time and in order (the
next transaction begins once the last has committed), each in one redoable transaction
with the cursor after it (a power cut loses only whole pages, pulled again), and a
failed page or commit rolls its transaction back and fails the sync as it did. When the
sync fails for another reason (the central store gone, a cancel), the pages applied are
kept. Anything else that reads what the pages wrote calls :meth:`PageWriter.settle`
first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from types import TracebackType

from sqlalchemy.orm import Session

from keyworker_desktop.store.database import Store

log = logging.getLogger(__name__)


class PageWriter:
    """Redoable transactions for a sync's pull, each committed on a thread of its own; use
    as a context manager (leaving it waits for the last commit)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="kw-commit")
        self._committing: Future[None] | None = None

    def write(self, fn: Callable[[Session], None]) -> None:
        """Run ``fn(session)`` in a new redoable transaction, once the last one has
        committed, and commit it on the writer's thread. An error in ``fn`` rolls the
        transaction back and is raised here; one in its commit, at the next
        :meth:`write` or :meth:`settle`."""
        self.settle()
        with ExitStack() as stack:
            fn(stack.enter_context(self.store.transaction(redoable=True)))
            committing = stack.pop_all()  # the commit is the thread's from here
        self._committing = self._pool.submit(committing.close)

    def settle(self) -> None:
        """Wait for the last commit; raise what it raised. Call before reading, in
        another session, anything the pages wrote."""
        committing, self._committing = self._committing, None
        if committing is not None:
            committing.result()

    def __enter__(self) -> PageWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if kind is None:
                self.settle()
                return
            # Failing elsewhere: the last commit still ends before the caller goes on
            # (a wipe, say), and the first error is the one raised.
            try:
                self.settle()
            except Exception:
                log.warning("a pulled page could not be committed", exc_info=True)
        finally:
            self._pool.shutdown(wait=True)
