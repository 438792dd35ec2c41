"""The outermost layer of the central store's app: how much all requests together may
take, and what a server error leaves in the log.

Memory is bounded per request by :mod:`.bodies` and here by the number of requests in
flight; beyond it the app answers 503 at once rather than queueing without end.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from keyworker_desktop.domain.hlc import MAX_DRIFT_MS
from keyworker_desktop.sync.server.errorlog import log_failure
from keyworker_desktop.sync.server.validate import MAX_BODY


@dataclass(frozen=True)
class Limits:
    """What one request, and all of them together, may cost the server."""

    push_body: int = MAX_BODY  # bytes
    register_body: int = 16 * 1024  # a user name, a password, a device name and id
    body_seconds: float = 30.0  # to send a whole body (a slow sender holds a slot)
    push_slots: int = 4  # pushes whose bodies may be in memory at once
    slot_wait_seconds: float = 20.0  # how long a push waits for a slot before 503
    in_flight: int = 256  # requests of any kind at once
    # A change stamped further ahead of the server's clock than this is stamped again
    # with the server's time (service.restamp_ahead; laptops bound theirs the same way).
    clock_drift_seconds: float = MAX_DRIFT_MS / 1000


async def send_json(send: Send, status: int, body: dict[str, object],
                    headers: list[tuple[bytes, bytes]] | None = None) -> None:
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(data)).encode()), *(headers or [])]})
    await send({"type": "http.response.body", "body": data})


def error_body(code: str, message: str) -> dict[str, object]:
    return {"error": {"code": code, "message": message, "details": {}}}


class Guard:
    """Bound the requests in flight (503 beyond) and log a failure by route and code
    frames only, so that no request's values reach the log (not even uvicorn's)."""

    def __init__(self, app: ASGIApp, in_flight: int) -> None:
        self.app = app
        self.limit = in_flight
        self.in_flight = 0  # one event loop: no lock needed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.limit:
            await send_json(send, 503, error_body("busy", "the server is busy; try again soon"),
                            [(b"retry-after", b"5"), (b"connection", b"close")])
            return
        self.in_flight += 1
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception as exc:
            log_failure(str(scope.get("method", "")), str(scope.get("path", "")), exc)
            if not started:
                await send_json(send, 500, error_body(
                    "internal", "the server could not complete this request"))
        finally:
            self.in_flight -= 1
