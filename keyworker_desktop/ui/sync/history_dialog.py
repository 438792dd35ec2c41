"""A field's history: every value it held, who wrote it and when; one can be put back.

Nothing synced is ever lost (``field_history`` on the laptop); this is where a
person sees the side that lost a conflict and restores it. Putting a value back
settles the conflict if it is still open, otherwise it is an ordinary edit;
either way it syncs like any change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from keyworker_desktop.services.sync_review import ConflictRow, HistoryEntry, field_history
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.operations import describe_error, run_op
from keyworker_desktop.ui.sync import name_buttons
from keyworker_desktop.ui.sync.values import value_text, when_text
from keyworker_desktop.ui.table_model import Column, TableModel

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.context import AppContext

KIND_TEXT = {
    "applied": QT_TRANSLATE_NOOP("SyncHistory", "Synced"),
    "submitted": QT_TRANSLATE_NOOP("SyncHistory", "Sent, then merged or outvoted"),
    "conflict": QT_TRANSLATE_NOOP("SyncHistory", "One side of a conflict"),
    "current": QT_TRANSLATE_NOOP("SyncHistory", "In the record now"),
}


def history_columns(field: str) -> list[Column[HistoryEntry]]:
    """When, who, what kind of entry, and the value (on one line; in full as the tooltip)."""

    def value(entry: HistoryEntry) -> str:
        return value_text(entry.value, field)

    def when(entry: HistoryEntry) -> str:
        return when_text(entry.at) if entry.at else ""

    def how(entry: HistoryEntry) -> str:
        if entry.kind not in KIND_TEXT:
            return entry.kind
        return translate("SyncHistory", KIND_TEXT[entry.kind])

    def author(entry: HistoryEntry) -> str:
        return entry.author

    return [
        Column(translate("Sync", "When"), when, tooltip=when),
        Column(translate("Sync", "Who"), author, tooltip=author),
        Column(translate("Sync", "How"), how, tooltip=how),
        Column(translate("Sync", "Value"), lambda e: " ".join(value(e).split()), tooltip=value),
    ]


class FieldHistoryDialog(QDialog):
    """The history of the field a conflict is about, with "Put this value back"."""

    value_restored = Signal(object)

    def __init__(self, ctx: AppContext, row: ConflictRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        c = row.conflict
        self.setWindowTitle(self.tr("History of {field}").format(field=row.field))
        intro = QLabel(self.tr("Every value of {field} in {record} for {person} that this laptop "
                               "has seen, oldest first.").format(
            field=row.field, record=row.record, person=row.young_person))
        intro.setWordWrap(True)
        self.model = TableModel(history_columns(c.field), parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("History"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.restore_button = self.buttons.addButton(self.tr("Put this value back"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.selected() is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 110, metrics.height() * 22)
        name_buttons(self)
        entity, record_id, field = c.entity, c.record_id, c.field

        def job(store: Store) -> list[HistoryEntry]:
            return field_history(store, entity, record_id, field)

        run_op(ctx, job, self.model.set_rows, owner=self, parent=self, label="field history")

    def selected(self) -> HistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None or self.ctx.store is None:
            return
        c, open_ = self.row.conflict, self.row.open
        value = entry.value

        def job(store: Store) -> OpChanges:
            from keyworker_desktop.services.sync_review import resolve_conflict, restore_value

            if open_:
                return resolve_conflict(store, c.id, value).changes
            return restore_value(store, c.entity, c.record_id, c.field, value)

        def done(_changes: OpChanges) -> None:
            self.value_restored.emit(value)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ctx.interaction.warn(self, self.tr("History"), describe_error(exc))

        run_op(self.ctx, job, done, failed, owner=self, parent=self, label="restore value")
