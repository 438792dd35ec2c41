"""The forms of the Plans & support tab: the risk and crisis plan, a goal and its rating,
a personal budget spend, an escalation and its closing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from keyworker_desktop.domain.vocab import EscalationLevel
from keyworker_desktop.services import budget, escalations, goals, risk_plan
from keyworker_desktop.services.escalations import EscalationRow
from keyworker_desktop.services.goals import GoalRow
from keyworker_desktop.services.risk_plan import CallChoice, RiskPlanData
from keyworker_desktop.ui.record.common import OptionalDateEdit, TextBox
from keyworker_desktop.ui.record.edit_dialog import EditDialog

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


def _required_date(ctx: AppContext) -> OptionalDateEdit:
    field = OptionalDateEdit()
    field.set_value(ctx.today())
    return field


class RiskPlanDialog(EditDialog):
    """The risk assessment and crisis plan: one per young person."""

    def __init__(self, ctx: AppContext, young_person_id: str, plan: RiskPlanData,
                 choices: Sequence[CallChoice], parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, translate("RiskPlanDialog", "Risk and crisis plan"),
                         parent)
        self.assessed = self.field("assessed_on", self.tr("&Assessed on"), OptionalDateEdit())
        self.assessed.set_value(plan.assessed_on)
        self.texts: dict[str, TextBox] = {}
        for name, label, value in (
            ("risks", self.tr("&Risks"), plan.risks),
            ("triggers", self.tr("&Triggers"), plan.triggers),
            ("early_signs", self.tr("&Early signs"), plan.early_signs),
            ("what_helps", self.tr("What &helps"), plan.what_helps),
            ("what_to_avoid", self.tr("What to a&void"), plan.what_to_avoid),
        ):
            self.texts[name] = self.field(name, label, TextBox(value, 2))
        self.people = self.field("who_to_call_ids", self.tr("&Who to call (network and family)"),
                                 QListWidget())
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.key in plan.who_to_call_ids
                               else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.people.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.who_else = self.field("who_to_call", self.tr("Others to call (one a &line)"),
                                   TextBox(plan.who_to_call, 2))
        self.review = self.field("review_on", self.tr("Re&view by"), OptionalDateEdit())
        self.review.set_value(plan.review_on)
        self.assessed.setFocus()

    def picked(self) -> list[str]:
        out = []
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def job(self) -> Callable[[Session], Any]:
        yp_id, today = self.young_person_id, self.ctx.today()
        texts = {k: w.toPlainText() for k, w in self.texts.items()}
        texts["who_to_call"] = self.who_else.toPlainText()
        assessed, review, ids = self.assessed.value(), self.review.value(), self.picked()
        return lambda s: risk_plan.save_risk_plan(s, yp_id, today=today, assessed_on=assessed,
                                                  review_on=review, who_to_call_ids=ids,
                                                  **texts).id


class GoalDialog(EditDialog):
    def __init__(self, ctx: AppContext, young_person_id: str, row: GoalRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id,
                         translate("GoalDialog", "Edit goal") if row
                         else translate("GoalDialog", "Add a goal"),
                         parent)
        self.row = row
        self.words = self.field("words", self.tr("The goal in their &own words"),
                                TextBox(row.words if row else "", 2))
        self.agreed = self.field("agreed_with", self.tr("&Agreed with"),
                                 QLineEdit(row.agreed_with if row else ""))
        self.set_on = self.field("set_on", self.tr("&Set on"), _required_date(ctx))
        if row:
            self.set_on.set_value(row.set_on)
        self.achieved = self.field("achieved_on", self.tr("A&chieved on"), OptionalDateEdit())
        self.achieved.set_value(row.achieved_on if row else None)
        self.words.setFocus()

    def job(self) -> Callable[[Session], Any]:
        yp_id, goal_id, today = self.young_person_id, self.row.id if self.row else None, \
            self.ctx.today()
        words, agreed = self.words.toPlainText(), self.agreed.text()
        set_on, achieved = self.set_on.value() or today, self.achieved.value()
        return lambda s: goals.save_goal(s, yp_id, goal_id, words=words, agreed_with=agreed,
                                         set_on=set_on, achieved_on=achieved, today=today).id


class RatingDialog(EditDialog):
    """Progress towards a goal, 0 to 10, with a soft outcome in their words."""

    def __init__(self, ctx: AppContext, young_person_id: str, goal: GoalRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, translate("RatingDialog", "Rate progress"), parent)
        self.goal = goal
        self.score = self.field("score", self.tr("&Progress (0 to 10)"), QSpinBox())
        self.score.setRange(0, 10)
        self.score.setValue(goal.latest.score if goal.latest else 0)
        self.rated_on = self.field("rated_on", self.tr("&Rated on"), _required_date(ctx))
        self.comment = self.field("comment", self.tr("&In their words (soft outcomes)"),
                                  TextBox("", 2))
        self.score.setFocus()

    def job(self) -> Callable[[Session], Any]:
        goal_id, today = self.goal.id, self.ctx.today()
        score, on, comment = self.score.value(), self.rated_on.value() or today, \
            self.comment.toPlainText()
        return lambda s: goals.rate_goal(s, goal_id, score=score, rated_on=on, today=today,
                                         comment=comment).id


class SpendDialog(EditDialog):
    def __init__(self, ctx: AppContext, young_person_id: str, remaining: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, translate("SpendDialog", "Add a spend"), parent)
        self.item = self.field("item", self.tr("&What it was for"), QLineEdit())
        self.amount = self.field("amount_pence",
                                 self.tr("&Amount in pounds ({remaining} left)").format(
                                     remaining=remaining), QLineEdit())
        self.amount.setPlaceholderText(self.tr("for example 12.50"))
        self.spent_on = self.field("spent_on", self.tr("&Date"), _required_date(ctx))
        self.approved = self.field("approved_by", self.tr("Appro&ved by"), QLineEdit())
        self.received = self.field("received_by", self.tr("&Received by"), QLineEdit())
        self.item.setFocus()

    def job(self) -> Callable[[Session], Any]:
        yp_id, today = self.young_person_id, self.ctx.today()
        item, amount, on = self.item.text(), self.amount.text(), self.spent_on.value() or today
        approved, received = self.approved.text(), self.received.text()

        def write(s: Session) -> str:
            return budget.add_spend(s, yp_id, item=item, amount_pence=budget.parse_pounds(amount),
                                    spent_on=on, today=today, approved_by=approved,
                                    received_by=received).id

        return write


RAISED_FROM = (("", QT_TRANSLATE_NOOP("EscalationDialog", "On its own")),
               ("action", QT_TRANSLATE_NOOP("EscalationDialog", "An overdue action")),
               ("referral", QT_TRANSLATE_NOOP("EscalationDialog", "A blocked referral")))


class EscalationDialog(EditDialog):
    """Escalate: what was blocked, to whom, at what level, when (from an action, if given)."""

    def __init__(self, ctx: AppContext, young_person_id: str, *, blocked: str = "",
                 action_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, translate("EscalationDialog", "Escalate"), parent)
        self.action_id = action_id
        self.blocked = self.field("what_was_blocked", self.tr("What is &blocked"),
                                  TextBox(blocked, 2))
        self.to = self.field("escalated_to", self.tr("Escalated &to"), QLineEdit())
        self.level = self.field("level", self.tr("&Level"), QComboBox())
        for value, label in EscalationLevel.choices():
            self.level.addItem(label, value)
        self.level.setCurrentIndex(max(0, self.level.findData("manager")))
        self.source = self.field("raised_from", self.tr("Raised &from"), QComboBox())
        for value, label in RAISED_FROM:
            self.source.addItem(translate("EscalationDialog", label), value)
        self.source.setCurrentIndex(max(0, self.source.findData("action" if action_id else "")))
        self.source.setEnabled(action_id is None)
        self.raised_on = self.field("raised_on", self.tr("&Raised on"), _required_date(ctx))
        self.blocked.setFocus()

    def job(self) -> Callable[[Session], Any]:
        yp_id, today, action_id = self.young_person_id, self.ctx.today(), self.action_id
        values: dict[str, Any] = dict(
            what_was_blocked=self.blocked.toPlainText(), escalated_to=self.to.text(),
            level=self.level.currentData(), raised_from=self.source.currentData(),
            raised_on=self.raised_on.value() or today)
        return lambda s: escalations.raise_escalation(s, yp_id, today=today, action_id=action_id,
                                                      **values).id


class CloseEscalationDialog(EditDialog):
    def __init__(self, ctx: AppContext, young_person_id: str, row: EscalationRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id,
                         translate("CloseEscalationDialog", "Close the escalation"), parent)
        self.row = row
        self.outcome = self.field("outcome", self.tr("&Outcome"), TextBox("", 3))
        self.resolved = self.field("resolved_on", self.tr("&Resolved on"), _required_date(ctx))
        self.outcome.setFocus()

    def job(self) -> Callable[[Session], Any]:
        esc_id, today = self.row.id, self.ctx.today()
        outcome, on = self.outcome.toPlainText(), self.resolved.value() or today
        return lambda s: escalations.close_escalation(s, esc_id, outcome=outcome,
                                                      resolved_on=on, today=today).id
