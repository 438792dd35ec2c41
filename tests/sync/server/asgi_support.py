"""Calling the central store's ASGI app directly, with a client whose body is scripted:
how much of it the app reads, and when, is what the body-handling tests measure."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette

from keyworker_desktop.sync.server import accounts
from keyworker_desktop.sync.server.app import create_app
from keyworker_desktop.sync.server.db import make_engine
from keyworker_desktop.sync.server.guard import Limits

CHUNK = 64 * 1024


@dataclass
class Sender:
    """A client sending a body as ``chunks`` pieces of :data:`CHUNK` bytes (at most
    ``chunks`` receive() calls are ever answered with data), each after ``delay`` seconds."""

    chunks: int
    delay: float = 0.0
    gate: asyncio.Event | None = None  # wait for this before sending anything
    calls: int = 0
    sent: int = 0
    asked: bool = False  # the app has asked for the body (it holds whatever it needed)

    async def receive(self) -> dict[str, Any]:
        self.asked = True
        if self.gate is not None:
            await self.gate.wait()
        if self.delay:
            await asyncio.sleep(self.delay)
        self.calls += 1
        if self.calls > self.chunks:
            return {"type": "http.disconnect"}
        self.sent += CHUNK
        return {"type": "http.request", "body": b" " * CHUNK,
                "more_body": self.calls < self.chunks}


@dataclass
class Answer:
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def json(self) -> Any:
        return json.loads(self.body)


async def call(app: Starlette, path: str, sender: Sender | Callable[[], Awaitable[Any]],
               headers: dict[str, str]) -> Answer:
    """One POST through the app; the answer."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": "POST", "scheme": "http", "path": path, "raw_path": path.encode(),
             "root_path": "", "query_string": b"", "client": ("127.0.0.1", 50000),
             "server": ("127.0.0.1", 8765),
             "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]}
    answer = Answer()

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            answer.status = message["status"]
            answer.headers = {k.decode(): v.decode() for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            answer.body += message.get("body", b"")

    receive = sender.receive if isinstance(sender, Sender) else sender
    await app(scope, receive, send)
    return answer


async def until(condition: Callable[[], bool], seconds: float = 5) -> None:
    """Wait (at most ``seconds``) until ``condition()`` holds."""
    async with asyncio.timeout(seconds):
        while not condition():
            await asyncio.sleep(0.01)


def make_app(tmp_path: Path, limits: Limits | None = None) -> tuple[Starlette, str]:
    """An app over a fresh SQLite store with Sam's device registered; (app, Sam's token)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'central.db'}")
    app = create_app(engine=engine, limits=limits)

    def work(s: Any) -> str:
        accounts.add_user(s, "sam", "keyworker", "sync-password", "north")
        got = accounts.register_device(s, "sam", "sync-password", "laptop", "")
        assert got is not None
        return got[0]

    return app, app.state.central.run(work)
