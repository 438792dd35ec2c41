"""The print dialog's Pictures list: each line's picture, changeable for this print only."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from keyworker_desktop.easyread.layout import PictureItem
from keyworker_desktop.easyread.plan_data import PlanData, PlanLine, PlanPerson
from keyworker_desktop.services import plans
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.plan_pictures import pictogram_title, plan_lines, with_picture
from keyworker_desktop.ui.print_dialog import BuiltPlan
from tests.ui.conftest import focusable_without_name
from tests.ui.test_print_dialog import NOW, open_dialog, store, yp_id  # noqa: F401 - fixture


def pictures(built: BuiltPlan | None) -> Counter[str]:
    assert built is not None
    return Counter(item.name for page in built.pages for item in page.items
                   if isinstance(item, PictureItem))


def test_with_picture_replaces_one_line_only() -> None:
    plan = PlanData(PlanPerson("Sam Lee"), agreed=[PlanLine("We meet on Monday.")],
                    goals=[PlanLine("Go to school.")],
                    next_steps=[(PlanLine("Phone the doctor."), "Alex")])
    keys = [key for key, _line in plan_lines(plan)]
    assert keys == [("agreed", 0), ("goals", 0), ("next_steps", 0)]
    changed = with_picture(plan, ("next_steps", 0), "bus")
    assert changed.next_steps == ((PlanLine("Phone the doctor.", "bus"), "Alex"),)
    assert changed.agreed == plan.agreed and changed.goals == plan.goals
    assert plan.next_steps[0][0].pictogram is None  # the original is untouched


def test_changing_a_lines_picture_changes_the_printed_plan(
        qtbot: QtBot, qtmodeltester: Any, ctx: AppContext, store: Store) -> None:  # noqa: F811
    olly = yp_id(store, "Olly")
    dialog = open_dialog(qtbot, ctx, olly)
    panel = dialog.pictures
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() > 0 and panel.current_row() == 0
    assert focusable_without_name(dialog) == []
    old = panel.model.picture(0)
    new = "bus" if old != "bus" else "car"
    assert panel.chooser.currentData() == old
    before = pictures(dialog.built)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        panel.choose(0, new)
    wait_for_ops(ctx)
    assert dialog.plan is not None
    _key, line = plan_lines(dialog.plan)[0]
    assert line.pictogram == new
    assert panel.model.picture(0) == new
    model = panel.model
    assert model.data(model.index(0, 1), Qt.ItemDataRole.DisplayRole) == pictogram_title(new)
    assert "for this print" in model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    after = pictures(dialog.built)
    assert after[new] == before[new] + 1 and after[old] == before[old] - 1
    # Nothing is saved: the record still chooses by keywords.
    with store.session() as s:
        stored = plans.plan_data_for(s, olly, NOW.date())
    assert plan_lines(stored)[0][1].pictogram is None
    # Choosing the line again shows its new picture in the chooser.
    panel.view.clearSelection()
    panel.view.selectRow(0)
    assert panel.chooser.currentData() == new
