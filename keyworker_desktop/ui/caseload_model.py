"""The caseload table model and its filter-as-you-type proxy.

What a keystroke needs (each row's lower-cased search text) is made once when
the rows arrive, so the proxy's per-row test is a few substring checks with no
trip through ``data()``. Sorting happens in the model, in plain Python on the
real values: a stock proxy sort would call back into Python for every one of
the ~60,000 comparisons a 5,000-row sort makes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import Rag
from keyworker_desktop.services.caseload import CaseloadRow
from keyworker_desktop.ui import icons
from keyworker_desktop.ui.grouped_list import format_date, format_datetime

AnyIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

NAME, PREFERRED, AGE, RAG, KEYWORKER, NEXT_VISIT, LAST_SESSION, OVERDUE = range(8)

_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FONT = Qt.ItemDataRole.FontRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# Sorting puts "nothing recorded" last whichever way it is read.
_RAG_ORDER = {"red": 0, "amber": 1, "green": 2, "blue": 3}


def column_titles() -> list[str]:
    return [translate("CaseloadModel", "Name"), translate("CaseloadModel", "Preferred name"),
            translate("CaseloadModel", "Age"), translate("CaseloadModel", "RAG"),
            translate("CaseloadModel", "Keyworker"),
            translate("CaseloadModel", "Next visit"), translate("CaseloadModel", "Last session"),
            translate("CaseloadModel", "Overdue")]


def rag_text(rag: str | None) -> str:
    """The RAG in words, so colour is never the only signal."""
    if not rag:
        return translate("CaseloadModel", "Not rated")
    try:
        return Rag(rag).label
    except ValueError:
        return rag


def haystack(row: CaseloadRow) -> str:
    """What the filter searches: the name, preferred name, keyworker and RAG as the table
    shows them ("Blue (inpatient)", "Not rated"), and the RAG's own word."""
    return (f"{row.name} {row.preferred_name} {row.keyworker} {rag_text(row.rag)} "
            f"{row.rag or ''}").casefold()


def _sort_value(row: CaseloadRow, column: int) -> tuple[bool, Any]:
    """The real (not displayed) value a column sorts by, and whether it is missing."""
    if column == PREFERRED:
        return not row.preferred_name, row.preferred_name.casefold()
    if column == AGE:
        return row.age is None, row.age or 0
    if column == RAG:
        return row.rag is None, _RAG_ORDER.get(row.rag or "", 9)
    if column == KEYWORKER:
        return not row.keyworker, row.keyworker.casefold()
    if column == NEXT_VISIT:
        return row.next_visit is None, row.next_visit or datetime.max
    if column == LAST_SESSION:
        return row.last_session is None, row.last_session or date.max
    if column == OVERDUE:
        return False, row.overdue
    return False, 0  # NAME: the service's order (family name, then given name)


class CaseloadModel(QAbstractTableModel):
    """The caseload as a table: one :class:`CaseloadRow` per row.

    The model sorts itself (:meth:`sort`), so the filter proxy never calls back
    into Python to compare rows.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        self._position: list[int] = []  # each row's place in the service's order
        # The same list object for the model's lifetime: the proxy holds on to it.
        self._haystacks: list[str] = []
        self._texts: list[tuple[str, ...] | None] = []  # display strings, made when first shown
        self._bold_font: QFont | None = None
        self._titles = column_titles()
        self._sort_column = NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- data in ---------------------------------------------------------------
    def set_rows(self, rows: Sequence[CaseloadRow]) -> None:
        """Replace every row (a refresh); the current sort order is kept."""
        self.beginResetModel()
        order = self._sorted(list(enumerate(rows)))
        self._position = [i for i, _ in order]
        self._rows = [r for _, r in order]
        self._haystacks[:] = [haystack(r) for r in self._rows]
        self._texts = [None] * len(self._rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def _sorted(self, pairs: list[tuple[int, CaseloadRow]]) -> list[tuple[int, CaseloadRow]]:
        column, descending = self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder
        if column == NAME:
            return sorted(pairs, key=lambda p: p[0], reverse=descending)
        pairs = sorted(pairs, key=lambda p: p[0])
        values = {id(r): _sort_value(r, column) for _, r in pairs}
        # Two stable sorts: by value (reversed when descending, ties keep name order),
        # then missing values to the end whichever way the column is read.
        pairs.sort(key=lambda p: values[id(p[1])][1], reverse=descending)
        pairs.sort(key=lambda p: values[id(p[1])][0])
        return pairs

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._titles):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        old_rows = {r.id: i for i, r in enumerate(self._rows)}
        order_pairs = self._sorted(list(zip(self._position, self._rows, strict=True)))
        self._position = [i for i, _ in order_pairs]
        self._rows = [r for _, r in order_pairs]
        self._haystacks[:] = [haystack(r) for r in self._rows]
        self._texts = [None] * len(self._rows)
        new_row = {r.id: i for i, r in enumerate(self._rows)}
        old_to_new = {old_rows[rid]: new for rid, new in new_row.items()}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(old_to_new[p.row()], p.column()) if p.row() in old_to_new else QModelIndex()
             for p in persistent],
        )
        self.layoutChanged.emit()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # -- what the proxy and screen use ---------------------------------------------
    def row_at(self, row: int) -> CaseloadRow:
        return self._rows[row]

    def rows(self) -> list[CaseloadRow]:
        return list(self._rows)

    def haystacks(self) -> list[str]:
        """Lower-cased search text per row, in row order (the same list object always)."""
        return self._haystacks

    def row_of(self, young_person_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == young_person_id:
                return i
        return -1

    # -- Qt model API ----------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._titles):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._titles[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> object:
        # Called for every role of every visible cell on each repaint: keep it lean.
        r = index.row()
        if not 0 <= r < len(self._rows):
            return None
        col = index.column()
        if role == _DISPLAY:
            texts = self._texts[r]
            if texts is None:
                texts = self._texts[r] = _display_texts(self._rows[r])
            return texts[col]
        row = self._rows[r]
        if role == _DECORATION:
            return icons.rag_icon(row.rag) if col == RAG else None
        if role == _ALIGNMENT:
            return _RIGHT if col in (AGE, OVERDUE) else None
        if role == _FONT:
            return self._bold() if col == OVERDUE and row.overdue else None
        if role == _ACCESSIBLE:
            return self._accessible_text(row, col)
        if role == _TOOLTIP and col in (NAME, PREFERRED, KEYWORKER):
            # The whole text, when a narrow window elides it.
            return self.data(index, _DISPLAY) or None
        if role == SORT_ROLE:
            if col == NAME:
                return self._position[r]
            missing, value = _sort_value(row, col)
            return None if missing else value
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def _bold(self) -> QFont:
        if self._bold_font is None:
            self._bold_font = QFont(QGuiApplication.font())
            self._bold_font.setBold(True)
        return self._bold_font

    def _accessible_text(self, row: CaseloadRow, col: int) -> str:
        if col == OVERDUE:
            return self.tr("%n overdue", "", row.overdue)
        return _display_texts(row)[col] or self.tr("None recorded")


def marked_name(row: CaseloadRow) -> str:
    """The name, marked when the young person is not simply on the register: closed,
    declined, or referred or on the waiting list for triage."""
    if row.closed:
        return translate("CaseloadModel", "{name} (closed)").format(name=row.name)
    mark = {"declined": translate("CaseloadModel", "{name} (declined)"),
            "referred": translate("CaseloadModel", "{name} (referred)"),
            "waiting": translate("CaseloadModel", "{name} (waiting list)")}.get(row.status)
    return mark.format(name=row.name) if mark else row.name


def _display_texts(row: CaseloadRow) -> tuple[str, ...]:
    return (
        marked_name(row),
        row.preferred_name,
        "" if row.age is None else str(row.age),
        rag_text(row.rag),
        row.keyworker,
        format_datetime(row.next_visit),
        format_date(row.last_session),
        str(row.overdue) if row.overdue else "",
    )


class CaseloadFilterProxy(QSortFilterProxyModel):
    """Filter as you type: every word must appear (as :func:`services.caseload.matches`).

    Sorting is passed to the :class:`CaseloadModel`, which sorts by real values
    in plain Python; the proxy keeps the source order and only hides rows.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._words: list[str] = []
        self._haystacks: list[str] = []

    def setSourceModel(self, model: Any) -> None:  # noqa: N802 - Qt override
        self._haystacks = model.haystacks() if isinstance(model, CaseloadModel) else []
        super().setSourceModel(model)

    @property
    def filter_text(self) -> str:
        return self._text

    def set_filter_text(self, text: str) -> None:
        """Show only young people whose name, preferred name, keyworker or RAG hold every word."""
        words = text.casefold().split()
        self._text = text
        if words == self._words:
            return
        self._words = words
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        words = self._words
        if not words:
            return True
        hay = self._haystacks[source_row]
        return all(w in hay for w in words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, CaseloadModel):
            model.sort(column, order)
        else:
            super().sort(column, order)
