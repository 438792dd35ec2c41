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
    # Without a record open or anyone highlighted, the shortcut asks who it is for.
    window.named_actions["new_visit"].trigger()
    wait_for_ops(ctx)
    assert ctx.interaction.texts("choose") == ["Which young person is this for?"]

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


def add_named(ctx: AppContext, given: str, family: str) -> str:
    assert ctx.store is not None
    with ctx.store.transaction() as s:
        yp, _ = save_young_person(s, None, NOW.date(), given_name=given, family_name=family)
        return yp.id


def shown_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    from keyworker_desktop.ui.compose import compose

    window = compose(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, shift: bool = True) -> None:
    """A shortcut typed where the keyboard focus is, as a person would."""
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)
    wait_for_ops(window.ctx)


def test_new_visit_acts_on_the_young_person_selected_in_the_caseload(
        qtbot: QtBot, existing_store: str, ctx: AppContext) -> None:
    window = shown_window(qtbot, ctx)
    ava = add_named(ctx, "Ava", "Reed")
    ben = add_named(ctx, "Ben", "Stone")
    window.record_requested.emit(ava)  # the last record opened is Ava's
    wait_for_ops(ctx)
    press(qtbot, window, Qt.Key.Key_2, shift=False)  # Ctrl+2: the caseload
    caseload = window.current_screen()
    assert caseload is window.screen_widget("caseload")
    qtbot.waitUntil(lambda: caseload.proxy.rowCount() == 2)
    caseload.filter.setFocus()
    qtbot.keyClicks(caseload.filter, "Ben")
    assert caseload.current_young_person_id() == ben

    press(qtbot, window, Qt.Key.Key_V)
    screen = window.current_screen()
    assert isinstance(screen, RecordScreen) and screen.view is not None
    assert screen.view.young_person_id == ben
    dialog = screen.view.visits.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Record a visit — Ben Stone")
    assert dialog.accessibleName() == "Record a visit — Ben Stone"
    dialog.reject()


def test_new_note_from_another_screen_asks_which_young_person(
        qtbot: QtBot, existing_store: str, ctx: AppContext,
        interaction: ScriptedInteraction) -> None:
    window = shown_window(qtbot, ctx)
    add_named(ctx, "Ava", "Reed")
    ben = add_named(ctx, "Ben", "Stone")
    press(qtbot, window, Qt.Key.Key_1, shift=False)  # Ctrl+1: Today
    interaction.answers.append("Ben Stone")
    press(qtbot, window, Qt.Key.Key_N)
    assert [kind for kind, _title, _text in interaction.shown] == ["choose"]
    screen = window.current_screen()
    assert isinstance(screen, RecordScreen) and screen.view is not None
    assert screen.view.young_person_id == ben
    assert screen.view.tabs.currentIndex() == screen.view.tab_keys().index("sessions")
    # Cancelling the chooser does nothing.
    press(qtbot, window, Qt.Key.Key_1, shift=False)
    press(qtbot, window, Qt.Key.Key_V)
    assert window.current_screen() is window.screen_widget("today")
