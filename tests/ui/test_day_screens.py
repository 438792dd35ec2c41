"""The day's screens as declared once (ui/day_screens.py) and wired by ui/compose.py."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from keyworker_desktop.ui.compose import compose
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.day_screens import DAY_SCREENS
from tests.ui.conftest import unlock


def test_each_screen_is_made_from_the_module_the_preload_imports(
    qtbot: QtBot, existing_store: str, ctx: AppContext
) -> None:
    window = compose(ctx)
    qtbot.addWidget(window)
    for screen in DAY_SCREENS:
        assert screen.module in window.preload_modules
    window.show()
    unlock(qtbot, window)
    for screen in DAY_SCREENS:
        widget = window.screen_widget(screen.key)
        assert widget is not None and type(widget).__module__ == screen.module


def test_the_window_offers_them_in_order_with_the_record_after(
    qtbot: QtBot, existing_store: str, ctx: AppContext
) -> None:
    window = compose(ctx)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    assert window.main_area is not None
    assert window.main_area.keys == [s.key for s in DAY_SCREENS] + ["record"]
    nav = window.main_area.nav
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Today", "Caseload", "Visits", "Search", "Triage", "Reports", "Team", "Young person"]
    assert window.named_actions["go_search"].shortcut().toString() == "Ctrl+4"
    assert window.named_actions["go_triage"].shortcut().toString() == "Ctrl+5"
