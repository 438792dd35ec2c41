"""The record inside the main window (ui/record/record_screen.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from keyworker_desktop.services import notes
from keyworker_desktop.services.recording import save_young_person
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.record_screen import RecordScreen, install_record_screen
from tests.ui.conftest import unlock
from tests.ui.record_support import NOW


def add_young_person(ctx: AppContext) -> str:
    assert ctx.store is not None
    with ctx.store.transaction() as s:
        yp, _ = save_young_person(s, None, NOW.date(), given_name="Ava", family_name="Reed")
        return yp.id


def test_a_requested_record_opens_and_takes_the_window_shortcuts(
        qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext) -> None:
    install_record_screen(window)
    unlock(qtbot, window)
    yp_id = add_young_person(ctx)
    # Without a record open, the shortcut says what to do instead of failing.
    window.named_actions["new_visit"].trigger()
    assert ctx.interaction.texts("inform") == [
        "Open the young person from Today, Caseload, Visits or Search first."]

    window.record_requested.emit(yp_id)
    wait_for_ops(ctx)
    screen = window.current_screen()
    assert isinstance(screen, RecordScreen) and screen.view is not None
    qtbot.waitUntil(lambda: screen.view.header.name.text() == "Ava Reed")

    qtbot.keyClick(screen.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    wait_for_ops(ctx)
    assert screen.view.visits.dialog is not None and screen.view.visits.dialog.isVisible()
    screen.view.visits.dialog.reject()

    window.named_actions["new_note"].trigger()
    editor = screen.view.sessions.editor
    qtbot.keyClicks(editor.texts["own_words"], "I like the new school bus")
    # Locking saves what was typed before the store closes, even between autosaves.
    window.lock()
    assert ctx.store is None
    unlock(qtbot, window)
    assert ctx.store is not None
    with ctx.store.session() as s:
        (note,) = notes.notes_for(s, yp_id)
    assert note.own_words == "I like the new school bus"
