"""The Actions and meetings tab: actions keyworkers chase, the meetings they came from, and
the contact log (calls, emails, messages and letters with the network and family)."""

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import ActionStatus, MeetingKind
from keyworker_desktop.services import actions, rhythm
from keyworker_desktop.services.actions import ActionRow, MeetingRow
from keyworker_desktop.services.records import live_names
from keyworker_desktop.services.rhythm import Contactable, ContactRow
from keyworker_desktop.ui import icons
from keyworker_desktop.ui.record.action_dialogs import (
    ActionDialog,
    ContactDialog,
    MeetingDialog,
    how_labels,
)
from keyworker_desktop.ui.record.common import RecordTab, show_date, show_datetime
from keyworker_desktop.ui.record.edit_dialog import EditDialog
from keyworker_desktop.ui.table_model import Column, TableModel, make_table, selected_row

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


@dataclass(frozen=True)
class ActionsData:
    actions: list[ActionRow]
    meetings: list[MeetingRow]
    people: list[Contactable]
    contacts: list[ContactRow]
    #: (id, name) of the young people on the laptop, for a tracker meeting about several.
    young_people: list[tuple[str, str]]


def action_columns(today: date) -> list[Column[ActionRow]]:
    def due(a: ActionRow) -> str:
        if a.due_on is None:
            return translate("Record", "No date")
        if a.is_overdue(today):
            return translate("Record", "Overdue (was due {date})").format(date=show_date(a.due_on))
        return show_date(a.due_on)

    def status(a: ActionRow) -> str:
        text = ActionStatus(a.status).label if a.status in set(ActionStatus) else a.status
        if a.status == ActionStatus.DONE.value and a.done_on:
            text += translate("Record", " on {date}").format(date=show_date(a.done_on))
        if a.last_chased_on:
            text += translate("Record", " (chased {date})").format(date=show_date(a.last_chased_on))
        return text

    return [
        Column(translate("Record", "What needs doing"), lambda a: a.description),
        Column(translate("Record", "Owner"), lambda a: a.owner_name),
        Column(translate("Record", "Due"), due, bold=lambda a: a.is_overdue(today),
               icon=lambda a: icons.icon("overdue") if a.is_overdue(today) else None),
        Column(translate("Record", "Status"), status),
        Column(translate("Record", "Follow-up"), lambda a: a.follow_up),
    ]


def meeting_columns(names: dict[str, str],
                    meetings: dict[str, MeetingRow]) -> list[Column[MeetingRow]]:
    """``names``: network professionals by id; ``meetings``: this record's, by id (both
    filled in as the data arrives)."""
    def who(m: MeetingRow) -> str:
        came = [names[i] for i in m.attendee_ids if i in names]
        return "; ".join([*came, *([m.attendees] if m.attendees else [])])

    def linked(m: MeetingRow) -> str:
        parts = []
        if m.follow_up_of_id and m.follow_up_of_id in meetings:
            parts.append(translate("Record", "Follows up {date}").format(
                date=show_date(meetings[m.follow_up_of_id].held_at.date())))
        parts += [translate("Record",
                            "Followed up {date}").format(date=show_date(meetings[i].held_at.date()))
                  for i in m.follow_ups if i in meetings]
        if m.group_id:
            parts.append(translate("Record", "Tracker: one part per young person"))
        return "; ".join(parts)

    return [
        Column(translate("Record", "When"), lambda m: show_datetime(m.held_at)),
        Column(translate("Record", "Kind"), lambda m: MeetingKind(m.kind).label
               if m.kind in set(MeetingKind) else m.kind),
        Column(translate("Record", "Title"),
               lambda m: " · ".join(p for p in (m.title, linked(m)) if p)),
        Column(translate("Record", "Where"), lambda m: m.location),
        Column(translate("Record", "Who came"), who),
    ]


def contact_columns() -> list[Column[ContactRow]]:
    hows = how_labels()
    return [
        Column(translate("Record", "When"), lambda c: show_datetime(c.contact_at)),
        Column(translate("Record", "With"), lambda c: c.with_name),
        Column(translate("Record", "How"), lambda c: hows.get(c.how, c.how)),
        Column(translate("Record", "Direction"),
               lambda c: translate("Record", "They contacted us") if c.direction == "in"
               else translate("Record", "We contacted them")),
        Column(translate("Record", "What was said or agreed"), lambda c: c.summary),
    ]


class ActionsTab(RecordTab):
    ENTITIES = frozenset({"action", "meeting", "contact_log", "network_link", "professional",
                          "family_member"})

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.meetings: list[MeetingRow] = []
        self.people: list[Contactable] = []
        self.young_people: list[tuple[str, str]] = []
        self._names: dict[str, str] = {}
        self._by_id: dict[str, MeetingRow] = {}
        self.dialog: EditDialog | None = None
        self.action_model = TableModel(action_columns(ctx.today()), parent=self)
        self.action_table = make_table(self.action_model, self.tr("Actions"))
        # Enter or a double-click opens the row.
        self.action_table.activated.connect(lambda _i: self.edit_action())
        self.meeting_model = TableModel(meeting_columns(self._names, self._by_id), parent=self)
        self.meeting_table = make_table(self.meeting_model, self.tr("Meetings"))
        self.meeting_table.activated.connect(lambda _i: self.edit_meeting())
        self.contact_model = TableModel(contact_columns(), parent=self)
        self.contact_table = make_table(self.contact_model, self.tr("Contact log"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._box(self.tr("Actions"), self.action_table, (
            (self.tr("Add an action…"), self.add_action), (self.tr("Edit…"), self.edit_action),
            (self.tr("Mark chased today"), lambda: self.mark("chased")),
            (self.tr("Mark done"), lambda: self.mark("done")),
            (self.tr("Escalate…"), self.escalate),
        )))
        # Meetings and the contact log share the lower half, one page each.
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Meetings and contact log"))
        self.pages.addTab(self._box(self.tr("Meetings"), self.meeting_table, (
            (self.tr("Add a meeting…"), self.add_meeting), (self.tr("Edit…"), self.edit_meeting),
            (self.tr("Add a follow-up…"), self.add_follow_up),
        )), self.tr("&Meetings"))
        self.pages.addTab(self._box(self.tr("Contact log"), self.contact_table, (
            (self.tr("Log a contact…"), self.add_contact),
        )), self.tr("C&ontact log"))
        splitter.addWidget(self.pages)
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
        yp_id = self.young_person_id
        return ActionsData(actions.actions_for(session, yp_id),
                           actions.meetings_for(session, yp_id),
                           rhythm.contactables(session, yp_id),
                           rhythm.contact_log_for(session, yp_id),
                           live_names(session))

    def show_data(self, data: ActionsData) -> None:
        self.meetings, self.people = data.meetings, data.people
        self.young_people = data.young_people
        self._names.clear()
        self._names.update({p.id: p.name for p in data.people if p.kind == "professional"})
        self._by_id.clear()
        self._by_id.update({m.id: m for m in data.meetings})
        self.contact_model.set_rows(data.contacts)
        self.action_model.set_rows(data.actions)
        self.meeting_model.set_rows(data.meetings)

    def add_action(self) -> None:
        self._open(ActionDialog(self.ctx, self.young_person_id, None, self.meetings, self,
                                people=self.people))

    def edit_action(self) -> None:
        row = selected_row(self.action_table)
        if row is not None:
            self._open(ActionDialog(self.ctx, self.young_person_id, row, self.meetings, self,
                                    people=self.people))

    def add_meeting(self) -> None:
        self._open(MeetingDialog(self.ctx, self.young_person_id, None, self, self.people,
                                 self.meetings, self.young_people))

    def add_follow_up(self) -> None:
        """A new meeting following up the selected one (a C(E)TR's follow-up)."""
        row = selected_row(self.meeting_table)
        dialog = MeetingDialog(self.ctx, self.young_person_id, None, self, self.people,
                               self.meetings)
        if row is not None:
            dialog.follows.setCurrentIndex(max(0, dialog.follows.findData(row.id)))
            dialog.kind.setCurrentIndex(max(0, dialog.kind.findData("professionals")))
        self._open(dialog)

    def edit_meeting(self) -> None:
        row = selected_row(self.meeting_table)
        if row is not None:
            self._open(MeetingDialog(self.ctx, self.young_person_id, row, self, self.people,
                                     self.meetings))

    def add_contact(self) -> None:
        self._open(ContactDialog(self.ctx, self.young_person_id, self.people, self))

    def _open(self, dialog: EditDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def escalate(self) -> None:
        """Escalate the chosen overdue action: what was blocked is filled in from it."""
        from keyworker_desktop.ui.record.plans_dialogs import EscalationDialog

        row = selected_row(self.action_table)
        if row is None or not row.is_overdue(self.ctx.today()):
            self.ctx.interaction.inform(self, self.tr("Escalate"), self.tr(
                "Choose an overdue action to escalate. To escalate anything else, use "
                "Escalate… on the Plans & support tab."))
            return
        blocked = self.tr("Overdue action for {owner}: {what}").format(owner=row.owner_name,
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
