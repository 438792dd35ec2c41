"""A pulled page's prepass (sync/apply.py's prepare_page): the same store whichever way.

prepare_page works each change out on the guess that the laptop holds nothing of its
record; apply_page checks that guess change by change and takes the general path where
it fails. Pages mixing every case where it fails are applied three ways to copies of one
store (prepared first, prepared inside apply_page, every change on the general path):
the stores must end up the same, row for row.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text, update

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import ChangeLogEntry, Goal, YoungPerson
from keyworker_desktop.sync import apply as apply_module
from keyworker_desktop.sync.apply import PreparedPage, apply_page, prepare_page
from keyworker_desktop.sync.outcome import SyncSummary

from .test_apply import OTHER, change

PASSPHRASE = "correct horse battery"
# Columns set from the clock when a page is applied, not from the page.
CLOCK_COLUMNS = {("field_history", "at"), ("conflict", "opened_at"),
                 ("conflict", "resolved_at")}


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in storage order (the settings, the device's own, left out)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.session() as s:
        conn = s.connection()
        tables = [t for (t, sql) in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if t != "setting" and not t.startswith("search_index_")]
        for t in tables:
            cols = [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{t}")')]
            picked = ", ".join("NULL" if (t, c) in CLOCK_COLUMNS else f'"{c}"' for c in cols)
            try:
                rows = conn.exec_driver_sql(f'SELECT rowid, {picked} FROM "{t}" ORDER BY rowid')
                out[t] = [tuple(r) for r in rows]
            except Exception:  # noqa: BLE001 - a table without rowid: in key order
                out[t] = [tuple(r) for r in conn.exec_driver_sql(f'SELECT {picked} FROM "{t}"')]
    return out


def setup_laptop(store: Store) -> dict[str, str]:
    """Records this laptop holds: pushed, and one with an edit not pushed yet."""
    with store.transaction() as s:
        held = YoungPerson(given_name="Hale", family_name="Stone", interests="chess")
        echoed = YoungPerson(given_name="Esme", family_name="Reed")
        s.add_all([held, echoed])
        s.flush()
        goal = Goal(young_person_id=held.id, description="Join a club",
                    set_on=utcnow().date())
        s.add(goal)
        s.flush()
        ids = {"held": held.id, "echoed": echoed.id, "goal": goal.id}
    with store.transaction() as s:
        ids["echo_change"] = s.scalar(select(ChangeLogEntry.change_id)
                                      .where(ChangeLogEntry.record_id == ids["echoed"]))
        s.execute(update(ChangeLogEntry).values(pushed_at=utcnow()))
    with store.transaction() as s:
        s.get(YoungPerson, ids["held"]).interests = "draughts"  # type: ignore[union-attr]
    return ids


def pages(ids: dict[str, str], device: str) -> list[list[dict[str, Any]]]:
    n1, n2, n3, n4, n5, pro = (uuid7() for _ in range(6))
    goal_new, goal_later = uuid7(), uuid7()
    held, echoed = ids["held"], ids["echoed"]
    rating = {"rated_on": "2023-05-01", "score": 6}
    first = [
        change(1, "young_person", n1, {"given_name": "Nell", "family_name": "Ash",
                                       "date_of_birth": "2011-02-03"}, version=1),
        change(2, "young_person", n1, {"interests": "kites"}, version=2),
        change(3, "goal", goal_new, {"young_person_id": n1, "description": "Swim",
                                     "set_on": "2023-04-01"}, version=1, young_person_id=n1),
        # Naming a goal made earlier in the page, one held, one nowhere, one made later.
        change(4, "outcome_rating", uuid7(), {"young_person_id": n1, "goal_id": goal_new,
                                              **rating}, version=1, young_person_id=n1),
        change(5, "outcome_rating", uuid7(), {"young_person_id": held, "goal_id": ids["goal"],
                                              **rating}, version=1, young_person_id=held),
        change(6, "outcome_rating", uuid7(), {"young_person_id": n1, "goal_id": uuid7(),
                                              **rating}, version=1, young_person_id=n1),
        change(7, "outcome_rating", uuid7(), {"young_person_id": n1, "goal_id": goal_later,
                                              **rating}, version=1, young_person_id=n1),
        change(8, "goal", goal_later, {"young_person_id": n1, "description": "Cook",
                                       "set_on": "2023-04-02"}, version=1, young_person_id=n1),
        # A held record with an edit not pushed yet; this laptop's own change coming back.
        change(9, "young_person", held, {"given_name": "Hal", "interests": "go"}, version=2),
        change(10, "young_person", echoed, {"given_name": "Esme", "family_name": "Reed"},
               version=1, device=device, change_id=ids["echo_change"]),
        # Unreadable values, a field and an entity from a newer app, a record not whole.
        change(11, "young_person", n2, {"given_name": "Nye", "family_name": "Oak",
                                        "date_of_birth": "yesterday"}, version=1),
        change(12, "young_person", n2, {"interests": {"not": "text"}, "hobbies": "x"},
               version=2),
        change(13, "young_person", n3, {"given_name": "Ned", "family_name": "Elm",
                                        "favourite_colour": "teal"}, version=1),
        change(14, "spaceship", uuid7(), {"name": "Voyager"}, version=1),
        change(15, "young_person", n4, {"given_name": "Noor"}, version=1),
        change(16, "young_person", n4, {"family_name": "Birch"}, version=2),
        # Merged on the central store; a shared record (the ORM's path).
        {**change(17, "young_person", n1, {"preferred_name": "Nelly"}, version=3),
         "submitted": {"preferred_name": "Nel"}},
        change(18, "staff", pro, {"name": "Wren Talbot", "team": "North"}, version=1),
        {**change(19, "young_person", n3, {"interests": "maps"}, version=2), "conflicts": [{
            "id": uuid7(), "entity": "young_person", "record_id": n3, "young_person_id": n3,
            "field": "interests", "kind": "update", "base": None,
            "current": {"value": "maps", "hlc": "001700000000001-000000-x", "author": "Alex",
                        "device": OTHER},
            "incoming": {"value": "globes", "hlc": "001700000000002-000000-x",
                         "author": "Sam", "device": device}}]},
    ]
    second = [
        first[1],  # a log read again
        change(20, "young_person", n1, {"interests": "boats"}, version=4),
        change(21, "young_person", n5, {"given_name": "Nia", "family_name": "Yew",
                                        "deleted_at": "2023-06-01T00:00:00"}, version=1),
        change(22, "goal", goal_new, {"description": "Swim a length"}, version=2,
               young_person_id=n1),
    ]
    n6, goal_whole = uuid7(), uuid7()
    # Nothing held changed, nothing unpushed, no echo, every id named held or made first:
    # the page as prepared, whole.
    whole = [
        change(30, "young_person", n6, {"given_name": "Wyn", "family_name": "Ash",
                                        "date_of_birth": "someday"}, version=1),
        change(31, "goal", goal_whole, {"young_person_id": n6, "description": "Run",
                                        "set_on": "2023-04-03"}, version=1, young_person_id=n6),
        change(32, "outcome_rating", uuid7(), {"young_person_id": n6, "goal_id": goal_whole,
                                               **rating}, version=1, young_person_id=n6),
        change(33, "outcome_rating", uuid7(), {"young_person_id": held,
                                               "goal_id": ids["goal"], **rating}, version=1,
               young_person_id=held),
        change(34, "young_person", n6, {"interests": "maps"}, version=2),
    ]
    # All guessed, but naming a goal neither held nor made: checked change by change.
    dangling = [change(40, "outcome_rating", uuid7(), {"young_person_id": n6,
                                                       "goal_id": uuid7(), **rating},
                       version=1, young_person_id=n6)]
    return [first, second, whole, dangling]


def copies(store: Store, tmp_path: Path, n: int) -> list[Store]:
    store.close()
    out = []
    for i in range(n):
        root = tmp_path / f"copy-{i}"
        shutil.copytree(store.paths.root, root)
        (root / "keyworker.lock").unlink(missing_ok=True)
        out.append(Store.open(root, PASSPHRASE, daily_backup=False))
    return out


def summary_of(summary: SyncSummary) -> tuple[Any, ...]:
    return (summary.pulled, summary.merged, summary.new_conflicts, summary.unreadable,
            list(summary.down_by_young_person.items()))


def test_a_prepared_page_leaves_the_store_as_the_general_path_does(
        make_store: Callable[[str], Store], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    store = make_store("sam")
    ids = setup_laptop(store)
    device = store.device_id
    book = pages(ids, device)
    general_calls: list[int] = []
    original, one_by_one = apply_module._Page.apply_general, apply_module._Page.apply

    def counted(self: Any, ch: dict[str, Any]) -> None:
        general_calls.append(ch["seq"])
        original(self, ch)

    def each(self: Any, ch: dict[str, Any], guess: Any) -> None:
        general_calls.append(-ch["seq"])  # checked change by change
        one_by_one(self, ch, guess)

    monkeypatch.setattr(apply_module._Page, "apply_general", counted)
    monkeypatch.setattr(apply_module._Page, "apply", each)
    dumps, summaries, general, checked = [], [], [], []
    for way, copy in zip(("ahead", "inside", "general"), copies(store, tmp_path, 3),
                         strict=True):
        summary = SyncSummary()
        general_calls.clear()
        for changes in book:
            with copy.transaction() as s:
                if way == "ahead":
                    # On another thread, as while the previous page commits.
                    out: list[PreparedPage] = []
                    worker = threading.Thread(target=lambda c=changes, o=out: o.append(
                        prepare_page(c, device=device)))
                    worker.start()
                    worker.join()
                    apply_page(s, changes, device=device, clock=copy.clock, summary=summary,
                               prepared=out[0])
                elif way == "inside":
                    apply_page(s, changes, device=device, clock=copy.clock, summary=summary)
                else:
                    apply_module._apply(s, changes, device=device, clock=copy.clock,
                                        summary=summary, guess=False)
        dumps.append(dump(copy))
        summaries.append(summary_of(summary))
        general.append(sorted({seq for seq in general_calls if seq > 0}))
        checked.append({-seq for seq in general_calls if seq < 0})
        copy.close()
    assert dumps[0] == dumps[1] == dumps[2]
    assert summaries[0] == summaries[1] == summaries[2]
    assert summaries[0][3]  # the unreadable values were reported
    assert dumps[0]["outcome_rating"] and dumps[0]["conflict"]
    # Both prepared ways took the guess wherever it held, and only there: the dangling
    # references (6, 7), the held record (9), the echo (10), the newer entity (14), the
    # shared record (18), the conflict (19) and the records held by the second page (2
    # read again, 20, 22) and the last page's dangling reference (40).
    assert general[0] == general[1] == [2, 6, 7, 9, 10, 14, 18, 19, 20, 22, 40]
    assert general[2] == sorted({c["seq"] for page in book for c in page})
    # The second page (edits to records held, one made) and the third were applied whole
    # (no change checked one by one), the edits by the general path.
    assert checked[0] == checked[1] == {c["seq"] for page in (book[0], book[3]) for c in page}
    assert [u.field for u in summaries[0][3]][-2:] == ["date_of_birth", "goal_id"]


def test_a_prepared_page_is_for_one_apply_of_its_own_changes(
        make_store: Callable[[str], Store]) -> None:
    store = make_store("sam")
    changes = [change(1, "young_person", uuid7(), {"given_name": "Ada",
                                                   "family_name": "Moss"}, version=1)]
    prepared = prepare_page(changes, device=store.device_id)
    with pytest.raises(ValueError), store.transaction() as s:
        apply_page(s, changes, device="another device", clock=store.clock,
                   summary=SyncSummary(), prepared=prepared)
    with store.transaction() as s:
        apply_page(s, changes, device=store.device_id, clock=store.clock,
                   summary=SyncSummary(), prepared=prepared)
    with pytest.raises(ValueError), store.transaction() as s:
        apply_page(s, changes, device=store.device_id, clock=store.clock,
                   summary=SyncSummary(), prepared=prepared)
    with store.session() as s:
        assert s.scalar(text("SELECT count(*) FROM young_person")) == 1
