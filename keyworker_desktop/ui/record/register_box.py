"""Where the young person stands on the Dynamic Support Register, on the Profile tab.

The line says the status; beside it, buttons for the moves that status allows (as the
triage queue, Ctrl+5, offers them): move to the waiting list, accept onto the
register (decided by this laptop's user), or decline, which asks why and who decided
in the triage queue's :class:`~keyworker_desktop.ui.record.decline_dialog.DeclineDialog`.
Closing and reopening the involvement close and accept the entry again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import DsrStatus
from keyworker_desktop.services import triage
from keyworker_desktop.services.triage import TriageStatus
from keyworker_desktop.ui.announce import announce
from keyworker_desktop.ui.record.common import RecordTab, show_date
from keyworker_desktop.ui.record.decline_dialog import DeclineDialog

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


def describe(status: TriageStatus | None) -> str:
    """The entry's status in a sentence: what, since when, who decided and why."""
    if status is None:
        return translate("Record", "Not on the register: no referral is recorded.")
    text = DsrStatus(status.status).label
    if status.status_on is not None:
        text = translate("Record", "{status} since {date}").format(status=text,
                                                                   date=show_date(status.status_on))
    if status.decided_by:
        text = translate("Record", "{text}, decided by {name}").format(text=text,
                                                                       name=status.decided_by)
    if status.decision_reason:
        text = translate("Record", "{text}: {reason}").format(text=text,
                                                              reason=status.decision_reason)
    if status.status in triage.QUEUED:
        text = translate("Record",
                         "{text}. Waiting for triage (Go > Triage, Ctrl+5).").format(text=text)
    return text


@dataclass(frozen=True)
class RegisterData:
    status: TriageStatus | None
    user_name: str


def allowed_moves(status: TriageStatus | None) -> frozenset[DsrStatus]:
    """The triage decisions the entry's status allows (none without an entry)."""
    if status is None:
        return frozenset()
    try:
        return triage.MOVES[DsrStatus(status.status)]
    except ValueError:  # a status from a newer version: leave it to that version
        return frozenset()


class RegisterBox(RecordTab):
    """The register entry's status and the triage moves it allows; reloads on change."""

    ENTITIES = frozenset({"dsr_entry", "setting"})

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.data = RegisterData(None, "")
        self.dialog: DeclineDialog | None = None
        box = QGroupBox(self.tr("Dynamic Support Register"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("register_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.waiting_button = QPushButton(self.tr("Move to waiting list"))
        self.waiting_button.setAccessibleName(self.tr("Move to the triage waiting list"))
        self.waiting_button.clicked.connect(lambda: self.move_to(DsrStatus.WAITING))
        self.accept_button = QPushButton(self.tr("Accept onto the register"))
        self.accept_button.setAccessibleName(self.tr("Accept onto the register"))
        self.accept_button.clicked.connect(lambda: self.move_to(DsrStatus.ACCEPTED))
        self.decline_button = QPushButton(self.tr("Decline…"))
        self.decline_button.setAccessibleName(self.tr("Decline the referral"))
        self.decline_button.clicked.connect(self.decline)
        self._buttons = {DsrStatus.WAITING: self.waiting_button,
                         DsrStatus.ACCEPTED: self.accept_button,
                         DsrStatus.DECLINED: self.decline_button}
        buttons = QHBoxLayout()
        for button in self._buttons.values():
            button.hide()
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.status)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)

    def fetch(self, session: Session) -> RegisterData:
        return RegisterData(triage.triage_status(session, self.young_person_id),
                            triage.user_name(session))

    def show_data(self, data: RegisterData) -> None:
        self.data = data
        text = describe(data.status)
        self.status.setText(text)
        self.status.setAccessibleName(self.tr("Register status: {text}").format(text=text))
        allowed = allowed_moves(data.status)
        for to, button in self._buttons.items():
            button.setVisible(to in allowed)

    def move_to(self, to: DsrStatus) -> None:
        """Move the referral to the waiting list or accept it, decided by this laptop's user."""
        if to not in allowed_moves(self.data.status):
            return
        yp_id, today, by = self.young_person_id, self.ctx.today(), self.data.user_name
        done = (self.tr("On the triage waiting list.") if to is DsrStatus.WAITING
                else self.tr("Accepted onto the register."))
        self.write(lambda s: triage.move(s, yp_id, to.value, on=today, today=today,
                                         decided_by=by).id,
                   lambda _id: announce(self.status, done), label=f"triage {to.value}")

    def decline(self) -> DeclineDialog | None:
        """Open the triage queue's "Decline the referral" form for this young person."""
        if DsrStatus.DECLINED not in allowed_moves(self.data.status):
            return None
        dialog = DeclineDialog(self.ctx, self.young_person_id, self.data.user_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: announce(self.status,
                                                  self.tr("The referral is declined.")))
        self.dialog = dialog
        dialog.open()
        return dialog
