"""Small icons drawn in code: place types, RAG swatches and the marks Today uses.

Drawn with QPainter at whatever size a view asks for, so they stay sharp at
200% text scaling without a set of bitmaps. An icon never carries meaning on
its own: every place it is used also shows the words.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

Draw = Callable[[QPainter, QRectF], None]

INK = QColor("#1f2933")
RAG_COLOURS = {
    "red": QColor("#c62828"),
    "amber": QColor("#f0a202"),
    "green": QColor("#2e7d32"),
    "blue": QColor("#1565c0"),
}


class _PaintedIconEngine(QIconEngine):
    """A QIcon whose pixmaps are painted on demand at the requested size."""

    def __init__(self, draw: Draw) -> None:
        super().__init__()
        self._draw = draw

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(rect.width(), rect.height())
        square = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2,
                        side, side)
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.45)
        self._draw(painter, square)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _PaintedIconEngine(self._draw)


def _pen(r: QRectF, colour: QColor = INK, width: float = 0.07) -> QPen:
    pen = QPen(colour, max(1.0, r.width() * width))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _at(r: QRectF, x: float, y: float) -> QPointF:
    """A point given as fractions of the icon square."""
    return QPointF(r.x() + x * r.width(), r.y() + y * r.height())


def _box(r: QRectF, x: float, y: float, w: float, h: float) -> QRectF:
    return QRectF(r.x() + x * r.width(), r.y() + y * r.height(), w * r.width(), h * r.height())


def _poly(r: QRectF, *points: tuple[float, float]) -> QPolygonF:
    return QPolygonF([_at(r, x, y) for x, y in points])


def _house(p: QPainter, r: QRectF, fill: str = "#f6d08b") -> None:
    p.setPen(_pen(r))
    p.setBrush(QColor(fill))
    p.drawPolygon(_poly(r, (0.12, 0.48), (0.5, 0.12), (0.88, 0.48), (0.78, 0.48), (0.78, 0.88),
                        (0.22, 0.88), (0.22, 0.48)))
    p.setBrush(QColor("#8d5524"))
    p.drawRect(_box(r, 0.42, 0.62, 0.16, 0.26))


def _school(p: QPainter, r: QRectF) -> None:
    p.setPen(_pen(r))
    p.setBrush(QColor("#f28b82"))
    p.drawPolygon(_poly(r, (0.1, 0.45), (0.5, 0.22), (0.9, 0.45), (0.9, 0.88), (0.1, 0.88)))
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(_box(r, 0.4, 0.38, 0.2, 0.2))
    p.drawRect(_box(r, 0.42, 0.66, 0.16, 0.22))
    p.drawLine(_at(r, 0.5, 0.22), _at(r, 0.5, 0.06))
    p.setBrush(QColor("#1565c0"))
    p.drawPolygon(_poly(r, (0.5, 0.06), (0.7, 0.1), (0.5, 0.15)))


def _cross(p: QPainter, r: QRectF, fill: str) -> None:
    p.setPen(_pen(r))
    p.setBrush(QColor(fill))
    p.drawRoundedRect(_box(r, 0.1, 0.1, 0.8, 0.8), r.width() * 0.12, r.width() * 0.12)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffffff"))
    p.drawRect(_box(r, 0.42, 0.22, 0.16, 0.56))
    p.drawRect(_box(r, 0.22, 0.42, 0.56, 0.16))


def _hospital_in_area(p: QPainter, r: QRectF) -> None:
    _cross(p, r, "#1e88e5")


def _hospital_out_of_area(p: QPainter, r: QRectF) -> None:
    _cross(p, _box(r, 0.0, 0.0, 0.8, 0.8), "#8e24aa")
    _arrow(p, _box(r, 0.45, 0.45, 0.55, 0.55))


def _arrow(p: QPainter, r: QRectF) -> None:
    """A bold arrow pointing away: 'far from here'."""
    p.setPen(_pen(r, QColor("#ffffff"), 0.16))
    p.drawLine(_at(r, 0.15, 0.85), _at(r, 0.8, 0.2))
    p.drawPolyline(_poly(r, (0.4, 0.2), (0.8, 0.2), (0.8, 0.6)))
    p.setPen(_pen(r, INK, 0.1))
    p.drawLine(_at(r, 0.15, 0.85), _at(r, 0.8, 0.2))
    p.drawPolyline(_poly(r, (0.4, 0.2), (0.8, 0.2), (0.8, 0.6)))


def _residential(p: QPainter, r: QRectF) -> None:
    p.setPen(_pen(r))
    p.setBrush(QColor("#a5d6a7"))
    p.drawRect(_box(r, 0.18, 0.12, 0.64, 0.76))
    p.setBrush(QColor("#ffffff"))
    for x in (0.28, 0.56):
        for y in (0.22, 0.44):
            p.drawRect(_box(r, x, y, 0.16, 0.14))
    p.setBrush(QColor("#8d5524"))
    p.drawRect(_box(r, 0.42, 0.66, 0.16, 0.22))


def _community(p: QPainter, r: QRectF) -> None:
    p.setPen(_pen(r))
    for x, colour in ((0.3, "#ffb74d"), (0.7, "#4db6ac"), (0.5, "#f06292")):
        p.setBrush(QColor(colour))
        y = 0.2 if x == 0.5 else 0.3
        p.drawEllipse(_box(r, x - 0.1, y, 0.2, 0.2))
        p.drawChord(_box(r, x - 0.17, y + 0.24, 0.34, 0.5), 0, 180 * 16)


def _office(p: QPainter, r: QRectF) -> None:
    p.setPen(_pen(r))
    p.setBrush(QColor("#8d6e63"))
    p.drawRoundedRect(_box(r, 0.1, 0.3, 0.8, 0.56), r.width() * 0.06, r.width() * 0.06)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(_box(r, 0.36, 0.16, 0.28, 0.14), r.width() * 0.04, r.width() * 0.04)
    p.drawLine(_at(r, 0.1, 0.54), _at(r, 0.9, 0.54))


def _overdue(p: QPainter, r: QRectF) -> None:
    p.setPen(_pen(r))
    p.setBrush(QColor("#f0a202"))
    p.drawPolygon(_poly(r, (0.5, 0.08), (0.94, 0.9), (0.06, 0.9)))
    p.setPen(_pen(r, INK, 0.12))
    p.drawLine(_at(r, 0.5, 0.36), _at(r, 0.5, 0.62))
    p.drawPoint(_at(r, 0.5, 0.77))


def _action(p: QPainter, r: QRectF) -> None:
    p.setPen(_pen(r))
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(_box(r, 0.12, 0.12, 0.76, 0.76), r.width() * 0.1, r.width() * 0.1)
    p.setPen(_pen(r, QColor("#2e7d32"), 0.12))
    p.drawPolyline(_poly(r, (0.28, 0.52), (0.45, 0.68), (0.74, 0.32)))


def _review(p: QPainter, r: QRectF) -> None:
    p.setPen(_pen(r))
    p.setBrush(QColor("#fff8e1"))
    p.drawRect(_box(r, 0.18, 0.14, 0.64, 0.76))
    p.setBrush(QColor("#90a4ae"))
    p.drawRect(_box(r, 0.36, 0.08, 0.28, 0.12))
    for y in (0.4, 0.56, 0.72):
        p.drawLine(_at(r, 0.3, y), _at(r, 0.7, y))


def _date(p: QPainter, r: QRectF) -> None:
    p.setPen(_pen(r))
    p.setBrush(QColor("#ffffff"))
    p.drawRect(_box(r, 0.12, 0.18, 0.76, 0.7))
    p.setBrush(QColor("#e53935"))
    p.drawRect(_box(r, 0.12, 0.18, 0.76, 0.2))
    p.drawLine(_at(r, 0.32, 0.1), _at(r, 0.32, 0.26))
    p.drawLine(_at(r, 0.68, 0.1), _at(r, 0.68, 0.26))
    p.setBrush(QColor("#f06292"))
    heart = QPainterPath()
    heart.moveTo(_at(r, 0.5, 0.8))
    heart.cubicTo(_at(r, 0.2, 0.6), _at(r, 0.35, 0.4), _at(r, 0.5, 0.54))
    heart.cubicTo(_at(r, 0.65, 0.4), _at(r, 0.8, 0.6), _at(r, 0.5, 0.8))
    p.drawPath(heart)


def _note(p: QPainter, r: QRectF) -> None:
    p.setPen(_pen(r))
    p.setBrush(QColor("#ffffff"))
    p.drawPolygon(_poly(r, (0.2, 0.1), (0.64, 0.1), (0.82, 0.28), (0.82, 0.9), (0.2, 0.9)))
    for y in (0.4, 0.56, 0.72):
        p.drawLine(_at(r, 0.32, y), _at(r, 0.7, y))


def _person(p: QPainter, r: QRectF) -> None:
    p.setPen(_pen(r))
    p.setBrush(QColor("#4db6ac"))
    p.drawEllipse(_box(r, 0.34, 0.1, 0.32, 0.32))
    p.drawChord(_box(r, 0.16, 0.48, 0.68, 0.84), 0, 180 * 16)


def _visit(p: QPainter, r: QRectF) -> None:
    """A map pin: somewhere the keyworker goes."""
    p.setPen(_pen(r))
    p.setBrush(QColor("#e53935"))
    pin = QPainterPath()
    pin.moveTo(_at(r, 0.5, 0.92))
    pin.cubicTo(_at(r, 0.3, 0.65), _at(r, 0.16, 0.5), _at(r, 0.16, 0.38))
    pin.arcTo(_box(r, 0.16, 0.06, 0.68, 0.64), 180, -180)
    pin.cubicTo(_at(r, 0.84, 0.5), _at(r, 0.7, 0.65), _at(r, 0.5, 0.92))
    p.drawPath(pin)
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(_box(r, 0.38, 0.26, 0.24, 0.24))


def _rag(colour: QColor | None) -> Draw:
    def draw(p: QPainter, r: QRectF) -> None:
        p.setPen(_pen(r, INK, 0.06))
        if colour is None:
            # Not rated: an empty ring, so it never reads as a colour.
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor("#757575"), max(1.0, r.width() * 0.08), Qt.PenStyle.DashLine))
        else:
            p.setBrush(QBrush(colour))
        p.drawEllipse(_box(r, 0.14, 0.14, 0.72, 0.72))

    return draw


_DRAWINGS: dict[str, Draw] = {
    "home": _house,
    "school": _school,
    "hospital_in_area": _hospital_in_area,
    "hospital_out_of_area": _hospital_out_of_area,
    "residential": _residential,
    "community": _community,
    "office": _office,
    "overdue": _overdue,
    "action": _action,
    "review": _review,
    "date": _date,
    "note": _note,
    "person": _person,
    "visit": _visit,
}


@cache
def icon(key: str) -> QIcon:
    """The icon for a place type code or one of the marks above; blank for unknown keys."""
    draw = _DRAWINGS.get(key)
    return QIcon(_PaintedIconEngine(draw)) if draw else QIcon()


def place_icon(place_type: str) -> QIcon:
    return icon(place_type)


@cache
def rag_icon(rag: str | None) -> QIcon:
    """A round swatch in the RAG colour (a dashed ring when not rated)."""
    return QIcon(_PaintedIconEngine(_rag(RAG_COLOURS.get(rag or ""))))


def known_icons() -> list[str]:
    return sorted(_DRAWINGS)
