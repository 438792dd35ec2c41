"""The record inside the main window (ui/record/record_screen.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from keyworker_desktop.services import drafts, notes
from keyworker_desktop.services import profile as profile_service
from keyworker_desktop.services.recording import save_young_person
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
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


def test_unsaved_profile_edits_survive_a_lock_and_come_back_unsaved(
        qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext) -> None:
    install_record_screen(window)
    unlock(qtbot, window)
    yp_id = add_young_person(ctx)
    window.record_requested.emit(yp_id)
    wait_for_ops(ctx)
    screen = window.current_screen()
    assert isinstance(screen, RecordScreen) and screen.view is not None
    profile = screen.view.profile
    qtbot.keyClicks(profile.widgets["what_matters"], "My dog Biscuit")
    qtbot.keyClick(profile.widgets["what_matters"], Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    assert ctx.store is None
    unlock(qtbot, window)
    assert ctx.store is not None
    # Not saved into the record behind the keyworker's back...
    with ctx.store.session() as s:
        assert profile_service.profile(s, yp_id).fields["what_matters"] == ""
    # ...but back in the form when the record is opened again, and said to be unsaved.
    window.record_requested.emit(yp_id)
    wait_for_ops(ctx)
    screen = window.current_screen()
    assert isinstance(screen, RecordScreen) and screen.view is not None
    profile = screen.view.profile
    assert profile.widgets["what_matters"].toPlainText() == "My dog Biscuit"
    assert profile.widgets["given_name"].text() == "Ava"
    assert profile.status.text() == "Not saved yet"
    assert profile.draft_notice.isVisibleTo(profile)
    assert "not saved yet" in profile.draft_notice.text()
    # Saving keeps it and forgets the draft.
    profile.save()
    wait_for_ops(ctx)
    with ctx.store.session() as s:
        assert profile_service.profile(s, yp_id).fields["what_matters"] == "My dog Biscuit"
        assert drafts.profile_draft(s, yp_id) is None
    assert not profile.draft_notice.isVisibleTo(profile)


def test_edits_kept_through_the_idle_lock_can_be_discarded(
        qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext,
        interaction: ScriptedInteraction) -> None:
    install_record_screen(window)
    unlock(qtbot, window)
    yp_id = add_young_person(ctx)
    window.record_requested.emit(yp_id)
    wait_for_ops(ctx)
    screen = window.current_screen()
    assert isinstance(screen, RecordScreen) and screen.view is not None
    profile = screen.view.profile
    qtbot.keyClicks(profile.widgets["interests"], "Trains")
    window.idle.set_interval_ms(50)
    window.idle.start()
    qtbot.waitUntil(lambda: ctx.store is None, timeout=3000)
    unlock(qtbot, window)
    window.idle.stop()
    window.record_requested.emit(yp_id)
    wait_for_ops(ctx)
    screen = window.current_screen()
    assert isinstance(screen, RecordScreen) and screen.view is not None
    profile = screen.view.profile
    assert profile.widgets["interests"].toPlainText() == "Trains"
    # Discarding asks first: "no" keeps the text.
    qtbot.mouseClick(profile.discard_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert profile.widgets["interests"].toPlainText() == "Trains"
    interaction.answers.append(True)
    qtbot.mouseClick(profile.discard_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert profile.widgets["interests"].toPlainText() == ""
    assert not profile.draft_notice.isVisibleTo(profile)
    assert ctx.store is not None
    with ctx.store.session() as s:
        assert drafts.profile_draft(s, yp_id) is None
