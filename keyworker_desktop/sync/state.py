"""What a laptop's sync keeps between syncs (table ``sync_state``), read once when it starts.

A sync with nothing to do used to open a session for each thing it looked up (the demo
flag, the cursor, the scope twice, the token...) and to write its end with a flush to
disk: :func:`read_start` reads it all in one statement, :func:`finish` writes one short
transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import JSON, Table, bindparam, func, literal, null, select, union_all
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.store import settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import ChangeLogEntry, DeviceSecret, Setting
from keyworker_desktop.store.models.sync import LocalConflict, SyncState
from keyworker_desktop.store.secrets import DeviceSecrets
from keyworker_desktop.sync.errors import DemoStore
from keyworker_desktop.sync.outcome import SyncSummary
from keyworker_desktop.sync.scope import CHECKED_KEY
from keyworker_desktop.sync.wipe import TOKEN_SECRET

CURSOR_KEY = "cursor"
ACCOUNT_KEY = "account"
REJECTED_KEY = "rejected"
SCOPE_KEY = "scope"
# What a sync reads when it starts and writes when it ends, built once (a sync with
# nothing to do is mostly these few statements).
# The start is one statement of constants, compiled once: each row is (what, key, value),
# what being 0 for a sync state, 1 the demo flag, 2 the token's row, 3 a change unpushed.
_START = str(union_all(
    select(literal(0), SyncState.key, SyncState.value).where(
        SyncState.key.in_((CURSOR_KEY, REJECTED_KEY, SCOPE_KEY, CHECKED_KEY))),
    select(literal(1), Setting.key, Setting.value).where(
        Setting.key == settings.DEMO_CASELOAD.key),
    select(literal(2), DeviceSecret.name, DeviceSecret.value).where(
        DeviceSecret.name == TOKEN_SECRET),
    select(literal(3), null(), null()).where(
        select(ChangeLogEntry.seq).where(ChangeLogEntry.pushed_at.is_(None)).exists()),
).compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
# The end's two statements on their tables, not their ORM classes, and run on the
# session's connection: the ORM's statement handling was most of a quiet sync's end.
_CONFLICTS = cast(Table, LocalConflict.__table__)
_OPEN_CONFLICTS = select(func.count()).select_from(_CONFLICTS).where(
    _CONFLICTS.c.status != "resolved")
_SYNCED_AT = sqlite_insert(cast(Table, Setting.__table__)).values(
    key=settings.LAST_SYNC_AT.key, value=bindparam("at", type_=JSON)).on_conflict_do_update(
    index_elements=["key"], set_={"value": bindparam("at", type_=JSON)})


def state(s: Session, key: str, default: Any) -> Any:
    row = s.get(SyncState, key)
    return row.value.get("v", default) if row is not None else default


def put_state(s: Session, key: str, value: Any) -> None:
    s.execute(sqlite_insert(SyncState).values(key=key, value={"v": value})
              .on_conflict_do_update(index_elements=["key"], set_={"value": {"v": value}}))


@dataclass
class SyncStart:
    """What a sync needs of the store before its first request."""

    token: str | None
    # Sync state by key (cursor, scope, scope checked, rejected), kept up to date by the
    # sync as it writes them.
    seen: dict[str, Any]
    unpushed: bool


def read_start(store: Store, secrets: DeviceSecrets) -> SyncStart:
    """One statement: refuses a store holding the demo caseload (:class:`DemoStore`).

    Run on the driver's connection outside any transaction: SQLite reads a statement from
    one snapshot, as it would a transaction, and a session's BEGIN IMMEDIATE (the store's
    write lock, and the connection's flush settings set for it) was most of the CPU time
    of a sync with nothing to do, for reading four small things."""
    if not store.is_open:
        raise RuntimeError("the store is locked")
    raw = store.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None  # a pooled connection always holds its driver's
        rows = driver.execute(_START).fetchall()
    finally:
        raw.close()
    seen: dict[str, Any] = {}
    demo = token = None
    unpushed = False
    for what, key, value in rows:
        if what == 0:
            seen[key] = json.loads(value).get("v")
        elif what == 1:
            demo = json.loads(value).get("v")
        elif what == 2:
            token = value
        else:
            unpushed = True
    if demo is True:  # as settings.get reads it: only JSON true
        raise DemoStore()
    return SyncStart(secrets.get_read(TOKEN_SECRET, token), seen, unpushed)


def finish(store: Store, summary: SyncSummary, seen: dict[str, Any]) -> None:
    """Count the open conflicts into ``summary`` and record, in one short transaction,
    when a sync that was not cancelled ended, and what the central store refused if that
    changed.

    Without waiting for the disk (redoable): a power cut can only leave the previous
    sync's time and list, which the next sync writes again (a refused change stays
    unpushed and is refused again)."""
    rejected = [{**r.__dict__, "fields": list(r.fields)} for r in summary.rejected]
    changed = rejected != seen.get(REJECTED_KEY)
    with (store.transaction(redoable=True) if changed or not summary.cancelled
          else store.session()) as s:
        conn = s.connection()
        summary.open_conflicts = conn.scalar(_OPEN_CONFLICTS) or 0
        if not summary.cancelled:
            conn.execute(_SYNCED_AT, {"at": {"v": utcnow().isoformat()}})
        if changed:
            put_state(s, REJECTED_KEY, rejected)
            seen[REJECTED_KEY] = rejected
