"""Where each file of a store lives in its data folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DB_NAME = "keyworker.db"
KEY_NAME = "keyworker.key"
ATTEMPTS_NAME = "attempts.json"


@dataclass(frozen=True)
class StorePaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def key(self) -> Path:
        return self.root / KEY_NAME

    @property
    def attempts(self) -> Path:
        return self.root / ATTEMPTS_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def exists(self) -> bool:
        return self.db.exists() or self.key.exists()
