"""Interrupted syncs resume without loss or duplicates: a server subprocess killed and
restarted mid-sync, a connection cut in the middle of a response, and the command line."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.store.models.sync import FieldHistory
from keyworker_desktop.sync.client import Offline, SyncClient
from keyworker_desktop.sync.server.app import Central
from keyworker_desktop.sync.server.db import make_engine, upgrade

from .conftest import PASSWORD, add_users, free_port


class CentralProcess:
    """``keyworker-central serve`` in a subprocess, killable and restartable on one port."""

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "keyworker_desktop.sync.server.cli", "serve",
             "--database-url", self.database_url, "--port", str(self.port)],
            env={**os.environ}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(self.url + "/v1/status", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("keyworker-central did not start: "
                                   + (self.proc.stderr.read().decode() if self.proc.stderr
                                      else ""))
            time.sleep(0.05)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        if self.proc is not None and self.proc.stderr is not None:
            self.proc.stderr.close()


@pytest.fixture
def central(database_url: str) -> Iterator[CentralProcess]:
    engine = make_engine(database_url)
    upgrade(engine)
    add_users(Central(engine))
    engine.dispose()
    proc = CentralProcess(database_url)
    proc.start()
    yield proc
    proc.kill()


def _people(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(YoungPerson)) or 0


def _add_many(store: Store, n: int, prefix: str) -> None:
    with store.transaction() as s:
        for i in range(n):
            s.add(YoungPerson(given_name=f"{prefix}{i}", family_name="Test"))


def test_server_killed_mid_sync_resumes_without_loss_or_duplicates(
        make_store: Callable[[str], Store], central: CentralProcess) -> None:
    sam = SyncClient(make_store("sam"), central.url, batch_size=40)
    sam.register("sam", PASSWORD)
    _add_many(sam.store, 200, "A")

    def kill_after_two(stage: str, done: int, _total: int) -> None:
        if stage == "sending" and done == 80:
            central.kill()

    with pytest.raises(Offline):
        sam.sync(progress=kill_after_two)
    assert sam.pending_count() == 120  # what was acknowledged is marked, the rest is kept
    central.start()
    assert sam.sync().pushed == 120

    morgan = SyncClient(make_store("morgan"), central.url, page_size=30)
    morgan.register("morgan", PASSWORD)

    def kill_while_receiving(stage: str, done: int, _total: int) -> None:
        if stage == "receiving" and done == 90:
            central.kill()

    with pytest.raises(Offline):
        morgan.sync(progress=kill_while_receiving)
    # Whole pages only, each with its cursor: the three before the kill, and the fourth
    # when it was already on its way (the next page is asked for while one is written).
    assert _people(morgan.store) in (90, 120)
    central.start()
    morgan.sync()
    assert _people(morgan.store) == 200
    with morgan.store.session() as s:
        seqs = list(s.scalars(select(FieldHistory.seq).where(FieldHistory.kind == "applied")))
    assert len(seqs) == len(set(seqs)) == 200
    status = httpx.get(central.url + "/v1/status").json()
    assert status["latest_seq"] == 200


class CuttingProxy:
    """A TCP proxy that drops the connection after ``limit`` bytes of responses."""

    def __init__(self, target_port: int, limit: int) -> None:
        self.limit = limit
        self.target_port = target_port
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pipe, args=(client, upstream, None),
                             daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, self.limit),
                             daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, limit: int | None) -> None:
        sent = 0
        try:
            while True:
                data = src.recv(4096)
                if not data:
                    break
                if limit is not None and sent + len(data) > limit:
                    dst.sendall(data[: limit - sent])
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def close(self) -> None:
        self.sock.close()


def test_connection_dropped_mid_response(make_store: Callable[[str], Store],
                                         central: CentralProcess) -> None:
    sam = SyncClient(make_store("sam"), central.url)
    sam.register("sam", PASSWORD)
    _add_many(sam.store, 150, "B")
    sam.sync()
    morgan = SyncClient(make_store("morgan"), central.url, page_size=40)
    morgan.register("morgan", PASSWORD)
    for limit in (9_000, 30_000, 60_000):  # cut inside the 1st, 2nd... page's body
        cut = SyncClient(morgan.store, f"http://127.0.0.1:{CuttingProxy(central.port, limit).port}",
                         page_size=40)
        with pytest.raises(Offline):
            cut.sync()
        assert _people(morgan.store) % 40 == 0  # only whole pages were applied
    morgan.sync()
    assert _people(morgan.store) == 150
    with morgan.store.session() as s:
        seqs = list(s.scalars(select(FieldHistory.seq).where(FieldHistory.kind == "applied")))
    assert len(seqs) == len(set(seqs)) == 150


def test_command_line_sync_and_conflicts(make_store: Callable[[str], Store],
                                         central: CentralProcess, tmp_path: Path) -> None:
    store = make_store("sam")
    _add_many(store, 3, "C")
    root = store.paths.root
    store.close()
    env = {**os.environ, "KEYWORKER_PASSPHRASE": "correct horse battery",
           "KEYWORKER_SERVER_PASSWORD": PASSWORD}

    def keyworker(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "keyworker_desktop.cli", "--data-dir",
                               str(root), *args], env=env, capture_output=True, text=True,
                              timeout=120)

    first = keyworker("sync", "--server", central.url, "--user", "sam")
    assert first.returncode == 0, first.stderr
    assert "Sent 3 changes" in first.stdout
    again = keyworker("sync")  # server remembered, token kept
    assert again.returncode == 0 and "Sent 0 changes, received 0" in again.stdout
    listed = keyworker("conflicts", "--json")
    assert listed.returncode == 0 and listed.stdout.strip() == "[]"
    refused = keyworker("sync", "--server", "http://example.org")
    assert refused.returncode == 1 and "https" in refused.stderr
