"""A change refused as ``change_id_taken`` (issue 15 item 13: its id is another user's on
the central store) is given a new id and sent again, neither lost nor re-sent for ever."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, update

from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import ChangeLogEntry
from keyworker_desktop.sync.server.models import Change, Record

from .conftest import Running
from .test_client import add_person, edit, laptop


def test_a_change_whose_id_is_taken_is_sent_again_under_a_new_id(
        make_store: Callable[[str], Store], server: Running) -> None:
    pat = laptop(make_store, server, "pat")
    add_person(pat.store, "Kit")
    pat.sync()
    taken = server.central.run(lambda s: s.scalar(select(Change.change_id)))
    sam = laptop(make_store, server, "sam")
    yp = add_person(sam.store, "Jo")
    sam.sync()
    edit(sam.store, yp, interests="maps")
    with sam.store.transaction() as s:  # as if the id had been used elsewhere first
        s.execute(update(ChangeLogEntry).where(ChangeLogEntry.pushed_at.is_(None))
                  .values(change_id=taken))

    summary = sam.sync()

    assert summary.pushed == 1 and not summary.rejected
    with sam.store.session() as s:
        (entry,) = [e for e in s.scalars(select(ChangeLogEntry))
                    if e.fields.get("interests") == "maps"]
        assert entry.change_id != taken and entry.pushed_at is not None
    record = server.central.run(lambda s: s.scalar(
        select(Record.fields).where(Record.entity == "young_person", Record.id == yp)))
    assert record["interests"] == "maps"
    again = sam.sync()
    assert again.nothing_to_do and again.requests == 1  # one empty pull, no re-send
