"""Encrypted backups beside the store: before each migration, daily, or on request.

A backup is a page copy made with SQLite's backup API into a file keyed with the
same data key, plus a copy of the key file at that time. The last 7 are kept.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.store import keys
from keyworker_desktop.store.errors import (
    CorruptKeyFile,
    CorruptStore,
    StoreError,
    WrongPassphrase,
)
from keyworker_desktop.store.lockout import Lockout
from keyworker_desktop.store.paths import StorePaths
from keyworker_desktop.store.sqlcipher import connect_raw, verify_database

KEEP = 7
PREFIX = "keyworker-"


def list_backups(paths: StorePaths) -> list[Path]:
    """Backups, newest first."""
    if not paths.backups.exists():
        return []
    return sorted(paths.backups.glob(f"{PREFIX}*.db"), reverse=True)


def make_backup(paths: StorePaths, data_key: bytes, reason: str = "manual") -> Path:

    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
    target = paths.backups / f"{PREFIX}{stamp}-{reason}.db"
    partial = target.with_suffix(".partial")
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    src = connect_raw(paths.db, data_key)
    dst = connect_raw(partial, data_key)
    try:
        # In steps, so memory stays bounded whatever the size of the store.
        src.backup(dst, pages=1024)
    finally:
        dst.close()
        src.close()
    partial.replace(target)
    if paths.key.exists():
        shutil.copy2(paths.key, target.with_suffix(".key"))
    prune(paths)
    return target


def prune(paths: StorePaths, keep: int = KEEP) -> None:
    for old in list_backups(paths)[keep:]:
        old.unlink(missing_ok=True)
        old.with_suffix(".key").unlink(missing_ok=True)


def daily_backup(paths: StorePaths, data_key: bytes, now: datetime | None = None) -> Path | None:
    """Make a backup if the newest one is more than a day old."""
    now = now or datetime.now()
    newest = list_backups(paths)
    if newest and now - datetime.fromtimestamp(newest[0].stat().st_mtime) < timedelta(days=1):
        return None
    return make_backup(paths, data_key, reason="daily")


def rewrap_key_copies(paths: StorePaths, data_key: bytes, old_passphrase: str) -> list[Path]:
    """Replace every backup's key copy with the live key file (just re-wrapped under the
    new passphrase); returns the copies that could not be re-wrapped.

    A copy holds the live data key, so left under the old passphrase it would let whoever
    knew that passphrase open the live store. A copy is replaced when its backup opens with
    the live data key (whatever passphrase the copy was under) or when it unwraps with the
    old passphrase to that key; any other copy is left as it was and reported.
    """
    if not paths.backups.exists():
        return []
    left: list[Path] = []
    for copy in sorted(paths.backups.glob(f"{PREFIX}*.key")):
        if _holds_live_key(copy, data_key, old_passphrase):
            shutil.copy2(paths.key, copy)
            os.chmod(copy, 0o600)
        else:
            left.append(copy)
    return left


def _holds_live_key(copy: Path, data_key: bytes, old_passphrase: str) -> bool:
    backup = copy.with_suffix(".db")
    if backup.is_file():
        try:
            verify_database(backup, data_key)
            return True
        except CorruptStore:
            pass
    try:
        return keys.unwrap(keys.read_key_file(copy), old_passphrase) == data_key
    except (CorruptKeyFile, WrongPassphrase, OSError, ValueError):
        return False


def restore(paths: StorePaths, backup: Path, passphrase: str) -> Path:
    """Put ``backup`` in place; the current files are moved aside, never overwritten.

    The passphrase unlocks the current key file, or the key file saved with the
    backup when the current one is damaged. Returns the folder holding the old files.
    """

    try:
        key_file = keys.read_key_file(paths.key)
        key_path = paths.key
    except (CorruptKeyFile, FileNotFoundError):
        key_path = backup.with_suffix(".key")
        key_file = keys.read_key_file(key_path)
    data_key = Lockout(paths.attempts).unwrap(key_file, passphrase)
    verify_database(backup, data_key)
    aside = paths.root / f"replaced-{datetime.now():%Y%m%dT%H%M%S%f}"
    aside.mkdir()
    for p in (paths.db, paths.wal, paths.shm):
        if p.exists():
            p.replace(aside / p.name)
    if key_path != paths.key:
        if paths.key.exists():
            paths.key.replace(aside / paths.key.name)
        shutil.copy2(key_path, paths.key)
    try:
        shutil.copy2(backup, paths.db)
    except OSError as exc:  # put the old files back rather than leave nothing
        for p in aside.iterdir():
            p.replace(paths.root / p.name)
        raise StoreError(Message("backups.could_not_restore", QT_TRANSLATE_NOOP(
                "Errors", "Could not restore {backup}: {strerror}"),
                backup=backup, strerror=exc.strerror)) from None
    return aside


__all__ = [
    "CorruptStore", "daily_backup", "list_backups", "make_backup", "restore", "rewrap_key_copies",
]
