"""Running the central store under uvicorn with its connection limits, and saying where.

uvicorn bounds a request head's size (h11) and idle keep-alive connections, but not how
long a client may take to send a request head: 1,000 half-sent requests were held open
for good. :func:`head_deadline_protocol` closes a connection whose request head is not
complete within a deadline; bodies have their own deadline in :mod:`.bodies`.
"""

from __future__ import annotations

import asyncio
import gc
import ipaddress
import socket
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

MAX_CONNECTIONS = 256  # beyond, uvicorn answers 503
HEAD_SECONDS = 10.0  # to send a whole request head
KEEP_ALIVE_SECONDS = 5  # an idle connection between requests
MAX_HEAD = 16 * 1024  # bytes of request line and headers


def is_loopback(host: str) -> bool:
    """Whether ``host`` only listens on this machine (``0.0.0.0`` and ``::`` do not)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def head_deadline_protocol(seconds: float) -> type[H11Protocol]:
    """uvicorn's h11 protocol, closing a connection that has not sent a whole request head
    ``seconds`` after it opened or after its last answer."""

    class HeadDeadline(H11Protocol):
        _deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
            super().connection_lost(exc)

        def _arm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
            self._deadline = self.loop.call_later(seconds, self._expire)

        def _expire(self) -> None:
            # IDLE: the client has not finished a request head since the deadline was set
            # (a request in progress is SEND_BODY or DONE, and has the body's deadline).
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()

    return HeadDeadline


class _Server(uvicorn.Server):
    """Says where it listens once the socket is bound (port 0 gets its real number)."""

    def __init__(self, config: uvicorn.Config, announce: str) -> None:
        super().__init__(config)
        self.announce = announce

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        # What is loaded by now lives as long as the server: kept out of the collector's
        # full passes, which otherwise walked all of it every few pushes (50-100 ms each,
        # a tenth of a 10,000-record push).
        gc.freeze()
        if self.started and self.announce:
            port = self.servers[0].sockets[0].getsockname()[1]
            scheme = "https" if self.config.ssl else "http"
            host = f"[{self.config.host}]" if ":" in self.config.host else self.config.host
            print(self.announce.replace("{url}", f"{scheme}://{host}:{port}"), flush=True)


def make_server(app: Any, host: str, port: int, *, tls_cert: str | None = None,
                tls_key: str | None = None, log_level: str = "warning",
                max_connections: int = MAX_CONNECTIONS, head_seconds: float = HEAD_SECONDS,
                announce: str = "") -> uvicorn.Server:
    """A uvicorn server for ``app`` with the limits above; ``announce`` (with ``{url}``) is
    printed once it listens."""
    config = uvicorn.Config(
        app, host=host, port=port, ssl_certfile=tls_cert, ssl_keyfile=tls_key,
        log_level=log_level, access_log=False,
        http=head_deadline_protocol(head_seconds), limit_concurrency=max_connections,
        timeout_keep_alive=KEEP_ALIVE_SECONDS, h11_max_incomplete_event_size=MAX_HEAD)
    return _Server(config, announce)
