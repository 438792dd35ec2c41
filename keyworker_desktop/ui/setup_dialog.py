"""First run: who you are, a passphrase, and (if wanted) the fictional demo caseload."""

from __future__ import annotations

import functools
import importlib
import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.store.keys import MIN_PASSPHRASE_LENGTH
from keyworker_desktop.ui import preload
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.lock_screen import (
    add_field,
    centred_column,
    heading,
    message_label,
    show_message,
)
from keyworker_desktop.ui.operations import describe_error, run_task
from keyworker_desktop.ui.passphrase_edit import PassphraseEdit

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.backup_dialogs import RestoreDialog

log = logging.getLogger(__name__)

DEMO_MODULE = "keyworker_desktop.services.demo"


def passphrase_strength(passphrase: str) -> str:
    """``"weak"``, ``"fair"`` or ``"strong"`` from length, word count and character variety.

    A rough guide for the hint, not a security boundary: the store's key
    derivation and the attempt limit do the real work.
    """
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return "weak"
    words = [w for w in re.split(r"[\s\-_.,]+", passphrase) if w]
    variety = sum(
        bool(re.search(pattern, passphrase))
        for pattern in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]")
    )
    score = sum((len(passphrase) >= 12, len(passphrase) >= 16, len(words) >= 2, len(words) >= 3,
                 variety >= 3))
    if score >= 4:
        return "strong"
    return "fair" if score >= 2 else "weak"


@dataclass(frozen=True)
class SetupResult:
    store: Store
    demo_added: bool


def create_store(
    root: Path, *, user_name: str, organisation: str, passphrase: str, with_demo: bool,
    kdf: dict[str, Any] | None, today: date,
) -> SetupResult:
    """Create the store (in a worker) and add the demo caseload if asked.

    A demo that cannot be added does not undo the store: the keyworker can
    still start recording.
    """
    preload.wait()  # the store module may still be loading in the background
    from keyworker_desktop.store.database import Store

    store = Store.create(root, passphrase, user_name=user_name, organisation=organisation, kdf=kdf)
    if not with_demo:
        return SetupResult(store, False)
    try:
        demo = importlib.import_module(DEMO_MODULE)
        with store.transaction() as session:
            demo.populate_demo(session, today=today)
    except Exception:
        log.error("Could not add the demo caseload", exc_info=True)
        return SetupResult(store, False)
    return SetupResult(store, True)


class SetupPage(QWidget):
    """The first-run page; emits ``store_created`` once ``ctx.store`` is open."""

    store_created = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = centred_column(self, 64)
        layout.addWidget(heading(self.tr("Welcome to Keyworker Desktop"), self))
        intro = QLabel(self.tr(
            "Everything you record is kept on this laptop, encrypted with a passphrase that "
            "only you know. Choose one you will remember: if it is forgotten, the records on "
            "this laptop cannot be opened (anything already synced stays safe centrally)."
        ), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.name_message = message_label(self)
        self.name = self._field(layout, self.tr("Your &name"), self.tr("Your name"),
                                self.name_message)
        self.organisation = self._field(layout, self.tr("&Organisation"),
                                        self.tr("Organisation"))
        self.strength = message_label(self, role="hint")
        self.strength.show()
        self.passphrase_message = message_label(self)
        self.passphrase = self._field(layout, self.tr("&Passphrase"), self.tr("Passphrase"),
                                      self.strength, self.passphrase_message, secret=True)
        self.repeat_message = message_label(self)
        self.repeat = self._field(layout, self.tr("Type the passphrase &again"),
                                  self.tr("Passphrase again"), self.repeat_message, secret=True)

        self.demo = QCheckBox(
            self.tr("Add the fictional &demo caseload so I can try things out"), self)
        self.demo.setAccessibleName(self.tr("Add the fictional demo caseload"))
        self.demo.setChecked(True)
        layout.addWidget(self.demo)

        self.create_button = QPushButton(self.tr("&Create my store"), self)
        self.create_button.setAccessibleName(self.tr("Create my store"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        # A keyworker moving laptops brings their records instead of starting afresh.
        self.restore_button = QPushButton(self.tr("Res&tore from a backup…"), self)
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        self.restore_button.clicked.connect(self.open_restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.problem = message_label(self, selectable=True)
        layout.addWidget(self.problem)
        layout.addStretch(2)

        self.passphrase.textChanged.connect(self._update_strength)
        for field in (self.name, self.organisation, self.passphrase, self.repeat):
            field.returnPressed.connect(self.submit)
        self._update_strength()

    def _field(self, layout: QVBoxLayout, caption: str, name: str, *below: QLabel,
               secret: bool = False) -> QLineEdit:
        field = PassphraseEdit(self) if secret else QLineEdit(self)
        field.setAccessibleName(name)
        add_field(layout, caption, field, *below)
        return field

    def _update_strength(self) -> None:
        words = {
            "weak": self.tr("weak"), "fair": self.tr("fair"), "strong": self.tr("strong"),
        }
        advice = self.tr("Three random words make a strong passphrase, e.g. "
                         "“pebble lantern thursday” (choose your own).")
        text = self.passphrase.text()
        if text:
            strength = words[passphrase_strength(text)]
            advice = self.tr("Strength: {strength}. ").format(strength=strength) + advice
        self.strength.setText(advice)

    def _validate(self) -> bool:
        name_problem = "" if self.name.text().strip() else self.tr(
            "Enter your name: it is written on the notes you sign.")
        show_message(self.name_message, name_problem)
        passphrase = self.passphrase.text()
        short = len(passphrase) < MIN_PASSPHRASE_LENGTH
        show_message(self.passphrase_message, self.tr(
            "Use at least {count} characters. Three random words are easy to remember and "
            "hard to guess."
        ).format(count=MIN_PASSPHRASE_LENGTH) if short else "")
        mismatch = not short and self.repeat.text() != passphrase
        show_message(self.repeat_message, self.tr(
            "The two passphrases are not the same. Type them again.") if mismatch else "")
        for field, problem in ((self.name, name_problem), (self.passphrase, short),
                               (self.repeat, mismatch)):
            if problem:
                field.setFocus()
                return False
        return True

    def submit(self) -> None:
        """Check the form and, if it is right, create the store in the background."""
        if not self.create_button.isEnabled() or not self._validate():
            return
        self._set_busy(True)
        show_message(self.problem, "")
        job = functools.partial(
            create_store, self.ctx.data_dir,
            user_name=self.name.text().strip(),
            organisation=self.organisation.text().strip(),
            passphrase=self.passphrase.text(),
            with_demo=self.demo.isChecked(),
            kdf=self.ctx.kdf,
            today=self.ctx.today(),
        )
        run_task(self.ctx, job, self._created, self._failed, label="create store", owner=self)

    def _created(self, result: SetupResult) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self._set_busy(False)
        if self.demo.isChecked() and not result.demo_added:
            self.ctx.interaction.inform(self, self.tr("Demo caseload"), self.tr(
                "The demo caseload could not be added. Your store is ready and you can "
                "start recording."))
        self.ctx.organisation = self.organisation.text().strip()
        self.ctx.open_store(result.store)
        self.store_created.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_message(self.problem, describe_error(exc))

    def open_restore(self) -> RestoreDialog:
        """"Restore from a backup…": the dialog, opened over this page."""
        from keyworker_desktop.ui.backup_dialogs import RestoreDialog

        dialog = RestoreDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._restored(dialog))
        dialog.open()
        return dialog

    def _restored(self, dialog: RestoreDialog) -> None:
        from keyworker_desktop.ui.backup_dialogs import restored_message

        if dialog.store is None or dialog.restored is None:
            return
        self.ctx.organisation = dialog.restored.organisation
        self.ctx.open_store(dialog.store)
        self.store_created.emit()
        self.ctx.interaction.inform(self, self.tr("Backup restored"),
                                    restored_message(dialog.restored))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.name, self.organisation, self.passphrase, self.repeat, self.demo,
                       self.create_button, self.restore_button):
            widget.setEnabled(not busy)
        self.create_button.setText(
            self.tr("Setting up…") if busy else self.tr("&Create my store"))
