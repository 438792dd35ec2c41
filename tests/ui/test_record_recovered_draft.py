"""A session note being typed when the app stopped unexpectedly is said to be recovered
and opened (issue 14 item 7); after a clean close nothing is said."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record import RecordView
from tests.ui import record_support
from tests.ui.record_support import open_record
from tests.ui.test_record_sessions import new_note, wait_for_autosave

store = record_support.store
yp_id = record_support.yp_id


def type_a_draft(qtbot: QtBot, ctx: AppContext, yp_id: str) -> RecordView:
    view = new_note(qtbot, ctx, yp_id)
    qtbot.keyClicks(view.sessions.editor.texts["own_words"], "I want to go swimming")
    wait_for_autosave(qtbot, ctx, view)
    return view


def restart(qtbot: QtBot, ctx: AppContext, view: RecordView, tmp_path: Path) -> RecordView:
    view.close()
    ctx.lock()
    opened = Store.open(tmp_path / "s", "correct horse battery", daily_backup=False)
    ctx.open_store(opened)
    wait_for_ops(ctx)
    return open_record(qtbot, ctx, yp_id_of(view))


def yp_id_of(view: RecordView) -> str:
    return view.young_person_id


def test_after_a_crash_the_recovered_draft_is_named_and_opened(
    qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str, tmp_path: Path
) -> None:
    crashed = type_a_draft(qtbot, ctx, yp_id)
    note_id = crashed.sessions.editor.note_id
    # No flush: the app stopped while the note was open.
    view = restart(qtbot, ctx, crashed, tmp_path)
    qtbot.waitUntil(lambda: view.sessions.recovered_notice.isVisible(), timeout=3000)
    assert view.tabs.currentIndex() == view.tab_keys().index("sessions")
    notice = view.sessions.recovered_notice.text()
    assert "10 Mar 2025" in notice and "recovered" in notice.lower()
    editor = view.sessions.editor
    assert editor.note_id == note_id
    assert editor.texts["own_words"].toPlainText() == "I want to go swimming"
    # Said once: opening the record again later in this run says nothing more.
    view.close()
    wait_for_ops(ctx)
    again = open_record(qtbot, ctx, yp_id)
    wait_for_ops(ctx)
    assert not again.sessions.recovered_notice.isVisible()


def test_after_a_clean_close_no_draft_is_called_recovered(
    qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str, tmp_path: Path
) -> None:
    closed = type_a_draft(qtbot, ctx, yp_id)
    closed.flush_drafts()
    wait_for_ops(ctx)
    view = restart(qtbot, ctx, closed, tmp_path)
    wait_for_ops(ctx)
    assert view.tabs.currentIndex() == view.tab_keys().index("profile")
    assert not view.sessions.recovered_notice.isVisible()


def test_a_signed_note_is_not_recovered(
    qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str, tmp_path: Path
) -> None:
    view = type_a_draft(qtbot, ctx, yp_id)
    editor = view.sessions.editor
    editor.purposes["future_ideas"].setChecked(True)
    ctx.interaction.answers.append(True)
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    reopened = restart(qtbot, ctx, view, tmp_path)
    wait_for_ops(ctx)
    assert not reopened.sessions.recovered_notice.isVisible()
