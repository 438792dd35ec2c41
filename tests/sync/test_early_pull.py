"""A first sync pulls colleagues' changes while its pushes are answered (sync/early.py), and
leaves the laptop as pulling after the pushes would."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.store.models.sync import FieldHistory, LocalConflict, SyncBase
from keyworker_desktop.sync import client as client_module
from keyworker_desktop.sync import early as early_module
from keyworker_desktop.sync.client import SyncClient
from keyworker_desktop.sync.early import EarlyPull
from keyworker_desktop.sync.errors import ServerRefused
from keyworker_desktop.sync.server import models as central_models
from keyworker_desktop.sync.state import CURSOR_KEY, SCOPE_KEY, put_state

from .conftest import PASSWORD, Running
from .test_client import add_person, allocate, edit, person

PUSH_SECONDS = 0.15  # each push's answer, held back so that pages are applied meanwhile


@pytest.fixture
def early_pages(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[int, int]]:
    """Small early pulls (floor 5 changes, pages of 4) beside slow pushes; the pages each
    early pull applied."""
    monkeypatch.setattr(client_module, "EARLY_FLOOR", 5)
    monkeypatch.setattr(early_module, "EARLY_PAGE", 4)
    applied: dict[int, int] = {}  # by early pull
    finish, off_thread = EarlyPull.finish, SyncClient._off_thread

    def counted(self: EarlyPull) -> None:
        finish(self)
        applied[id(self)] = self.pages

    def slow(self: SyncClient, method: str, path: str, auth: dict[str, str],
             **kw: Any) -> Any:
        if path == "/v1/push":
            time.sleep(PUSH_SECONDS)
        return off_thread(self, method, path, auth, **kw)

    monkeypatch.setattr(EarlyPull, "finish", counted)
    monkeypatch.setattr(SyncClient, "_off_thread", slow)
    yield applied


def laptop(make_store: Callable[[str], Store], server: Running, user: str,
           name: str) -> SyncClient:
    c = SyncClient(make_store(user), server.url)
    c.register(user, PASSWORD, name)
    return c


def history(store: Store) -> tuple[int, int]:
    """Field history rows, and how many sequence numbers they hold (each once)."""
    with store.session() as s:
        rows = s.scalar(select(func.count()).select_from(FieldHistory)) or 0
        seqs = s.scalar(select(func.count(func.distinct(FieldHistory.seq)))) or 0
    return rows, seqs


def values(store: Store) -> dict[str, tuple[str, str | None]]:
    with store.session() as s:
        return {yp.id: (yp.given_name, yp.interests) for yp in s.scalars(select(YoungPerson))}


@pytest.mark.parametrize("early", [True, False])
def test_a_first_sync_pulls_while_it_pushes_and_ends_as_pulling_after(
        make_store: Callable[[str], Store], server: Running, early_pages: dict[int, int],
        early: bool) -> None:
    old = laptop(make_store, server, "sam", "sam's old laptop")
    theirs = [add_person(old.store, f"Old {i}", interests=f"i{i}") for i in range(12)]
    old.sync()
    for yp in theirs[:4]:
        edit(old.store, yp, interests="edited")
    old.sync()
    new = laptop(make_store, server, "sam", "sam's new laptop")
    new.early_pull = early
    new.batch_size = 3
    mine = [add_person(new.store, f"New {i}", interests="mine") for i in range(10)]
    early_pages.clear()  # (the old laptop's first sync pulled early too: nothing)

    summary = new.sync()

    # The old laptop's 16 changes were pulled, 12 of them before the last push was
    # answered when pulled early; the new laptop's 10 went up.
    assert (summary.pulled, summary.pushed) == (16, 10)
    # Pages of 4: the old laptop's were applied while the pushes waited for answers.
    assert [n > 0 for n in early_pages.values()] == ([True] if early else [])
    assert new.pending_count() == 0
    got = values(new.store)
    assert {yp: got[yp] for yp in theirs} == {
        yp: (f"Old {i}", "edited" if i < 4 else f"i{i}") for i, yp in enumerate(theirs)}
    assert all(got[yp][1] == "mine" for yp in mine)
    # One history row for each of the 26 changes, each under its own sequence number.
    assert history(new.store) == (26, 26)
    with new.store.session() as s:
        bases = dict(s.execute(select(SyncBase.record_id, SyncBase.version)).all())
    assert {bases[yp] for yp in theirs[:4]} == {2} and {bases[yp] for yp in mine} == {1}
    again = new.sync()
    assert (again.pulled, again.pushed) == (0, 0)
    morgan = laptop(make_store, server, "morgan", "morgan's laptop")
    morgan.sync()
    assert values(morgan.store) == got


def _pending_and_early(make_store: Callable[[str], Store], server: Running, user: str,
                       early: bool, early_pages: dict[int, int]
                       ) -> tuple[str | None, int, list[str]]:
    """A laptop that holds everything but pulls from the start (as after its scope grew),
    with an edit of the last young person the log holds, which a colleague also edits."""
    old = laptop(make_store, server, user, f"{user}'s old laptop")
    people = [add_person(old.store, f"Old {i}", interests="old") for i in range(12)]
    old.sync()
    new = laptop(make_store, server, user, f"{user}'s new laptop")
    new.sync()
    with new.store.transaction() as s:
        put_state(s, CURSOR_KEY, 0)
        put_state(s, SCOPE_KEY, None)
    last = people[-1]
    edit(new.store, last, interests="new laptop's")
    for i in range(10):
        add_person(new.store, f"New {i}")
    edit(old.store, last, interests="old laptop's")
    old.sync()
    new.early_pull = early
    new.batch_size = 3
    early_pages.clear()
    new.sync()
    with new.store.session() as s:
        conflicts = sorted(c.field for c in s.scalars(select(LocalConflict)))
    got = person(new.store, last)
    assert got is not None
    return got.interests, new.pending_count(), conflicts


def test_a_page_touching_a_change_not_yet_acknowledged_is_left_to_the_pull(
        make_store: Callable[[str], Store], server: Running, early_pages: dict[int, int]) -> None:
    with_early = _pending_and_early(make_store, server, "sam", True, early_pages)
    # The young person edited on both sides was made last: the pages before it were
    # applied early, and its page was left to the sync's own pull.
    assert [0 < n < 3 for n in early_pages.values()] == [True]
    without = _pending_and_early(make_store, server, "alex", False, {})
    assert with_early == without and with_early[1] == 0


@pytest.mark.parametrize("pushing", ["new young people", "edits"])
def test_a_young_person_allocated_during_the_sync_is_pulled_whole(
        make_store: Callable[[str], Store], server: Running, early_pages: dict[int, int],
        pushing: str) -> None:
    alex = laptop(make_store, server, "alex", "alex's laptop")
    theirs = add_person(alex.store, "Zed", interests="first")
    alex.sync()
    old = laptop(make_store, server, "sam", "sam's old laptop")
    olds = [add_person(old.store, f"Old {i}") for i in range(12)]
    old.sync()
    # Later in the log, a change that alone would make the young person's row (both names:
    # all a young person needs), without what the first change said.
    edit(alex.store, theirs, given_name="Zedd", family_name="Pryce-Jones")
    alex.sync()
    new = laptop(make_store, server, "sam", "sam's new laptop")
    new.batch_size = 3
    if pushing == "edits":
        # A laptop that holds its young people and pulls from the start again (as after
        # its scope grew): its pushes leave the scope as it is.
        new.sync()
        with new.store.transaction() as s:
            put_state(s, CURSOR_KEY, 0)
            put_state(s, SCOPE_KEY, None)
        for round_ in range(3):  # of the last two made: the pages before are applied early
            for yp in olds[-2:]:
                edit(new.store, yp, interests=f"edited here {round_}")
    else:
        for i in range(10):
            add_person(new.store, f"New {i}")
    fetch = EarlyPull._fetch

    def allocating(self: EarlyPull, after: int) -> Any:
        got = fetch(self, after)
        if after == 0:  # the early pull's scope is taken: sam is given alex's young person
            allocate(server, "sam", theirs)
        return got

    early_pages.clear()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(EarlyPull, "_fetch", allocating)
        new.sync()
    assert [n > 1 for n in early_pages.values()] == [True]  # pages after it too
    got = person(new.store, theirs)
    assert got is not None
    assert (got.given_name, got.family_name, got.interests) == ("Zedd", "Pryce-Jones", "first")
    assert new.sync().pulled == 0


def test_a_cancelled_first_sync_keeps_its_early_pages_and_the_next_finishes(
        make_store: Callable[[str], Store], server: Running, early_pages: dict[int, int]) -> None:
    old = laptop(make_store, server, "sam", "sam's old laptop")
    theirs = [add_person(old.store, f"Old {i}") for i in range(12)]
    old.sync()
    new = laptop(make_store, server, "sam", "sam's new laptop")
    new.batch_size = 3
    for i in range(10):
        add_person(new.store, f"New {i}")
    stop = threading.Event()
    early_pages.clear()

    def progress(stage: str, done: int, _total: int) -> None:
        if stage == "sending" and done >= 6:
            stop.set()

    first = new.sync(progress=progress, cancel=stop.is_set)
    assert first.cancelled and [n > 0 for n in early_pages.values()] == [True]
    with new.store.session() as s:
        kept = set(s.scalars(select(YoungPerson.id)))
    assert len(kept & set(theirs)) >= 4  # at least the first early page's young people
    second = new.sync()
    assert not second.cancelled and new.pending_count() == 0
    assert set(theirs) <= set(values(new.store))
    morgan = laptop(make_store, server, "morgan", "morgan's laptop")
    morgan.sync()
    assert values(morgan.store) == values(new.store)


def test_a_batch_refused_whole_beside_an_early_pull_keeps_the_rest_in_order(
        make_store: Callable[[str], Store], server: Running, early_pages: dict[int, int]
        ) -> None:
    old = laptop(make_store, server, "sam", "sam's old laptop")
    for i in range(12):
        add_person(old.store, f"Old {i}")
    old.sync()
    new = laptop(make_store, server, "sam", "sam's new laptop")
    new.batch_size = 3
    mine = [add_person(new.store, f"New {i}") for i in range(12)]
    pushes = 0
    send = SyncClient._off_thread

    def refusing_the_second(self: SyncClient, method: str, path: str, auth: dict[str, str],
                            **kw: Any) -> Any:
        nonlocal pushes
        if path == "/v1/push":
            pushes += 1
            if pushes == 2:  # sent while the first is acknowledged and pages applied
                raise ServerRefused("refused", "out_of_scope", 403)
        return send(self, method, path, auth, **kw)

    early_pages.clear()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(SyncClient, "_off_thread", refusing_the_second)
        summary = new.sync()
    assert [n > 0 for n in early_pages.values()] == [True]
    refused = {r.record_id for r in summary.rejected}
    assert refused == set(mine[3:6]) and summary.pushed == 9
    # The batch after the refused one went after it, and the rest in order.
    held = list(server.central.run(lambda s: list(s.scalars(
        select(central_models.Record.id).where(central_models.Record.entity == "young_person")
        .where(central_models.Record.id.in_(mine))
        .order_by(central_models.Record.id)))))
    assert held == sorted(set(mine) - refused)
    order = list(server.central.run(lambda s: list(s.scalars(
        select(central_models.Change.record_id).where(central_models.Change.record_id.in_(mine))
        .order_by(central_models.Change.seq)))))
    assert order == [yp for yp in mine if yp not in refused]
