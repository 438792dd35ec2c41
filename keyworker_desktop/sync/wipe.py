"""Wiping a revoked laptop's store: nothing readable is left in its folder.

Key files go first (overwritten, then deleted): without a key file no copy of the
encrypted database opens. Then the database, its journals, the backups, the logs, the
``replaced-*`` folders a restore leaves (an older database with its key file), and
half-written temporary files. Symbolic links are removed, never followed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.paths import StorePaths
from keyworker_desktop.store.secrets import DeviceSecrets
from keyworker_desktop.sync.errors import DeviceRevoked

TOKEN_SECRET = "sync_token"
REPLACED_PREFIX = "replaced-"


def _real_dirs(paths: StorePaths) -> Iterator[Path]:
    """The store's own folders that may hold key files (not symbolic links)."""
    for d in (paths.root, paths.backups, *_replaced(paths)):
        if d.is_dir() and not d.is_symlink():
            yield d


def _replaced(paths: StorePaths) -> list[Path]:
    try:
        return [p for p in paths.root.iterdir() if p.name.startswith(REPLACED_PREFIX)]
    except OSError:
        return []


def _overwrite(path: Path) -> None:
    """Overwrite a regular file in place (a symbolic link is not followed)."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return
    try:
        size = os.fstat(fd).st_size
        os.write(fd, os.urandom(max(size, 64)))
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)


def wipe_folder(paths: StorePaths) -> None:
    """Delete every file of the store in ``paths`` (the store must be closed)."""
    for d in _real_dirs(paths):
        for key in d.glob("*.key"):
            if not key.is_symlink():
                _overwrite(key)
    db = paths.db
    for p in (paths.key, db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"),
              db.with_name(db.name + "-journal"), paths.attempts, paths.attempts_lock,
              paths.lock):
        p.unlink(missing_ok=True)
    for d in (paths.backups, paths.logs, *_replaced(paths)):
        _remove(d)
    try:
        leftovers = [p for p in paths.root.iterdir()
                     if p.name.startswith(".") and p.name.endswith(".tmp")]
    except OSError:
        leftovers = []
    for p in leftovers:  # an atomic write cut short: a key file or settings half-written
        _remove(p)


def wipe_local_store(store: Store) -> None:
    """Close the store and delete everything readable in its folder (database, key, backups,
    restored-over copies)."""
    try:
        DeviceSecrets(store).delete(TOKEN_SECRET)
    except Exception:  # wiping must go on whatever the keyring does
        pass
    store.close()
    wipe_folder(store.paths)


def revoked(unsynced: int) -> DeviceRevoked:
    """What the user is told once a revoked laptop has wiped itself: that it was revoked,
    and how many changes made on it that had not reached the central store are lost."""
    lost = (Message("sync.lost_changes", QT_TRANSLATE_NOOP(
                "Errors", "{count} changes made on this laptop since its last sync had not "
                "reached the central store and are lost. "), count=unsynced)
            if unsynced > 1 else
            Message("sync.lost_change", QT_TRANSLATE_NOOP(
                "Errors", "1 change made on this laptop since its last sync had not "
                "reached the central store and is lost. ")) if unsynced == 1 else
            Message("sync.nothing_lost", QT_TRANSLATE_NOOP(
                "Errors", "Nothing you made on it was left unsynced. ")))
    return DeviceRevoked(
        Message("client.laptop_has_been", QT_TRANSLATE_NOOP(
                "Errors", "This laptop has been revoked by your organisation, so the "
                "Keyworker data on it has been deleted. {lost}Please speak to your "
                "manager."),
                lost=lost), unsynced)
