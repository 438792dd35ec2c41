"""Who made a change is the account that sent it: a laptop that names someone else as
the author is not believed, so field history and conflicts never show a colleague as the
author of words they did not write."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from keyworker_desktop.store.database import Store
from keyworker_desktop.sync.server import stamps
from keyworker_desktop.sync.server.models import Change, Record

from ..conftest import Running
from ..test_client import add_person, laptop
from .test_service import change, push, token


def test_the_author_is_the_sending_account_not_what_the_laptop_claims(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    yp = add_person(sam.store, "Jo", interests="maps")
    sam.sync()

    forged = change("young_person", yp, yp, {"interests": "trains"}, op="update",
                    base_version=1)
    forged["author"] = "morgan"
    (result,) = push(server, token(server, "sam"), forged)
    assert result["status"] == "applied"

    author = server.central.run(lambda s: s.scalar(
        select(Change.author).where(Change.change_id == forged["change_id"])))
    assert author == "sam"
    meta = server.central.run(lambda s: s.scalar(
        select(Record.meta).where(Record.entity == "young_person", Record.id == yp)))
    assert stamps.expand(meta)["interests"][2] == "sam"
