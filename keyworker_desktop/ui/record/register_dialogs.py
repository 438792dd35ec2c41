"""The Register tab's dialogs: a new RAG rating, a review, and a plan's current copy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.register_prompts import CRITERIA
from keyworker_desktop.domain.vocab import PlanKind, Rag
from keyworker_desktop.services import child_file, register
from keyworker_desktop.services.child_file import PlanRow
from keyworker_desktop.services.documents import DocumentKind
from keyworker_desktop.ui.record.attach_file import SignedFormField
from keyworker_desktop.ui.record.common import OptionalDateEdit, TextBox, show_date
from keyworker_desktop.ui.record.edit_dialog import EditDialog
from keyworker_desktop.ui.record.rag_chart import rag_word

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


def criteria(rating: str) -> str:
    """What a rating means (seed 002), translated."""
    return translate("RegisterPrompts", CRITERIA[rating]) if rating in CRITERIA else ""


def plan_label(kind: str) -> str:
    return PlanKind(kind).label if kind in set(
        PlanKind) else kind


class _DatedDialog(EditDialog):
    def _need_date(self, field: str, value: date | None, what: str) -> bool:
        """Say so beside ``field`` when a date it must have is blank."""
        if value is None:
            self.errors.show_problems([(field, self.tr("{what} is needed.").format(what=what),
                                        False)])
            return False
        return True


class NewRatingDialog(_DatedDialog):
    """"New rating…": the rating with its criteria beside it, the date and the rationale."""

    def __init__(self, ctx: AppContext, young_person_id: str, current: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, translate("NewRatingDialog", "New RAG rating"),
                         parent)
        self.rating = self.field("rating", self.tr("&Rating"), QComboBox())
        for rating in Rag:
            self.rating.addItem(rag_word(rating.value), rating.value)
        self.rating.setCurrentIndex(max(0, self.rating.findData(current or Rag.GREEN.value)))
        self.criteria = QLabel()
        self.criteria.setWordWrap(True)
        self.criteria.setObjectName("rating_criteria")
        self.form.addRow(self.tr("What it means"), self.criteria)
        self.rating.currentIndexChanged.connect(self._show_criteria)
        self._show_criteria()
        self.rated_on = self.field("rated_on", self.tr("&Date of the rating"), OptionalDateEdit())
        self.rated_on.set_value(ctx.today())
        self.rationale = self.field("rationale", self.tr("R&ationale (required)"), TextBox(lines=4))
        self.rating.setFocus()

    def _show_criteria(self) -> None:
        text = criteria(str(self.rating.currentData()))
        self.criteria.setText(text)
        self.criteria.setAccessibleName(text)
        self.rating.setAccessibleDescription(text)

    def job(self) -> Callable[[Session], Any] | None:
        on = self.rated_on.value()
        if not self._need_date("rated_on", on, self.tr("The date of the rating")):
            return None
        assert on is not None
        yp_id, today = self.young_person_id, self.ctx.today()
        rating, rationale = str(self.rating.currentData()), self.rationale.toPlainText()
        return lambda s: register.add_rating(s, yp_id, rating, on=on, rationale=rationale,
                                             today=today).id


class ReviewDialog(_DatedDialog):
    """"Record review…": when, the outcome, and the next review date."""

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id,
                         translate("ReviewDialog", "Record a register review"), parent)
        self.reviewed_on = self.field("reviewed_on", self.tr("&Reviewed on"), OptionalDateEdit())
        self.reviewed_on.set_value(ctx.today())
        self.outcome = self.field("outcome", self.tr("&Outcome (required)"), TextBox(lines=4))
        self.next_review = self.field("next_review_on", self.tr("&Next review on"),
                                      OptionalDateEdit())
        self.outcome.setFocus()

    def job(self) -> Callable[[Session], Any] | None:
        on, nxt = self.reviewed_on.value(), self.next_review.value()
        if not self._need_date("reviewed_on", on, self.tr("The date of the review")):
            return None
        if not self._need_date("next_review_on", nxt, self.tr("The next review date")):
            return None
        assert on is not None and nxt is not None
        yp_id, today, outcome = self.young_person_id, self.ctx.today(), self.outcome.toPlainText()
        return lambda s: register.record_review(s, yp_id, outcome=outcome, next_review_on=nxt,
                                                today=today, reviewed_on=on).id


class PlanCopyDialog(EditDialog):
    """A plan's current copy: its date, the file, the review date and notes."""

    def __init__(self, ctx: AppContext, young_person_id: str, row: PlanRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id,
                         translate("PlanCopyDialog", "Current copy: {plan}").format(
            plan=plan_label(row.kind)), parent)
        self.row = row
        self.copy_on = self.field("current_copy_on", self.tr("&Date of the current copy"),
                                  OptionalDateEdit())
        self.copy_on.set_value(row.current_copy_on)
        held = (self.tr("Held: {name}").format(name=row.document_name) if row.document_name
                else self.tr("No copy attached"))
        self.held = QLabel(held)
        self.held.setWordWrap(True)
        self.form.addRow(self.tr("Copy held"), self.held)
        self.file = self.field("document", self.tr("&Attach a new copy"),
                               SignedFormField(ctx.interaction, self.tr("Attach the plan")))
        self.file.status.setText(self.tr("No new copy chosen"))
        self.file.choose_button.setText(self.tr("Choose &file…"))
        self.file.choose_button.setAccessibleName(self.tr("Choose the plan's file"))
        self.review_on = self.field("review_on", self.tr("&Review on"), OptionalDateEdit())
        self.review_on.set_value(row.review_on)
        self.notes = self.field("notes", self.tr("N&otes"), TextBox(row.notes, lines=2))
        self.copy_on.setFocus()

    def job(self) -> Callable[[Session], Any] | None:
        yp_id, kind, today = self.young_person_id, self.row.kind, self.ctx.today()
        copy_on, review_on = self.copy_on.value(), self.review_on.value()
        notes, picked = self.notes.toPlainText(), self.file.picked()

        def write(s: Session) -> str:
            document_id = None
            if picked is not None:
                document_id = picked.attach(s, yp_id, kind=DocumentKind.PLAN.value).id
            return child_file.save_plan_copy(
                s, yp_id, kind, current_copy_on=copy_on, review_on=review_on, notes=notes,
                document_id=document_id, today=today).id

        return write


def plan_state(row: PlanRow) -> str:
    """A plan's state in words (never colour alone)."""
    if row.problem == "no_copy":
        return translate("Record", "⚠ No copy held")
    if row.problem == "review_passed":
        return translate("Record", "⚠ Review was due {date}").format(date=show_date(row.review_on))
    return translate("Record", "Current")
