"""The lock screen: the passphrase, and clear words when unlocking cannot work.

Shows the app's name and the organisation (once known), nothing else: the
store's contents stay closed until the passphrase is right.
"""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.store.errors import (
    CorruptKeyFile,
    CorruptStore,
    StoreError,
    StoreMissing,
    TooManyAttempts,
    WrongPassphrase,
)
from keyworker_desktop.store.lockout import Lockout
from keyworker_desktop.ui import preload
from keyworker_desktop.ui.announce import announce
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import describe_error, run_task
from keyworker_desktop.ui.passphrase_edit import PassphraseEdit

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store


def centred_column(page: QWidget, width_chars: int = 60) -> QVBoxLayout:
    """Lay ``page`` out as one readable column in the middle, scrolling if space is short.

    Shared by the full-window pages of the shell (first run, lock). The width
    follows the font, so large type widens the column instead of clipping it.
    """
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    inner = QWidget(scroll)
    column = QWidget(inner)
    column.setMaximumWidth(page.fontMetrics().averageCharWidth() * width_chars)
    row = QHBoxLayout(inner)
    row.addStretch(1)
    row.addWidget(column, 100)
    row.addStretch(1)
    scroll.setWidget(inner)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    layout = QVBoxLayout(column)
    layout.setSpacing(page.fontMetrics().height())
    layout.addStretch(1)
    return layout


def add_field(layout: QVBoxLayout, caption: str, field: QWidget, *below: QWidget) -> QLabel:
    """A caption above its field and any messages below it, kept close together."""
    group = QVBoxLayout()
    group.setSpacing(max(2, field.fontMetrics().height() // 4))
    label = QLabel(caption, field.parentWidget())
    label.setBuddy(field)
    for widget in (label, field, *below):
        group.addWidget(widget)
    layout.addLayout(group)
    return label


def heading(text: str, parent: QWidget, scale: float = 1.8) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def message_label(parent: QWidget, role: str = "error", selectable: bool = False) -> QLabel:
    """An initially hidden line for a message, styled by its ``role``.

    ``selectable`` lets the user copy it (a file name to pass on); it can then
    take focus, so it is named for screen readers by :func:`show_message`.
    """
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setProperty("role", role)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(translate("LockScreen", "Problem"))
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    if text and label.focusPolicy() != Qt.FocusPolicy.NoFocus:
        label.setAccessibleName(text)


def open_store(root: Path, passphrase: str) -> Store:
    """The unlock job (in a worker): the store module may still be loading, see ui.preload."""
    preload.wait()
    from keyworker_desktop.store.database import Store

    # The daily backup runs after the screens' first loads (``AppContext.open_store``).
    return Store.open(root, passphrase, daily_backup=False)


class LockScreen(QWidget):
    """Asks for the passphrase; emits ``unlocked`` once ``ctx.store`` is open."""

    unlocked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._retry_deadline = 0.0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        layout = centred_column(self, 48)
        title = QVBoxLayout()
        title.addWidget(heading(self.tr("Keyworker Desktop"), self))
        self.organisation_label = QLabel(self)
        self.organisation_label.setWordWrap(True)
        title.addWidget(self.organisation_label)
        layout.addLayout(title)
        self.intro = QLabel(self.tr("Your records are locked. Enter your passphrase to open them."),
                            self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.passphrase = PassphraseEdit(self)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.message = message_label(self)
        add_field(layout, self.tr("&Passphrase"), self.passphrase, self.message)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        self.problem = message_label(self, selectable=True)
        self.restore_help = message_label(self, role="help", selectable=True)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.restore_help)
        layout.addStretch(2)

    def prepare(self) -> None:
        """Clear what was typed and put the cursor in the passphrase field."""
        self.passphrase.clear()
        org = self.ctx.organisation
        self.organisation_label.setText(org)
        self.organisation_label.setVisible(bool(org))
        self.passphrase.setFocus()

    def unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            show_message(self.message, self.tr("Type your passphrase first."))
            announce(self, self.message.text(), assertive=True)
            return
        self._set_busy(True)
        for label in (self.message, self.problem, self.restore_help):
            show_message(label, "")
        root = self.ctx.data_dir
        run_task(self.ctx, lambda: open_store(root, passphrase), self._opened, self._failed,
                 label="unlock", owner=self)

    def _opened(self, store: Store) -> None:
        self.passphrase.clear()
        self._set_busy(False)
        self.ctx.open_store(store)
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(exc, TooManyAttempts):
            self.passphrase.clear()
            self._start_countdown(exc.retry_after)
        elif isinstance(exc, WrongPassphrase):
            self.passphrase.clear()
            show_message(self.message, exc.message)
            # After a few misses the next try must wait: say so now, not after it.
            wait = Lockout(self.ctx.paths.attempts).wait_remaining()
            if wait > 0:
                self._start_countdown(wait)
        elif isinstance(exc, CorruptStore | CorruptKeyFile | StoreMissing):
            show_message(self.problem, exc.message)
            show_message(self.restore_help, self._restore_help())
        elif isinstance(exc, StoreError):
            show_message(self.message, exc.message)
        else:
            show_message(self.problem, describe_error(exc))
        # The focus stays in the passphrase field: say what went wrong.
        announce(self, " ".join(label.text() for label in (self.message, self.problem)
                                if not label.isHidden()), assertive=True)

    def _restore_help(self) -> str:
        backups = self.ctx.paths.backups
        return self.tr(
            "How to restore a backup: close Keyworker Desktop, then run "
            "'keyworker restore' in a terminal and choose the newest backup. Backups are "
            "kept in {folder}. If you are not sure, ask your IT support before changing any "
            "file: nothing has been deleted."
        ).format(folder=backups)

    def _set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("&Unlock"))

    def _start_countdown(self, retry_after: float) -> None:
        self._retry_deadline = time.monotonic() + retry_after
        self.unlock_button.setEnabled(False)
        self._countdown.start()
        self._tick()

    def _tick(self) -> None:
        remaining = math.ceil(self._retry_deadline - time.monotonic())
        if remaining <= 0:
            self._countdown.stop()
            self.unlock_button.setEnabled(True)
            show_message(self.message, self.tr("You can try again now."))
            announce(self, self.message.text())
            self.passphrase.setFocus()
            return
        show_message(self.message, self.tr(
            "That passphrase is not right. To keep your records safe, you can try again "
            "in {seconds} seconds."
        ).format(seconds=remaining))
