"""Property: three laptops and the central store converge, and no written value is lost.

Random creates, edits, deletes and syncs in random orders (Hypothesis stateful);
at the end everyone syncs, a person resolves every conflict, everyone syncs
again, and every laptop holds the same records, each value ever written being
current or in the record's history.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import select

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette suggests another httpx package; this one works
    from starlette.testclient import TestClient

from keyworker_desktop.store import keys
from keyworker_desktop.store.changes import tombstone
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.sync import conflicts
from keyworker_desktop.sync.client import SyncClient
from keyworker_desktop.sync.server import accounts
from keyworker_desktop.sync.server.app import create_app

from .conftest import PASSWORD

USERS = [("morgan", "senior"), ("jess", "manager"), ("kit", "senior")]
FIELDS = ["preferred_name", "interests"]
VALUES = st.sampled_from(["a", "b", "c", "line one\nline two\n", "line one\nline 2\n"])


class Convergence(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="kw-conv-"))
        self.app = create_app(f"sqlite:///{self.tmp / 'central.db'}")
        central = self.app.state.central

        def users(s: Any) -> None:
            for name, role in USERS:
                accounts.add_user(s, name, role, PASSWORD, "north")

        central.run(users)
        self.http = TestClient(self.app)
        self.devices: list[SyncClient] = []
        for name, _role in USERS:
            store = Store.create(self.tmp / name, "correct horse battery", user_name=name,
                                 kdf=keys.TEST_KDF)
            client = SyncClient(store, "http://127.0.0.1", http=self.http, batch_size=7,
                                page_size=5)
            client.register(name, PASSWORD)
            self.devices.append(client)
        self.written: set[tuple[str, str, str]] = set()
        self.created = 0
        # Two young people everyone holds, so edits meet often.
        with self.devices[0].store.transaction() as s:
            s.add_all([YoungPerson(given_name="Shared1", family_name="Test"),
                       YoungPerson(given_name="Shared2", family_name="Test")])
        self._sync_all()

    def _live(self, d: int) -> list[str]:
        with self.devices[d].store.session() as s:
            return list(s.scalars(select(YoungPerson.id).where(YoungPerson.deleted_at.is_(None))
                                  .order_by(YoungPerson.id)))

    @rule(d=st.integers(0, 2))
    def create(self, d: int) -> None:
        self.created += 1
        with self.devices[d].store.transaction() as s:
            s.add(YoungPerson(given_name=f"P{self.created}", family_name="Test"))

    @rule(d=st.integers(0, 2), pick=st.integers(0, 3), name=st.sampled_from(FIELDS),
          value=VALUES)
    def edit(self, d: int, pick: int, name: str, value: str) -> None:
        live = self._live(d)
        if not live:
            return
        rid = live[pick % len(live)]
        with self.devices[d].store.transaction() as s:
            setattr(s.get(YoungPerson, rid), name, value)
        self.written.add((rid, name, value))

    @rule(d=st.integers(0, 2), pick=st.integers(0, 50))
    def delete(self, d: int, pick: int) -> None:
        live = self._live(d)
        if live:
            with self.devices[d].store.transaction() as s:
                tombstone(s, s.get(YoungPerson, live[pick % len(live)]))  # type: ignore[arg-type]

    @rule(d=st.integers(0, 2))
    def sync(self, d: int) -> None:
        self.devices[d].sync(confirm_deletes=lambda *_: True)

    @rule()
    def everyone_syncs(self) -> None:
        for dev in self.devices:
            dev.sync(confirm_deletes=lambda *_: True)

    @invariant()
    def nothing_pending_is_lost(self) -> None:
        for dev in self.devices:
            assert dev.store.is_open

    def _sync_all(self) -> None:
        for _ in range(2):
            for dev in self.devices:
                dev.sync(confirm_deletes=lambda *_: True)

    def _state(self, dev: SyncClient) -> dict[str, tuple[Any, ...]]:
        with dev.store.session() as s:
            return {yp.id: (yp.given_name, yp.preferred_name, yp.interests,
                            yp.deleted_at is None) for yp in s.scalars(select(YoungPerson))}

    def teardown(self) -> None:
        try:
            self._sync_all()
            resolved = 0
            for _ in range(4):
                pending = conflicts.open_conflicts(self.devices[0].store)
                if not pending:
                    break
                resolved += len(pending)
                for c in pending:
                    later = c.incoming if c.incoming["hlc"] > c.current["hlc"] else c.current
                    conflicts.resolve(self.devices[0].store, c.id, later["value"])
                self._sync_all()
            event(f"conflicts resolved: {min(resolved, 3)}{'+' if resolved > 3 else ''}")
            for dev in self.devices:
                assert conflicts.open_conflicts(dev.store) == []
                assert dev.pending_count() == 0
            states = [self._state(dev) for dev in self.devices]
            assert states[0] == states[1] == states[2]
            for dev in self.devices:
                current = self._state(dev)
                for rid, name, value in self.written:
                    now = current[rid][1 + FIELDS.index(name)]
                    kept = {h["values"].get(name) for h in conflicts.history(dev.store, rid)}
                    assert value == now or value in kept, (rid, name, value)
        finally:
            for dev in self.devices:
                if dev.store.is_open:
                    dev.store.close()
            self.http.close()
            self.app.state.central.engine.dispose()
            shutil.rmtree(self.tmp, ignore_errors=True)


Convergence.TestCase.settings = settings(
    max_examples=int(os.environ.get("KW_CONVERGENCE_EXAMPLES", "10")), stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
TestConvergence = Convergence.TestCase
