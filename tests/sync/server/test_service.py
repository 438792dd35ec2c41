"""Push checks in sync/server/service.py that hold against a hostile or broken laptop,
replayed over raw HTTP on SQLite and PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.store.database import Store
from keyworker_desktop.sync.server.models import Conflict, Record
from keyworker_desktop.sync.server.service import _differs

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


# -- item 13: resolves and change ids belong to the sender ------------------------------
def open_conflict(server: Running, auth: dict[str, str], yp: str) -> str:
    """Two edits of the same field from the same base: the second is kept as a conflict."""
    first = change("young_person", yp, yp, {"interests": "trains"}, op="update",
                   base_version=1)
    second = change("young_person", yp, yp, {"interests": "buses"}, op="update",
                    base_version=1)
    second["device"] = "another-device"
    results = push(server, auth, first, second)
    conflicts = [c for r in results for c in r.get("conflicts", [])]
    assert conflicts, results
    conflict = conflicts[0]
    assert isinstance(conflict, str)
    return conflict


def conflict_status(server: Running, conflict_id: str) -> str:
    return str(server.central.run(lambda s: s.get(Conflict, conflict_id).status))


def test_a_resolve_closes_only_a_conflict_the_sender_may_see(server: Running) -> None:
    pat = token(server, "pat")  # another team's manager
    theirs = new_person(server, pat, "Kit")
    conflict = open_conflict(server, pat, theirs)
    sam = token(server, "sam")
    jo = new_person(server, sam, "Jo")

    # Sam's own new record that happens to carry the id of Pat's young person's record.
    attack = change("goal", theirs, jo, {"description": "Walk", "set_on": "2026-01-05",
                                         "young_person_id": jo})
    attack["resolves"] = [conflict]
    push(server, sam, attack)

    assert conflict_status(server, conflict) == "open"
    # Pat still resolves it.
    fix = change("young_person", theirs, theirs, {"interests": "trains"}, op="update",
                 base_version=2)
    fix["resolves"] = [conflict]
    push(server, pat, fix)
    assert conflict_status(server, conflict) == "resolved"


def test_a_change_id_another_user_sent_is_refused_not_answered(server: Running) -> None:
    pat = token(server, "pat")
    theirs = new_person(server, pat, "Kit")
    conflict = open_conflict(server, pat, theirs)
    taken = str(server.central.run(lambda s: s.get(Conflict, conflict).change_id))
    sam = token(server, "sam")
    jo = new_person(server, sam, "Jo")
    mine = change("goal", uuid7(), jo, {"description": "Walk", "set_on": "2026-01-05",
                                        "young_person_id": jo})
    mine["change_id"] = taken

    (result,) = push(server, sam, mine)

    assert result["status"] == "rejected"
    assert result["error"]["code"] == "change_id_taken"
    assert "seq" not in result and "conflicts" not in result
    # Sam's own retry is still answered as a duplicate, with its first sequence number.
    own = change("young_person", jo, jo, {"interests": "maps"}, op="update", base_version=1)
    (first,) = push(server, sam, own)
    (again,) = push(server, sam, own)
    assert (first["status"], again["status"]) == ("applied", "duplicate")
    assert again["seq"] == first["seq"]


# -- item 1 (in part): a value its column cannot hold is never stored ------------------
def test_values_a_column_cannot_hold_are_refused_and_pulls_go_on(
        server: Running, make_store: Callable[[str], Store]) -> None:
    sam = token(server, "sam")
    jo = new_person(server, sam, "Jo")
    hostile = [{"reopened_on": "yesterday"}, {"reopened_on": "2026-02-30"},
               {"reason": {"a": 1}}, {"outcome": 1e300}, {"closed_on": 20261205},
               {"family_permission_for_handover": "yes"}, {"handover_to": "x" * 201}]
    for fields in hostile:
        (result,) = push(server, sam, change("ending", uuid7(), jo,
                                             {"young_person_id": jo, **fields}))
        assert result["status"] == "rejected", fields
        assert result["error"]["code"] == "invalid"
        assert set(fields) <= set(result["error"]["message"].split(": ")[-1].split(", "))
    (fine,) = push(server, sam, change("ending", uuid7(), jo, {
        "young_person_id": jo, "closed_on": "2026-12-05", "reason": "Moved away",
        "family_permission_for_handover": True, "reopened_on": None}))
    assert fine["status"] == "applied"
    # Another laptop of the same keyworker pulls everything without a stumble.
    second = laptop(make_store, server, "sam")
    summary = second.sync()
    assert summary.pulled == 2 and not summary.rejected


field_sets = st.dictionaries(st.sampled_from(["a", "b", "c", "deleted_at"]),
                             st.one_of(st.none(), st.integers(0, 2), st.lists(st.integers(0, 1),
                                                                              max_size=2)))


@given(field_sets, field_sets, field_sets)
def test_what_was_pushed_is_kept_when_any_of_it_is_not_what_the_record_holds(
        applied: dict[str, Any], sent: dict[str, Any], current: dict[str, Any]) -> None:
    assert _differs(applied, sent, current) == any(
        applied.get(k, current.get(k)) != v for k, v in sent.items())
