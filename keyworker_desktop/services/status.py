"""What the status bar reports about the store: unsynced changes, conflicts, the last sync.

Plain functions over a session; the words are chosen in ``ui/`` so they can be
translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keyworker_desktop.store import settings
from keyworker_desktop.store.models import ChangeLogEntry


def unsynced_count(session: Session) -> int:
    """How many local changes have not been pushed to the central store yet."""
    query = (select(func.count()).select_from(ChangeLogEntry)
             .where(ChangeLogEntry.pushed_at.is_(None)))
    return int(session.scalar(query) or 0)


def last_sync_at(session: Session) -> datetime | None:
    """When the last successful sync finished, or ``None`` if never (or unreadable)."""
    raw = settings.get(session, settings.LAST_SYNC_AT)
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None


@dataclass(frozen=True)
class SyncStatus:
    unsynced: int
    last_sync_at: datetime | None
    demo: bool = False
    #: Conflicts a sync found that wait for the keyworker's choice.
    conflicts: int = 0


def sync_status(session: Session) -> SyncStatus:
    """The facts in one call, for one background job."""
    from keyworker_desktop.services.sync_review import open_conflict_count

    return SyncStatus(unsynced_count(session), last_sync_at(session),
                      settings.get(session, settings.DEMO_CASELOAD),
                      open_conflict_count(session))
