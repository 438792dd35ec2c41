"""Sync fixtures: a central store on SQLite and on PostgreSQL, served on loopback, and laptops.

PostgreSQL comes from ``KEYWORKER_TEST_DATABASE_URL`` when set (a server URL whose
user may create databases), otherwise from a throwaway cluster started here with
the installed binaries (run as the ``postgres`` user when the tests run as root,
since initdb refuses root). These tests are never skipped.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Cheap password hashing in tests (read when the module is first imported).
os.environ["KEYWORKER_CENTRAL_ARGON2_KIB"] = "64"

import psycopg  # noqa: E402
import pytest  # noqa: E402
import uvicorn  # noqa: E402

from keyworker_desktop.domain.ids import uuid7  # noqa: E402
from keyworker_desktop.store import keys  # noqa: E402
from keyworker_desktop.store.database import Store  # noqa: E402
from keyworker_desktop.sync.client import SyncClient  # noqa: E402
from keyworker_desktop.sync.server import accounts  # noqa: E402
from keyworker_desktop.sync.server.app import Central, create_app  # noqa: E402
from keyworker_desktop.sync.server.db import make_engine  # noqa: E402

PASSWORD = "sync-password"
USERS = [("sam", "keyworker", "north"), ("alex", "keyworker", "north"),
         ("morgan", "senior", "north"), ("pat", "manager", "south"), ("root", "admin", None)]


@pytest.fixture(autouse=True)
def _close_sync_clients(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Close every sync client a test made, as the app and the command line do.

    An open HTTP connection left for the garbage collector is a ResourceWarning, which
    fails whichever later test happens to be running when it is collected.
    """
    made: list[SyncClient] = []
    original = SyncClient.__init__

    def init(self: SyncClient, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(SyncClient, "__init__", init)
    yield
    for client in made:
        client.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "postgresql"], check=False,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise RuntimeError("PostgreSQL binaries are missing: install the 'postgresql' package "
                           "or set KEYWORKER_TEST_DATABASE_URL")
    return Path(found[-1]).parent


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server URL (no database part) where the tests may create databases."""
    env_url = os.environ.get("KEYWORKER_TEST_DATABASE_URL")
    if env_url:
        yield env_url.rsplit("/", 1)[0] if env_url.count("/") > 2 else env_url
        return
    bindir = _pg_bin()
    root = Path(tempfile.mkdtemp(prefix="kw-pg-"))
    data = root / "data"
    port = free_port()
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        os.chmod(root, 0o700)
        prefix = ["runuser", "-u", "postgres", "--"]
    subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                    "--auth=trust", "-E", "UTF8", "--no-sync"], check=True,
                   stdout=subprocess.DEVNULL)
    opts = (f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off")
    subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l",
                    str(root / "log"), "-w", "start"], check=True, stdout=subprocess.DEVNULL)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "-w", "stop"], check=False, stdout=subprocess.DEVNULL)
        shutil.rmtree(root, ignore_errors=True)


def new_pg_database(server: str) -> str:
    name = "kw_" + uuid7().replace("-", "")[:20]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def drop_pg_database(url: str) -> None:
    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'central.db'}"
        return
    url = new_pg_database(request.getfixturevalue("postgres_server"))
    yield url
    drop_pg_database(url)


def add_users(central: Central) -> None:
    def work(s: Any) -> None:
        for name, role, team in USERS:
            accounts.add_user(s, name, role, PASSWORD, team)

    central.run(work)


@dataclass
class Running:
    url: str
    central: Central


@contextmanager
def serving(database_url: str, *, migrate: bool = True) -> Iterator[Running]:
    """One central store instance served by uvicorn in a thread on loopback, with its own
    engine (its own connection pool)."""
    engine = make_engine(database_url)
    app = create_app(engine=engine, migrate=migrate)
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                       lifespan="off", access_log=False))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    try:
        yield Running(f"http://127.0.0.1:{port}", app.state.central)
    finally:
        srv.should_exit = True
        thread.join(10)
        engine.dispose()


@pytest.fixture
def server(database_url: str) -> Iterator[Running]:
    """The central store served by uvicorn in a thread on loopback, with the test users."""
    with serving(database_url) as running:
        add_users(running.central)
        yield running


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[Callable[[str], Store]]:
    """Laptops: ``make_store("sam")`` creates an encrypted store for that user."""
    opened: list[Store] = []

    def make(user: str) -> Store:
        st = Store.create(tmp_path / f"laptop-{user}-{len(opened)}", "correct horse battery",
                          user_name=user, kdf=keys.TEST_KDF)
        opened.append(st)
        return st

    yield make
    for st in opened:
        st.close()
