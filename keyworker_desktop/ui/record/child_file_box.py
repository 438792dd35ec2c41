"""The child's file on the Register tab: the plans that must be current (seeds 001, 003).

Every kind of plan is listed with the date of its current copy, the file held, its
review date and its state in words; "Update copy…" records a new copy (and attaches
its file), and out-of-date plans are counted in the box's title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.services import child_file
from keyworker_desktop.services.child_file import PlanRow
from keyworker_desktop.ui.record.common import RecordTab, show_date
from keyworker_desktop.ui.record.register_dialogs import PlanCopyDialog, plan_label, plan_state
from keyworker_desktop.ui.table_model import ROW_ROLE, Column, TableModel, make_table

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


def plan_columns() -> list[Column[PlanRow]]:
    return [
        Column(translate("Record", "Plan"), lambda r: plan_label(r.kind),
               bold=lambda r: r.out_of_date),
        Column(translate("Record", "Current copy"),
               lambda r: show_date(r.current_copy_on) or translate("Record", "None")),
        Column(translate("Record", "File"),
               lambda r: r.document_name or translate("Record", "Not attached")),
        Column(translate("Record", "Review on"),
               lambda r: show_date(r.review_on) or translate("Record", "Not set")),
        Column(translate("Record", "State"), plan_state, bold=lambda r: r.out_of_date),
    ]


class ChildFileBox(RecordTab):
    """The plans table and its "Update copy…" button; reloads when a plan or file changes."""

    ENTITIES = frozenset({"plan_copy", "document"})

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.box = QGroupBox(self.tr("The child's file"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = TableModel(plan_columns(), parent=self)
        self.table = make_table(self.model, self.tr("Plans that must be current"))
        self.table.doubleClicked.connect(lambda _index: self.update_copy())
        self.update_button = QPushButton(self.tr("&Update copy…"))
        self.update_button.setAccessibleName(self.tr("Update the selected plan's copy"))
        self.update_button.clicked.connect(self.update_copy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.update_button)
        inner = QVBoxLayout(self.box)
        inner.addWidget(self.summary)
        inner.addWidget(self.table)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.dialog: PlanCopyDialog | None = None

    def fetch(self, session: Session) -> list[PlanRow]:
        return child_file.plan_copies(session, self.young_person_id, self.ctx.today())

    def show_data(self, data: list[PlanRow]) -> None:
        self.model.set_rows(data)
        out = [r for r in data if r.out_of_date]
        text = (self.tr("{count} of {total} plans out of date (review passed or no copy held).")
                .format(count=len(out), total=len(data)) if out
                else self.tr("Every plan is current."))
        self.summary.setText(("⚠ " if out else "") + text)
        self.summary.setAccessibleName(text)
        self.box.setTitle(self.tr("The child's file ({count} out of date)").format(count=len(out))
                          if out else self.tr("The child's file"))
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        for row in range(self.model.rowCount()):
            height += self.table.rowHeight(row)
        self.table.setMinimumHeight(height)

    def selected(self) -> PlanRow | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, PlanRow) else None

    def update_copy(self) -> None:
        row = self.selected()
        if row is None:
            if self.model.rowCount() == 0:
                return
            self.table.setCurrentIndex(self.model.index(0, 0))
            row = self.selected()
            assert row is not None
        dialog = PlanCopyDialog(self.ctx, self.young_person_id, row, self)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
