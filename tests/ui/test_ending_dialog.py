"""End involvement (ui/record/ending_dialog.py, ending_banner.py) driven with the keyboard
and mouse on a store that never held the demo, checked against what the store holds."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store.models import ChecklistInstance, Ending, YoungPerson
from keyworker_desktop.ui.caseload_screen import CaseloadScreen
from keyworker_desktop.ui.compose import wire
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record import ending_dialog
from keyworker_desktop.ui.record.ending_banner import ReopenDialog
from keyworker_desktop.ui.record.ending_dialog import EndInvolvementDialog
from keyworker_desktop.ui.record.record_screen import RecordScreen
from tests.ui.conftest import focusable_without_name, unlock

NOW = datetime(2025, 3, 10, 9, 0)


@pytest.fixture
def app(qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext) -> MainWindow:
    ctx.now = lambda: NOW
    wire(window)
    unlock(qtbot, window)
    return window


@pytest.fixture
def yp_id(app: MainWindow, ctx: AppContext) -> str:
    assert ctx.store is not None
    with ctx.store.transaction() as s:
        taken = take_referral(s, Referral("Ava", "Reed", referred_on=date(2025, 1, 10)),
                              NOW.date())
        taken.young_person.leaving_date = date(2025, 2, 28)
        return taken.young_person.id


def click(qtbot: QtBot, ctx: AppContext, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)


def ending_row(ctx: AppContext) -> Ending | None:
    assert ctx.store is not None
    with ctx.store.session() as s:
        return s.scalars(select(Ending)).one_or_none()


def closed_on(ctx: AppContext, yp_id: str) -> date | None:
    assert ctx.store is not None
    with ctx.store.session() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None
        return yp.closed_on


def open_dialog(qtbot: QtBot, app: MainWindow, yp_id: str) -> EndInvolvementDialog:
    app.record_requested.emit(yp_id)
    wait_for_ops(app.ctx)
    app.named_actions["end_involvement"].trigger()
    wait_for_ops(app.ctx)
    (dialog,) = [d for d in app.findChildren(EndInvolvementDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: dialog.state is not None)
    return dialog


def test_end_involvement_from_plan_to_closure_and_reopening(
        qtbot: QtBot, app: MainWindow, ctx: AppContext, yp_id: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, app, yp_id)
    # A date edit's inner line edit is its own (the date edit is named).
    assert [w for w in focusable_without_name(dialog)
            if w != "QLineEdit('qt_spinbox_lineedit')"] == []
    assert dialog.windowTitle() == "End involvement: Ava Reed"

    # 1. The step-down plan.
    qtbot.keyClicks(dialog.plan, "Peer support for Mum until Easter")
    click(qtbot, ctx, dialog.save_plan_button)
    ending = ending_row(ctx)
    assert ending is not None and ending.step_down_plan == "Peer support for Mum until Easter"

    # 2. A handover the family said no to is refused and nothing changes.
    dialog.handover_to.setFocus()
    qtbot.keyClicks(dialog.handover_to, "Priya Shah")
    dialog.permission.setFocus()
    qtbot.keyClick(dialog.permission, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.permission, Qt.Key.Key_Down)
    assert dialog.permission.currentData() is False
    click(qtbot, ctx, dialog.record_handover_button)
    assert "did not give permission" in dialog.errors.message("family_permission_for_handover")
    ending = ending_row(ctx)
    assert ending is not None and (ending.handover_to, ending.family_permission_for_handover) \
        == ("", False)
    # ...and recorded once they say yes.
    qtbot.keyClick(dialog.permission, Qt.Key.Key_Up)
    click(qtbot, ctx, dialog.record_handover_button)
    ending = ending_row(ctx)
    assert ending is not None
    assert (ending.handover_to, ending.handover_on, ending.family_permission_for_handover) == (
        "Priya Shah", NOW.date(), True)
    assert "Priya Shah" in dialog.handover_state.text()

    # 3. The transition checklist from the leaving date, 28 Feb 2025 (spring 2 ends 4 Apr):
    # due by the end of summer 1, 23 May 2025.
    assert "23 May 2025" in dialog.transition_state.text()
    click(qtbot, ctx, dialog.apply_button)
    assert ctx.store is not None
    with ctx.store.session() as s:
        [checklist] = s.scalars(select(ChecklistInstance)).all()
        assert (checklist.template_key, checklist.anchor_at) == ("transition",
                                                                 datetime(2025, 2, 28))
    ending = ending_row(ctx)
    assert ending is not None and ending.transition_due_on == date(2025, 5, 23)
    assert not dialog.apply_button.isEnabled()  # applied already

    # 4. The handover summary, saved where the keyworker chose.
    out = tmp_path / "ava"
    monkeypatch.setattr(ending_dialog.QFileDialog, "getSaveFileName",
                        lambda *args: (str(out), "PDF files (*.pdf)"))
    click(qtbot, ctx, dialog.summary_button)
    assert (tmp_path / "ava.pdf").read_bytes().startswith(b"%PDF")
    assert "not encrypted" in dialog.status.text()

    # 5. Closing needs a reason: refused without one, nothing stored.
    click(qtbot, ctx, dialog.close_button)
    assert dialog.errors.message("reason")
    assert closed_on(ctx, yp_id) is None
    qtbot.keyClicks(dialog.reason, "Moved to college")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.outcome, "Settled at college")
    with qtbot.waitSignal(dialog.closed):
        click(qtbot, ctx, dialog.close_button)
    assert closed_on(ctx, yp_id) == NOW.date()
    ending = ending_row(ctx)  # the same Ending: prepared, then closed
    assert ending is not None and (ending.reason, ending.outcome, ending.handover_to) == (
        "Moved to college", "Settled at college", "Priya Shah")
    assert not dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    # The record says it is closed and offers to reopen.
    screen = app.screen_widget("record")
    assert isinstance(screen, RecordScreen) and screen.view is not None
    bar = screen.view.ending_bar
    qtbot.waitUntil(lambda: bar.banner.isVisible())
    assert bar.banner.text() == "Closed on 10 Mar 2025 (Moved to college)"
    assert bar.reopen_button.isVisible() and not bar.end_button.isVisible()

    # Off the caseload; back with "Show closed", marked closed.
    app.show_screen("caseload")
    caseload = app.screen_widget("caseload")
    assert isinstance(caseload, CaseloadScreen)
    wait_for_ops(ctx)
    assert caseload.model.rowCount() == 0
    qtbot.mouseClick(caseload.show_closed, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert caseload.model.rowCount() == 1
    assert caseload.model.index(0, 0).data() == "Ava Reed (closed)"

    # Reopening needs a reason too.
    app.record_requested.emit(yp_id)
    wait_for_ops(ctx)
    click(qtbot, ctx, bar.reopen_button)
    (reopen,) = [d for d in app.findChildren(ReopenDialog) if d.isVisible()]
    click(qtbot, ctx, reopen.reopen_button)
    assert reopen.errors.message("reopen_reason")
    assert closed_on(ctx, yp_id) == NOW.date()
    qtbot.keyClicks(reopen.reason, "Returned home")
    click(qtbot, ctx, reopen.reopen_button)
    assert closed_on(ctx, yp_id) is None
    qtbot.waitUntil(lambda: not bar.banner.isVisible())
    assert bar.end_button.isVisible()
    ending = ending_row(ctx)
    assert ending is not None and ending.reopen_reason == "Returned home"
    app.show_screen("caseload")
    wait_for_ops(ctx)
    assert caseload.model.index(0, 0).data() == "Ava Reed"


def test_leaving_with_unsaved_words_asks_first(qtbot: QtBot, app: MainWindow, ctx: AppContext,
                                               yp_id: str,
                                               interaction: ScriptedInteraction) -> None:
    dialog = open_dialog(qtbot, app, yp_id)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes unasked
    assert not dialog.isVisible() and interaction.shown == []
    dialog = open_dialog(qtbot, app, yp_id)
    qtbot.keyClicks(dialog.plan, "Peer support")
    qtbot.keyClick(dialog.plan, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # the scripted answer is no: stay
    assert [kind for kind, _t, _x in interaction.shown] == ["confirm"]
    interaction.answers.append(True)
    qtbot.keyClick(dialog.plan, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert ending_row(ctx) is None  # nothing was saved
