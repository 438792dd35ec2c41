"""The Reports screen (ui/reports_screen.py, ui/report_charts.py) over the hand-counted
caseload of tests/services/report_fixture.py, on a store that never held the demo."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from keyworker_desktop.store.models import AuditEvent
from keyworker_desktop.ui.compose import wire
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.reports_screen import ReportsScreen
from tests.services import report_fixture as fx
from tests.ui.conftest import Announced, focusable_without_name, unlock

NOW = datetime(2025, 4, 15, 9, 0)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def app(qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext) -> MainWindow:
    ctx.now = lambda: NOW
    wire(window)
    unlock(qtbot, window)
    assert ctx.store is not None
    with ctx.store.transaction() as s:
        fx.populate(s)
    return window


def type_date(qtbot: QtBot, field: object, text: str) -> None:
    assert hasattr(field, "selectAll")
    field.setFocus()  # type: ignore[attr-defined]
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def show_reports(qtbot: QtBot, window: MainWindow) -> ReportsScreen:
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    screen = window.current_screen()
    assert isinstance(screen, ReportsScreen)
    wait_for_ops(window.ctx)
    type_date(qtbot, screen.from_field, "1/1/2025")
    wait_for_ops(window.ctx)
    type_date(qtbot, screen.to_field, "31/3/2025")
    wait_for_ops(window.ctx)
    return screen


def cells(model: object) -> list[list[str]]:
    from keyworker_desktop.ui.table_model import TableModel

    assert isinstance(model, TableModel)
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_figures_for_a_typed_period(qtbot: QtBot, app: MainWindow,
                                        qtmodeltester: ModelTester) -> None:
    screen = show_reports(qtbot, app)
    figures = dict(map(tuple, cells(screen.figures_model)))  # type: ignore[arg-type]
    assert figures["Referrals received"] == "2"
    assert figures["Declined"] == "1"
    assert figures["Inpatients (blue) at the end"] == "1"
    assert figures["Median days from referral to keyworker"] == "132.5 (from 2)"
    assert figures["Personal budget spent"] == "£180.00"
    assert figures["Goals whose rating went up"] == "1 of 3 rated"
    assert cells(screen.actions_model)[1] == ["CAMHS", "1", "2", "1"]
    assert cells(screen.escalations_model) == [["Director", "0", "1"], ["Manager", "2", "1"]]
    assert cells(screen.caseload_model)[0] == ["Lee Keyworker", "2", "2",
                                               "Over the limit of 1"]
    assert screen.rating_chart.accessibleDescription() == (
        "Red: 0; Amber: 1; Green: 1; Blue (inpatient): 1")
    assert "Amber → Red: 1" in screen.movement_chart.accessibleDescription()
    assert "Red → Blue (inpatient): 1" in screen.movement_chart.accessibleDescription()
    overdue = screen.overdue_chart.accessibleDescription()
    assert overdue.startswith("5 Jan 2025: 1; 12 Jan 2025: 1;")
    assert "2 Mar 2025: 4; 9 Mar 2025: 3;" in overdue and overdue.endswith("31 Mar 2025: 4")
    assert screen.overdue_note.text().startswith("Each week end (Sunday) and the last day")
    assert "1 done on a day not recorded, 1 cancelled" in screen.overdue_note.text()
    for model in (screen.figures_model, screen.actions_model, screen.caseload_model):
        qtmodeltester.check(model)
    assert focusable_without_name(screen) == []
    screen.rating_chart.grab()  # paints without a warning
    screen.overdue_chart.grab()


def test_a_backwards_period_says_so_and_cannot_be_exported(
        qtbot: QtBot, app: MainWindow, announcements: list[Announced]) -> None:
    screen = show_reports(qtbot, app)
    type_date(qtbot, screen.from_field, "1/5/2025")
    assert "ends before it starts" in screen.status.text()
    assert any("ends before it starts" in a.message for a in announcements)
    assert not screen.csv_button.isEnabled()


def audits(ctx: AppContext) -> list[str]:
    assert ctx.store is not None
    with ctx.store.session() as s:
        return [e.detail for e in s.scalars(select(AuditEvent).where(
            AuditEvent.entity == "report"))]


def test_export_csv_counts_only_warns_then_saves_and_audits(
        qtbot: QtBot, app: MainWindow, ctx: AppContext, interaction: ScriptedInteraction,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = show_reports(qtbot, app)
    out = tmp_path / "regional.csv"
    monkeypatch.setattr(screen, "ask_export_path", lambda fmt: out)
    qtbot.mouseClick(screen.counts_only, LEFT)
    interaction.answers = [False]
    qtbot.mouseClick(screen.csv_button, LEFT)
    wait_for_ops(ctx)
    assert not out.exists() and audits(ctx) == []
    assert "not be protected by the store's encryption" in interaction.texts("confirm")[0]
    interaction.answers = [True]
    qtbot.mouseClick(screen.csv_button, LEFT)
    wait_for_ops(ctx)
    with out.open(newline="") as f:
        rows = {(r["section"], r["item"]): r["value"] for r in csv.DictReader(f)}
    assert rows[("rag_at_end", "amber")] == "<5"
    assert "Keyworker" not in out.read_text()
    assert audits(ctx) == ["Service report 2025-01-01 to 2025-03-31 (CSV, regional and "
                           "national, counts only)"]
    assert "not encrypted" in interaction.texts("inform")[-1]


def test_export_pdf_to_a_folder_that_cannot_be_written_says_so(
        qtbot: QtBot, app: MainWindow, ctx: AppContext, interaction: ScriptedInteraction,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = show_reports(qtbot, app)
    monkeypatch.setattr(screen, "ask_export_path", lambda fmt: tmp_path / "no" / "r.pdf")
    interaction.answers = [True]
    qtbot.mouseClick(screen.pdf_button, LEFT)
    wait_for_ops(ctx)
    assert "Nothing was saved" in interaction.texts("warn")[-1]
    assert audits(ctx) == []
    good = tmp_path / "r.pdf"
    monkeypatch.setattr(screen, "ask_export_path", lambda fmt: good)
    interaction.answers = [True]
    qtbot.mouseClick(screen.pdf_button, LEFT)
    wait_for_ops(ctx)
    assert good.read_bytes().startswith(b"%PDF")
    assert audits(ctx) == ["Service report 2025-01-01 to 2025-03-31 (PDF, local)"]
