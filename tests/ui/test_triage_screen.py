"""The triage queue (ui/triage_screen.py, ui/record/decline_dialog.py) on a store that
never held the demo: driven with real clicks and keys, checked against what the store holds."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.services.triage import move, triage_status
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.compose import wire
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.decline_dialog import DeclineDialog
from keyworker_desktop.ui.record.record_screen import RecordScreen
from keyworker_desktop.ui.triage_screen import TriageScreen
from tests.ui.conftest import focusable_without_name, unlock

NOW = datetime(2025, 3, 10, 9, 0)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def app(qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext) -> MainWindow:
    ctx.now = lambda: NOW
    wire(window)
    unlock(qtbot, window)
    return window


def refer(ctx: AppContext, given: str, on: date) -> str:
    assert ctx.store is not None
    with ctx.store.transaction() as s:
        return take_referral(s, Referral(given, "Reed", referred_by="School SENCo",
                                         referred_on=on, reason="Exclusions"),
                             NOW.date()).young_person.id


def status(ctx: AppContext, yp_id: str) -> tuple[str, str, str]:
    assert ctx.store is not None
    with ctx.store.session() as s:
        got = triage_status(s, yp_id)
    assert got is not None
    return got.status, got.decided_by, got.decision_reason


def show_triage(qtbot: QtBot, window: MainWindow) -> TriageScreen:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    screen = window.current_screen()
    assert isinstance(screen, TriageScreen)
    wait_for_ops(window.ctx)
    return screen


def names(screen: TriageScreen) -> list[str]:
    return [r.name for r in screen.model.rows()]


def test_the_queue_lists_the_oldest_first_and_opens_a_record(
        qtbot: QtBot, app: MainWindow, ctx: AppContext, qtmodeltester: ModelTester) -> None:
    ben = refer(ctx, "Ben", date(2025, 3, 1))
    refer(ctx, "Ava", date(2025, 2, 1))
    screen = show_triage(qtbot, app)
    assert names(screen) == ["Ava Reed", "Ben Reed"]
    assert screen.model.index(0, 1).data() == "37 days"
    assert screen.model.index(1, 4).data() == "Referred"
    assert screen.count.text() == "2 referrals waiting"
    qtmodeltester.check(screen.model)
    assert focusable_without_name(screen) == []
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    wait_for_ops(ctx)
    record = app.current_screen()
    assert isinstance(record, RecordScreen) and record.view is not None
    assert record.view.young_person_id == ben
    # The record says where the entry stands.
    status = record.view.profile.register.status
    qtbot.waitUntil(lambda: status.text().startswith("Referred since 1 Mar 2025"))
    assert "Waiting for triage" in status.text()
    assert ctx.store is not None
    with ctx.store.transaction() as s:  # accepted elsewhere (the command line, a sync)
        move(s, ben, "accepted", on=NOW.date(), today=NOW.date(), decided_by="Morgan")
    app.ctx.hub.changes_applied.emit(OpChanges.all(), None)
    qtbot.waitUntil(lambda: status.text() == "Accepted onto the register since 10 Mar 2025, "
                                             "decided by Morgan")


def test_waiting_then_accept_with_the_buttons(qtbot: QtBot, app: MainWindow,
                                              ctx: AppContext) -> None:
    ava = refer(ctx, "Ava", date(2025, 2, 1))
    screen = show_triage(qtbot, app)
    assert screen.waiting_button.isEnabled()
    qtbot.mouseClick(screen.waiting_button, LEFT)
    wait_for_ops(ctx)
    assert status(ctx, ava) == ("waiting", "", "")
    qtbot.waitUntil(lambda: screen.model.index(0, 4).data() == "On the triage waiting list")
    assert not screen.waiting_button.isEnabled()  # on the list already
    qtbot.mouseClick(screen.accept_button, LEFT)
    wait_for_ops(ctx)
    assert status(ctx, ava) == ("accepted", "Sam Keyworker", "")
    qtbot.waitUntil(lambda: names(screen) == [])
    assert screen.count.text() == "Nobody is waiting for triage"
    assert not screen.accept_button.isEnabled()


def test_decline_asks_why_and_who_decided(qtbot: QtBot, app: MainWindow, ctx: AppContext,
                                          interaction: ScriptedInteraction) -> None:
    ava = refer(ctx, "Ava", date(2025, 2, 1))
    screen = show_triage(qtbot, app)
    qtbot.mouseClick(screen.decline_button, LEFT)
    dialog = screen.dialog
    assert isinstance(dialog, DeclineDialog)
    wait_for_ops(ctx)
    assert dialog.decided_by.text() == "Sam Keyworker"
    # A date edit's inner line edit is its own (the date edit is named).
    assert [w for w in focusable_without_name(dialog)
            if w != "QLineEdit('qt_spinbox_lineedit')"] == []
    # No reason: refused beside the field, nothing stored, the form stays open.
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_for_ops(ctx)
    assert "reason for declining" in dialog.errors.message("decision_reason")
    assert dialog.isVisible() and status(ctx, ava) == ("referred", "", "")
    qtbot.keyClicks(dialog.reason, "Needs met by CAMHS")
    dialog.decided_by.selectAll()
    qtbot.keyClicks(dialog.decided_by, "Morgan Senior")
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_for_ops(ctx)
    assert status(ctx, ava) == ("declined", "Morgan Senior", "Needs met by CAMHS")
    qtbot.waitUntil(lambda: names(screen) == [])
    assert interaction.texts("warn") == []


def test_a_refused_move_is_said_and_nothing_changes(qtbot: QtBot, app: MainWindow,
                                                    ctx: AppContext,
                                                    interaction: ScriptedInteraction) -> None:
    ava = refer(ctx, "Ava", date(2025, 2, 1))
    screen = show_triage(qtbot, app)
    ctx.now = lambda: datetime(2025, 1, 1, 9, 0)  # the laptop's date is before the referral
    qtbot.mouseClick(screen.accept_button, LEFT)
    wait_for_ops(ctx)
    assert interaction.texts("warn") == ["The date is before the referral."]
    assert status(ctx, ava) == ("referred", "", "")
