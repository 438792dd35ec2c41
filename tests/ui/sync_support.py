"""Fixtures for the sync UI tests (tests/ui/test_sync_*.py): a central store on loopback.

The server is the real one (``tests/sync/conftest.py`` builds it), on SQLite, served
by uvicorn in a thread; it can be stopped and started again on the same port and
file, to go offline and back. The window is the app's, unlocked on a fresh store,
with sync installed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Imported first: it makes the server's password hashing cheap before the server loads.
from tests.sync.conftest import PASSWORD, add_users, free_port  # isort: skip

import pytest
import uvicorn
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.store.secrets import DeviceSecrets
from keyworker_desktop.sync.client import TOKEN_SECRET, SyncClient
from keyworker_desktop.sync.server import accounts
from keyworker_desktop.sync.server import models as central_models
from keyworker_desktop.sync.server.app import Central, create_app
from keyworker_desktop.sync.server.db import make_engine
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.sync.controller import SyncController, SyncOutcome
from keyworker_desktop.ui.sync.install import SyncInstall, install_sync
from tests.ui.conftest import PASSPHRASE
from tests.ui.shell_support import shell_window

__all__ = ["PASSWORD"]


@dataclass
class LoopbackCentral:
    """A central store on 127.0.0.1 that a test can take offline and bring back."""

    db: Path
    port: int = field(default_factory=free_port)
    central: Central | None = None
    _server: uvicorn.Server | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        engine = make_engine(f"sqlite:///{self.db}")
        app = create_app(engine=engine)
        first = self.central is None
        self.central = app.state.central
        if first:
            add_users(self.central)
        self._server = uvicorn.Server(uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off",
            access_log=False))
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)
            self._server = None
        if self.central is not None:
            self.central.engine.dispose()

    def run(self, fn: Callable[[Any], Any]) -> Any:
        assert self.central is not None
        return self.central.run(fn)

    def revoke_devices(self) -> None:
        """An administrator revokes every registered laptop."""
        self.run(lambda s: [accounts.revoke_device(s, d.id)
                            for d in s.scalars(select(central_models.Device))])

    def records(self, entity: str) -> list[central_models.Record]:
        """What the central store holds of one entity now."""
        return list(self.run(lambda s: list(s.scalars(
            select(central_models.Record).where(central_models.Record.entity == entity)))))


@pytest.fixture
def central(tmp_path: Path) -> Iterator[LoopbackCentral]:
    server = LoopbackCentral(tmp_path / "central.db")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def app_store(ctx: AppContext) -> Store:
    """The app's own store, unlocked in the context (Sam's laptop)."""
    store = Store.create(ctx.data_dir, PASSPHRASE, user_name="Sam Keyworker",
                         kdf=keys.TEST_KDF)
    ctx.open_store(store)
    return store


@pytest.fixture
def sync_window(qtbot: QtBot, ctx: AppContext, app_store: Store) -> Iterator[MainWindow]:
    win = shell_window(ctx)
    install_sync(win)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    wait_for_ops(ctx)
    yield win
    # Whatever the test left unsynced, closing at the end of the test must not ask.
    win.close_guards.clear()
    sync_of(win).controller.stop_and_wait()


@pytest.fixture
def colleague(tmp_path: Path, central: LoopbackCentral) -> Iterator[SyncClient]:
    """Morgan's laptop (a senior in Sam's team), synced without the app."""
    store = Store.create(tmp_path / "morgan", "correct horse battery", user_name="Morgan",
                         kdf=keys.TEST_KDF)
    client = SyncClient(store, central.url)
    client.register("morgan", PASSWORD, "Morgan's laptop")
    yield client
    client.close()
    store.close()


def sync_of(window: MainWindow) -> SyncInstall:
    found = window.findChild(SyncInstall)
    assert found is not None
    return found


def add_young_person(ctx: AppContext, given: str = "Ava", **values: object) -> str:
    assert ctx.store is not None
    with ctx.store.transaction() as s:
        yp = YoungPerson(given_name=given, family_name="Reed", **values)
        s.add(yp)
        s.flush()
        return yp.id


def edit_young_person(store: Store, yp_id: str, **values: object) -> None:
    with store.transaction() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None
        for key, value in values.items():
            setattr(yp, key, value)


def young_person(store: Store, yp_id: str) -> YoungPerson:
    with store.session() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None
        return yp


def sign_in(qtbot: QtBot, controller: SyncController, url: str, user: str = "sam",
            password: str = PASSWORD) -> None:
    """Fill in and submit the address and sign-in dialog (it must be showing)."""
    qtbot.waitUntil(lambda: controller.register_dialog is not None
                    and controller.register_dialog.isVisible())
    dialog = controller.register_dialog
    assert dialog is not None
    dialog.address.setText(url)
    dialog.user.setText(user)
    dialog.password.setText(password)
    dialog.register_button.click()


def accept_preview(qtbot: QtBot, controller: SyncController) -> None:
    qtbot.waitUntil(lambda: controller.preview_dialog is not None
                    and controller.preview_dialog.isVisible())
    assert controller.preview_dialog is not None
    controller.preview_dialog.accept()


def sync_now(qtbot: QtBot, window: MainWindow, central: LoopbackCentral | None = None,
             *, timeout: int = 15_000) -> SyncOutcome:
    """Sync now from the File menu's action: sign in if asked, accept the preview."""
    controller = sync_of(window).controller
    store = controller.ctx.store
    registered = store is not None and DeviceSecrets(store).get(TOKEN_SECRET) is not None
    with qtbot.waitSignal(controller.sync_finished, timeout=timeout) as finished:
        window.named_actions["sync"].trigger()
        if not registered:
            assert central is not None
            sign_in(qtbot, controller, central.url)
        accept_preview(qtbot, controller)
    wait_for_ops(controller.ctx)
    outcome = finished.args[0]
    assert isinstance(outcome, SyncOutcome)
    return outcome
