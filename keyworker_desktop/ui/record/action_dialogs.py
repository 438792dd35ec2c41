"""Adding or editing an action (owner, due date, status, follow-up) and a meeting."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy.orm import Session

from keyworker_desktop.domain.vocab import ActionStatus, MeetingKind
from keyworker_desktop.services import actions
from keyworker_desktop.services.actions import ActionRow, MeetingRow
from keyworker_desktop.ui.date_fields import DateTimeField
from keyworker_desktop.ui.record.common import (
    OptionalDateEdit,
    TextBox,
    py_datetime,
    show_date,
    tr,
)
from keyworker_desktop.ui.record.edit_dialog import EditDialog

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext



def meeting_label(m: MeetingRow) -> str:
    kind = tr(MeetingKind(m.kind).label) if m.kind in set(MeetingKind) else m.kind
    return f"{show_date(m.held_at.date())} — {m.title or kind}"


class ActionDialog(EditDialog):
    def __init__(self, ctx: AppContext, young_person_id: str, row: ActionRow | None,
                 meetings: Sequence[MeetingRow], parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, tr("Edit action") if row else tr("Add an action"),
                         parent)
        self.row = row
        self.description = self.field("description", tr("What needs doing"),
                                      TextBox(row.description if row else ""))
        self.owner = self.field("owner_name", tr("Who owns it"),
                                QLineEdit(row.owner_name if row else ""))
        self.due = self.field("due_on", tr("Due by"), OptionalDateEdit())
        self.due.set_value(row.due_on if row else None)
        self.status = self.field("status", tr("Status"), QComboBox())
        for value, label in ActionStatus.choices():
            self.status.addItem(tr(label), value)
        self.status.setCurrentIndex(max(0, self.status.findData(row.status if row else "open")))
        self.follow_up = self.field("follow_up", tr("Follow-up"),
                                    TextBox(row.follow_up if row else "", 2))
        self.meeting = self.field("meeting_id", tr("From the meeting"), QComboBox())
        self.meeting.addItem(tr("None"), None)
        for m in meetings:
            self.meeting.addItem(meeting_label(m), m.id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(row.meeting_id if row else None)))
        self.description.setFocus()

    def job(self) -> Callable[[Session], Any]:
        yp_id, action_id = self.young_person_id, self.row.id if self.row else None
        values: dict[str, Any] = dict(
            description=self.description.toPlainText().strip(),
            owner_name=self.owner.text().strip(), due_on=self.due.value(),
            status=self.status.currentData(), follow_up=self.follow_up.toPlainText().strip(),
            meeting_id=self.meeting.currentData(),
        )
        return lambda s: actions.save_action(s, yp_id, action_id, **values).id


class MeetingDialog(EditDialog):
    def __init__(self, ctx: AppContext, young_person_id: str, row: MeetingRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, tr("Edit meeting") if row else tr("Add a meeting"),
                         parent)
        self.row = row
        self.kind = self.field("kind", tr("Kind of meeting"), QComboBox())
        for value, label in MeetingKind.choices():
            code = f" ({value.upper()})" if value in ("cetr", "ctr", "mdt") else ""
            self.kind.addItem(tr(label) + code, value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind if row else "cetr")))
        held = row.held_at if row else ctx.now().replace(second=0, microsecond=0)
        self.held = self.field("held_at", tr("When"), DateTimeField(held))
        self.title_edit = self.field("title", tr("Title"), QLineEdit(row.title if row else ""))
        self.location = self.field("location", tr("Where"), QLineEdit(row.location if row else ""))
        self.attendees = self.field("attendees", tr("Who came"),
                                    TextBox(row.attendees if row else "", 2))
        self.notes = self.field("notes", tr("Notes"), TextBox(row.notes if row else ""))

    def job(self) -> Callable[[Session], Any]:
        yp_id, meeting_id = self.young_person_id, self.row.id if self.row else None
        values: dict[str, Any] = dict(
            kind=self.kind.currentData(), held_at=py_datetime(self.held.dateTime()),
            title=self.title_edit.text().strip(), location=self.location.text().strip(),
            attendees=self.attendees.toPlainText().strip(), notes=self.notes.toPlainText(),
        )
        return lambda s: actions.save_meeting(s, yp_id, meeting_id, **values).id
