"""A first sync's pull of colleagues' changes, applied while its pushes wait for answers.

A laptop's first sync pushes what its keyworker wrote offline (a caseload is tens of
thousands of changes), then pulls what colleagues wrote for the young people in its
scope. While a push is with the central store the laptop's sync thread only waits; while
pulled pages are applied the central store waits. :class:`EarlyPull` fills the first
wait with the second: a helper thread fetches and prepares pages from the start of the
log, and the sync's thread applies them (on its own connection, between its
acknowledgements: the two never wait on each other's locks) while each push is
answered (each next push meanwhile is sent by the sending thread as soon as the last is
answered). The sync's own pull then goes on from where it stopped, as it would have from
the start. Only a laptop that has never pulled and has :data:`EARLY_FLOOR` changes or more
to push does this: a push that size leaves room for it.

A page is applied only where the sync's own pull, run at that moment, would apply it the
same way; otherwise it and everything after it are left to that pull:

- a page holding any change from this laptop stops it (an echo: the sync's own pull
  steps over it as :mod:`.echo` says);
- a page changing a record with a change here not yet acknowledged stops it, checked in
  the page's own transaction, so a change sent or still to send keeps the version it was
  made on and the central store alone judges its conflicts;
- a page deleting more than the sync asks about stops it (only the sync's thread asks);
- so does any error, a cancel, or the end of the pushes: the sync's own pull then meets
  the same page (and the same error) itself.

Scope: the pages are pulled in the scope the pull began in, or a larger one (a push gave
this user a young person). Of a page it applies only the changes the first scope shows
(of no young person, or of one in that scope), and writes the first scope's digest with
it: so what it leaves is what pulling in that scope leaves, and the sync's own pull, seeing
the digest change, asks whether the scope gained anyone whose older changes lie before
the cursor (and pulls again from the start if so), as after any sync. A young person who
left the scope and came back while the pull ran is missed as by the sync's own pull.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any

from sqlalchemy.orm import Session

from keyworker_desktop.store.database import Store
from keyworker_desktop.sync.echo import Skips, pulled_deletes
from keyworker_desktop.sync.prepare import PreparedPage, prepare_page
from keyworker_desktop.sync.writer import PageWriter

log = logging.getLogger(__name__)

# Unpushed changes from which a first sync pulls early: a push of several batches, long
# enough to be worth it (a smaller one is answered before the pages would be).
EARLY_FLOOR = 1000

# Changes in a page pulled early: a small page, so that applying one ends soon after
# a push is answered (the next push is already on its way: it is sent by the sending
# thread, not this one).
EARLY_PAGE = 1000

# Anything here not yet acknowledged for the page's records (json_each of their ids), in
# the index of what is waiting by record, as echo._PIN_WAITING reads it.
_WAITING = """
SELECT 1 FROM json_each(?) AS j CROSS JOIN change_log AS c
WHERE c.record_id = j.value AND c.pushed_at IS NULL LIMIT 1"""


class _Stop(Exception):
    """This page is left to the sync's own pull."""


class EarlyPull:
    """Pages pulled from the start of the log, applied by :meth:`until` while the sync's
    thread waits for a push's answer; :meth:`finish` when the pushes are done."""

    def __init__(self, store: Store, skips: Skips, request: Callable[..., Any],
                 write_page: Callable[..., None], stop: Callable[[], bool],
                 delete_floor: int) -> None:
        """``request(method, path, **kw)``: the central store's answer, from a helper
        thread (no store access, no wipe); ``write_page(s, page=, scope=, prepared=)``: the
        sync's own page write; ``stop()``: the sync's cancel check."""
        self.store = store
        self.skips = skips
        self.request = request
        self.write_page = write_page
        self.stop = stop
        self.delete_floor = delete_floor
        self.requests = 0
        self.pages = 0
        # The first scope: its digest (written with every page) and young people.
        self._digest = ""
        self._scope: frozenset[str] = frozenset()
        self._done = False
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="kw-early")
        self._writer = PageWriter(store)
        self._next: Future[Any] | None = self._pool.submit(self._fetch, 0)

    # -- the sync's thread ------------------------------------------------------------
    def until(self, answer: Future[Any]) -> Any:
        """``answer``'s result, applying ready pages while it is awaited; their last
        commit ends before it is returned (the acknowledgement writes next)."""
        try:
            while not answer.done() and not self._done:
                ready = self._next
                if ready is None:
                    break
                if not ready.done():
                    wait((answer, ready), return_when=FIRST_COMPLETED)
                    continue
                self._apply(ready)
        finally:
            self._settle()
        return answer.result()

    def finish(self) -> None:
        """No more pages: the last commit ends and the helper thread stops. The pages
        applied are kept; safe to call twice."""
        self._quit()
        self._settle()
        self._writer.__exit__(None, None, None)
        # A page still on its way is not waited for (the central store may have gone):
        # the helper thread only asks for it and prepares it, and nothing reads it.
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _apply(self, ready: Future[Any]) -> None:
        self._next = None
        try:
            got = ready.result()
        except Exception as exc:  # noqa: BLE001 - the sync's own pull meets it again
            self._quit(exc)
            return
        if got is None or self.stop():
            self._quit()
            return
        page, prepared = got
        if page["more"]:
            self._next = self._pool.submit(self._fetch, page["cursor"])
        try:
            self._writer.write(functools.partial(self._write, page=page, prepared=prepared))
        except Exception as exc:  # noqa: BLE001 - _Stop, or the sync's own pull meets it
            self._quit(exc)
            return
        self.pages += 1
        if not page["more"]:
            self._quit()

    def _write(self, s: Session, page: dict[str, Any], prepared: PreparedPage) -> None:
        changes = page["changes"]
        if changes and s.connection().exec_driver_sql(
                _WAITING, (prepared.ids_json,)).first() is not None:
            raise _Stop()
        self.skips.pulled(changes)
        self.write_page(s, page=page, scope=self._digest, prepared=prepared)

    def _settle(self) -> None:
        try:
            self._writer.settle()
        except Exception as exc:  # noqa: BLE001 - a failed commit: its page is pulled again
            self._quit(exc)

    def _quit(self, exc: Exception | None = None) -> None:
        if exc is not None and not isinstance(exc, _Stop):
            # Its kind only: an answer's text may name a record.
            log.info("the early pull stopped: %s", type(exc).__name__)
        self._done = True
        if self._next is not None:
            self._next.cancel()
            self._next = None

    # -- the helper thread ------------------------------------------------------------
    def _fetch(self, after: int) -> tuple[dict[str, Any], PreparedPage] | None:
        """The page after ``after``, prepared; None where it must be left to the sync."""
        if after == 0:
            self.requests += 1
            out = self.request("GET", "/v1/scope")
            self._digest = str(out.get("digest") or "")
            if not self._digest:
                return None
            self._scope = frozenset(str(i) for i in out["young_person_ids"])
        self.requests += 1
        page = self.request("GET", "/v1/pull", params={"after": after, "limit": EARLY_PAGE})
        device, scope = self.store.device_id, self._scope
        if not page["more"] and not page["changes"] or any(
                c["device"] == device for c in page["changes"]):
            return None  # the end of the log, or an echo
        changes = [c for c in page["changes"]
                   if not c.get("young_person_id") or c["young_person_id"] in scope]
        if pulled_deletes(changes, device) > self.delete_floor:
            return None
        page = {**page, "changes": changes}
        return page, prepare_page(changes, device=device)
