"""A small form dialog that saves through a service and shows problems beside fields.

The dialog stays open until the save succeeds: a refused save leaves what was
typed in place, with the reason under the field it concerns. Escape, Cancel or
the window's close button ask before throwing away what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.services import records
from keyworker_desktop.store.opchanges import Written
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.record.common import (
    ErrorLabel,
    FieldErrors,
    add_row,
    name_buttons,
    new_form,
    read_job,
    show_error,
)

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext

W = TypeVar("W", bound=QWidget)


class EditDialog(QDialog):
    """Subclasses add fields with :meth:`field` and say what to save in :meth:`job`."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, young_person_id: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.young_person_id = young_person_id
        self.action_title = title
        self._show_title("")
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.form = new_form()
        body = QWidget()
        body.setLayout(self.form)
        self.body = body
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Its fields take the focus (and scroll into view): the area itself is no stop.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.cancel)
        self._opened_with: list[tuple[QWidget, object]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        # Every record dialog names the young person, so nothing is filed on the wrong one.
        if ctx.store is not None:
            run_op(ctx, read_job(lambda session: records.young_person_name(
                session, young_person_id)), self._show_title, owner=self, parent=self,
                label="dialog title")

    def _show_title(self, name: str) -> None:
        title = (self.tr("{action} — {name}").format(action=self.action_title, name=name)
                 if name else self.action_title)
        self.setWindowTitle(title)
        self.setAccessibleName(title)

    def field(self, name: str, text: str, widget: W, buddy: QWidget | None = None) -> W:
        add_row(self.form, text, widget, self.errors, name, buddy)
        return widget

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Room for the whole form (whatever the text size), within the screen."""
        hint = self.body.sizeHint()
        extra = self.buttons.sizeHint().height() + self.fontMetrics().lineSpacing() * 3
        wanted = QSize(hint.width() + self.fontMetrics().averageCharWidth() * 6,
                       hint.height() + extra)
        screen = self.screen().availableGeometry().size() * 0.9
        return wanted.boundedTo(screen)

    def open(self) -> None:
        name_buttons(self)
        self.resize(self.sizeHint())
        super().open()
        self.remember_opening_values()

    def remember_opening_values(self) -> None:
        """What "nothing typed yet" is: the form's values now (filled in, not typed)."""
        self._opened_with = [(w, _value_of(w)) for w in self.body.findChildren(QWidget)
                             if _value_of(w) is not None]

    def has_changes(self) -> bool:
        """Whether a field differs from what the form opened with."""
        return any(_value_of(widget) != value for widget, value in self._opened_with)

    def cancel(self) -> None:
        """Escape, Cancel or the close button: close, asking first if anything was typed.

        ``reject()`` itself stays unconditional: locking closes every dialog at once.
        """
        if self._may_discard():
            self.reject()

    def _may_discard(self) -> bool:
        if not self.has_changes():
            return True
        discard, keep = self.tr("Discard"), self.tr("Keep editing")
        return self.ctx.interaction.ask(
            self, self.tr("Discard what you typed?"),
            self.tr("Close this form without saving? What you typed in it will be lost."),
            [discard, keep]) == discard

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Only the user's own close (the title bar's button) asks; a close from code does not.
        if event.spontaneous() and not self._may_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def job(self) -> Callable[[Session], Any] | None:
        """Read the fields (on the main thread) and return the write to run, or None."""
        raise NotImplementedError

    def submit(self) -> None:
        fn = self.job()
        if fn is None:
            return
        self.save_button.setEnabled(False)
        yp_id = self.young_person_id
        run_op(self.ctx, lambda store: store.write(fn, young_person_id=yp_id), self._done,
               self._failed, owner=self, parent=self, label=f"save {type(self).__name__}",
               initiator=self)

    def _done(self, result: Written[Any]) -> None:
        self.save_button.setEnabled(True)
        self.errors.clear()
        self.saved.emit(result.value)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self.ctx, self, exc, self.errors)


def _value_of(widget: QWidget) -> object | None:
    """What a field holds, to tell whether it was changed (None: not a field).

    Spin boxes and date fields hold a line edit, so their text is compared too.
    """
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def ask_first(ctx: AppContext, parent: QWidget, question: str) -> bool:
    """A yes/no question through the interaction service."""
    return ctx.interaction.confirm(parent, translate("Record", "Please confirm"), question)
