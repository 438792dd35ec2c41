"""Triage from the record (ui/record/register_box.py): the Profile tab's register line
offers the moves its status allows, on a store that never held the demo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from keyworker_desktop.ui.caseload_screen import CaseloadScreen
from keyworker_desktop.ui.compose import wire
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.decline_dialog import DeclineDialog
from keyworker_desktop.ui.record.record_screen import RecordScreen
from keyworker_desktop.ui.record.register_box import RegisterBox
from tests.ui.conftest import focusable_without_name, unlock
from tests.ui.test_triage_screen import NOW, refer, status

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def app(qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext) -> MainWindow:
    ctx.now = lambda: NOW
    wire(window)
    unlock(qtbot, window)
    return window


def open_register(qtbot: QtBot, app: MainWindow, yp_id: str) -> RegisterBox:
    app.record_requested.emit(yp_id)
    wait_for_ops(app.ctx)
    record = app.current_screen()
    assert isinstance(record, RecordScreen) and record.view is not None
    box = record.view.profile.register
    qtbot.waitUntil(lambda: box.loads > 0)
    return box


def shown(box: RegisterBox) -> list[str]:
    return [b.text() for b in (box.waiting_button, box.accept_button, box.decline_button)
            if b.isVisible()]


def test_waiting_then_declined_from_the_record(qtbot: QtBot, app: MainWindow, ctx: AppContext,
                                               interaction: ScriptedInteraction) -> None:
    ava = refer(ctx, "Ava", date(2025, 2, 1))
    box = open_register(qtbot, app, ava)
    assert shown(box) == ["Move to waiting list", "Accept onto the register", "Decline…"]
    assert focusable_without_name(box) == []
    qtbot.mouseClick(box.waiting_button, LEFT)
    wait_for_ops(ctx)
    assert status(ctx, ava) == ("waiting", "", "")
    qtbot.waitUntil(lambda: box.status.text().startswith("On the triage waiting list since "
                                                         "10 Mar 2025"))
    assert shown(box) == ["Accept onto the register", "Decline…"]

    box.decline_button.setFocus()
    qtbot.keyClick(box.decline_button, Qt.Key.Key_Space)
    dialog = box.dialog
    assert isinstance(dialog, DeclineDialog) and dialog.isVisible()
    assert dialog.decided_by.text() == "Sam Keyworker"
    qtbot.keyClicks(dialog.reason, "Needs met by CAMHS")
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_for_ops(ctx)
    assert status(ctx, ava) == ("declined", "Sam Keyworker", "Needs met by CAMHS")
    qtbot.waitUntil(lambda: box.status.text() == "Declined since 10 Mar 2025, decided by "
                                                 "Sam Keyworker: Needs met by CAMHS")
    assert shown(box) == []
    assert interaction.texts("warn") == []

    # Declined leaves the caseload as closing does; "Show closed" finds them, marked.
    app.show_screen("caseload")
    caseload = app.screen_widget("caseload")
    assert isinstance(caseload, CaseloadScreen)
    wait_for_ops(ctx)
    assert caseload.model.rowCount() == 0
    qtbot.mouseClick(caseload.show_closed, LEFT)
    wait_for_ops(ctx)
    assert caseload.model.index(0, 0).data() == "Ava Reed (declined)"


def test_accept_from_the_record(qtbot: QtBot, app: MainWindow, ctx: AppContext) -> None:
    ben = refer(ctx, "Ben", date(2025, 3, 1))
    app.show_screen("caseload")
    caseload = app.screen_widget("caseload")
    assert isinstance(caseload, CaseloadScreen)
    wait_for_ops(ctx)
    assert caseload.model.index(0, 0).data() == "Ben Reed (referred)"
    box = open_register(qtbot, app, ben)
    qtbot.mouseClick(box.accept_button, LEFT)
    wait_for_ops(ctx)
    assert status(ctx, ben) == ("accepted", "Sam Keyworker", "")
    qtbot.waitUntil(lambda: shown(box) == [])
    app.show_screen("caseload")
    wait_for_ops(ctx)
    qtbot.waitUntil(lambda: caseload.model.index(0, 0).data() == "Ben Reed")
