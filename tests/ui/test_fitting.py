"""Tables and panels fit a 1366×768 window (ui/fitting.py and where it is used)."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from keyworker_desktop.services import actions
from keyworker_desktop.store.database import Store
from keyworker_desktop.sync.client import DemoStore
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.fitting import fitted_widths
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.sync.register_dialog import RegisterDialog
from tests.ui import record_support
from tests.ui.record_support import open_record

store = record_support.store
yp_id = record_support.yp_id


@given(st.lists(st.tuples(st.integers(1, 900), st.integers(1, 200)), min_size=1, max_size=12),
       st.integers(0, 3000))
def test_fitted_widths_fit_and_never_go_below_a_heading(columns: list[tuple[int, int]],
                                                        available: int) -> None:
    natural = [n for n, _m in columns]
    minimum = [m for _n, m in columns]
    widths = fitted_widths(natural, minimum, available)
    floors = [min(n, m) for n, m in columns]
    assert all(f <= w <= n for w, n, f in zip(widths, natural, floors, strict=True))
    if sum(floors) <= available:
        assert sum(widths) <= available
    if sum(natural) <= available:
        assert widths == natural
    # The widest are narrowed first, to one shared width: a narrower column is never cut
    # while a wider one keeps its width.
    capped = {w for w, n, f in zip(widths, natural, floors, strict=True) if f < w < n}
    assert len(capped) <= 1
    if capped:
        assert all(n <= min(capped)
                   for w, n, f in zip(widths, natural, floors, strict=True) if f < w == n)


def clipped(label: QLabel) -> bool:
    """Whether a shown label has less room than its text needs."""
    if label.wordWrap():
        return label.height() < label.heightForWidth(label.width())
    return label.width() < label.sizeHint().width()


def test_a_refusal_shown_after_the_form_opened_is_not_cut_off(qtbot: QtBot) -> None:
    dialog = RegisterDialog("https://central.example.org", "sam")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.set_busy(True)
    dialog.show_error(DemoStore().message)  # the answer comes back while the form is open
    QApplication.processEvents()
    assert dialog.error.isVisible()
    assert [w.text()[:30] for w in dialog.findChildren(QLabel) if w.isVisible() and clipped(w)] \
        == []


def test_record_tables_fit_1366_by_768_without_scrolling_sideways(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        actions.save_meeting(
            s, yp_id, None, kind="cetr", held_at=datetime(2025, 3, 4, 13, 0),
            title="Care, education and treatment review",
            location="Northvale Keyworking Team office, second floor meeting room",
            attendees="Alex Morgan, Helen Fairweather, Marcus Reid, Imran Qureshi, "
                      "Louise Fenwick, Dr Farah Siddiqui")
        actions.save_action(s, yp_id, None, description="Trial lunch in the art room three days a "
                            "week and write down how it went each time", owner_name="Imran "
                            "Qureshi, teacher for extra help", due_on=date(2025, 3, 20))
    view = open_record(qtbot, ctx, yp_id, tab="actions_tab")
    view.resize(1180, 700)  # the record's part of a maximised window, beside the navigation
    wait_for_ops(ctx)
    tab = view.actions_tab
    for table in (tab.action_table, tab.meeting_table):
        qtbot.waitUntil(lambda t=table: t.model().rowCount() > 0)  # type: ignore[misc]
        QApplication.processEvents()
        header = table.horizontalHeader()
        assert not table.horizontalScrollBar().isVisible()
        assert header.length() <= table.viewport().width()
        for column in range(header.count()):  # every heading whole ("Who came", not "Who ca…")
            assert header.sectionSize(column) >= header.sectionSizeHint(column)
        for row in range(table.model().rowCount()):  # and every cell's text, wrapped
            assert table.rowHeight(row) >= table.sizeHintForRow(row)
