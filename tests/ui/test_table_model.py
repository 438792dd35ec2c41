"""The generic read-only table model (ui/table_model.py): columns declared as data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyworker_desktop.ui.table_model import (
    ROW_ROLE,
    SORT_ROLE,
    Column,
    TableModel,
    make_table,
    selected_row,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Person:
    name: str
    age: int | None
    note: str = ""


def columns() -> list[Column[Person]]:
    return [
        Column("Name", lambda p: p.name, tooltip=lambda p: p.note or p.name,
               bold=lambda p: p.age is None, sort_key=lambda p: p.name.casefold()),
        Column("Age", lambda p: "" if p.age is None else str(p.age), alignment=RIGHT,
               accessible=lambda p: "not known" if p.age is None else f"{p.age} years",
               italic=lambda p: p.age is not None and p.age < 10),
    ]


PEOPLE = [Person("Ava", 13, "keyworker since May"), Person("ben", 9), Person("Cal", None)]


def test_passes_the_model_tester_empty_filled_and_refilled(
        qapp: QApplication, qtmodeltester: ModelTester) -> None:
    model = TableModel(columns())
    qtmodeltester.check(model)
    model.set_rows(PEOPLE)
    qtmodeltester.check(model)
    model.set_rows(PEOPLE[:1])
    qtmodeltester.check(model)


def test_a_refresh_is_a_reset(qtbot: QtBot) -> None:
    model = TableModel(columns(), PEOPLE)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(PEOPLE[1:])
    assert model.rowCount() == 2 and model.rows() == PEOPLE[1:]
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount() == 2


def test_each_role_comes_from_its_column(qapp: QApplication) -> None:
    model = TableModel(columns(), PEOPLE)
    ava, ben, cal = (model.index(row, 0) for row in range(3))
    age = model.index(0, 1)
    assert model.data(ava) == "Ava"
    assert model.data(ava, Qt.ItemDataRole.ToolTipRole) == "keyworker since May"
    assert model.data(ava, Qt.ItemDataRole.AccessibleTextRole) == "Ava"  # as the text
    assert model.data(age, Qt.ItemDataRole.AccessibleTextRole) == "13 years"
    assert model.data(age, Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(age, Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert model.data(ava, Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(ben, SORT_ROLE) == "ben" and model.data(age, SORT_ROLE) is None
    assert model.data(cal, ROW_ROLE) is PEOPLE[2]
    assert model.data(ava, Qt.ItemDataRole.FontRole) is None
    bold = model.data(cal, Qt.ItemDataRole.FontRole)
    assert isinstance(bold, QFont) and bold.bold()
    italic = model.data(model.index(1, 1), Qt.ItemDataRole.FontRole)
    assert isinstance(italic, QFont) and italic.italic()
    assert model.data(ava, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(QModelIndex()) is None


def test_headers_and_rows_by_position(qapp: QApplication) -> None:
    model = TableModel(columns(), PEOPLE)
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(2)] == ["Name", "Age"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.row_at(1) is PEOPLE[1] and model.row(3) is None and model.row(-1) is None


def test_the_table_gives_the_selected_rows_object(qtbot: QtBot) -> None:
    model = TableModel(columns(), PEOPLE)
    view = make_table(model, "People")
    qtbot.addWidget(view)
    assert view.accessibleName() == "People" and selected_row(view) is None
    view.selectRow(1)
    assert selected_row(view) is PEOPLE[1]
