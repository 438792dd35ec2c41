"""The hub (ui/hub.py) carries each change set with its initiator, so a saver skips its own."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from keyworker_desktop.store.database import Store
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import run_task, wait_for_ops
from tests.ui import record_support
from tests.ui.record_support import open_record

store = record_support.store
yp_id = record_support.yp_id


class Editor(QWidget):
    """Refreshes on every change but its own, with no flag to say it is saving."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.refreshes = 0
        ctx.hub.changes_applied.connect(self.on_changes_applied)

    def on_changes_applied(self, changes: OpChanges, initiator: object | None) -> None:
        if initiator is self:
            return
        self.refreshes += 1


def test_the_initiator_skips_its_own_change_while_another_widget_refreshes(
        qtbot: QtBot, ctx: AppContext) -> None:
    saver, other = Editor(ctx), Editor(ctx)
    qtbot.addWidget(saver)
    qtbot.addWidget(other)
    saved = OpChanges.of({"session_note"}, {"yp-1"})
    with qtbot.waitSignal(ctx.hub.changes_applied, timeout=2000) as blocker:
        run_task(ctx, lambda: saved, lambda _c: None, owner=saver, initiator=saver)
    assert blocker.args == [saved, saver]
    assert (saver.refreshes, other.refreshes) == (0, 1)
    # A change from elsewhere (a sync, say) reaches both.
    run_task(ctx, OpChanges.all, lambda _c: None)
    wait_for_ops(ctx)
    assert (saver.refreshes, other.refreshes) == (1, 2)


def test_a_record_tab_sends_its_write_as_its_own(qtbot: QtBot, ctx: AppContext, store: Store,
                                                yp_id: str) -> None:
    tab = open_record(qtbot, ctx, yp_id).profile
    qtbot.keyClicks(tab.widgets["interests"], "Trains")
    with qtbot.waitSignal(ctx.hub.changes_applied, timeout=5000) as blocker:
        tab.save()
    changes, initiator = blocker.args
    assert initiator is tab
    assert changes == OpChanges.of({"young_person"}, {yp_id})
    wait_for_ops(ctx)
