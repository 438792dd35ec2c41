"""The print dialog's "Pictures" list: the picture beside each line of the plan, and a way to
change it for this print.

Each line the keyworker wrote on "My plan" (what we agreed, goals, what happens next) is
shown with the picture it will be printed with: the one chosen by keywords, or the one the
keyworker picked here. Picking another picture replaces that ``PlanLine``'s ``pictogram``
in a new ``PlanData`` (``plan_changed``); nothing is saved to the record.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from keyworker_desktop.easyread.pictograms import choose_pictogram, load_index, pictogram_dir
from keyworker_desktop.easyread.plan_data import PlanData, PlanLine

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: PlanData field -> the picture used when no keyword matches (as documents.py), printed order.
_DEFAULTS = {"agreed": "agreed", "goals": "goal", "next_steps": "next"}

LineKey = tuple[str, int]  # (PlanData field, position in it)


def plan_lines(plan: PlanData) -> list[tuple[LineKey, PlanLine]]:
    """The keyworker's lines on "My plan", in printed order."""
    lines: list[tuple[LineKey, PlanLine]] = []
    for name in _DEFAULTS:
        for i, entry in enumerate(getattr(plan, name)):
            lines.append(((name, i), entry[0] if name == "next_steps" else entry))
    return lines


def picture_for(key: LineKey, line: PlanLine) -> str:
    """The picture the line is printed with (the documents module's own rule)."""
    return line.pictogram or choose_pictogram(line.text, _DEFAULTS[key[0]])


def with_picture(plan: PlanData, key: LineKey, name: str) -> PlanData:
    """The plan with one line's picture replaced."""
    field, i = key
    entries = list(getattr(plan, field))
    if field == "next_steps":
        step, who = entries[i]
        entries[i] = (replace(step, pictogram=name), who)
    else:
        entries[i] = replace(entries[i], pictogram=name)
    changed: dict[str, Any] = {field: tuple(entries)}
    return replace(plan, **changed)


@cache
def pictogram_image(name: str, size: int) -> QImage:
    """One pictogram drawn from its SVG, ``size`` pixels square, on white."""
    info = load_index()[name]
    renderer = QSvgRenderer(QByteArray((pictogram_dir() / info.file).read_bytes()))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def pictogram_icon(name: str, size: int) -> QIcon:
    return QIcon(QPixmap.fromImage(pictogram_image(name, size)))


def pictogram_title(name: str) -> str:
    info = load_index().get(name)
    # Titles are data (resources/pictograms/index.json), in the catalogue under "Pictogram".
    return translate("Pictogram", info.title) if info is not None else name


class PicturesModel(QAbstractTableModel):
    """One row per line: the line's words, then its picture (icon and name)."""

    HEADERS = (QT_TRANSLATE_NOOP("PlanLinesModel", "Line"),
               QT_TRANSLATE_NOOP("PlanLinesModel", "Picture"))

    def __init__(self, icon_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon_size = icon_size
        self._rows: list[tuple[LineKey, PlanLine]] = []

    def set_plan(self, plan: PlanData | None) -> None:
        self.beginResetModel()
        self._rows = plan_lines(plan) if plan is not None else []
        self.endResetModel()

    def update_line(self, row: int, line: PlanLine) -> None:
        key, _old = self._rows[row]
        self._rows[row] = (key, line)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 1))

    def key(self, row: int) -> LineKey:
        return self._rows[row][0]

    def picture(self, row: int) -> str:
        key, line = self._rows[row]
        return picture_for(key, line)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return translate("PlanLinesModel", self.HEADERS[section])
        return None

    def data(self, index: ModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key, line = self._rows[index.row()]
        name = picture_for(key, line)
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return line.text
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("{text}. Picture: {picture}").format(
                    text=line.text, picture=pictogram_title(name))
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return pictogram_title(name)
        if role == Qt.ItemDataRole.ToolTipRole:
            how = (self.tr("chosen by you for this print") if line.pictogram
                   else self.tr("chosen by keywords"))
            return f"{pictogram_title(name)} ({how})"
        if role == Qt.ItemDataRole.DecorationRole:
            return pictogram_icon(name, self._icon_size)
        return None


class PlanPictures(QWidget):
    """The "Pictures" list and the picture chooser for the line picked in it."""

    plan_changed = Signal(object)  # the PlanData with a line's picture changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: PlanData | None = None
        icon = self.fontMetrics().height() * 2
        self.model = PicturesModel(icon, self)
        self.label = QLabel(self.tr("Pi&ctures beside your words"), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Pictures beside your words"))
        self.view.setAccessibleDescription(
            self.tr("Each row is a line of the plan and the picture printed beside it."))
        self.view.setToolTip(self.tr("Pictures are chosen by keywords. A picture you change "
                                     "is for this print: it is not saved to the record."))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        self.view.setIconSize(QSize(icon, icon))
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.label.setBuddy(self.view)
        self.chooser_label = QLabel(self.tr("Picture for the c&hosen line:"), self)
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Picture for the chosen line"))
        self.chooser.setToolTip(self.tr("For this print: the record is not changed."))
        self.chooser.setIconSize(self.view.iconSize())
        self.chooser.view().setAccessibleName(self.tr("Pictures to choose from"))
        for name in load_index():
            self.chooser.addItem(pictogram_icon(name, icon), pictogram_title(name), name)
        self.chooser_label.setBuddy(self.chooser)
        for w in (self.view, self.chooser):
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.chooser_label)
        layout.addWidget(self.chooser)
        self.view.selectionModel().selectionChanged.connect(self._line_chosen)
        self.chooser.currentIndexChanged.connect(self._picture_chosen)
        self._line_chosen()

    def set_plan(self, plan: PlanData) -> None:
        self.plan = plan
        self.model.set_plan(plan)
        self.view.resizeRowsToContents()
        if self.model.rowCount():
            self.view.selectRow(0)
        self._line_chosen()

    def current_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def choose(self, row: int, name: str) -> None:
        """Pick ``name`` for line ``row``, as the keyworker would."""
        self.view.selectRow(row)
        self.chooser.setCurrentIndex(self.chooser.findData(name))

    def _line_chosen(self, *_args: QItemSelection) -> None:
        row = self.current_row()
        self.chooser.setEnabled(row is not None)
        self.chooser_label.setEnabled(row is not None)
        if row is None:
            return
        blocked = self.chooser.blockSignals(True)
        self.chooser.setCurrentIndex(self.chooser.findData(self.model.picture(row)))
        self.chooser.blockSignals(blocked)

    def _picture_chosen(self, index: int) -> None:
        row, plan = self.current_row(), self.plan
        name = self.chooser.itemData(index)
        if row is None or plan is None or not name or name == self.model.picture(row):
            return
        key = self.model.key(row)
        self.plan = with_picture(plan, key, name)
        self.model.update_line(row, dict(plan_lines(self.plan))[key])
        self.plan_changed.emit(self.plan)


__all__ = ["PicturesModel", "PlanPictures", "pictogram_icon", "plan_lines", "with_picture"]
