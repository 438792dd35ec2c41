"""The main window (ui/main_window.py): pages, screens, actions, locking, status bar."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QListWidget
from pytestqt.qtbot import QtBot

from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.main_window import MainArea, MainWindow
from keyworker_desktop.ui.operations import run_op, wait_for_ops
from tests.ui.conftest import focusable_without_name, unlock
from tests.ui.shell_support import PlaceholderScreen, shell_window

SCREEN = QSize(1366, 768)


def test_first_run_shows_setup(window: MainWindow) -> None:
    assert window.windowTitle() == "Keyworker Desktop"
    assert window.pages.currentWidget() is window.setup_page


def test_a_store_on_disk_starts_locked(existing_store: str, window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.lock_screen
    assert window.main_area is None
    assert not window.named_actions["go_today"].isEnabled()
    assert window.named_actions["quit"].isEnabled()


def test_unlocking_shows_the_main_area_with_four_screens(
    qtbot: QtBot, existing_store: str, window: MainWindow
) -> None:
    unlock(qtbot, window)
    assert window.pages.currentWidget() is window.main_area
    nav = window.main_area.nav
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Today", "Caseload", "Visits", "Search", "Triage", "Reports", "Team"]
    assert len(window.findChildren(PlaceholderScreen)) == 7


def test_ctrl_numbers_and_ctrl_f_switch_screens(
    qtbot: QtBot, existing_store: str, window: MainWindow
) -> None:
    unlock(qtbot, window)
    area = window.main_area
    assert area is not None
    qtbot.keyClick(area.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert area.screens.currentWidget() is area.screen_widget("visits")
    window.named_actions["go_caseload"].trigger()
    assert area.screens.currentWidget() is area.screen_widget("caseload")
    window.named_actions["search"].trigger()
    assert window.current_screen() is area.screen_widget("search")


def test_ctrl_l_locks_and_destroys_the_screens(
    qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext
) -> None:
    unlock(qtbot, window)
    store = ctx.store
    assert store is not None
    qtbot.keyClick(window.main_area.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert ctx.store is None and not store.is_open
    assert window.pages.currentWidget() is window.lock_screen
    qtbot.waitUntil(lambda: not window.findChildren(MainArea), timeout=2000)
    assert window.findChildren(PlaceholderScreen) == []
    assert not window.named_actions["new_visit"].isEnabled()


def test_unlocking_again_makes_fresh_screens(
    qtbot: QtBot, existing_store: str, window: MainWindow
) -> None:
    unlock(qtbot, window)
    first = window.main_area
    window.named_actions["lock"].trigger()
    unlock(qtbot, window)
    assert window.main_area is not None and window.main_area is not first
    assert len(window.findChildren(PlaceholderScreen)) == 7


def test_idle_time_locks(
    qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext
) -> None:
    unlock(qtbot, window)
    assert window.idle.active and window.idle.interval_ms == 5 * 60_000
    window.idle.set_interval_ms(30)
    with qtbot.waitSignal(ctx.hub.store_locked, timeout=2000):
        pass
    assert ctx.store is None
    assert window.pages.currentWidget() is window.lock_screen


def test_status_bar_counts_unsynced_changes_and_says_offline_calmly(
    qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext
) -> None:
    unlock(qtbot, window)
    # Never synced: not "Everything is synced" beside "Last synced: never".
    assert window.unsynced_label.text() == "Not synced yet"
    assert window.last_sync_label.text() == "Last synced: never"
    assert window.network_label.text() in ("Working offline", "Online")

    def add_two(store: object) -> OpChanges:
        with ctx.store.transaction() as s:  # type: ignore[union-attr]
            s.add(YoungPerson(given_name="Demo", family_name="Person-One",
                              date_of_birth=date(2012, 3, 4)))
            s.add(YoungPerson(given_name="Demo", family_name="Person-Two"))
        return OpChanges.of({"young_person"})

    run_op(ctx, add_two, lambda _changes: None)
    wait_for_ops(ctx)
    assert window.unsynced_label.text() == "2 changes not synced yet"


def test_registered_screen_replaces_the_placeholder(
    qtbot: QtBot, existing_store: str, window: MainWindow
) -> None:
    window.register_screen("today", "Today", lambda ctx: QLabel("the real Today"))
    window.register_screen("network", "Network", lambda ctx: QLabel("an eighth screen"))
    unlock(qtbot, window)
    area = window.main_area
    assert area is not None
    assert area.screen_widget("today").text() == "the real Today"
    assert area.nav.count() == 8
    assert window.named_actions["go_network"].shortcut().toString() == "Ctrl+8"


def test_connected_actions_are_enabled_only_while_unlocked(
    qtbot: QtBot, existing_store: str, window: MainWindow
) -> None:
    printed: list[bool] = []
    window.connect_action("print", lambda: printed.append(True))
    assert not window.named_actions["print"].isEnabled()
    unlock(qtbot, window)
    assert window.named_actions["print"].isEnabled()
    assert not window.named_actions["new_visit"].isEnabled()  # nobody handles it yet
    qtbot.keyClick(window.main_area.nav, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [True]


def test_every_focusable_widget_has_an_accessible_name(
    qtbot: QtBot, existing_store: str, window: MainWindow
) -> None:
    assert focusable_without_name(window) == []
    unlock(qtbot, window)
    assert focusable_without_name(window) == []
    assert window.findChild(QListWidget).accessibleName()


def test_fits_1366_by_768_at_double_font_size(
    qtbot: QtBot, qapp: QApplication, existing_store: str, ctx: AppContext
) -> None:
    original = qapp.font()
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(big)
    try:
        win = shell_window(ctx)
        qtbot.addWidget(win)
        win.resize(SCREEN)
        win.show()
        assert win.minimumSizeHint().boundedTo(SCREEN) == win.minimumSizeHint()
        unlock(qtbot, win)
        assert win.minimumSizeHint().boundedTo(SCREEN) == win.minimumSizeHint()
        qtbot.wait(50)  # let the layouts settle after the status texts arrive
        for label in win.findChildren(QLabel):
            if label.isVisible() and not label.wordWrap():
                assert label.width() >= label.minimumSizeHint().width(), label.text()
    finally:
        qapp.setFont(original)


def test_status_bar_says_a_demo_store_never_syncs(
    qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext
) -> None:
    from keyworker_desktop.store import settings

    unlock(qtbot, window)

    def mark_demo(store: object) -> OpChanges:
        with ctx.store.transaction() as s:  # type: ignore[union-attr]
            settings.put(s, settings.DEMO_CASELOAD, True)
            s.add(YoungPerson(given_name="Demo", family_name="Person"))
        return OpChanges.of({"young_person"})

    run_op(ctx, mark_demo, lambda _changes: None)
    wait_for_ops(ctx)
    assert window.unsynced_label.text() == "Fictional demo caseload: never synced"


def test_status_bar_says_synced_only_when_nothing_waits(
    qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext
) -> None:
    from sqlalchemy import update

    from keyworker_desktop.domain.ids import uuid7
    from keyworker_desktop.store import settings
    from keyworker_desktop.store.models import ChangeLogEntry
    from keyworker_desktop.store.models.sync import LocalConflict

    unlock(qtbot, window)

    def synced(store: object) -> OpChanges:
        with ctx.store.transaction() as s:  # type: ignore[union-attr]
            settings.put(s, settings.LAST_SYNC_AT, "2025-03-10T09:00:00")
            s.add(YoungPerson(given_name="Jo", family_name="Pryce"))
        with ctx.store.transaction() as s:  # type: ignore[union-attr]
            s.execute(update(ChangeLogEntry).values(pushed_at=datetime(2025, 3, 10, 9)))
        return OpChanges.of({"young_person"})

    run_op(ctx, synced, lambda _changes: None)
    wait_for_ops(ctx)
    assert window.unsynced_label.text() == "Everything is synced"

    def conflict(store: object) -> OpChanges:
        with ctx.store.transaction() as s:  # type: ignore[union-attr]
            s.add(LocalConflict(
                id=uuid7(), entity="young_person", record_id="r", young_person_id=None,
                field="preferred_name", kind="field", base="",
                current={"value": "Jojo", "author": "Sam", "device": "d", "hlc": ""},
                incoming={"value": "Joanne", "author": "Morgan", "device": "o", "hlc": ""}))
        return OpChanges.of({"conflict"})

    run_op(ctx, conflict, lambda _changes: None)
    wait_for_ops(ctx)
    assert window.unsynced_label.text() == "Synced, except 1 conflict to resolve"
