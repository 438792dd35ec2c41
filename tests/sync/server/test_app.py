"""``/v1/push`` against a sender who never stops (sync/server/app.py): the token is checked
before the body is read, the size limit holds while reading, a slow sender is cut off, and
only a few pushes hold bodies in memory at once."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.applications import Starlette

from keyworker_desktop.sync.server.guard import Limits
from keyworker_desktop.sync.server.validate import MAX_BODY

from ..conftest import serving
from .asgi_support import CHUNK, Sender, call, make_app, until

JSON = {"content-type": "application/json"}
# 1 GiB if it were all read: far more than the limit, sent only as far as it is asked for.
ENDLESS = 16 * 1024


@pytest.fixture
def app(tmp_path: Path) -> Iterator[tuple[Starlette, str]]:
    made = make_app(tmp_path, Limits(body_seconds=0.5, push_slots=2, slot_wait_seconds=0.3))
    yield made
    made[0].state.central.engine.dispose()


@pytest.mark.parametrize("auth", [None, "Bearer not-a-token", "Basic c2FtOnB3"])
@pytest.mark.parametrize("declared", [True, False], ids=["declared-4GiB", "chunked"])
def test_an_unauthenticated_push_is_401_before_its_body_is_read(
        app: tuple[Starlette, str], auth: str | None, declared: bool) -> None:
    sender = Sender(ENDLESS)
    headers = dict(JSON)
    if declared:
        headers["content-length"] = str(4 * 1024**3)
    if auth:
        headers["authorization"] = auth
    answer = asyncio.run(call(app[0], "/v1/push", sender, headers))
    assert answer.status == 401
    assert sender.calls == 0  # not one byte of the body was asked for
    assert answer.headers.get("connection") == "close"


def test_an_authenticated_over_limit_body_is_413_after_at_most_the_limit(
        app: tuple[Starlette, str]) -> None:
    auth = {**JSON, "authorization": f"Bearer {app[1]}"}
    sender = Sender(ENDLESS)
    answer = asyncio.run(call(app[0], "/v1/push", sender, auth))
    assert answer.status == 413 and answer.json()["error"]["code"] == "too_large"
    assert sender.sent <= MAX_BODY + CHUNK
    declared = Sender(ENDLESS)
    answer = asyncio.run(call(app[0], "/v1/push", declared,
                              {**auth, "content-length": str(MAX_BODY + 1)}))
    assert answer.status == 413 and declared.calls == 0


def test_a_slow_sender_is_cut_off_with_408(app: tuple[Starlette, str]) -> None:
    auth = {**JSON, "authorization": f"Bearer {app[1]}"}
    sender = Sender(ENDLESS, delay=0.1)  # 64 KiB every 0.1 s: 1,600 s for the whole body
    started = time.monotonic()
    answer = asyncio.run(call(app[0], "/v1/push", sender, auth))
    assert answer.status == 408 and answer.json()["error"]["code"] == "request_timeout"
    assert time.monotonic() - started < 3
    assert sender.calls <= 10


def test_only_a_few_pushes_hold_bodies_at_once(app: tuple[Starlette, str]) -> None:
    auth = {**JSON, "authorization": f"Bearer {app[1]}"}

    async def scenario() -> list[int]:
        gate = asyncio.Event()  # the first two hold their slots until the third is answered
        holding = [Sender(1, gate=gate), Sender(1, gate=gate)]
        tasks = [asyncio.create_task(call(app[0], "/v1/push", s, auth)) for s in holding]
        await until(lambda: all(s.asked for s in holding))
        third = Sender(1)
        refused = await asyncio.wait_for(call(app[0], "/v1/push", third, auth), 5)
        gate.set()
        done = await asyncio.wait_for(asyncio.gather(*tasks), 5)
        assert third.calls == 0
        assert refused.headers.get("retry-after")
        return [refused.status, *(a.status for a in done)]

    refused, *held = asyncio.run(scenario())
    assert refused == 503
    assert held == [400, 400]  # spaces alone are not JSON: read, then refused as malformed


def test_over_loopback_the_401_arrives_before_the_client_has_sent_its_body(
        tmp_path: Path) -> None:
    with serving(f"sqlite:///{tmp_path / 'central.db'}") as running:
        host, port = running.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(b"POST /v1/push HTTP/1.1\r\nHost: x\r\n"
                         b"Content-Type: application/json\r\n"
                         b"Content-Length: 4294967296\r\n\r\n" + b" " * CHUNK)
            head = sock.recv(4096)
            assert head.startswith(b"HTTP/1.1 401")
            # And the server hangs up rather than take the other 4 GiB.
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                try:
                    if not sock.recv(65536):
                        break
                except ConnectionResetError:
                    break
            else:
                pytest.fail("the server kept the connection open")


class Body:
    """A whole push body, sent in one piece."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.calls = 0

    async def receive(self) -> dict[str, object]:
        self.calls += 1
        return {"type": "http.request", "body": self.body, "more_body": False}


def test_a_sender_checked_just_now_skips_the_check_before_its_body_not_the_one_after(
        app: tuple[Starlette, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A sync's next push goes without the token check made before its body is read (a
    round trip of its own); the push's own check in its transaction still runs, so a
    device revoked in between is refused. An unknown token is never remembered."""
    from keyworker_desktop.sync.server import accounts
    from keyworker_desktop.sync.server.app import Central
    from keyworker_desktop.sync.server.models import Device

    central = app[0].state.central
    checks: list[str] = []
    check = Central.caller

    def counted(self: Central, s: object, request: object, also: tuple[object, ...] = ()
                ) -> object:
        checks.append("check")
        return check(self, s, request, also)  # type: ignore[arg-type]

    monkeypatch.setattr(Central, "caller", counted)
    auth = {**JSON, "authorization": f"Bearer {app[1]}"}
    empty = b'{"changes": []}'
    for expected in (2, 1, 1):
        checks.clear()
        answer = asyncio.run(call(app[0], "/v1/push", Body(empty).receive, auth))
        assert answer.status == 200, answer.body
        assert len(checks) == expected
    for _ in range(2):  # unknown: checked before its body every time, never read
        checks.clear()
        sender = Sender(ENDLESS)
        answer = asyncio.run(call(app[0], "/v1/push", sender,
                                  {**JSON, "authorization": "Bearer not-a-token"}))
        assert answer.status == 401 and sender.calls == 0 and len(checks) == 1

    def revoke(s: object) -> None:
        device = s.query(Device).one()  # type: ignore[attr-defined]
        accounts.revoke_device(s, device.id)  # type: ignore[arg-type]

    central.run(revoke)
    answer = asyncio.run(call(app[0], "/v1/push", Body(empty).receive, auth))
    assert answer.status == 401 and answer.json()["error"]["code"] == "revoked"
