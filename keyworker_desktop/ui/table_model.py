"""A read-only table over a list of plain rows, its columns declared as data.

Every read-only table of the app is a :class:`TableModel` given a list of
:class:`Column`: a header and how a row shows in that column (its text, and
optionally a tooltip, accessible text, alignment, icon, bold or italic, and the
value it sorts by). Rows are the services' plain data objects; the model never
writes them, and a refresh replaces them all (:meth:`TableModel.set_rows`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QAbstractItemView, QTableView

from keyworker_desktop.ui.fitting import ColumnFitter

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

#: The row's data object, from any cell (``index.data(ROW_ROLE)``).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The value a column sorts by, where it declares one.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header and how a row shows in it."""

    header: str
    #: The cell's text; also its accessible text unless ``accessible`` says otherwise.
    value: Callable[[R], str]
    icon: Callable[[R], QIcon | None] | None = None
    bold: Callable[[R], bool] | None = None
    italic: Callable[[R], bool] | None = None
    tooltip: Callable[[R], str] | None = None
    accessible: Callable[[R], str] | None = None
    alignment: Qt.AlignmentFlag | None = None
    sort_key: Callable[[R], Any] | None = None


class TableModel(QAbstractTableModel, Generic[R]):
    """Rows of ``R`` shown through ``columns``; read-only."""

    def __init__(self, columns: Sequence[Column[R]], rows: Sequence[R] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = list(rows)
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- rows in and out ------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every row (a refresh)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row(self, row: int) -> R | None:
        """The row's data object, or None when there is no such row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (not index.isValid() or not 0 <= index.row() < len(self._rows)
                or not 0 <= index.column() < len(self._columns)):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (column.accessible or column.value)(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == Qt.ItemDataRole.DecorationRole:
            return column.icon(row) if column.icon is not None else None
        if role == Qt.ItemDataRole.FontRole:
            if column.bold is not None and column.bold(row):
                return self._bold
            if column.italic is not None and column.italic(row):
                return self._italic
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment) if column.alignment is not None else None
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key is not None else None
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section].header
        return None


# -- the view ---------------------------------------------------------------------------
def make_table(model: QAbstractTableModel, name: str) -> QTableView:
    """A keyboard-friendly table: whole rows selected, Tab leaves it, columns fit their text
    and, together, the table's width (long text wraps rather than scrolling sideways)."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    # Long text columns stop growing at about 40 characters, whatever the font size.
    header.setMaximumSectionSize(view.fontMetrics().averageCharWidth() * 40)
    ColumnFitter(view)
    return view


def selected_row(view: QTableView) -> Any:
    """The data object of the current row, or None."""
    index = view.currentIndex()
    return index.data(ROW_ROLE) if index.isValid() else None
