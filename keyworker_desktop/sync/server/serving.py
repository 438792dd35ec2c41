"""Running the central store under uvicorn with its connection limits, and saying where.

uvicorn parses requests with httptools (llhttp, in C): a third as much of the server's
time per request as its pure-Python h11. It bounds idle keep-alive connections, but
neither how long a client may take to send a request head (1,000 half-sent requests were
held open for good) nor, with httptools, how large a head may grow.
:func:`head_deadline_protocol` closes a connection whose request head is not complete
within a deadline, and answers 400 to a head larger than :data:`MAX_HEAD`; bodies have
their own deadline and size limit in :mod:`.bodies`.
"""

from __future__ import annotations

import asyncio
import gc
import ipaddress
import socket
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

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


def head_deadline_protocol(seconds: float, max_head: int = MAX_HEAD) -> type[HttpToolsProtocol]:
    """uvicorn's httptools protocol, closing a connection that has not sent a whole request
    head ``seconds`` after it opened or after its last answer, and answering 400 (and
    closing) when a request head grows past ``max_head`` bytes."""

    class HeadDeadline(HttpToolsProtocol):
        _deadline: asyncio.TimerHandle | None = None
        # Whether the bytes arriving belong to a request head, and how many have so far.
        # llhttp keeps a header it has not finished in memory without a bound of its own.
        _in_head = True
        _head_bytes = 0

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def data_received(self, data: bytes) -> None:
            if self._in_head:
                self._head_bytes += len(data)
            super().data_received(data)
            # Still in the same head after the parser took these bytes (a head completed
            # meanwhile started the count again). Bytes after a pipelined request's end
            # are counted from the next read on: the bound is MAX_HEAD plus one read.
            if self._in_head and self._head_bytes > max_head \
                    and not self.transport.is_closing():
                if self._between_requests():
                    self.send_400_response("Request head too large.")
                else:  # an answer is still being written: no 400 in the middle of it
                    self.transport.close()

        def on_headers_complete(self) -> None:
            self._in_head = False
            self._head_bytes = 0
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            super().on_message_complete()
            self._in_head = True

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
            if not self.transport.is_closing():
                self._deadline = self.loop.call_later(seconds, self._expire)

        def _expire(self) -> None:
            # Close only between requests: a request whose head arrived (its body still
            # coming, or its answer being made) has the body's deadline, and its answer
            # arms this one again.
            if self._between_requests() and not self.transport.is_closing():
                self.transport.close()

        def _between_requests(self) -> bool:
            """No request is being received or answered, nor waiting its turn."""
            return (self.cycle is None or self.cycle.response_complete) and not self.pipeline

    return HeadDeadline


# Allocations (of objects the collector tracks, less those freed) between collections of
# the youngest generation, then how many of each generation's collections make one of the
# next. Python's 700, 10, 10 suit a short script: here a push of 1,000 records ran the
# youngest collection about 25 times, moving the request's own objects up until full
# collections came. Pushing 10,000 records and then a caseload's 24,599 changes, and
# pulling 10,002, cost the collector 947 runs and 170 ms (seven full runs of 10 ms); with
# these, 27 runs and 35 ms. What it may leave uncollected is 50,000 objects at most.
COLLECTOR_THRESHOLDS = (50_000, 20, 100)


def tune_collector() -> None:
    """The server process's collector thresholds (see :data:`COLLECTOR_THRESHOLDS`)."""
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


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
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        # asyncio's own loop, even where uvloop is installed ("auto" would pick it): the
        # loop the server is tested on. uvloop made a sync with nothing to do no cheaper
        # (the app's database calls run in worker threads), so it is not a dependency.
        loop="asyncio")
    return _Server(config, announce)
