"""Conflicts in the app (ui/sync/conflicts_dialog.py, history_dialog.py, status.py, header)."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyworker_desktop.store.database import Store
from keyworker_desktop.sync import conflicts
from keyworker_desktop.sync.client import SyncClient
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.record_view import RecordView
from keyworker_desktop.ui.sync.conflicts_dialog import ConflictsDialog, suggested_merge
from keyworker_desktop.ui.sync.history_dialog import FieldHistoryDialog
from tests.ui import sync_support
from tests.ui.conftest import focusable_without_name
from tests.ui.sync_support import (
    LoopbackCentral,
    add_young_person,
    edit_young_person,
    sync_now,
    sync_of,
    young_person,
)

central = sync_support.central
app_store = sync_support.app_store
sync_window = sync_support.sync_window
colleague = sync_support.colleague


def make_conflict(qtbot: QtBot, ctx: AppContext, window: MainWindow, central: LoopbackCentral,
                  morgan: SyncClient, **both: tuple[object, object]) -> str:
    """Sam (the app) and Morgan change the same fields before either syncs."""
    yp = add_young_person(ctx, preferred_name="Avi")
    sync_now(qtbot, window, central)
    morgan.sync()
    assert ctx.store is not None
    edit_young_person(ctx.store, yp, **{k: mine for k, (mine, _theirs) in both.items()})
    edit_young_person(morgan.store, yp, **{k: theirs for k, (_mine, theirs) in both.items()})
    morgan.sync()
    outcome = sync_now(qtbot, window, central)
    assert outcome.summary.new_conflicts == len(both)
    return yp


def open_dialog(qtbot: QtBot, window: MainWindow) -> ConflictsDialog:
    status = sync_of(window).status
    qtbot.waitUntil(status.conflicts_button.isVisible)
    status.conflicts_button.click()
    dialog = window.findChild(ConflictsDialog)
    assert dialog is not None
    wait_for_ops(window.ctx)
    return dialog


def test_a_conflict_shows_in_the_status_bar_and_keep_theirs_converges(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral,
        colleague: SyncClient) -> None:
    yp = make_conflict(qtbot, ctx, sync_window, central, colleague,
                       preferred_name=("Ava-Mae", "Aves"))
    status = sync_of(sync_window).status
    assert status.conflicts_button.text() == "1 conflict to resolve"
    assert focusable_without_name(sync_window) == []

    dialog = open_dialog(qtbot, sync_window)
    ModelTester(None).check(dialog.model)
    assert focusable_without_name(dialog) == []
    assert dialog.model.rowCount() == 1
    row = dialog.current_row()
    assert row is not None
    assert [dialog.model.index(0, c).data() for c in range(3)] == [
        "Ava Reed (Aves)", "Profile", "Preferred name"]  # the later edit shows until resolved
    assert dialog.mine.title() == "Mine" and dialog.mine.value.toPlainText() == "Ava-Mae"
    assert dialog.theirs.title() == "Theirs" and dialog.theirs.value.toPlainText() == "Aves"
    # Each side is named by the central account that sent it, not the laptop's own user
    # name ("Morgan", "Sam Keyworker").
    assert dialog.theirs.caption.text().startswith("morgan · ")
    assert dialog.mine.caption.text().startswith("sam · ")
    assert not dialog.merged_box.isVisible()  # a name is not free text

    with qtbot.waitSignal(dialog.conflict_resolved):
        dialog.theirs.keep.click()
    wait_for_ops(ctx)
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisible()
    assert not status.conflicts_button.isVisible()
    assert young_person(ctx.store, yp).preferred_name == "Aves"  # type: ignore[arg-type]

    # The resolution syncs like any change, and Morgan's laptop follows.
    assert sync_now(qtbot, sync_window, central).summary.pushed == 1
    colleague.sync()
    for store in (ctx.store, colleague.store):
        assert young_person(store, yp).preferred_name == "Aves"  # type: ignore[arg-type]
        assert conflicts.open_conflicts(store) == []  # type: ignore[arg-type]


def test_text_is_merged_by_hand_and_the_losing_side_can_be_put_back(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral,
        colleague: SyncClient) -> None:
    yp = make_conflict(qtbot, ctx, sync_window, central, colleague,
                       interests=("Trains and buses", "Swimming on Saturdays"))
    dialog = open_dialog(qtbot, sync_window)
    assert dialog.merged_box.isVisible()
    assert dialog.merged.toPlainText() == "Trains and buses\n\nSwimming on Saturdays"
    dialog.merged.setPlainText("Trains, buses and swimming")
    with qtbot.waitSignal(dialog.conflict_resolved):
        dialog.use_merged.click()
    wait_for_ops(ctx)
    store = ctx.store
    assert isinstance(store, Store)
    assert young_person(store, yp).interests == "Trains, buses and swimming"

    # Settled conflicts stay reachable; the field's history has every side.
    dialog.show_settled.setChecked(True)
    wait_for_ops(ctx)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 3).data() == "Settled"
    assert not dialog.mine.keep.isVisible() and dialog.settled.isVisible()
    history = dialog.show_history()
    assert isinstance(history, FieldHistoryDialog)
    wait_for_ops(ctx)
    ModelTester(None).check(history.model)
    assert focusable_without_name(history) == []
    values = [history.model.index(r, 3).data() for r in range(history.model.rowCount())]
    assert {"Trains and buses", "Swimming on Saturdays", "Trains, buses and swimming"} <= set(
        values)
    assert values[-1] == "Trains, buses and swimming"  # now in the record, last
    history.table.selectRow(values.index("Swimming on Saturdays"))
    history.restore_button.click()
    wait_for_ops(ctx)
    assert young_person(store, yp).interests == "Swimming on Saturdays"
    assert sync_now(qtbot, sync_window, central).summary.pushed == 2
    colleague.sync()
    assert young_person(colleague.store, yp).interests == "Swimming on Saturdays"


def test_the_record_header_counts_its_conflicts_and_opens_them(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral,
        colleague: SyncClient) -> None:
    yp = make_conflict(qtbot, ctx, sync_window, central, colleague,
                       preferred_name=("Ava-Mae", "Aves"), pronouns=("she/her", "they/them"))
    view = RecordView(ctx, yp)
    qtbot.addWidget(view)
    view.show()
    wait_for_ops(ctx)
    assert view.header.conflicts_bar.isVisible()
    assert view.header.conflicts.text() == "⚠ 2 conflicts to resolve"
    view.header.conflicts_button.click()
    dialog = view.findChild(ConflictsDialog)
    assert dialog is not None
    wait_for_ops(ctx)
    assert dialog.model.rowCount() == 2 and dialog.only_this.isChecked()
    # Opened from a record, it names whose record it is.
    assert dialog.windowTitle() == "Conflicts to resolve — Ava Reed"
    dialog.mine.keep.click()
    wait_for_ops(ctx)
    assert view.header.conflicts.text() == "⚠ 1 conflict to resolve"
    dialog.mine.keep.click()
    wait_for_ops(ctx)
    assert not view.header.conflicts_bar.isVisible()


def test_suggested_merge_keeps_both_texts_unless_they_merge_cleanly() -> None:
    assert suggested_merge("a\nb\nc\n", "A\nb\nc\n", "a\nb\nC\n") == "A\nb\nC\n"
    assert suggested_merge("x", "mine", "theirs") == "mine\n\ntheirs"
    assert suggested_merge(None, "", "theirs") == "theirs"
