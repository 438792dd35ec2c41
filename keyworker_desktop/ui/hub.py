"""Application-wide events, which screens connect to and refresh themselves from.

``changes_applied`` carries what a job changed and who started it (Anki's
``OpChanges`` with its initiator): a widget that saved ignores its own change
by ``initiator is self``, with no flag to remember that it is saving.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, Signal

from keyworker_desktop.store.opchanges import OpChanges


class Hub(QObject):
    """Application-wide events. Screens connect here and refresh themselves."""

    changes_applied = Signal(OpChanges, object)  # (changes, initiator or None)
    store_opened = Signal()
    store_locked = Signal()
    busy_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._running: dict[QObject, QRunnable] = {}

    @property
    def pending_ops(self) -> int:
        return len(self._running)

    # Called by ui.operations only.
    def op_started(self, receiver: QObject, job: QRunnable) -> None:
        self._running[receiver] = job
        if len(self._running) == 1:
            self.busy_changed.emit(True)

    def op_finished(self, receiver: QObject) -> None:
        if self._running.pop(receiver, None) is not None:
            receiver.deleteLater()
            if not self._running:
                self.busy_changed.emit(False)
