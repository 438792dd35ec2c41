"""sync/server/serving.py: a connection that never finishes its request head is closed,
and one that does is served as before."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from keyworker_desktop.sync.server.app import create_app
from keyworker_desktop.sync.server.db import make_engine
from keyworker_desktop.sync.server.serving import make_server

from ..conftest import free_port


@pytest.fixture
def address(tmp_path: Path) -> Iterator[tuple[str, int]]:
    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    port = free_port()
    server = make_server(create_app(engine=engine), "127.0.0.1", port, head_seconds=0.5)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield "127.0.0.1", port
    finally:
        server.should_exit = True
        thread.join(10)
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
