"""The Consent section of the Profile tab: each kind, what is in force, record or withdraw.

A consent with its signed form attached says so; "View signed form" opens the Documents
tab at that form. Without consent to work with a keyworker the section says the record
works with the family and network only, and that the offer stays open: "Record
consent…" takes it whenever it is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import ConsentGiver, ConsentHow, ConsentKind
from keyworker_desktop.services import consent
from keyworker_desktop.services.consent import ConsentRow
from keyworker_desktop.ui.record.common import RecordTab, show_date
from keyworker_desktop.ui.record.consent_dialog import (
    ConsentDialog,
    WithdrawConsentDialog,
    giver_label,
)
from keyworker_desktop.ui.record.edit_dialog import EditDialog
from keyworker_desktop.ui.table_model import Column, TableModel, make_table, selected_row

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


@dataclass(frozen=True)
class ConsentData:
    rows: list[ConsentRow]
    parental_responsibility: list[str]
    agencies: list[str]


def _state(row: ConsentRow) -> str:
    if row.in_force:
        return translate("Record", "In force")
    if row.withdrawn_on is not None:
        return translate("Record", "Withdrawn {date}").format(date=show_date(row.withdrawn_on))
    return translate("Record", "Not recorded")


def _given_by(row: ConsentRow) -> str:
    if row.consent_id is None:
        return ""
    if row.given_by == ConsentGiver.YOUNG_PERSON:
        return translate("Record", "The young person")
    if row.given_by == ConsentGiver.PARENTAL_RESPONSIBILITY:
        return translate("Record", "{name} (parental responsibility)").format(name=row.giver_name)
    if row.given_by == ConsentGiver.BEST_INTEREST_DECISION:
        return translate("Record", "Best-interests decision by {name}").format(name=row.giver_name)
    return giver_label(row.given_by)


def _how(row: ConsentRow) -> str:
    return ConsentHow(row.how_recorded).label if row.how_recorded in set(ConsentHow) \
        else row.how_recorded


def _details(row: ConsentRow) -> str:
    parts = []
    if row.share_with:
        parts.append(translate("Record",
                               "With: {agencies}").format(agencies=", ".join(row.share_with)))
    if row.decision_reason:
        parts.append(translate("Record", "Why: {reason}").format(reason=row.decision_reason))
    if row.capacity_noted:
        parts.append(translate("Record", "Capacity: {note}").format(note=row.capacity_noted))
    return "; ".join(" ".join(p.split()) for p in parts)


class ConsentBox(RecordTab):
    """The Consent group; loads itself when shown and after any change to consent."""

    ENTITIES = frozenset({"consent", "family_member", "network_link", "professional",
                          "document"})

    #: "View signed form" was pressed: the id of the document to show.
    document_requested = Signal(str)

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.data = ConsentData([], [], [])
        self.dialog: EditDialog | None = None
        self.model: TableModel[ConsentRow] = TableModel([
            Column(self.tr("Consent to"), lambda r: ConsentKind(r.kind).label),
            Column(self.tr("Now"), _state, bold=lambda r: r.in_force),
            Column(self.tr("Given by"), _given_by),
            Column(self.tr("Given on"), lambda r: show_date(r.given_on)),
            Column(self.tr("Review on"), lambda r: show_date(r.review_on)),
            Column(self.tr("How recorded"), _how),
            Column(self.tr("Signed form"), lambda r: self.tr("Signed form attached")
                   if r.signed_document_id else ""),
            Column(self.tr("Details"), _details, tooltip=_details),
        ], parent=self)
        box = QGroupBox(self.tr("Consent"))
        self.table = make_table(self.model, self.tr("Consent"))
        self.table.setObjectName("consent_table")
        self.table.activated.connect(lambda _i: self.record_consent())
        self.mode = QLabel()
        self.mode.setWordWrap(True)
        self.mode.setObjectName("consent_mode")
        self.mode.setStyleSheet(
            "background: #fff3cd; color: #5c3c00; border: 1px solid #8a6d00; padding: 0.4em;")
        self.mode.hide()
        self.record_button = QPushButton(self.tr("&Record consent…"))
        self.record_button.setAccessibleName(self.tr("Record consent"))
        self.record_button.clicked.connect(lambda: self.record_consent())
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw consent"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.withdraw_button.setEnabled(False)
        self.form_button = QPushButton(self.tr("View signed form"))
        self.form_button.setAccessibleName(self.tr("View the signed consent form"))
        self.form_button.clicked.connect(self.view_signed_form)
        self.form_button.setEnabled(False)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._enable())
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.form_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.mode)
        inner.addWidget(self.table)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)

    def fetch(self, session: Session) -> ConsentData:
        yp_id = self.young_person_id
        return ConsentData(consent.consent_overview(session, yp_id),
                           consent.parental_responsibility_names(session, yp_id),
                           consent.network_agencies(session, yp_id))

    def show_data(self, data: ConsentData) -> None:
        self.data = data
        self.model.set_rows(data.rows)
        lines = len(data.rows) + 1
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * lines * 2)
        in_force = self.in_force()
        self.withdraw_button.setEnabled(bool(in_force))
        self._enable()
        if ConsentKind.KEYWORKER.value in in_force:
            self.mode.hide()
        else:
            text = self.tr("No consent to work with a keyworker: this record works with the "
                           "family and network only. The offer stays open; record consent "
                           "when it is given.")
            self.mode.setText("⚠ " + text)
            self.mode.setAccessibleName(text)
            self.mode.show()

    def _enable(self) -> None:
        self.form_button.setEnabled(bool(self._signed_form()))

    def _signed_form(self) -> str:
        """The highlighted consent's signed form, else the only one attached."""
        row = selected_row(self.table)
        if isinstance(row, ConsentRow):
            return row.signed_document_id or ""
        forms = [r.signed_document_id for r in self.data.rows if r.signed_document_id]
        return forms[0] if len(forms) == 1 else ""

    def view_signed_form(self) -> None:
        """Show the highlighted consent's signed form (in the Documents tab)."""
        doc_id = self._signed_form()
        if doc_id:
            self.document_requested.emit(doc_id)

    def in_force(self) -> list[str]:
        return [r.kind for r in self.data.rows if r.in_force]

    def _selected_kind(self) -> str:
        row = selected_row(self.table)
        return row.kind if isinstance(row, ConsentRow) else ""

    def record_consent(self, kind: str = "") -> ConsentDialog:
        """Open "Record consent" (for ``kind``, else the highlighted one)."""
        dialog = ConsentDialog(self.ctx, self.young_person_id,
                               kind=kind or self._selected_kind(),
                               parental_responsibility=self.data.parental_responsibility,
                               agencies=self.data.agencies, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def withdraw(self) -> None:
        in_force = self.in_force()
        if not in_force:
            return
        dialog = WithdrawConsentDialog(self.ctx, self.young_person_id, in_force,
                                       kind=self._selected_kind(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
