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
    assert action.status == "done" and action.done_on == NOW.date()
    assert tab.action_model.index(0, 3).data() == "Done on 10 Mar 2025 (chased 10 Mar 2025)"

    tab.action_table.selectRow(0)
    tab.edit_action()
    dialog = tab.dialog
    assert dialog.done_on.value() == NOW.date()
    dialog.done_on.set_value(date(2099, 1, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert "cannot be in the future" in dialog.errors.message("done_on")
    with store.session() as s:
        (action,) = actions.actions_for(s, yp_id)
    assert action.done_on == NOW.date()


def test_an_owner_picked_from_the_network_is_flagged_on_the_map_when_overdue(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    from keyworker_desktop.services import network_map
    from keyworker_desktop.services.network import save_professional_link

    with store.transaction() as s:
        save_professional_link(s, yp_id, None, NOW.date(), name="Jo Patel",
                               role="Social worker", sector="social_care")
    view = open_record(qtbot, ctx, yp_id, "actions_tab")
    tab = view.actions_tab
    tab.add_action()
    dialog = tab.dialog
    assert dialog.owner.count() == 1  # the network, to pick from
    qtbot.keyClicks(dialog.description, "Send the pathway plan")
    dialog.owner.setFocus()
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Down)  # picks Jo Patel from the list
    assert dialog.owner.currentText().startswith("Jo Patel")
    dialog.due.set_value(date(2025, 3, 7))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    with store.session() as s:
        (action,) = actions.actions_for(s, yp_id)
        (node,) = network_map.network_map_for(s, yp_id, NOW.date()).nodes
    assert action.owner_name == "Jo Patel" and action.owner_professional_id
    assert node.has_overdue_action

    # A meeting attended by Jo, and a follow-up linked to it.
    tab.add_meeting()
    dialog = tab.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("cetr"))
    dialog.network.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.attendees, "Mum")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    tab.meeting_table.selectRow(0)
    tab.add_follow_up()
    qtbot.keyClicks(tab.dialog.title_edit, "Follow-up")
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    with store.session() as s:
        rows = {m.title: m for m in actions.meetings_for(s, yp_id)}
    assert rows["Follow-up"].follow_up_of_id == rows[""].id
    assert rows[""].follow_ups == (rows["Follow-up"].id,)
    who = [tab.meeting_model.index(r, 4).data() for r in range(2)]
    assert "Jo Patel; Mum" in who
    titles = [tab.meeting_model.index(r, 2).data() for r in range(2)]
    assert any(t.startswith("Follow-up · Follows up") for t in titles)
    assert any(t.startswith("Followed up") for t in titles)


def test_a_contact_logged_on_the_record_moves_the_last_contact(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    from keyworker_desktop.services.network import network_for, save_professional_link

    with store.transaction() as s:
        save_professional_link(s, yp_id, None, NOW.date(), name="Jo Patel",
                               sector="social_care", last_contact_on=date(2025, 1, 2))
    view = open_record(qtbot, ctx, yp_id, "actions_tab")
    tab = view.actions_tab
    tab.add_contact()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.who.lineEdit(), "Jo Patel")
    dialog.how.setCurrentIndex(dialog.how.findData("email"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert "What was said is needed." in dialog.errors.message("summary")
    qtbot.keyClicks(dialog.summary, "Asked for the review date")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert not dialog.isVisible()
    assert tab.contact_model.rowCount() == 1
    assert tab.contact_model.index(0, 2).data() == "Email"
    with store.session() as s:
        (link,) = network_for(s, yp_id)
    assert link.last_contact_on == NOW.date()


def test_a_tracker_meeting_about_two_young_people_keeps_a_section_each(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    from keyworker_desktop.services.recording import save_young_person
    from keyworker_desktop.store.models import Meeting

    with store.transaction() as s:
        other, _ = save_young_person(s, None, NOW.date(), given_name="Kai", family_name="Moss")
        other_id = other.id
    view = open_record(qtbot, ctx, yp_id, "actions_tab")
    tab = view.actions_tab
    wait_for_ops(ctx)
    tab.add_meeting()
    dialog = tab.dialog
    assert not dialog.form.isRowVisible(dialog.also)  # a C(E)TR is about one young person
    dialog.kind.setCurrentIndex(dialog.kind.findData("tracker"))
    assert dialog.form.isRowVisible(dialog.also)
    (item,) = [dialog.also.item(i) for i in range(dialog.also.count())]
    assert item.text() == "Kai Moss"
    item.setCheckState(Qt.CheckState.Checked)
    assert dialog.sections.count() == 2 and dialog.sections.tabBar().isVisible()
    qtbot.keyClicks(dialog.title_edit, "Weekly tracker")
    qtbot.keyClicks(dialog.notes, "Discharge planned")
    qtbot.keyClicks(dialog.part_notes[other_id], "Placement found")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert not dialog.isVisible()
    with store.session() as s:
        parts = {m.young_person_id: m for m in s.query(Meeting).all()}
    assert set(parts) == {yp_id, other_id}
    assert parts[yp_id].notes == "Discharge planned"
    assert parts[other_id].notes == "Placement found"
    assert parts[yp_id].group_id and parts[yp_id].group_id == parts[other_id].group_id
    assert parts[other_id].title == "Weekly tracker"
