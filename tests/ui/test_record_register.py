"""The Register tab (ui/record/register_tab.py, register_dialogs.py, child_file_box.py) on a
store that never held the demo: ratings, reviews, the entry and its draft, the child's file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from keyworker_desktop.services import register
from keyworker_desktop.services.child_file import plan_copies
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.attach_file import read_checked
from keyworker_desktop.ui.record.register_dialogs import NewRatingDialog, PlanCopyDialog
from keyworker_desktop.ui.today_screen import TodayScreen
from tests.ui import record_support
from tests.ui.conftest import focusable_without_name
from tests.ui.record_support import NOW, open_record

store = record_support.store
TODAY = NOW.date()


@pytest.fixture
def yp_id(store: Store) -> str:
    with store.transaction() as s:
        return take_referral(s, Referral("Ava", "Reed", referred_by="GP",
                                         referred_on=date(2025, 1, 6), reason="Exclusions"),
                             TODAY).young_person.id


def test_a_rating_needs_its_rationale_then_shows_in_the_chart_and_timeline(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str,
        qtmodeltester: ModelTester) -> None:
    view = open_record(qtbot, ctx, yp_id, "register")
    tab = view.register
    assert "Not rated yet" in tab.current.text()
    assert tab.chart.accessibleDescription() == "No ratings yet."
    assert focusable_without_name(tab) == []

    qtbot.mouseClick(tab.new_rating_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, NewRatingDialog)
    assert "managed in the community" in dialog.criteria.text()  # green, the default
    dialog.rating.setFocus()
    qtbot.keyClick(dialog.rating, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.rating, Qt.Key.Key_Up)
    assert dialog.rating.currentData() == "red"
    assert "C(E)TR and a keyworker referral are expected" in dialog.criteria.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert "The rationale for the rating is needed." in dialog.errors.message("rationale")
    with store.session() as s:
        assert register.rating_history(s, yp_id) == []
    qtbot.keyClicks(dialog.rationale, "Placement breaking down; police called twice")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert not isValid(dialog) or not dialog.isVisible()
    assert tab.current.text().startswith("Now Red, rated on 10 Mar 2025")
    assert "keyworker referral" in tab.meaning.text()
    notices = tab.notices.text()
    assert "Rated red with no keyworker allocated." in notices
    assert "a C(E)TR is due" in notices and not tab.notices.isHidden()
    assert "Red on 10 Mar 2025" in tab.chart.accessibleDescription()
    assert tab.timeline_model.rowCount() == 1
    qtmodeltester.check(tab.timeline_model)

    qtbot.mouseClick(tab.review_button, Qt.MouseButton.LeftButton)
    review = tab.dialog
    assert review is not None
    qtbot.keyClicks(review.outcome, "Stays red; C(E)TR booked")
    review.next_review.setFocus()
    qtbot.keyClicks(review.next_review, "9/6/2025")
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    with store.session() as s:
        got = register.register_view(s, yp_id, TODAY)
    assert got.fields["review_on"] == date(2025, 6, 9)
    assert [r.outcome for r in got.reviews] == ["Stays red; C(E)TR booked"]
    assert tab.timeline_model.rowCount() == 2
    assert tab.review_on.value() == date(2025, 6, 9)


def test_the_entry_saves_and_unsaved_edits_survive_a_lock(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id, "register")
    tab = view.register
    box = tab.widgets["current_issues"]
    assert box.toPlainText() == "Exclusions"  # the referral's reason
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "Not sleeping")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert tab.status.text().startswith("Saved")
    with store.session() as s:
        assert register.register_view(s, yp_id, TODAY).fields["current_issues"] == "Not sleeping"

    plan = tab.widgets["action_plan"]
    plan.setFocus()
    qtbot.keyClicks(plan, "Ask CAMHS for a sleep clinic")
    view.flush_drafts()
    wait_for_ops(ctx)
    view.close()
    again = open_record(qtbot, ctx, yp_id, "register")
    wait_for_ops(ctx)
    tab = again.register
    assert not tab.draft_bar.isHidden()
    assert tab.widgets["action_plan"].toPlainText() == "Ask CAMHS for a sleep clinic"
    with store.session() as s:  # kept, not saved into the record
        assert register.register_view(s, yp_id, TODAY).fields["action_plan"] == ""


def test_the_childs_file_flags_out_of_date_plans_and_takes_a_copy(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str, tmp_path: Path) -> None:
    view = open_record(qtbot, ctx, yp_id, "register")
    box = view.register.child_file
    wait_for_ops(ctx)
    assert box.model.rowCount() == 7
    assert "7 of 7 plans out of date" in box.summary.text()
    box.table.setFocus()
    box.table.selectRow(6)  # PEP
    qtbot.mouseClick(box.update_button, Qt.MouseButton.LeftButton)
    dialog = box.dialog
    assert isinstance(dialog, PlanCopyDialog) and dialog.row.kind == "pep"
    dialog.copy_on.setFocus()
    qtbot.keyClicks(dialog.copy_on, "1/3/2025")
    dialog.review_on.setFocus()
    qtbot.keyClicks(dialog.review_on, "1/9/2025")
    pdf = tmp_path / "pep.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    dialog.file.set_picked(read_checked(pdf))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert not isValid(dialog) or not dialog.isVisible()
    with store.session() as s:
        pep = plan_copies(s, yp_id, TODAY)[6]
    assert (pep.current_copy_on, pep.review_on, pep.document_name, pep.problem) == (
        date(2025, 3, 1), date(2025, 9, 1), "pep.pdf", "")
    assert "6 of 7 plans out of date" in box.summary.text()
    assert box.model.index(6, 4).data() == "Current"


def test_a_review_due_on_today_opens_the_register_tab(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        register.save_entry(s, yp_id, review_on=date(2025, 3, 12))
    screen = TodayScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    wait_for_ops(ctx)
    (entry,) = [e for e in screen.list.entries_model.entries()
                if e.text == "Dynamic Support Register review"]
    assert entry.record_kind == "dsr_entry"
    with qtbot.waitSignal(screen.item_requested) as opened:
        screen._open(entry)
    assert opened.args[:2] == [yp_id, "dsr_entry"]
    view = open_record(qtbot, ctx, yp_id)
    view.show_item("dsr_entry", str(opened.args[2]))
    assert view.tabs.currentIndex() == view.tab_keys().index("register")


def test_an_out_of_date_plan_is_on_today_and_the_chart_draws_every_rating(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    from keyworker_desktop.services import child_file
    from keyworker_desktop.ui.record.rag_chart import RagChart

    with store.transaction() as s:
        child_file.save_plan_copy(s, yp_id, "pep", current_copy_on=date(2024, 9, 1),
                                  review_on=date(2025, 3, 1), today=TODAY)
    screen = TodayScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    wait_for_ops(ctx)
    (entry,) = [e for e in screen.list.entries_model.entries() if e.record_kind == "plan_copy"]
    assert entry.text == "Out of date: Personal education plan (PEP)" and entry.emphasis
    with qtbot.waitSignal(screen.item_requested) as opened:
        screen._open(entry)
    assert opened.args[1] == "plan_copy"

    chart = RagChart()
    qtbot.addWidget(chart)
    chart.resize(400, 140)
    chart.set_points([(date(2025, 1, 6), "green"), (date(2025, 2, 1), "blue"),
                      (date(2025, 3, 1), "unknown")], TODAY)
    assert len(chart.points) == 2  # a rating from a newer version is left off
    assert chart.accessibleDescription() == (
        "2 ratings, oldest first: Green on 6 Jan 2025; Blue on 1 Feb 2025. Now Blue.")
    assert not chart.grab().isNull()
