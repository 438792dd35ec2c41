"""A record open when a sync removes its young person (ui/record/removed_notice.py)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from keyworker_desktop.sync.server import accounts
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.record_screen import RecordScreen, install_record_screen
from keyworker_desktop.ui.sync.summary_dialog import SyncSummaryDialog
from tests.ui import sync_support
from tests.ui.sync_support import LoopbackCentral, add_young_person, sync_now

central = sync_support.central
app_store = sync_support.app_store
sync_window = sync_support.sync_window


def open_record(qtbot: QtBot, window: MainWindow, ctx: AppContext, yp_id: str) -> RecordScreen:
    window.record_requested.emit(yp_id)
    wait_for_ops(ctx)
    screen = window.current_screen()
    assert isinstance(screen, RecordScreen) and screen.view is not None
    view = screen.view
    qtbot.waitUntil(lambda: view.header_data is not None)
    return screen


def test_the_open_record_says_it_is_no_longer_on_this_laptop(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral,
        interaction: ScriptedInteraction) -> None:
    install_record_screen(sync_window)
    ava, ben = add_young_person(ctx, "Ava"), add_young_person(ctx, "Ben")
    sync_now(qtbot, sync_window, central)
    screen = open_record(qtbot, sync_window, ctx, ava)
    central.run(lambda s: accounts.allocate(s, "alex", ava))

    outcome = sync_now(qtbot, sync_window)

    assert outcome.summary.removed_young_person_ids == [ava]
    assert outcome.changes.removes(ava) and not outcome.changes.removes(ben)
    assert screen.view is None
    notice = screen.removed_notice
    assert notice is not None and screen.stack.currentWidget() is notice and notice.isVisible()
    assert notice.title.text() == "Ava Reed's record is no longer on this laptop"
    assert notice.accessibleName() == notice.title.text()
    assert notice.unsaved.isHidden()
    assert [k for k, _t, _x in interaction.shown if k == "warn"] == []  # nothing failed
    summary = sync_window.findChild(SyncSummaryDialog)
    assert summary is not None and "Removed from this laptop" in summary.body.text()
    # Opening someone else replaces the notice with their record.
    open_record(qtbot, sync_window, ctx, ben)
    assert screen.removed_notice is None


def test_a_note_typed_but_not_saved_is_kept_on_screen_to_copy(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral,
        interaction: ScriptedInteraction) -> None:
    install_record_screen(sync_window)
    ava = add_young_person(ctx, "Ava")
    sync_now(qtbot, sync_window, central)
    screen = open_record(qtbot, sync_window, ctx, ava)
    assert screen.view is not None
    screen.view.new_session_note()
    sessions = screen.view.sessions
    sessions.set_autosave_ms(600_000)  # the sync ends before the next autosave
    qtbot.keyClicks(sessions.editor.texts["own_words"], "I want to go swimming")
    central.run(lambda s: accounts.allocate(s, "alex", ava))

    outcome = sync_now(qtbot, sync_window)

    assert outcome.summary.removed_young_person_ids == [ava]
    notice = screen.removed_notice
    assert notice is not None and notice.unsaved.isVisible()
    assert "I want to go swimming" in notice.unsaved.toPlainText()
    assert notice.unsaved.isReadOnly() and notice.unsaved.accessibleName()
    assert [k for k, _t, _x in interaction.shown if k == "warn"] == []
