"""New referral: a young person and their Dynamic Support Register entry, in one form.

Issue 11 section 1. Saving runs in two background steps: first the referral is
checked and the store asked whether this young person is held already (same NHS
number, or same name and date of birth), then it is taken. A young person held
already is named, with the choice to open their record or add this one anyway;
nothing is written until the keyworker says so. On success the new record opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import LivingSituation
from keyworker_desktop.services.referrals import (
    Referral,
    check_referral,
    known_already,
    take_referral,
)
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import raise_for
from keyworker_desktop.store.opchanges import Written
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.record.common import (
    ErrorLabel,
    FieldErrors,
    TextBox,
    add_row,
    name_buttons,
    new_form,
    show_date,
    show_error,
)
from keyworker_desktop.ui.record.date_entry import TypedDateEdit

W = TypeVar("W", bound=QWidget)

@dataclass(frozen=True)
class Held:
    """A young person the store holds already who may be this referral's."""

    id: str
    name: str
    date_of_birth: date | None
    nhs_number: str


@dataclass(frozen=True)
class Checked:
    """The first step's answer: warnings to show, and who is held already."""

    warnings: list[Problem]
    held: list[Held]


class ReferralDialog(QDialog):
    """The "New referral" form; emits :attr:`referral_taken` or :attr:`record_requested`."""

    #: The young person made (their id), after the dialog has closed.
    referral_taken = Signal(str)
    #: Open this young person's record instead (held already).
    record_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("new_referral")
        self.setWindowTitle(self.tr("New referral"))
        self.setAccessibleName(self.tr("New referral"))
        self.setAccessibleDescription(self.tr(
            "The young person, who referred them, when and why. Saving adds them to "
            "the Dynamic Support Register as referred."))
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.form = new_form()

        self.given_name = self._field("given_name", self.tr("&First name"), QLineEdit())
        self.family_name = self._field("family_name", self.tr("Fa&mily name"), QLineEdit())
        self.preferred_name = self._field("preferred_name", self.tr("&Preferred name"),
                                          QLineEdit())
        self.date_of_birth = self._field("date_of_birth", self.tr("&Date of birth"),
                                         TypedDateEdit())
        self.nhs_number = self._field("nhs_number", self.tr("&NHS number"), QLineEdit())
        self.nhs_number.setPlaceholderText(self.tr("10 digits, for example 943 476 5919"))
        self.living_situation = self._field("living_situation", self.tr("&Where they live"),
                                            QComboBox())
        for value, label in LivingSituation.choices():
            self.living_situation.addItem(label, value)
        self.living_situation.view().setAccessibleName(self.tr("Where they live: the choices"))
        self.placement_name = self._field("placement_name", self.tr("Placement or &unit name"),
                                          QLineEdit())
        self.address = self._field("address", self.tr("&Address"), TextBox(lines=2))
        self.referred_by = self._field("referred_by", self.tr("&Referred by"), QLineEdit())
        self.referred_by.setPlaceholderText(self.tr("Name and role or service"))
        self.referred_on = self._field("referred_on", self.tr("Referred &on"), TypedDateEdit())
        self.referred_on.set_value(ctx.today())
        self.reason = self._field("reason", self.tr("Reason for the r&eferral"),
                                  TextBox(lines=4))

        self.body = QWidget()
        self.body.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        hint = QLabel(self.tr("Dates as day/month/year, for example 14/03/2012, "
                              "or pick one from the calendar (Alt+Down)."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Take referral"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        name_buttons(self)
        self._untouched = self.referral()
        self.given_name.setFocus()

    def _field(self, name: str, text: str, widget: W) -> W:
        label = add_row(self.form, text, widget, self.errors, name)
        # A wrapped label is measured narrow and its first line clipped; the form puts a
        # label too long for the window above its field instead (WrapLongRows).
        label.setWordWrap(False)
        return widget

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Room for the whole form (whatever the text size), within the screen."""
        hint = self.body.sizeHint()
        extra = self.buttons.sizeHint().height() + self.fontMetrics().lineSpacing() * 5
        # Wide enough that no label wraps and a long name or referrer fits.
        width = max(hint.width(), self.fontMetrics().averageCharWidth() * 64)
        wanted = QSize(width + self.fontMetrics().averageCharWidth() * 6, hint.height() + extra)
        return wanted.boundedTo(self.screen().availableGeometry().size() * 0.9)

    def open(self) -> None:
        self.resize(self.sizeHint())
        super().open()

    # -- reading the form -----------------------------------------------------------
    def referral(self) -> Referral:
        """What the form says now (read on the main thread)."""
        return Referral(
            given_name=self.given_name.text(), family_name=self.family_name.text(),
            preferred_name=self.preferred_name.text(),
            date_of_birth=self.date_of_birth.value(), nhs_number=self.nhs_number.text(),
            living_situation=str(self.living_situation.currentData()),
            address=self.address.toPlainText(), placement_name=self.placement_name.text(),
            referred_by=self.referred_by.text(), referred_on=self.referred_on.value(),
            reason=self.reason.toPlainText())

    def is_changed(self) -> bool:
        return self.referral() != self._untouched

    # -- saving -------------------------------------------------------------------------
    def submit(self) -> None:
        """Check the referral and look for the young person; take it if all is well."""
        referral, today = self.referral(), self.ctx.today()

        def job(store: Store) -> Checked:
            warnings = raise_for(check_referral(referral, today))
            with store.session() as session:
                held = [Held(yp.id, f"{yp.given_name} {yp.family_name}", yp.date_of_birth,
                             yp.nhs_number) for yp in known_already(session, referral)]
            return Checked(warnings, held)

        self.save_button.setEnabled(False)
        run_op(self.ctx, job, lambda checked: self._checked(referral, checked), self._failed,
               owner=self, parent=self, label="check referral")

    def _checked(self, referral: Referral, checked: Checked) -> None:
        self.errors.clear()
        if checked.warnings:
            self.errors.show_problems([(p.field, p.message, True) for p in checked.warnings])
            if not self.ctx.interaction.confirm(self, self.tr("Please check"), self.tr(
                    "{problems}\n\nTake the referral anyway?").format(
                    problems=" ".join(p.message for p in checked.warnings))):
                self.save_button.setEnabled(True)
                return
        if checked.held and not self._add_anyway(checked.held):
            return
        self._take(referral)

    def _add_anyway(self, held: list[Held]) -> bool:
        """Ask what to do about a young person held already; False if not to add."""
        people = "\n".join(self._describe(h) for h in held)
        open_record = self.tr("Open their record")
        add_anyway = self.tr("This is someone else \u2014 add anyway")
        cancel = self.tr("Cancel")
        text = (self.tr("This young person may be held already:") if len(held) == 1 else
                self.tr("These young people may be this one:"))
        answer = self.ctx.interaction.ask(self, self.tr("Held already?"),
                                          f"{text}\n\n{people}",
                                          [open_record, add_anyway, cancel])
        if answer == add_anyway:
            return True
        self.save_button.setEnabled(True)
        if answer == open_record:
            # Nothing typed here is kept: the record held already is the one to work in.
            self.accept()
            self.record_requested.emit(held[0].id)
        return False

    def _describe(self, held: Held) -> str:
        born = show_date(held.date_of_birth) or self.tr("not recorded")
        if held.nhs_number:
            return self.tr("{name}, born {born}, NHS number {nhs}").format(
                name=held.name, born=born, nhs=held.nhs_number)
        return self.tr("{name}, born {born}, no NHS number recorded").format(
            name=held.name, born=born)

    def _take(self, referral: Referral) -> None:
        today = self.ctx.today()

        def job(store: Store) -> Written[str]:
            return store.write(lambda s: take_referral(s, referral, today).young_person.id)

        run_op(self.ctx, job, self._taken, self._failed, owner=self, parent=self,
               label="take referral", initiator=self)

    def _taken(self, written: Written[str]) -> None:
        self.save_button.setEnabled(True)
        self.errors.clear()
        self.accept()
        self.referral_taken.emit(written.value)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self.ctx, self, exc, self.errors)  # announces the problems, too

    # -- leaving --------------------------------------------------------------------------
    def cancel(self) -> None:
        """Escape, Cancel or closing the window: ask first if anything was typed."""
        if not self.is_changed() or self.ctx.interaction.confirm(
                self, self.tr("Discard this referral?"),
                self.tr("What you typed for this referral will not be kept.")):
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # QDialog rejects on Escape itself; reject() stays unasked for the window's lock.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        event.ignore()
        self.cancel()
