"""Before sending: "What will go up", young person by young person, with Sync / Cancel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
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

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.services.sync_review import SHARED, PendingRow
from keyworker_desktop.ui.sync import name_buttons
from keyworker_desktop.ui.table_model import Column, TableModel


def changes_text(count: int) -> str:
    if count == 1:
        return translate("Sync", "1 change")
    return translate("Sync", "{count} changes").format(count=count)


def pending_columns() -> list[Column[PendingRow]]:
    """Young person and how many of their changes will go up."""
    return [
        Column(translate("Sync", "Young person"),
               lambda r: translate("SyncReview", SHARED) if r.young_person_id is None else r.name),
        Column(translate("Sync", "Changes to send"), lambda r: changes_text(r.count),
               alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    ]


class PreviewDialog(QDialog):
    """Shows the changes waiting on this laptop; Sync accepts, Cancel sends nothing."""

    def __init__(self, rows: Sequence[PendingRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What will go up"))
        total = sum(r.count for r in rows)
        self.total = total
        if total:
            text = self.tr("{changes} will be sent to the central store, then your colleagues' "
                           "changes will come down.").format(changes=changes_text(total))
        else:
            text = self.tr("Nothing to send from this laptop. Syncing will bring down your "
                           "colleagues' changes.")
        self.intro = QLabel(text)
        self.intro.setWordWrap(True)
        self.model = TableModel(pending_columns(), rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Changes to send, by young person"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(bool(rows))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sync_button = self.buttons.addButton(self.tr("Sync"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.sync_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 64,
                    metrics.height() * (8 + min(len(rows), 12) * 2 if rows else 6))
        name_buttons(self)
        self.sync_button.setFocus()
