"""Today (ui/today_screen.py): what is planned and due, and Enter opens the record."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyworker_desktop.services import checklists
from keyworker_desktop.services.recording import record_visit, save_young_person
from keyworker_desktop.services.today import DueItem, TodaySummary
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui import today_screen
from keyworker_desktop.ui.caseload_screen import CaseloadScreen
from keyworker_desktop.ui.compose import wire
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.grouped_list import ENTRY_ROLE, Entry, EntryKind
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import run_op, wait_for_ops
from keyworker_desktop.ui.today_screen import TodayScreen, summary_entries
from tests.ui.conftest import focusable_without_name, unlock

NOW = datetime(2025, 3, 3, 8, 30)  # a Monday morning


@pytest.fixture
def store(ctx: AppContext, tmp_path: Path) -> Iterator[Store]:
    ctx.now = lambda: NOW
    opened = Store.create(tmp_path / "s", "correct horse battery", kdf=keys.TEST_KDF)
    ctx.open_store(opened)
    yield opened


def add_young_person(store: Store, given: str, family: str, **fields: object) -> str:
    with store.transaction() as s:
        yp, _ = save_young_person(s, None, NOW.date(), given_name=given, family_name=family,
                                  **fields)
        return yp.id


def make_screen(qtbot: QtBot, ctx: AppContext) -> TodayScreen:
    screen = TodayScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(900, 700)
    screen.show()
    wait_for_ops(ctx)
    return screen


def rows(screen: TodayScreen) -> list[Entry]:
    return screen.list.entries_model.entries()


def texts(screen: TodayScreen) -> list[str]:
    return [e.text for e in rows(screen)]


def test_empty_day_says_so_in_plain_words(qtbot: QtBot, ctx: AppContext, store: Store) -> None:
    screen = make_screen(qtbot, ctx)
    assert screen.title.text() == "Today, Monday 3 March"
    shown = texts(screen)
    assert "No visits planned today" in shown
    assert "Nothing overdue on any checklist" in shown
    assert "No actions due this week" in shown
    assert focusable_without_name(screen) == []


def test_lists_a_visit_created_today_and_enter_opens_the_record(
    qtbot: QtBot, qtmodeltester: ModelTester, ctx: AppContext, store: Store
) -> None:
    yp = add_young_person(store, "Alex", "Rivers", preferred_name="Al")
    with store.transaction() as s:
        record_visit(s, yp, starts_at=NOW.replace(hour=14, minute=0), status="planned",
                     place_type="hospital_out_of_area", place_name="Oak Ward",
                     address="1 Hill Road, Farton", travel_minutes=90)
    screen = make_screen(qtbot, ctx)

    visit = next(e for e in rows(screen) if e.young_person_id == yp)
    assert visit.text.startswith("14:00  Alex Rivers (Al)")
    assert "Out of area" in visit.text and visit.emphasis
    assert "Hospital (out of area)" in visit.detail
    assert "Oak Ward, 1 Hill Road, Farton" in visit.detail
    assert "about 90 min travel" in visit.detail
    assert visit.icon == "hospital_out_of_area"
    assert texts(screen)[0] == "Visits today (1)"
    qtmodeltester.check(screen.list.entries_model)

    screen.activateWindow()
    screen.list.setFocus()
    qtbot.waitUntil(screen.list.hasFocus)
    assert screen.list.current_entry() == visit  # focus lands on the first item, not a heading
    with qtbot.waitSignal(screen.record_requested) as opened:
        qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    assert opened.args == [yp]


def test_overdue_checklist_items_stand_out_with_words_and_an_icon(
    qtbot: QtBot, ctx: AppContext, store: Store
) -> None:
    yp = add_young_person(store, "Bo", "Lake")
    with store.transaction() as s:
        checklists.apply_template(s, yp, "admission", NOW - timedelta(days=60))
    screen = make_screen(qtbot, ctx)
    overdue = [e for e in rows(screen) if e.text.startswith("Overdue: ")]
    assert overdue, texts(screen)
    assert all(e.icon == "overdue" and e.emphasis and e.young_person_id == yp for e in overdue)
    index = screen.list.entries_model.index(texts(screen).index(overdue[0].text))
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert "Bo Lake" in index.data(Qt.ItemDataRole.AccessibleTextRole)


def test_a_long_section_shows_the_most_overdue_then_a_row_that_asks_for_caseload(
    qtbot: QtBot, ctx: AppContext, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(today_screen, "SECTION_LIMIT", 2)
    yp = add_young_person(store, "Bo", "Lake")
    with store.transaction() as s:
        checklists.apply_template(s, yp, "admission", NOW - timedelta(days=60))
    with store.session() as s:
        overdue = checklists.overdue_items(s, NOW)
    assert len(overdue) > 3
    screen = make_screen(qtbot, ctx)

    start = texts(screen).index(f"Overdue checklist items ({len(overdue)})")  # counts them all
    shown = rows(screen)[start + 1:start + 3]
    assert [e.record_id for e in shown] == [i.item_id for i in overdue[:2]]  # longest overdue
    more = rows(screen)[start + 3]
    assert more.text == f"and {len(overdue) - 2} more overdue items — see Caseload"
    assert rows(screen)[start + 4].text == "Actions due this week"

    screen.activateWindow()
    screen.list.setFocus()
    qtbot.waitUntil(screen.list.hasFocus)
    screen.list.setCurrentIndex(screen.list.entries_model.index(start + 3))
    with qtbot.waitSignal(screen.screen_requested) as asked:
        qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    assert asked.args == ["caseload"]


def test_a_section_at_the_limit_has_no_more_row_and_one_over_says_one(qapp: object) -> None:
    def due(n: int) -> DueItem:
        return DueItem(f"a{n}", "yp", "Cy Moor", f"Call school {n}", NOW.date(), False)

    def section_texts(count: int) -> list[str]:
        summary = TodaySummary([], [], [due(n) for n in range(count)], [], [])
        texts = [e.text for e in summary_entries(summary, NOW.date(), limit=2)]
        start = texts.index(next(t for t in texts if t.startswith("Actions due this week")))
        return texts[start:texts.index("No reviews due") - 1]

    assert section_texts(2) == ["Actions due this week (2)", "Call school 0", "Call school 1"]
    assert section_texts(3) == ["Actions due this week (3)", "Call school 0", "Call school 1",
                                "and 1 more action due — see Caseload"]


def test_birthdays_coming_are_listed(qtbot: QtBot, ctx: AppContext, store: Store) -> None:
    add_young_person(store, "Cy", "Moor", date_of_birth=date(2012, 3, 5))
    screen = make_screen(qtbot, ctx)
    birthday = next(e for e in rows(screen) if e.text == "Birthday: Cy Moor")
    assert birthday.detail == "Wednesday 5 Mar"


def test_refreshes_when_a_visit_is_recorded(qtbot: QtBot, ctx: AppContext, store: Store) -> None:
    yp = add_young_person(store, "Dee", "Fell")
    screen = make_screen(qtbot, ctx)
    assert "No visits planned today" in texts(screen)

    def add_visit(st: Store) -> OpChanges:
        with st.transaction() as s:
            record_visit(s, yp, starts_at=NOW.replace(hour=11), status="planned")
        return OpChanges.of({"visit"}, [yp])

    with qtbot.waitSignal(screen.refreshed):
        run_op(ctx, add_visit, lambda _c: None)
    assert texts(screen)[0] == "Visits today (1)"
    assert screen.list.entries_model.index(1).data(ENTRY_ROLE).kind is EntryKind.ITEM


def test_locking_clears_the_screen(qtbot: QtBot, ctx: AppContext, store: Store) -> None:
    add_young_person(store, "Eve", "Dale", date_of_birth=date(2012, 3, 5))
    screen = make_screen(qtbot, ctx)
    assert rows(screen)
    ctx.lock()
    assert rows(screen) == [] and screen.title.text() == ""


def test_the_window_shows_today_first_and_forwards_record_requests(
    qtbot: QtBot, existing_store: str, window: MainWindow
) -> None:
    wire(window)
    unlock(qtbot, window)
    assert window.main_area is not None
    screen = window.current_screen()
    assert isinstance(screen, TodayScreen)
    assert focusable_without_name(window) == []
    with qtbot.waitSignal(window.record_requested) as opened:
        screen.record_requested.emit("someone")
    assert opened.args == ["someone"]


def test_installing_after_unlock_keeps_today_on_show(
    qtbot: QtBot, existing_store: str, window: MainWindow
) -> None:
    unlock(qtbot, window)
    wire(window)
    assert window.main_area is not None
    assert window.main_area.nav.currentRow() == 0
    assert isinstance(window.current_screen(), TodayScreen)


def test_the_window_shows_the_screen_a_more_row_asks_for(
    qtbot: QtBot, existing_store: str, window: MainWindow
) -> None:
    wire(window)
    unlock(qtbot, window)
    screen = window.current_screen()
    assert isinstance(screen, TodayScreen)
    screen.screen_requested.emit("caseload")
    assert isinstance(window.current_screen(), CaseloadScreen)
