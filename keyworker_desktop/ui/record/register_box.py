"""Where the young person stands on the Dynamic Support Register, on the Profile tab.

Read-only: the triage queue (Ctrl+5) and ``keyworker triage`` move a referral on;
closing and reopening the involvement close and accept the entry again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from keyworker_desktop.domain.vocab import DsrStatus
from keyworker_desktop.services import triage
from keyworker_desktop.services.triage import TriageStatus
from keyworker_desktop.ui.record.common import RecordTab, show_date, tr

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


def describe(status: TriageStatus | None) -> str:
    """The entry's status in a sentence: what, since when, who decided and why."""
    if status is None:
        return tr("Not on the register: no referral is recorded.")
    text = tr(DsrStatus(status.status).label)
    if status.status_on is not None:
        text = tr("{status} since {date}").format(status=text, date=show_date(status.status_on))
    if status.decided_by:
        text = tr("{text}, decided by {name}").format(text=text, name=status.decided_by)
    if status.decision_reason:
        text = tr("{text}: {reason}").format(text=text, reason=status.decision_reason)
    if status.status in triage.QUEUED:
        text = tr("{text}. Waiting for triage (Go > Triage, Ctrl+5).").format(text=text)
    return text


class RegisterBox(RecordTab):
    """One line: the register entry's status; reloads when the entry changes."""

    ENTITIES = frozenset({"dsr_entry"})

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        box = QGroupBox(tr("Dynamic Support Register"))
        self.status = QLabel(tr("Loading…"))
        self.status.setObjectName("register_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner = QVBoxLayout(box)
        inner.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)

    def fetch(self, session: Session) -> TriageStatus | None:
        return triage.triage_status(session, self.young_person_id)

    def show_data(self, data: TriageStatus | None) -> None:
        text = describe(data)
        self.status.setText(text)
        self.status.setAccessibleName(tr("Register status: {text}").format(text=text))
