"""The app's outer layer (sync/server/guard.py): a bound on requests in flight, and a
server error logged by route and code frames, never by the values it held."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest

from keyworker_desktop.sync.server import service
from keyworker_desktop.sync.server.guard import Limits

from .asgi_support import Sender, call, make_app, until

PERSONAL = "Jo Bloggs, 12 Mill Lane"


def test_beyond_the_requests_in_flight_the_answer_is_503_at_once(tmp_path: Path) -> None:
    app, token = make_app(tmp_path, Limits(in_flight=1))
    auth = {"content-type": "application/json", "authorization": f"Bearer {token}"}

    async def scenario() -> tuple[int, int, int]:
        gate = asyncio.Event()
        holder = Sender(1, gate=gate)
        first = asyncio.create_task(call(app, "/v1/push", holder, auth))
        await until(lambda: holder.asked)  # the first is reading its body, slowly
        second = await asyncio.wait_for(call(app, "/v1/push", Sender(1), auth), 2)
        gate.set()
        held = await asyncio.wait_for(first, 5)
        after = await asyncio.wait_for(call(app, "/v1/push", Sender(1), auth), 5)
        return second.status, held.status, after.status

    try:
        assert asyncio.run(scenario()) == (503, 400, 400)
    finally:
        app.state.central.engine.dispose()


def test_a_server_error_logs_where_it_happened_and_no_value(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    app, token = make_app(tmp_path)

    def failing_push(*_args: Any) -> Any:
        try:
            raise KeyError(PERSONAL)
        except KeyError:
            raise RuntimeError(f"could not store {PERSONAL}") from None

    monkeypatch.setattr(service, "push", failing_push)
    auth = {"content-type": "application/json", "authorization": f"Bearer {token}"}

    async def push() -> Any:
        body = b'{"changes": [], "note": "' + PERSONAL.encode() + b'"}'
        sent = False

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        # The exception does not reach the server (uvicorn would log it whole).
        return await call(app, "/v1/push", receive, auth)

    try:
        with caplog.at_level(logging.DEBUG):
            answer = asyncio.run(push())
    finally:
        app.state.central.engine.dispose()
    assert answer.status == 500 and answer.json()["error"]["code"] == "internal"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "POST /v1/push" in logged and "RuntimeError" in logged
    assert "failing_push" in logged  # the code frames are there
    assert "Jo Bloggs" not in logged and "Mill Lane" not in logged
    assert "Jo Bloggs" not in answer.body.decode()
