"""A pulled page worked out a column at a time (sync/prepare.py's prepare_columns).

A first sync's pages of new records are prepared a field at a time over each kind of
record, not change by change. That must give the page prepare_each gives, and leave the
store as the general path does; and any page it cannot take whole (a value that fails its
check, an echo, a conflict, a shared record, an edit to a record the page did not make)
must go change by change, as before.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.services.demo import populate_demo
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import ChangeLogEntry, YoungPerson, synced_models
from keyworker_desktop.store.stamping import META_FIELDS
from keyworker_desktop.sync import apply as apply_module
from keyworker_desktop.sync.apply import apply_page
from keyworker_desktop.sync.entities import MAX_JSON_BYTES, column_holds, field_problems
from keyworker_desktop.sync.outcome import SyncSummary
from keyworker_desktop.sync.prepare import prepare_columns, prepare_each, prepare_page

from .test_apply import OTHER, change
from .test_apply_prepared import copies, dump, summary_of

DEVICE = "the-pulling-laptop"


def comparable(page: Any) -> dict[str, Any]:
    """A prepared page's fields, the guesses left out (prepare_columns makes none), the ids
    named as sets (JSON lists of sets, in no set order) and the INSERTs by table."""
    out = {f.name: getattr(page, f.name) for f in dataclasses.fields(page)}
    del out["guesses"]
    out["named"] = {k: sorted(json.loads(v)) for k, v in out["named"].items()}
    out["inserts"] = {m.__tablename__: v for m, v in out["inserts"].items()}
    return out


def demo_changes(tmp_path: Path) -> list[dict[str, Any]]:
    """The fictional caseload's change log, as another laptop's pushes would be pulled."""
    store = Store.create(tmp_path / "demo", "correct horse battery", user_name="alex",
                         kdf=keys.TEST_KDF)
    try:
        with store.transaction() as s:
            populate_demo(s, today=date(2025, 3, 12), scale=6)
        with store.session() as s:
            return [{"seq": e.seq, "change_id": e.change_id, "entity": e.entity,
                     "record_id": e.record_id, "young_person_id": e.young_person_id,
                     "op": e.op, "fields": e.fields, "version": e.version, "hlc": e.hlc,
                     "author": e.author, "device": OTHER}
                    for e in s.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.seq))]
    finally:
        store.close()


def paged(changes: list[dict[str, Any]], size: int) -> list[list[dict[str, Any]]]:
    return [changes[i:i + size] for i in range(0, len(changes), size)]


def test_the_demo_caseloads_pages_come_out_as_change_by_change(tmp_path: Path) -> None:
    changes = demo_changes(tmp_path)
    by_columns = mixed = 0
    for page in paged(changes, 150):
        now = utcnow()
        columns, each = prepare_columns(page, DEVICE, now), prepare_each(page, DEVICE, now)
        if columns is None:
            continue
        by_columns += 1
        if columns.general:  # shared records: the general path's, so not whole before
            mixed += 1
            assert not each.whole
            continue
        assert each.whole
        assert comparable(columns) == comparable(each)
    # Nearly every page is new records, some with shared ones (see the next tests).
    assert by_columns >= len(changes) // 150 - 1
    assert 0 < mixed < by_columns


def test_a_page_with_edits_references_and_merges_comes_out_the_same(
        make_store: Callable[[str], Store]) -> None:
    yp, goal, later_goal = uuid7(), uuid7(), uuid7()
    rating = {"rated_on": "2023-05-01", "score": 6}
    page = [
        change(1, "young_person", yp, {"given_name": "Nell", "family_name": "Ash",
                                       "date_of_birth": "2011-02-03"}, version=1),
        change(2, "goal", goal, {"young_person_id": yp, "description": "Swim",
                                 "set_on": "2023-04-01"}, version=1, young_person_id=yp),
        # Naming a goal made earlier, one made later, and one nowhere in the page.
        change(3, "outcome_rating", uuid7(), {"young_person_id": yp, "goal_id": goal,
                                              **rating}, version=1, young_person_id=yp),
        change(4, "outcome_rating", uuid7(), {"young_person_id": yp, "goal_id": later_goal,
                                              **rating}, version=1, young_person_id=yp),
        change(5, "outcome_rating", uuid7(), {"young_person_id": yp, "goal_id": uuid7(),
                                              **rating}, version=1, young_person_id=yp),
        change(6, "goal", later_goal, {"young_person_id": yp, "description": "Cook",
                                       "set_on": "2023-04-02"}, version=1, young_person_id=yp),
        # Edits to a record the page made: an older stamp, then a newer one merged centrally.
        change(7, "young_person", yp, {"interests": "kites"}, version=2, wall_ms=1600000000000),
        {**change(8, "young_person", yp, {"preferred_name": "Nelly", "closed_on": None},
                  version=3), "submitted": {"preferred_name": "Nel"}},
        change(9, "young_person", yp, {"interests": "boats"}, version=4),
    ]
    now = utcnow()
    columns = prepare_columns(page, DEVICE, now)
    assert columns is not None
    assert comparable(columns) == comparable(prepare_each(page, DEVICE, now))
    assert set(columns.external["goal"]) == {page[3]["fields"]["goal_id"],
                                             page[4]["fields"]["goal_id"]}
    assert [h[4] for h in columns.history][-3:] == ["applied", "submitted", "applied"]
    store = make_store("morgan")
    with store.transaction() as s:
        apply_page(s, page, device=store.device_id, clock=store.clock, summary=SyncSummary(),
                   prepared=prepare_page(page, device=store.device_id))
    with store.session() as s:
        person = s.get(YoungPerson, yp)
        assert person is not None
        assert (person.interests, person.preferred_name) == ("boats", "Nelly")
        assert person.hlc == page[-1]["hlc"]  # the newest stamp, not the older edit's
        assert s.scalar(select(ChangeLogEntry).limit(1)) is None  # pulled, not written here


@pytest.mark.parametrize("spoil", [
    "a date that is not one", "an echo", "a conflict", "an edit naming a record the page makes",
    "a field from a newer app", "an entity from a newer app", "text too long for its column"])
def test_a_page_it_cannot_take_whole_goes_change_by_change(spoil: str) -> None:
    yp, goal = uuid7(), uuid7()
    page = [change(1, "young_person", yp, {"given_name": "Nell", "family_name": "Ash"},
                   version=1),
            change(2, "important_date", uuid7(), {"young_person_id": yp, "label": "Review",
                                                  "on": "2024-01-02"}, version=1,
                   young_person_id=yp)]
    assert prepare_columns(page, DEVICE, utcnow()) is not None
    spoilt = {
        "a date that is not one": {**page[1], "fields": {**page[1]["fields"], "on": "soon"}},
        "an echo": {**page[1], "device": DEVICE},
        "a conflict": {**page[1], "conflicts": [{"id": uuid7()}]},
        "an edit naming a record the page makes": [
            change(2, "goal", goal, {"young_person_id": yp, "description": "Swim",
                                     "set_on": "2023-04-01"}, version=1, young_person_id=yp),
            change(3, "outcome_rating", uuid7(), {"goal_id": goal}, version=2,
                   young_person_id=yp)],
        "a field from a newer app": {**page[1], "fields": {**page[1]["fields"], "hue": 1}},
        "an entity from a newer app": change(2, "spaceship", uuid7(), {"name": "V"},
                                             version=1),
        "text too long for its column": {**page[0], "fields": {
            **page[0]["fields"], "given_name": "N" * 101}, "record_id": uuid7()},
    }[spoil]
    spoilt = spoilt if isinstance(spoilt, list) else [spoilt]
    assert prepare_columns([page[0], *spoilt], DEVICE, utcnow()) is None


def test_a_column_holds_exactly_when_each_value_would() -> None:
    """Every field of every kind, over columns of awkward values: the column check agrees
    with field_problems value by value."""
    future = (date.today() + timedelta(days=30)).isoformat()
    pool: list[Any] = [None, "", "a", "x" * 101, "x" * 5000, 0, 1, -1, 2**63, True, False,
                       1.5, "2024-01-02", "2024-01-02T10:30:00", "2024-13-45", "yesterday",
                       future, "9999-12-31", "x" * (MAX_JSON_BYTES + 1), [], ["a"],
                       {"b64": "AA=="}, {"a": 1}]
    for entity, model in synced_models().items():
        for column in inspect(model).columns:
            name = column.key
            if name in META_FIELDS:
                continue
            vocab = column.info.get("vocab")
            values = pool + ([str(next(iter(vocab)))] if vocab is not None else [])
            for v in values:
                for col in ([v], [v, None], [v, values[-1]], [values[-1], v]):
                    each = all(not field_problems(entity, {name: x}) for x in col)
                    assert column_holds(entity, name, col) == each, (entity, name, col)


def test_pages_prepared_by_columns_leave_the_store_as_the_general_path_does(
        make_store: Callable[[str], Store], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo caseload pulled page by page: prepared (a column at a time where a page
    allows), and every change on the general path; then the same pages again on a laptop
    that holds some of their records, where the prepared pages go change by change after
    all. The stores end up the same, row for row."""
    changes = demo_changes(tmp_path)
    pages = paged(changes, 150)
    store = make_store("morgan")
    stores = copies(store, tmp_path, 2)
    prepared_ways: list[bool] = []
    original = prepare_each

    def counted(*a: Any, **k: Any) -> Any:
        prepared_ways.append(True)
        return original(*a, **k)

    monkeypatch.setattr(apply_module, "prepare_each", counted)
    dumps, summaries, late = [], [], []
    for way, copy in zip(("prepared", "general"), stores, strict=True):
        summary = SyncSummary()
        prepared_ways.clear()
        for page in pages + pages[:3]:  # the first three read again: held by then
            with copy.transaction() as s:
                if way == "prepared":
                    apply_page(s, page, device=copy.device_id, clock=copy.clock,
                               summary=summary, prepared=prepare_page(
                                   page, device=copy.device_id))
                else:
                    apply_module._apply(s, page, device=copy.device_id, clock=copy.clock,
                                        summary=summary, guess=False)
        late.append(len(prepared_ways))
        dumps.append(dump(copy))
        summaries.append(summary_of(summary))
        copy.close()
    assert dumps[0] == dumps[1]
    assert summaries[0] == summaries[1]
    assert dumps[0]["young_person"] and dumps[0]["field_history"]
    # Pages read again were prepared by columns, found held, and went change by change.
    assert late[0] >= 1


def test_shared_records_in_a_page_of_new_records_go_to_the_general_path(
        make_store: Callable[[str], Store], tmp_path: Path) -> None:
    """A professional made in a page of new records, and a network link naming it: the
    page is prepared a column at a time, the professional left to the general path (the
    ORM's); applied, the store is the general path's row for row. Pulled again by a laptop
    that holds the professional, the page goes change by change."""
    yp, pro, held = uuid7(), uuid7(), uuid7()
    made_before = [change(1, "young_person", held, {"given_name": "Hal", "family_name": "Oak"},
                          version=1)]
    page = [change(1, "young_person", yp, {"given_name": "Nell", "family_name": "Ash"},
                   version=1),
            change(2, "professional", pro, {"name": "Wren Talbot", "role": "Nurse"},
                   version=1),
            change(3, "network_link", uuid7(), {"young_person_id": yp, "professional_id": pro,
                                                "how_they_help": "Checks in weekly"},
                   version=1, young_person_id=yp),
            change(4, "professional", pro, {"role": "Lead nurse"}, version=2),
            # An edit to a record held here, naming one: the ORM's, like the shared ones.
            change(5, "young_person", held, {"interests": "maps", "family_name": "Elm"},
                   version=2),
            change(6, "network_link", uuid7(), {"young_person_id": held,
                                                "professional_id": pro}, version=1,
                   young_person_id=held)]
    columns = prepare_columns(page, DEVICE, utcnow())
    assert columns is not None
    assert columns.general == [1, 3, 4]
    assert not columns.external  # the links name a professional made before them
    store = make_store("morgan")
    dumps = []
    for way, copy in zip(("prepared", "general"), copies(store, tmp_path, 2), strict=True):
        summary = SyncSummary()
        for changes in (made_before, page, page):
            with copy.transaction() as s:
                if way == "prepared":
                    apply_page(s, changes, device=copy.device_id, clock=copy.clock,
                               summary=summary, prepared=prepare_page(
                                   changes, device=copy.device_id))
                else:
                    apply_module._apply(s, changes, device=copy.device_id, clock=copy.clock,
                                        summary=summary, guess=False)
        dumps.append((dump(copy), summary_of(summary)))
        copy.close()
    assert dumps[0] == dumps[1]
    assert dumps[0][0]["professional"] and len(dumps[0][0]["network_link"]) == 2
    assert any("maps" in r and "Elm" in r for r in dumps[0][0]["young_person"])
    assert [r[-3:] for r in dumps[0][0]["search_doc"]]  # indexed, the professional too
