"""The keyworker session note (seeds 001/003): a draft that saves itself, then signed.

Autosave: every edit restarts a short timer (``settings.AUTOSAVE_SECONDS``); a
pause saves. While typing goes on without a pause the draft is still saved at
least every two intervals, so a crash loses seconds, not a session. The note's
id is chosen here, so every save of a new note writes the same record.
Finalising asks first, signs with author and time, and leaves the note
read-only; corrections are then addenda.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypedDict, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.domain.vocab import SessionFormat, SessionPurpose
from keyworker_desktop.services import drafts, notes, recording
from keyworker_desktop.services.notes import NoteRow
from keyworker_desktop.store.opchanges import Written
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.record.common import (
    ErrorLabel,
    FieldErrors,
    OptionalDateEdit,
    TextBox,
    add_row,
    new_form,
    show_error,
    show_stamp,
)
from keyworker_desktop.ui.record.edit_dialog import ask_first

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.context import AppContext

T = TypeVar("T")

TEXTS = (("own_words", QT_TRANSLATE_NOOP("SessionEditor", "In their own words")),
         ("discussed", QT_TRANSLATE_NOOP("SessionEditor", "What was discussed")),
         ("agreed", QT_TRANSLATE_NOOP("SessionEditor", "What was agreed")),
         ("concerns", QT_TRANSLATE_NOOP("SessionEditor", "Concerns")))


class NoteValues(TypedDict):
    """What the form holds, as ``recording.save_note_draft`` takes it."""

    session_on: date
    purposes: list[str]
    format: str
    raise_with_manager: bool
    own_words: str
    discussed: str
    agreed: str
    concerns: str


class SessionEditor(QWidget):
    """Edits one note; ``note_saved`` carries its id after each save."""

    note_saved = Signal(str)

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.young_person_id = young_person_id
        self.note_id: str | None = None
        self.note: NoteRow | None = None
        self.autosave_ms = 3000
        self._dirty = False
        self._saving = False
        # The note the open-note mark names now: it is written once, not at every autosave.
        self._marked: str | None = None
        self._again = False
        self._filling = False
        self.idle_timer = QTimer(self, singleShot=True)
        self.idle_timer.timeout.connect(self.save_now)
        self.max_timer = QTimer(self, singleShot=True)
        self.max_timer.timeout.connect(self.save_now)

        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.title = QLabel(self.tr("Choose a note, or start a new one (Ctrl+Shift+N)."))
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        self.signed = QLabel()
        self.signed.setWordWrap(True)
        self.signed.setStyleSheet("font-weight: bold;")
        self.signed.hide()

        form = new_form()
        self.session_on = OptionalDateEdit()
        add_row(form, self.tr("Date of the session"), self.session_on, self.errors, "session_on")
        purpose_box = QWidget()
        purpose_layout = QVBoxLayout(purpose_box)
        purpose_layout.setContentsMargins(0, 0, 0, 0)
        self.purposes: dict[str, QCheckBox] = {}
        for value, label in SessionPurpose.choices():
            check = QCheckBox(label)
            purpose_layout.addWidget(check)
            self.purposes[value] = check
        first_purpose = next(iter(self.purposes.values()))
        add_row(form, self.tr("Purpose"), purpose_box, self.errors, "purposes", buddy=first_purpose)
        first_purpose.setAccessibleName(SessionPurpose.PROGRESS_CHASING.label)
        format_box = QWidget()
        format_layout = QHBoxLayout(format_box)
        format_layout.setContentsMargins(0, 0, 0, 0)
        self.format_group = QButtonGroup(self)
        self.formats: dict[str, QRadioButton] = {}
        for value, label in ((SessionFormat.FORMAL_MEETING.value, self.tr("Formal meeting")),
                             (SessionFormat.ACTIVITY.value, self.tr("Activity"))):
            radio = QRadioButton(label)
            self.format_group.addButton(radio)
            format_layout.addWidget(radio)
            self.formats[value] = radio
        format_layout.addStretch(1)
        add_row(form, self.tr("Format"), format_box, self.errors, "format",
                buddy=self.formats["formal_meeting"])
        self.formats["formal_meeting"].setAccessibleName(self.tr("Formal meeting"))
        self.texts: dict[str, QPlainTextEdit] = {}
        for field, label in TEXTS:
            box = TextBox(lines=4 if field != "concerns" else 3)
            add_row(form, translate("SessionEditor", label), box, self.errors, field)
            self.texts[field] = box
        self.raise_with_manager = QCheckBox(self.tr("Raise with my manager"))
        add_row(form, self.tr("Manager"), self.raise_with_manager, self.errors,
                "raise_with_manager")
        self.raise_with_manager.setAccessibleName(self.tr("Raise with my manager"))
        # A signed note reads as plain text, not as greyed-out controls.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        summary_label = QLabel(self.tr("Session"))
        summary_label.setBuddy(self.summary)
        self.summary.setAccessibleName(self.tr("Session"))
        form.insertRow(1, summary_label, self.summary)  # under the date, above the words
        self.form = form
        self._choice_rows: tuple[QWidget, ...] = (purpose_box, format_box, self.raise_with_manager)
        self.form_box = QWidget()
        self.form_box.setLayout(form)

        self.finalise_button = QPushButton(self.tr("Finalise and sign…"))
        self.finalise_button.clicked.connect(self.finalise)
        self.addenda = QGroupBox(self.tr("Addenda"))
        self.addenda_list = QLabel()
        self.addenda_list.setWordWrap(True)
        self.addenda_list.setAccessibleName(self.tr("Addenda"))
        self.addendum_text = TextBox(lines=3)
        self.addendum_text.setAccessibleName(self.tr("New addendum"))
        self.addendum_button = QPushButton(self.tr("Add addendum"))
        self.addendum_button.clicked.connect(self.add_addendum)
        addenda_form = new_form()
        addenda_form.addRow(self.addenda_list)
        add_row(addenda_form, self.tr("New addendum"), self.addendum_text, self.errors, "text")
        addenda_form.addRow(self.addendum_button)
        self.addenda.setLayout(addenda_form)

        # Whether the draft is saved stays in sight at the top, however long the note.
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.finalise_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.signed)
        layout.addWidget(self.form_box)
        layout.addWidget(self.general_error)
        layout.addLayout(bar)
        layout.addWidget(self.addenda)
        layout.addStretch(1)
        self._connect_edits()
        self._set_mode(None)

    def _connect_edits(self) -> None:
        for box in self.texts.values():
            box.textChanged.connect(self.edited)
        for check in (*self.purposes.values(), self.raise_with_manager):
            check.toggled.connect(self.edited)
        for radio in self.formats.values():
            radio.toggled.connect(self.edited)
        self.session_on.dateChanged.connect(self.edited)

    # -- what is shown ----------------------------------------------------------------
    def _set_mode(self, note: NoteRow | None, new: bool = False) -> None:
        editing = new or (note is not None and not note.is_final)
        final = note is not None and note.is_final
        self.form_box.setVisible(new or note is not None)
        for box in self.texts.values():
            box.setReadOnly(not editing)
        for widget in (*self.purposes.values(), *self.formats.values(), self.raise_with_manager):
            widget.setEnabled(editing)
        self.session_on.setReadOnly(not editing)
        for row in self._choice_rows:
            self.form.setRowVisible(row, not final)
        self.form.setRowVisible(self.summary, final)
        if final and note is not None:
            self.summary.setText(self._summary(note))
        self.finalise_button.setVisible(editing)
        self.addenda.setVisible(final)
        self.signed.setVisible(final)

    @staticmethod
    def _summary(note: NoteRow) -> str:
        purposes = "; ".join(SessionPurpose(p).label for p in note.purposes
                             if p in set(SessionPurpose))
        purposes = purposes or translate("SessionEditor", "No purpose recorded")
        kind = (translate("SessionEditor", "Activity") if note.format == "activity"
                else translate("SessionEditor", "Formal meeting"))
        manager = (translate("SessionEditor", "Concerns raised with the manager.")
                   if note.raise_with_manager
                   else translate("SessionEditor", "Not raised with the manager."))
        summary = translate("SessionEditor", "Purpose: {purposes}.\nFormat: {kind}.\n{manager}")
        return summary.format(purposes=purposes, kind=kind, manager=manager)

    def start_new(self) -> None:
        """A blank note dated today, ready to type into."""
        self.save_now()
        self.note_id, self.note = uuid7(), None
        self._fill(None)
        self.title.setText(self.tr("New session note (draft)"))
        self.status.setText(self.tr("Saves itself as you type"))
        self._set_mode(None, new=True)
        self.texts["own_words"].setFocus()

    def show_note(self, note: NoteRow) -> None:
        if note.id != self.note_id:
            self.save_now()
        self.note_id, self.note = note.id, note
        if note.is_final or not self._dirty:
            self._fill(note)
        self.title.setText(self.tr("Session note {date}").format(
            date=format_date(note.session_on, "dd MMM yyyy"))
                           + (self.tr(" (signed)") if note.is_final else self.tr(" (draft)")))
        if note.is_final:
            self.signed.setText(self.tr("Signed by {who} on {when}").format(
                who=note.finalised_by, when=show_stamp(note.finalised_at)))
            self.addenda_list.setText("\n\n".join(
                self.tr("{when}, {who}: {text}").format(when=show_stamp(a.signed_at),
                                                    who=a.signed_by, text=a.text)
                for a in note.addenda) or self.tr("No addenda."))
            self.status.setText("")
        elif not self._dirty:
            self.status.setText(self.tr("Saves itself as you type"))
        self._set_mode(note)

    def _fill(self, note: NoteRow | None) -> None:
        self._filling = True
        try:
            self.session_on.set_value(note.session_on if note else self.ctx.today())
            for value, box in self.purposes.items():
                box.setChecked(bool(note and value in note.purposes))
            self.formats[note.format if note else "formal_meeting"].setChecked(True)
            for field, text_box in self.texts.items():
                text_box.setPlainText(getattr(note, field) if note else "")
            self.raise_with_manager.setChecked(bool(note and note.raise_with_manager))
            self.errors.clear()
        finally:
            self._filling = False
        self._dirty = False

    # -- autosave ---------------------------------------------------------------------
    def edited(self, *_args: object) -> None:
        if self._filling or self.note_id is None or (self.note and self.note.is_final):
            return
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self.idle_timer.start(self.autosave_ms)
        if not self.max_timer.isActive():
            self.max_timer.start(self.autosave_ms * 2)

    def _values(self) -> NoteValues:
        chosen = [v for v, box in self.formats.items() if box.isChecked()]
        texts = {f: box.toPlainText() for f, box in self.texts.items()}
        return NoteValues(
            session_on=self.session_on.value() or self.ctx.today(),
            purposes=[v for v, box in self.purposes.items() if box.isChecked()],
            format=chosen[0] if chosen else "formal_meeting",
            raise_with_manager=self.raise_with_manager.isChecked(),
            own_words=texts["own_words"], discussed=texts["discussed"],
            agreed=texts["agreed"], concerns=texts["concerns"],
        )

    def save_now(self) -> None:
        """Save the draft if it changed since the last save (one save at a time)."""
        self.idle_timer.stop()
        self.max_timer.stop()
        if not self._dirty or self.note_id is None or self.ctx.store is None:
            return
        if self._saving:
            self._again = True
            return
        self._saving, self._dirty = True, False
        yp_id, note_id, values = self.young_person_id, self.note_id, self._values()
        self.status.setText(self.tr("Saving…"))
        self._run(lambda s: recording.save_note_draft(s, yp_id, note_id, **values).id,
                  self._saved, self._save_failed, "autosave note")
        # Apart from the note (so the screens are not told a setting changed): which draft
        # is open, for a crash to be told about at the next opening of the record.
        if self._marked != note_id:
            self._marked = note_id
            self._mark(lambda session: drafts.mark_note_open(session, yp_id, note_id))

    def release(self) -> None:
        """Save what was typed and clear the open-note mark: the note is left cleanly."""
        self.save_now()
        yp_id = self.young_person_id
        self._marked = None
        self._mark(lambda session: drafts.clear_open_note(session, yp_id))

    def _mark(self, fn: Callable[[Session], None]) -> None:
        if self.ctx.store is None:
            return

        def job(store: Store) -> None:
            with store.transaction() as session:
                fn(session)

        # Jobs run in order: a mark follows the save queued before it.
        run_op(self.ctx, job, lambda _none: None, owner=self, parent=self, label="note mark")

    def unsaved_text(self) -> str:
        """What was typed and not (or not yet) saved: kept for the user if the record goes."""
        if not (self._dirty or self._saving):
            return ""
        parts = [f"{translate('SessionEditor', label)}:\n{self.texts[name].toPlainText().strip()}"
                 for name, label in TEXTS if self.texts[name].toPlainText().strip()]
        return "\n\n".join(parts)

    def _saved(self, note_id: str) -> None:
        self._saving = False
        if note_id == self.note_id:
            self.errors.clear()
            self.status.setText(self.tr("Saved {time}").format(
            time=self.ctx.now().strftime("%H:%M:%S")))
        self.note_saved.emit(note_id)
        if self._again or self._dirty:
            self._again = False
            self._dirty = True
            self.save_now()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving, self._dirty = False, True
        self.status.setText(self.tr("Not saved: see the problem marked ⚠"))
        show_error(self.ctx, self, exc, self.errors)

    def _run(self, fn: Callable[[Session], str], on_done: Callable[[str], None],
             on_error: Callable[[BaseException], None], label: str) -> None:
        # The result carries what changed, so the hub tells every screen (list, status bar).
        self._store_write(fn, lambda result: on_done(result.value), on_error, label)

    # -- sign and correct -------------------------------------------------------------
    def finalise(self) -> None:
        if self.note_id is None:
            return
        if not ask_first(self.ctx, self, self.tr(
                "Finalise and sign this note? After signing it cannot be changed; "
                "corrections are added as addenda.")):
            return
        self.idle_timer.stop()
        self.max_timer.stop()
        yp_id, note_id, values = self.young_person_id, self.note_id, self._values()
        self._dirty = False

        def job(session: Session) -> NoteRow:
            recording.save_note_draft(session, yp_id, note_id, **values)
            recording.finalise_note(session, note_id)
            session.flush()
            return notes.note_detail(session, note_id)

        self._write(job, self._finalised)
        self._marked = None
        self._mark(lambda session: drafts.clear_open_note(session, yp_id))

    def _finalised(self, note: NoteRow) -> None:
        self.show_note(note)
        self.note_saved.emit(note.id)

    def add_addendum(self) -> None:
        if self.note_id is None:
            return
        note_id, text = self.note_id, self.addendum_text.toPlainText().strip()
        # An addendum is signed and permanent: show what will be signed before it is.
        # (Empty text is refused by the service, beside the field, without asking.)
        add, cancel = self.tr("Add and sign"), self.tr("Cancel")
        if text and self.ctx.interaction.ask(
                self, self.tr("Add this addendum?"),
                self.tr("This addendum will be signed with your name and added to the note. "
                        "It cannot be changed or removed afterwards.\n\n\u201c{text}\u201d"
                   ).format(text=text), [add, cancel]) != add:
            return

        def job(session: Session) -> NoteRow:
            recording.add_addendum(session, note_id, text)
            session.flush()
            return notes.note_detail(session, note_id)

        self._write(job, self._addendum_added)

    def _addendum_added(self, note: NoteRow) -> None:
        self.addendum_text.clear()
        self.show_note(note)

    def _write(self, fn: Callable[[Session], NoteRow], on_done: Callable[[NoteRow], None]) -> None:
        def done(result: Written[NoteRow]) -> None:
            self.errors.clear()
            on_done(result.value)

        self._store_write(fn, done, lambda exc: self._write_failed(exc), "sign note")

    def _store_write(self, fn: Callable[[Session], T], on_done: Callable[[Written[T]], None],
                     on_error: Callable[[BaseException], None], label: str) -> None:
        yp_id = self.young_person_id
        run_op(self.ctx, lambda store: store.write(fn, young_person_id=yp_id), on_done,
               on_error, owner=self, parent=self, label=label, initiator=self)

    def _write_failed(self, exc: BaseException) -> None:
        if self.note is None or not self.note.is_final:
            self._dirty = True
        show_error(self.ctx, self, exc, self.errors)
