"""Scope digests held per process (sync/server/scopes.py) and the scope epoch of migration
0005: any change to who may see whom changes the digest the next pull answers, however it
was made; an unchanged scope is answered without hashing it again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import httpx
import pytest
from sqlalchemy import event, inspect, select, text
from sqlalchemy.orm import Session

from keyworker_desktop.store.database import Store
from keyworker_desktop.sync.server import account_admin, accounts, allocations
from keyworker_desktop.sync.server.db import make_engine, upgrade
from keyworker_desktop.sync.server.models import ScopeEpoch, User
from keyworker_desktop.sync.server.scopes import scope_ids, scope_params
from keyworker_desktop.sync.wire import scope_digest

from ..conftest import PASSWORD, Running
from ..test_client import add_person, laptop


def token(server: Running, user: str) -> dict[str, str]:
    out = httpx.post(server.url + "/v1/register", json={"user": user, "password": PASSWORD})
    return {"Authorization": f"Bearer {out.json()['token']}"}


def pulled(server: Running, auth: dict[str, str]) -> str:
    r = httpx.get(server.url + "/v1/pull", headers=auth)
    assert r.status_code == 200, r.text
    digest = r.json()["scope"]
    assert isinstance(digest, str)
    return digest


def scope_now(server: Running, auth: dict[str, str]) -> str:
    digest = httpx.get(server.url + "/v1/scope", headers=auth).json()["digest"]
    assert isinstance(digest, str)
    return digest


@contextmanager
def statements(server: Running) -> Iterator[list[str]]:
    """The SQL the central store runs meanwhile."""
    seen: list[str] = []

    def spy(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        seen.append(sql)

    engine = server.central.engine
    event.listen(engine, "before_cursor_execute", spy)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", spy)


def hashes(statement: str) -> bool:
    """Is this the statement reading a scope's ids to hash them?"""
    return "string_agg" in statement or "SELECT DISTINCT allocations.young_person_id" in statement


def sql(server: Running, statement: str, **params: Any) -> None:
    server.central.run(lambda s: s.execute(text(statement), params))


def synced_person(make_store: Callable[[str], Store], server: Running, given: str) -> str:
    """A young person Sam adds on a laptop and syncs (allocated to Sam): their id."""
    sam_laptop = laptop(make_store, server, "sam")
    yp = add_person(sam_laptop.store, given)
    sam_laptop.sync()
    return yp


def test_every_way_of_changing_a_scope_changes_the_next_pulls_digest(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam_laptop = laptop(make_store, server, "sam")
    jo, kit = add_person(sam_laptop.store, "Jo"), add_person(sam_laptop.store, "Kit")
    sam_laptop.sync()
    sam, alex, morgan = token(server, "sam"), token(server, "alex"), token(server, "morgan")
    seen = {pulled(server, a) for a in (sam, alex, morgan)}

    def changed(auth: dict[str, str]) -> str:
        # A new digest, the one /v1/scope makes from the ids, and held from now on.
        digest = pulled(server, auth)
        assert digest not in seen
        assert digest == scope_now(server, auth) == pulled(server, auth)
        seen.add(digest)
        return digest

    # Allocating (the service function the tests and tools use): Kit moves to Alex.
    server.central.run(lambda s: accounts.allocate(s, "alex", kit))
    changed(sam)
    changed(alex)
    # Deallocating by raw SQL: nobody holds Kit now.
    sql(server, "DELETE FROM allocations WHERE young_person_id = :yp", yp=kit)
    assert pulled(server, alex) == scope_digest([])
    # Allocating by raw SQL: Kit is Sam's again.
    sql(server, "INSERT INTO allocations (young_person_id, user_id, allocated_by, at) "
                "SELECT :yp, id, 'dba', CURRENT_TIMESTAMP FROM users WHERE name = 'sam'", yp=kit)
    assert pulled(server, sam) == scope_digest(sorted([jo, kit]))
    team = pulled(server, morgan)
    assert team == scope_digest(sorted([jo, kit]))
    # Moving a user to another team (the command line's function): the senior's team
    # no longer holds Sam's young people; back again by raw SQL.
    server.central.run(lambda s: account_admin.change_user(s, "sam", "admin", team="south"))
    assert pulled(server, morgan) == scope_digest([])
    sql(server, "UPDATE users SET team = 'north' WHERE name = 'sam'")
    assert pulled(server, morgan) == team
    # A user's role: a senior made a keyworker sees only their own (none).
    sql(server, "UPDATE users SET role = 'keyworker' WHERE name = 'morgan'")
    assert pulled(server, morgan) == scope_digest([])


def test_the_central_allocate_and_end_allocation_commands_change_the_digest(
        make_store: Callable[[str], Store], server: Running) -> None:
    jo = synced_person(make_store, server, "Jo")
    alex = token(server, "alex")
    before = pulled(server, alex)
    server.central.run(lambda s: allocations.allocate(
        s, "alex", jo, role="keyworker", reason="first_allocation", on=date.today()))
    assert pulled(server, alex) == scope_digest([jo]) != before
    server.central.run(lambda s: allocations.end_allocation(
        s, jo, role="keyworker", reason="step_down", on=date.today()))
    assert pulled(server, alex) == scope_now(server, alex)


def test_an_unchanged_scope_is_answered_without_hashing_it_again(
        make_store: Callable[[str], Store], server: Running) -> None:
    jo = synced_person(make_store, server, "Jo")
    sam = token(server, "sam")
    first = pulled(server, sam)
    with statements(server) as cold:
        server.central.digests.forget()
        assert pulled(server, sam) == first
    with statements(server) as warm:
        for _ in range(3):
            assert pulled(server, sam) == first
    hashing = [s for s in cold if hashes(s)]
    assert len(hashing) == 1
    assert not [s for s in warm if hashes(s)]
    assert len(warm) == 3 * (len(cold) - 1)
    # A change elsewhere moves the epoch: hashed again once, then held again.
    sql(server, "INSERT INTO allocations (young_person_id, user_id, allocated_by, at) "
                "SELECT 'someone-else', id, 'dba', CURRENT_TIMESTAMP FROM users "
                "WHERE name = 'pat'")
    with statements(server) as moved:
        assert pulled(server, sam) == first == scope_digest([jo])
    assert len(moved) == len(cold)


def test_a_push_answers_a_scope_digest_only_when_held_never_hashing_under_its_lock(
        make_store: Callable[[str], Store], server: Running) -> None:
    jo = synced_person(make_store, server, "Jo")
    sam = token(server, "sam")
    body = {"changes": []}

    def push_answer() -> dict[str, Any]:
        got = httpx.post(server.url + "/v1/push", json=body, headers=sam)
        assert got.status_code == 200
        return dict(got.json())

    server.central.digests.forget()
    with statements(server) as cold:
        answer = push_answer()
    assert answer["scope"] == "" and not [s for s in cold if hashes(s)]
    pulled(server, sam)  # a pull hashes it, and the process holds it
    answer = push_answer()
    assert answer["scope"] == scope_digest([jo])
    assert answer["cursor"] == httpx.get(server.url + "/v1/status").json()["latest_seq"]


def test_each_change_moves_the_epoch_in_its_own_transaction(server: Running) -> None:
    def epoch() -> int:
        value = server.central.run(lambda s: s.scalar(select(ScopeEpoch.epoch)))
        assert isinstance(value, int)
        return value

    seen = [epoch()]
    for statement in (
            "INSERT INTO allocations (young_person_id, user_id, allocated_by, at) "
            "SELECT 'yp-1', id, '', CURRENT_TIMESTAMP FROM users WHERE name = 'sam'",
            "UPDATE allocations SET allocated_by = 'x'",
            "DELETE FROM allocations",
            "UPDATE users SET team = 'south' WHERE name = 'alex'",
            "UPDATE users SET role = 'senior' WHERE name = 'alex'"):
        sql(server, statement)
        seen.append(epoch())
        assert seen[-1] not in seen[:-1], statement
    server.central.run(lambda s: accounts.add_user(s, "robin", "keyworker", PASSWORD, "north"))
    seen.append(epoch())
    assert seen[-1] not in seen[:-1]
    # Not a change of scope: the epoch stays (and pulls keep their held digests).
    sql(server, "UPDATE users SET must_reset_password = true WHERE name = 'robin'")
    assert epoch() == seen[-1]

    with server.central.sessions() as s:
        s.begin()
        s.execute(text("DELETE FROM users WHERE name = 'robin'"))
        s.rollback()
    assert epoch() == seen[-1]
    sql(server, "DELETE FROM users WHERE name = 'robin'")
    assert epoch() not in seen
    names = server.central.run(lambda s: set(s.scalars(select(User.name))))
    assert "robin" not in names


def test_migration_0005_down_and_up_again(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            from alembic import command

            from keyworker_desktop.sync.server.db import alembic_config

            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0004")
        assert "scope_epoch" not in inspect(engine).get_table_names()
        with engine.begin() as conn:  # no trigger left naming the table
            conn.execute(text("INSERT INTO users (name, role, password_hash, created_at, "
                              "must_reset_password) VALUES ('x', 'keyworker', '', "
                              "CURRENT_TIMESTAMP, false)"))
        upgrade(engine)
        with engine.begin() as conn:
            assert conn.scalar(select(ScopeEpoch.epoch)) == 0
            conn.execute(text("DELETE FROM users WHERE name = 'x'"))
            assert conn.scalar(select(ScopeEpoch.epoch)) != 0
    finally:
        engine.dispose()


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_digest_is_never_held_under_a_newer_epoch_than_its_allocations(
        server: Running) -> None:
    """PostgreSQL: while another transaction has changed allocations but not committed,
    a pull holds the old digest under the old epoch, and after the commit hashes again."""
    sam = token(server, "sam")
    before = pulled(server, sam)
    with server.central.sessions() as s, s.begin():
        s.execute(text("INSERT INTO allocations (young_person_id, user_id, allocated_by, at) "
                       "SELECT 'yp-new', id, '', CURRENT_TIMESTAMP FROM users "
                       "WHERE name = 'sam'"))
        assert pulled(server, sam) == before  # not committed: not seen
    assert pulled(server, sam) == scope_digest(["yp-new"]) != before


@pytest.mark.parametrize(("role", "team"), [
    ("keyworker", "north"), ("keyworker", None), ("senior", "north"), ("senior", None),
    ("manager", "south")])
def test_a_scope_built_once_for_every_caller_sees_what_one_built_for_the_caller_does(
        database_url: str, role: str, team: str | None) -> None:
    """Pulls use a statement built once for each kind of caller, their values bound at
    each pull (scope_ids(..., bound=True) with scope_params): it must see the same young
    people as the statement built with the caller's own values."""
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        with Session(engine) as s, s.begin():
            for name, their_team in (("sam", "north"), ("kit", "north"), ("ash", "south")):
                accounts.add_user(s, name, "keyworker", PASSWORD, their_team)
            who = accounts.add_user(s, "who", role, PASSWORD, team)
            for name in ("sam", "kit", "ash", "who"):
                accounts.allocate(s, name, f"yp-{name}")
            s.flush()
            caller = accounts.Caller(who.id, "who", role, team, "device")
            own = set(s.scalars(scope_ids(caller)))
            bound = set(s.scalars(scope_ids(caller, bound=True), scope_params(caller)))
        assert bound == own
        assert "yp-who" in bound
        if role == "senior" and team == "north":
            assert bound == {"yp-sam", "yp-kit", "yp-who"}
        if role == "manager":
            assert bound == {"yp-ash", "yp-who"}
    finally:
        engine.dispose()
