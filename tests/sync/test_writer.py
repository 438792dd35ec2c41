"""PageWriter: a pull's pages written in order, each committed on a thread of its own,
and never half kept."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from keyworker_desktop.store.database import Store
from keyworker_desktop.sync.writer import PageWriter


def _put(key: str) -> Callable[[Session], None]:
    def fn(s: Session) -> None:
        s.execute(text("INSERT INTO sync_state (key, value) VALUES (:k, '{}')"), {"k": key})
    return fn


def _keys(store: Store) -> set[str]:
    """What another connection reads as committed (outside any transaction: the store's
    sessions begin with the write lock, which a page's transaction holds)."""
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


def test_each_page_commits_on_the_writer_s_thread_in_order(store: Store) -> None:
    committed_on: list[str] = []

    def on_commit(_conn: object) -> None:
        committed_on.append(threading.current_thread().name)

    event.listen(store.engine, "commit", on_commit)
    with PageWriter(store) as writer:
        writer.write(_put("p1"))
        writer.write(_put("p2"))  # begins once p1 has committed
        assert _keys(store) >= {"p1"}
        writer.write(_put("p3"))
    assert _keys(store) == {"p1", "p2", "p3"}  # leaving waits for the last commit
    assert len(committed_on) == 3
    assert all(name.startswith("kw-commit") for name in committed_on)


def test_settle_waits_for_the_commit(store: Store) -> None:
    with PageWriter(store) as writer:
        writer.write(_put("p1"))
        writer.settle()  # what a read of the pages' rows calls first
        assert _keys(store) == {"p1"}


def test_a_page_that_fails_is_rolled_back_and_raised(store: Store) -> None:
    def broken(s: Session) -> None:
        _put("p2")(s)
        raise ValueError("a page that cannot be applied")

    with pytest.raises(ValueError):
        with PageWriter(store) as writer:
            writer.write(_put("p1"))
            writer.write(broken)
    assert _keys(store) == {"p1"}  # the page before it, with its cursor, is kept


def test_a_commit_that_fails_is_raised_and_its_page_not_kept(store: Store) -> None:
    def dangling(s: Session) -> None:
        # A foreign key checked only at commit (as a pulled page's are).
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        _put("p2")(s)
        s.execute(text("INSERT INTO caseload_summary (young_person_id, given_name, "
                       "family_name, is_open) VALUES ('nobody', 'A', 'B', 1)"))

    with PageWriter(store) as writer:
        writer.write(_put("p1"))
        writer.write(dangling)
        with pytest.raises(Exception, match="FOREIGN KEY"):
            writer.write(_put("p3"))  # raised before the next page begins
        assert _keys(store) == {"p1"}
        writer.write(_put("p4"))  # a new transaction after the failure
    assert _keys(store) == {"p1", "p4"}


def test_a_sync_failing_elsewhere_keeps_the_pages_applied(store: Store) -> None:
    class Gone(Exception):
        pass

    with pytest.raises(Gone):
        with PageWriter(store) as writer:
            writer.write(_put("p1"))
            writer.write(_put("p2"))
            raise Gone()  # the central store went away before the next page
    assert _keys(store) == {"p1", "p2"}
