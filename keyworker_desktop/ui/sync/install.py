"""Plug sync into the main window: the "Sync now" action, the status bar, the close prompt.

Imported while the app starts, so it imports Qt only: the controller, its
dialogs and the sync library (with httpx) load on the first "Sync now" (or
when a conflict count is first read, in the worker).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from keyworker_desktop.ui.announce import announce
from keyworker_desktop.ui.sync.status import SyncStatus

if TYPE_CHECKING:
    from keyworker_desktop.ui.shell import Shell
    from keyworker_desktop.ui.sync.controller import SyncController, SyncOutcome

# Read by the conflict count on every unlock: imported while the lock screen waits.
PRELOAD = "keyworker_desktop.services.sync_review"


class SyncInstall(QObject):
    """Holds the window's sync pieces; the controller is made on first use."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self._controller: SyncController | None = None
        self._closing = False
        self.status = SyncStatus(shell)
        self.status.conflicts_requested.connect(lambda: self.controller.show_conflicts())
        shell.connect_action("sync", lambda: self.controller.sync_now())
        shell.close_guards.append(self.may_close)
        shell.preload_modules.append(PRELOAD)

    @property
    def controller(self) -> SyncController:
        if self._controller is None:
            from keyworker_desktop.ui.sync.controller import SyncController

            controller = SyncController(self.shell)
            controller.sync_started.connect(lambda: self.status.show_syncing(True))
            controller.sync_finished.connect(self._finished)
            controller.sync_failed.connect(self._failed)
            self._controller = controller
        return self._controller

    def _finished(self, outcome: SyncOutcome) -> None:
        from keyworker_desktop.ui.sync.summary_dialog import summary_announcement

        self.status.show_syncing(False)
        self.status.show_reached(True)
        # Heard even when no summary opens (a sync before closing) or focus is elsewhere;
        # a failure opens a message box, which screen readers already read as an alert.
        announce(self.shell.window(), summary_announcement(outcome))

    def _failed(self, exc: BaseException) -> None:
        from keyworker_desktop.sync.client import Offline

        self.status.show_syncing(False)
        if isinstance(exc, Offline):
            self.status.show_reached(False)
        # Nothing changed, but the counts may be older than the sync's attempt.
        self.shell.refresh_status()
        self.status.refresh()

    def may_close(self) -> bool:
        """The window's close guard: ask about unsynced changes (see ``close_prompt``)."""
        if self._closing:
            return True
        from keyworker_desktop.ui.sync.close_prompt import may_close

        syncing = self._controller is not None and self._controller.running
        return may_close(self.shell, syncing=syncing, sync_then_close=self._sync_then_close)

    def _sync_then_close(self) -> None:
        self.controller.sync_now(preview=False, after=self._close)

    def _close(self) -> None:
        self._closing = True
        self.shell.close()


def install_sync(shell: Shell) -> SyncInstall:
    """Add sync to the window (once)."""
    return SyncInstall(shell)
