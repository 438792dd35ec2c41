"""Young people who leave a user's scope leave their laptop (sync/scope.py), end to end.

On the SQLite and the PostgreSQL central store: a young person allocated away is
removed from the old keyworker's laptop, every row and index entry of them, while
anything not yet acknowledged by the server keeps them there.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, text, update

from keyworker_desktop.services.search import search
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import (
    Action,
    AuditEvent,
    ChangeLogEntry,
    Document,
    FamilyMember,
    Meeting,
    NetworkLink,
    Professional,
    SessionNote,
    Visit,
    synced_models,
)
from keyworker_desktop.store.models.sync import FieldHistory, LocalConflict, SyncBase
from keyworker_desktop.sync import conflicts
from keyworker_desktop.sync.client import SyncClient
from keyworker_desktop.sync.scope import REMOVED_ACTION, purge_out_of_scope

from .conftest import Running
from .test_client import add_person, allocate, edit, laptop, person

PHOTO = b"\x89PNG\r\n\x1a\n-a-photo-of-them-"


def fill(store: Store, yp_id: str, word: str) -> dict[str, str]:
    """A note, a visit, family, a meeting with an action, a document and a network link."""
    with store.transaction() as s:
        pro = s.scalar(select(Professional).where(Professional.name == "Dr Shared Quill"))
        if pro is None:
            pro = Professional(name="Dr Shared Quill", agency="Clinic")
            s.add(pro)
        note = SessionNote(young_person_id=yp_id, session_on=date(2024, 5, 1),
                           discussed=f"{word} talked about trains")
        visit = Visit(young_person_id=yp_id, starts_at=datetime(2024, 5, 1, 10),
                      place_name=f"{word} school", notes=f"{word} was calm")
        family = FamilyMember(young_person_id=yp_id, name=f"{word} parent")
        meeting = Meeting(young_person_id=yp_id, kind="ctr", title=f"{word} CTR",
                          held_at=datetime(2024, 5, 2, 9))
        doc = Document(young_person_id=yp_id, filename="agreement.pdf",
                       content=b"%PDF-" + word.encode())
        s.add_all([note, visit, family, meeting, doc])
        s.flush()
        action = Action(young_person_id=yp_id, meeting_id=meeting.id,
                        description=f"chase {word} referral", owner_name="Sam")
        link = NetworkLink(young_person_id=yp_id, professional_id=pro.id)
        s.add_all([action, link])
        s.flush()
        return {"note": note.id, "visit": visit.id, "professional": pro.id}


def rows_of(store: Store, yp_id: str) -> dict[str, int]:
    """How many rows of each synced table, and of the caseload summary, are theirs."""
    out: dict[str, int] = {}
    with store.session() as s:
        for name, model in synced_models().items():
            col = model.id if name == "young_person" else getattr(model, "young_person_id", None)
            if col is not None:
                out[name] = s.scalar(select(func.count()).select_from(model)
                                     .where(col == yp_id)) or 0
        out["caseload_summary"] = s.scalar(text(
            "SELECT count(*) FROM caseload_summary WHERE young_person_id = :y"), {"y": yp_id})
    return out


def record_ids(store: Store, yp_id: str) -> set[str]:
    ids = {yp_id}
    with store.session() as s:
        for model in synced_models().values():
            if hasattr(model, "young_person_id"):
                ids.update(s.scalars(select(model.id).where(
                    model.young_person_id == yp_id)))
    return ids


def bookkeeping(store: Store, ids: set[str], yp_id: str) -> dict[str, int]:
    """Their rows in the index and the sync bookkeeping."""
    with store.session() as s:
        def count(model: Any, *where: Any) -> int:
            return s.scalar(select(func.count()).select_from(model).where(*where)) or 0

        docs = s.scalar(text("SELECT count(*) FROM search_doc WHERE record_id IN "
                             "(SELECT value FROM json_each(:ids))"), {"ids": _json(ids)})
        index = s.scalar(text("SELECT count(*) FROM search_index WHERE young_person_id = :y"),
                         {"y": yp_id})
        return {
            "search_doc": docs or 0, "search_index": index or 0,
            "sync_base": count(SyncBase, SyncBase.record_id.in_(ids)),
            "field_history": count(FieldHistory, FieldHistory.record_id.in_(ids)),
            "conflict": count(LocalConflict, LocalConflict.record_id.in_(ids)),
            "change_log": count(ChangeLogEntry, ChangeLogEntry.record_id.in_(ids)),
        }


def _json(ids: set[str]) -> str:
    return json.dumps(sorted(ids))


def found(store: Store, words: str) -> list[str]:
    with store.session() as s:
        return [h.record_id for h in search(s, words)]


def audit_actions(store: Store, yp_id: str) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(AuditEvent.action).where(AuditEvent.young_person_id == yp_id)
                              .order_by(AuditEvent.at, AuditEvent.id)))


@contextmanager
def counting(client: SyncClient) -> Iterator[list[str]]:
    """The paths of the requests ``client`` makes inside the block."""
    paths: list[str] = []

    def hook(request: httpx.Request) -> None:
        paths.append(request.url.path)

    client.http.event_hooks["request"].append(hook)
    try:
        yield paths
    finally:
        client.http.event_hooks["request"].remove(hook)


def test_a_young_person_allocated_away_leaves_the_laptop_and_reaches_the_new_keyworker(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    morgan = laptop(make_store, server, "morgan")  # a senior in Sam's team: sees both
    jo = add_person(sam.store, "Xanthe", photo_png=PHOTO)
    kit = add_person(sam.store, "Kit")
    jo_ids = fill(sam.store, jo, "Zebulon")
    fill(sam.store, kit, "Kestrel")
    sam.sync(), morgan.sync()
    # A conflict about Jo, so Sam's laptop holds conflict rows and both sides in history.
    edit(sam.store, jo, preferred_name="Xan")
    edit(morgan.store, jo, preferred_name="Xanny")
    sam.sync(), morgan.sync(), sam.sync()
    assert conflicts.open_conflicts(sam.store, jo) != []
    ids = record_ids(sam.store, jo)
    before = rows_of(sam.store, jo)
    assert all(before[t] for t in ("young_person", "session_note", "visit", "family_member",
                                   "meeting", "action", "document", "network_link",
                                   "caseload_summary"))
    assert all(bookkeeping(sam.store, ids, jo).values())
    assert found(sam.store, "Xanthe") and found(sam.store, "Zebulon")
    kit_rows, kit_ids = rows_of(sam.store, kit), record_ids(sam.store, kit)
    kit_books = bookkeeping(sam.store, kit_ids, kit)
    assert sam.pending_count() == 0

    allocate(server, "alex", jo)  # a manager moves Jo from Sam to Alex
    summary = sam.sync()

    assert summary.removed_young_person_ids == [jo] and summary.removed_young_people == 1
    assert summary.kept_out_of_scope == 0 and not summary.nothing_to_do
    assert person(sam.store, jo) is None
    assert set(rows_of(sam.store, jo).values()) == {0}
    assert set(bookkeeping(sam.store, ids, jo).values()) == {0}
    assert found(sam.store, "Xanthe") == [] and found(sam.store, "Zebulon") == []
    assert conflicts.open_conflicts(sam.store, jo) == []
    # The audit trail stays, with one entry saying they left this laptop.
    actions = audit_actions(sam.store, jo)
    assert actions.count(REMOVED_ACTION) == 1 and actions[-1] == REMOVED_ACTION
    assert {"create", "change"} <= set(actions)
    # Kit, still Sam's, and the shared professional are untouched.
    assert rows_of(sam.store, kit) == kit_rows
    assert bookkeeping(sam.store, kit_ids, kit) == kit_books
    assert found(sam.store, "Kestrel") and found(sam.store, "Dr Shared Quill")
    with sam.store.session() as s:
        assert s.get(Professional, jo_ids["professional"]) is not None
    assert sam.sync().nothing_to_do  # and nothing comes back

    # Alex receives Jo whole, with the history of every change.
    alex = laptop(make_store, server, "alex")
    alex.sync()
    got = person(alex.store, jo)
    assert got is not None and got.photo_png == PHOTO and got.given_name == "Xanthe"
    assert rows_of(alex.store, jo) == before
    with alex.store.session() as s:
        note = s.get(SessionNote, jo_ids["note"])
        assert note is not None and note.discussed == "Zebulon talked about trains"
    history = conflicts.history(alex.store, jo)
    assert {h["values"].get("preferred_name") for h in history} >= {"Xan", "Xanny"}


def test_a_young_person_allocated_back_returns_with_their_history(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    jo = add_person(sam.store, "Xanthe")
    ids = fill(sam.store, jo, "Zebulon")
    sam.sync()
    edit(sam.store, jo, interests="drums")
    sam.sync()
    allocate(server, "alex", jo)
    assert sam.sync().removed_young_people == 1 and person(sam.store, jo) is None
    allocate(server, "sam", jo)
    back = sam.sync()
    assert back.removed_young_people == 0
    got = person(sam.store, jo)
    assert got is not None and got.interests == "drums"
    assert found(sam.store, "Zebulon") and rows_of(sam.store, jo)["caseload_summary"] == 1
    assert [h["kind"] for h in conflicts.history(sam.store, jo)] == ["applied", "applied"]
    with sam.store.session() as s:
        assert s.get(Visit, ids["visit"]) is not None


def test_an_unacknowledged_edit_keeps_the_young_person_and_is_not_lost(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    jo, kit = add_person(sam.store, "Xanthe"), add_person(sam.store, "Kit")
    fill(sam.store, jo, "Zebulon")
    sam.sync()
    allocate(server, "alex", jo)
    allocate(server, "alex", kit)
    edit(sam.store, jo, interests="written on the bus, offline")  # not yet sent

    summary = sam.sync()

    assert summary.kept_out_of_scope_ids == [jo] and summary.kept_out_of_scope == 1
    assert summary.removed_young_person_ids == [kit]
    assert [(r.young_person_id, r.code) for r in summary.rejected] == [(jo, "out_of_scope")]
    kept = person(sam.store, jo)
    assert kept is not None and kept.interests == "written on the bus, offline"
    assert sam.pending_by_young_person() == {jo: 1}
    assert rows_of(sam.store, jo)["session_note"] == 1 and found(sam.store, "Zebulon")
    assert REMOVED_ACTION not in audit_actions(sam.store, jo)
    # While someone is kept, every sync asks again, and keeps them again.
    with counting(sam) as paths:
        again = sam.sync()
    assert "/v1/scope" in paths and again.kept_out_of_scope_ids == [jo]
    # Once a manager gives Jo back, the edit goes up and nothing is removed.
    allocate(server, "sam", jo)
    back = sam.sync()
    assert back.pushed == 1 and back.kept_out_of_scope == 0 and sam.pending_count() == 0
    assert person(sam.store, jo) is not None


def test_an_unchanged_scope_asks_nothing_and_a_changed_one_asks_once(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    jo, kit = add_person(sam.store, "Xanthe"), add_person(sam.store, "Kit")
    with counting(sam) as first:
        sam.sync()  # never checked before, but the laptop holds exactly its scope
    assert "/v1/scope" not in first and first == ["/v1/push", "/v1/pull"]
    edit(sam.store, jo, interests="drums")
    with counting(sam) as same_scope:
        changed = sam.sync()
    assert changed.pushed == 1 and "/v1/scope" not in same_scope
    with counting(sam) as quiet_paths:
        quiet = sam.sync()
    assert quiet.nothing_to_do and quiet.requests == 1 and quiet_paths == ["/v1/pull"]
    allocate(server, "alex", kit)
    with counting(sam) as moved:
        summary = sam.sync()
    assert moved.count("/v1/scope") == 1 and summary.removed_young_person_ids == [kit]
    assert summary.requests == len(moved)
    with counting(sam) as after:
        sam.sync()
    assert after == ["/v1/pull"]


def test_a_first_sync_holding_its_whole_scope_asks_nothing_and_a_move_still_asks(
        make_store: Callable[[str], Store], server: Running) -> None:
    """A laptop works out the digest of the young people it holds: the same as the pulled
    one, nobody can be out of scope; a different one (someone here moved away), it asks."""
    sam = laptop(make_store, server, "sam")
    jo = add_person(sam.store, "Xanthe")
    add_person(sam.store, "Kit")
    sam.sync()
    morgan = laptop(make_store, server, "morgan")  # senior in sam's team
    with counting(morgan) as first:
        assert morgan.sync().pulled == 2  # holds exactly the team's: nothing to ask
    assert "/v1/scope" not in first
    allocate(server, "pat", jo)  # to another team
    with counting(morgan) as paths:
        moved = morgan.sync()
    assert paths.count("/v1/scope") == 1 and moved.removed_young_person_ids == [jo]


def test_a_cancelled_sync_removes_nobody_and_the_next_one_does(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    jo = add_person(sam.store, "Xanthe")
    sam.sync()
    allocate(server, "alex", jo)
    stopped = sam.sync(cancel=lambda: True)
    assert stopped.cancelled and stopped.removed_young_people == 0
    assert person(sam.store, jo) is not None
    assert sam.sync().removed_young_person_ids == [jo]


def test_a_central_store_without_the_scope_endpoint_removes_nothing(
        make_store: Callable[[str], Store], server: Running) -> None:
    class OldServer(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner = httpx.HTTPTransport()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v1/scope":
                return httpx.Response(404, json={"error": {"code": "not_found",
                                                           "message": "no such endpoint"}})
            return self.inner.handle_request(request)

        def close(self) -> None:  # the client closes its transport, which owns the pool
            self.inner.close()

    store = make_store("sam")
    sam = SyncClient(store, server.url, http=httpx.Client(transport=OldServer()))
    sam.register("sam", "sync-password")
    jo = add_person(store, "Xanthe")
    sam.sync()
    allocate(server, "alex", jo)
    summary = sam.sync()
    assert summary.removed_young_people == 0 and person(store, jo) is not None
    sam.http.close()


# -- the purge on its own (no central store) ---------------------------------------
def _acknowledge_everything(store: Store) -> None:
    with store.transaction() as s:
        s.execute(update(ChangeLogEntry).values(pushed_at=datetime(2024, 1, 1)))


def test_records_the_central_store_has_no_trace_of_keep_their_young_person(
        make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    jo = add_person(store, "Xanthe")
    assert purge_out_of_scope(store, []).kept == [jo]  # never sent
    _acknowledge_everything(store)
    with store.transaction() as s:  # written as an older version would: no change log
        s.execute(text("INSERT INTO important_date (id, young_person_id, label, \"on\", yearly, "
                       "notes, created_at, updated_at, created_by, updated_by, origin_device, "
                       "version, hlc) VALUES ('d1', :y, 'birthday', '2010-01-01', 1, '', "
                       "'2024-01-01', '2024-01-01', '', '', '', 1, '')"), {"y": jo})
    assert purge_out_of_scope(store, []).kept == [jo]
    with store.transaction() as s:
        s.execute(text("DELETE FROM important_date"))
    result = purge_out_of_scope(store, [])
    assert result.removed == [jo] and person(store, jo) is None


def test_a_young_person_another_record_refers_to_is_kept_whole(
        make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    jo, kit = add_person(store, "Xanthe"), add_person(store, "Kit")
    with store.transaction() as s:
        meeting = Meeting(young_person_id=jo, kind="ctr", held_at=datetime(2024, 5, 2, 9))
        s.add(meeting)
        s.flush()
        # Kit's action points at Jo's meeting: removing Jo alone would break it.
        s.add(Action(young_person_id=kit, meeting_id=meeting.id, description="x",
                     owner_name="Sam"))
    _acknowledge_everything(store)
    before = rows_of(store, jo)
    result = purge_out_of_scope(store, [kit])
    assert result.kept == [jo] and result.removed == []
    assert rows_of(store, jo) == before and person(store, kit) is not None
    add_person(store, "Lee")  # the store is still writable: the failed removal rolled back
    assert REMOVED_ACTION not in audit_actions(store, jo)


def test_history_of_records_this_version_does_not_know_goes_too(
        make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    jo, kit = add_person(store, "Xanthe"), add_person(store, "Kit")
    _acknowledge_everything(store)
    with store.transaction() as s:
        for yp_id, rid in ((jo, "future-1"), (kit, "future-2")):
            s.add(FieldHistory(seq=None, change_id=f"c-{rid}", entity="future_thing",
                               record_id=rid, kind="applied",
                               values={"young_person_id": yp_id, "words": "private"},
                               hlc="h", author="Alex", device="d"))
            s.add(SyncBase(record_id=rid, entity="future_thing", version=1))
            s.add(SyncBase(record_id=yp_id, entity="young_person", version=1))
    assert purge_out_of_scope(store, [kit]).removed == [jo]
    with store.session() as s:
        left = set(s.scalars(select(FieldHistory.record_id)))
        bases = set(s.scalars(select(SyncBase.record_id)))
    assert left == {"future-2"} and bases == {"future-2", kit}


def test_a_young_person_allocated_away_does_not_make_the_laptop_read_the_log_again(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    sam.page_size = 2
    jo, kit = add_person(sam.store, "Jo"), add_person(sam.store, "Kit")
    for i in range(8):
        edit(sam.store, jo, interests=f"drums {i}")
    sam.sync()
    allocate(server, "alex", kit)
    with counting(sam) as moved:
        summary = sam.sync()
    # Only the scope shrank: one pull page and one scope request, not the log from 0.
    assert moved == ["/v1/pull", "/v1/scope"]
    assert summary.removed_young_person_ids == [kit]
    assert person(sam.store, jo) is not None and person(sam.store, jo).interests == "drums 7"
    allocate(server, "sam", kit)
    with counting(sam) as back:
        sam.sync()
    # A young person joined the scope: the log is read again, page by page, to bring them.
    assert back.count("/v1/pull") > 5
    assert person(sam.store, kit) is not None


def test_removing_many_young_people_asks_first_and_no_keeps_them_until_the_next_sync(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    people = [add_person(sam.store, name) for name in ("Ana", "Ben", "Cal", "Dee")]
    sam.sync()
    for yp in people[:3]:  # a wrong allocation would empty a laptop before a day out
        allocate(server, "alex", yp)
    asked: list[tuple[str, int, int]] = []

    def no(side: str, n: int, live: int) -> bool:
        asked.append((side, n, live))
        return False

    kept = sam.sync(confirm_deletes=no)
    assert asked == [("scope", 3, 4)]
    assert kept.scope_removal_declined == 3 and kept.removed_young_person_ids == []
    assert all(person(sam.store, yp) is not None for yp in people)
    removed = sam.sync(confirm_deletes=lambda side, n, live: side == "scope")
    assert sorted(removed.removed_young_person_ids) == sorted(people[:3])
    assert person(sam.store, people[3]) is not None
    assert all(person(sam.store, yp) is None for yp in people[:3])


def test_removing_one_of_two_young_people_does_not_ask(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    ana, ben = add_person(sam.store, "Ana"), add_person(sam.store, "Ben")
    sam.sync()
    allocate(server, "alex", ana)
    summary = sam.sync(confirm_deletes=lambda *_: pytest.fail("asked"))
    assert summary.removed_young_person_ids == [ana] and person(sam.store, ben) is not None
