"""A sync stopped at any of 20+ points (before a request, after the server acted but
before the laptop heard, or half-way through applying a page) loses and duplicates
nothing once it runs again."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from keyworker_desktop.store import bulk, keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.store.models.sync import FieldHistory
from keyworker_desktop.sync.client import SyncClient
from keyworker_desktop.sync.server import accounts
from keyworker_desktop.sync.server.app import create_app

from .conftest import PASSWORD

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


class Killed(BaseException):
    """The laptop's process dying at this point (not an Exception: nothing catches it)."""


class FaultyHttp(httpx.BaseTransport):
    """Forwards to the app; at request number ``at`` it dies before or after the server acts."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.count = 0
        self.at = -1
        self.mode = "before"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        if self.count - 1 == self.at and self.mode == "before":
            raise Killed
        response = self.inner.handle_request(request)
        if self.count - 1 == self.at and self.mode == "after":
            response.read()
            raise Killed  # the server did it; the laptop never heard
        return response


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("crash")
    app = create_app(f"sqlite:///{tmp / 'central.db'}")
    app.state.central.run(lambda s: (accounts.add_user(s, "sam", "keyworker", PASSWORD, "n"),
                                     accounts.add_user(s, "morgan", "senior", PASSWORD, "n")))
    with TestClient(app) as tc:
        yield {"tmp": tmp, "app": app, "transport": tc._transport}
    app.state.central.engine.dispose()


def _count(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(YoungPerson)) or 0


POINTS = [(k, mode) for k in range(11) for mode in ("before", "after")]


@pytest.mark.parametrize(("at", "mode"), POINTS)
def test_a_sync_killed_anywhere_resumes(world: dict[str, Any], at: int, mode: str,
                                        tmp_path: Path) -> None:
    faulty = FaultyHttp(world["transport"])
    http = httpx.Client(transport=faulty)
    stores = []
    clients = []
    for user in ("sam", "morgan"):
        st = Store.create(tmp_path / user, "correct horse battery", user_name=user,
                          kdf=keys.TEST_KDF)
        stores.append(st)
        c = SyncClient(st, "http://127.0.0.1", http=http, batch_size=4, page_size=4)
        c.register(user, PASSWORD)
        clients.append(c)
    sam, morgan = clients
    with sam.store.transaction() as s:
        s.add_all([YoungPerson(given_name=f"K{at}{mode}{i}", family_name="T") for i in range(10)])
    # Sam: 3 pushes then pulls; Morgan: pulls. Requests are counted across both laptops.
    faulty.count, faulty.at, faulty.mode = 0, at, mode
    try:
        sam.sync()
        morgan.sync()
    except Killed:
        pass
    faulty.at = -1
    sam.sync(), morgan.sync()
    mine = {yp for yp in _names(sam.store) if yp.startswith(f"K{at}{mode}")}
    theirs = {yp for yp in _names(morgan.store) if yp.startswith(f"K{at}{mode}")}
    assert len(mine) == len(theirs) == 10
    assert sam.pending_count() == 0
    with morgan.store.session() as s:
        seqs = list(s.scalars(select(FieldHistory.seq).where(FieldHistory.kind == "applied")))
    assert len(seqs) == len(set(seqs))  # nothing applied twice
    for st in stores:
        st.close()


def _names(store: Store) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(YoungPerson.given_name)))


def test_a_crash_half_way_through_a_page_applies_none_of_it(
        world: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    http = httpx.Client(transport=world["transport"])
    sam_store = Store.create(tmp_path / "s", "correct horse battery", user_name="sam",
                             kdf=keys.TEST_KDF)
    morgan_store = Store.create(tmp_path / "m", "correct horse battery", user_name="morgan",
                                kdf=keys.TEST_KDF)
    sam = SyncClient(sam_store, "http://127.0.0.1", http=http)
    sam.register("sam", PASSWORD)
    morgan = SyncClient(morgan_store, "http://127.0.0.1", http=http, page_size=6)
    morgan.register("morgan", PASSWORD)
    with sam.store.transaction() as s:
        s.add_all([YoungPerson(given_name=f"H{i}", family_name="T") for i in range(12)])
    sam.sync()
    # The second page dies with its rows and history written, as its transaction commits
    # on the page writer's thread (its search index is written then).
    original = bulk.index_rows_at_once
    calls = {"n": 0}

    def dies_on_the_second(*args: Any, **kwargs: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise Killed
        original(*args, **kwargs)

    monkeypatch.setattr(bulk, "index_rows_at_once", dies_on_the_second)
    start = _count(morgan.store)
    with pytest.raises(Killed):
        morgan.sync()
    got = _count(morgan.store) - start
    assert got % 6 == 0  # whole pages only: the interrupted one rolled back with its cursor
    monkeypatch.setattr(bulk, "index_rows_at_once", original)
    morgan.sync()
    assert {n for n in _names(morgan.store) if n.startswith("H")} == {f"H{i}" for i in range(12)}
    sam_store.close()
    morgan_store.close()
