"""The Plans & support tab (ui/record/plans_tab.py, plans_dialogs.py, goal_chart.py): each
flow typed with real key clicks on a store that never held the demo, checked in the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from keyworker_desktop.services import actions, budget, escalations, goals, network, risk_plan
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import AuditEvent
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.plans_dialogs import EscalationDialog
from tests.ui import record_support
from tests.ui.record_support import NOW, open_record

store = record_support.store
yp_id = record_support.yp_id


def _save(qtbot: QtBot, ctx: AppContext, dialog: object) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    wait_for_ops(ctx)


def test_goal_added_and_rated_twice_with_its_chart(qtbot: QtBot, ctx: AppContext, store: Store,
                                                   yp_id: str,
                                                   qtmodeltester: ModelTester) -> None:
    view = open_record(qtbot, ctx, yp_id, "plans")
    tab = view.plans
    tab.add_goal()
    dialog = tab.dialog
    _save(qtbot, ctx, dialog)
    assert "The goal in their words is needed." in dialog.errors.message("words")
    qtbot.keyClicks(dialog.words, "I want to go swimming on Saturdays")
    qtbot.keyClicks(dialog.agreed, "Mum")
    dialog.set_on.set_value(date(2025, 2, 3))
    _save(qtbot, ctx, dialog)
    assert tab.goal_model.rowCount() == 1
    for score, on in (("3", date(2025, 3, 1)), ("8", NOW.date())):
        tab.goal_table.selectRow(0)
        tab.rate_goal()
        dialog = tab.dialog
        dialog.score.clear()
        qtbot.keyClicks(dialog.score, score)
        dialog.rated_on.set_value(on)
        qtbot.keyClicks(dialog.comment, "I went with my brother")
        _save(qtbot, ctx, dialog)
    with store.session() as s:
        (goal,) = goals.goals_for(s, yp_id)
    assert goal.words == "I want to go swimming on Saturdays" and goal.agreed_with == "Mum"
    assert [r.score for r in goal.ratings] == [3, 8]
    assert tab.goal_model.index(0, 3).data() == "8 of 10"
    assert "3 to 8 out of 10 (up)" in tab.chart.accessibleDescription()
    assert tab.chart_caption.text() == goals.describe_progress(goal)
    qtmodeltester.check(tab.goal_model)


def test_spend_typed_in_pounds_and_over_the_limit_refused(qtbot: QtBot, ctx: AppContext,
                                                          store: Store, yp_id: str) -> None:
    tab = open_record(qtbot, ctx, yp_id, "plans").plans
    tab.add_spend()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.item, "Sensory kit")
    qtbot.keyClicks(dialog.amount, "480.00")
    qtbot.keyClicks(dialog.approved, "Jo Manager")
    qtbot.keyClicks(dialog.received, "Mum")
    _save(qtbot, ctx, dialog)
    assert tab.budget_status.text() == "Spent £480.00 of £500.00; £20.00 left."
    tab.add_spend()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.item, "Bike")
    qtbot.keyClicks(dialog.amount, "40")
    _save(qtbot, ctx, dialog)
    assert dialog.isVisible()
    assert "This would take the total to £520.00, over the £500.00 limit." in (
        dialog.errors.message("amount_pence"))
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "12,5p")
    _save(qtbot, ctx, dialog)
    assert "pounds and pence" in dialog.errors.message("amount_pence")
    dialog.reject()
    with store.session() as s:
        summary = budget.budget_for(s, yp_id)
    assert [(r.item, r.amount_pence, r.approved_by, r.received_by) for r in summary.spends] == [
        ("Sensory kit", 48000, "Jo Manager", "Mum")]


def test_overdue_action_escalated_then_closed_with_an_outcome(qtbot: QtBot, ctx: AppContext,
                                                              store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        action_id = actions.save_action(s, yp_id, description="Send the discharge plan",
                                        owner_name="Ward 7", due_on=date(2025, 3, 1)).id
    view = open_record(qtbot, ctx, yp_id, "actions_tab")
    view.actions_tab.action_table.selectRow(0)
    view.actions_tab.escalate()
    dialog = view.actions_tab.dialog
    assert isinstance(dialog, EscalationDialog)
    assert "Send the discharge plan" in dialog.blocked.toPlainText()
    qtbot.keyClicks(dialog.to, "Dr Okafor")
    dialog.level.setCurrentIndex(dialog.level.findData("senior_manager"))
    _save(qtbot, ctx, dialog)
    with store.session() as s:
        (esc,) = escalations.escalations_for(s, yp_id)
    assert (esc.action_id, esc.raised_from, esc.level) == (action_id, "action", "senior_manager")

    tab = view.show_tab("plans")
    wait_for_ops(ctx)
    assert view.plans.escalation_model.index(0, 4).data() == "Open"
    view.plans.escalation_table.selectRow(0)
    view.plans.close_escalation()
    dialog = view.plans.dialog
    _save(qtbot, ctx, dialog)
    assert "The outcome is needed." in dialog.errors.message("outcome")
    qtbot.keyClicks(dialog.outcome, "Plan sent the next day")
    _save(qtbot, ctx, dialog)
    with store.session() as s:
        (esc,) = escalations.escalations_for(s, yp_id)
    assert esc.resolved_on == NOW.date() and esc.outcome == "Plan sent the next day"
    assert tab is view.plans


def test_risk_plan_with_who_to_call_saved_and_printed(qtbot: QtBot, ctx: AppContext,
                                                      store: Store, yp_id: str,
                                                      tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with store.transaction() as s:
        network.save_professional_link(s, yp_id, None, NOW.date(), name="Dr Okafor",
                                       role="Psychiatrist", phone="0161 000 1111")
    tab = open_record(qtbot, ctx, yp_id, "plans").plans
    assert tab.risk_status.text() == "No risk assessment or crisis plan recorded yet."
    tab.edit_plan()
    dialog = tab.dialog
    dialog.assessed.set_value(date(2025, 3, 3))
    qtbot.keyClicks(dialog.texts["what_helps"], "A quiet room and music")
    qtbot.keyClicks(dialog.texts["what_to_avoid"], "Raised voices")
    item = dialog.people.item(0)
    assert item.text() == "Dr Okafor (Psychiatrist) — 0161 000 1111"
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.who_else, "Crisis line 111")
    dialog.review.set_value(date(2025, 3, 1))
    _save(qtbot, ctx, dialog)
    assert dialog.errors.message("review_on")
    dialog.review.set_value(date(2025, 3, 5))
    _save(qtbot, ctx, dialog)
    with store.session() as s:
        plan = risk_plan.risk_plan_for(s, yp_id)
    assert plan.what_helps == "A quiet room and music" and len(plan.who_to_call_ids) == 1
    assert tab.risk_status.text().startswith("⚠ Review overdue.")
    assert "0161 000 1111" in tab.risk_labels["people"].text()

    out = tmp_path / "plan.pdf"
    monkeypatch.setattr(tab, "choose_pdf_path", lambda: out)
    tab.save_plan_pdf()
    wait_for_ops(ctx)
    assert out.read_bytes().startswith(b"%PDF")
    assert any("not encrypted" in t for t in ctx.interaction.texts())  # type: ignore[attr-defined]
    with store.session() as s:
        assert s.scalars(select(AuditEvent.detail).where(AuditEvent.action == "export")).all() \
            == ["Risk and crisis plan (PDF)"]


def test_admission_risk_assessment_item_opens_the_plan(qtbot: QtBot, ctx: AppContext,
                                                       store: Store, yp_id: str) -> None:
    from keyworker_desktop.services import checklists
    from keyworker_desktop.ui.record.checklist_model import ItemRow

    with store.transaction() as s:
        checklists.apply_template(s, yp_id, "admission", NOW)
    view = open_record(qtbot, ctx, yp_id, "checklists")
    tab = view.checklists
    model = tab.model
    rows = [r for r in range(model.rowCount()) if isinstance(model.entry(r), ItemRow)]
    other = next(r for r in rows if model.entry(r).item_key != "admission-week-01")
    tab.table.setCurrentIndex(model.index(other, 1))
    assert tab.link_button.isHidden()
    risk = next(r for r in rows if model.entry(r).item_key == "admission-week-01")
    tab.table.setCurrentIndex(model.index(risk, 1))
    assert not tab.link_button.isHidden()
    assert tab.link_button.text() == "Open the risk and crisis plan"
    qtbot.mouseClick(tab.link_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert view.tabs.currentWidget().isAncestorOf(view.plans)
