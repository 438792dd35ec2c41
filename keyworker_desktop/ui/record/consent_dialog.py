"""Record a consent, or withdraw one, for the Consent section of the Profile tab (seed 002).

Who gave it decides what else the form asks: a person with parental responsibility
is picked from the family members marked with it; a best-interests decision needs who
decided and why. Consent to share information names the agencies, one per line, with
the network's agencies offered. "Attach signed form…" holds the chosen file until Save,
which attaches it to the new consent in the same write (a consent_form document; the
consent points at it). ``saved`` carries the new consent's id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import ConsentGiver, ConsentHow, ConsentKind
from keyworker_desktop.services import consent
from keyworker_desktop.services.documents import DocumentKind
from keyworker_desktop.ui.record.attach_file import SignedFormField
from keyworker_desktop.ui.record.common import TextBox
from keyworker_desktop.ui.record.date_entry import TypedDateEdit
from keyworker_desktop.ui.record.edit_dialog import EditDialog

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


def giver_label(giver: str) -> str:
    """Who gave consent, as the form and the Consent section say it."""
    return {ConsentGiver.YOUNG_PERSON.value: translate("Record", "The young person, with capacity"),
            ConsentGiver.PARENTAL_RESPONSIBILITY.value:
                translate("Record", "A person with parental responsibility"),
            ConsentGiver.BEST_INTEREST_DECISION.value: translate("Record",
                                                                 "A best-interests decision"),
            }.get(giver, giver)


def _finish_access(dialog: EditDialog) -> None:
    """The fields take the focus, not the scroll area; each list of choices is named;
    labels stay on one line (the form puts a long one above its field instead)."""
    for label in dialog.body.findChildren(QLabel):
        if label.buddy() is not None:
            label.setWordWrap(False)
    for area in dialog.findChildren(QScrollArea):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for combo in dialog.findChildren(QComboBox):
        combo.view().setAccessibleName(
            translate("Record", "{field}: the choices").format(field=combo.accessibleName()))


class ConsentDialog(EditDialog):
    """The "Record consent" form; ``saved`` carries the consent's id."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Wide enough for the labels on one line and a line of agencies."""
        hint = super().sizeHint()
        width = max(hint.width(), self.fontMetrics().averageCharWidth() * 72)
        return QSize(width, hint.height()).boundedTo(
            self.screen().availableGeometry().size() * 0.9)

    def __init__(self, ctx: AppContext, young_person_id: str, *, kind: str = "",
                 parental_responsibility: Sequence[str] = (), agencies: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, translate("ConsentDialog", "Record consent"), parent)
        self.setObjectName("record_consent")
        self.kind = self.field("kind", self.tr("&Consent to"), QComboBox())
        for value, label in ConsentKind.choices():
            self.kind.addItem(label, value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.given_by = self.field("given_by", self.tr("&Given by"), QComboBox())
        for giver in ConsentGiver:
            self.given_by.addItem(giver_label(giver.value), giver.value)
        self.person = self.field("giver_name", self.tr("&Person with parental responsibility"),
                                 QComboBox())
        for name in parental_responsibility:
            self.person.addItem(name, name)
        if not parental_responsibility:
            self.person.addItem(self.tr("Nobody in the family is marked with parental "
                                        "responsibility yet"), "")
        self.decided_by = self.field("decided_by", self.tr("&Who decided"), QLineEdit())
        self.decision_reason = self.field("decision_reason",
                                          self.tr("&Why, in their best interests"),
                                          TextBox(lines=3))
        self.capacity = self.field("capacity_noted", self.tr("Ca&pacity noted"), TextBox(lines=2))
        self.given_on = self.field("given_on", self.tr("&Date given"), TypedDateEdit())
        self.given_on.set_value(ctx.today())
        self.how = self.field("how_recorded", self.tr("&How it was recorded"), QComboBox())
        for value, label in ConsentHow.choices():
            self.how.addItem(label, value)
        self.review_on = self.field("review_on", self.tr("&Review on"), TypedDateEdit())
        self.share_with = TextBox(lines=3)
        self.share_with.setPlaceholderText(self.tr("One agency a line"))
        self.agencies = QComboBox()
        self.agencies.setAccessibleName(self.tr("An agency in the network"))
        for agency in agencies:
            self.agencies.addItem(agency, agency)
        self.add_agency = QPushButton(self.tr("&Add agency"))
        self.add_agency.setAccessibleName(self.tr("Add the agency to the list"))
        self.add_agency.clicked.connect(self._add_agency)
        self.agencies.setEnabled(bool(agencies))
        self.add_agency.setEnabled(bool(agencies))
        share = QWidget()
        share_layout = QVBoxLayout(share)
        share_layout.setContentsMargins(0, 0, 0, 0)
        share_layout.addWidget(self.share_with)
        pick = QHBoxLayout()
        pick.addWidget(self.agencies, 1)
        pick.addWidget(self.add_agency)
        share_layout.addLayout(pick)
        self.share_row = share
        self.field("share_with", self.tr("&Share with (named agencies)"), share,
                   buddy=self.share_with)
        self.signed_form = SignedFormField(ctx.interaction,
                                           self.tr("Attach the signed consent form"))
        self.field("signed_form", self.tr("Signed consent &form"), self.signed_form,
                   buddy=self.signed_form.choose_button)
        self.signed_form.choose_button.setAccessibleName(
            self.tr("Signed consent form: attach the signed form"))
        self.given_by.currentIndexChanged.connect(self._follow_choices)
        self.kind.currentIndexChanged.connect(self._follow_choices)
        self._follow_choices()
        _finish_access(self)
        self.kind.setFocus()

    def has_changes(self) -> bool:
        return super().has_changes() or self.signed_form.picked() is not None

    def _follow_choices(self) -> None:
        """Show only the fields the choice of giver and kind asks for."""
        giver = self.given_by.currentData()
        self.form.setRowVisible(self.person, giver == ConsentGiver.PARENTAL_RESPONSIBILITY)
        for widget in (self.decided_by, self.decision_reason):
            self.form.setRowVisible(widget, giver == ConsentGiver.BEST_INTEREST_DECISION)
        self.form.setRowVisible(self.share_row,
                                self.kind.currentData() == ConsentKind.SHARE_INFORMATION)

    def _add_agency(self) -> None:
        agency = self.agencies.currentText().strip()
        lines = consent.share_lines(self.share_with.toPlainText())
        if agency and agency.casefold() not in {line.casefold() for line in lines}:
            self.share_with.setPlainText("\n".join([*lines, agency]))

    def job(self) -> Callable[[Session], Any] | None:
        given_on = self.given_on.value()
        if given_on is None:
            self.errors.show_problems([("given_on", self.tr("Choose the date it was given."),
                                        False)])
            return None
        yp_id, today = self.young_person_id, self.ctx.today()
        kind, giver = str(self.kind.currentData()), str(self.given_by.currentData())
        name = (str(self.person.currentData() or "")
                if giver == ConsentGiver.PARENTAL_RESPONSIBILITY
                else self.decided_by.text() if giver == ConsentGiver.BEST_INTEREST_DECISION
                else "")
        reason = (self.decision_reason.toPlainText()
                  if giver == ConsentGiver.BEST_INTEREST_DECISION else "")
        share = (self.share_with.toPlainText()
                 if kind == ConsentKind.SHARE_INFORMATION else "")
        values = dict(kind=kind, given_by=giver, given_on=given_on, today=today,
                      giver_name=name, capacity_noted=self.capacity.toPlainText(),
                      how_recorded=str(self.how.currentData()),
                      review_on=self.review_on.value(), share_with=share,
                      decision_reason=reason)
        picked = self.signed_form.picked()

        def write(s: Session) -> str:
            given = consent.record_consent(s, yp_id, **values)  # type: ignore[arg-type]
            if picked is not None:  # the form, in the same write as the consent
                picked.attach(s, yp_id, kind=DocumentKind.CONSENT_FORM.value,
                              attached_to="consent", attached_to_id=given.id,
                              signed_on=given.given_on)
            return given.id

        return write


class WithdrawConsentDialog(EditDialog):
    """Withdraw the consent of a kind in force, from a date; ``saved`` carries the ids."""

    def __init__(self, ctx: AppContext, young_person_id: str, in_force: Sequence[str],
                 kind: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id,
                         translate("WithdrawConsentDialog", "Withdraw consent"), parent)
        self.setObjectName("withdraw_consent")
        self.kind = self.field("kind", self.tr("&Consent to"), QComboBox())
        for value in in_force:
            self.kind.addItem(ConsentKind(value).label, value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.on = self.field("withdrawn_on", self.tr("&Withdrawn on"), TypedDateEdit())
        self.on.set_value(ctx.today())
        self.save_button.setText(self.tr("&Withdraw"))
        _finish_access(self)
        self.kind.setFocus()

    def job(self) -> Callable[[Session], Any] | None:
        on = self.on.value()
        if on is None:
            self.errors.show_problems([("withdrawn_on", self.tr("Choose the date."), False)])
            return None
        yp_id, today, kind = self.young_person_id, self.ctx.today(), self.kind.currentData()
        if not kind:
            return None
        return lambda s: [c.id for c in consent.withdraw_consent(
            s, yp_id, kind=str(kind), withdrawn_on=on, today=today)]
