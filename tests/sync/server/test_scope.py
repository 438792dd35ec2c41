"""``GET /v1/scope`` (sync/server/service.py ``scope``): which young people a user may see now."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from sqlalchemy import select

from keyworker_desktop.store.database import Store
from keyworker_desktop.sync.server.models import Audit

from ..conftest import PASSWORD, Running
from ..test_client import add_person, allocate, laptop


def token(server: Running, user: str) -> dict[str, str]:
    out = httpx.post(server.url + "/v1/register", json={"user": user, "password": PASSWORD})
    return {"Authorization": f"Bearer {out.json()['token']}"}


def scope_of(server: Running, auth: dict[str, str]) -> dict[str, object]:
    r = httpx.get(server.url + "/v1/scope", headers=auth)
    assert r.status_code == 200
    body = r.json()
    assert isinstance(body, dict)
    return body


def test_scope_lists_exactly_the_young_people_a_user_may_see_now(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    jo, kit = add_person(sam.store, "Jo"), add_person(sam.store, "Kit")
    sam.sync()
    sam_auth, alex_auth = token(server, "sam"), token(server, "alex")
    pat_auth = token(server, "pat")  # a manager of another team
    morgan_auth = token(server, "morgan")  # a senior in Sam and Alex's team
    assert scope_of(server, sam_auth)["young_person_ids"] == sorted([jo, kit])
    assert scope_of(server, alex_auth)["young_person_ids"] == []
    allocate(server, "alex", kit)  # replaces Sam as Kit's keyworker
    assert scope_of(server, sam_auth)["young_person_ids"] == [jo]
    assert scope_of(server, alex_auth)["young_person_ids"] == [kit]
    assert scope_of(server, morgan_auth)["young_person_ids"] == sorted([jo, kit])
    assert scope_of(server, pat_auth)["young_person_ids"] == []


def test_the_digest_is_the_one_pulls_carry(make_store: Callable[[str], Store],
                                          server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    add_person(sam.store)
    sam.sync()
    auth = token(server, "sam")
    pulled = httpx.get(server.url + "/v1/pull", headers=auth).json()["scope"]
    assert scope_of(server, auth)["digest"] == pulled
    empty = scope_of(server, token(server, "alex"))
    assert empty["digest"] != pulled
    # A senior's scope is their team's: hashed by a different query, the same digest.
    senior = token(server, "morgan")
    team_pulled = httpx.get(server.url + "/v1/pull", headers=senior).json()["scope"]
    assert scope_of(server, senior)["digest"] == team_pulled == pulled


def test_scope_is_authed_refuses_admins_and_is_audited(server: Running) -> None:
    assert httpx.get(server.url + "/v1/scope").status_code == 401
    bad = httpx.get(server.url + "/v1/scope", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401 and bad.json()["error"]["code"] == "unauthenticated"
    admin = httpx.get(server.url + "/v1/scope", headers=token(server, "root"))
    assert admin.status_code == 403 and admin.json()["error"]["code"] == "forbidden"
    sam = token(server, "sam")
    extra = httpx.get(server.url + "/v1/scope?after=1", headers=sam)
    assert extra.status_code == 400 and extra.json()["error"]["code"] == "malformed"
    scope_of(server, sam)
    rows = server.central.run(lambda s: [(a.user_name, a.action, a.outcome) for a in s.scalars(
        select(Audit).where(Audit.action.in_(["scope", "denied"])).order_by(Audit.id))])
    assert rows == [("root", "denied", "forbidden"), ("sam", "scope", "ok")]
