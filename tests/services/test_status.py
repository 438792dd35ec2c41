"""Status facts (services/status.py): unsynced changes and the last sync."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update

from keyworker_desktop.services.status import last_sync_at, sync_status, unsynced_count
from keyworker_desktop.store import keys, settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import ChangeLogEntry, YoungPerson


def test_counts_changes_not_yet_pushed(tmp_path: Path) -> None:
    store = Store.create(tmp_path, "pebble lantern thursday", kdf=keys.TEST_KDF)
    try:
        with store.session() as s:
            assert unsynced_count(s) == 0
        with store.transaction() as s:
            s.add(YoungPerson(given_name="Demo", family_name="One"))
            s.add(YoungPerson(given_name="Demo", family_name="Two"))
        with store.transaction() as s:
            assert unsynced_count(s) == 2
            first = s.query(ChangeLogEntry).order_by(ChangeLogEntry.seq).first()
            assert first is not None
            s.execute(update(ChangeLogEntry).where(ChangeLogEntry.seq == first.seq)
                      .values(pushed_at=datetime(2025, 1, 1)))
        with store.session() as s:
            assert unsynced_count(s) == 1
    finally:
        store.close()


def test_last_sync_is_none_until_a_sync_writes_it(tmp_path: Path) -> None:
    store = Store.create(tmp_path, "pebble lantern thursday", kdf=keys.TEST_KDF)
    try:
        with store.session() as s:
            assert last_sync_at(s) is None
        at = datetime(2025, 3, 4, 17, 30, tzinfo=UTC)
        with store.transaction() as s:
            settings.put(s, settings.LAST_SYNC_AT, at.isoformat())
        with store.session() as s:
            assert last_sync_at(s) == at
            assert sync_status(s).last_sync_at == at
        with store.transaction() as s:
            settings.put(s, settings.LAST_SYNC_AT, "not a date")
        with store.session() as s:
            assert last_sync_at(s) is None
    finally:
        store.close()
