"""A far-future hybrid-logical-clock stamp (issue 15 item 2), replayed over raw HTTP: the
central store re-stamps it, the laptops that pull it keep their clocks and their pushes,
and it does not win later conflicts."""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.hlc import MAX_DRIFT_MS
from keyworker_desktop.store.database import Store
from keyworker_desktop.sync.server import stamps
from keyworker_desktop.sync.server.models import Change, Record

from ..conftest import Running
from ..test_client import add_person, edit, laptop, person
from .test_service import change, push, token

FUTURE = "999999999999999-999999-x"


def test_a_far_future_stamp_is_restamped_and_does_not_poison_laptops(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    yp = add_person(sam.store, "Jo", interests="maps")
    sam.sync()
    morgan = laptop(make_store, server, "morgan")  # senior in sam's team: sees Jo
    morgan.sync()

    hostile = change("young_person", yp, yp, {"interests": "trains"}, op="update",
                     base_version=1)
    hostile["hlc"] = FUTURE
    before = int(time.time() * 1000)
    (result,) = push(server, token(server, "sam"), hostile)
    assert result["status"] == "applied"
    stored = server.central.run(lambda s: s.scalar(
        select(Change.hlc).where(Change.change_id == hostile["change_id"])))
    wall = int(stored.split("-")[0])
    assert before <= wall <= int(time.time() * 1000) + 1000
    assert stored.endswith("-x")

    # A laptop that pulls it keeps a sane clock, and its own pushes are still accepted.
    morgan.sync()
    assert person(morgan.store, yp).interests == "trains"  # type: ignore[union-attr]
    assert morgan.store.clock.now().wall_ms <= int(time.time() * 1000) + MAX_DRIFT_MS
    edit(morgan.store, yp, interests="kites")
    summary = morgan.sync()
    assert summary.pushed == 1 and not summary.rejected
    record = server.central.run(lambda s: s.scalar(
        select(Record.fields).where(Record.entity == "young_person", Record.id == yp)))
    assert record["interests"] == "kites"


def test_a_far_future_stamp_does_not_win_a_later_conflict(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    yp = add_person(sam.store, "Jo", interests="maps")
    sam.sync()
    morgan = laptop(make_store, server, "morgan")
    morgan.sync()
    hostile = change("young_person", yp, yp, {"interests": "trains"}, op="update",
                     base_version=1)
    hostile["hlc"] = FUTURE
    push(server, token(server, "sam"), hostile)
    time.sleep(0.01)
    edit(morgan.store, yp, interests="kites")  # later, on version 1 (not yet pulled)
    summary = morgan.sync()  # the same field changed on both sides: a conflict

    assert summary.new_conflicts == 1
    record = server.central.run(lambda s: s.scalar(
        select(Record.fields).where(Record.entity == "young_person", Record.id == yp)))
    # The later edit is shown until someone chooses; the far-future one no longer wins.
    assert record["interests"] == "kites"


def test_a_far_future_stamp_stored_before_the_fix_wins_no_conflict(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    yp = add_person(sam.store, "Jo", interests="maps")
    sam.sync()
    morgan = laptop(make_store, server, "morgan")
    morgan.sync()

    def poison(s: Session) -> None:  # as a central store before re-stamping held it
        record = s.scalar(select(Record).where(Record.entity == "young_person",
                                               Record.id == yp))
        assert record is not None
        record.fields = {**record.fields, "interests": "trains"}
        record.meta = stamps.restamp(record.meta, ["interests"], [2, FUTURE, "mallory", "x"])
        record.version = 2

    server.central.run(poison)
    edit(morgan.store, yp, interests="kites")  # on version 1: a conflict with version 2
    summary = morgan.sync()

    assert summary.new_conflicts == 1
    record = server.central.run(lambda s: s.scalar(
        select(Record.fields).where(Record.entity == "young_person", Record.id == yp)))
    assert record["interests"] == "kites"
