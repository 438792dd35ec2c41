"""PageWriter: a pull's pages written on a thread of their own, a few to a transaction,
in order, and never half kept."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from keyworker_desktop.store.database import Store
from keyworker_desktop.sync.writer import PageWriter


def _put(key: str) -> Callable[[Session], None]:
    def fn(s: Session) -> None:
        s.execute(text("INSERT INTO sync_state (key, value) VALUES (:k, '{}')"), {"k": key})
    return fn


def _keys(store: Store) -> set[str]:
    """What another connection reads as committed (outside any transaction: the store's
    sessions begin with the write lock, which an open page transaction holds)."""
    raw = store.engine.raw_connection()
    try:
        rows = raw.driver_connection.execute(  # type: ignore[union-attr]
            "SELECT key FROM sync_state WHERE key LIKE 'p%'").fetchall()
    finally:
        raw.close()
    return {r[0] for r in rows}


@pytest.fixture
def store(make_store: Callable[[str], Store]) -> Store:
    return make_store("sam")


def test_pages_are_committed_together_once_enough_and_at_the_end(store: Store) -> None:
    with PageWriter(store, commit_changes=3, commit_seconds=60) as writer:
        writer.write(_put("p1"), 2)
        writer.write(_put("p2"), 2)  # 4 changes: this transaction commits
        writer._wait()
        assert _keys(store) == {"p1", "p2"}
        writer.write(_put("p3"), 1)
        writer._wait()
        assert _keys(store) == {"p1", "p2"}  # open: not seen from another session
        writer.settle()  # what a read of the pages' rows calls first
        assert _keys(store) == {"p1", "p2", "p3"}
        writer.write(_put("p4"), 1)
    assert _keys(store) == {"p1", "p2", "p3", "p4"}  # leaving commits the rest


def test_a_transaction_open_too_long_is_committed(store: Store) -> None:
    with PageWriter(store, commit_changes=10**6, commit_seconds=0) as writer:
        writer.write(_put("p1"), 1)
        writer._wait()
        assert _keys(store) == {"p1"}


def test_a_page_s_writes_and_commit_run_on_the_writer_s_thread_in_order(store: Store) -> None:
    ran: list[tuple[str, str]] = []

    def page(key: str) -> Callable[[Session], Callable[[], None]]:
        def fn(s: Session) -> Callable[[], None]:
            def rest() -> None:
                ran.append((key, threading.current_thread().name))
                _put(key)(s)
            return rest
        return fn

    with PageWriter(store, commit_changes=1) as writer:
        for key in ("p1", "p2", "p3"):
            writer.write(page(key), 1)
    assert [k for k, _ in ran] == ["p1", "p2", "p3"]
    assert all(name.startswith("kw-commit") for _, name in ran)
    assert _keys(store) == {"p1", "p2", "p3"}


def test_a_page_that_fails_rolls_back_its_whole_transaction(store: Store) -> None:
    def broken(s: Session) -> None:
        _put("p2")(s)
        raise ValueError("a page that cannot be applied")

    with pytest.raises(ValueError):
        with PageWriter(store, commit_changes=10, commit_seconds=60) as writer:
            writer.write(_put("p1"), 1)
            writer.write(broken, 1)
    # p1 shared the transaction (its cursor with it): pulled again next time.
    assert _keys(store) == set()


def test_writes_failing_on_the_thread_roll_back_and_fail_the_next_step(store: Store) -> None:
    def fails_later(s: Session) -> Callable[[], None]:
        _put("p2")(s)

        def rest() -> None:
            raise RuntimeError("disk full")
        return rest

    with PageWriter(store, commit_changes=10, commit_seconds=60) as writer:
        writer.write(_put("p1"), 1)
        writer.write(fails_later, 1)
        with pytest.raises(RuntimeError, match="disk full"):
            writer.write(_put("p3"), 1)
        assert _keys(store) == set()
        writer.write(_put("p4"), 1)  # a new transaction after the failure
    assert _keys(store) == {"p4"}


def test_a_commit_that_fails_is_raised_and_nothing_is_kept(store: Store) -> None:
    def dangling(s: Session) -> None:
        # A foreign key checked only at commit (as a pulled page's are).
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        s.execute(text("INSERT INTO caseload_summary (young_person_id, given_name, "
                       "family_name, is_open) VALUES ('nobody', 'A', 'B', 1)"))

    with pytest.raises(Exception, match="FOREIGN KEY"):
        with PageWriter(store, commit_changes=1) as writer:
            writer.write(_put("p1"), 0)
            writer.write(dangling, 1)
            writer.settle()
    assert _keys(store) == set()


def test_a_sync_failing_elsewhere_keeps_the_pages_applied(store: Store) -> None:
    class Gone(Exception):
        pass

    with pytest.raises(Gone):
        with PageWriter(store, commit_changes=10, commit_seconds=60) as writer:
            writer.write(_put("p1"), 1)
            writer.write(_put("p2"), 1)
            raise Gone()  # the central store went away before the next page
    assert _keys(store) == {"p1", "p2"}
