"""Family and carers, and important dates, on the Profile tab: a table each with add/edit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import FamilyRelationship
from keyworker_desktop.services import profile
from keyworker_desktop.services.profile import DateRow, FamilyRow
from keyworker_desktop.store.models import FamilyMember, ImportantDate
from keyworker_desktop.ui.record.common import OptionalDateEdit, RecordTab, show_date
from keyworker_desktop.ui.record.edit_dialog import EditDialog, ask_first
from keyworker_desktop.ui.table_model import Column, TableModel, make_table, selected_row

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


def _relation(value: str) -> str:
    return FamilyRelationship(value).label if value in set(FamilyRelationship) else value


def _yes_no(value: bool) -> str:
    return translate("FamilyBox", "Yes") if value else translate("FamilyBox", "No")


class FamilyDialog(EditDialog):
    def __init__(self, ctx: AppContext, young_person_id: str, row: FamilyRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id,
                         translate("FamilyDialog", "Edit family member") if row
                         else translate("FamilyDialog", "Add family member"), parent)
        self.row = row
        self.name = self.field("name", self.tr("Name"), QLineEdit(row.name if row else ""))
        self.relation = QComboBox()
        for value, label in FamilyRelationship.choices():
            self.relation.addItem(label, value)
        self.relation.setCurrentIndex(max(0, self.relation.findData(row.relation if row else "")))
        self.field("relation", self.tr("Relationship"), self.relation)
        self.responsibility = QCheckBox(self.tr("Has parental responsibility"))
        self.responsibility.setChecked(bool(row and row.parental_responsibility))
        self.field("parental_responsibility", self.tr("Parental responsibility"),
                   self.responsibility)
        self.lives_with = QCheckBox(self.tr("Lives with the young person"))
        self.lives_with.setChecked(bool(row and row.lives_with_young_person))
        self.field("lives_with_young_person", self.tr("Lives with them"), self.lives_with)
        self.phone = self.field("phone", self.tr("Phone"), QLineEdit(row.phone if row else ""))
        self.email = self.field("email", self.tr("Email"), QLineEdit(row.email if row else ""))
        self.notes = self.field("notes", self.tr("Notes"), QLineEdit(row.notes if row else ""))

    def job(self) -> Callable[[Session], Any]:
        yp_id, member_id = self.young_person_id, self.row.id if self.row else None
        values = dict(
            name=self.name.text().strip(), relation=self.relation.currentData(),
            parental_responsibility=self.responsibility.isChecked(),
            lives_with_young_person=self.lives_with.isChecked(), phone=self.phone.text().strip(),
            email=self.email.text().strip(), notes=self.notes.text().strip(),
        )
        return lambda s: profile.save_family_member(s, yp_id, member_id, **values).id


class DateDialog(EditDialog):
    def __init__(self, ctx: AppContext, young_person_id: str, row: DateRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id,
                         translate("DateDialog", "Edit important date") if row
                         else translate("DateDialog", "Add important date"), parent)
        self.row = row
        self.label = self.field("label", self.tr("What it is"), QLineEdit(row.label if row else ""))
        self.on = OptionalDateEdit()
        self.on.set_value(row.on if row else ctx.today())
        self.field("on", self.tr("Date"), self.on)
        self.yearly = QCheckBox(self.tr("Every year"))
        self.yearly.setChecked(row.yearly if row else True)
        self.field("yearly", self.tr("Repeats"), self.yearly)
        self.notes = self.field("notes", self.tr("Notes"), QLineEdit(row.notes if row else ""))

    def job(self) -> Callable[[Session], Any] | None:
        on = self.on.value()
        if on is None:
            self.errors.show_problems([("on", self.tr("Choose the date."), False)])
            return None
        yp_id, date_id = self.young_person_id, self.row.id if self.row else None
        label, yearly, notes = self.label.text().strip(), self.yearly.isChecked(), self.notes.text()
        return lambda s: profile.save_important_date(s, yp_id, date_id, label=label, on=on,
                                                     yearly=yearly, notes=notes).id


class _PeopleBox(QGroupBox):
    """A titled table with Add, Edit and Remove."""

    def __init__(self, title: str, noun: str, columns: Sequence[Column[Any]],
                 tab: RecordTab) -> None:
        super().__init__(title)
        self.tab = tab
        self.ctx = tab.ctx
        self.young_person_id = tab.young_person_id
        self.dialog: EditDialog | None = None
        self.model = TableModel(columns, parent=self)
        self.table = make_table(self.model, title)
        self.table.activated.connect(lambda _i: self.edit())  # Enter or double-click
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self.add), (self.tr("Edit…"), self.edit),
                           (self.tr("Remove"), self.remove)):
            button = QPushButton(text)
            button.setAccessibleName(f"{text.rstrip('…')} {noun}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        lines = max(2, min(len(rows), 6)) + 1
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * lines * 2)

    def make_dialog(self, row: Any) -> EditDialog:
        raise NotImplementedError

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self._open(row)

    def _open(self, row: Any) -> None:
        self.dialog = self.make_dialog(row)
        self.dialog.open()

    def remove(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        model = FamilyMember if isinstance(row, FamilyRow) else ImportantDate
        what = row.name if isinstance(row, FamilyRow) else row.label
        if ask_first(self.ctx, self, self.tr("Remove {what} from the profile?").format(what=what)):
            self.tab.write(lambda s: profile.remove(s, model, row.id), label="remove")


class FamilyBox(_PeopleBox):
    def __init__(self, ctx: AppContext, young_person_id: str, tab: RecordTab) -> None:
        super().__init__(translate("FamilyBox", "Family and carers"),
                         translate("FamilyBox", "family member"), [
            Column(translate("FamilyBox", "Name"), lambda r: r.name),
            Column(translate("FamilyBox", "Relationship"), lambda r: _relation(r.relation)),
            Column(translate("FamilyBox", "Parental responsibility"),
                   lambda r: _yes_no(r.parental_responsibility)),
            Column(translate("FamilyBox", "Lives with them"),
                   lambda r: _yes_no(r.lives_with_young_person)),
            Column(translate("FamilyBox", "Phone"), lambda r: r.phone),
        ], tab)

    def make_dialog(self, row: Any) -> EditDialog:
        return FamilyDialog(self.ctx, self.young_person_id, row, self)


class DatesBox(_PeopleBox):
    def __init__(self, ctx: AppContext, young_person_id: str, tab: RecordTab) -> None:
        super().__init__(translate("DatesBox", "Important dates"),
                         translate("DatesBox", "important date"), [
            Column(translate("DatesBox", "Date"), lambda r: show_date(r.on)),
            Column(translate("DatesBox", "What it is"), lambda r: r.label),
            Column(translate("DatesBox", "Every year"),
                   lambda r: _yes_no(r.yearly)),
            Column(translate("DatesBox", "Notes"), lambda r: r.notes),
        ], tab)

    def make_dialog(self, row: Any) -> EditDialog:
        return DateDialog(self.ctx, self.young_person_id, row, self)
