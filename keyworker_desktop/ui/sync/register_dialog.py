"""The first "Sync now": the central store's address, a user name and a password.

The dialog only collects and checks what was typed; the controller registers
the laptop in the background and calls :meth:`RegisterDialog.show_error` or
accepts it. The password is handed on once and cleared from the field: it is
never stored (the central store gives the laptop a token instead).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.ui.lock_screen import add_field, message_label, show_message
from keyworker_desktop.ui.passphrase_edit import PassphraseEdit
from keyworker_desktop.ui.sync import name_buttons


class RegisterDialog(QDialog):
    """Asks where the central store is and who is signing in."""

    submitted = Signal(str, str, str)  # address, user name, password

    def __init__(self, url: str = "", user: str = "", message: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to the central store"))
        self.setModal(True)
        intro = QLabel(self.tr(
            "To sync, this laptop is registered once with your organisation's central "
            "store. Your password is used for that only and is not kept on this laptop."))
        intro.setWordWrap(True)
        self.address = QLineEdit(url)
        self.address.setPlaceholderText("https://central.example.org")
        self.user = QLineEdit(user)
        self.password = PassphraseEdit()
        self.error = message_label(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(intro)
        for caption, field, name in (
            (self.tr("Central store address"), self.address, self.tr("Central store address")),
            (self.tr("Your user name on the central store"), self.user, self.tr("User name")),
            (self.tr("Password"), self.password, self.tr("Password")),
        ):
            field.setAccessibleName(name)
            add_field(layout, caption, field)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.register_button = self.buttons.addButton(
            self.tr("Register and sync"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.register_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.show_error(message)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        name_buttons(self)
        (self.password if url and user else self.address if not url else self.user).setFocus()

    def submit(self) -> None:
        """Check what was typed, then hand it to whoever registers (the controller)."""
        from keyworker_desktop.sync.client import SyncError, check_server_url

        url = self.address.text().strip()
        user = self.user.text().strip()
        password = self.password.text()
        if not url:
            self._fail(self.tr("Type the central store's address (it starts with https://)."),
                       self.address)
            return
        if "://" not in url:
            url = "https://" + url
        try:
            url = check_server_url(url)
        except SyncError as exc:
            self._fail(exc.message, self.address)
            return
        if not user:
            self._fail(self.tr("Type your user name on the central store."), self.user)
            return
        if not password:
            self._fail(self.tr("Type your password."), self.password)
            return
        self.address.setText(url)
        self.password.clear()
        self.set_busy(True)
        show_message(self.error, "")
        self.submitted.emit(url, user, password)

    def _fail(self, text: str, field: QLineEdit) -> None:
        self.show_error(text)
        field.setFocus()

    def show_error(self, text: str) -> None:
        """Say what went wrong (a refused password, no connection) and let the user retry."""
        self.set_busy(False)
        show_message(self.error, text)
        if text:
            self.password.setFocus()
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Taller, if the message needs it: a window does not grow for a label that wraps."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        wanted = layout.totalHeightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.address, self.user, self.password, self.register_button):
            widget.setEnabled(not busy)
        self.register_button.setText(self.tr("Registering…") if busy
                                     else self.tr("Register and sync"))
