"""One applied checklist as a table: section rows, then items with a tick, due date and note.

Overdue items stand out three ways, never by colour alone: bold text, the overdue
mark and the word "Overdue". Ticking and notes are asked for with signals; the
tab saves them and the model is refreshed from the store. Removing a tick asks
first (``confirm_untick``): a tick records who did it and when.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from keyworker_desktop.domain.checklists import is_overdue
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.store.models import ChecklistItem
from keyworker_desktop.ui import icons
from keyworker_desktop.ui.record.common import show_date, show_datetime, show_stamp

Index = QModelIndex | QPersistentModelIndex
DONE, TEXT, DUE, NOTE = range(4)
END_OF_DAY = time(23, 59)


@dataclass(frozen=True)
class ItemRow:
    id: str
    section: str
    text: str
    deadline_kind: str
    due_at: datetime | None
    done_at: datetime | None
    done_by: str
    note: str
    item_key: str = ""

    @classmethod
    def of(cls, item: ChecklistItem) -> ItemRow:
        # Template words are stored as written (English) and read in the reader's language;
        # a text nobody translated reads as stored.
        return cls(item.id, translate("Checklist", item.section), translate("Checklist", item.text),
                   item.deadline_kind, item.due_at,
                   item.done_at, item.done_by, item.note, item.item_key)


@dataclass(frozen=True)
class Section:
    title: str


class ChecklistModel(QAbstractTableModel):
    tick_requested = Signal(str, bool)
    note_edited = Signal(str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Section | ItemRow] = []
        #: Asked before a tick is removed (it records who did it and when); None: not asked.
        self.confirm_untick: Callable[[ItemRow], bool] | None = None
        self._pending: dict[str, bool] = {}
        self._now = datetime.now()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(self, items: list[ItemRow], now: datetime) -> None:
        self.beginResetModel()
        self._now = now
        self._pending.clear()
        self._rows = []
        for item in items:
            if not self._rows or self._section_of(len(self._rows) - 1) != item.section:
                self._rows.append(Section(item.section))
            self._rows.append(item)
        self.endResetModel()

    def _section_of(self, row: int) -> str:
        entry = self._rows[row]
        return entry.title if isinstance(entry, Section) else entry.section

    def section_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if isinstance(r, Section)]

    def item_row(self, item_id: str) -> int:
        return next(i for i, r in enumerate(self._rows)
                    if isinstance(r, ItemRow) and r.id == item_id)

    def entry(self, row: int) -> Section | ItemRow:
        return self._rows[row]

    def overdue(self, item: ItemRow) -> bool:
        return is_overdue(item.due_at, self.is_done(item), self._now)

    def is_done(self, item: ItemRow) -> bool:
        return self._pending.get(item.id, item.done_at is not None)

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Done"), self.tr("Item"), self.tr("Due"),
                    self.tr("Note"))[section] if 0 <= section < 4 \
                else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        entry = self._rows[index.row()]
        if isinstance(entry, Section):
            return Qt.ItemFlag.ItemIsEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == NOTE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, column = self._rows[index.row()], index.column()
        if isinstance(entry, Section):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return entry.title if column == 0 else None
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.EditRole and column == NOTE:
            return entry.note
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return Qt.CheckState.Checked if self.is_done(entry) else Qt.CheckState.Unchecked
        overdue = self.overdue(entry)
        if role == Qt.ItemDataRole.FontRole and overdue and column in (TEXT, DUE):
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and overdue and column == DUE:
            return icons.icon("overdue")
        if role == Qt.ItemDataRole.ToolTipRole and column == DONE:
            if entry.done_at is not None:
                return self.tr("Done by {who} on {when}").format(who=entry.done_by,
                                                           when=show_stamp(entry.done_at))
            return self.tr("Tick when done (Space)")
        return None

    def _text(self, item: ItemRow, column: int) -> str:
        if column == DONE:
            if item.id in self._pending:
                return self.tr("Saving…")
            if item.done_at is None:
                return self.tr("Not done")
            return self.tr("{who}, {when}").format(who=item.done_by or self.tr("Done"),
                                              when=show_stamp(item.done_at))
        if column == TEXT:
            return item.text
        if column == DUE:
            if item.due_at is None:
                return self.tr("Ongoing")
            # Most items are due by the end of a day: the day says it, 23:59 is noise.
            due = (show_date(item.due_at.date()) if item.due_at.time() >= END_OF_DAY
                   else show_datetime(item.due_at))
            if self.overdue(item):
                return self.tr("Overdue (was due {due})").format(due=due)
            return self.tr("Due {due}").format(due=due)
        return item.note

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt override
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        entry = self._rows[index.row()]
        if isinstance(entry, Section):
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == DONE:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            if (not done and entry.done_at is not None and self.confirm_untick is not None
                    and not self.confirm_untick(entry)):
                return False
            self._pending[entry.id] = done
            self.dataChanged.emit(index, self.index(index.row(), DUE))
            self.tick_requested.emit(entry.id, done)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == NOTE:
            if str(value) != entry.note:
                self.note_edited.emit(entry.id, str(value))
            return True
        return False
