"""The team view (ui/team_screen.py) over the hand-counted caseload with the team's extras
(tests/services/test_team.py), on a store that never held the demo."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from keyworker_desktop.store.models.sync import SyncState
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.compose import wire
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.record_screen import RecordScreen
from keyworker_desktop.ui.team_screen import TeamScreen
from tests.services import report_fixture as fx
from tests.services.test_team import add_team_extras
from tests.ui.conftest import focusable_without_name, unlock

NOW = datetime(2025, 4, 15, 9, 0)


@pytest.fixture
def app(qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext) -> MainWindow:
    ctx.now = lambda: NOW
    wire(window)
    unlock(qtbot, window)
    assert ctx.store is not None
    with ctx.store.transaction() as s:
        add_team_extras(s, fx.populate(s))
    # As after a sync: the laptop is now a senior's, so the Team entry is offered.
    ctx.hub.changes_applied.emit(OpChanges.all(), None)
    wait_for_ops(ctx)
    return window


def show_team(qtbot: QtBot, window: MainWindow) -> TeamScreen:
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    screen = window.current_screen()
    assert isinstance(screen, TeamScreen)
    wait_for_ops(window.ctx)
    return screen


def test_the_tabs_count_and_a_row_opens_the_record(
        qtbot: QtBot, app: MainWindow, ctx: AppContext, qtmodeltester: ModelTester) -> None:
    screen = show_team(qtbot, app)
    tabs = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    assert tabs == ["Caseload (5)", "Waiting for triage (1)",
                    "Red and amber without a keyworker (1)", "Raised with a manager (1)",
                    "C(E)TR actions overdue (2)", "Keyworkers (2)"]
    assert screen.caseloads_model.index(0, 3).data() == "Over the limit of 1"
    assert screen.actions_model.index(0, 4).data() == "121 days"
    for model in (screen.caseload_model, screen.raised_model, screen.actions_model):
        qtmodeltester.check(model)
    assert focusable_without_name(screen) == []
    screen.tabs.setCurrentIndex(2)
    table = screen.tables["unallocated"]
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.record_requested) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    wait_for_ops(ctx)
    assert isinstance(app.current_screen(), RecordScreen)
    assert opened.args is not None
    assert opened.args[0] == screen.unallocated_model.row_at(0).id


def set_role(qtbot: QtBot, ctx: AppContext, role: str | None) -> None:
    """This laptop's account as the central store registered it (None: never registered),
    then a change, as after a sync."""
    assert ctx.store is not None
    with ctx.store.transaction() as s:
        s.execute(delete(SyncState))
        if role is not None:
            s.add(SyncState(key="account", value={"v": {"user": "kim", "role": role}}))
    ctx.hub.changes_applied.emit(OpChanges.of(["sync_state"]), None)
    wait_for_ops(ctx)


def team_offered(window: MainWindow) -> bool:
    action = window.named_actions["go_team"]
    assert window.main_area is not None
    row = window.main_area.keys.index("team")
    shown = not window.main_area.nav.item(row).isHidden()
    assert action.isVisible() == action.isEnabled() == shown
    return shown


def test_the_team_entry_is_only_on_a_seniors_or_managers_laptop(
        qtbot: QtBot, app: MainWindow, ctx: AppContext) -> None:
    assert team_offered(app)  # the fixture's laptop is a senior's
    for role in ("keyworker", "family_keyworker", None):
        set_role(qtbot, ctx, role)
        assert not team_offered(app), role
        app.show_screen("caseload")
        qtbot.keyClick(app, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
        app.show_screen("team")
        assert not isinstance(app.current_screen(), TeamScreen), role
    # Read again at every unlock: a keyworker's laptop never offers it.
    set_role(qtbot, ctx, "keyworker")
    app.lock()
    assert not app.named_actions["go_team"].isEnabled()
    unlock(qtbot, app)
    wait_for_ops(ctx)
    assert not team_offered(app)
    set_role(qtbot, ctx, "manager")
    assert team_offered(app)
    assert show_team(qtbot, app).tabs.isVisible()


def test_a_team_view_left_open_when_the_role_changes_says_it_is_for_seniors(
        qtbot: QtBot, app: MainWindow, ctx: AppContext) -> None:
    screen = show_team(qtbot, app)
    assert ctx.store is not None
    with ctx.store.transaction() as s:  # no change announced: the screen is still shown
        s.execute(delete(SyncState))
        s.add(SyncState(key="account", value={"v": {"user": "kim", "role": "keyworker"}}))
    screen.refresh()
    wait_for_ops(ctx)
    assert "for seniors' and managers' laptops" in screen.notice.text()
    assert screen.tabs.isHidden() and screen.caseload_model.rowCount() == 0
