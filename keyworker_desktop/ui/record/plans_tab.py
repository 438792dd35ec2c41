"""The Plans & support tab: the risk and crisis plan, goals with their progress chart, the
personal budget and escalations (issue 12, seeds 002, 003, 004)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.services import budget, escalations, goals, risk_plan
from keyworker_desktop.services.budget import BudgetSummary, SpendRow, pounds
from keyworker_desktop.services.escalations import EscalationRow, level_label
from keyworker_desktop.services.goals import GoalRow
from keyworker_desktop.services.risk_plan import CallChoice, RiskPlanData
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.record.common import RecordTab, show_date
from keyworker_desktop.ui.record.edit_dialog import EditDialog
from keyworker_desktop.ui.record.goal_chart import GoalChart
from keyworker_desktop.ui.record.plans_dialogs import (
    CloseEscalationDialog,
    EscalationDialog,
    GoalDialog,
    RatingDialog,
    RiskPlanDialog,
    SpendDialog,
)
from keyworker_desktop.ui.table_model import Column, TableModel, make_table, selected_row

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


@dataclass(frozen=True)
class PlansData:
    plan: RiskPlanData
    people: list[str]
    choices: list[CallChoice]
    goals: list[GoalRow]
    budget: BudgetSummary
    escalations: list[EscalationRow]


def _goal_columns() -> list[Column[GoalRow]]:
    return [
        Column(translate("Record", "Goal in their words"), lambda g: g.words),
        Column(translate("Record", "Agreed with"), lambda g: g.agreed_with),
        Column(translate("Record", "Set"), lambda g: show_date(g.set_on)),
        Column(translate("Record", "Latest rating"),
               lambda g: translate("Record", "{score} of 10").format(score=g.latest.score)
               if g.latest else translate("Record", "Not rated")),
        Column(translate("Record", "Achieved"), lambda g: show_date(g.achieved_on)),
    ]


def _spend_columns() -> list[Column[SpendRow]]:
    return [
        Column(translate("Record", "Date"), lambda b: show_date(b.spent_on)),
        Column(translate("Record", "Item"), lambda b: b.item),
        Column(translate("Record", "Amount"), lambda b: pounds(b.amount_pence)),
        Column(translate("Record", "Approved by"), lambda b: b.approved_by),
        Column(translate("Record", "Received by"), lambda b: b.received_by),
        Column(translate("Record", "Running total"), lambda b: pounds(b.running_total_pence)),
    ]


def _escalation_columns() -> list[Column[EscalationRow]]:
    return [
        Column(translate("Record", "Raised"), lambda e: show_date(e.raised_on)),
        Column(translate("Record", "What is blocked"), lambda e: e.what_was_blocked,
               bold=lambda e: e.is_open),
        Column(translate("Record", "Escalated to"), lambda e: e.escalated_to),
        Column(translate("Record", "Level"), lambda e: level_label(e.level)),
        Column(translate("Record", "Outcome"), lambda e: translate("Record", "Open") if e.is_open
               else translate("Record", "{outcome} (closed {date})").format(outcome=e.outcome,
                                                           date=show_date(e.resolved_on))),
    ]


class PlansTab(RecordTab):
    ENTITIES = frozenset({"risk_plan", "goal", "outcome_rating", "budget_spend", "escalation",
                          "professional", "network_link", "family_member"})

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.data: PlansData | None = None
        self.dialog: EditDialog | None = None
        body = QWidget()
        # Two columns on a wide window: the plan beside the goals, the budget beside
        # escalations (reading and Tab order: left then right, top then bottom).
        grid = QGridLayout(body)
        grid.addWidget(self._risk_box(), 0, 0)
        grid.addWidget(self._goals_box(), 0, 1)
        grid.addWidget(self._budget_box(), 1, 0)
        grid.addWidget(self._escalation_box(), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- building ------------------------------------------------------------------------
    @staticmethod
    def _buttons(title: str, buttons: tuple[tuple[str, object], ...]) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in buttons:
            button = QPushButton(text)
            button.setAccessibleName(f"{text.replace('&', '').rstrip('…')} ({title})")
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _risk_box(self) -> QGroupBox:
        title = self.tr("Risk and crisis plan")
        box = QGroupBox(title)
        self.risk_status = QLabel()
        self.risk_status.setWordWrap(True)
        self.risk_form = QFormLayout()
        self.risk_labels: dict[str, QLabel] = {}
        for key, text in (("people", self.tr("Who to call")), ("what_helps", self.tr("What helps")),
                          ("what_to_avoid", self.tr("What to avoid")),
                          ("early_signs", self.tr("Early signs")),
                          ("triggers", self.tr("Triggers")),
                          ("risks", self.tr("Risks"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(text)
            caption = QLabel(f"<b>{text}</b>")
            caption.setBuddy(value)
            self.risk_form.addRow(caption, value)
            self.risk_labels[key] = value
        layout = QVBoxLayout(box)
        layout.addLayout(self._buttons(title, (
            (self.tr("Edit the plan…"), self.edit_plan),
            (self.tr("Save as PDF…"), self.save_plan_pdf),
        )))
        layout.addWidget(self.risk_status)
        layout.addLayout(self.risk_form)
        layout.addStretch(1)
        return box

    def _goals_box(self) -> QGroupBox:
        title = self.tr("Goals and outcomes")
        box = QGroupBox(title)
        self.goal_model = TableModel(_goal_columns(), parent=self)
        self.goal_table = make_table(self.goal_model, self.tr("Goals"))
        self.goal_table.activated.connect(lambda _i: self.rate_goal())
        self.goal_table.selectionModel().currentRowChanged.connect(
            lambda _cur, _prev: self._chart_selected())
        self.chart = GoalChart()
        self.chart_caption = QLabel()
        self.chart_caption.setWordWrap(True)
        self.chart_caption.setBuddy(self.chart)
        layout = QVBoxLayout(box)
        layout.addLayout(self._buttons(title, (
            (self.tr("Add a goal…"), self.add_goal), (self.tr("Rate progress…"), self.rate_goal),
            (self.tr("Edit…"), self.edit_goal),
        )))
        layout.addWidget(self.goal_table, 1)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.chart_caption)
        return box

    def _budget_box(self) -> QGroupBox:
        title = self.tr("Personal budget")
        box = QGroupBox(title)
        self.budget_status = QLabel()
        self.budget_status.setWordWrap(True)
        self.spend_model = TableModel(_spend_columns(), parent=self)
        self.spend_table = make_table(self.spend_model, self.tr("Personal budget spends"))
        layout = QVBoxLayout(box)
        layout.addLayout(self._buttons(title, ((self.tr("Add a spend…"), self.add_spend),)))
        layout.addWidget(self.budget_status)
        layout.addWidget(self.spend_table)
        return box

    def _escalation_box(self) -> QGroupBox:
        title = self.tr("Escalation and challenge")
        box = QGroupBox(title)
        self.escalation_model = TableModel(_escalation_columns(), parent=self)
        self.escalation_table = make_table(self.escalation_model, self.tr("Escalations"))
        self.escalation_table.activated.connect(lambda _i: self.close_escalation())
        layout = QVBoxLayout(box)
        layout.addLayout(self._buttons(title, (
            (self.tr("Escalate…"), self.escalate),
            (self.tr("Close with an outcome…"), self.close_escalation),
        )))
        layout.addWidget(self.escalation_table)
        return box

    # -- data ----------------------------------------------------------------------------
    def fetch(self, session: Session) -> PlansData:
        yp_id = self.young_person_id
        plan = risk_plan.risk_plan_for(session, yp_id)
        people = [", ".join(filter(None, [p.name, p.role, p.phone]))
                  for p in risk_plan.people_to_call(session, yp_id, plan)]
        return PlansData(plan, people, risk_plan.call_choices(session, yp_id),
                         goals.goals_for(session, yp_id), budget.budget_for(session, yp_id),
                         escalations.escalations_for(session, yp_id))

    def show_data(self, data: PlansData) -> None:
        self.data = data
        plan, today = data.plan, self.ctx.today()
        if plan.id is None:
            status = self.tr("No risk assessment or crisis plan recorded yet.")
        else:
            status = self.tr("Assessed {assessed}; review due {review}.").format(
                assessed=show_date(plan.assessed_on) or self.tr("not recorded"),
                review=show_date(plan.review_on) or self.tr("not set"))
            if plan.review_overdue(today):
                status = "⚠ " + self.tr("Review overdue.") + " " + status
        self.risk_status.setText(status)
        texts = {"people": "\n".join(data.people), "what_helps": plan.what_helps,
                 "what_to_avoid": plan.what_to_avoid, "early_signs": plan.early_signs,
                 "triggers": plan.triggers, "risks": plan.risks}
        for key, label in self.risk_labels.items():
            label.setText(texts[key] or self.tr("Not recorded"))
        current = selected_row(self.goal_table)
        self.goal_model.set_rows(data.goals)
        self._select_goal(current.id if current else None)
        self._chart_selected()
        b = data.budget
        self.budget_status.setText(self.tr("Spent {total} of {limit}; {left} left.").format(
            total=pounds(b.total_pence), limit=pounds(b.limit_pence),
            left=pounds(b.remaining_pence)))
        self.spend_model.set_rows(b.spends)
        self.escalation_model.set_rows(data.escalations)

    def _select_goal(self, goal_id: str | None) -> None:
        """Keep the goal chosen before a reload (else the first) current, for the chart."""
        rows = self.goal_model.rows()
        for n, goal in enumerate(rows):
            if goal_id is None or goal.id == goal_id:
                self.goal_table.setCurrentIndex(self.goal_model.index(n, 0))
                return
        if rows:
            self.goal_table.setCurrentIndex(self.goal_model.index(0, 0))

    def _chart_selected(self) -> None:
        goal = selected_row(self.goal_table)
        self.chart.set_goal(goal)
        self.chart_caption.setText(
            goals.describe_progress(goal) if goal else self.tr("Add a goal to chart its progress."))

    # -- commands ------------------------------------------------------------------------
    def _open(self, dialog: EditDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def edit_plan(self) -> None:
        if self.data is not None:
            self._open(RiskPlanDialog(self.ctx, self.young_person_id, self.data.plan,
                                      self.data.choices, self))

    def add_goal(self) -> None:
        self._open(GoalDialog(self.ctx, self.young_person_id, None, self))

    def edit_goal(self) -> None:
        row = selected_row(self.goal_table)
        if row is not None:
            self._open(GoalDialog(self.ctx, self.young_person_id, row, self))

    def rate_goal(self) -> None:
        row = selected_row(self.goal_table)
        if row is not None:
            self._open(RatingDialog(self.ctx, self.young_person_id, row, self))

    def add_spend(self) -> None:
        left = pounds(self.data.budget.remaining_pence) if self.data else ""
        self._open(SpendDialog(self.ctx, self.young_person_id, left, self))

    def escalate(self, blocked: str = "", action_id: str | None = None) -> None:
        self._open(EscalationDialog(self.ctx, self.young_person_id, blocked=blocked,
                                    action_id=action_id, parent=self))

    def close_escalation(self) -> None:
        row = selected_row(self.escalation_table)
        if row is not None and row.is_open:
            self._open(CloseEscalationDialog(self.ctx, self.young_person_id, row, self))

    def choose_pdf_path(self) -> Path | None:
        """Where to save the plan (tests replace this)."""
        from keyworker_desktop.ui.print_dialog import documents_folder

        suggested = str(documents_folder() / self.tr("Risk and crisis plan.pdf"))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the risk and crisis plan (not encrypted)"), suggested,
            self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def save_plan_pdf(self) -> None:
        path = self.choose_pdf_path()
        if path is None:
            return
        yp_id, now = self.young_person_id, self.ctx.now()

        def job(store: Store) -> Path:
            from keyworker_desktop.services.plans import write_file_atomically

            # One transaction: if the file cannot be written, the copy is not audited.
            with store.transaction() as session:
                write_file_atomically(path, risk_plan.crisis_plan_pdf(session, yp_id, now))
            return path

        def failed(exc: BaseException) -> None:
            self.ctx.interaction.warn(self, self.tr("Save the risk and crisis plan"), self.tr(
                "The plan could not be saved there. Try another folder."))

        run_op(self.ctx, job, lambda saved: self.ctx.interaction.inform(
            self, self.tr("Saved"),
            self.tr("The risk and crisis plan is saved as {file}. That copy is "
                    "not encrypted: keep it safe.").format(file=saved.name)),
            failed, owner=self, parent=self, label="save crisis plan")
