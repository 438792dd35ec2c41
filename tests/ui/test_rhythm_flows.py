"""Issue 12 in the window, on a store that never held the demo: meetings on the calendar and
Today open the record at the meeting; "Mark visit done…" completes the planned visit;
weekly sessions due; a raised note acknowledged on a manager's laptop."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from keyworker_desktop.services import actions, visits
from keyworker_desktop.services.recording import record_visit, save_note_draft, save_young_person
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import SessionNote, SyncState
from keyworker_desktop.ui.compose import compose
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.record_screen import RecordScreen
from keyworker_desktop.ui.today_screen import TodayScreen
from keyworker_desktop.ui.visits_screen import VisitsScreen
from tests.ui.conftest import PASSPHRASE, unlock

NOW = datetime(2025, 3, 5, 9, 0)  # a Wednesday


def seed(ctx: AppContext, *, manager: bool = False) -> dict[str, str]:
    store = Store.open(ctx.data_dir, PASSPHRASE, daily_backup=False)
    try:
        with store.transaction() as s:
            robin, _ = save_young_person(s, None, NOW.date(), given_name="Robin",
                                         family_name="Hale")
            kai, _ = save_young_person(s, None, NOW.date(), given_name="Kai",
                                       family_name="Moss")
            planned = record_visit(s, robin.id, starts_at=NOW + timedelta(hours=5),
                                   status="planned", place_type="school",
                                   place_name="Brook School", purpose="Review timetable")
            meeting = actions.save_meeting(s, robin.id, kind="cetr",
                                           held_at=NOW + timedelta(hours=2),
                                           title="Ward review", location="Oak Ward")
            save_note_draft(s, kai.id, session_on=NOW.date() - timedelta(days=2),
                            purposes=["progress_chasing"], concerns="Not sleeping",
                            raise_with_manager=True)
            if manager:
                s.add(SyncState(key="account", value={"v": {"user": "pat", "role": "manager"}}))
            return {"robin": robin.id, "kai": kai.id, "planned": planned.id,
                    "meeting": meeting.id}
    finally:
        store.close()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, existing_store: str) -> Iterator[MainWindow]:
    ctx.now = lambda: NOW
    yield compose(ctx)


def start(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    unlock(qtbot, window)


def select_entry(qtbot: QtBot, view: object, text: str) -> None:
    from keyworker_desktop.ui.grouped_list import GroupedListView

    assert isinstance(view, GroupedListView)
    view.setFocus()
    for _ in range(len(view.entries_model.entries())):
        current = view.current_entry()
        if current is not None and text in current.text:
            return
        qtbot.keyClick(view, Qt.Key.Key_Down)
    raise AssertionError(f"no entry with {text!r}")


def record_screen(window: MainWindow) -> RecordScreen:
    shown = window.current_screen()
    assert isinstance(shown, RecordScreen) and shown.view is not None
    return shown


def test_the_calendar_shows_meetings_and_marks_a_planned_visit_done(
        qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    ids = seed(ctx)
    start(qtbot, window)
    window.show_screen("visits")
    wait_for_ops(ctx)
    screen = window.current_screen()
    assert isinstance(screen, VisitsScreen)
    texts = [e.text for e in screen.list.entries_model.entries()]
    assert any("Ward review" in t and "(CETR)" in t for t in texts)
    # The meeting opens the record at it.
    select_entry(qtbot, screen.list, "Ward review")
    qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    wait_for_ops(ctx)
    view = record_screen(window).view
    assert view is not None
    assert view.tabs.currentIndex() == view.tab_keys().index("actions_tab")
    # Mark the planned visit done: the form opens filled from it; saving completes it.
    window.show_screen("visits")
    select_entry(qtbot, screen.list, "Robin Hale")
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    view = record_screen(window).view
    assert view is not None
    dialog = view.visits.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.completes.currentData() == ids["planned"]
    assert dialog.place.currentText() == "Brook School"
    qtbot.keyClicks(dialog.who, "Robin and teacher")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert not dialog.isVisible()
    assert ctx.store is not None
    with ctx.store.session() as s:
        (visit,) = visits.visits_for(s, ids["robin"])
    assert (visit.id, visit.status, visit.who_was_there) == (
        ids["planned"], "done", "Robin and teacher")


def test_today_lists_meetings_sessions_due_and_raised_notes_for_the_keyworker(
        qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    seed(ctx)
    start(qtbot, window)
    window.show_screen("today")
    wait_for_ops(ctx)
    screen = window.current_screen()
    assert isinstance(screen, TodayScreen)
    texts = [e.text for e in screen.list.entries_model.entries()]
    assert any("Ward review" in t for t in texts)
    sessions = texts.index("Weekly session due: none in 7 days (1)")
    assert texts[sessions + 1] == "Robin Hale"  # Kai had a session two days ago
    assert "Raised with my manager, not yet acknowledged (1)" in texts
    assert screen.acknowledge_button is None  # a keyworker does not acknowledge


def test_a_manager_acknowledges_a_raised_note_from_today(
        qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    seed(ctx, manager=True)
    start(qtbot, window)
    window.show_screen("today")
    wait_for_ops(ctx)
    screen = window.current_screen()
    assert isinstance(screen, TodayScreen)
    assert screen.acknowledge_button is not None and screen.acknowledge_button.isVisible()
    select_entry(qtbot, screen.list, "Kai Moss: session note")
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        qtbot.mouseClick(screen.acknowledge_button, Qt.MouseButton.LeftButton)
        wait_for_ops(ctx)
    wait_for_ops(ctx)
    texts = [e.text for e in screen.list.entries_model.entries()]
    assert not any("Kai Moss: session note" in t for t in texts)
    assert ctx.store is not None
    with ctx.store.session() as s:
        note = s.query(SessionNote).one()
        assert note.raise_acknowledged_by and note.raise_acknowledged_at is not None
