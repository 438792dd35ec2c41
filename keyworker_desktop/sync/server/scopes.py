"""Who may see which young people, and the digest of a caller's scope that pulls carry.

A laptop reads the log again or removes young people when the digest changes, so every
pull answers it. Hashing every young person id of the caller's scope on each pull cost
a sync with nothing to do more than anything else; :class:`ScopeDigests` keeps each
scope's digest with the ``scope_epoch`` it was made under (migration 0005: a new value
in the same transaction as any change to allocations or to who is in which team) and
hashes again only when the epoch has moved.
"""

from __future__ import annotations

import threading
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, bindparam, distinct, func, literal, or_, select
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session

from keyworker_desktop.sync import wire
from keyworker_desktop.sync.server.accounts import ALSO_READ, Caller
from keyworker_desktop.sync.server.models import Allocation, Change, ScopeEpoch, User

# Scopes held per process: one per user and role, so a few thousand; past this many the
# cache starts again rather than grow with accounts come and gone.
MAX_HELD = 20_000


def team_scoped(caller: Caller) -> bool:
    """Whether ``caller`` sees their team's young people (a senior or a manager in a
    team), else only their own."""
    return caller.role in ("senior", "manager") and bool(caller.team)


def scope_users(caller: Caller) -> Any:
    """A subquery of the users whose young people ``caller`` may see: their team's for a
    senior or a manager, else only their own."""
    if team_scoped(caller):
        return select(User.id).where(User.team == caller.team)
    return select(User.id).where(User.id == caller.user_id)


def allocated_to_scope(caller: Caller, *, bound: bool = False) -> ColumnElement[bool]:
    """The allocations whose young people ``caller`` may see. A keyworker's own by their
    id alone: joined to the users table, PostgreSQL probed it once per allocation.

    ``bound``: the caller's user id and team left as the parameters :func:`scope_params`
    gives, for a statement built once for every caller of the same kind."""
    if team_scoped(caller):
        team: Any = bindparam("scope_team") if bound else caller.team
        return Allocation.user_id.in_(select(User.id).where(User.team == team))
    user: Any = bindparam("scope_user") if bound else caller.user_id
    return Allocation.user_id == user


def scope_params(caller: Caller) -> dict[str, Any]:
    """The parameters of a statement built with ``bound=True``."""
    return {"scope_team": caller.team} if team_scoped(caller) else {
        "scope_user": caller.user_id}


def scope_ids(caller: Caller, *, bound: bool = False) -> Any:
    """A subquery of the young people ``caller`` may see (``bound``: as above)."""
    return select(Allocation.young_person_id).where(allocated_to_scope(caller, bound=bound))


def visible(caller: Caller, column: Any, *, bound: bool = False) -> ColumnElement[bool]:
    """Rows of no young person, or of one ``caller`` may see (``bound``: as above)."""
    return or_(column.is_(None), column.in_(scope_ids(caller, bound=bound)))


_EPOCH = select(ScopeEpoch.epoch).where(ScopeEpoch.id == 1).scalar_subquery()
# The epoch and the newest sequence number: read with the caller's token (see
# accounts.authenticate's ``also``), else on their own, in one statement.
HEAD_COLUMNS = (_EPOCH.label("epoch"),
                select(func.max(Change.seq)).scalar_subquery().label("latest"))
_HEAD = select(*HEAD_COLUMNS)


def _hashed_digest(caller: Caller) -> Select[Any]:
    """PostgreSQL: (epoch, digest) in one statement, so the digest is of the allocations
    the epoch stands for. Hashed where the rows are: only the digest crosses, not every
    id; made distinct and ordered byte-wise ("C", as Python sorts them) in the aggregate's
    one sort (a young person allocated to two of a team's members counts once)."""
    ids = select(Allocation.young_person_id.collate("C").label("yp")).where(
        allocated_to_scope(caller)).subquery()
    col = ids.c.yp
    joined = func.coalesce(func.string_agg(
        distinct(col), aggregate_order_by(literal("\n"), col)), "")
    digest = select(func.encode(func.sha256(func.convert_to(joined, "UTF8")), "hex")
                    ).scalar_subquery()
    return select(_EPOCH, digest)


class Head(NamedTuple):
    """What a pull reads first: the newest sequence number and the caller's digest."""

    latest: int
    digest: str


class ScopeDigests:
    """Per-process digests by scope, each with the epoch it was made under.

    A digest is stored with the epoch read in the same snapshot as the allocations it
    hashed (one statement on PostgreSQL; one transaction on SQLite, where a transaction
    holds the whole database), and the epoch moves in the transaction of any change: a
    held digest is never labelled with an epoch newer than its allocations, so finding
    the same epoch means the same allocations. Several server processes each hold their
    own; none needs telling.
    """

    def __init__(self) -> None:
        self._held: dict[tuple[int, str, str | None], tuple[int, str]] = {}
        self._lock = threading.Lock()

    def head(self, s: Session, caller: Caller, *, held_only: bool = False) -> Head:
        """The newest sequence number and the caller's digest: one statement when the
        scopes have not changed since this process last hashed the caller's; none when
        they came with the caller's token (:data:`HEAD_COLUMNS`). ``held_only``: the
        digest only if held for the current epoch, else "" (a push's answer, under the
        push lock, does not hash a scope: the laptop then pulls)."""
        read = s.info.pop(ALSO_READ, None)
        epoch, latest = read if read is not None else s.execute(_HEAD).one()
        key = (caller.user_id, caller.role, caller.team)
        held = self._held.get(key)
        if held is not None and held[0] == epoch:
            return Head(latest or 0, held[1])
        if held_only:
            return Head(latest or 0, "")
        epoch, digest = self._digest(s, caller, epoch)
        with self._lock:
            if len(self._held) >= MAX_HELD:
                self._held.clear()
            self._held[key] = (epoch, digest)
        return Head(latest or 0, digest)

    def forget(self) -> None:
        with self._lock:
            self._held.clear()

    @staticmethod
    def _digest(s: Session, caller: Caller, epoch: int) -> tuple[int, str]:
        """(epoch, digest) read together; ``epoch`` as read earlier in this transaction."""
        if s.get_bind().dialect.name == "postgresql":
            # Each statement sees its own snapshot: the epoch is read again with the ids.
            epoch, hashed = s.execute(_hashed_digest(caller)).one()
            return epoch, str(hashed)[:32]
        # SQLite: this transaction holds the database (BEGIN IMMEDIATE) since before the
        # epoch was read: nothing has changed since.
        return epoch, wire.scope_digest(s.scalars(scope_ids(caller).distinct()))
