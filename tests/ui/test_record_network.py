"""The Network tab (ui/record/network_tab.py, network_dialog.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyworker_desktop.services import network
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import wait_for_ops
from tests.ui import record_support
from tests.ui.record_support import NOW, open_record

# The record fixtures: a store opened in the context, and one young person in it.
store = record_support.store
yp_id = record_support.yp_id


def test_add_then_edit_a_professional(qtbot: QtBot, ctx: AppContext, store: Store,
                                      yp_id: str, qtmodeltester: ModelTester) -> None:
    view = open_record(qtbot, ctx, yp_id, "network")
    tab = view.network
    tab.add()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.name, "Dr Okafor")
    qtbot.keyClicks(dialog.role, "Ward consultant")
    qtbot.keyClicks(dialog.email, "no at sign")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert "does not look like an email address" in dialog.errors.message("email")
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "okafor@example.org")
    dialog.strength.setCurrentIndex(dialog.strength.findData("tenuous"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    with store.session() as s:
        (entry,) = network.network_for(s, yp_id)
    assert (entry.name, entry.role, entry.email, entry.strength) == (
        "Dr Okafor", "Ward consultant", "okafor@example.org", "tenuous")
    assert tab.model.rowCount() == 1
    qtmodeltester.check(tab.model)

    tab.table.selectRow(0)
    tab.edit()
    qtbot.keyClicks(tab.dialog.phone, "0100 000 000")
    qtbot.keyClick(tab.dialog, Qt.Key.Key_Return)
    wait_for_ops(ctx)
    with store.session() as s:
        (entry,) = network.network_for(s, yp_id)
    assert entry.phone == "0100 000 000" and entry.name == "Dr Okafor"


def test_map_view_shows_the_same_network(qtbot: QtBot, ctx: AppContext, store: Store,
                                         yp_id: str) -> None:
    with store.transaction() as s:
        network.save_professional_link(s, yp_id, None, NOW.date(), name="Ms Patel",
                                       sector="education")
    view = open_record(qtbot, ctx, yp_id, "network")
    qtbot.mouseClick(view.network.map_button, Qt.MouseButton.LeftButton)
    assert view.network.stack.currentWidget() is view.network.map
    assert view.network.map.isVisible()
