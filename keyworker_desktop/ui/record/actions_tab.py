"""The Actions and meetings tab: actions keyworkers chase, and the meetings they came from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.vocab import ActionStatus, MeetingKind
from keyworker_desktop.services import actions
from keyworker_desktop.services.actions import ActionRow, MeetingRow
from keyworker_desktop.ui import icons
from keyworker_desktop.ui.record.action_dialogs import ActionDialog, MeetingDialog
from keyworker_desktop.ui.record.common import RecordTab, show_date, show_datetime, tr
from keyworker_desktop.ui.record.edit_dialog import EditDialog
from keyworker_desktop.ui.table_model import Column, TableModel, make_table, selected_row

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


@dataclass(frozen=True)
class ActionsData:
    actions: list[ActionRow]
    meetings: list[MeetingRow]


def action_columns(today: date) -> list[Column[ActionRow]]:
    def due(a: ActionRow) -> str:
        if a.due_on is None:
            return tr("No date")
        if a.is_overdue(today):
            return tr("Overdue (was due {date})").format(date=show_date(a.due_on))
        return show_date(a.due_on)

    def status(a: ActionRow) -> str:
        text = tr(ActionStatus(a.status).label) if a.status in set(ActionStatus) else a.status
        if a.last_chased_on:
            text += tr(" (chased {date})").format(date=show_date(a.last_chased_on))
        return text

    return [
        Column(tr("What needs doing"), lambda a: a.description),
        Column(tr("Owner"), lambda a: a.owner_name),
        Column(tr("Due"), due, bold=lambda a: a.is_overdue(today),
               icon=lambda a: icons.icon("overdue") if a.is_overdue(today) else None),
        Column(tr("Status"), status),
        Column(tr("Follow-up"), lambda a: a.follow_up),
    ]


def meeting_columns() -> list[Column[MeetingRow]]:
    return [
        Column(tr("When"), lambda m: show_datetime(m.held_at)),
        Column(tr("Kind"), lambda m: tr(MeetingKind(m.kind).label)
               if m.kind in set(MeetingKind) else m.kind),
        Column(tr("Title"), lambda m: m.title),
        Column(tr("Where"), lambda m: m.location),
        Column(tr("Who came"), lambda m: m.attendees),
    ]


class ActionsTab(RecordTab):
    ENTITIES = frozenset({"action", "meeting"})

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.meetings: list[MeetingRow] = []
        self.dialog: EditDialog | None = None
        self.action_model = TableModel(action_columns(ctx.today()), parent=self)
        self.action_table = make_table(self.action_model, tr("Actions"))
        # Enter or a double-click opens the row.
        self.action_table.activated.connect(lambda _i: self.edit_action())
        self.meeting_model = TableModel(meeting_columns(), parent=self)
        self.meeting_table = make_table(self.meeting_model, tr("Meetings"))
        self.meeting_table.activated.connect(lambda _i: self.edit_meeting())

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._box(tr("Actions"), self.action_table, (
            (tr("Add an action…"), self.add_action), (tr("Edit…"), self.edit_action),
            (tr("Mark chased today"), lambda: self.mark("chased")),
            (tr("Mark done"), lambda: self.mark("done")),
            (tr("Escalate…"), self.escalate),
        )))
        splitter.addWidget(self._box(tr("Meetings"), self.meeting_table, (
            (tr("Add a meeting…"), self.add_meeting), (tr("Edit…"), self.edit_meeting),
        )))
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    @staticmethod
    def _box(title: str, table: QWidget, buttons: tuple[tuple[str, object], ...]) -> QGroupBox:
        box = QGroupBox(title)
        row = QHBoxLayout()
        for text, slot in buttons:
            button = QPushButton(text)
            button.setAccessibleName(f"{text.rstrip('…')} ({title})")
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        return box

    def fetch(self, session: Session) -> ActionsData:
        return ActionsData(actions.actions_for(session, self.young_person_id),
                           actions.meetings_for(session, self.young_person_id))

    def show_data(self, data: ActionsData) -> None:
        self.meetings = data.meetings
        self.action_model.set_rows(data.actions)
        self.meeting_model.set_rows(data.meetings)

    def add_action(self) -> None:
        self._open(ActionDialog(self.ctx, self.young_person_id, None, self.meetings, self))

    def edit_action(self) -> None:
        row = selected_row(self.action_table)
        if row is not None:
            self._open(ActionDialog(self.ctx, self.young_person_id, row, self.meetings, self))

    def add_meeting(self) -> None:
        self._open(MeetingDialog(self.ctx, self.young_person_id, None, self))

    def edit_meeting(self) -> None:
        row = selected_row(self.meeting_table)
        if row is not None:
            self._open(MeetingDialog(self.ctx, self.young_person_id, row, self))

    def _open(self, dialog: EditDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def escalate(self) -> None:
        """Escalate the chosen overdue action: what was blocked is filled in from it."""
        from keyworker_desktop.ui.record.plans_dialogs import EscalationDialog

        row = selected_row(self.action_table)
        if row is None or not row.is_overdue(self.ctx.today()):
            self.ctx.interaction.inform(self, tr("Escalate"), tr(
                "Choose an overdue action to escalate. To escalate anything else, use "
                "Escalate… on the Plans & support tab."))
            return
        blocked = tr("Overdue action for {owner}: {what}").format(owner=row.owner_name,
                                                                  what=row.description)
        self._open(EscalationDialog(self.ctx, self.young_person_id, blocked=blocked,
                                    action_id=row.id, parent=self))

    def mark(self, status: str) -> None:
        row = selected_row(self.action_table)
        if row is None:
            return
        today = self.ctx.today()
        self.write(lambda s: actions.mark_action(s, row.id, status, today).id,
                   label=f"mark action {status}")
