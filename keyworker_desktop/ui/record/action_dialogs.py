"""Adding or editing an action (owner, due date, status, follow-up), a meeting (who came
from the network, the C(E)TR it follows up) and a contact on the contact log.

Owners, attendees and who a contact was with are picked from the young person's network
(and family, for contacts); a name typed instead is kept as typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import ActionStatus, MeetingKind
from keyworker_desktop.services import actions, rhythm
from keyworker_desktop.services.actions import ActionRow, MeetingRow
from keyworker_desktop.services.rhythm import Contactable
from keyworker_desktop.ui.date_fields import DateTimeField
from keyworker_desktop.ui.record.common import OptionalDateEdit, TextBox, py_datetime, show_date
from keyworker_desktop.ui.record.edit_dialog import EditDialog

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext



def people_combo(people: Sequence[Contactable], current: str, current_id: str | None,
                 placeholder: str) -> QComboBox:
    """An editable list of the network (and family): pick one or type another name."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for person in people:
        label = f"{person.name} ({person.detail})" if person.detail else person.name
        combo.addItem(label, person)
    at = next((i for i, p in enumerate(people) if p.id == current_id), -1)
    combo.setCurrentIndex(at)
    combo.setEditText(combo.itemText(at) if at >= 0 else current)
    editor = combo.lineEdit()
    assert editor is not None  # an editable combo box always has one
    editor.setPlaceholderText(placeholder)
    return combo


def picked_person(combo: QComboBox) -> tuple[str, Contactable | None]:
    """The name in the box, and the person in the list it is (if it is one)."""
    text = combo.currentText().strip()
    at = combo.findText(text, Qt.MatchFlag.MatchExactly)
    person = combo.itemData(at) if at >= 0 else None
    if isinstance(person, Contactable):
        return person.name, person
    # Typed rather than picked: exactly one person of that name is that person.
    named = [p for i in range(combo.count())
             if isinstance(p := combo.itemData(i), Contactable)
             and p.name.casefold() == text.casefold()]
    return (named[0].name, named[0]) if len(named) == 1 else (text, None)


def meeting_label(m: MeetingRow) -> str:
    kind = MeetingKind(m.kind).label if m.kind in set(MeetingKind) else m.kind
    return f"{show_date(m.held_at.date())} — {m.title or kind}"


class ActionDialog(EditDialog):
    def __init__(self, ctx: AppContext, young_person_id: str, row: ActionRow | None,
                 meetings: Sequence[MeetingRow], parent: QWidget | None = None,
                 people: Sequence[Contactable] = ()) -> None:
        super().__init__(ctx, young_person_id,
                         translate("ActionDialog", "Edit action") if row
                         else translate("ActionDialog", "Add an action"),
                         parent)
        self.row = row
        self.description = self.field("description", self.tr("What needs doing"),
                                      TextBox(row.description if row else ""))
        professionals = [p for p in people if p.kind == "professional"]
        self.owner = self.field("owner_name", self.tr("Who owns it"), people_combo(
            professionals, row.owner_name if row else "",
            row.owner_professional_id if row else None,
            self.tr("Pick someone in the network or type a name")))
        self.due = self.field("due_on", self.tr("Due by"), OptionalDateEdit())
        self.due.set_value(row.due_on if row else None)
        self.status = self.field("status", self.tr("Status"), QComboBox())
        for value, label in ActionStatus.choices():
            self.status.addItem(label, value)
        self.status.setCurrentIndex(max(0, self.status.findData(row.status if row else "open")))
        self.done_on = self.field("done_on", self.tr("Done on (empty: today)"),
                                  OptionalDateEdit())
        self.done_on.set_value(row.done_on if row else None)
        self.follow_up = self.field("follow_up", self.tr("Follow-up"),
                                    TextBox(row.follow_up if row else "", 2))
        self.meeting = self.field("meeting_id", self.tr("From the meeting"), QComboBox())
        self.meeting.addItem(self.tr("None"), None)
        for m in meetings:
            self.meeting.addItem(meeting_label(m), m.id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(row.meeting_id if row else None)))
        self.description.setFocus()

    def job(self) -> Callable[[Session], Any]:
        yp_id, action_id = self.young_person_id, self.row.id if self.row else None
        owner, person = picked_person(self.owner)
        done_on = self.done_on.value()  # unchanged: the day held stays (or today, newly done)
        values: dict[str, Any] = dict(
            description=self.description.toPlainText().strip(),
            owner_name=owner, owner_professional_id=person.id if person else None,
            due_on=self.due.value(),
            status=self.status.currentData(), follow_up=self.follow_up.toPlainText().strip(),
            meeting_id=self.meeting.currentData(),
            done_on=None if done_on == (self.row.done_on if self.row else None) else done_on,
            today=self.ctx.today(),
        )
        return lambda s: actions.save_action(s, yp_id, action_id, **values).id


class MeetingDialog(EditDialog):
    def __init__(self, ctx: AppContext, young_person_id: str, row: MeetingRow | None,
                 parent: QWidget | None = None, people: Sequence[Contactable] = (),
                 meetings: Sequence[MeetingRow] = (),
                 others: Sequence[tuple[str, str]] = ()) -> None:
        """``others``: (id, name) of the other young people a new tracker meeting can also
        be about, each with their own section of the notes."""
        super().__init__(ctx, young_person_id,
                         translate("MeetingDialog", "Edit meeting") if row
                         else translate("MeetingDialog", "Add a meeting"),
                         parent)
        self.row = row
        self.kind = self.field("kind", self.tr("Kind of meeting"), QComboBox())
        for value, label in MeetingKind.choices():
            code = f" ({value.upper()})" if value in ("cetr", "ctr", "mdt") else ""
            self.kind.addItem(label + code, value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind if row else "cetr")))
        held = row.held_at if row else ctx.now().replace(second=0, microsecond=0)
        self.held = self.field("held_at", self.tr("When"), DateTimeField(held))
        self.title_edit = self.field("title", self.tr("Title"), QLineEdit(row.title if row else ""))
        self.location = self.field("location", self.tr("Where"),
                                   QLineEdit(row.location if row else ""))
        self.network = self.field("attendee_ids", self.tr("Who came from the network"),
                                  QListWidget())
        came = set(row.attendee_ids if row else ())
        for person in people:
            if person.kind != "professional":
                continue
            item = QListWidgetItem(f"{person.name} ({person.detail})" if person.detail
                                   else person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in came
                               else Qt.CheckState.Unchecked)
            self.network.addItem(item)
        self.network.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.form.setRowVisible(self.network, self.network.count() > 0)
        self.attendees = self.field("attendees", self.tr("Others who came"),
                                    TextBox(row.attendees if row else "", 2))
        self.follows = self.field("follow_up_of_id", self.tr("Follows up"), QComboBox())
        self.follows.addItem(self.tr("No earlier meeting"), None)
        for m in meetings:
            if row is None or m.id != row.id:
                self.follows.addItem(meeting_label(m), m.id)
        self.follows.setCurrentIndex(max(0, self.follows.findData(
            row.follow_up_of_id if row else None)))
        # A tracker meeting about several young people: who else, and a section each.
        self.also = self.field("young_people", self.tr("Also about (tracker meeting)"),
                               QListWidget())
        for yp_id, name in others if row is None else ():
            if yp_id == young_person_id:
                continue
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, yp_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.also.addItem(item)
        self.also.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.also.itemChanged.connect(self._part_toggled)
        self.notes = TextBox(row.notes if row else "")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.sections = self.field("notes", self.tr("Notes"), QTabWidget())
        self.sections.setAccessibleName(self.tr("Notes, a section per young person"))
        self.sections.addTab(self.notes, self.tr("This young person"))
        self.sections.tabBar().setVisible(False)
        self.part_notes: dict[str, TextBox] = {}
        self.kind.currentIndexChanged.connect(lambda _i: self._show_tracker_rows())
        self._show_tracker_rows()

    def job(self) -> Callable[[Session], Any]:
        yp_id, meeting_id = self.young_person_id, self.row.id if self.row else None
        values: dict[str, Any] = dict(
            kind=self.kind.currentData(), held_at=py_datetime(self.held.dateTime()),
            title=self.title_edit.text().strip(), location=self.location.text().strip(),
            attendees=self.attendees.toPlainText().strip(), notes=self.notes.toPlainText(),
            attendee_ids=self.attendee_ids(), follow_up_of_id=self.follows.currentData(),
        )
        if self.part_notes and values["kind"] == "tracker":
            parts = {yp_id: values["notes"],
                     **{other: box.toPlainText() for other, box in self.part_notes.items()}}
            shared = {k: values[k] for k in ("held_at", "title", "location", "attendees")}
            return lambda s: actions.save_tracker_meeting(s, parts, **shared)[0].id
        return lambda s: actions.save_meeting(s, yp_id, meeting_id, **values).id

    def _show_tracker_rows(self) -> None:
        self.form.setRowVisible(self.also, self.kind.currentData() == "tracker"
                                and self.also.count() > 0)

    def _part_toggled(self, item: QListWidgetItem) -> None:
        """A section of the notes for each young person ticked."""
        yp_id = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked and yp_id not in self.part_notes:
            box = TextBox("")
            box.setAccessibleName(self.tr("Notes about {name}").format(name=item.text()))
            self.part_notes[yp_id] = box
            self.sections.addTab(box, item.text())
        elif item.checkState() != Qt.CheckState.Checked and yp_id in self.part_notes:
            box = self.part_notes.pop(yp_id)
            self.sections.removeTab(self.sections.indexOf(box))
            box.deleteLater()
        self.sections.tabBar().setVisible(bool(self.part_notes))

    def attendee_ids(self) -> list[str]:
        return [str(self.network.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.network.count())
                if self.network.item(i).checkState() == Qt.CheckState.Checked]


def how_labels() -> dict[str, str]:
    """How a contact was made, in words, in the order the form offers them."""
    return {"call": translate("Record", "Phone call"), "email": translate("Record", "Email"),
            "message": translate("Record", "Text or message"),
            "letter": translate("Record", "Letter"), "in_person": translate("Record", "In person")}


class ContactDialog(EditDialog):
    """Log a call, email, message or letter with someone in the network or family."""

    def __init__(self, ctx: AppContext, young_person_id: str,
                 people: Sequence[Contactable], parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, translate("ContactDialog", "Log a contact"), parent)
        self.row = None
        self.who = self.field("with_name", self.tr("With"), people_combo(
            people, "", None, self.tr("Pick someone in the network or family, or type a name")))
        self.how = self.field("how", self.tr("How"), QComboBox())
        for value, label in how_labels().items():
            self.how.addItem(label, value)
        self.direction = self.field("direction", self.tr("Who got in touch"), QComboBox())
        self.direction.addItem(self.tr("We contacted them"), "out")
        self.direction.addItem(self.tr("They contacted us"), "in")
        self.when = self.field("contact_at", self.tr("When"),
                               DateTimeField(ctx.now().replace(second=0, microsecond=0)))
        self.summary = self.field("summary", self.tr("What was said or agreed"), TextBox("", 3))
        self.who.setFocus()

    def job(self) -> Callable[[Session], Any]:
        yp_id = self.young_person_id
        name, person = picked_person(self.who)
        values: dict[str, Any] = dict(
            contact_at=py_datetime(self.when.dateTime()), how=self.how.currentData(),
            direction=self.direction.currentData(), summary=self.summary.toPlainText().strip(),
            with_name=name,
            professional_id=person.id if person and person.kind == "professional" else None,
            family_member_id=person.id if person and person.kind == "family_member" else None,
        )
        return lambda s: rhythm.add_contact(s, yp_id, **values).id
