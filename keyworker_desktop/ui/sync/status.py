"""The status bar's sync part: "Sync now", conflicts to resolve, and online or offline.

The window's own labels say how many changes are not yet synced and when the
last sync was; they refresh from ``changes_applied``, which every sync emits.
This adds the button that starts a sync and a clickable count of conflicts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QPushButton, QToolButton

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.operations import run_op

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.shell import Shell


def conflicts_text(count: int) -> str:
    return (translate("Sync", "1 conflict to resolve") if count == 1
            else translate("Sync", "{count} conflicts to resolve").format(count=count))


def _count_conflicts(store: Store) -> int:
    from keyworker_desktop.services.sync_review import open_conflict_count

    with store.session() as session:
        return open_conflict_count(session)


class SyncStatus(QObject):
    """Owns the sync widgets in the window's status bar."""

    conflicts_requested = Signal()

    def __init__(self, shell: Shell) -> None:
        window = shell.window()
        super().__init__(window)
        self.shell = shell
        self.ctx = shell.ctx
        bar = shell.statusBar()
        self.conflicts_button = QPushButton(window)
        self.conflicts_button.setObjectName("conflictsButton")
        self.conflicts_button.setFlat(True)
        self.conflicts_button.setAccessibleName(self.tr("Conflicts to resolve"))
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.conflicts_button.hide()
        self.sync_button = QToolButton(window)
        self.sync_button.setObjectName("syncButton")
        self.sync_button.setDefaultAction(shell.named_actions["sync"])
        self.sync_button.setAutoRaise(True)
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        bar.addPermanentWidget(self.conflicts_button)
        bar.addPermanentWidget(self.sync_button)
        self.conflicts = 0
        self.ctx.hub.changes_applied.connect(self._on_changes_applied)
        self.ctx.hub.store_opened.connect(self.refresh)
        self.ctx.hub.store_locked.connect(self._on_locked)
        if self.ctx.store is not None:
            self.refresh()

    def refresh(self) -> None:
        if self.ctx.store is not None:
            run_op(self.ctx, _count_conflicts, self.show_conflicts, owner=self,
                   label="conflict count")

    def show_conflicts(self, count: int) -> None:
        self.conflicts = count
        self.conflicts_button.setText(conflicts_text(count))
        self.conflicts_button.setToolTip(self.tr("Open the conflicts to choose what to keep"))
        self.conflicts_button.setVisible(count > 0)

    @Slot(OpChanges, object)
    def _on_changes_applied(self, changes: OpChanges, _initiator: object | None) -> None:
        if changes.everything or changes.touches("conflict"):
            self.refresh()

    def _on_locked(self) -> None:
        self.conflicts = 0
        self.conflicts_button.hide()

    # -- while and after a sync -----------------------------------------------------------
    def show_syncing(self, syncing: bool) -> None:
        action = self.shell.named_actions["sync"]
        action.setText(self.tr("Syncing…") if syncing else self.tr("&Sync now"))

    def show_reached(self, reached: bool) -> None:
        """What the last sync learnt: the central store answered, or could not be reached."""
        # Offline is normal on a visit: the same calm words the window uses.
        self.shell.network_label.setText(self.tr("Online") if reached
                                         else self.tr("Working offline"))
