"""Decline a referral at triage: why, who decided (this laptop's user unless changed), when.

Nothing is changed until Save; a missing reason or decider is shown under its field
and the form stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QScrollArea, QWidget
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import DsrStatus
from keyworker_desktop.services import triage
from keyworker_desktop.ui.record.common import TextBox
from keyworker_desktop.ui.record.date_entry import TypedDateEdit
from keyworker_desktop.ui.record.edit_dialog import EditDialog

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


class DeclineDialog(EditDialog):
    """Declines the young person's referral on Save; ``saved`` carries the entry's id."""

    def __init__(self, ctx: AppContext, young_person_id: str, decided_by: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, translate("DeclineDialog", "Decline the referral"),
                         parent)
        self.setObjectName("decline_referral")
        self.reason = self.field("decision_reason", self.tr("&Why it is declined"),
                                 TextBox(lines=4))
        self.decided_by = self.field("decided_by", self.tr("&Decided by"), QLineEdit(decided_by))
        self.on = self.field("status_on", self.tr("D&ate"), TypedDateEdit())
        self.on.set_value(ctx.today())
        self.save_button.setText(self.tr("&Decline referral"))
        for area in self.findChildren(QScrollArea):  # the fields take the focus, not it
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reason.setFocus()

    def job(self) -> Callable[[Session], Any] | None:
        on = self.on.value()
        if on is None:
            self.errors.show_problems([("status_on", self.tr("Choose the date."), False)])
            return None
        yp_id, today = self.young_person_id, self.ctx.today()
        by, reason = self.decided_by.text(), self.reason.toPlainText()
        return lambda s: triage.move(s, yp_id, DsrStatus.DECLINED.value, on=on, today=today,
                                     decided_by=by, reason=reason).id
