"""Tables and scrolled panels that fit the room they have (1366×768 maximised, 200% text).

Qt sizes a table's columns to their contents however wide that makes the table, so
a maximised window at 1366 pixels scrolled sideways and cut the last column
("Overdu"). :class:`ColumnFitter` sizes columns to their contents and then narrows
the widest ones, never below their heading, until the table fits; text wraps (or,
in a table of one-line rows, is elided with the whole text in its tooltip).
:class:`FitsViewport` is the content of a scroll area that takes the area's height
whenever its minimum fits, instead of the taller height its word-wrapped labels
would like.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget


def fitted_widths(natural: Sequence[int], minimum: Sequence[int], available: int) -> list[int]:
    """Widths that fit ``available``: the widest columns narrowed first, none below its minimum.

    As many columns as possible keep their natural width; the rest share one cap.
    If even the minimums do not fit, every column gets its minimum (the table scrolls).
    """
    floor = [min(n, m) for n, m in zip(natural, minimum, strict=True)]

    def total(cap: int) -> int:
        return sum(max(f, min(n, cap)) for n, f in zip(natural, floor, strict=True))

    if total(max(natural, default=0)) <= available:
        return list(natural)
    low, high = 0, max(natural, default=0)
    while low < high:  # the largest cap whose total still fits
        mid = (low + high + 1) // 2
        if total(mid) <= available:
            low = mid
        else:
            high = mid - 1
    return [max(f, min(n, low)) for n, f in zip(natural, floor, strict=True)]


class ColumnFitter(QObject):
    """Keeps a table's columns within its width; see the module docstring.

    ``follow_model``: measure again whenever the rows change (small tables); a large
    table calls :meth:`measure` itself when its contents are worth measuring.
    """

    def __init__(self, view: QTableView, *, follow_model: bool = True) -> None:
        super().__init__(view)
        self.view = view
        self._natural: list[int] = []
        self._measure_timer = QTimer(self)
        self._measure_timer.setSingleShot(True)
        self._measure_timer.setInterval(0)
        self._measure_timer.timeout.connect(self.measure)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)
        model = view.model()
        if follow_model and model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                           model.rowsRemoved, model.dataChanged):
                signal.connect(self._measure_timer.start)
            self._measure_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._fit_timer.start()
        return super().eventFilter(watched, event)

    def measure(self) -> None:
        """Measure the columns' contents again, then fit them."""
        view, header = self.view, self.view.horizontalHeader()
        limit = header.maximumSectionSize()
        self._natural = [
            0 if header.isSectionHidden(i)
            else min(limit, max(view.sizeHintForColumn(i), header.sectionSizeHint(i)))
            for i in range(header.count())]
        self.fit()

    def fit(self) -> None:
        """Fit the measured columns to the width there is now."""
        view, header = self.view, self.view.horizontalHeader()
        if len(self._natural) != header.count():
            self._natural = []
            if header.count():
                self.measure()
            return
        least = view.fontMetrics().averageCharWidth() * 6
        minimum = [max(least, header.sectionSizeHint(i)) for i in range(header.count())]
        widths = fitted_widths(self._natural, minimum, view.viewport().width())
        for i, width in enumerate(widths):
            if not header.isSectionHidden(i) and header.sectionSize(i) != width:
                header.resizeSection(i, width)
        if view.wordWrap():
            view.resizeRowsToContents()


class FitsViewport(QWidget):
    """The widget of a resizable scroll area: as tall as the area while its minimum fits.

    Qt gives a scroll area's widget the height its layout *prefers* for the width once
    any label in it wraps, so a panel scrolled (and cut off its last field) although
    everything fitted when its tables gave up a few rows.
    """

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)
