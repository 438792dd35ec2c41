"""The keyworker session note (ui/record/sessions_tab.py, session_editor.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyworker_desktop.services import notes
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record import RecordView
from tests.ui import record_support
from tests.ui.record_support import NOW, click_box, open_record

# The record fixtures: a store opened in the context, and one young person in it.
store = record_support.store
yp_id = record_support.yp_id


def stored_notes(store: Store, yp_id: str) -> list[notes.NoteRow]:
    with store.session() as s:
        return [notes.note_detail(s, n.id) for n in notes.notes_for(s, yp_id)]


def new_note(qtbot: QtBot, ctx: AppContext, yp_id: str) -> RecordView:
    view = open_record(qtbot, ctx, yp_id)
    view.sessions.set_autosave_ms(200)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    wait_for_ops(ctx)
    assert view.tabs.currentIndex() == view.tab_keys().index("sessions")
    return view


def wait_for_autosave(qtbot: QtBot, ctx: AppContext, view: RecordView) -> None:
    qtbot.waitUntil(lambda: view.sessions.editor.status.text().startswith("Saved"), timeout=3000)
    wait_for_ops(ctx)


def test_a_draft_saves_itself_seconds_after_typing(qtbot: QtBot, ctx: AppContext,
                                                   store: Store, yp_id: str) -> None:
    view = new_note(qtbot, ctx, yp_id)
    editor = view.sessions.editor
    assert editor.texts["own_words"].hasFocus()
    qtbot.keyClicks(editor.texts["own_words"], "I want to go swimming on Saturdays")
    click_box(qtbot, editor.purposes["future_ideas"])
    qtbot.keyClicks(editor.texts["discussed"], "Swimming club and the bus there")
    assert editor.status.text() == "Editing…"
    wait_for_autosave(qtbot, ctx, view)
    assert editor.status.text() == "Saved 10:41:07"
    (note,) = stored_notes(store, yp_id)
    assert note.status == "draft" and note.session_on == NOW.date()
    assert note.own_words == "I want to go swimming on Saturdays"
    assert note.discussed == "Swimming club and the bus there"
    assert note.purposes == ("future_ideas",)
    # The list beside the editor shows the draft.
    assert view.sessions.model.rowCount() == 1
    # More typing saves the same note again, not a second one.
    qtbot.keyClicks(editor.texts["agreed"], "Try the Saturday session")
    wait_for_autosave(qtbot, ctx, view)
    (note,) = stored_notes(store, yp_id)
    assert note.agreed == "Try the Saturday session"


def test_finalise_signs_the_note_then_only_addenda(qtbot: QtBot, ctx: AppContext,
                                                   store: Store, yp_id: str) -> None:
    view = new_note(qtbot, ctx, yp_id)
    editor = view.sessions.editor
    click_box(qtbot, editor.purposes["progress_chasing"])
    qtbot.keyClicks(editor.texts["discussed"], "The OT referral")
    click_box(qtbot, editor.raise_with_manager)
    ctx.interaction.answers.append(True)
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert ctx.interaction.shown[-1][0] == "confirm"
    (note,) = stored_notes(store, yp_id)
    assert note.status == "final" and note.finalised_by == "Sam Keyworker"
    assert note.raise_with_manager and note.discussed == "The OT referral"
    assert editor.texts["discussed"].isReadOnly()
    assert not editor.purposes["progress_chasing"].isVisible()
    assert editor.summary.text().startswith("Purpose: Progress chasing.")
    assert "Concerns raised with the manager." in editor.summary.text()
    assert not editor.finalise_button.isVisible()
    assert editor.signed.text().startswith("Signed by Sam Keyworker on ")

    qtbot.keyClicks(editor.addendum_text, "The referral went to the community OT team.")
    ctx.interaction.answers.append("Add and sign")
    qtbot.mouseClick(editor.addendum_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    (note,) = stored_notes(store, yp_id)
    assert [(a.text, a.signed_by) for a in note.addenda] == [
        ("The referral went to the community OT team.", "Sam Keyworker")]
    assert "The referral went to the community OT team." in editor.addenda_list.text()
    assert editor.addendum_text.toPlainText() == ""


def test_saying_no_leaves_the_draft_editable(qtbot: QtBot, ctx: AppContext,
                                             store: Store, yp_id: str) -> None:
    view = new_note(qtbot, ctx, yp_id)
    editor = view.sessions.editor
    qtbot.keyClicks(editor.texts["discussed"], "Half-term plans")
    ctx.interaction.answers.append(False)
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    wait_for_autosave(qtbot, ctx, view)
    (note,) = stored_notes(store, yp_id)
    assert note.status == "draft" and not editor.texts["discussed"].isReadOnly()


def test_finalising_without_a_purpose_says_why_beside_the_field(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    view = new_note(qtbot, ctx, yp_id)
    editor = view.sessions.editor
    ctx.interaction.answers.append(True)
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert "Add a purpose and what was discussed" in editor.errors.message("discussed")
    assert all(n.status == "draft" for n in stored_notes(store, yp_id))
    assert not editor.texts["discussed"].isReadOnly()


def test_opening_a_signed_note_from_the_list(qtbot: QtBot, ctx: AppContext, store: Store,
                                             yp_id: str, qtmodeltester: ModelTester) -> None:
    from keyworker_desktop.services import recording

    with store.transaction() as s:
        note = recording.save_note_draft(s, yp_id, session_on=NOW.date(),
                                         purposes=["talking_about_past"], discussed="Old school")
        recording.finalise_note(s, note.id)
    view = open_record(qtbot, ctx, yp_id, "sessions")
    qtmodeltester.check(view.sessions.model)
    table = view.sessions.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    wait_for_ops(ctx)
    editor = view.sessions.editor
    assert editor.texts["discussed"].toPlainText() == "Old school"
    assert editor.texts["discussed"].isReadOnly()


def test_an_addendum_is_added_only_once_its_text_is_confirmed(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str,
        interaction: ScriptedInteraction) -> None:
    view = new_note(qtbot, ctx, yp_id)
    editor = view.sessions.editor
    click_box(qtbot, editor.purposes["progress_chasing"])
    qtbot.keyClicks(editor.texts["discussed"], "The OT referral")
    interaction.answers.append(True)
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    qtbot.keyClicks(editor.addendum_text, "Mum rang back")
    # The question shows the text that will be signed; cancelling adds nothing.
    qtbot.mouseClick(editor.addendum_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    kind, _title, text = interaction.shown[-1]
    assert kind == "ask" and "Mum rang back" in text and "cannot be changed" in text
    (note,) = stored_notes(store, yp_id)
    assert not note.addenda and editor.addendum_text.toPlainText() == "Mum rang back"
    interaction.answers.append("Add and sign")
    qtbot.mouseClick(editor.addendum_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    (note,) = stored_notes(store, yp_id)
    assert [a.text for a in note.addenda] == ["Mum rang back"]
