"""Caseload: every young person in a sortable table, filtered as you type.

Type part of a name, keyworker or RAG and the table narrows on each keystroke;
Down moves into the table, Enter opens the record (from the filter field it
opens the highlighted row, so "type a name, press Enter" is the whole journey).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.services.caseload import CaseloadRow, caseload_rows
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.caseload_model import ID_ROLE, CaseloadFilterProxy, CaseloadModel
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.fitting import ColumnFitter
from keyworker_desktop.ui.lazy_screen import RefreshWhenShown
from keyworker_desktop.ui.operations import run_op

SIZING_SAMPLE_ROWS = 100
WATCHED = ("young_person", "rag_rating", "allocation", "staff", "visit", "session_note",
           "checklist", "checklist_item", "action", "dsr_entry")


class CaseloadTable(QTableView):
    """The table; Enter opens the current row (Return is not an edit key here)."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class CaseloadScreen(RefreshWhenShown):
    """The caseload table with its filter field; emits :attr:`record_requested`."""

    watched = WATCHED

    record_requested = Signal(str)
    refreshed = Signal()
    #: The empty caseload's button: take a new referral.
    referral_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("caseload")
        self.model = CaseloadModel(self)
        self.proxy = CaseloadFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("caseload_filter")
        self.filter.setAccessibleName(self.tr("Filter the caseload"))
        self.filter.setPlaceholderText(self.tr("Type a name, keyworker or RAG to filter"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter:"), self)
        filter_label.setBuddy(self.filter)
        self.count = QLabel(self)
        self.count.setObjectName("caseload_count")
        # Closed and declined young people leave the caseload; ticked, they list again,
        # marked so.
        self.show_closed = QCheckBox(self.tr("Show c&losed"), self)
        self.show_closed.setObjectName("caseload_show_closed")
        self.show_closed.setAccessibleName(self.tr("Show closed and declined young people"))
        self.show_closed.toggled.connect(lambda _on: self.refresh())

        self.table = CaseloadTable(self)
        self.table.setObjectName("caseload_table")
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Rows are one line of the current font: fixed sections keep 5,000 rows cheap.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Columns are sized to the header and a sample of rows (the visible ones first):
        # measuring every cell of 5,000 rows would hold the screen up for a second.
        self.table.horizontalHeader().setResizeContentsPrecision(SIZING_SAMPLE_ROWS)
        self.table.horizontalHeader().setSectionsMovable(False)
        self.table.setTabKeyNavigation(False)
        # Columns narrow (eliding, the whole text in a tooltip) to fit a 1366-pixel window.
        self.fitter = ColumnFitter(self.table, follow_model=False)
        self._size_icons()

        # Shown instead of the table once a load finds nobody: the way to the first referral.
        self.empty = QWidget(self)
        self.empty.setObjectName("caseload_empty")
        empty_text = QLabel(self.tr("No young people yet \u2014 take a new referral."), self.empty)
        empty_text.setWordWrap(True)
        empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.referral_button = QPushButton(self.tr("Take a &new referral\u2026"), self.empty)
        self.referral_button.setAccessibleName(self.tr("Take a new referral"))
        self.referral_button.clicked.connect(self.referral_requested)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(empty_text)
        empty_layout.addWidget(self.referral_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.empty.hide()

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_closed)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

        self.filter.textChanged.connect(self._on_filter_changed)
        self.filter.installEventFilter(self)
        self.table.open_requested.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        ctx.hub.changes_applied.connect(self._on_changes)
        ctx.hub.store_locked.connect(self._clear)
        ctx.hub.store_opened.connect(self._on_store_opened)
        self._ticket = 0
        # Loaded when first shown (showEvent): a screen nobody opens costs nothing.
        self._stale = True
        self._sized = False
        self._update_count()

    def _size_icons(self) -> None:
        side = round(self.table.fontMetrics().height() * 0.8)
        self.table.setIconSize(QSize(side, side))  # the RAG swatch grows with the text

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_icons()

    # -- loading ---------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.store is None:
            return
        self._stale = False
        self._ticket += 1
        ticket, now = self._ticket, self.ctx.now()
        include_closed = self.show_closed.isChecked()

        def load(store: Store) -> list[CaseloadRow]:
            with store.session() as session:
                return caseload_rows(session, now, include_closed=include_closed)

        run_op(self.ctx, load, lambda rows: self._show(ticket, rows), label="caseload",
               owner=self, parent=self)

    def _show(self, ticket: int, rows: list[CaseloadRow]) -> None:
        if ticket != self._ticket:
            return
        current = self.current_young_person_id()
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if not self._sized and rows:
            self._sized = True
            self.fitter.measure()
        if current:
            self.select_young_person(current)
        self._update_count()
        self.refreshed.emit()

    def _clear(self) -> None:
        self._ticket += 1
        self.model.clear()
        self.filter.clear()
        self.empty.hide()
        self.table.show()
        self._update_count()

    # -- filtering and opening -----------------------------------------------------
    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if not total:
            text = self.tr("No young people on the caseload yet")
        elif self.proxy.filter_text.strip() and not shown:
            text = self.tr("Nobody matches \u201c{text}\u201d").format(
                text=self.proxy.filter_text.strip())
        elif shown == total == 1:
            text = self.tr("1 young person")
        elif shown == total:
            text = self.tr("{total} young people").format(total=total)
        else:
            text = self.tr("{shown} of {total} young people").format(shown=shown, total=total)
        self.count.setText(text)
        self.count.setAccessibleName(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.filter and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.proxy.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.proxy.index(0, 0))
                return True
            if key == Qt.Key.Key_Escape and self.filter.text():
                self.filter.clear()
                return True
        return super().eventFilter(watched, event)

    def current_young_person_id(self) -> str:
        index = self.table.currentIndex()
        return str(index.siblingAtColumn(0).data(ID_ROLE) or "") if index.isValid() else ""

    def select_young_person(self, young_person_id: str) -> bool:
        row = self.model.row_of(young_person_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def open_current(self) -> None:
        """Open the highlighted young person (the first shown, if none is highlighted)."""
        index = self.table.currentIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            young_person_id = index.siblingAtColumn(0).data(ID_ROLE)
            if young_person_id:
                self.record_requested.emit(str(young_person_id))
