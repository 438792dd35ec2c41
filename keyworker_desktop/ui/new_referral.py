"""Plug "New referral…" into the main window: its action (Ctrl+Shift+R) opens the form.

Imported while the app starts, so it imports Qt only: the form and the referral
service load when the lock screen waits (``preload_modules``) or on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt

if TYPE_CHECKING:
    from keyworker_desktop.ui.referral_dialog import ReferralDialog
    from keyworker_desktop.ui.shell import Shell

ACTION = "new_referral"
DIALOG_MODULE = "keyworker_desktop.ui.referral_dialog"


class ReferralInstall(QObject):
    """Opens one referral form at a time over the window; what it makes opens as a record."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.dialog: ReferralDialog | None = None
        shell.connect_action(ACTION, self.open_dialog)
        shell.preload_modules.append(DIALOG_MODULE)

    def open_dialog(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog) \
                and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        from keyworker_desktop.ui.referral_dialog import ReferralDialog

        dialog = ReferralDialog(self.shell.ctx, self.shell.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.referral_taken.connect(self.shell.record_requested)
        dialog.record_requested.connect(self.shell.record_requested)
        self.dialog = dialog
        dialog.open()


def install_new_referral(shell: Shell) -> ReferralInstall:
    """Add "New referral…" to the window (once)."""
    return ReferralInstall(shell)
