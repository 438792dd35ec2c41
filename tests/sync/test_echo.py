"""A laptop's own pushes are recorded when acknowledged, and their echo is not pulled back
unless an earlier change the pull brings touches the same records (sync/echo.py)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import ChangeLogEntry
from keyworker_desktop.store.models.sync import SyncBase, SyncPin
from keyworker_desktop.sync import apply, conflicts, early
from keyworker_desktop.sync.client import CURSOR_KEY, SyncClient, _state
from keyworker_desktop.sync.echo import _PIN_WAITING, Skip, Skips, clean_batch
from keyworker_desktop.sync.outcome import SyncSummary
from keyworker_desktop.sync.wire import PushChange

from .conftest import PASSWORD, Running
from .test_client import add_person, allocate, edit, person


class Pulled:
    """The change ids each pull of a laptop received."""

    def __init__(self) -> None:
        self.ids: list[str] = []

    def __call__(self, response: httpx.Response) -> None:
        if response.request.url.path == "/v1/pull":
            response.read()
            self.ids.extend(c["change_id"] for c in response.json()["changes"])


Laptop = Callable[[str], tuple[SyncClient, Pulled]]


@pytest.fixture
def watched_laptop(make_store: Callable[[str], Store], server: Running) -> Iterator[Laptop]:
    """A registered laptop, and the change ids its pulls receive."""
    clients: list[httpx.Client] = []

    def make(user: str) -> tuple[SyncClient, Pulled]:
        pulled = Pulled()
        http = httpx.Client(event_hooks={"response": [pulled]})
        clients.append(http)
        client = SyncClient(make_store(user), server.url, http=http)
        client.register(user, PASSWORD, f"{user}'s laptop")
        return client, pulled

    yield make
    for http in clients:
        http.close()


def own_change_ids(store: Store) -> set[str]:
    with store.session() as s:
        return set(s.scalars(select(ChangeLogEntry.change_id)))


def test_the_echo_is_recorded_on_acknowledgement_and_not_pulled(
        watched_laptop: Laptop) -> None:
    sam, pulled = watched_laptop("sam")
    people = [add_person(sam.store, f"Jo{i}", interests="trains") for i in range(3)]
    out = sam.sync()
    assert out.pushed == 3 and sam.pending_count() == 0
    assert not own_change_ids(sam.store) & set(pulled.ids)  # no echo came back
    with sam.store.session() as s:
        bases = dict(s.execute(select(SyncBase.record_id, SyncBase.version)).all())
        cursor = _state(s, CURSOR_KEY, 0)
    assert all(bases[p] == 1 for p in people)
    # Exactly what pulling the echo would have written: an applied entry per change.
    history = conflicts.history(sam.store, people[0])
    assert [h["kind"] for h in history] == ["applied"]
    assert history[0]["seq"] and history[0]["values"]["interests"] == "trains"
    assert cursor >= history[0]["seq"]
    # Its next sync has nothing to do, and an edit goes up on the recorded version.
    assert sam.sync().pulled == 0
    edit(sam.store, people[0], interests="buses")
    assert sam.sync().pushed == 1
    morgan, _ = watched_laptop("morgan")
    morgan.sync()
    assert person(morgan.store, people[0]).interests == "buses"  # type: ignore[union-attr]


def test_an_earlier_change_to_the_record_brings_the_echo_after_it(
        watched_laptop: Laptop) -> None:
    sam, pulled = watched_laptop("sam")
    morgan, _ = watched_laptop("morgan")
    yp = add_person(sam.store, interests="trains")
    sam.sync()
    morgan.sync()
    edit(morgan.store, yp, what_matters="Music")
    morgan.sync()  # before sam's change, on another field: sam's is applied as sent
    edit(sam.store, yp, interests="buses")
    pulled.ids.clear()
    out = sam.sync()
    assert out.pushed == 1 and not out.rejected
    with sam.store.session() as s:
        mine = s.scalar(select(ChangeLogEntry.change_id)
                        .where(ChangeLogEntry.record_id == yp)
                        .order_by(ChangeLogEntry.seq.desc()))
    assert mine in pulled.ids  # pulled after morgan's, as without the shortcut
    for laptop in (sam, morgan):
        laptop.sync()
        got = person(laptop.store, yp)
        assert got is not None and (got.interests, got.what_matters) == ("buses", "Music")


def test_an_echo_left_from_an_interrupted_sync_cannot_undo_a_later_change(
        watched_laptop: Laptop) -> None:
    sam, pulled = watched_laptop("sam")
    yp = add_person(sam.store, interests="trains")
    sam.sync()
    edit(sam.store, yp, interests="buses")
    # Pushed and acknowledged, then the laptop stops before pulling (a crash, a cut line).
    sam._push(SyncSummary(), lambda *_: None, lambda: False, lambda *_: False)
    edit(sam.store, yp, interests="boats")
    sam.sync()  # the old echo comes first: the newer change's echo must follow it
    got = person(sam.store, yp)
    assert got is not None and got.interests == "boats"
    morgan, _ = watched_laptop("morgan")
    morgan.sync()
    assert person(morgan.store, yp).interests == "boats"  # type: ignore[union-attr]


def change(cid: str, **kw: Any) -> PushChange:
    values: dict[str, Any] = {
        "change_id": cid, "entity": "young_person", "record_id": "r1", "op": "update",
        "fields": {}, "base_version": 0, "hlc": "000000000000001-000000-dev",
        "author": "sam", "device": "dev"}
    return PushChange(**{**values, **kw})


def result(cid: str, seq: int, status: str = "applied") -> dict[str, Any]:
    return {"change_id": cid, "status": status, "seq": seq, "version": 1, "conflicts": []}


def test_only_a_batch_applied_as_sent_in_consecutive_numbers_is_clean() -> None:
    batch = [change("a"), change("b")]
    assert clean_batch(batch, [result("a", 5), result("b", 6)], "dev") is not None
    assert clean_batch(batch, [result("a", 5), result("b", 7)], "dev") is None  # a gap
    assert clean_batch(batch, [result("a", 5), result("b", 6, "merged")], "dev") is None
    assert clean_batch(batch, [result("a", 5), result("b", 6)], "other") is None
    resolving = [change("a", resolves=["c1"])]
    assert clean_batch(resolving, [result("a", 5)], "dev") is None


def test_skips_step_over_only_what_is_still_safe() -> None:
    skips = Skips()
    skips.add(Skip(10, 19, {"r1"}))
    skips.add(Skip(20, 29, {"r2"}))  # consecutive: one range
    assert skips.limit(0, 1000) == 9  # up to just before the range
    assert skips.jump(5) is None and skips.jump(9) == 29
    skips.pulled([{"seq": 7, "record_id": "r3"}])
    assert skips.jump(9) == 29
    skips.pulled([{"seq": 8, "record_id": "r2"}])  # an earlier change to one of its records
    assert skips.jump(9) is None and skips.limit(0, 1000) == 1000


def test_a_change_waiting_behind_an_acknowledged_batch_keeps_its_version(
        watched_laptop: Laptop) -> None:
    sam, _ = watched_laptop("sam")
    yp = add_person(sam.store, interests="trains")
    sam.sync()
    edit(sam.store, yp, interests="buses")
    edit(sam.store, yp, what_matters="Music")
    edit(sam.store, yp, given_name="Jody")
    with sam.store.transaction() as s:
        first, second, third = s.scalars(
            select(ChangeLogEntry.change_id).where(ChangeLogEntry.pushed_at.is_(None))
            .order_by(ChangeLogEntry.seq)).all()
        s.add(SyncPin(change_id=third, base_version=1))  # as a pull would have left it
    sam.batch_size = 1
    stop = threading.Event()

    def progress(_stage: str, done: int, _total: int) -> None:
        if done == 1:  # Cancel pressed as the first change is acknowledged
            stop.set()

    assert sam.sync(progress=progress, cancel=stop.is_set).pushed == 1
    with sam.store.session() as s:
        assert s.get(SyncBase, yp).version == 2  # type: ignore[union-attr]
        pins = dict(s.execute(select(SyncPin.change_id, SyncPin.base_version)).all())
    assert first not in pins and pins == {second: 1, third: 1}  # made on version 1
    assert sam.sync().pushed == 2 and sam.pending_count() == 0
    morgan, _ = watched_laptop("morgan")
    morgan.sync()
    got = person(morgan.store, yp)
    assert got is not None
    assert (got.interests, got.what_matters, got.given_name) == ("buses", "Music", "Jody")


@pytest.mark.parametrize("statement", ["echo", "early", "apply"])
def test_what_waits_on_a_batch_or_page_is_read_among_waiting_changes_by_record(
        make_store: Callable[[str], Store], statement: str) -> None:
    """Read through the change log's record index, each record's whole history was read
    (an acknowledgement grew with how often its records had been edited); through the
    pushed_at index, everything waiting. The partial index holds only what waits."""
    sql, params = {"echo": (_PIN_WAITING, ("[]", "[]")), "early": (early._WAITING, ("[]",)),
                   "apply": (apply._WAITING, ("[]",))}[statement]
    with make_store("sam").session() as s:
        plan = [r[3] for r in s.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + sql, params)]
    assert any("ix_change_log_unpushed_record" in step for step in plan), plan


class Paths:
    """The paths of every request a laptop makes."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> None:
        self.paths.append(request.url.path)


def test_a_sync_whose_pushes_are_all_the_log_holds_after_its_cursor_asks_no_pull(
        watched_laptop: Laptop, server: Running) -> None:
    sam, _ = watched_laptop("sam")
    morgan, _ = watched_laptop("morgan")
    paths = Paths()
    sam.http.event_hooks["request"].append(paths)
    yp, other = add_person(sam.store, interests="trains"), add_person(sam.store)
    sam.sync()  # the first sync learns the scope digest from its pull
    edit(sam.store, yp, interests="buses")
    paths.paths.clear()
    out = sam.sync()
    assert out.pushed == 1 and paths.paths == ["/v1/push"] and out.requests == 1
    latest = httpx.get(server.url + "/v1/status").json()["latest_seq"]
    with sam.store.session() as s:
        assert _state(s, CURSOR_KEY, 0) == latest  # stepped over its own echo
    # A colleague's change before this laptop's next push is in the log after its cursor:
    # that sync pulls it (up to this laptop's own echo, stepped over).
    morgan.sync()
    edit(morgan.store, other, what_matters="Music")
    morgan.sync()
    edit(sam.store, yp, interests="boats")
    paths.paths.clear()
    out = sam.sync()
    assert paths.paths == ["/v1/push", "/v1/pull"] and out.pulled == 1
    got, theirs = person(sam.store, yp), person(sam.store, other)
    assert got is not None and got.interests == "boats"
    assert theirs is not None and theirs.what_matters == "Music"
    paths.paths.clear()
    assert sam.sync().nothing_to_do and paths.paths == ["/v1/pull"]


def test_a_push_answered_in_a_scope_the_laptop_does_not_know_is_followed_by_a_pull(
        watched_laptop: Laptop, server: Running) -> None:
    sam, _ = watched_laptop("sam")
    paths = Paths()
    sam.http.event_hooks["request"].append(paths)
    yp, other = add_person(sam.store, interests="trains"), add_person(sam.store)
    sam.sync()
    # A manager moves a young person away: the scope changes, the log says nothing of it
    # to sam's pulls.
    allocate(server, "alex", other)
    edit(sam.store, yp, interests="buses")
    paths.paths.clear()
    out = sam.sync()
    assert out.pushed == 1 and paths.paths[:2] == ["/v1/push", "/v1/pull"]
    assert out.removed_young_person_ids == [other]


def test_what_a_push_answered_is_forgotten_unless_whole() -> None:
    skips = Skips()
    skips.answered({"results": [], "cursor": 7, "scope": "ab"})
    assert skips.caught_up(7, "ab") and not skips.caught_up(6, "ab")
    assert not skips.caught_up(7, "cd") and not skips.caught_up(7, None)
    for answer in ({"results": []}, {"results": [], "cursor": 7},
                   {"results": [], "cursor": 7, "scope": ""},
                   {"results": [], "cursor": "7", "scope": "ab"},
                   {"results": [], "cursor": True, "scope": "ab"}):
        skips.answered({"results": [], "cursor": 7, "scope": "ab"})
        skips.answered(answer)  # an older central store, or a hostile one
        assert not skips.caught_up(7, "ab")
    skips.answered({"results": [], "cursor": 7, "scope": "ab"})
    skips.forget_head()  # a refused push
    assert not skips.caught_up(7, "ab")
