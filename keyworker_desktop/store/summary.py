"""A per-young-person summary kept current in the same transaction as each write.

The caseload shows, for every young person, the current RAG, keyworker, next
visit, last session and overdue count. Computing that from visits, notes,
ratings, checklist items and actions on every open costs hundreds of
milliseconds at 5,000 young people (and SQLCipher decrypts every page it reads),
so a write that touches one of those records recomputes that one young person's
row here. Time-dependent parts (which visit is next, what is overdue) are kept as
short sorted lists and resolved against the clock when read. Derived data only: it never
syncs and :func:`rebuild_all` recreates it.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.engine import Connection

# Entities whose writes change a young person's summary.
SUMMARY_SOURCES = frozenset(
    {"young_person", "rag_rating", "allocation", "visit", "session_note", "checklist_item",
     "action", "checklist"}
)

# One statement for any number of young people: no round trip per person.
_REFRESH_SQL = """
INSERT OR REPLACE INTO caseload_summary (young_person_id, given_name, family_name,
  preferred_name, date_of_birth, is_open, rag, keyworker, last_session, upcoming_visits,
  open_items, open_actions)
SELECT
  yp.id, yp.given_name, yp.family_name, coalesce(yp.preferred_name, ''), yp.date_of_birth,
  yp.deleted_at IS NULL AND yp.closed_on IS NULL,
  (SELECT rating FROM rag_rating r WHERE r.young_person_id = yp.id AND r.deleted_at IS NULL
     ORDER BY rated_on DESC, hlc DESC LIMIT 1),
  coalesce((SELECT group_concat(name, ', ') FROM (SELECT DISTINCT s.name AS name
     FROM allocation a JOIN staff s ON s.id = a.staff_id WHERE a.young_person_id = yp.id
     AND a.deleted_at IS NULL AND a.ends_on IS NULL AND a.role != 'family_keyworker'
     ORDER BY s.name)), ''),
  (SELECT max(session_on) FROM session_note n WHERE n.young_person_id = yp.id
     AND n.deleted_at IS NULL),
  coalesce((SELECT group_concat(starts_at, ',') FROM (SELECT starts_at FROM visit v
     WHERE v.young_person_id = yp.id AND v.deleted_at IS NULL AND v.status = 'planned'
     AND v.starts_at >= :since ORDER BY starts_at LIMIT 20)), ''),
  coalesce((SELECT group_concat(due_at, ',') FROM (SELECT i.due_at AS due_at
     FROM checklist_item i JOIN checklist c ON c.id = i.checklist_id
     WHERE i.young_person_id = yp.id AND i.deleted_at IS NULL AND c.deleted_at IS NULL
     AND i.done_at IS NULL AND i.due_at IS NOT NULL ORDER BY i.due_at)), ''),
  coalesce((SELECT group_concat(due_on, ',') FROM (SELECT due_on FROM action x
     WHERE x.young_person_id = yp.id AND x.deleted_at IS NULL
     AND x.status IN ('open', 'chased') AND x.due_on IS NOT NULL ORDER BY due_on)), '')
FROM young_person yp WHERE yp.id IN (SELECT value FROM json_each(:ids))
"""


def refresh(conn: Connection, young_person_ids: Iterable[str], now: datetime) -> None:
    """Recompute the summary rows of these young people."""
    ids = sorted(set(young_person_ids))
    if not ids:
        return
    since = now.replace(hour=0, minute=0, second=0, microsecond=0).isoformat(" ")
    conn.execute(text(_REFRESH_SQL), {"ids": json.dumps(ids), "since": since})


def rebuild_all(conn: Connection, now: datetime | None = None) -> None:
    """Recreate every summary row (after a migration or a bulk load)."""
    conn.execute(text("DELETE FROM caseload_summary"))
    since = (now or datetime.now()).replace(hour=0, minute=0, second=0, microsecond=0)
    conn.execute(text(_REFRESH_SQL.replace(
        "WHERE yp.id IN (SELECT value FROM json_each(:ids))", "")), {"since": since.isoformat(" ")})


# The lists are ascending, comma-separated ISO times as SQLite stores them, so they
# compare as strings: resolving them against the clock needs no parsing.
def stamp(now: datetime) -> str:
    return now.isoformat(" ", "microseconds")


def next_visit(upcoming: str, now_stamp: str) -> datetime | None:
    if not upcoming:
        return None
    if upcoming[:26] >= now_stamp:  # the usual case: the first one is still ahead
        return datetime.fromisoformat(upcoming[:26])
    values = upcoming.split(",")
    i = bisect_left(values, now_stamp)
    return datetime.fromisoformat(values[i]) if i < len(values) else None


def overdue_count(items: str, actions: str, now_stamp: str) -> int:
    count = 0
    if items and items[:26] < now_stamp:
        count = bisect_left(items.split(","), now_stamp)
    if actions and actions[:10] < now_stamp[:10]:
        count += bisect_left(actions.split(","), now_stamp[:10])
    return count
