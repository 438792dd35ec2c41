"""A small line chart of a goal's progress ratings (0–10 over time), drawn with QPainter.

The chart is never the only way to read the ratings: its accessible description (and
tooltip) says the same in words, and the goals table lists the latest rating.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.services.goals import GoalRow, describe_progress

LINE = QColor("#1f5f99")


class GoalChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal: GoalRow | None = None
        self.setAccessibleName(self.tr("Progress chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.set_goal(None)

    def set_goal(self, goal: GoalRow | None) -> None:
        self.goal = goal
        words = (self.tr("No goal chosen.") if goal is None
                 else f"{goal.words}: {describe_progress(goal)}")
        self.setAccessibleDescription(words)
        self.setToolTip(words)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 20, line * 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 10, line * 6)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("10") + 8
        area = QRectF(left, fm.height() / 2, self.width() - left - 8,
                      self.height() - fm.height() * 2)
        painter.setPen(QPen(ink, 1))
        painter.drawRect(area)
        for score in (0, 5, 10):
            y = area.bottom() - area.height() * score / 10
            painter.drawText(QRectF(0, y - fm.height() / 2, left - 4, fm.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             str(score))
        goal = self.goal
        if goal is None or not goal.ratings:
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self.tr("Not rated yet"))
            painter.end()
            return
        first, last = goal.ratings[0].rated_on, goal.ratings[-1].rated_on
        span = max(1, (last - first).days)
        points = [QPointF(area.left() + (area.width() * (r.rated_on - first).days / span
                                         if len(goal.ratings) > 1 else area.width() / 2),
                          area.bottom() - area.height() * r.score / 10) for r in goal.ratings]
        painter.setPen(QPen(LINE, 2.5))
        for a, b in zip(points, points[1:], strict=False):
            painter.drawLine(a, b)
        painter.setBrush(LINE)
        for p in points:
            painter.drawEllipse(p, 4, 4)
        painter.setPen(QPen(ink, 1))
        below = QRectF(area.left(), area.bottom() + 2, area.width(), fm.height())
        painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft), format_date(first, "dd MMM yyyy"))
        if len(goal.ratings) > 1:
            painter.drawText(below, int(Qt.AlignmentFlag.AlignRight),
                             format_date(last, "dd MMM yyyy"))
        painter.end()
