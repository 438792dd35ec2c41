"""What every window and dialog receives instead of reaching for globals.

``AppContext`` holds the data directory, the unlocked store (or ``None`` while
locked), the hub of application-wide signals, the interaction service, the
worker pool and the clock. One is made by ``app.main`` and one per test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool

from keyworker_desktop.ui.hub import Hub
from keyworker_desktop.ui.interaction import Interaction
from keyworker_desktop.ui.operations import new_pool, run_op

if TYPE_CHECKING:
    # The store pulls in SQLAlchemy and alembic: imported when first used, not to show
    # the lock screen (see ui.preload).
    from keyworker_desktop.store.database import Store, StorePaths

# The store's own files (``store.database.StorePaths``), named here too so that start-up
# can tell first run from a locked store without importing the store;
# tests/ui/test_context.py checks that the two agree.
STORE_FILE_NAMES = ("keyworker.db", "keyworker.key")
LOGS_FOLDER = "logs"


@dataclass(eq=False)
class AppContext:
    """The explicit application context (git-cola's ``ApplicationContext``)."""

    data_dir: Path
    interaction: Interaction = field(default_factory=Interaction)
    store: Store | None = None
    # Key-derivation cost for a new store; ``None`` is the store's production default.
    kdf: dict[str, Any] | None = None
    now: Callable[[], datetime] = datetime.now
    hub: Hub = field(default_factory=Hub)
    pool: QThreadPool = field(default_factory=new_pool)
    # Not personal data; remembered after an unlock so the lock screen can show it.
    organisation: str = ""
    # Bumped on every lock, so results of jobs started before it are dropped.
    generation: int = 0

    @property
    def paths(self) -> StorePaths:
        from keyworker_desktop.store.database import StorePaths

        return StorePaths(self.data_dir)

    @property
    def logs_dir(self) -> Path:
        """Where the app writes its log (``paths.logs``, without importing the store)."""
        return self.data_dir / LOGS_FOLDER

    def store_exists(self) -> bool:
        """Whether a store is here to unlock (``paths.exists()``, without importing the store)."""
        return any((self.data_dir / name).exists() for name in STORE_FILE_NAMES)

    def today(self) -> date:
        return self.now().date()

    def open_store(self, store: Store) -> None:
        """Take an unlocked store into use and tell everyone."""
        self.store = store
        self.generation += 1
        self.hub.store_opened.emit()
        # The daily backup copies the whole database: after the screens' first loads
        # (one worker runs jobs in order), so unlocking never waits for it.
        run_op(self, lambda s: s.backup_if_due(), lambda _path: None, label="daily backup")

    def lock(self) -> None:
        """Let running jobs finish, close the store and forget it."""
        if self.store is None:
            return
        self.pool.waitForDone()
        store, self.store = self.store, None
        self.generation += 1
        store.close()
        self.hub.store_locked.emit()
