"""A list with headed sections: the shape Today, the Visits agenda and Search share.

Headings are ordinary rows (bold, shaded) so a screen-reader user arrowing
through the list hears "Visits today, 3" before the visits themselves; an
empty section holds one plain-words row ("No visits planned today").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from keyworker_desktop.domain import dates
from keyworker_desktop.ui import icons

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
YOUNG_PERSON_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


def format_date(value: date | None, pattern: str = "ddd d MMM yyyy") -> str:
    """A date as people read it here, names in the interface's language (domain.dates),
    never the 03/04 ambiguity."""
    return dates.format_date(value, pattern)


def format_time(value: datetime) -> str:
    return f"{value:%H:%M}"


def format_datetime(value: datetime | None) -> str:
    return dates.format_date(value, "ddd d MMM yyyy, HH:mm")


class EntryKind(Enum):
    HEADING = "heading"
    ITEM = "item"
    EMPTY = "empty"


@dataclass(frozen=True)
class Entry:
    """One row: a heading, something that opens a record, or an empty-section message.

    An item with a ``screen`` (and no young person) points to another screen of the
    window, such as "and 40 more overdue items — see Caseload".
    """

    text: str
    kind: EntryKind = EntryKind.ITEM
    detail: str = ""
    icon: str = ""
    young_person_id: str = ""
    record_id: str = ""
    #: What ``record_id`` is ("visit", "session_note"...), to show it in the record.
    record_kind: str = ""
    emphasis: bool = False
    accessible: str = ""
    screen: str = ""

    @property
    def opens_record(self) -> bool:
        return self.kind is EntryKind.ITEM and bool(self.young_person_id)

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.record_id or self.text}"


def heading(text: str) -> Entry:
    return Entry(text, EntryKind.HEADING)


def empty(text: str) -> Entry:
    return Entry(text, EntryKind.EMPTY)


def section(title: str, items: Sequence[Entry], when_empty: str,
            total: int | None = None) -> list[Entry]:
    """A heading that counts its items, then the items or the plain-words empty row.

    ``total`` is the count in the heading when ``items`` shows only the first of them.
    """
    count = len(items) if total is None else total
    return [heading(f"{title} ({count})" if items else title),
            *(items or [empty(when_empty)])]


class GroupedListModel(QAbstractListModel):
    """Rows of :class:`Entry`; replaced as a whole when the screen refreshes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def entry(self, index: AnyIndex) -> Entry | None:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        return self._entries[index.row()]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.entry(index)
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.text}\n{entry.detail}" if entry.detail else entry.text
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon(entry.icon) if entry.icon else None
        if role == Qt.ItemDataRole.FontRole and (entry.kind is EntryKind.HEADING or entry.emphasis):
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            if entry.kind is EntryKind.HEADING:
                font.setPointSizeF(font.pointSizeF() * 1.15)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and entry.kind is EntryKind.HEADING:
            return QGuiApplication.palette().alternateBase()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            spoken = f"{entry.text}. {entry.detail}" if entry.detail else entry.text
            return entry.accessible or spoken
        if role == Qt.ItemDataRole.ToolTipRole and entry.detail:
            return f"{entry.text}\n{entry.detail}"
        if role == ENTRY_ROLE:
            return entry
        if role == YOUNG_PERSON_ROLE:
            return entry.young_person_id
        return None


_TEXT_FLAGS = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) \
    | int(Qt.AlignmentFlag.AlignTop)
_TALL = 1_000_000
# Enough for every row of a long list at a few widths; past it the cache starts again.
_SIZE_CACHE_LIMIT = 20_000


class EntryDelegate(QStyledItemDelegate):
    """Draws the first line in the entry's font (bold when it must stand out) and the
    detail beneath it in the normal weight, so a bold row stays easy to read.

    Size hints are remembered per entry (its content) and width: a view lays its rows
    out more than once, and each hint costs a style set-up and two text measurements.
    The view clears them when its font or style changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[Entry, int, int, int], QSize] = {}

    def clear_size_cache(self) -> None:
        self._sizes.clear()

    def _parts(self, option: QStyleOptionViewItem, index: AnyIndex
               ) -> tuple[QStyleOptionViewItem, Entry, QFont, QFont, int]:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        entry = index.data(ENTRY_ROLE)
        assert isinstance(entry, Entry)
        title_font = QFont(opt.font)  # FontRole already applied
        detail_font = QFont(option.font)
        margin = max(2, QFontMetrics(detail_font).height() // 4)
        return opt, entry, title_font, detail_font, margin

    def _row_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        view = self.parent()
        if width <= 0 and isinstance(view, QAbstractItemView):
            width = view.viewport().width()
        return width

    def _text_width(self, option: QStyleOptionViewItem, icon_width: int, margin: int) -> int:
        return max(40, self._row_width(option) - 3 * margin - icon_width)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        entry = index.data(ENTRY_ROLE)
        if not isinstance(entry, Entry):
            return super().sizeHint(option, index)
        decoration = option.decorationSize
        key = (entry, self._row_width(option), decoration.width(), decoration.height())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= _SIZE_CACHE_LIMIT:
                self._sizes.clear()
            size = self._sizes[key] = self._measure(option, index)
        return QSize(size)

    def _measure(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        opt, entry, title_font, detail_font, margin = self._parts(option, index)
        icon_width = opt.decorationSize.width() if entry.icon else 0
        width = self._text_width(opt, icon_width, margin)
        height = QFontMetrics(title_font).boundingRect(
            QRect(0, 0, width, _TALL), _TEXT_FLAGS, entry.text).height()
        if entry.detail:
            height += QFontMetrics(detail_font).boundingRect(
                QRect(0, 0, width, _TALL), _TEXT_FLAGS, entry.detail).height()
        height = max(height, opt.decorationSize.height() if entry.icon else 0)
        return QSize(width + icon_width + 3 * margin, height + 2 * margin)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if index.data(ENTRY_ROLE) is None:
            super().paint(painter, option, index)
            return
        opt, entry, title_font, detail_font, margin = self._parts(option, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The style draws background, selection and focus; the text is ours.
        opt.text = ""
        opt.icon = QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(margin, margin, -margin, -margin)
        if entry.icon:
            size = opt.decorationSize
            icons.icon(entry.icon).paint(painter, QRect(rect.left(), rect.top(), size.width(),
                                                        size.height()))
            rect.setLeft(rect.left() + size.width() + margin)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(group, role))
        painter.setFont(title_font)
        title = painter.boundingRect(QRect(rect.left(), rect.top(), rect.width(), _TALL),
                                     _TEXT_FLAGS, entry.text)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), title.height()),
                         _TEXT_FLAGS, entry.text)
        if entry.detail:
            painter.setFont(detail_font)
            painter.drawText(QRect(rect.left(), rect.top() + title.height(), rect.width(),
                                   rect.height() - title.height()), _TEXT_FLAGS, entry.detail)
        painter.restore()


class GroupedListView(QListView):
    """Arrow through every row; Enter or double-click on an item emits :attr:`entry_activated`."""

    entry_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = GroupedListModel(self)
        self.setModel(self._model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self._delegate = EntryDelegate(self)
        self.setItemDelegate(self._delegate)
        self._size_icons()
        self.activated.connect(self._on_activated)

    def _size_icons(self) -> None:
        side = round(self.fontMetrics().height() * 1.4)
        self.setIconSize(QSize(side, side))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange,
                            QEvent.Type.StyleChange):
            self._delegate.clear_size_cache()  # before the base class lays the rows out again
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_icons()  # icons follow the text size (200% scaling)

    @property
    def entries_model(self) -> GroupedListModel:
        return self._model

    def set_entries(self, entries: Sequence[Entry]) -> None:
        """Replace the rows, keeping the same row current when it is still there."""
        current = self._model.entry(self.currentIndex())
        self._model.set_entries(entries)
        if current is not None:
            for row, entry in enumerate(self._model.entries()):
                if entry.key == current.key:
                    self.setCurrentIndex(self._model.index(row))
                    return
        if self.hasFocus():
            self.select_first_item()

    def select_first_item(self) -> bool:
        """Make the first record-opening row current (after a search, say)."""
        for row, entry in enumerate(self._model.entries()):
            if entry.opens_record or entry.kind is EntryKind.ITEM:
                self.setCurrentIndex(self._model.index(row))
                return True
        return False

    def current_entry(self) -> Entry | None:
        return self._model.entry(self.currentIndex())

    def focusInEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        # Before the base class, which would make the first row (a heading) current.
        if not self.currentIndex().isValid() and self._model.rowCount():
            if not self.select_first_item():
                self.setCurrentIndex(self._model.index(0))
        super().focusInEvent(event)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter activates on every platform (macOS styles otherwise open on Cmd+O only).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_activated(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_activated(self, index: QModelIndex) -> None:
        entry = self._model.entry(index)
        if entry is not None and entry.kind is EntryKind.ITEM:
            self.entry_activated.emit(entry)
