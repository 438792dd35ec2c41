"""Checklists on the record (ui/record/checklists_tab.py, checklist_model.py)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyworker_desktop.services import checklists
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.checklist_model import DONE, DUE, ItemRow
from keyworker_desktop.ui.record.common import qdatetime, show_stamp
from tests.ui import record_support
from tests.ui.record_support import NOW, STAMP, open_record

# The record fixtures: a store opened in the context, and one young person in it.
store = record_support.store
yp_id = record_support.yp_id


def stored_items(store: Store, yp_id: str) -> list[ItemRow]:
    with store.session() as s:
        return [ItemRow.of(i) for v in checklists.checklists_for(s, yp_id) for i in v.items]


def test_apply_admission_checklist_and_tick_an_item(qtbot: QtBot, ctx: AppContext,
                                                    store: Store, yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id, "checklists")
    tab = view.checklists
    assert tab.empty.isVisible() and not tab.table.isVisible()
    tab.template.setCurrentIndex(tab.template.findData("admission"))
    admitted = datetime(2025, 3, 3, 9, 0)
    tab.anchor.setDateTime(qdatetime(admitted))
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    items = stored_items(store, yp_id)
    assert len(items) > 10 and all(i.done_at is None for i in items)
    assert tab.table.isVisible() and not tab.empty.isVisible()
    assert tab.progress_text.text().startswith(f"0 of {len(items)} done · ")
    assert tab.progress.value() == 0 and tab.progress.maximum() == len(items)

    # Section titles come first; the first item sits under "On the day of admission".
    assert tab.model.index(0, 0).data() == "On the day of admission"
    first = tab.model.index(1, DONE)
    # Due on the day of admission, a week ago: overdue in words, bold and marked.
    due = tab.model.index(1, DUE)
    assert due.data() == "Overdue (was due 3 Mar 2025)"
    assert due.data(Qt.ItemDataRole.FontRole).bold()
    assert not due.data(Qt.ItemDataRole.DecorationRole).isNull()

    tab.table.setFocus()
    tab.table.setCurrentIndex(first)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    wait_for_ops(ctx)
    ticked = next(i for i in stored_items(store, yp_id) if i.id == items[0].id)
    assert ticked.done_by == "Sam Keyworker" and ticked.done_at is not None
    assert tab.model.index(1, DONE).data() == f"Sam Keyworker, {show_stamp(STAMP)}"
    assert tab.progress_text.text().startswith(f"1 of {len(items)} done")
    assert tab.progress.value() == 1
    assert not tab.model.index(1, DUE).data().startswith("Overdue")


def test_a_note_on_an_item_is_stored(qtbot: QtBot, ctx: AppContext, store: Store,
                                     yp_id: str) -> None:
    with store.transaction() as s:
        checklists.apply_template(s, yp_id, "first_session", NOW)
    view = open_record(qtbot, ctx, yp_id, "checklists")
    model = view.checklists.model
    model.setData(model.index(1, 3), "Asked about favourite foods", Qt.ItemDataRole.EditRole)
    wait_for_ops(ctx)
    assert stored_items(store, yp_id)[0].note == "Asked about favourite foods"
    assert model.index(1, 3).data() == "Asked about favourite foods"


def test_checklist_model_passes_the_model_tester(qtbot: QtBot, ctx: AppContext,
                                                 store: Store, yp_id: str,
                                                 qtmodeltester: ModelTester) -> None:
    with store.transaction() as s:
        checklists.apply_template(s, yp_id, "admission", NOW)
    view = open_record(qtbot, ctx, yp_id, "checklists")
    qtmodeltester.check(view.checklists.model)


def test_removing_a_tick_asks_first_and_names_who_ticked_it(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str,
        interaction: ScriptedInteraction) -> None:
    with store.transaction() as s:
        checklists.apply_template(s, yp_id, "first_session", NOW)
    view = open_record(qtbot, ctx, yp_id, "checklists")
    tab = view.checklists
    qtbot.waitUntil(lambda: tab.model.rowCount() > 1)
    item_id = tab.model.entry(1).id
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(1, DONE))
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    wait_for_ops(ctx)
    assert interaction.shown == []  # ticking never asks
    ticked = next(i for i in stored_items(store, yp_id) if i.id == item_id)
    assert ticked.done_at is not None

    # A stray Space (or click) on a ticked item: asked, and no answer keeps the tick.
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    wait_for_ops(ctx)
    kind, _title, text = interaction.shown[-1]
    assert kind == "ask" and "Sam Keyworker" in text and show_stamp(STAMP) in text
    kept = next(i for i in stored_items(store, yp_id) if i.id == item_id)
    assert kept.done_at is not None
    assert tab.model.index(1, DONE).data() == f"Sam Keyworker, {show_stamp(STAMP)}"

    interaction.answers.append("Remove the tick")
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    wait_for_ops(ctx)
    removed = next(i for i in stored_items(store, yp_id) if i.id == item_id)
    assert removed.done_at is None
