"""Actions and meetings on the record (ui/record/actions_tab.py, action_dialogs.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyworker_desktop.services import actions
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import wait_for_ops
from tests.ui import record_support
from tests.ui.record_support import NOW, open_record

# The record fixtures: a store opened in the context, and one young person in it.
store = record_support.store
yp_id = record_support.yp_id


def test_meeting_then_action_chased_and_done(qtbot: QtBot, ctx: AppContext, store: Store,
                                             yp_id: str, qtmodeltester: ModelTester) -> None:
    view = open_record(qtbot, ctx, yp_id, "actions_tab")
    tab = view.actions_tab
    tab.add_meeting()
    dialog = tab.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("cetr"))
    qtbot.keyClicks(dialog.title_edit, "C(E)TR on Ward 7")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert tab.meeting_model.rowCount() == 1

    tab.add_action()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.description, "Send the discharge plan")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert "Who owns it is needed." in dialog.errors.message("owner_name")
    qtbot.keyClicks(dialog.owner, "Dr Okafor")
    dialog.due.set_value(date(2025, 3, 7))
    dialog.meeting.setCurrentIndex(1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    with store.session() as s:
        (action,) = actions.actions_for(s, yp_id)
        (meeting,) = actions.meetings_for(s, yp_id)
    assert action.owner_name == "Dr Okafor" and action.meeting_id == meeting.id
    due = tab.action_model.index(0, 2)
    assert due.data() == "Overdue (was due 7 Mar 2025)"
    assert due.data(Qt.ItemDataRole.FontRole).bold()
    qtmodeltester.check(tab.action_model)
    qtmodeltester.check(tab.meeting_model)

    tab.action_table.selectRow(0)
    tab.mark("chased")
    wait_for_ops(ctx)
    with store.session() as s:
        (action,) = actions.actions_for(s, yp_id)
    assert action.status == "chased" and action.last_chased_on == NOW.date()
    tab.action_table.selectRow(0)
    tab.mark("done")
    wait_for_ops(ctx)
    with store.session() as s:
        (action,) = actions.actions_for(s, yp_id)
    assert action.status == "done"
    assert tab.action_model.index(0, 3).data() == "Done (chased 10 Mar 2025)"
