"""End involvement: step-down plan, handover, transition checklist, summary, closing.

Issue 11 section 5 (seeds 000 and 002), as one dialog of numbered parts done in any
order: each part saves on its own button, so a plan agreed this week and a closure next
half term are two visits to the same dialog. A handover is recorded only when the family
said yes (``services.handover.record_handover`` says why otherwise). Closing needs a
reason; the record then shows a "Closed on …" banner with "Reopen…".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from keyworker_desktop.services import ending, handover
from keyworker_desktop.services.handover import EndingState
from keyworker_desktop.services.handover_summary import handover_pdf
from keyworker_desktop.services.plans import write_file_atomically
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.opchanges import Written
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.record.common import (
    ErrorLabel,
    FieldErrors,
    OptionalDateEdit,
    TextBox,
    add_row,
    name_buttons,
    new_form,
    read_job,
    show_date,
    show_error,
)

T = TypeVar("T")
W = TypeVar("W", bound=QWidget)




#: The family's answer about handing over, as the permission box offers it.
PERMISSION_CHOICES: tuple[tuple[bool | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("EndingDialog", "Not asked yet")),
    (True, QT_TRANSLATE_NOOP("EndingDialog", "Yes, the family gave permission")),
    (False, QT_TRANSLATE_NOOP("EndingDialog", "No, the family did not give permission")),
)


def _left(button: QPushButton) -> QWidget:
    """A button at its own size on the left of a form row, as the other parts have them."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(button)
    layout.addStretch(1)
    return row


def documents_folder() -> Path:
    """Where "Save the handover summary" starts (as the easy-read plan's Save as PDF)."""
    from keyworker_desktop.ui.print_dialog import documents_folder as folder

    return folder()


class EndInvolvementDialog(QDialog):
    """The parts of ending involvement; emits :attr:`closed` once the closure is saved."""

    #: The young person's involvement was closed here.
    closed = Signal()

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.young_person_id = young_person_id
        self.state: EndingState | None = None
        self.setObjectName("end_involvement")
        self.setWindowTitle(self.tr("End involvement"))
        self.setAccessibleName(self.tr("End involvement"))
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What was done"))
        self.intro = QLabel(self.tr("Each part saves on its own button, in any order. Hand over to "
                               "the next keyworker by the end of the half term after the young "
                                    "person leaves, with the family's permission."))
        self.intro.setWordWrap(True)

        body = QWidget()
        parts = QVBoxLayout(body)
        parts.addWidget(self._plan_part())
        parts.addWidget(self._handover_part())
        parts.addWidget(self._transition_part())
        parts.addWidget(self._summary_part())
        parts.addWidget(self._close_part())
        parts.addStretch(1)
        self.body = body
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area = scroll
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        name_buttons(self)
        self._enable(False)
        self.load()

    # -- building ---------------------------------------------------------------------
    def _field(self, form_field: str, text: str, widget: W, form: QFormLayout) -> W:
        label = add_row(form, text, widget, self.errors, form_field)
        # A wrapped label is measured narrow and its first line clipped; the form puts a
        # label too long for the window above its field instead (as the referral form).
        label.setWordWrap(False)
        return widget

    def _plan_part(self) -> QGroupBox:
        box = QGroupBox(self.tr("1. Step-down plan"))
        form = new_form()
        self.plan = self._field("step_down_plan", self.tr("Step-down &plan"), TextBox(lines=4),
                                form)
        self.plan.setPlaceholderText(self.tr("Who steps up, what continues for the family (for "
                                             "example peer support), and when contact ends."))
        self.save_plan_button = QPushButton(self.tr("&Save the step-down plan"))
        self.save_plan_button.clicked.connect(self.save_plan)
        form.addRow(_left(self.save_plan_button))
        box.setLayout(form)
        return box

    def _handover_part(self) -> QGroupBox:
        box = QGroupBox(self.tr("2. Handover to the next keyworker"))
        form = new_form()
        self.handover_to = self._field("handover_to", self.tr("Hand over &to"), QComboBox(), form)
        self.handover_to.setEditable(True)
        self.handover_to.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.handover_to.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("A colleague from the list, or type a name"))
            line.setAccessibleName(self.tr("Hand over to"))
        self.handover_to.view().setAccessibleName(self.tr("Hand over to: colleagues"))
        self.handover_on = self._field("handover_on", self.tr("Handover &date"), OptionalDateEdit(),
                                       form)
        self.handover_on.set_value(self.ctx.today())
        self.permission = self._field("family_permission_for_handover",
                                      self.tr("Family's per&mission"), QComboBox(), form)
        for value, label in PERMISSION_CHOICES:
            self.permission.addItem(translate("EndingDialog", label), value)
        self.permission.view().setAccessibleName(self.tr("Family's permission: the choices"))
        self.handover_state = QLabel()
        self.handover_state.setWordWrap(True)
        self.handover_state.setAccessibleName(self.tr("Handover recorded"))
        self.record_handover_button = QPushButton(self.tr("&Record the handover"))
        self.record_handover_button.clicked.connect(self.record_handover)
        form.addRow(self.handover_state)
        form.addRow(_left(self.record_handover_button))
        box.setLayout(form)
        return box

    def _transition_part(self) -> QGroupBox:
        box = QGroupBox(self.tr("3. Transition checklist"))
        layout = QVBoxLayout(box)
        self.transition_state = QLabel()
        self.transition_state.setWordWrap(True)
        self.transition_state.setAccessibleName(self.tr("Transition checklist"))
        self.apply_button = QPushButton(self.tr("&Apply the transition checklist"))
        self.apply_button.clicked.connect(self.apply_transition)
        layout.addWidget(self.transition_state)
        layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _summary_part(self) -> QGroupBox:
        box = QGroupBox(self.tr("4. Handover summary"))
        layout = QVBoxLayout(box)
        note = QLabel(self.tr("A PDF of what the next keyworker needs. The saved copy is not "
                              "encrypted: keep it safe and delete it once handed over."))
        note.setWordWrap(True)
        self.summary_button = QPushButton(self.tr("Save the handover s&ummary as PDF…"))
        self.summary_button.clicked.connect(self.save_summary)
        layout.addWidget(note)
        layout.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _close_part(self) -> QGroupBox:
        box = QGroupBox(self.tr("5. Close involvement"))
        form = new_form()
        self.close_state = QLabel()
        self.close_state.setWordWrap(True)
        self.close_state.setAccessibleName(self.tr("Closure"))
        form.addRow(self.close_state)
        self.reason = self._field("reason", self.tr("Reason for &closing (required)"), QLineEdit(),
                                  form)
        self.outcome = self._field("outcome", self.tr("&Outcome"), TextBox(lines=3), form)
        self.closed_on = self._field("closed_on", self.tr("Closing dat&e"), OptionalDateEdit(),
                                     form)
        self.closed_on.set_value(self.ctx.today())
        self.close_button = QPushButton(self.tr("C&lose involvement"))
        self.close_button.clicked.connect(self.close_involvement)
        form.addRow(_left(self.close_button))
        box.setLayout(form)
        self.close_box = box
        return box

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self.body.sizeHint()
        width = max(hint.width(), self.fontMetrics().averageCharWidth() * 90)
        wanted = QSize(width + self.fontMetrics().averageCharWidth() * 6,
                       hint.height() + self.fontMetrics().lineSpacing() * 8)
        return wanted.boundedTo(self.screen().availableGeometry().size() * 0.9)

    def open(self) -> None:
        self.resize(self.sizeHint())
        super().open()

    # -- leaving ----------------------------------------------------------------------
    def unsaved(self) -> bool:
        """Something typed that its part's button has not saved."""
        state = self.state
        if state is None:
            return False
        return (self.plan.toPlainText().strip() != state.step_down_plan
                or (state.closure is None
                    and bool(self.reason.text().strip() or self.outcome.toPlainText().strip())))

    def cancel(self) -> None:
        """Close, Escape or the window's close box: ask first if something is not saved."""
        if not self.unsaved() or self.ctx.interaction.confirm(
                self, self.tr("Leave without saving?"),
                self.tr("Something typed here is not saved yet. Each part saves on its own "
                        "button. Leave anyway?")):
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

    # -- loading ----------------------------------------------------------------------
    def load(self) -> None:
        if self.ctx.store is None:
            return
        yp_id = self.young_person_id
        run_op(self.ctx, read_job(lambda s: handover.ending_state(s, yp_id)), self.show_state,
               owner=self, parent=self, label="ending state")

    def show_state(self, state: EndingState) -> None:
        first = self.state is None
        self.state = state
        self.setWindowTitle(self.tr("End involvement: {name}").format(name=state.name))
        if first:
            self.plan.setPlainText(state.step_down_plan)
            self.handover_to.clear()
            self.handover_to.addItems(list(state.staff_names))
            self.handover_to.setCurrentText(state.handover_to)
            if state.handover_on is not None:
                self.handover_on.set_value(state.handover_on)
            if state.handover_recorded:
                self.permission.setCurrentIndex(self.permission.findData(True))
        if state.handover_recorded:
            self.handover_state.setText(self.tr("Recorded: handover to {to} on {on}, with the "
                                                "family's permission.").format(
                to=state.handover_to, on=show_date(state.handover_on)))
        else:
            self.handover_state.setText(self.tr("No handover recorded yet."))
        if state.leaving_date is None:
            text = self.tr("No leaving date recorded: add it on the Profile tab, then apply the "
                           "checklist.")
        elif state.transition_applied:
            text = self.tr("Applied from the leaving date, {leaving}: due by {due}. Tick it on the "
                           "Checklists tab.").format(leaving=show_date(state.leaving_date),
                                                due=show_date(state.transition_due_on))
        else:
            text = self.tr("Leaving date {leaving}: the checklist will be due by {due}, the end "
                           "of the half term after.").format(
                leaving=show_date(state.leaving_date), due=show_date(state.transition_due_on))
        self.transition_state.setText(text)
        closure = state.closure
        if closure is not None:
            self.close_state.setText(self.tr("Closed on {on} ({reason}). Reopen it from the "
                                             "record.").format(on=show_date(closure.closed_on),
                                                          reason=closure.reason))
        else:
            self.close_state.setText(self.tr("Open. Closing takes them off the caseload; they can "
                                             "still be found and reopened."))
        self._enable(True)

    def _enable(self, loaded: bool) -> None:
        state = self.state
        for button in (self.save_plan_button, self.record_handover_button,
                       self.summary_button):
            button.setEnabled(loaded)
        self.apply_button.setEnabled(
            loaded and state is not None and state.leaving_date is not None
            and not state.transition_applied)
        is_open = loaded and state is not None and state.closure is None
        for widget in (self.reason, self.outcome, self.closed_on, self.close_button):
            widget.setEnabled(is_open)

    # -- writing ----------------------------------------------------------------------
    def _write(self, fn: Callable[[Session], T], done_text: str, label: str,
               then: Callable[[T], None] | None = None) -> None:
        yp_id = self.young_person_id

        def done(written: Written[T]) -> None:
            self.errors.clear()
            self._say(done_text)
            if then is not None:
                then(written.value)
            self.load()

        self._enable(False)
        run_op(self.ctx, lambda store: store.write(fn, young_person_id=yp_id), done,
               self._failed, owner=self, parent=self, label=label, initiator=self)

    def _failed(self, exc: BaseException) -> None:
        self._enable(True)
        show_error(self.ctx, self, exc, self.errors)
        if isinstance(exc, ValidationError):
            self._announce(" ".join(p.message for p in exc.problems))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self._announce(text)

    def _announce(self, message: str) -> None:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))

    def save_plan(self) -> None:
        plan, yp_id = self.plan.toPlainText(), self.young_person_id
        self._write(lambda s: handover.save_step_down_plan(s, yp_id, plan).id,
                    self.tr("The step-down plan is saved."), "save step-down plan")

    def record_handover(self) -> None:
        to, on = self.handover_to.currentText(), self.handover_on.value()
        permission: bool | None = self.permission.currentData()
        today, yp_id = self.ctx.today(), self.young_person_id
        if on is None:
            self.errors.show_problems([("handover_on", self.tr("Give the handover date."), False)])
            return
        handover_on: date = on
        self._write(lambda s: handover.record_handover(
            s, yp_id, to=to, handover_on=handover_on, family_permission=permission,
            today=today).id, self.tr("The handover is recorded."), "record handover")

    def apply_transition(self) -> None:
        yp_id = self.young_person_id
        self._write(lambda s: handover.apply_transition_checklist(s, yp_id).id,
                    self.tr("The transition checklist is applied: see the Checklists tab."),
                    "apply transition checklist")

    def close_involvement(self) -> None:
        reason, outcome = self.reason.text(), self.outcome.toPlainText()
        today, yp_id = self.ctx.today(), self.young_person_id
        on = self.closed_on.value() or today
        self._write(lambda s: ending.close_involvement(
            s, yp_id, reason=reason, outcome=outcome, closed_on=on, today=today).id,
            self.tr("Involvement is closed. They are no longer on the caseload."),
            "close involvement", lambda _id: self.closed.emit())

    def save_summary(self) -> None:
        """Save the handover summary as a PDF the keyworker names (not encrypted)."""
        state = self.state
        name = state.name if state is not None else self.tr("Handover")
        suggested = str(documents_folder() / self.tr("{name} handover summary.pdf").format(
            name=name))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the handover summary (not encrypted)"), suggested,
            self.tr("PDF files (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        yp_id, now = self.young_person_id, self.ctx.now()

        def job(store: Store) -> Path:
            # One transaction: if the file cannot be written, the copy is not audited.
            with store.transaction() as session:
                write_file_atomically(path, handover_pdf(session, yp_id, now))
            return path

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OSError):
                self.ctx.interaction.warn(self, self.tr("Save the handover summary"), self.tr(
                    "The summary could not be saved there ({reason}). Try another "
                    "folder.").format(reason=exc.strerror or type(exc).__name__))
                return
            show_error(self.ctx, self, exc, self.errors)

        run_op(self.ctx, job, lambda saved: self._say(self.tr(
            "The handover summary is saved as {file}. That copy is not encrypted.").format(
            file=saved.name)), failed, owner=self, parent=self, label="handover summary")
