"""keyworker_desktop/sync/transport.py: trusting a certificate authority, and cancelling a sync
while a request waits on a central store that has stopped answering."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx
import pytest
import uvicorn
from sqlalchemy import func, select

from keyworker_desktop.store import settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.sync.client import CURSOR_KEY, SyncClient, _state
from keyworker_desktop.sync.server import models as central_models
from keyworker_desktop.sync.transport import Cancelled, run_cancellable, trust, untrusted

from .conftest import PASSWORD, Running
from .tls_support import make_ca


# -- trust ----------------------------------------------------------------------------
def test_trust_is_the_given_authority_only(tmp_path: Path) -> None:
    assert trust(None) is True  # httpx's usual public authorities
    _, _, ca = make_ca(tmp_path)
    context = trust(ca)
    assert isinstance(context, ssl.SSLContext)
    assert [c["subject"] for c in context.get_ca_certs()] == [
        ((("organizationName", "Test Organisation"),), (("commonName", "Test ca"),))]
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    with pytest.raises(OSError):
        trust(tmp_path / "missing.pem")


def test_untrusted_looks_down_the_cause_chain() -> None:
    def wrapped(inner: BaseException) -> httpx.ConnectError:
        try:
            try:
                raise inner
            except BaseException as exc:
                raise OSError("the library's own wrapper") from exc
        except OSError as exc:
            try:
                raise httpx.ConnectError("connect failed") from exc
            except httpx.ConnectError as outer:
                return outer

    assert untrusted(wrapped(ssl.SSLCertVerificationError(1, "certificate verify failed")))
    assert not untrusted(wrapped(ConnectionRefusedError(111, "refused")))
    assert not untrusted(wrapped(ssl.SSLError(1, "wrong version number")))


# -- run_cancellable ------------------------------------------------------------------
def test_run_cancellable_returns_or_raises_what_the_work_does() -> None:
    assert run_cancellable(lambda: 42, lambda: False) == 42
    cause = ssl.SSLCertVerificationError(1, "verify failed")

    def fails() -> int:
        raise httpx.ConnectError("no") from cause

    with pytest.raises(httpx.ConnectError) as raised:
        run_cancellable(fails, lambda: False)
    assert raised.value.__cause__ is cause  # so the client can still tell what happened


def test_cancelled_before_it_starts_nothing_is_done() -> None:
    called: list[int] = []
    with pytest.raises(Cancelled):
        run_cancellable(lambda: called.append(1), lambda: True)
    assert called == []


def test_cancelling_abandons_the_work_which_cleans_up_when_it_ends() -> None:
    release, cleaned = threading.Event(), threading.Event()
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        run_cancellable(lambda: release.wait(10), stop.is_set, abandoned=cleaned.set)
    assert time.monotonic() - started < 1
    assert not cleaned.is_set()  # the work is still going: its cleanup waits for it
    release.set()
    assert cleaned.wait(5)
    # Work that ends normally is not "abandoned".
    done_clean = threading.Event()
    assert run_cancellable(lambda: "ok", lambda: False, abandoned=done_clean.set) == "ok"
    time.sleep(0.05)
    assert not done_clean.is_set()


# -- a central store that stops answering ------------------------------------------------
def cancel_once_on_the_wire(stall: Stalling, stop: threading.Event) -> list[float]:
    """Press Cancel 0.3 s after a request reached ``stall`` (not before it was sent,
    whatever the machine's load); the list gets the moment it was pressed."""
    pressed: list[float] = []

    def press() -> None:
        if stall.received.wait(10):
            time.sleep(0.3)
        pressed.append(time.monotonic())
        stop.set()

    threading.Thread(target=press, daemon=True).start()
    return pressed


class Stalling:
    """Accepts connections and reads requests, but never answers until closed.

    With ``upstream``, each request is passed on to that port and its answer thrown
    away: the central store does the work, the laptop never hears back.
    """

    def __init__(self, upstream: int | None = None) -> None:
        self.upstream = upstream
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.received = threading.Event()  # a request arrived
        self.answered = threading.Event()  # upstream answered it (and the answer was dropped)
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        up = (socket.create_connection(("127.0.0.1", self.upstream))
              if self.upstream is not None else None)
        if up is not None:
            self.conns.append(up)
            threading.Thread(target=self._drain, args=(up,), daemon=True).start()
        try:
            while data := conn.recv(65536):
                self.received.set()
                if up is not None:
                    up.sendall(data)
        except OSError:
            pass

    def _drain(self, up: socket.socket) -> None:
        try:
            while up.recv(65536):
                self.answered.set()
        except OSError:
            pass

    def close(self) -> None:
        self.sock.close()
        for c in self.conns:
            try:
                c.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            c.close()


@pytest.fixture
def stalling() -> Iterator[Callable[..., Stalling]]:
    made: list[Stalling] = []

    def make(upstream: int | None = None) -> Stalling:
        made.append(Stalling(upstream))
        return made[-1]

    yield make
    for s in made:
        s.close()


def registered(make_store: Callable[[str], Store], server: Running) -> SyncClient:
    client = SyncClient(make_store("sam"), server.url)
    client.register("sam", PASSWORD)
    return client


def add_people(store: Store, n: int) -> None:
    with store.transaction() as s:
        for i in range(n):
            s.add(YoungPerson(given_name=f"Person {i}", family_name="Test"))


def central_changes(server: Running) -> list[str]:
    return list(server.central.run(lambda s: list(s.scalars(
        select(central_models.Change.change_id)))))


def test_cancel_while_the_server_stalls_returns_at_once_and_sends_once_later(
        make_store: Callable[[str], Store], server: Running,
        stalling: Callable[..., Stalling]) -> None:
    sam = registered(make_store, server)
    add_people(sam.store, 3)
    stall = stalling()
    stalled = SyncClient(sam.store, stall.url, timeout=30)
    abandoned_http = stalled.http
    stop = threading.Event()
    pressed = cancel_once_on_the_wire(stall, stop)
    summary = stalled.sync(cancel=stop.is_set)
    returned = time.monotonic()
    assert summary.cancelled and summary.pushed == 0 and summary.requests == 0
    assert stall.received.is_set()  # the push was on the wire when Cancel came
    assert returned - pressed[0] < 1.2  # not the 30 s timeout
    assert sam.pending_count() == 3  # nothing was marked pushed
    with sam.store.session() as s:
        assert settings.get(s, settings.LAST_SYNC_AT) == ""
    # The client is usable again at once; the abandoned one is closed when its request ends.
    assert stalled.http is not abandoned_http and not stalled.http.is_closed
    assert not abandoned_http.is_closed
    stall.close()
    deadline = time.monotonic() + 5
    while not abandoned_http.is_closed and time.monotonic() < deadline:
        time.sleep(0.02)
    assert abandoned_http.is_closed
    stalled.close()

    again = sam.sync()
    assert again.pushed == 3 and not again.cancelled and sam.pending_count() == 0
    changes = central_changes(server)
    assert len(changes) == len(set(changes)) == 3


def test_a_push_applied_but_never_answered_is_sent_again_and_applied_once(
        make_store: Callable[[str], Store], server: Running,
        stalling: Callable[..., Stalling]) -> None:
    sam = registered(make_store, server)
    add_people(sam.store, 4)
    port = int(server.url.rsplit(":", 1)[1])
    swallow = stalling(upstream=port)
    stalled = SyncClient(sam.store, swallow.url, timeout=30)
    stop = threading.Event()

    def cancel_once_applied() -> None:
        swallow.answered.wait(10)
        stop.set()

    threading.Thread(target=cancel_once_applied, daemon=True).start()
    summary = stalled.sync(cancel=stop.is_set)
    stalled.close()
    assert summary.cancelled and summary.pushed == 0
    assert sam.pending_count() == 4  # the answer never came: nothing marked pushed
    assert len(central_changes(server)) == 4  # but the central store has them
    again = sam.sync()
    assert again.pushed == 0 and not again.rejected  # every one a "duplicate"
    assert sam.pending_count() == 0
    changes = central_changes(server)
    assert len(changes) == len(set(changes)) == 4


def test_cancel_while_a_pull_stalls_applies_nothing(
        make_store: Callable[[str], Store], server: Running,
        stalling: Callable[..., Stalling]) -> None:
    sam = registered(make_store, server)
    add_people(sam.store, 2)
    sam.sync()
    morgan = SyncClient(make_store("morgan"), server.url)
    morgan.register("morgan", PASSWORD)
    stall = stalling()
    stalled = SyncClient(morgan.store, stall.url, timeout=30)
    stop = threading.Event()
    pressed = cancel_once_on_the_wire(stall, stop)
    summary = stalled.sync(cancel=stop.is_set)
    assert summary.cancelled and summary.pulled == 0
    assert stall.received.is_set() and time.monotonic() - pressed[0] < 1.2
    stalled.close()
    with morgan.store.session() as s:
        assert _state(s, CURSOR_KEY, 0) == 0
        assert s.scalar(select(func.count()).select_from(YoungPerson)) == 0
    assert morgan.sync().pulled == 2


# -- idle connections -------------------------------------------------------------------
def test_the_laptop_lets_an_idle_connection_go_before_the_central_store_closes_it(
        make_store: Callable[[str], Store], monkeypatch: pytest.MonkeyPatch) -> None:
    """Replays the failure: over a link with latency, a request sent on a connection idle
    nearly as long as the central store's keep-alive arrived after the central store had
    closed it, and the sync failed as "cannot be reached". Here the keep-alive is one
    second and each request takes 0.3 s to arrive; the next goes 0.8 s after the last."""
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from keyworker_desktop.sync import transport
    from keyworker_desktop.sync.server import serving

    # The laptop's idle limit holds the same relation to the keep-alive as the real ones.
    assert transport.IDLE_CONNECTION_S * 2 <= serving.KEEP_ALIVE_SECONDS
    keep_alive = 1.0
    monkeypatch.setattr(transport, "IDLE_CONNECTION_S",
                        keep_alive * transport.IDLE_CONNECTION_S / serving.KEEP_ALIVE_SECONDS)

    async def status(_request: object) -> JSONResponse:
        return JSONResponse({"ok": True})

    app = Starlette(routes=[Route("/v1/status", status)])
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                            lifespan="off", timeout_keep_alive=int(keep_alive))
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        time.sleep(0.01)
    upstream = srv.servers[0].sockets[0].getsockname()[1]
    with _delaying_proxy(upstream, delay=0.3) as port:
        client = SyncClient(make_store("sam"), f"http://127.0.0.1:{port}")
        try:
            assert client.http.get(f"http://127.0.0.1:{port}/v1/status").status_code == 200
            time.sleep(0.8)  # idle: under the keep-alive, over the laptop's own limit
            assert client.http.get(f"http://127.0.0.1:{port}/v1/status").status_code == 200
        finally:
            client.close()
            srv.should_exit = True
            thread.join(10)


@contextmanager
def _delaying_proxy(upstream: int, delay: float) -> Iterator[int]:
    """A loopback proxy to ``upstream`` that holds what the client sends ``delay`` seconds."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    stopping = threading.Event()
    sockets: list[socket.socket] = []
    threads: list[threading.Thread] = []

    def pipe(src: socket.socket, dst: socket.socket, wait: float) -> None:
        with suppress(OSError):
            while data := src.recv(65536):
                time.sleep(wait)
                dst.sendall(data)
        with suppress(OSError):
            dst.shutdown(socket.SHUT_WR)  # the other end hears the close, as it would

    def accept() -> None:
        while not stopping.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            conn.settimeout(None)
            out = socket.create_connection(("127.0.0.1", upstream))
            sockets.extend((conn, out))
            for args in ((conn, out, delay), (out, conn, 0.0)):
                threads.append(threading.Thread(target=pipe, args=args, daemon=True))
                threads[-1].start()

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stopping.set()
        acceptor.join(5)
        listener.close()
        for sock in sockets:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(5)
        for sock in sockets:
            sock.close()
