"""A small chart of the RAG rating over time, drawn with QPainter (no chart library).

The y axis is ordinal: red at the top, then amber, green and blue, each row with its
colour AND its word, so the chart reads without colour. Each rating is a point at its
date, joined by a step line (a rating holds until the next). The accessible
description says the history in words for a screen reader.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import Rag
from keyworker_desktop.ui.record.common import show_date

#: Top to bottom.
ORDER = (Rag.RED.value, Rag.AMBER.value, Rag.GREEN.value, Rag.BLUE.value)
COLOURS = {Rag.RED.value: QColor("#c0262d"), Rag.AMBER.value: QColor("#d98200"),
           Rag.GREEN.value: QColor("#2e7d32"), Rag.BLUE.value: QColor("#1f5fbf")}


def rag_word(rating: str) -> str:
    """The rating's word, translated."""
    words = {Rag.RED.value: translate("Record", "Red"),
             Rag.AMBER.value: translate("Record", "Amber"),
             Rag.GREEN.value: translate("Record", "Green"),
             Rag.BLUE.value: translate("Record", "Blue")}
    return words.get(rating, rating)


def summarise(points: Sequence[tuple[date, str]]) -> str:
    """The history in a sentence or two, for the accessible description."""
    if not points:
        return translate("Record", "No ratings yet.")
    parts = [translate("Record", "{rating} on {date}").format(rating=rag_word(r), date=show_date(d))
             for d, r in points]
    return translate("Record", "{count} ratings, oldest first: {list}. Now {rating}.").format(
        count=len(points), list="; ".join(parts), rating=rag_word(points[-1][1]))


class RagChart(QWidget):
    """The rating over time; :meth:`set_points` takes (date, rating) oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[date, str]] = []
        self.today: date | None = None
        self.setAccessibleName(self.tr("RAG rating over time"))
        self.setAccessibleDescription(summarise([]))
        self.setToolTip(summarise([]))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can reach it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_points(self, points: Sequence[tuple[date, str]], today: date) -> None:
        self.points = [(d, r) for d, r in points if r in ORDER]
        self.today = today
        text = summarise(self.points)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 24, line * 7)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 12, line * 7)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        label_width = max(metrics.horizontalAdvance(rag_word(r)) for r in ORDER) + line
        plot = QRectF(label_width + line * 0.5, line * 0.5,
                      max(1.0, self.width() - label_width - line * 1.5),
                      max(1.0, self.height() - line * 2.2))
        row_height = plot.height() / len(ORDER)
        text_colour = self.palette().windowText().color()
        rows: dict[str, float] = {}
        for i, rating in enumerate(ORDER):
            y = plot.top() + row_height * (i + 0.5)
            rows[rating] = y
            swatch = QRectF(0, y - line * 0.3, line * 0.6, line * 0.6)
            painter.fillRect(swatch, COLOURS[rating])
            painter.setPen(text_colour)
            painter.drawText(QRectF(line * 0.8, y - line / 2, label_width, line),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             rag_word(rating))
            painter.setPen(QPen(QColor(128, 128, 128, 70), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if not self.points:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No ratings yet"))
            return
        first = self.points[0][0]
        last = max(self.today or self.points[-1][0], self.points[-1][0])
        span = max(1, (last - first).days)

        def x_of(d: date) -> float:
            return plot.left() + plot.width() * (d - first).days / span

        steps: list[QPointF] = []
        for i, (d, rating) in enumerate(self.points):
            point = QPointF(x_of(d), rows[rating])
            if i:
                steps.append(QPointF(point.x(), steps[-1].y()))
            steps.append(point)
        steps.append(QPointF(x_of(last), steps[-1].y()))
        painter.setPen(QPen(text_colour, 1.5))
        painter.drawPolyline(steps)
        radius = line * 0.3
        for d, rating in self.points:
            painter.setPen(QPen(text_colour, 1))
            painter.setBrush(COLOURS[rating])
            painter.drawEllipse(QPointF(x_of(d), rows[rating]), radius, radius)
        painter.setPen(text_colour)
        baseline = QRectF(plot.left(), plot.bottom() + line * 0.2, plot.width(), line)
        painter.drawText(baseline, Qt.AlignmentFlag.AlignLeft, show_date(first))
        painter.drawText(baseline, Qt.AlignmentFlag.AlignRight, show_date(last))
