"""Issue 15 item 6: /v1/register against guessing and floods (sync/server/register_limits.py),
replayed over HTTP against a served central store."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.sync.server import passwords, register_limits
from keyworker_desktop.sync.server.models import Audit
from keyworker_desktop.sync.server.register_limits import AddressBuckets, HashSlots

from ..conftest import PASSWORD, Running


def register(server: Running, user: str = "sam", password: str = PASSWORD,
             client: httpx.Client | None = None) -> httpx.Response:
    post = client.post if client is not None else httpx.post
    return post(server.url + "/v1/register", json={"user": user, "password": password})


def code(resp: httpx.Response) -> str:
    return str(resp.json()["error"]["code"])


def audits(server: Running, action: str) -> list[Audit]:
    return server.central.run(lambda s: list(s.scalars(
        select(Audit).where(Audit.action == action))))


@pytest.mark.parametrize("user", ["sam", "nobody-by-this-name"])
def test_five_wrong_passwords_lock_the_name_even_to_the_right_one(
        server: Running, user: str) -> None:
    # The attack: 540 wrong guesses, then the right one, succeeded. Now the fifth locks.
    answers = [register(server, user, f"guess {i}") for i in range(5)]
    assert [a.status_code for a in answers] == [401, 401, 401, 401, 429]
    right = register(server, user)
    assert right.status_code == 429 and code(right) == "too_many_attempts"
    assert 800 < int(right.headers["retry-after"]) <= 900
    # Known or not, the answers are the same: a lockout says nothing about who exists.
    assert code(answers[-1]) == "too_many_attempts"
    lockouts = audits(server, "lockout")
    assert [(a.user_name, a.outcome) for a in lockouts] == [(user, "locked")]
    # Kept in the database: a restarted server (or another process) still refuses.
    assert server.central.run(lambda s: register_limits.locked_for(s, user, utcnow())) > 800


def test_the_lock_ends_and_a_success_clears_the_count(server: Running) -> None:
    for i in range(4):
        assert register(server, password=f"guess {i}").status_code == 401
    assert register(server).status_code == 200
    for i in range(4):  # counting starts again
        assert register(server, password=f"guess {i}").status_code == 401
    server.central.run(lambda s: s.execute(register_limits.RegisterFailure.__table__.update()
                                            .values(window_start=utcnow().replace(year=2000))))
    assert register(server, password="guess 5").status_code == 401  # a new window


def test_one_address_cannot_spread_guesses_over_many_names(server: Running) -> None:
    with httpx.Client() as client:
        answers = [register(server, f"name-{i}", "guess", client) for i in range(12)]
    assert [a.status_code for a in answers[:10]] == [401] * 10
    assert [a.status_code for a in answers[10:]] == [429, 429]
    assert 1 <= int(answers[10].headers["retry-after"]) <= 6
    limited = audits(server, "register")
    assert sum(a.outcome == "address_limited" for a in limited) == 1  # once a minute


def test_an_unknown_name_costs_one_key_derivation_as_a_known_one_does(
        server: Running, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    derive = passwords._derive

    def counted(*args: Any) -> bytes:
        calls.append(1)
        return derive(*args)

    register(server, "nobody", "warm-up")  # the equaliser hash is made once, at first use
    monkeypatch.setattr(passwords, "_derive", counted)
    register(server, "sam", "wrong password")
    known = len(calls)
    register(server, "nobody-either", "wrong password")
    assert known == 1 and len(calls) - known == 1


def test_a_flood_gets_at_most_one_hash_per_slot_and_503_beyond(
        server: Running, monkeypatch: pytest.MonkeyPatch) -> None:
    central = server.central
    central.addresses = AddressBuckets(burst=1000, every=0.001)
    central.hash_slots = HashSlots(1, wait=0.2)
    running = [0]
    most = [0]
    lock = threading.Lock()
    derive = passwords._derive

    def slow(*args: Any) -> bytes:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.1)
        try:
            return derive(*args)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(passwords, "_derive", slow)
    with httpx.Client(limits=httpx.Limits(max_connections=32)) as client, \
            ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(lambda i: register(server, f"n{i}", "guess", client),
                                range(16)))
        status = client.get(server.url + "/v1/status")
    statuses = sorted(a.status_code for a in answers)
    assert most[0] == 1
    assert 503 in statuses and 401 in statuses
    busy = next(a for a in answers if a.status_code == 503)
    assert code(busy) == "busy" and busy.headers["retry-after"]
    assert status.status_code == 200


def test_right_passwords_from_one_address_are_never_limited(server: Running) -> None:
    # Registering a team's laptops from one office address on one morning.
    with httpx.Client() as client:
        answers = [register(server, "sam", PASSWORD, client) for _ in range(15)]
    assert {a.status_code for a in answers} == {200}
