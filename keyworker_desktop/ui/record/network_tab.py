"""The Network tab: the professionals around the young person, as a list or a map.

The map (``ui.record.network_panel``) loads and saves itself; this tab switches
between it and the list, and its Edit… and Remove act on whichever is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import LinkStrength, Sector
from keyworker_desktop.services import network, records
from keyworker_desktop.services.network import NetworkEntry
from keyworker_desktop.ui.record.common import RecordTab, show_date
from keyworker_desktop.ui.record.edit_dialog import ask_first
from keyworker_desktop.ui.record.network_dialog import ProfessionalDialog
from keyworker_desktop.ui.record.network_panel import NetworkPanel
from keyworker_desktop.ui.table_model import Column, TableModel, make_table, selected_row

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


@dataclass(frozen=True)
class NetworkData:
    name: str
    entries: list[NetworkEntry]


def network_columns() -> list[Column[NetworkEntry]]:
    return [
        Column(translate("Record", "Name"), lambda e: e.name),
        Column(translate("Record", "Role"), lambda e: e.role),
        Column(translate("Record", "Agency"), lambda e: e.agency),
        Column(translate("Record", "Sector"), lambda e: Sector(e.sector).label),
        Column(translate("Record", "Link"), lambda e: LinkStrength(e.strength).label),
        Column(translate("Record", "Last contact"),
               lambda e: show_date(e.last_contact_on) or translate("Record", "Not recorded")),
        Column(translate("Record", "Phone"), lambda e: e.phone),
        Column(translate("Record", "How they help"), lambda e: e.how_they_help),
    ]


class NetworkTab(RecordTab):
    ENTITIES = frozenset({"network_link", "professional", "young_person"})

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.entries: list[NetworkEntry] = []
        self.name = ""
        self.dialog: ProfessionalDialog | None = None
        self.model = TableModel(network_columns(), parent=self)
        self.table = make_table(self.model, self.tr("Professionals"))
        self.table.activated.connect(lambda _i: self.edit())  # Enter or double-click
        self.map: QWidget | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)

        self.list_button = QPushButton(self.tr("List"))
        self.map_button = QPushButton(self.tr("Map"))
        views = QButtonGroup(self)
        for i, button in enumerate((self.list_button, self.map_button)):
            button.setCheckable(True)
            views.addButton(button, i)
        self.map_button.setChecked(True)  # the map first: who is involved, at a glance
        views.idClicked.connect(self.show_view)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show as:")))
        bar.addWidget(self.map_button)
        bar.addWidget(self.list_button)
        bar.addSpacing(self.fontMetrics().averageCharWidth() * 4)
        for text, slot in ((self.tr("Add a professional…"), self.add),
                           (self.tr("Edit…"), self.edit),
                           (self.tr("Remove from network"), self.remove)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.show_view(1)

    def fetch(self, session: Session) -> NetworkData:
        header = records.record_header(session, self.young_person_id, self.ctx.today())
        return NetworkData(header.known_as or header.name,
                           network.network_for(session, self.young_person_id))

    def show_data(self, data: NetworkData) -> None:
        self.entries, self.name = data.entries, data.name
        self.model.set_rows(data.entries)

    # -- list or map ------------------------------------------------------------------
    def show_view(self, which: int) -> None:
        if which == 1 and self.map is None:
            self.map = self._make_map()
            self.stack.addWidget(self.map)
        self.stack.setCurrentIndex(which)

    def _make_map(self) -> QWidget:
        # The panel loads and saves the map itself (positions, links, removals).
        return NetworkPanel(self.ctx, self.young_person_id)

    def _map_shown(self) -> NetworkPanel | None:
        shown = self.stack.currentWidget()
        return shown if isinstance(shown, NetworkPanel) else None

    # -- add, edit, remove ------------------------------------------------------------
    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        panel = self._map_shown()
        if panel is not None and panel.edit_current():
            return
        entry = selected_row(self.table)
        if entry is not None:
            self._open(entry)

    def _open(self, entry: NetworkEntry | None) -> None:
        self.dialog = ProfessionalDialog(self.ctx, self.young_person_id, entry, self)
        self.dialog.open()

    def remove(self) -> None:
        panel = self._map_shown()
        if panel is not None and panel.remove_current():
            return
        entry = selected_row(self.table)
        if entry is None:
            return
        if ask_first(self.ctx, self, self.tr("Take {name} out of this network? They stay on record "
                                             "for other young people.").format(name=entry.name)):
            self.write(lambda s: network.remove_from_network(s, entry.link_id),
                       label="remove from network")
