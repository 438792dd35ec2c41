"""Visits (ui/visits_screen.py, services/agenda.py): a week's agenda, moving between weeks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyworker_desktop.services.agenda import visits_between
from keyworker_desktop.services.recording import record_visit, save_young_person
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models.sync import SyncState
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.compose import compose
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.grouped_list import EntryKind
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.visits_screen import VisitsScreen, week_start
from tests.ui.conftest import focusable_without_name, unlock

NOW = datetime(2025, 3, 5, 9, 0)  # a Wednesday


@pytest.fixture
def store(ctx: AppContext, tmp_path: Path) -> Iterator[Store]:
    ctx.now = lambda: NOW
    opened = Store.create(tmp_path / "s", "correct horse battery", kdf=keys.TEST_KDF)
    ctx.open_store(opened)
    yield opened


@pytest.fixture
def young_person(store: Store) -> str:
    with store.transaction() as s:
        yp, _ = save_young_person(s, None, NOW.date(), given_name="Robin", family_name="Hale")
        record_visit(s, yp.id, starts_at=datetime(2025, 3, 6, 10, 0), status="planned",
                     place_type="school", place_name="Brook School")
        record_visit(s, yp.id, starts_at=datetime(2025, 3, 3, 15, 0), status="done",
                     place_type="home")
        record_visit(s, yp.id, starts_at=datetime(2025, 3, 12, 13, 30), status="planned",
                     place_type="hospital_out_of_area", place_name="Oak Ward")
        return yp.id


def make_screen(qtbot: QtBot, ctx: AppContext) -> VisitsScreen:
    screen = VisitsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(900, 700)
    screen.show()
    wait_for_ops(ctx)
    return screen


def texts(screen: VisitsScreen) -> list[str]:
    return [e.text for e in screen.list.entries_model.entries()]


def test_week_start_is_monday() -> None:
    assert week_start(date(2025, 3, 5)) == date(2025, 3, 3)
    assert week_start(date(2025, 3, 9)) == date(2025, 3, 3)
    assert week_start(date(2025, 3, 10)) == date(2025, 3, 10)


def test_visits_between_is_half_open_and_ordered(store: Store, young_person: str) -> None:
    with store.session() as s:
        week = visits_between(s, datetime(2025, 3, 3), datetime(2025, 3, 10))
    assert [(v.starts_at.day, v.status) for v in week] == [(3, "done"), (6, "planned")]
    assert week[0].young_person == "Robin Hale"


def test_shows_this_week_day_by_day(
    qtbot: QtBot, qtmodeltester: ModelTester, ctx: AppContext, young_person: str
) -> None:
    screen = make_screen(qtbot, ctx)
    shown = texts(screen)
    assert shown[0] == "Monday 3 March (1)"
    assert shown[1] == "15:00  Robin Hale"
    assert "Wednesday 5 March (today)" in shown
    assert shown.count("No visits or meetings") == 5
    assert screen.title.text() == "Visits, Mon 3 Mar to Sun 9 Mar 2025"
    thursday = screen.list.entries_model.entries()[shown.index("Thursday 6 March (1)") + 1]
    assert thursday.detail == "School · Brook School"
    assert not screen.this_week_button.isEnabled()
    qtmodeltester.check(screen.list.entries_model)
    assert focusable_without_name(screen) == []


def test_next_and_previous_week_buttons(
    qtbot: QtBot, ctx: AppContext, young_person: str
) -> None:
    screen = make_screen(qtbot, ctx)
    with qtbot.waitSignal(screen.refreshed):
        qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.week_start == date(2025, 3, 10)
    out_of_area = [e for e in screen.list.entries_model.entries() if e.kind is EntryKind.ITEM]
    assert [e.text for e in out_of_area] == ["13:30  Robin Hale  (Out of area)"]
    assert screen.this_week_button.isEnabled()
    with qtbot.waitSignal(screen.refreshed):
        qtbot.mouseClick(screen.this_week_button, Qt.MouseButton.LeftButton)
    assert screen.week_start == date(2025, 3, 3)
    with qtbot.waitSignal(screen.refreshed):
        screen.previous_button.click()
    assert screen.week_start == date(2025, 2, 24)
    assert texts(screen).count("No visits or meetings") == 7


def test_keyboard_moves_weeks_and_enter_opens_a_visit(
    qtbot: QtBot, ctx: AppContext, young_person: str
) -> None:
    screen = make_screen(qtbot, ctx)
    screen.list.setFocus()
    with qtbot.waitSignal(screen.refreshed):
        qtbot.keyClick(screen.list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert screen.week_start == date(2025, 3, 10)
    with qtbot.waitSignal(screen.refreshed):
        qtbot.keyClick(screen.list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    row = texts(screen).index("15:00  Robin Hale")
    screen.list.setCurrentIndex(screen.list.entries_model.index(row))
    with qtbot.waitSignal(screen.record_requested) as opened:
        qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    assert opened.args == [young_person]


def test_choosing_a_date_shows_its_week(qtbot: QtBot, ctx: AppContext, young_person: str) -> None:
    screen = make_screen(qtbot, ctx)
    screen.date_edit.setFocus()
    screen.date_edit.selectAll()
    qtbot.keyClicks(screen.date_edit, "13/3/2025")
    with qtbot.waitSignal(screen.refreshed):
        qtbot.keyClick(screen.date_edit, Qt.Key.Key_Return)
    assert screen.week_start == date(2025, 3, 10)
    assert screen.week_start + timedelta(days=6) == date(2025, 3, 16)


def test_day_screens_fit_1366_by_768_at_double_text_size(
    qtbot: QtBot, qapp: QApplication, existing_store: str, ctx: AppContext
) -> None:
    screen_size = QSize(1366, 768)
    original = qapp.font()
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(big)
    try:
        window = compose(ctx)
        qtbot.addWidget(window)
        window.resize(screen_size)
        window.show()
        unlock(qtbot, window)
        assert window.main_area is not None and ctx.store is not None
        with ctx.store.transaction() as s:  # a senior's laptop, to be offered the Team view
            s.add(SyncState(key="account", value={"v": {"user": "mo", "role": "senior"}}))
        ctx.hub.changes_applied.emit(OpChanges.all(), None)
        wait_for_ops(ctx)
        for key in ("today", "caseload", "visits", "search", "reports", "team"):
            window.show_screen(key)
            wait_for_ops(ctx)
            qtbot.wait(20)
            assert window.current_screen() is window.screen_widget(key), key
            assert window.minimumSizeHint().boundedTo(screen_size) == window.minimumSizeHint(), key
            for button in window.current_screen().findChildren(QPushButton):
                assert button.width() >= button.minimumSizeHint().width(), button.text()
    finally:
        qapp.setFont(original)
