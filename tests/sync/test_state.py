"""What a sync reads of the laptop's store when it starts and writes when it ends
(sync/state.py): a sync with nothing to do reads in one statement and writes one short
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
from keyworker_desktop.sync.state import (
    ACCOUNT_KEY,
    CURSOR_KEY,
    REJECTED_KEY,
    SCOPE_KEY,
    finish,
    put_state,
    read_start,
    state,
)

from .conftest import Running
from .test_client import add_person, laptop


@contextmanager
def transactions(store: Store) -> Iterator[list[list[str]]]:
    """The statements of each transaction the store runs meanwhile, from its BEGIN; a
    statement outside any transaction is one of its own. From SQLite's own trace, so a
    statement run on the driver's connection counts as one through SQLAlchemy does (the
    flush settings the store sets before a BEGIN are left out)."""
    seen: list[list[str]] = []
    open_ = False

    def trace(sql: str) -> None:
        nonlocal open_
        if sql.startswith("PRAGMA"):
            return
        if sql.startswith("BEGIN") or not open_:
            seen.append([])
            open_ = sql.startswith("BEGIN")
        seen[-1].append(sql)
        if sql in ("COMMIT", "ROLLBACK"):
            open_ = False

    def watch(dbapi_conn: Any, *_args: Any) -> None:
        dbapi_conn.set_trace_callback(trace)

    def unwatch(dbapi_conn: Any, *_args: Any) -> None:
        dbapi_conn.set_trace_callback(None)

    event.listen(store.engine, "checkout", watch)
    event.listen(store.engine, "checkin", unwatch)
    try:
        yield seen
    finally:
        event.remove(store.engine, "checkout", watch)
        event.remove(store.engine, "checkin", unwatch)


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
    # The start: one statement, outside any transaction (no BEGIN IMMEDIATE, no write lock).
    assert len(reading) == 1 and reading[0].startswith("SELECT"), reading
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


def test_the_start_reads_what_the_sync_wrote(make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    secrets = DeviceSecrets(store)
    secrets.set("sync_token", "tok-é")
    with store.transaction() as s:
        put_state(s, CURSOR_KEY, 41)
        put_state(s, SCOPE_KEY, "digest")
        put_state(s, ACCOUNT_KEY, "sam")  # not the start's
        settings.put(s, settings.DEMO_CASELOAD, False)
    start = read_start(store, secrets)
    assert start.token == "tok-é"
    assert start.seen == {CURSOR_KEY: 41, SCOPE_KEY: "digest"}
    assert start.unpushed is False


def test_the_start_of_a_locked_store_is_refused(make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    secrets = DeviceSecrets(store)
    store.close()
    with pytest.raises(RuntimeError):
        read_start(store, secrets)
