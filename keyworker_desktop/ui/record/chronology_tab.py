"""The Chronology tab: every event on one timeline, newest first, filtered by kind."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.services import chronology
from keyworker_desktop.services.chronology import KINDS, Event
from keyworker_desktop.ui.record.common import RecordTab, show_date, show_datetime
from keyworker_desktop.ui.table_model import Column, TableModel, make_table

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


def event_columns() -> list[Column[Event]]:
    return [
        Column(translate("Record", "When"),
               lambda e: show_datetime(e.when) if e.when.time() != time()
               else show_date(e.when.date())),
        Column(translate("Record", "Kind"), lambda e: KINDS.get(e.kind, e.kind)),
        Column(translate("Record", "What"), lambda e: e.title, tooltip=lambda e: e.title),
        Column(translate("Record", "Detail"), lambda e: e.detail, tooltip=lambda e: e.detail),
    ]


class ChronologyTab(RecordTab):
    # Every table filed under the young person feeds the chronology.
    ENTITIES = frozenset({
        "visit", "session_note", "addendum", "rag_rating", "allocation", "consent", "meeting",
        "action", "escalation", "budget_spend", "goal", "outcome_rating", "checklist_item",
        "document", "ending",
    })

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.kinds: dict[str, QCheckBox] = {}
        box = QGroupBox(self.tr("Show"))
        column = QVBoxLayout(box)
        for kind, label in KINDS.items():
            check = QCheckBox(label)
            check.setChecked(True)
            check.toggled.connect(self._filter_changed)
            self.kinds[kind] = check
            column.addWidget(check)
        all_button = QPushButton(self.tr("Show all"))
        all_button.clicked.connect(lambda: self.set_kinds(set(KINDS)))
        none_button = QPushButton(self.tr("Clear"))
        none_button.setAccessibleName(self.tr("Show none"))
        none_button.clicked.connect(lambda: self.set_kinds(set()))
        buttons = QHBoxLayout()
        buttons.addWidget(all_button)
        buttons.addWidget(none_button)
        column.addLayout(buttons)
        column.addStretch(1)
        # At large text sizes the list of kinds scrolls rather than pushing the table away.
        side = QScrollArea()
        side.setWidgetResizable(True)
        # Its fields take the focus (and scroll into view): the area itself is no stop.
        side.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side.setWidget(box)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(box.sizeHint().width() + side.verticalScrollBar().sizeHint().width())
        self.count = QLabel()
        self.model = TableModel(event_columns(), parent=self)
        self.table = make_table(self.model, self.tr("Chronology"))
        right = QVBoxLayout()
        right.addWidget(self.count)
        right.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addLayout(right, 1)

    def chosen(self) -> set[str]:
        return {kind for kind, check in self.kinds.items() if check.isChecked()}

    def set_kinds(self, kinds: set[str]) -> None:
        for kind, check in self.kinds.items():
            check.blockSignals(True)
            check.setChecked(kind in kinds)
            check.blockSignals(False)
        self._filter_changed()

    def _filter_changed(self, *_args: object) -> None:
        self._refresh_or_mark_stale()

    def make_fetch(self) -> Callable[[Session], list[Event]]:
        kinds, yp_id = self.chosen(), self.young_person_id
        if not kinds:
            return lambda _s: []
        return lambda s: chronology.chronology(s, yp_id, kinds)

    def show_data(self, data: list[Event]) -> None:
        self.model.set_rows(data)
        self.count.setText(self.tr("{count} events").format(count=len(data)))
