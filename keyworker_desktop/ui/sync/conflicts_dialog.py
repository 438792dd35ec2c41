"""Conflicts: per field, mine and theirs side by side with who and when; choose or merge.

A resolution is an ordinary local change naming the conflict
(``sync.conflicts.resolve``), so it syncs like any other change and the other
laptops follow. The field's history (every value it held) opens from here, so
the losing side can be seen and put back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelection,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.services.sync_review import ConflictRow, conflict_rows, hlc_time
from keyworker_desktop.store.opchanges import OpChanges, Written
from keyworker_desktop.ui.operations import describe_error, run_op
from keyworker_desktop.ui.sync import name_buttons
from keyworker_desktop.ui.sync.values import value_text, when_text
from keyworker_desktop.ui.table_model import Column, TableModel

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.context import AppContext


def side_caption(side: dict[str, Any]) -> str:
    """"Alex Smith · 10 Mar 2025, 10:45": who wrote a value and when (their clock)."""
    who = side.get("author") or translate("Sync", "someone")
    return translate("Sync", "{who} · {when}").format(
        who=who, when=when_text(hlc_time(str(side.get("hlc", "")))))


def conflict_columns() -> list[Column[ConflictRow]]:
    """Young person, record and field of each conflict (and its state, when shown)."""

    def person(row: ConflictRow) -> str:
        return row.young_person

    def record(row: ConflictRow) -> str:
        return row.record

    def field(row: ConflictRow) -> str:
        return row.field

    def state(row: ConflictRow) -> str:
        return translate("Sync", "To resolve") if row.open else translate("Sync", "Settled")

    def settled(row: ConflictRow) -> bool:
        return not row.open

    return [Column(header, text, tooltip=text, italic=settled) for header, text in (
        (translate("Sync", "Young person"), person), (translate("Sync", "Record"), record),
        (translate("Sync", "Field"), field),
        (translate("Sync", "State"), state))]


class SidePanel(QGroupBox):
    """One side of a conflict: who and when, the value, and "Keep …"."""

    def __init__(self, title: str, keep: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.value = QPlainTextEdit()
        self.value.setReadOnly(True)
        self.value.setAccessibleName(title)
        self.keep = QPushButton(keep)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.keep)

    def show_side(self, title: str, side: dict[str, Any], field: str, keep: str) -> None:
        self.setTitle(title)
        self.caption.setText(side_caption(side))
        self.value.setPlainText(value_text(side.get("value"), field))
        self.value.setAccessibleName(title)
        self.keep.setText(keep)
        self.keep.setAccessibleName(keep)


def _name_of(store: Store, young_person_id: str) -> str:
    from keyworker_desktop.services.records import young_person_name

    with store.session() as session:
        return young_person_name(session, young_person_id)


class ConflictsDialog(QDialog):
    """Lists unresolved conflicts and settles the chosen one."""

    conflict_resolved = Signal(str)  # the conflict's id

    def __init__(self, ctx: AppContext, young_person_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.young_person_id = young_person_id
        self.setWindowTitle(self.tr("Conflicts to resolve"))
        if young_person_id is not None and ctx.store is not None:
            # Opened from a record: name whose, as every record dialog does.
            run_op(ctx, lambda store: _name_of(store, young_person_id), self._show_name,
                   owner=self, parent=self, label="conflicts title")
        self.intro = QLabel(self.tr(
            "Two people changed the same thing before they synced. Both versions are kept: "
            "choose one, or for text write one that keeps what matters from both."))
        self.intro.setWordWrap(True)
        self.model = TableModel(conflict_columns(), parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(3, True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = QLabel(self.tr("No conflicts to resolve."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self.what = QLabel()
        self.what.setWordWrap(True)
        font = QFont(self.what.font())
        font.setBold(True)
        self.what.setFont(font)
        self.mine = SidePanel(self.tr("Mine"), self.tr("Keep mine"))
        self.theirs = SidePanel(self.tr("Theirs"), self.tr("Keep theirs"))
        self.mine.keep.clicked.connect(lambda: self._keep(self.mine_side))
        self.theirs.keep.clicked.connect(lambda: self._keep(self.theirs_side))
        sides = QHBoxLayout()
        sides.addWidget(self.mine)
        sides.addWidget(self.theirs)
        self.merged_box = QGroupBox(self.tr("Or write one text from both"))
        self.merged = QPlainTextEdit()
        self.merged.setAccessibleName(self.tr("Merged text"))
        self.use_merged = QPushButton(self.tr("Use this text"))
        self.use_merged.clicked.connect(self._use_merged)
        merged_layout = QGridLayout(self.merged_box)
        merged_layout.addWidget(self.merged, 0, 0, 1, 2)
        merged_layout.addWidget(self.use_merged, 1, 1)
        merged_layout.setColumnStretch(0, 1)
        self.settled = QLabel()
        self.settled.setWordWrap(True)
        self.settled.hide()
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.what)
        detail_layout.addLayout(sides, 1)
        detail_layout.addWidget(self.settled)
        detail_layout.addWidget(self.merged_box, 1)
        self.detail = detail

        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.table, 1)
        listing_layout.addWidget(self.empty, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(listing)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        # Room for a name, a record and a field side by side; the rest for the two versions.
        chars = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([chars * 52, chars * 78])

        self.only_this = QCheckBox(self.tr("Only this young person"))
        self.only_this.setChecked(young_person_id is not None)
        self.only_this.setVisible(young_person_id is not None)
        self.only_this.toggled.connect(lambda _on: self.reload())
        self.show_settled = QCheckBox(self.tr("Show settled conflicts too"))
        self.show_settled.toggled.connect(self._settled_toggled)
        self.history_button = QPushButton(self.tr("History of this field…"))
        self.history_button.clicked.connect(self.show_history)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        for widget in (self.history_button, self.only_this, self.show_settled):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 130, metrics.height() * 38)
        self.mine_side: dict[str, Any] = {}
        self.theirs_side: dict[str, Any] = {}
        self._keep_row = 0
        name_buttons(self)
        self._show_row(None)
        ctx.hub.changes_applied.connect(self._on_changes_applied)
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def set_young_person(self, young_person_id: str | None) -> None:
        self.young_person_id = young_person_id
        self.only_this.setVisible(young_person_id is not None)
        self.only_this.setChecked(young_person_id is not None)
        self.reload()

    def _show_name(self, name: str) -> None:
        if name:
            self.setWindowTitle(self.tr("Conflicts to resolve — {name}").format(name=name))

    def reload(self) -> None:
        if self.ctx.store is None:
            return
        yp = self.young_person_id if self.only_this.isChecked() else None
        settled = self.show_settled.isChecked()

        def job(store: Store) -> list[ConflictRow]:
            return conflict_rows(store, yp, include_resolved=settled)

        run_op(self.ctx, job, self._loaded, owner=self, parent=self, label="conflicts")

    def _loaded(self, rows: list[ConflictRow]) -> None:
        current = self.current_row()
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.history_button.setEnabled(bool(rows))
        if not rows:
            self._show_row(None)
            return
        ids = [r.conflict.id for r in rows]
        index = ids.index(current.conflict.id) if current and current.conflict.id in ids \
            else min(self._keep_row, len(rows) - 1)
        self.table.selectRow(index)
        self._show_row(self.model.row(index))

    @Slot(OpChanges, object)
    def _on_changes_applied(self, changes: OpChanges, _initiator: object | None) -> None:
        if changes.everything or changes.touches("conflict"):
            self.reload()

    def _settled_toggled(self, on: bool) -> None:
        self.table.setColumnHidden(3, not on)
        self.reload()

    # -- the chosen conflict ---------------------------------------------------------------
    def current_row(self) -> ConflictRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_row(self.current_row())

    def _show_row(self, row: ConflictRow | None) -> None:
        self.detail.setEnabled(row is not None)
        if row is None:
            self.what.setText(self.tr("Choose a conflict on the left."))
            for panel in (self.mine, self.theirs):
                panel.caption.clear()
                panel.value.clear()
            self.merged_box.hide()
            self.settled.hide()
            return
        c = row.conflict
        self.what.setText(self.tr("{field} in {record} for {person}").format(
            field=row.field, record=row.record, person=row.young_person))
        if row.mine is not None:
            first, second = row.mine, row.theirs
            titles = (self.tr("Mine"), self.tr("Theirs"))
            keeps = (self.tr("Keep mine"), self.tr("Keep theirs"))
        else:  # two colleagues' versions, neither written on this laptop
            first, second = c.current, c.incoming
            titles = (self.tr("Now in the record"), self.tr("The other version"))
            keeps = (self.tr("Keep this one"), self.tr("Keep this one instead"))
        self.mine_side, self.theirs_side = first, second
        self.mine.show_side(titles[0], first, c.field, keeps[0])
        self.theirs.show_side(titles[1], second, c.field, keeps[1])
        for panel in (self.mine, self.theirs):
            panel.keep.setVisible(row.open)
        text = row.is_text and c.field != "deleted_at"
        self.merged_box.setVisible(text and row.open)
        if text and row.open:
            self.merged.setPlainText(suggested_merge(c.base, first.get("value"),
                                                     second.get("value")))
        self.settled.setVisible(not row.open)
        self.settled.setText(self.tr(
            "Settled. If the other version was the right one, open the field's history "
            "to put it back."))

    def _keep(self, side: dict[str, Any]) -> None:
        if side:
            self.resolve_with(side.get("value"))

    def _use_merged(self) -> None:
        self.resolve_with(self.merged.toPlainText())

    def resolve_with(self, value: Any) -> None:
        """Settle the chosen conflict with ``value``; the change syncs next time."""
        row = self.current_row()
        if row is None or not row.open or self.ctx.store is None:
            return
        c = row.conflict
        self._keep_row = max(self.table.currentIndex().row(), 0)
        self.detail.setEnabled(False)

        def job(store: Store) -> Written[str]:
            from keyworker_desktop.services.sync_review import resolve_conflict

            return resolve_conflict(store, c.id, value)

        def done(_result: Written[str]) -> None:
            self.conflict_resolved.emit(c.id)

        def failed(exc: BaseException) -> None:
            self.detail.setEnabled(True)
            self.ctx.interaction.warn(self, self.tr("Conflict"), describe_error(exc))

        run_op(self.ctx, job, done, failed, owner=self, parent=self, label="resolve conflict")

    def show_history(self) -> QDialog | None:
        """Every value this field held, with who and when; one can be put back."""
        row = self.current_row()
        if row is None:
            return None
        from keyworker_desktop.ui.sync.history_dialog import FieldHistoryDialog

        dialog = FieldHistoryDialog(self.ctx, row, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


def suggested_merge(base: Any, mine: Any, theirs: Any) -> str:
    """A starting point for the merged text: a clean three-way merge, else both texts."""
    a, b = ("" if mine is None else str(mine)), ("" if theirs is None else str(theirs))
    if isinstance(base, str):
        from keyworker_desktop.sync.merge import merge_text

        merged = merge_text(base, a, b)
        if merged is not None:
            return merged
    if not a or a == b:
        return b
    if not b or b in a:
        return a
    return f"{a}\n\n{b}"
