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
from sqlalchemy import select

from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Visit
from keyworker_desktop.store.models.sync import FieldHistory
from keyworker_desktop.sync.client import SyncClient
from keyworker_desktop.sync.server import service
from keyworker_desktop.sync.server.app import Central
from keyworker_desktop.sync.server.db import make_engine, upgrade

from .conftest import PASSWORD, add_users, drop_pg_database, new_pg_database, serving
from .test_client import add_person

VISITS = 90


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
    with serving(url, migrate=False) as one, serving(url, migrate=False) as two:
        yield [one.url, two.url]
    drop_pg_database(url)


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
    jo, kit = add_person(sam.store, "Jo"), add_person(alex.store, "Kit")
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
