"""The Sessions tab: the young person's session notes beside the note editor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import SessionPurpose
from keyworker_desktop.services import notes
from keyworker_desktop.services.notes import NoteRow
from keyworker_desktop.store import settings
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.record.common import RecordTab, read_job, show_date
from keyworker_desktop.ui.record.session_editor import SessionEditor
from keyworker_desktop.ui.table_model import ROW_ROLE, Column, TableModel, make_table

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


@dataclass(frozen=True)
class SessionsData:
    notes: list[NoteRow]
    autosave_seconds: int


def _purposes(note: NoteRow) -> str:
    return "; ".join(SessionPurpose(p).label for p in note.purposes
                     if p in set(SessionPurpose)) or translate("Record", "No purpose yet")


def note_columns() -> list[Column[NoteRow]]:
    return [
        Column(translate("Record", "Date"), lambda n: show_date(n.session_on)),
        Column(translate("Record", "Status"),
               lambda n: translate("Record", "Signed") if n.is_final
               else translate("Record", "Draft"),
               bold=lambda n: not n.is_final),
        Column(translate("Record", "Purpose"), _purposes),
    ]


class SessionsTab(RecordTab):
    ENTITIES = frozenset({"session_note", "addendum"})

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.autosave_overridden = False
        self.model = TableModel(note_columns(), parent=self)
        self.table = make_table(self.model, self.tr("Session notes"))
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.new_button = QPushButton(self.tr("New session note"))
        self.new_button.setToolTip(self.tr("New session note (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_note)
        self.editor = SessionEditor(ctx, young_person_id)
        self.editor.note_saved.connect(self._note_saved)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Its fields take the focus (and scroll into view): the area itself is no stop.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.editor)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        # Said when a draft comes back after the app stopped while it was being written.
        self.recovered_notice = QLabel()
        self.recovered_notice.setWordWrap(True)
        self.recovered_notice.setProperty("role", "help")
        self.recovered_notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.recovered_notice)
        layout.addWidget(splitter)

    def set_autosave_ms(self, ms: int) -> None:
        """Override the stored autosave interval (tests, demos)."""
        self.autosave_overridden = True
        self.editor.autosave_ms = ms

    def fetch(self, session: Session) -> SessionsData:
        return SessionsData(notes.notes_for(session, self.young_person_id),
                            settings.get(session, settings.AUTOSAVE_SECONDS))

    def show_data(self, data: SessionsData) -> None:
        if not self.autosave_overridden:
            self.editor.autosave_ms = max(1, data.autosave_seconds) * 1000
        self.model.set_rows(data.notes)
        self._select(self.editor.note_id)

    def show_recovered(self, note: NoteRow) -> None:
        """Open a draft kept through a crash, and name it so the user knows it came back."""
        self.editor.show_note(note)
        self._select(note.id)
        text = self.tr("Recovered: the draft session note of {date} was being written when "
                       "Keyworker Desktop stopped unexpectedly. Everything saved is kept, and it "
                       "is open below to check and carry on.").format(
                      date=format_date(note.session_on, "dd MMM yyyy"))
        self.recovered_notice.setText(text)
        self.recovered_notice.setAccessibleName(text)
        self.recovered_notice.show()

    def _select(self, note_id: str | None) -> None:
        for row, note in enumerate(self.model.rows()):
            if note.id == note_id:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
                return

    def new_note(self) -> None:
        self.table.clearSelection()
        self.editor.start_new()

    def _note_saved(self, note_id: str) -> None:
        self._select(note_id)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        note = current.data(ROW_ROLE) if current.isValid() else None
        if note is None or (note.id == self.editor.note_id and self.editor.note is not None):
            return
        run_op(self.ctx, read_job(lambda s: notes.note_detail(s, note.id)), self.editor.show_note,
               owner=self, parent=self, label="open note")
