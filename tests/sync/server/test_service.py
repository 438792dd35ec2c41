"""Push checks in sync/server/service.py that hold against a hostile or broken laptop,
replayed over raw HTTP on SQLite and PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
from sqlalchemy import select

from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.store.database import Store
from keyworker_desktop.sync.server.models import Record

from ..conftest import PASSWORD, Running
from ..test_client import add_person, laptop


def token(server: Running, user: str) -> dict[str, str]:
    out = httpx.post(server.url + "/v1/register", json={"user": user, "password": PASSWORD})
    return {"Authorization": f"Bearer {out.json()['token']}"}


def change(entity: str, record_id: str, young_person_id: str | None, fields: dict[str, Any],
           op: str = "insert", base_version: int = 0) -> dict[str, Any]:
    stamp = f"{int(time.time() * 1000):015d}-000000-test"
    return {"change_id": uuid7(), "entity": entity, "record_id": record_id,
            "young_person_id": young_person_id, "op": op, "fields": fields,
            "base_version": base_version, "hlc": stamp, "author": "tester",
            "device": "test-device"}


def push(server: Running, auth: dict[str, str], *changes: dict[str, Any]) -> list[Any]:
    r = httpx.post(server.url + "/v1/push", json={"changes": list(changes)}, headers=auth)
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert isinstance(results, list)
    return results


def new_person(server: Running, auth: dict[str, str], given: str) -> str:
    yp = uuid7()
    (result,) = push(server, auth, change("young_person", yp, yp, {"given_name": given,
                                                                "family_name": "Pryce"}))
    assert result["status"] == "applied"
    return yp


# -- item 4: a change's fields.young_person_id must be its record's young person -------
def test_a_field_naming_another_young_person_is_refused(server: Running) -> None:
    sam = token(server, "sam")
    jo, kit = new_person(server, sam, "Jo"), new_person(server, sam, "Kit")
    goal = uuid7()

    (mismatch,) = push(server, sam, change("goal", goal, jo, {"description": "Walk",
                                                            "young_person_id": kit}))
    assert mismatch["status"] == "rejected"
    assert mismatch["error"]["code"] == "young_person_mismatch"

    (ok,) = push(server, sam, change("goal", goal, jo, {"description": "Walk",
                                                      "young_person_id": jo}))
    assert ok["status"] == "applied"
    # Moving the record later, with or without the change naming a young person, is refused.
    for named in (None, jo, kit):
        (moved,) = push(server, sam, change("goal", goal, named, {"young_person_id": kit},
                                             op="update", base_version=1))
        assert moved["status"] == "rejected"
        assert moved["error"]["code"] == "young_person_mismatch"

    def stored(s: Any) -> tuple[str, str]:
        rec = s.scalars(select(Record).where(Record.entity == "goal",
                                             Record.id == goal)).one()
        return rec.young_person_id, rec.fields["young_person_id"]

    assert server.central.run(stored) == (jo, jo)


def test_a_refused_mismatch_leaves_every_laptop_syncing(
        make_store: Callable[[str], Store], server: Running) -> None:
    """The replay: Sam's laptop and her senior's pulled the mismatched change and failed
    every sync with a foreign-key error."""
    sam = laptop(make_store, server, "sam")
    jo = add_person(sam.store, "Jo")
    sam.sync()
    elsewhere = new_person(server, token(server, "pat"), "Kit")  # another team's
    push(server, token(server, "sam"),
         change("goal", uuid7(), jo, {"description": "Walk", "set_on": "2026-01-05",
                                   "young_person_id": elsewhere}))
    morgan = laptop(make_store, server, "morgan")
    morgan.sync()
    sam.sync()
    assert sam.pending_count() == 0
