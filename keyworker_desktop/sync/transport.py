"""How the desktop's sync requests travel (no Qt): TLS trust, and requests a user can cancel.

An organisation may run its central store with a certificate from its own
certificate authority; :func:`trust` turns that authority's file into what
httpx verifies against. :func:`run_cancellable` lets a sync stop while a
request is still on the wire: the request runs in a thread of its own and is
abandoned, not interrupted, so no socket is closed under another thread's
feet. Abandoning is safe by protocol design: a push whose answer never came is
sent again and the server answers "duplicate"; a pull page never received was
never applied.
"""

from __future__ import annotations

import ipaddress
import random
import ssl
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar, cast
from urllib.parse import urlsplit

import httpx

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.sync.errors import InsecureServer

T = TypeVar("T")

# How often a waiting request looks at the cancel check.
POLL_S = 0.1


class Cancelled(Exception):
    """Internal: the cancel check said stop, before a request started or while it was in
    flight. ``abandoned``: it was in flight, and goes on in its thread until it ends."""

    def __init__(self, abandoned: bool) -> None:
        super().__init__()
        self.abandoned = abandoned


def check_server_url(url: str) -> str:
    """The URL without a trailing slash; HTTPS, or plain HTTP to a loopback address only."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureServer(Message("client.central_store_s", QT_TRANSLATE_NOOP(
                "Errors", "The central store's address must start with https://")))
    if parts.scheme == "http":
        host = parts.hostname
        loopback = host == "localhost"
        try:
            loopback = loopback or ipaddress.ip_address(host).is_loopback
        except ValueError:
            pass
        if not loopback:
            raise InsecureServer(
                Message("client.central_store_must", QT_TRANSLATE_NOOP(
                        "Errors", "The central store must be reached over https:// (plain http "
                        "is only allowed to this computer).")))
    return url.rstrip("/")


def trust(ca_file: str | Path | None) -> ssl.SSLContext | bool:
    """What to verify the central store's certificate against: ``ca_file`` only, or the default.

    Raises ``OSError`` or ``ssl.SSLError`` when the file cannot be read as certificates.
    """
    if ca_file is None:
        return True
    return ssl.create_default_context(cafile=str(ca_file))


#: How long a connection to the central store is kept idle for the next request: well
#: under the central store's own keep-alive (5 s, ``sync/server/serving.py``), so that the
#: laptop always lets it go first. Kept as long as the central store's, a request sent
#: just before it closed the connection met the close on the way (over a link with some
#: latency, or from a busy laptop) and the sync failed as "cannot be reached".
IDLE_CONNECTION_S = 2.0


def http_limits() -> httpx.Limits:
    """httpx's own limits, but idle connections let go after :data:`IDLE_CONNECTION_S`: for
    the HTTP client a sync client makes, and any it is given."""
    return httpx.Limits(max_connections=100, max_keepalive_connections=20,
                        keepalive_expiry=IDLE_CONNECTION_S)


def untrusted(exc: BaseException) -> bool:
    """Did ``exc`` (an httpx error) come from a certificate that failed verification?"""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, ssl.SSLCertVerificationError):
            return True
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return False


class _Call(Generic[T]):
    """One piece of work in its own thread, with who is responsible for cleaning up after it."""

    def __init__(self, work: Callable[[], T], abandoned: Callable[[], None] | None) -> None:
        self.work = work
        self.abandoned_cleanup = abandoned
        self.finished = threading.Event()
        self.lock = threading.Lock()
        self.given_up = False
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work()
        except BaseException as exc:  # handed to the waiting thread, or dropped if abandoned
            self.error = exc
        with self.lock:
            self.finished.set()
            cleanup = self.abandoned_cleanup if self.given_up else None
        if cleanup is not None:
            try:
                cleanup()
            except Exception:  # nobody is waiting for this call any more
                pass

    def give_up(self) -> bool:
        """Abandon the call unless it has just finished (then its outcome still counts)."""
        with self.lock:
            if self.finished.is_set():
                return False
            self.given_up = True
            return True


def run_cancellable(work: Callable[[], T], cancel: Callable[[], bool], *,
                    abandoned: Callable[[], None] | None = None, poll: float = POLL_S) -> T:
    """``work()``, waited for in slices of ``poll`` seconds; :class:`Cancelled` once ``cancel()``.

    Cancelling does not wait for ``work`` to end: it goes on in a daemon thread
    and ``abandoned`` runs there when it does (to close what only it still uses).
    """
    if cancel():
        raise Cancelled(abandoned=False)
    call = _Call(work, abandoned)
    threading.Thread(target=call.run, name="keyworker-sync-request", daemon=True).start()
    while not call.finished.wait(poll):
        if cancel() and call.give_up():
            raise Cancelled(abandoned=True)
    if call.error is not None:
        raise call.error
    return cast(T, call.result)


#: How many times a "busy" (503) answer is waited out before the sync says so.
BUSY_RETRIES = 4
#: The longest wait for one busy answer, whatever the server asks.
BUSY_WAIT_MAX = 10.0


def unbound(resp: httpx.Response) -> httpx.Response:
    """``resp``, once read, out of the cycle httpx leaves it in (the response holds its
    stream, which holds the response to time it), so that it is freed with its body as
    soon as it is dropped rather than at the next cyclic collection: a sync runs with none
    (see :func:`.prepare.no_cycle_collection`), and collecting each pulled page's young
    objects to free its 2 MB answer took 100-170 ms of a senior's first sync."""
    if resp.is_closed:
        resp.stream = httpx.ByteStream(b"")  # read already: its content is kept as it is
    return resp


def retry_after(resp: httpx.Response) -> float:
    """The wait a busy answer asks for (its Retry-After), within sane bounds."""
    try:
        return min(BUSY_WAIT_MAX, max(0.5, float(resp.headers.get("retry-after", "2"))))
    except ValueError:
        return 2.0


def wait_before_retry(seconds: float, attempt: int,
                      cancel: Callable[[], bool] | None) -> None:
    """Sleep before a retry, longer each attempt and with jitter so waiting laptops do not
    all return at once; a cancelled sync stops waiting at once."""
    deadline = time.monotonic() + seconds * (1 + attempt / 2) * random.uniform(0.8, 1.2)
    while time.monotonic() < deadline:
        if cancel is not None and cancel():
            raise Cancelled(abandoned=False)
        time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))
