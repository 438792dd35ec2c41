"""Where a store lives: its data folder by default (one answer for the desktop app and
the command line) and each of its files in that folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "KEYWORKER_DATA_DIR"
DB_NAME = "keyworker.db"
KEY_NAME = "keyworker.key"
ATTEMPTS_NAME = "attempts.json"
LOCK_NAME = "keyworker.lock"
ATTEMPTS_LOCK_NAME = "attempts.lock"


def default_data_dir() -> Path:
    """``KEYWORKER_DATA_DIR`` (``~`` expanded) when set, else the user's data folder."""
    configured = os.environ.get(DATA_DIR_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir("keyworker-desktop", "Keyworker"))


@dataclass(frozen=True)
class StorePaths:
    """The files of the store in ``root``."""

    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def wal(self) -> Path:
        """SQLite's write-ahead log beside the database (its -shm index beside that)."""
        return self.root / f"{DB_NAME}-wal"

    @property
    def shm(self) -> Path:
        return self.root / f"{DB_NAME}-shm"

    @property
    def key(self) -> Path:
        return self.root / KEY_NAME

    @property
    def attempts(self) -> Path:
        return self.root / ATTEMPTS_NAME

    @property
    def attempts_lock(self) -> Path:
        """Held while a passphrase is tried, so processes try one at a time."""
        return self.root / ATTEMPTS_LOCK_NAME

    @property
    def lock(self) -> Path:
        """Held while the store is open (``store.filelock``): one writer at a time."""
        return self.root / LOCK_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def exists(self) -> bool:
        return self.db.exists() or self.key.exists()
