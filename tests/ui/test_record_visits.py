"""Recording a visit in seconds (ui/record/visits_tab.py, visit_dialog.py)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyworker_desktop.services import visits
from keyworker_desktop.services.recording import record_visit
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.common import qdatetime
from keyworker_desktop.ui.record.visit_dialog import VisitDialog
from tests.ui import record_support
from tests.ui.record_support import NOW, click_box, open_record

# The record fixtures: a store opened in the context, and one young person in it.
store = record_support.store
yp_id = record_support.yp_id


def stored_visits(store: Store, yp_id: str) -> list[visits.VisitRow]:
    with store.session() as s:
        return visits.visits_for(s, yp_id)


def open_visit_form(qtbot: QtBot, ctx: AppContext, yp_id: str) -> VisitDialog:
    view = open_record(qtbot, ctx, yp_id)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    wait_for_ops(ctx)
    dialog = view.visits.dialog
    assert dialog is not None and dialog.isVisible()
    assert view.tabs.currentIndex() == view.tab_keys().index("visits")
    return dialog


def test_ctrl_shift_v_records_a_visit_at_the_typed_place_now(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    dialog = open_visit_form(qtbot, ctx, yp_id)
    assert dialog.starts.dateTime() == qdatetime(NOW.replace(second=0))
    qtbot.keyClicks(dialog.place, "Oak Tree Primary")
    dialog.place_type.setCurrentIndex(dialog.place_type.findData("school"))
    qtbot.keyClicks(dialog.who, "Ava, class teacher")
    qtbot.keyClicks(dialog.purpose, "Check the new visual timetable")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert not dialog.isVisible()
    (visit,) = stored_visits(store, yp_id)
    assert visit.place_name == "Oak Tree Primary" and visit.place_type == "school"
    assert visit.starts_at == NOW.replace(second=0) and visit.ends_at is None
    assert visit.status == "done" and visit.purpose == "Check the new visual timetable"
    # The list shows it without being asked.
    table = dialog.parent()
    assert table.model.rowCount() == 1


def test_known_place_fills_type_and_address(qtbot: QtBot, ctx: AppContext, store: Store,
                                            yp_id: str) -> None:
    with store.transaction() as s:
        record_visit(s, yp_id, starts_at=datetime(2025, 3, 3, 9), place_type="school",
                     place_name="Oak Tree Primary", address="2 School Road")
    dialog = open_visit_form(qtbot, ctx, yp_id)
    names = [dialog.place.itemText(i) for i in range(dialog.place.count())]
    assert names == ["Oak Tree Primary — 2 School Road", "Home — 1 Mill Lane"]
    dialog.place.setFocus()
    qtbot.keyClick(dialog.place, Qt.Key.Key_Down)
    dialog.place.activated.emit(0)
    assert dialog.place_type.currentData() == "school"
    assert dialog.address.text() == "2 School Road"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    wait_for_ops(ctx)
    newest = stored_visits(store, yp_id)[0]
    assert newest.starts_at == NOW.replace(second=0) and newest.place_name == "Oak Tree Primary"


def test_visit_ending_before_it_starts_is_refused_beside_the_field(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    dialog = open_visit_form(qtbot, ctx, yp_id)
    qtbot.keyClicks(dialog.place, "Library")
    click_box(qtbot, dialog.has_end)
    dialog.ends.setDateTime(qdatetime(NOW - timedelta(hours=2)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert dialog.isVisible()
    assert dialog.errors.message("ends_at") == "⚠ Problem: The visit ends before it starts."
    assert dialog.errors.labels["ends_at"].isVisible()
    assert stored_visits(store, yp_id) == []
    assert ctx.interaction.texts("warn") == []


def test_visits_model_passes_the_model_tester(qtbot: QtBot, ctx: AppContext, store: Store,
                                              yp_id: str, qtmodeltester: ModelTester) -> None:
    with store.transaction() as s:
        record_visit(s, yp_id, starts_at=datetime(2025, 3, 3, 9), place_name="Oak Tree Primary")
        record_visit(s, yp_id, starts_at=datetime(2025, 3, 12, 9), status="planned")
    view = open_record(qtbot, ctx, yp_id, "visits")
    assert view.visits.summary.text() == "1 planned, 1 done"
    qtmodeltester.check(view.visits.model)


def test_places_arriving_after_the_form_opened_fill_nothing_in(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        record_visit(s, yp_id, starts_at=datetime(2025, 3, 3, 9), place_type="school",
                     place_name="Oak Tree Primary", address="2 School Road")
    view = open_record(qtbot, ctx, yp_id)
    # Straight from the Profile tab: the form opens before the Visits tab has loaded.
    view.record_visit()
    dialog = view.visits.dialog
    assert dialog is not None and dialog.places == []
    qtbot.keyClicks(dialog.place, "Lib")
    wait_for_ops(ctx)
    assert dialog.place.count() == 2 and dialog.place.currentText() == "Lib"
    assert dialog.address.text() == "" and dialog.place_type.currentData() == "home"


def test_enter_on_a_visit_opens_it_for_correction(qtbot: QtBot, ctx: AppContext,
                                                  store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        record_visit(s, yp_id, starts_at=datetime(2025, 3, 3, 9), place_name="Oak Tree Primary",
                     purpose="Lunchtimes")
    view = open_record(qtbot, ctx, yp_id, "visits")
    table = view.visits.table
    table.setFocus()
    table.setCurrentIndex(view.visits.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = view.visits.dialog
    assert dialog is not None and dialog.isVisible() and dialog.row is not None
    assert dialog.purpose.text() == "Lunchtimes"
    qtbot.keyClicks(dialog.purpose, " and the art room")
    qtbot.keyClick(dialog.purpose, Qt.Key.Key_Return)
    wait_for_ops(ctx)
    (visit,) = stored_visits(store, yp_id)
    assert visit.purpose == "Lunchtimes and the art room"
    assert visit.starts_at == datetime(2025, 3, 3, 9)


def test_escape_asks_before_throwing_away_what_was_typed(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str,
        interaction: ScriptedInteraction) -> None:
    dialog = open_visit_form(qtbot, ctx, yp_id)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Record a visit — Ava Reed")
    qtbot.keyClicks(dialog.place, "Oak Tree Primary")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Escape)
    # Asked, and with no answer ("Keep editing") the form stays with the text.
    assert [kind for kind, _t, _x in interaction.shown] == ["ask"]
    assert dialog.isVisible() and dialog.place.currentText() == "Oak Tree Primary"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert len(interaction.shown) == 2 and dialog.isVisible()
    interaction.answers.append("Discard")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert stored_visits(store, yp_id) == []


def test_escape_on_an_untouched_form_closes_it_without_asking(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str,
        interaction: ScriptedInteraction) -> None:
    dialog = open_visit_form(qtbot, ctx, yp_id)
    qtbot.keyClick(dialog.place, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and interaction.shown == []


def test_recording_a_planned_visit_completes_it_instead_of_adding_another(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        planned = record_visit(s, yp_id, starts_at=NOW.replace(hour=10, minute=0, second=0),
                               status="planned", place_type="school",
                               place_name="Oak Tree Primary", purpose="Review the timetable").id
        record_visit(s, yp_id, starts_at=datetime(2025, 3, 20, 9), status="planned",
                     place_name="Library")
    dialog = open_visit_form(qtbot, ctx, yp_id)
    qtbot.waitUntil(lambda: dialog.completes.currentData() == planned)
    assert dialog.completes.isVisibleTo(dialog)
    assert "10:00 at Oak Tree Primary" in dialog.completes.currentText()
    assert dialog.place.currentText() == "Oak Tree Primary"
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    wait_for_ops(ctx)
    assert not dialog.isVisible()
    rows = stored_visits(store, yp_id)
    assert len(rows) == 2  # the one in the future is still planned, nothing was added
    done = next(v for v in rows if v.id == planned)
    assert done.status == "done" and done.starts_at == NOW.replace(second=0)
    assert done.purpose == "Review the timetable"
    # The printed plan's next visit is the one still to come, not the one just done.
    from keyworker_desktop.services import plans
    with store.session() as s:
        data = plans.plan_data_for(s, yp_id, NOW.date())
    assert [v.place_name for v in data.visits] == ["Library"]


def test_a_visit_that_was_not_planned_can_be_said_so(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        planned = record_visit(s, yp_id, starts_at=NOW.replace(hour=11, minute=0),
                               status="planned", place_name="Oak Tree Primary").id
    dialog = open_visit_form(qtbot, ctx, yp_id)
    qtbot.waitUntil(lambda: dialog.completes.currentData() == planned)
    dialog.completes.setFocus()
    qtbot.keyClick(dialog.completes, Qt.Key.Key_Up)  # to "No: a visit that was not planned"
    assert dialog.completes.currentData() is None
    dialog.place.setFocus()
    dialog.place.lineEdit().selectAll()
    qtbot.keyClicks(dialog.place, "Park cafe")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    wait_for_ops(ctx)
    statuses = sorted((v.place_name, v.status) for v in stored_visits(store, yp_id))
    assert statuses == [("Oak Tree Primary", "planned"), ("Park cafe", "done")]


def test_no_planned_visit_that_day_hides_the_question(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        record_visit(s, yp_id, starts_at=datetime(2025, 3, 20, 9), status="planned")
    dialog = open_visit_form(qtbot, ctx, yp_id)
    wait_for_ops(ctx)
    assert not dialog.completes.isVisibleTo(dialog)
    assert dialog.completes.currentData() is None


def test_the_start_is_typed_as_people_write_it_and_tab_moves_on(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    dialog = open_visit_form(qtbot, ctx, yp_id)
    qtbot.keyClicks(dialog.place, "Library")
    dialog.starts.setFocus()
    qtbot.keyClick(dialog.starts, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.starts, "8 Mar 2025 2.30pm")
    qtbot.keyClick(dialog.starts, Qt.Key.Key_Tab)
    assert not dialog.starts.hasFocus()  # the next keys do not land in the minutes
    assert dialog.starts.text() == "8 Mar 2025 14:30"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    (visit,) = stored_visits(store, yp_id)
    assert visit.starts_at == datetime(2025, 3, 8, 14, 30)


def test_a_session_note_is_started_from_its_visit_and_linked_to_it(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    from keyworker_desktop.services.recording import record_visit
    from keyworker_desktop.store.models import SessionNote, Visit

    with store.transaction() as s:
        visit_id = record_visit(s, yp_id, starts_at=NOW.replace(hour=9, minute=0),
                                place_type="home", status="done").id
    view = open_record(qtbot, ctx, yp_id, "visits")
    wait_for_ops(ctx)
    view.visits.table.setFocus()
    view.visits.table.selectRow(0)
    qtbot.mouseClick(view.visits.note_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert view.tabs.currentIndex() == view.tab_keys().index("sessions")
    with store.session() as s:
        visit = s.get(Visit, visit_id)
        assert visit is not None and visit.session_note_id
        note = s.get(SessionNote, visit.session_note_id)
        assert note is not None and note.session_on == NOW.date()
    qtbot.waitUntil(lambda: view.sessions.editor.note_id == note.id)
    # Asked again, the same note opens: one note per visit.
    view.show_tab("visits")
    wait_for_ops(ctx)
    assert view.visits.model.index(0, 1).data() == "Done, note written"
    view.visits.table.selectRow(0)
    qtbot.mouseClick(view.visits.note_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    with store.session() as s:
        assert s.query(SessionNote).count() == 1
