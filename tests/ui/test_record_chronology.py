"""The Chronology tab (ui/record/chronology_tab.py)."""

from __future__ import annotations

from datetime import datetime

from pytestqt.qtbot import QtBot

from keyworker_desktop.services import recording
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import wait_for_ops
from tests.ui import record_support
from tests.ui.record_support import NOW, click_box, open_record

# The record fixtures: a store opened in the context, and one young person in it.
store = record_support.store
yp_id = record_support.yp_id


def test_newest_first_and_filtered_by_kind(qtbot: QtBot, ctx: AppContext, store: Store,
                                           yp_id: str) -> None:
    with store.transaction() as s:
        recording.record_visit(s, yp_id, starts_at=datetime(2025, 3, 3, 9), place_name="School")
        recording.save_note_draft(s, yp_id, session_on=NOW.date(), purposes=["future_ideas"],
                                  agreed="Swimming on Saturdays")
    view = open_record(qtbot, ctx, yp_id, "chronology")
    tab = view.chronology
    whats = [tab.model.index(r, 2).data() for r in range(tab.model.rowCount())]
    assert whats == ["Session note (draft)", "Visit (done) — Home: School"]
    click_box(qtbot, tab.kinds["session"])
    wait_for_ops(ctx)
    whats = [tab.model.index(r, 2).data() for r in range(tab.model.rowCount())]
    assert whats == ["Visit (done) — Home: School"]
    assert tab.count.text() == "1 events"
    # A new visit recorded elsewhere appears without asking.
    view.show_tab("visits")
    view.record_visit()
    wait_for_ops(ctx)
    qtbot.keyClicks(view.visits.dialog.place, "Park")
    view.visits.dialog.submit()
    wait_for_ops(ctx)
    view.show_tab("chronology")
    wait_for_ops(ctx)
    assert tab.model.rowCount() == 2
