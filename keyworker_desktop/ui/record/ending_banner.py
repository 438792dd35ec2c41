"""Under the record's header: "End involvement…" while open; once closed, a banner
"Closed on … (reason)" with "Reopen…" (a reason is required to reopen)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.services import ending
from keyworker_desktop.services.ending import Closure
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.opchanges import OpChanges, Written
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.record.common import (
    ErrorLabel,
    FieldErrors,
    OptionalDateEdit,
    add_row,
    name_buttons,
    new_form,
    read_job,
    show_date,
    show_error,
)

ENTITIES = ("young_person", "ending")


class ReopenDialog(QDialog):
    """Why and when the involvement reopens; saves, then closes itself."""

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.young_person_id = young_person_id
        self.setObjectName("reopen_involvement")
        self.setWindowTitle(self.tr("Reopen involvement"))
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        form = new_form()
        self.reason = QLineEdit()
        add_row(form, self.tr("&Reason for reopening (required)"), self.reason, self.errors,
                "reopen_reason")
        self.reopened_on = OptionalDateEdit()
        self.reopened_on.set_value(ctx.today())
        add_row(form, self.tr("Reopening &date"), self.reopened_on, self.errors, "reopened_on")
        self.buttons = QDialogButtonBox()
        self.reopen_button = self.buttons.addButton(self.tr("Re&open"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.reopen_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        name_buttons(self)
        self.reason.setFocus()

    def submit(self) -> None:
        reason, today, yp_id = self.reason.text(), self.ctx.today(), self.young_person_id
        on: date = self.reopened_on.value() or today

        def failed(exc: BaseException) -> None:
            self.reopen_button.setEnabled(True)
            show_error(self.ctx, self, exc, self.errors)
            if isinstance(exc, ValidationError):
                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(
                    self, " ".join(p.message for p in exc.problems)))

        def write(session: Session) -> None:
            ending.reopen_involvement(session, yp_id, reason=reason, reopened_on=on,
                                      today=today)

        def done(_written: Written[None]) -> None:
            self.reopen_button.setEnabled(True)
            self.accept()

        self.reopen_button.setEnabled(False)
        run_op(self.ctx, lambda store: store.write(write, young_person_id=yp_id), done, failed,
               owner=self, parent=self, label="reopen involvement", initiator=self)


class EndingBar(QWidget):
    """The record's ending line: a button while open, the closed banner once closed."""

    #: "End involvement…" was pressed.
    end_requested = Signal()

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.young_person_id = young_person_id
        self.closure: Closure | None = None
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #e8e8e8; color: #1a1a1a; border: 2px solid "
                                  "#555; padding: 0.4em; font-weight: bold;")
        self.banner.hide()
        self.reopen_button = QPushButton(self.tr("Re&open…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen involvement"))
        self.reopen_button.clicked.connect(self.reopen)
        self.reopen_button.hide()
        self.end_button = QPushButton(self.tr("&End involvement…"))
        self.end_button.setAccessibleName(self.tr("End involvement"))
        self.end_button.clicked.connect(self.end_requested)
        self.end_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner, 1)
        layout.addWidget(self.reopen_button)
        layout.addStretch(0)
        layout.addWidget(self.end_button)
        self.dialog: ReopenDialog | None = None
        ctx.hub.changes_applied.connect(self.on_changes_applied)
        self.load()

    def load(self) -> None:
        if self.ctx.store is None:
            return
        yp_id = self.young_person_id
        run_op(self.ctx, read_job(lambda s: ending.closure(s, yp_id)), self.show_closure,
               owner=self, parent=self, label="closure")

    def show_closure(self, closure: Closure | None) -> None:
        was = self.closure
        self.closure = closure
        if closure is not None:
            text = self.tr("Closed on {on} ({reason})").format(on=show_date(closure.closed_on),
                                                          reason=closure.reason)
            self.banner.setText(text)
            self.banner.setAccessibleName(text)
            if was is None:
                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))
        self.banner.setVisible(closure is not None)
        self.reopen_button.setVisible(closure is not None)
        self.end_button.setVisible(closure is None)

    def reopen(self) -> None:
        self.dialog = ReopenDialog(self.ctx, self.young_person_id, self.window())
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    @Slot(object, object)
    def on_changes_applied(self, changes: OpChanges, _initiator: object | None) -> None:
        if changes.removes(self.young_person_id):
            return
        if changes.touches_young_person(self.young_person_id) and (
                changes.everything or changes.touches(*ENTITIES)):
            self.load()
