"""The Visits tab: planned and done visits, and "Record a visit" (Ctrl+Shift+V)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import PlaceType, VisitStatus
from keyworker_desktop.services import recording, rhythm, visits
from keyworker_desktop.services.recording import KnownPlace
from keyworker_desktop.services.visits import VisitRow
from keyworker_desktop.ui import icons
from keyworker_desktop.ui.record.common import RecordTab, show_datetime
from keyworker_desktop.ui.record.visit_dialog import VisitDialog
from keyworker_desktop.ui.table_model import Column, TableModel, make_table, selected_row

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


@dataclass(frozen=True)
class VisitsData:
    visits: list[VisitRow]
    places: list[KnownPlace]


def _place(v: VisitRow) -> str:
    kind = PlaceType(v.place_type).label if v.place_type in set(PlaceType) else v.place_type
    return f"{v.place_name} ({kind})" if v.place_name else kind


def _status(v: VisitRow) -> str:
    text = VisitStatus(v.status).label if v.status in set(VisitStatus) else v.status
    return translate("Record",
                     "{status}, note written").format(status=text) if v.session_note_id else text


def visit_columns() -> list[Column[VisitRow]]:
    return [
        Column(translate("Record", "When"), lambda v: show_datetime(v.starts_at)),
        Column(translate("Record", "Status"), _status, bold=lambda v: v.status == "planned"),
        Column(translate("Record", "Place"), _place, icon=lambda v: icons.place_icon(v.place_type),
               tooltip=lambda v: v.address),
        Column(translate("Record", "Who was there"), lambda v: v.who_was_there),
        Column(translate("Record", "Purpose"), lambda v: v.purpose),
    ]


class VisitsTab(RecordTab):
    ENTITIES = frozenset({"visit", "young_person", "session_note"})
    #: A session note's id, to show in the Sessions tab.
    note_requested = Signal(str)

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.places: list[KnownPlace] = []
        self.dialog: VisitDialog | None = None
        self.model = TableModel(visit_columns(), parent=self)
        self.table = make_table(self.model, self.tr("Visits"))
        self.table.activated.connect(lambda _i: self.edit_visit())  # Enter or double-click
        self.summary = QLabel()
        self.record_button = QPushButton(self.tr("Record a visit…"))
        self.record_button.setToolTip(self.tr("Record a visit (Ctrl+Shift+V)"))
        self.record_button.clicked.connect(self.record_visit)
        self.edit_button = QPushButton(self.tr("Edit visit…"))
        self.edit_button.clicked.connect(self.edit_visit)
        self.note_button = QPushButton(self.tr("Session note…"))
        self.note_button.setToolTip(self.tr("Open the session note of the selected visit, or "
                                            "start one linked to it"))
        self.note_button.clicked.connect(self.note_for_visit)
        bar = QHBoxLayout()
        bar.addWidget(self.record_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.note_button)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def fetch(self, session: Session) -> VisitsData:
        return VisitsData(visits.visits_for(session, self.young_person_id),
                          recording.known_places(session, self.young_person_id))

    def show_data(self, data: VisitsData) -> None:
        self.places = data.places
        if self.dialog is not None and self.dialog.row is None and not self.dialog.places:
            self.dialog.set_places(data.places)
        if self.dialog is not None and self.dialog.row is None and not self.dialog.visits:
            self.dialog.set_visits(data.visits)
        self.model.set_rows(data.visits)
        planned = sum(1 for v in data.visits if v.status == "planned")
        done = sum(1 for v in data.visits if v.status == "done")
        self.summary.setText(self.tr("{planned} planned, {done} done").format(planned=planned,
                                                                        done=done))

    def record_visit(self) -> None:
        self._open(None)

    def edit_visit(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self._open(row)

    def note_for_visit(self) -> None:
        """The selected visit's session note, started (linked to the visit) if it has none;
        :attr:`note_requested` asks the record to show it."""
        row = selected_row(self.table)
        if row is None:
            return
        visit_id = row.id
        self.write(lambda s: rhythm.note_for_visit(s, visit_id), self.note_requested.emit,
                   label="session note for a visit")

    def complete_planned(self, visit_id: str) -> None:
        """The visit form filled from a planned visit: saving it marks that visit done."""
        self._open(None, completes=visit_id)

    def _open(self, row: VisitRow | None, completes: str | None = None) -> None:
        self.dialog = VisitDialog(self.ctx, self.young_person_id, self.places, row, self,
                                  visits=self.model.rows(), completes=completes)
        self.dialog.open()
