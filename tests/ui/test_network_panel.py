"""The Network tab's map (ui/record/network_panel.py): edits persist and survive reopening."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from keyworker_desktop.domain.network import NetworkMap
from keyworker_desktop.services import actions, network, network_map
from keyworker_desktop.store import settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Action, AuditEvent
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.network_panel import NetworkPanel
from tests.ui.record_support import NOW, open_record, store, yp_id  # noqa: F401

PASS = "correct horse battery"


def add_pro(store: Store, yp_id: str, name: str, sector: str = "health",  # noqa: F811
            **fields: object) -> str:
    with store.transaction() as s:
        return network.save_professional_link(s, yp_id, None, NOW.date(), name=name,
                                              sector=sector, **fields).id


def open_panel(qtbot: QtBot, ctx: AppContext, yp_id: str) -> NetworkPanel:  # noqa: F811
    panel = NetworkPanel(ctx, yp_id)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    qtbot.waitExposed(panel)
    wait_for_ops(ctx)
    return panel


def reopened_map(ctx: AppContext, store: Store, yp_id: str) -> NetworkMap:  # noqa: F811
    """Close the store, open it again from disk, and read the map afresh."""
    root = store.paths.root
    ctx.lock()
    again = Store.open(root, PASS, daily_backup=False)
    ctx.open_store(again)
    with again.session() as s:
        return network_map.network_map_for(s, yp_id, NOW.date())


def menu_action(menu: QMenu, *path: str) -> QAction:
    """The action at the end of a path of menu texts."""
    for text in path[:-1]:
        sub = next(a.menu() for a in menu.actions() if a.text() == text and a.menu())
        assert isinstance(sub, QMenu)
        menu = sub
    return next(a for a in menu.actions() if a.text() == path[-1])


def test_adding_from_the_map(qtbot: QtBot, ctx: AppContext, store: Store,  # noqa: F811
                             yp_id: str) -> None:  # noqa: F811
    panel = open_panel(qtbot, ctx, yp_id)
    assert panel.network is not None and [n.id for n in panel.network.nodes] == []
    panel.map.add_requested.emit()  # "Add professional…" on the map's menu
    dialog = panel.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Dr Okafor")
    qtbot.keyClicks(dialog.role, "Ward consultant")
    dialog.sector.setCurrentIndex(dialog.sector.findData("health"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    (node,) = panel.network.nodes
    assert (node.name, node.role) == ("Dr Okafor", "Ward consultant")
    assert panel.map.current_node_id() == node.id  # the new person has focus on the map
    (again,) = reopened_map(ctx, store, yp_id).nodes
    assert (again.id, again.name, again.sector) == (node.id, "Dr Okafor", "health")


def test_changing_a_link_from_the_menu(qtbot: QtBot, ctx: AppContext, store: Store,  # noqa: F811
                                       yp_id: str) -> None:  # noqa: F811
    link_id = add_pro(store, yp_id, "Ola Quinn", "education", strength="strong",
                      direction="to_young_person")
    panel = open_panel(qtbot, ctx, yp_id)
    menu_action(panel.map.context_menu(link_id), "Change link", "Strength", "Stressful").trigger()
    wait_for_ops(ctx)
    menu_action(panel.map.context_menu(link_id), "Change link", "Direction",
                "Support goes both ways").trigger()
    wait_for_ops(ctx)
    node = panel.network.node(link_id)  # type: ignore[union-attr]
    assert (node.strength, node.direction) == ("stressful", "both")
    again = reopened_map(ctx, store, yp_id).node(link_id)
    assert (again.strength, again.direction) == ("stressful", "both")


def test_moving_a_node_is_saved(qtbot: QtBot, ctx: AppContext, store: Store,  # noqa: F811
                                yp_id: str) -> None:  # noqa: F811
    moved = add_pro(store, yp_id, "Kit Varga", "social_care")
    other = add_pro(store, yp_id, "Rae Upton", "voluntary_community")
    panel = open_panel(qtbot, ctx, yp_id)
    before = panel.map.node_positions()[moved]
    panel.map.setFocus()
    panel.map.set_current_node(moved)
    qtbot.keyClick(panel.map, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(panel.map, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    wait_for_ops(ctx)
    after = panel.map.node_positions()[moved]
    assert after != before
    with store.session() as s:
        node = network_map.network_map_for(s, yp_id, NOW.date()).node(moved)
    assert (node.x, node.y) == pytest.approx(after)
    # A drag ends the same way: the view reports where the node was put down.
    panel.map.node_moved.emit(other, -321.0, 123.0)
    wait_for_ops(ctx)
    assert panel.map.node_positions()[other] == (-321.0, 123.0)

    reopened = reopened_map(ctx, store, yp_id)
    assert (reopened.node(moved).x, reopened.node(moved).y) == pytest.approx(after)
    assert (reopened.node(other).x, reopened.node(other).y) == (-321.0, 123.0)
    fresh = open_panel(qtbot, ctx, yp_id)
    assert fresh.map.node_positions()[moved] == pytest.approx(after)
    assert fresh.map.node_positions()[other] == (-321.0, 123.0)


def test_deleting_asks_first(qtbot: QtBot, ctx: AppContext, store: Store,  # noqa: F811
                             yp_id: str, interaction: ScriptedInteraction) -> None:  # noqa: F811
    gone = add_pro(store, yp_id, "Nan Iris", "family_informal")
    kept = add_pro(store, yp_id, "Dr Nia Moss")
    panel = open_panel(qtbot, ctx, yp_id)
    panel.map.setFocus()
    panel.map.set_current_node(gone)
    interaction.answers = [False]
    qtbot.keyClick(panel.map, Qt.Key.Key_Delete)
    wait_for_ops(ctx)
    assert "Take Nan Iris out of this network?" in interaction.texts("confirm")[-1]
    assert {n.id for n in panel.network.nodes} == {gone, kept}  # type: ignore[union-attr]
    interaction.answers = [True]
    qtbot.keyClick(panel.map, Qt.Key.Key_Delete)
    wait_for_ops(ctx)
    assert {n.id for n in panel.network.nodes} == {kept}  # type: ignore[union-attr]
    assert [n.id for n in reopened_map(ctx, store, yp_id).nodes] == [kept]


def test_enter_opens_details_contact_and_actions(qtbot: QtBot, ctx: AppContext,  # noqa: F811
                                                store: Store, yp_id: str) -> None:  # noqa: F811
    link_id = add_pro(store, yp_id, "Helen Cho", "social_care", role="Short breaks",
                      last_contact_on=NOW.date() - timedelta(days=40))
    with store.transaction() as s:
        pro_id = network.network_for(s, yp_id)[0].professional_id
        meeting = actions.save_meeting(s, yp_id, kind="ctr", held_at=NOW - timedelta(days=10),
                                       title="CTR review", attendees="Helen Cho, Mum")
        late = actions.save_action(s, yp_id, description="Send the short breaks form",
                                   owner_name="Helen Cho", due_on=NOW.date() - timedelta(days=3),
                                   meeting_id=meeting.id)
        late.owner_professional_id = pro_id
    panel = open_panel(qtbot, ctx, yp_id)
    assert panel.network.node(link_id).has_overdue_action  # type: ignore[union-attr]
    panel.map.setFocus()
    panel.map.set_current_node(link_id)
    qtbot.keyClick(panel.map, Qt.Key.Key_Return)
    wait_for_ops(ctx)
    assert panel.pane.isVisible() and panel.details_id == link_id
    text = " ".join(panel.text.toPlainText().split())
    for expected in ("Helen Cho", "Short breaks", "Last contact recorded", "CTR review",
                     "Overdue: Send the short breaks form"):
        assert expected in text
    assert panel.text.accessibleName() == "Details of Helen Cho"
    # The pane follows the record: the action done, the overdue mark goes.
    with store.transaction() as s:
        done = s.get(Action, late.id)
        assert done is not None
        done.status = "done"
    ctx.hub.changes_applied.emit(OpChanges.of({"action"}, [yp_id]), None)
    wait_for_ops(ctx)
    assert "Overdue" not in panel.text.toPlainText()
    assert not panel.network.node(link_id).has_overdue_action  # type: ignore[union-attr]
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.pane.isVisible()


def test_export_and_print(qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str,  # noqa: F811
                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add_pro(store, yp_id, "Ade Bello", "voluntary_community")
    add_pro(store, yp_id, "Ms Patel", "education")
    panel = open_panel(qtbot, ctx, yp_id)
    svg = tmp_path / "map.svg"
    monkeypatch.setattr(panel, "ask_export_path", lambda: svg)
    panel.export()
    words = " ".join(" ".join(ElementTree.parse(svg).getroot().itertext()).split())
    assert "Ade Bello" in words and "Ms Patel" in words

    pdf = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    monkeypatch.setattr(panel, "ask_printer", lambda: printer)
    panel.map.setFocus()
    qtbot.keyClick(panel.map, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_for_ops(ctx)
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Ade Bello" in text and "Ms Patel" in text
    with store.session() as s:
        audited = list(s.scalars(select(AuditEvent.detail).where(
            AuditEvent.young_person_id == yp_id, AuditEvent.detail.like("network map%"))))
    assert audited == ["network map saved as SVG", "network map printed"]


def test_refreshes_when_the_record_changes_elsewhere(qtbot: QtBot, ctx: AppContext,  # noqa: F811
                                                    store: Store, yp_id: str) -> None:  # noqa: F811
    panel = open_panel(qtbot, ctx, yp_id)
    loads = panel.loads
    link_id = add_pro(store, yp_id, "Sam Price", "voluntary_community")
    ctx.hub.changes_applied.emit(OpChanges.of({"professional"}, ["someone else"]), None)
    wait_for_ops(ctx)
    assert panel.loads == loads
    ctx.hub.changes_applied.emit(OpChanges.of({"network_link"}, [yp_id]), None)
    wait_for_ops(ctx)
    assert [n.id for n in panel.network.nodes] == [link_id]  # type: ignore[union-attr]


def test_the_record_shows_the_map_first(qtbot: QtBot, ctx: AppContext, store: Store,  # noqa: F811
                                       yp_id: str, interaction: ScriptedInteraction) -> None:  # noqa: F811
    link_id = add_pro(store, yp_id, "Ms Patel", "education")
    view = open_record(qtbot, ctx, yp_id, "network")
    tab = view.network
    assert tab.map_button.isChecked()
    assert isinstance(tab.map, NetworkPanel) and tab.stack.currentWidget() is tab.map
    bar = [tab.map_button, tab.list_button]
    assert sorted(bar, key=lambda b: b.pos().x()) == bar  # Map, then List
    wait_for_ops(ctx)
    assert [n.id for n in tab.map.network.nodes] == [link_id]  # type: ignore[union-attr]
    # The tab's own Edit… and Remove act on the person focused on the map.
    tab.map.map.set_current_node(link_id)
    tab.edit()
    assert tab.map.dialog is not None and tab.map.dialog.name.text() == "Ms Patel"
    tab.map.dialog.reject()
    interaction.answers = [True]
    tab.remove()
    wait_for_ops(ctx)
    assert tab.map.network.nodes == ()  # type: ignore[union-attr]
    qtbot.mouseClick(tab.list_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentWidget() is tab.table


def test_ctrl_p_on_the_map_prints_the_map_not_the_plan(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str,  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add_pro(store, yp_id, "Ms Patel", "education")
    view = open_record(qtbot, ctx, yp_id, "network")
    panel = view.network.map
    assert isinstance(panel, NetworkPanel)
    asked: list[bool] = []
    monkeypatch.setattr(panel, "ask_printer", lambda: asked.append(True))
    panel.map.setFocus()
    qtbot.keyClick(panel.map, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    assert view.findChildren(QDialog) == []


def test_a_reload_waits_for_a_drag_to_end(qtbot: QtBot, ctx: AppContext, store: Store,  # noqa: F811
                                         yp_id: str) -> None:  # noqa: F811
    link_id = add_pro(store, yp_id, "Kit Varga", "social_care")
    panel = open_panel(qtbot, ctx, yp_id)
    item = panel.map.network_scene().node_item(link_id)
    assert item is not None
    at = panel.map.mapFromScene(item.pos())
    QTest.mousePress(panel.map.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert panel.map.network_scene().mouseGrabberItem() is item
    loads = panel.loads
    add_pro(store, yp_id, "Rae Upton", "voluntary_community")
    ctx.hub.changes_applied.emit(OpChanges.of({"network_link"}, [yp_id]), None)
    wait_for_ops(ctx)
    assert len(panel.network.nodes) == 1  # type: ignore[union-attr]
    assert panel.map.network_scene().node_item(link_id) is item  # still the one in hand
    QTest.mouseRelease(panel.map.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: len(panel.network.nodes) == 2)  # type: ignore[union-attr]
    assert panel.loads == loads + 1


def test_a_saved_no_contact_setting_redraws_the_open_map(qtbot: QtBot, ctx: AppContext,  # noqa: F811
                                                         store: Store,  # noqa: F811
                                                         yp_id: str) -> None:  # noqa: F811
    link_id = add_pro(store, yp_id, "Helen Cho", "social_care",
                      last_contact_on=NOW.date() - timedelta(weeks=3))
    panel = open_panel(qtbot, ctx, yp_id)
    item = panel.map.network_scene().node_item(link_id)
    assert item is not None and item.attention == []
    with store.transaction() as s:
        settings.put(s, settings.NO_CONTACT_WEEKS, 2)
    # What the settings dialog's save says it changed: no young person in particular.
    ctx.hub.changes_applied.emit(OpChanges.of([settings.ENTITY]), None)
    wait_for_ops(ctx)
    item = panel.map.network_scene().node_item(link_id)
    assert item is not None and item.attention == ["No contact for 3 weeks"]
