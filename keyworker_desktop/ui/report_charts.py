"""Small bar charts for the Reports screen, drawn with QPainter.

Each bar carries its label and number in text beside it, so the colour is never the
only way to read it, and the chart's accessible description says the same in words.
PySide6-Essentials has no QtCharts; two bar charts do not justify a charting library
(pyqtgraph would add numpy and some 10 MB to the installer for what 80 lines draw).
Actions overdue over time are columns, a day counted each, oldest on the left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import translate

#: Fills that keep their difference for the common colour-vision deficiencies
#: when read with their labels; the label, not the colour, carries the meaning.
RAG_COLOURS = {"red": "#c62828", "amber": "#ef8f00", "green": "#2e7d32", "blue": "#1565c0"}


def rating_label(rating: str) -> str:
    return {"red": translate("ReportCharts", "Red"), "amber": translate("ReportCharts", "Amber"),
            "green": translate("ReportCharts", "Green"),
            "blue": translate("ReportCharts", "Blue (inpatient)")}.get(rating, rating)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: str


class BarChart(QWidget):
    """Horizontal bars, one a line: the label, the bar, and the number after it."""

    def __init__(self, name: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.empty = empty
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_bars([])

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription(self.description())
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def description(self) -> str:
        if not self.bars:
            return self.empty
        return "; ".join(self.tr("{label}: {count}").format(label=b.label, count=b.value)
                         for b in self.bars)

    def _row(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(360, self._row() * max(len(self.bars), 1) + 4)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            text = self.palette().color(QPalette.ColorRole.WindowText)
            painter.setPen(text)
            if not self.bars:
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft
                                 | Qt.AlignmentFlag.AlignVCenter, self.empty)
                return
            metrics = self.fontMetrics()
            label_w = max(metrics.horizontalAdvance(b.label) for b in self.bars) + 12
            number_w = max(metrics.horizontalAdvance(str(b.value)) for b in self.bars) + 12
            room = max(self.width() - label_w - number_w, 10)
            top = max(b.value for b in self.bars) or 1
            row = self._row()
            for i, bar in enumerate(self.bars):
                y = i * row + 2
                painter.setPen(text)
                painter.drawText(QRectF(0, y, label_w - 6, row), Qt.AlignmentFlag.AlignRight
                                 | Qt.AlignmentFlag.AlignVCenter, bar.label)
                width = room * bar.value / top
                painter.fillRect(QRectF(label_w, y + 3, max(width, 1.0), row - 6),
                                 QColor(bar.colour))
                painter.drawText(QRectF(label_w + width + 6, y, number_w, row),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 str(bar.value))
        finally:
            painter.end()


def rating_bars(counts: dict[str, int]) -> list[Bar]:
    """The rating mix, in the register's order."""
    return [Bar(rating_label(r), counts.get(r, 0), RAG_COLOURS[r]) for r in RAG_COLOURS]


def movement_bars(movements: Sequence[tuple[str, str, int]]) -> list[Bar]:
    """Movements as "Amber → Red", coloured as the rating moved to."""
    return [Bar(translate("ReportCharts", "{before} → {after}").format(before=rating_label(a),
                                                  after=rating_label(b)),
                n, RAG_COLOURS.get(b, "#777777")) for a, b, n in movements]


#: The overdue columns' fill (one series: the dates and numbers carry it, not the colour).
OVERDUE_COLOUR = "#8e3b46"


def show_day(on: date) -> str:
    return format_date(on, "d MMM yyyy")


class OverdueChart(QWidget):
    """Actions overdue over time: a column a day counted, oldest on the left, each with its
    number above (when it fits) and its day below (every few columns when they crowd); the
    accessible description reads every day and number."""

    def __init__(self, name: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.empty = empty
        self.points: list[tuple[date, int]] = []
        self.monthly = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_points([])

    def set_points(self, points: Sequence[tuple[date, int]], monthly: bool = False) -> None:
        self.points, self.monthly = list(points), monthly
        self.setAccessibleDescription(self.description())
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def description(self) -> str:
        if not self.points:
            return self.empty
        return "; ".join(self.tr("{label}: {count}").format(label=show_day(on), count=n)
                         for on, n in self.points)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        line = self.fontMetrics().height()
        return QSize(360, line * 9 if self.points else line + 8)

    def _tick(self, on: date) -> str:
        return format_date(on, "MMM yy" if self.monthly else "d MMM")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            text = self.palette().color(QPalette.ColorRole.WindowText)
            painter.setPen(text)
            if not self.points:
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft
                                 | Qt.AlignmentFlag.AlignVCenter, self.empty)
                return
            metrics = self.fontMetrics()
            line = metrics.height()
            n = len(self.points)
            col = self.width() / n
            base = self.height() - line - 4  # the columns stand on this line
            room = base - line - 4  # the tallest column leaves a line for its number
            top = max(v for _d, v in self.points) or 1
            tick_w = max(metrics.horizontalAdvance(self._tick(d)) for d, _v in self.points) + 8
            every = max(1, -(-int(tick_w) // max(int(col), 1)))
            centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
            painter.drawLine(0, int(base), self.width(), int(base))
            for i, (on, value) in enumerate(self.points):
                x = i * col
                height = room * value / top
                painter.fillRect(QRectF(x + col * 0.15, base - height, col * 0.7, height),
                                 QColor(OVERDUE_COLOUR))
                number = str(value)
                if metrics.horizontalAdvance(number) + 2 <= col or value == top \
                        or i == n - 1:
                    painter.drawText(QRectF(x - col, base - height - line - 2, 3 * col, line),
                                     centre, number)
                if (n - 1 - i) % every == 0:
                    left = min(max(x + col / 2 - tick_w / 2, 0), self.width() - tick_w)
                    painter.drawText(QRectF(left, base + 2, tick_w, line), centre,
                                     self._tick(on))
        finally:
            painter.end()
