"""A pulled page applied whole with changes for the general path inside it (sync/prepare.py).

A first sync's pages are new records, with here and there a change to a shared record
(staff) or to a record the laptop holds already (an edit made later). The
page is applied whole all the same: those changes by the general path, first,
the rest in bulk; the store must end up as the general path leaves it, row for row. A page
whose general changes would not fit (a value the general path reports, a name of a record
the page makes in bulk) goes change by change, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.services.demo import populate_demo
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import ChangeLogEntry
from keyworker_desktop.sync import apply as apply_module
from keyworker_desktop.sync.apply import apply_page
from keyworker_desktop.sync.outcome import SyncSummary
from keyworker_desktop.sync.prepare import prepare_page

from .test_apply import OTHER, change
from .test_apply_prepared import copies, dump, summary_of

DEVICE = "the-pulling-laptop"


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


@pytest.mark.parametrize("spoil", [
    "a value the general path reports", "an edit naming a record the page makes",
    "a record made by a later change", "a conflict", "an entity from a newer app"])
def test_a_page_whose_general_changes_would_not_fit_goes_change_by_change(
        spoil: str) -> None:
    yp, goal, held = uuid7(), uuid7(), uuid7()
    page = [change(1, "young_person", yp, {"given_name": "Nell", "family_name": "Ash"},
                   version=1),
            change(2, "goal", goal, {"young_person_id": yp, "description": "Swim",
                                     "set_on": "2023-04-01"}, version=1, young_person_id=yp),
            change(3, "young_person", held, {"interests": "maps"}, version=2)]
    prepared = prepare_page(page, device=DEVICE)
    assert prepared.whole and prepared.general == [2]
    spoilt = {
        "a value the general path reports": [
            change(3, "young_person", held, {"date_of_birth": "soon"}, version=2)],
        "an edit naming a record the page makes": [
            change(3, "outcome_rating", uuid7(), {"goal_id": goal}, version=2,
                   young_person_id=yp)],
        "a record made by a later change": [
            page[2], change(4, "young_person", held, {"given_name": "Hal",
                                                     "family_name": "Oak"}, version=3)],
        "a conflict": [{**page[2], "conflicts": [{"id": uuid7()}]}],
        "an entity from a newer app": [change(3, "spaceship", uuid7(), {"name": "V"},
                                              version=1)],
    }[spoil]
    assert not prepare_page([*page[:2], *spoilt], device=DEVICE).whole


def test_the_demo_caseload_pulled_leaves_the_store_as_the_general_path_does(
        make_store: Callable[[str], Store], tmp_path: Path) -> None:
    """The demo caseload pulled page by page, prepared and applied whole where a page
    allows, and every change on the general path; then the first pages again, held by
    then, so change by change. The stores end up the same, row for row."""
    changes = demo_changes(tmp_path)
    pages = paged(changes, 150)
    store = make_store("morgan")
    stores = copies(store, tmp_path, 2)
    dumps, summaries, mixed = [], [], []
    for way, copy in zip(("prepared", "general"), stores, strict=True):
        summary = SyncSummary()
        for page in pages + pages[:3]:  # the first three read again: held by then
            with copy.transaction() as s:
                if way == "prepared":
                    prepared = prepare_page(page, device=copy.device_id)
                    if prepared.whole and prepared.general:
                        mixed.append(prepared.general)
                    apply_page(s, page, device=copy.device_id, clock=copy.clock,
                               summary=summary, prepared=prepared)
                else:
                    apply_module._apply(s, page, device=copy.device_id, clock=copy.clock,
                                        summary=summary, guess=False)
        dumps.append(dump(copy))
        summaries.append(summary_of(summary))
        copy.close()
    assert dumps[0] == dumps[1]
    assert summaries[0] == summaries[1]
    assert dumps[0]["young_person"] and dumps[0]["field_history"]
    assert mixed  # pages with changes for the general path, prepared as whole pages


def test_shared_records_in_a_page_of_new_records_go_to_the_general_path(
        make_store: Callable[[str], Store], tmp_path: Path) -> None:
    """A member of staff made in a page of new records, an allocation naming them, and an
    edit to a young person held: the page is prepared whole, the member of staff and the
    edit left to the general path; applied, the store is the general path's row for row.
    Pulled again by a laptop that holds them all, the page goes change by change."""
    yp, worker, held = uuid7(), uuid7(), uuid7()
    made_before = [change(1, "young_person", held, {"given_name": "Hal", "family_name": "Oak"},
                          version=1)]
    page = [change(1, "young_person", yp, {"given_name": "Nell", "family_name": "Ash"},
                   version=1),
            change(2, "staff", worker, {"name": "Wren Talbot", "team": "North"}, version=1),
            change(3, "allocation", uuid7(), {"young_person_id": yp, "staff_id": worker,
                                              "starts_on": "2025-01-06"},
                   version=1, young_person_id=yp),
            change(4, "staff", worker, {"team": "South"}, version=2),
            # An edit to a record held here (its plain row's), beside the shared ones.
            change(5, "young_person", held, {"interests": "maps", "family_name": "Elm"},
                   version=2),
            change(6, "allocation", uuid7(), {"young_person_id": held, "staff_id": worker,
                                              "starts_on": "2025-02-03"}, version=1,
                   young_person_id=held)]
    prepared = prepare_page(page, device=DEVICE)
    assert prepared.whole and prepared.general == [1, 3, 4]
    assert not prepared.external  # the allocations name staff made before them
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
    assert dumps[0][0]["staff"] and len(dumps[0][0]["allocation"]) == 2
    assert any("South" in r for r in dumps[0][0]["staff"])
    assert any("maps" in r and "Elm" in r for r in dumps[0][0]["young_person"])
    assert len(dumps[0][0]["search_doc"]) == 2  # the young people
