"""Moving to a new laptop from the app: File › Back up to…, and "Restore from a backup…" on
the first-run page.

Both run the command line's own service (``services.backup``) in the background: the backup
is written whole or not at all and audited; a restore goes only into a data folder that
holds no store, and refuses a file that is not a backup or a backup of another organisation.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.store.errors import StoreError
from keyworker_desktop.ui.announce import announce
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.lock_screen import add_field, message_label, show_message
from keyworker_desktop.ui.operations import describe_error, run_op, run_task
from keyworker_desktop.ui.passphrase_edit import PassphraseEdit

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.store.portable import Restored
    from keyworker_desktop.ui.shell import Shell


def choose_folder(parent: QWidget | None) -> Path | None:
    """The folder (a USB stick) the user picked for the backup; None if they cancelled."""
    chosen = QFileDialog.getExistingDirectory(
        parent, translate("BackupDialogs", "Back up to which folder or drive?"))
    return Path(chosen) if chosen else None


def choose_backup_file(parent: QWidget | None) -> Path | None:
    """The backup file the user picked; None if they cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, translate("BackupDialogs", "Choose the backup"), "",
        translate("BackupDialogs", "Keyworker backups (*.kwbackup);;All files (*)"))
    return Path(chosen) if chosen else None


def install_backup(shell: Shell) -> None:
    """File › Back up to… writes the encrypted backup while the store is open."""
    def start() -> None:
        back_up(shell.ctx, shell.window())

    shell.connect_action("backup", start)


def back_up(ctx: AppContext, parent: QWidget | None,
            folder: Path | None = None) -> QProgressDialog | None:
    """Ask for a folder (unless given) and write the backup there in the background; the
    window stays live behind a progress box, and the outcome is said in words."""
    folder = folder or choose_folder(parent)
    if folder is None or ctx.store is None:
        return None
    progress = QProgressDialog(translate(
        "BackupDialogs", "Writing the encrypted backup to {folder}…").format(folder=folder),
        "", 0, 0, parent)
    progress.setWindowTitle(translate("BackupDialogs", "Back up"))
    progress.setCancelButton(None)  # no button: the write is whole or not at all
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()

    def done(path: Path) -> None:
        progress.close()
        ctx.interaction.inform(parent, translate("BackupDialogs", "Backup written"), translate(
            "BackupDialogs",
            "The backup was written to {path}. It is encrypted with your passphrase: it "
            "opens only with that passphrase. To move to a new laptop, choose \"Restore from "
            "a backup…\" when Keyworker Desktop first starts there.").format(path=path))

    def failed(exc: BaseException) -> None:
        progress.close()
        ctx.interaction.warn(parent, translate("BackupDialogs", "Backup not written"),
                             describe_error(exc))

    def job(store: Store) -> Path:
        from keyworker_desktop.services.backup import back_up_into

        return back_up_into(store, folder)

    run_op(ctx, job, done, failed, label="backup", parent=parent)
    return progress


class RestoreDialog(QDialog):
    """Choose a backup file and type its passphrase; on success ``store`` and ``restored``
    hold the opened store and what was restored, and the dialog is accepted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store: Store | None = None
        self.restored: Restored | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Bring your records from your old laptop: choose the backup you made there "
            "(File › Back up to…) and type the passphrase you used on that laptop. The "
            "backup is restored into this laptop's data folder, which must not hold records "
            "yet."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("Backup file"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the backup file"))
        self.choose_button.clicked.connect(self.choose)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.file, 1)
        row_layout.addWidget(self.choose_button)
        self.file_message = message_label(self)
        add_field(layout, self.tr("Backup &file"), row, self.file_message).setBuddy(self.file)

        self.passphrase = PassphraseEdit(self)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the backup"))
        self.message = message_label(self, selectable=True)
        add_field(layout, self.tr("&Passphrase"), self.passphrase, self.message)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName(self.tr("Restore"))
        self.restore_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.file.setFocus()

    def choose(self) -> None:
        path = choose_backup_file(self)
        if path is not None:
            self.file.setText(str(path))
            self.passphrase.setFocus()

    def submit(self) -> None:
        """Check the form and restore in the background."""
        if not self.restore_button.isEnabled():
            return
        path_text = self.file.text().strip()
        passphrase = self.passphrase.text()
        show_message(self.file_message, "" if path_text else self.tr(
            "Choose the backup file first."))
        show_message(self.message, "" if passphrase or not path_text else self.tr(
            "Type the passphrase you used on your old laptop."))
        if not path_text or not passphrase:
            field = self.file if not path_text else self.passphrase
            field.setFocus()
            announce(self, (self.file_message.text() or self.message.text()), assertive=True)
            return
        self._set_busy(True)
        from keyworker_desktop.services.backup import restore_here

        job = functools.partial(restore_here, self.ctx.data_dir, Path(path_text), passphrase,
                                self.ctx.organisation or None)
        run_task(self.ctx, job, self._restored, self._failed, label="restore", owner=self)

    def _restored(self, result: tuple[Restored, Store]) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.restored, self.store = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.passphrase.setFocus()
        show_message(self.message, describe_error(exc) if isinstance(exc, StoreError)
                     else self.tr("The backup could not be restored. Nothing was changed; "
                                  "the details are in the log."))
        announce(self, self.message.text(), assertive=True)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.file, self.choose_button, self.passphrase, self.restore_button):
            widget.setEnabled(not busy)
        self.restore_button.setText(self.tr("Restoring…") if busy else self.tr("&Restore"))


def restored_message(restored: Restored) -> str:
    """What the keyworker is told once the backup is in place."""
    return translate(
        "BackupDialogs",
        "Your records are restored on this laptop. It registers with the central store at "
        "its next sync: ask your administrator to revoke the old laptop.") + (
        " " + translate("BackupDialogs", "Organisation: {organisation}.").format(
            organisation=restored.organisation) if restored.organisation else "")
