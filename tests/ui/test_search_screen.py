"""Search (ui/search_screen.py): type a word, see grouped results, Enter opens the record."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyworker_desktop.services.recording import save_note_draft, save_young_person
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Professional
from keyworker_desktop.ui.compose import wire
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.grouped_list import EntryKind
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.search_screen import SearchScreen
from tests.ui.conftest import focusable_without_name, unlock

NOW = datetime(2025, 3, 3, 9, 0)


@pytest.fixture
def store(ctx: AppContext, tmp_path: Path) -> Iterator[Store]:
    ctx.now = lambda: NOW
    opened = Store.create(tmp_path / "s", "correct horse battery", kdf=keys.TEST_KDF)
    ctx.open_store(opened)
    yield opened


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    with store.transaction() as s:
        sky, _ = save_young_person(s, None, NOW.date(), given_name="Sky", family_name="Barton",
                                   interests="drawing trains")
        jo, _ = save_young_person(s, None, NOW.date(), given_name="Jo", family_name="Kayley")
        save_note_draft(s, sky.id, session_on=date(2025, 3, 1), purposes=["future_ideas"],
                        discussed="We talked about a kayaking trip in the summer.")
        s.add(Professional(name="Pat Kayaker", role="Speech and language therapist"))
        return {"sky": sky.id, "jo": jo.id}


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, ids: dict[str, str]) -> SearchScreen:
    widget = SearchScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def texts(screen: SearchScreen) -> list[str]:
    return [e.text for e in screen.results.entries_model.entries()]


def test_finds_a_note_by_a_word_and_enter_opens_its_record(
    qtbot: QtBot, qtmodeltester: ModelTester, screen: SearchScreen, ids: dict[str, str]
) -> None:
    screen.focus_search()
    qtbot.keyClicks(screen.field, "kayaking")
    with qtbot.waitSignal(screen.results_shown, timeout=3000):
        pass  # searching starts once typing pauses
    assert texts(screen)[0] == "Session notes (1)"
    note = screen.results.entries_model.entries()[1]
    assert "kayaking" in note.detail and note.young_person_id == ids["sky"]
    assert screen.status.text() == "1 result for \u201ckayaking\u201d"
    qtmodeltester.check(screen.results.entries_model)

    qtbot.keyClick(screen.field, Qt.Key.Key_Return)  # to the results
    assert screen.results.current_entry() == note
    with qtbot.waitSignal(screen.record_requested) as opened:
        qtbot.keyClick(screen.results, Qt.Key.Key_Return)
    assert opened.args == [ids["sky"]]


def test_enter_straight_after_typing_searches_at_once(
    qtbot: QtBot, ctx: AppContext, screen: SearchScreen, ids: dict[str, str]
) -> None:
    qtbot.keyClicks(screen.field, "kay")
    with qtbot.waitSignal(screen.results_shown):
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    groups = [e.text for e in screen.results.entries_model.entries() if e.kind is EntryKind.HEADING]
    assert groups == ["Young people (1)", "Professionals (1)", "Session notes (1)"]
    assert screen.results.hasFocus() or screen.focusWidget() is screen.results
    assert screen.results.current_entry().young_person_id == ids["jo"]


def test_a_professional_with_no_young_person_shows_their_details(
    qtbot: QtBot, screen: SearchScreen, interaction: ScriptedInteraction
) -> None:
    qtbot.keyClicks(screen.field, "speech therapist")
    with qtbot.waitSignal(screen.results_shown):
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    hit = screen.results.current_entry()
    assert hit.text == "Pat Kayaker, Speech and language therapist"
    assert "Enter shows their details" in hit.detail
    with qtbot.assertNotEmitted(screen.record_requested):
        qtbot.keyClick(screen.results, Qt.Key.Key_Return)
    assert interaction.shown and interaction.shown[-1][1] == hit.text


def test_nothing_found_and_too_short_say_so(qtbot: QtBot, screen: SearchScreen) -> None:
    assert "at least two letters" in screen.status.text()
    qtbot.keyClicks(screen.field, "zebra")
    with qtbot.waitSignal(screen.results_shown):
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    assert texts(screen) == []
    assert screen.status.text().startswith("Nothing found for \u201czebra\u201d")
    qtbot.keyClick(screen.field, Qt.Key.Key_Escape)
    assert screen.field.text() == ""
    assert focusable_without_name(screen) == []


def test_locking_clears_the_query_and_results(
    qtbot: QtBot, ctx: AppContext, screen: SearchScreen
) -> None:
    qtbot.keyClicks(screen.field, "sky")
    with qtbot.waitSignal(screen.results_shown):
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    assert texts(screen)
    ctx.lock()
    wait_for_ops(ctx)
    assert screen.field.text() == "" and texts(screen) == []


def test_ctrl_f_in_the_window_puts_the_cursor_in_the_search_field(
    qtbot: QtBot, existing_store: str, window: MainWindow
) -> None:
    wire(window)
    unlock(qtbot, window)
    assert window.main_area is not None
    qtbot.keyClick(window.main_area.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    screen = window.main_area.screen_widget("search")
    assert isinstance(screen, SearchScreen)
    assert window.current_screen() is screen
    qtbot.waitUntil(screen.field.hasFocus)


def test_a_result_names_its_young_person_and_shows_no_raw_markers(
    qtbot: QtBot, screen: SearchScreen, ids: dict[str, str]
) -> None:
    qtbot.keyClicks(screen.field, "kayaking trip")
    with qtbot.waitSignal(screen.results_shown):
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    note = screen.results.current_entry()
    assert note.young_person_id == ids["sky"]
    assert "Sky Barton" in note.text and note.text.startswith("Session note")
    assert "kayaking trip" in note.detail
    assert "[" not in note.detail and "]" not in note.detail


def test_opening_a_result_shows_the_match_in_the_record(
    qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext
) -> None:
    wire(window)
    unlock(qtbot, window)
    assert ctx.store is not None and window.main_area is not None
    with ctx.store.transaction() as s:
        sky, _ = save_young_person(s, None, NOW.date(), given_name="Sky", family_name="Barton")
        save_note_draft(s, sky.id, session_on=date(2025, 2, 1), purposes=["future_ideas"],
                        discussed="Ear defenders for the fire drill.")
        save_note_draft(s, sky.id, session_on=date(2025, 3, 1), purposes=["future_ideas"],
                        discussed="A trip to the seaside.")
    qtbot.keyClick(window.main_area.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    screen = window.main_area.screen_widget("search")
    assert isinstance(screen, SearchScreen)
    qtbot.waitUntil(screen.field.hasFocus)
    qtbot.keyClicks(screen.field, "defenders")
    with qtbot.waitSignal(screen.results_shown):
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.keyClick(screen.results, Qt.Key.Key_Return)
    wait_for_ops(ctx)
    from keyworker_desktop.ui.record.record_screen import RecordScreen

    record = window.current_screen()
    assert isinstance(record, RecordScreen) and record.view is not None
    view = record.view
    qtbot.waitUntil(lambda: view.tabs.currentWidget() is view._pages["sessions"])
    qtbot.waitUntil(lambda: "Ear defenders" in view.sessions.editor.texts["discussed"]
                    .toPlainText())
