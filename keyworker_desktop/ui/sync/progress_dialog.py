"""A sync's progress: "Sending N changes", "Receiving M changes", and a safe Cancel.

Not modal: the window behind keeps working while the sync runs. Closing the
dialog only hides it (the status bar's sync button shows it again); Cancel
asks the sync to stop at once, even while it waits for the central store's
answer (the protocol makes that safe: nothing is lost or applied twice).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.ui.sync import name_buttons


def stage_text(stage: str, total: int) -> str:
    if stage == "sending":
        return (translate("Sync", "Sending 1 change") if total == 1
                else translate("Sync", "Sending {count} changes").format(count=total))
    if stage == "receiving":
        return (translate("Sync", "Receiving 1 change") if total == 1
                else translate("Sync", "Receiving {count} changes").format(count=total))
    return translate("Sync", "Syncing…")


class SyncProgressDialog(QDialog):
    """Stage, a progress bar and Cancel for the sync running now."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Syncing"))
        self.setModal(False)
        self.stage = QLabel(self.tr("Connecting to the central store…"))
        self.stage.setAccessibleName(self.tr("Sync stage"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first figures arrive
        self.bar.setAccessibleName(self.tr("Sync progress"))
        self.note = QLabel(self.tr("You can carry on working while this runs."))
        self.note.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.request_cancel)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.clicked.connect(self.hide)
        buttons = QDialogButtonBox()
        buttons.addButton(self.hide_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        name_buttons(self)
        self.stopping = False

    @Slot(str, int, int)
    def show_progress(self, stage: str, done: int, total: int) -> None:
        if not self.stopping:
            self.stage.setText(stage_text(stage, total))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)) if total else 1)

    def request_cancel(self) -> None:
        self.cancel_requested.emit()

    def show_stopping(self) -> None:
        """Cancel was asked for: the sync stops within a moment, without waiting for an answer."""
        self.stopping = True
        self.stage.setText(self.tr("Stopping safely…"))
        self.note.setText(self.tr("Nothing is lost: whatever the central store did not confirm "
                                  "goes up again next time, and is never applied twice."))
        self.cancel_button.setEnabled(False)

    def reject(self) -> None:
        # Escape or the close button hides the dialog; the sync carries on.
        self.hide()
