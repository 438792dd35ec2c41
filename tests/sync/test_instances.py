"""Several central store instances on one PostgreSQL, as behind a load balancer.

Two keyworkers push at the same time through two instances while a senior pulls
from one instance and then the other. Sequence order must be commit order across
instances: a pull that moved its cursor past a change committed later would miss
it for good.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
import uvicorn
from sqlalchemy import Engine, select

from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Visit, YoungPerson
from keyworker_desktop.sync.client import SyncClient
from keyworker_desktop.sync.models import FieldHistory
from keyworker_desktop.sync.server import service
from keyworker_desktop.sync.server.app import Central, create_app
from keyworker_desktop.sync.server.db import make_engine, upgrade

from .conftest import PASSWORD, add_users, drop_pg_database, free_port, new_pg_database

VISITS = 90


def _serve(url: str) -> tuple[str, uvicorn.Server, threading.Thread, Engine]:
    """One instance: its own engine (its own connection pool) and port."""
    engine = make_engine(url)
    app = create_app(engine=engine, migrate=False)
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                        lifespan="off", access_log=False))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        time.sleep(0.01)
    return f"http://127.0.0.1:{port}", srv, thread, engine


@pytest.fixture
def instances(postgres_server: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    url = new_pg_database(postgres_server)
    engine = make_engine(url)
    upgrade(engine)
    add_users(Central(engine))
    engine.dispose()
    # Widen the race: a push lingers a random moment after writing, before it commits,
    # so without the push lock a later push could commit first with higher numbers.
    write = service._Push.write

    def slow_write(self: service._Push) -> None:
        write(self)
        time.sleep(random.uniform(0, 0.05))

    monkeypatch.setattr(service._Push, "write", slow_write)
    running = [_serve(url), _serve(url)]
    yield [r[0] for r in running]
    for _url, srv, thread, eng in running:
        srv.should_exit = True
        thread.join(10)
        eng.dispose()
    drop_pg_database(url)


def _person(store: Store, given: str) -> str:
    with store.transaction() as s:
        yp = YoungPerson(given_name=given, family_name="Lane")
        s.add(yp)
        s.flush()
        return yp.id


def _visits(store: Store, yp_id: str, prefix: str) -> None:
    with store.transaction() as s:
        s.add_all([Visit(young_person_id=yp_id, starts_at=datetime(2030, 1, 1, 9) +
                         timedelta(days=i), place_name=f"{prefix}{i}") for i in range(VISITS)])


def test_pulls_through_either_instance_miss_nothing_while_both_take_pushes(
        make_store: Callable[[str], Store], instances: list[str]) -> None:
    one, two = instances
    sam = SyncClient(make_store("sam"), one, batch_size=3)
    alex = SyncClient(make_store("alex"), two, batch_size=3)
    morgan_store = make_store("morgan")
    morgan = [SyncClient(morgan_store, one, page_size=7),
              SyncClient(morgan_store, two, page_size=7)]
    sam.register("sam", PASSWORD)
    alex.register("alex", PASSWORD)
    morgan[0].register("morgan", PASSWORD)  # one device token, good at every instance
    # Their young people first, so the scope stays put while the visits go up (a scope
    # that grows makes a laptop read the whole log again, which would hide a gap).
    jo, kit = _person(sam.store, "Jo"), _person(alex.store, "Kit")
    sam.sync()
    alex.sync()
    morgan[0].sync()
    _visits(sam.store, jo, "S")
    _visits(alex.store, kit, "A")
    errors: list[BaseException] = []

    def push(client: SyncClient) -> None:
        try:
            assert client.sync().pushed == VISITS
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    pushers = [threading.Thread(target=push, args=(c,)) for c in (sam, alex)]
    for t in pushers:
        t.start()
    turns = 0
    while any(t.is_alive() for t in pushers):
        morgan[turns % 2].sync()  # pulls while both instances commit pushes
        turns += 1
    for t in pushers:
        t.join()
    assert errors == []
    morgan[turns % 2].sync()
    with morgan_store.session() as s:
        places = set(s.scalars(select(Visit.place_name)))
        seqs = list(s.scalars(select(FieldHistory.seq).where(FieldHistory.kind == "applied")))
    assert places == {f"S{i}" for i in range(VISITS)} | {f"A{i}" for i in range(VISITS)}
    assert len(seqs) == len(set(seqs)) == 2 * VISITS + 2
    assert turns > 1  # the senior really pulled while the pushes went on
    for client in (sam, alex, *morgan):
        client.close()
