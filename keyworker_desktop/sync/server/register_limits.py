"""How fast anyone may try passwords on ``/v1/register``, and how much CPU they may take.

Three bounds, each answering before a password is hashed:

* per user name (known or not, so that a lockout says nothing about who exists):
  :data:`AccountLock` -- ``failures`` wrong passwords within ``window`` lock that name's
  registration for ``lock``; kept in the database (survives a restart, shared by
  processes) and audited;
* per client address: a token bucket of wrong passwords in memory
  (:class:`AddressBuckets`), so one address cannot spread guesses over many names;
* in all: :class:`HashSlots`, at most one password hash per core at once, so a flood of
  registrations cannot starve every other request of CPU (beyond, 503).

Small code rather than the ``limits`` package: that gives counters in memory or Redis,
but not a lockout kept in the store's own database, nor an audit of it.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from keyworker_desktop.sync.server.models import Audit, RegisterFailure


@dataclass(frozen=True)
class Access:
    """Who may get and keep a token, and how fast anyone may try: the central store's
    account settings (``keyworker-central serve`` options)."""

    token_idle_days: int = 30  # a token unseen for longer answers 401 token_expired
    account_failures: int = 5  # wrong passwords for one name within the window...
    account_window: timedelta = timedelta(minutes=15)
    account_lock: timedelta = timedelta(minutes=15)  # ...lock its registration this long
    address_burst: int = 10  # wrong passwords from one address at once...
    address_every: float = 6.0  # ...then one every so many seconds
    hash_slots: int = 0  # password checks at once (0: one per core but one, at least 1)
    hash_wait: float = 2.0  # seconds a registration waits for a slot before 503

    @property
    def lock_policy(self) -> AccountLock:
        return AccountLock(self.account_failures, self.account_window, self.account_lock)

    @property
    def token_idle(self) -> timedelta:
        return timedelta(days=self.token_idle_days)


@dataclass(frozen=True)
class AccountLock:
    """The per-name lockout's settings."""

    failures: int = 5
    window: timedelta = timedelta(minutes=15)
    lock: timedelta = timedelta(minutes=15)


def _row(s: Session, name: str, now: datetime) -> RegisterFailure:
    """The name's row, created if missing, locked for this transaction (PostgreSQL; SQLite
    serialises writers at BEGIN)."""
    dialect = s.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    s.execute(insert(RegisterFailure).values(name=name, failures=0, window_start=now)
              .on_conflict_do_nothing(index_elements=["name"]))
    row = s.scalar(select(RegisterFailure).where(RegisterFailure.name == name)
                   .with_for_update().execution_options(populate_existing=True))
    assert row is not None
    return row


def locked_for(s: Session, name: str, now: datetime) -> float:
    """Seconds until ``name`` may try again (0 when not locked)."""
    row = s.get(RegisterFailure, name[:120])
    if row is None or row.locked_until is None or row.locked_until <= now:
        return 0.0
    return (row.locked_until - now).total_seconds()


def record_failure(s: Session, name: str, now: datetime, address: str,
                   policy: AccountLock) -> bool:
    """Count a wrong password for ``name``; True when this one locked it (audited)."""
    row = _row(s, name[:120], now)
    if now - row.window_start > policy.window or (
            row.locked_until is not None and row.locked_until <= now):
        row.failures, row.window_start, row.locked_until = 0, now, None
    row.failures += 1
    if row.failures < policy.failures:
        return False
    row.locked_until = now + policy.lock
    row.failures, row.window_start = 0, now
    s.add(Audit(user_name=name[:120], action="lockout", outcome="locked",
                count=policy.failures, detail=(
                    f"{policy.failures} wrong passwords within {policy.window}; registration "
                    f"locked for {policy.lock}; last from {address[:60]}")))
    return True


def clear(s: Session, name: str) -> None:
    row = s.get(RegisterFailure, name[:120])
    if row is not None:
        s.delete(row)


class AddressBuckets:
    """A token bucket of wrong passwords per client address: ``burst`` at once, then one
    every ``every`` seconds. Only a failure spends a token, so a day of registering the
    team's laptops from one office address is never refused. At most ``remember``
    addresses are kept (the least recently seen is forgotten first, which gives it a full
    bucket: a bound on memory, not a way in, since pushing it out takes ``remember``
    other addresses)."""

    def __init__(self, burst: int = 10, every: float = 6.0, remember: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.burst, self.every, self.remember = burst, every, remember
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def _tokens(self, address: str, now: float) -> float:
        tokens, at = self._buckets.pop(address, (float(self.burst), now))
        return min(float(self.burst), tokens + (now - at) / self.every)

    def wait(self, address: str) -> float:
        """0 when ``address`` may try now, else the seconds until it may."""
        now = self._clock()
        tokens = self._tokens(address, now)
        self._buckets[address] = (tokens, now)
        self._forget()
        return 0.0 if tokens >= 1.0 else (1.0 - tokens) * self.every

    def spend(self, address: str) -> None:
        """A wrong password from ``address``."""
        now = self._clock()
        self._buckets[address] = (max(0.0, self._tokens(address, now) - 1.0), now)
        self._forget()

    def _forget(self) -> None:
        while len(self._buckets) > self.remember:
            self._buckets.popitem(last=False)


def default_hash_slots() -> int:
    return max(1, (os.cpu_count() or 1) - 1)


class HashSlots:
    """At most ``slots`` password checks at once; one that cannot start within ``wait``
    seconds is refused (the caller answers 503)."""

    def __init__(self, slots: int, wait: float) -> None:
        self._sem = asyncio.Semaphore(slots)
        self.wait = wait

    async def acquire(self) -> bool:
        try:
            await asyncio.wait_for(self._sem.acquire(), self.wait)
        except TimeoutError:
            return False
        return True

    def release(self) -> None:
        self._sem.release()
