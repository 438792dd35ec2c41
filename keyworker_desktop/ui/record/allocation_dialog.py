"""Allocating a keyworker, senior keyworker or family keyworker (Record › Allocate keyworker…).

The role, the member of staff ("me" first once the laptop knows who its user is), from
when, the reason (a first allocation or one of the four reasons for a change), when the
line manager was told, notes, and the signed keyworker agreement (attached to the new
allocation in the same write as it, on Save). Over the caseload limit (counted in families) the
dialog says so before Save; whoever held the role is ended on the new one's first day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QWidget
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import AllocationRole, ChangeReason
from keyworker_desktop.services import allocation
from keyworker_desktop.services.allocation import StaffChoice
from keyworker_desktop.services.documents import DocumentKind
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.record.attach_file import SignedFormField
from keyworker_desktop.ui.record.common import (
    ErrorLabel,
    OptionalDateEdit,
    TextBox,
    py_date,
    qdate,
    read_job,
)
from keyworker_desktop.ui.record.edit_dialog import EditDialog

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext

def role_choices() -> list[tuple[str, str]]:
    """(code, words) of each role."""
    return [(m.value, m.label) for m in AllocationRole]


def reason_choices() -> list[tuple[str, str]]:
    """(code, words) of the reasons a new allocation may give."""
    words = {
        ChangeReason.FIRST_ALLOCATION: translate("Record", "First allocation"),
        ChangeReason.CHILD_COMPLAINT: translate("Record",
                                                "The young person says the relationship is not "
                                                "working"),
        ChangeReason.STAFF_LEFT: translate("Record", "The keyworker left the service"),
        ChangeReason.NO_POSITIVE_RELATIONSHIP: translate("Record",
                                                         "The keyworker could not build a positive "
                                                         "relationship"),
        ChangeReason.NOT_IN_BEST_INTERESTS: translate("Record",
                                                      "The relationship is not in someone's best "
                                                      "interests"),
    }
    return [(r.value, words[r]) for r in allocation.NEW_REASONS]


class AllocationDialog(EditDialog):
    """Allocate someone to a role for this young person, ending whoever held it."""

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id,
                         translate("AllocationDialog", "Allocate a keyworker"), parent)
        self.choices: list[StaffChoice] = []
        self.role = QComboBox()
        for value, label in role_choices():
            self.role.addItem(label, value)
        self.field("role", self.tr("&Role"), self.role)
        self.staff = QComboBox()
        self.staff.setPlaceholderText(self.tr("Loading the staff list…"))
        self.field("staff_id", self.tr("&Staff member"), self.staff)
        self.starts = QDateEdit(qdate(ctx.today()))
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("d MMM yyyy")
        self.field("starts_on", self.tr("&From"), self.starts)
        self.reason = QComboBox()
        for value, label in reason_choices():
            self.reason.addItem(label, value)
        self.field("change_reason", self.tr("R&eason"), self.reason)
        self.notified = OptionalDateEdit()
        self.field("line_manager_notified_on", self.tr("&Line manager notified"), self.notified)
        self.notes = self.field("notes", self.tr("&Notes"), TextBox(lines=3))
        self.signed_form = SignedFormField(ctx.interaction,
                                           self.tr("Attach the signed keyworker agreement"))
        self.field("signed_form", self.tr("Signed &agreement"), self.signed_form,
                   buddy=self.signed_form.choose_button)
        self.signed_form.choose_button.setAccessibleName(
            self.tr("Signed agreement: attach the signed keyworker agreement"))
        # The caseload warning: words and a mark, read out when it appears.
        self.caseload = ErrorLabel()
        self.caseload.setAccessibleName(self.tr("Caseload"))
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.caseload, 1)
        self.form.addRow(row)
        self.staff.currentIndexChanged.connect(lambda _i: self._check_caseload())
        self.role.currentIndexChanged.connect(lambda _i: self._check_caseload())
        self.role.setFocus()
        if ctx.store is not None:
            run_op(ctx, read_job(allocation.staff_choices), self.set_staff, owner=self,
                   parent=self, label="staff to allocate")

    def has_changes(self) -> bool:
        return super().has_changes() or self.signed_form.picked() is not None

    def set_staff(self, choices: list[StaffChoice]) -> None:
        """Offer these members of staff, this laptop's user first as "me"."""
        self.choices = list(choices)
        self.staff.blockSignals(True)
        try:
            self.staff.clear()
            for c in self.choices:
                text = self.tr("{name} (me)").format(name=c.name) if c.is_me else c.name
                self.staff.addItem(text, c.id)
            self.staff.setPlaceholderText(self.tr("No staff on this laptop yet: sync first"))
            self.staff.setCurrentIndex(0 if self.choices else -1)
        finally:
            self.staff.blockSignals(False)
        self._opened_with = [(w, v) for w, v in self._opened_with if w is not self.staff]
        self._check_caseload()

    def _check_caseload(self) -> None:
        staff_id, role = self.staff.currentData(), self.role.currentData()
        if not staff_id or self.ctx.store is None:
            self.caseload.show_message("")
            return
        yp_id = self.young_person_id

        def fetch(session: Session) -> list[str]:
            return [p.message for p in allocation.caseload_warnings(session, yp_id, staff_id,
                                                                    role)]

        run_op(self.ctx, read_job(fetch), self._show_caseload, owner=self, parent=self,
               label="caseload check")

    def _show_caseload(self, warnings: list[str]) -> None:
        message = " ".join(warnings)
        self.caseload.show_message(message, warning=True)
        self.caseload.setAccessibleDescription(message)

    def caseload_warning(self) -> str:
        return self.caseload.text() if not self.caseload.isHidden() else ""

    def job(self) -> Callable[[Session], Any] | None:
        staff_id = self.staff.currentData()
        if not staff_id:
            self.errors.show_problems([("staff_id", self.tr("Choose a member of staff."), False)])
            return None
        yp_id, role, reason = self.young_person_id, self.role.currentData(), \
            self.reason.currentData()
        starts: date = py_date(self.starts.date())
        notified, notes = self.notified.value(), self.notes.toPlainText().strip()
        picked = self.signed_form.picked()

        def write(s: Session) -> str:
            made = allocation.allocate(s, yp_id, staff_id, role=role, reason=reason,
                                       starts_on=starts, line_manager_notified_on=notified,
                                       notes=notes)[0]
            if picked is not None:  # the agreement, in the same write as the allocation
                picked.attach(s, yp_id, kind=DocumentKind.KEYWORKER_AGREEMENT.value,
                              attached_to="allocation", attached_to_id=made.id,
                              signed_on=starts)
            return made.id

        return write
