"""What a sync reads of the laptop's store when it starts and writes when it ends
(sync/state.py): a sync with nothing to do reads in one session and writes one short
transaction, without waiting for the disk."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

from keyworker_desktop.services.status import last_sync_at
from keyworker_desktop.store import settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models.sync import SyncState
from keyworker_desktop.store.secrets import DeviceSecrets
from keyworker_desktop.sync.errors import DemoStore
from keyworker_desktop.sync.outcome import RejectedChange, SyncSummary
from keyworker_desktop.sync.state import REJECTED_KEY, finish, read_start, state

from .conftest import Running
from .test_client import add_person, laptop


@contextmanager
def transactions(store: Store) -> Iterator[list[list[str]]]:
    """The statements of each transaction the store runs meanwhile, from its BEGIN."""
    seen: list[list[str]] = []

    def spy(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        if sql.startswith("BEGIN"):
            seen.append([])
        if seen:
            seen[-1].append(sql)

    event.listen(store.engine, "before_cursor_execute", spy)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", spy)


def writes(statements: list[str]) -> list[str]:
    return [s for s in statements if s.split(None, 1)[0] in ("INSERT", "UPDATE", "DELETE")]


def test_a_sync_with_nothing_to_do_reads_once_and_writes_once(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    add_person(sam.store)
    sam.sync()
    sam.sync()  # the scope checked: from now on, nothing to do
    with transactions(sam.store) as seen:
        quiet = sam.sync()
    assert quiet.nothing_to_do and quiet.requests == 1
    assert len(seen) == 2, seen
    reading, ending = seen
    assert writes(reading) == []
    # The end: when it finished, without a flush to disk (a power cut leaves the last time).
    assert len(writes(ending)) == 1 and "setting" in writes(ending)[0]
    with sam.store.session() as s:
        assert last_sync_at(s) is not None


def test_the_end_of_a_sync_is_redoable(make_store: Callable[[str], Store],
                                       server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    sam.sync()
    modes: list[bool] = []
    real = sam.store.transaction

    @contextmanager
    def spy(*, redoable: bool = False) -> Iterator[Any]:
        modes.append(redoable)
        with real(redoable=redoable) as s:
            yield s

    sam.store.transaction = spy  # type: ignore[method-assign]
    sam.sync()
    assert modes == [True]


def test_the_refused_list_is_written_only_when_it_changes(
        make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    refused = RejectedChange("c1", "visit", "r1", "yp1", "invalid", "no", ("notes",), None)
    seen: dict[str, Any] = {}
    first = SyncSummary(rejected=[refused])
    finish(store, first, seen)
    with store.session() as s:
        stored = state(s, REJECTED_KEY, None)
    assert stored == [{**refused.__dict__, "fields": ["notes"]}]
    assert seen[REJECTED_KEY] == stored
    # The same list again, from a cancelled sync: nothing at all to write.
    with transactions(store) as again:
        finish(store, SyncSummary(rejected=[refused], cancelled=True), seen)
    assert [writes(t) for t in again] == [[]]
    # An empty one replaces it.
    finish(store, SyncSummary(), seen)
    with store.session() as s:
        assert state(s, REJECTED_KEY, None) == []
        assert s.get(SyncState, REJECTED_KEY) is not None


def test_the_start_reads_the_token_the_state_and_what_waits(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    start = read_start(sam.store, sam.secrets)
    assert start.token is not None and start.unpushed is False and start.seen == {}
    add_person(sam.store)
    sam.sync()
    start = read_start(sam.store, sam.secrets)
    assert start.unpushed is False
    assert {"cursor", "scope"} <= set(start.seen)
    add_person(sam.store, "Kit")
    assert read_start(sam.store, sam.secrets).unpushed is True


def test_a_store_with_the_demo_is_refused_before_anything_is_read(
        make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    with store.transaction() as s:
        settings.put(s, settings.DEMO_CASELOAD, True)
    with pytest.raises(DemoStore):
        read_start(store, DeviceSecrets(store))
