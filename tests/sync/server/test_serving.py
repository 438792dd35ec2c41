"""sync/server/serving.py: a connection that never finishes its request head is closed,
one whose head grows too large is refused, and one that does is served as before."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from keyworker_desktop.sync.server.app import create_app
from keyworker_desktop.sync.server.db import make_engine
from keyworker_desktop.sync.server.serving import MAX_HEAD, make_server

from ..conftest import free_port


@contextmanager
def running(app: Any, head_seconds: float = 0.5) -> Iterator[uvicorn.Server]:
    """``app`` served on a free loopback port, in a thread, until the block ends."""
    server = make_server(app, "127.0.0.1", free_port(), head_seconds=head_seconds)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield server
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture
def address(tmp_path: Path) -> Iterator[tuple[str, int]]:
    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    with running(create_app(engine=engine)) as server:
        yield where(server)
        engine.dispose()


def closed_within(sock: socket.socket, seconds: float, trickle: bytes = b"") -> bool:
    """Whether the server hangs up within ``seconds`` (sending ``trickle`` a byte at a
    time meanwhile, as a slow-loris client does)."""
    sock.settimeout(0.1)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if trickle:
                sock.send(trickle[:1])
                trickle = trickle[1:]
            if sock.recv(1024) == b"":
                return True
        except TimeoutError:
            continue
        except (ConnectionResetError, BrokenPipeError):
            return True
    return False


@pytest.mark.parametrize("trickle", [b"", b"X-Pad: " + b"a" * 200],
                         ids=["stalled", "trickling"])
def test_a_half_sent_request_head_is_closed(address: tuple[str, int], trickle: bytes) -> None:
    with socket.create_connection(address, timeout=5) as sock:
        sock.sendall(b"POST /v1/register HTTP/1.1\r\nHost: x\r\n")
        assert closed_within(sock, 3, trickle)


def test_whole_requests_are_served_before_and_after_a_pause(address: tuple[str, int]) -> None:
    with httpx.Client(base_url=f"http://{address[0]}:{address[1]}") as client:
        assert client.get("/v1/status").status_code == 200
        time.sleep(0.8)  # past the head deadline, within keep-alive
        assert client.get("/v1/status").status_code == 200


@pytest.fixture
def server(tmp_path: Path) -> Iterator[uvicorn.Server]:
    """A running server (as :func:`address` starts) with its head deadline at 0.5 s."""
    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    with running(create_app(engine=engine)) as server:
        yield server
        engine.dispose()


def where(server: uvicorn.Server) -> tuple[str, int]:
    return "127.0.0.1", server.servers[0].sockets[0].getsockname()[1]


def answer(sock: socket.socket, seconds: float = 3.0) -> bytes:
    """All the server sends until it hangs up or stays quiet for ``seconds``."""
    sock.settimeout(seconds)
    got = b""
    try:
        while chunk := sock.recv(65536):
            got += chunk
    except (TimeoutError, ConnectionResetError):
        pass
    return got


def answers(sock: socket.socket, count: int = 1) -> list[bytes]:
    """``count`` whole answers (each head, and the body its Content-Length gives), in
    order, leaving the connection open: answers to pipelined requests may arrive in one
    read, or split anywhere."""
    sock.settimeout(3.0)
    got = b""
    out: list[bytes] = []
    while len(out) < count:
        end = got.find(b"\r\n\r\n")
        if end >= 0:
            length = next(int(line.split(b":", 1)[1]) for line in got[:end].split(b"\r\n")
                          if line.lower().startswith(b"content-length:"))
            whole = end + 4 + length
            if len(got) >= whole:
                out.append(got[:whole])
                got = got[whole:]
                continue
        chunk = sock.recv(65536)
        assert chunk, got
        got += chunk
    return out


def one_answer(sock: socket.socket) -> bytes:
    """One whole answer, leaving the connection open."""
    return answers(sock)[0]


def test_requests_are_parsed_by_httptools(server: uvicorn.Server) -> None:
    """The slow-head guard above is the one on the protocol that serves (a third of the
    CPU time per request of h11's)."""
    with socket.create_connection(where(server), timeout=5) as sock:
        sock.sendall(b"GET /v1/status HTTP/1.1\r\nHost: x\r\n\r\n")
        assert one_answer(sock).startswith(b"HTTP/1.1 200")
        assert server.server_state.connections  # this one, open for 0.5 s more
        assert all(isinstance(c, HttpToolsProtocol) for c in server.server_state.connections)


def test_a_request_head_past_the_size_limit_is_refused(server: uvicorn.Server) -> None:
    with socket.create_connection(where(server), timeout=5) as sock:
        sock.sendall(b"GET /v1/status HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * (MAX_HEAD + 1))
        assert answer(sock).startswith(b"HTTP/1.1 400")


def test_a_head_grown_a_little_at_a_time_past_the_limit_is_refused(
        server: uvicorn.Server) -> None:
    with socket.create_connection(where(server), timeout=5) as sock:
        sock.sendall(b"GET /v1/status HTTP/1.1\r\nHost: x\r\n")
        for i in range(MAX_HEAD // 1000 + 1):
            sock.sendall(f"X-Pad-{i}: ".encode() + b"a" * 1000 + b"\r\n")
        assert answer(sock).startswith(b"HTTP/1.1 400")


def test_a_large_head_within_the_limit_is_served(server: uvicorn.Server) -> None:
    with socket.create_connection(where(server), timeout=5) as sock:
        sock.sendall(b"GET /v1/status HTTP/1.1\r\nHost: x\r\nX-Pad: "
                     + b"a" * (MAX_HEAD - 200) + b"\r\n\r\n")
        assert one_answer(sock).startswith(b"HTTP/1.1 200")


def test_the_size_limit_counts_each_request_head_afresh(server: uvicorn.Server) -> None:
    """Keep-alive requests whose heads add up past the limit are each served."""
    head = b"GET /v1/status HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * (MAX_HEAD // 2) + b"\r\n\r\n"
    with socket.create_connection(where(server), timeout=5) as sock:
        for _ in range(3):
            sock.sendall(head)
            assert one_answer(sock).startswith(b"HTTP/1.1 200")


def test_a_body_sent_after_the_head_deadline_is_still_answered(server: uvicorn.Server) -> None:
    """The head deadline ends with the head: a slow body has the body's own deadline."""
    body = b'{"user": "nobody", "password": "wrong", "device_name": "d", "device_id": "x"}'
    with socket.create_connection(where(server), timeout=5) as sock:
        sock.sendall(b"POST /v1/register HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                     b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n")
        time.sleep(0.8)  # past the head deadline
        sock.sendall(body)
        assert answer(sock).startswith(b"HTTP/1.1 ")


def test_pipelined_requests_are_all_answered(server: uvicorn.Server) -> None:
    with socket.create_connection(where(server), timeout=5) as sock:
        sock.sendall(b"GET /v1/status HTTP/1.1\r\nHost: x\r\n\r\n" * 3)
        got = answers(sock, 3)
        assert len(got) == 3 and all(a.startswith(b"HTTP/1.1 200") for a in got)


async def slow_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answers a second after the request arrived (a long push, say)."""
    await asyncio.sleep(1.0)
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-length", b"2")]})
    await send({"type": "http.response.body", "body": b"ok"})


def test_an_answer_slower_than_the_head_deadline_is_not_cut_off() -> None:
    with running(slow_app) as server, \
            socket.create_connection(where(server), timeout=5) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        assert answer(sock, 2.0).startswith(b"HTTP/1.1 200")
