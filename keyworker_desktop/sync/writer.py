"""Pulled pages written in order on a thread of their own, a few pages a transaction.

A first sync pulls tens of thousands of changes, a page at a time, and writing a page's
rows and committing them (SQLCipher encrypting every database page they touch) was
half of it. SQLite does that work without Python's lock, so :class:`PageWriter` leaves
it to a thread while the sync goes on with the next page's work that needs no database
(its request, its decoding). A transaction takes a few pages: each commit rewrites the
index pages the last one wrote, and the full-text index merges its segments, so fewer
commits write less.

Nothing the pull promises changes: pages are applied one at a time and in order (a page
waits for the last one's writes before it reads anything), each transaction holds its
pages with the cursor after them (redoable: a power cut loses only whole pages, pulled
again), and a failed write or commit rolls its transaction back and fails the sync as
it did; when the sync fails for any other reason, the pages applied are kept. Anything
else that reads what the pages wrote calls :meth:`PageWriter.settle` first, which
commits.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from types import TracebackType

from sqlalchemy.orm import Session

from keyworker_desktop.store.database import Store

log = logging.getLogger(__name__)

# A transaction is committed once it holds this many pulled changes, or has been open
# this long (a write the user makes meanwhile waits for it).
COMMIT_CHANGES = 6000
COMMIT_SECONDS = 0.3

Rest = Callable[[], None]
"""What a page leaves to the writer's thread: its writes, in its transaction."""


class PageWriter:
    """Redoable transactions for a sync's pull, written and committed on a thread of their
    own; use as a context manager (leaving it commits the pages applied, even when the
    sync fails for another reason)."""

    def __init__(self, store: Store, *, commit_changes: int = COMMIT_CHANGES,
                 commit_seconds: float = COMMIT_SECONDS) -> None:
        self.store = store
        self.commit_changes = commit_changes
        self.commit_seconds = commit_seconds
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="kw-commit")
        self._working: Future[None] | None = None
        # The open transaction: its context, session, when it began, changes it holds.
        self._tx: ExitStack | None = None
        self._session: Session | None = None
        self._began = 0.0
        self._held = 0

    def write(self, fn: Callable[[Session], Rest | None], changes: int = 0) -> None:
        """Run ``fn(session)`` in the open redoable transaction (a new one if none is),
        once the last page's writes are done; then, on the writer's thread, what it
        returns (the writes it left to the writer) and, once the transaction holds
        enough (``changes`` counts this page's), the commit. An error in ``fn`` rolls
        the transaction back and is raised here; one on the thread rolls it back too,
        and is raised at the next :meth:`write` or :meth:`settle`."""
        self._wait()
        if self._tx is None:
            stack = ExitStack()
            self._session = stack.enter_context(self.store.transaction(redoable=True))
            self._tx, self._began, self._held = stack, time.monotonic(), 0
        tx = self._tx
        assert self._session is not None
        try:
            rest = fn(self._session)
        except BaseException as exc:
            self._tx = self._session = None
            if not tx.__exit__(type(exc), exc, exc.__traceback__):
                raise
            return
        self._held += changes
        commit = (self._held >= self.commit_changes
                  or time.monotonic() - self._began >= self.commit_seconds)
        if commit:
            self._tx = self._session = None
        self._working = self._pool.submit(_finish, tx, rest, commit)

    def settle(self) -> None:
        """Wait for the writer's thread and commit what is open; raise what failed. Call
        before reading, in another session, anything the pages wrote."""
        self._wait()
        tx, self._tx, self._session = self._tx, None, None
        if tx is not None:
            tx.close()

    def _wait(self) -> None:
        working, self._working = self._working, None
        if working is not None and working.exception() is not None:
            # Rolled back (or its commit failed) on the thread: nothing is open any more.
            self._tx = self._session = None
            working.result()

    def __enter__(self) -> PageWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if kind is None:
                self.settle()
                return
            # Failing elsewhere (the central store gone mid-pull, a cancel, a refusal):
            # the pages applied are whole, each with its cursor, and kept. A page that
            # failed was rolled back already, with the rest of its transaction.
            try:
                self.settle()
            except Exception:
                log.warning("the pages pulled before a failed sync could not be kept",
                            exc_info=True)
        finally:
            self._pool.shutdown(wait=True)


def _finish(tx: ExitStack, rest: Rest | None, commit: bool) -> None:
    """On the writer's thread: a page's writes, then the commit when due (or the rollback
    when the writes fail)."""
    try:
        if rest is not None:
            rest()
    except BaseException as exc:
        tx.__exit__(type(exc), exc, exc.__traceback__)
        raise
    if commit:
        tx.close()
