"""The network map's backdrop: the sector wedges with their names, and the key."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.network import SECTORS
from keyworker_desktop.domain.network_layout import SectorWedge
from keyworker_desktop.ui.network_items import (
    INK,
    LINK_WIDTH,
    MUTED_INK,
    PAPER,
    SECTOR_STYLE,
    MapMetrics,
    arrowhead,
    draw_alert_marker,
    enlarged,
    fill_sector,
    legible_factor,
    link_path,
    link_pen,
    sector_label,
)

# Sector names grow less than people's names when zoomed out: they have less room.
_MAX_LABEL_ENLARGE = 2.5


class SectorItem(QGraphicsItem):
    """A sector's coloured, hatched wedge, with its name just outside the rim."""

    def __init__(self, wedge: SectorWedge, metrics: MapMetrics) -> None:
        super().__init__()
        self.sector = wedge.sector
        self.metrics = metrics
        self.setZValue(-10)
        self.label = sector_label(wedge.sector)
        self.set_wedge(wedge)

    def set_wedge(self, wedge: SectorWedge) -> None:
        """Resize to a new wedge."""
        self.prepareGeometryChange()
        self.wedge = wedge
        path = QPainterPath(QPointF(0, 0))
        steps = max(2, int(64 * wedge.span / (2 * math.pi)))
        for i in range(steps + 1):
            x, y = wedge.point_at(wedge.start + wedge.span * i / steps)
            path.lineTo(x, y)
        path.closeSubpath()
        self.path = path
        self.label_rect = self.label_at(1.0)
        widest = self.label_at(_MAX_LABEL_ENLARGE)
        self._bounds = path.boundingRect().united(self.label_rect).united(widest)
        self._bounds.adjust(-2, -2, 2, 2)
        self.update()

    def _label_size(self, factor: float) -> tuple[float, float]:
        fm = QFontMetricsF(enlarged(self.metrics.bold, factor))
        return fm.horizontalAdvance(self.label) + 2 * self.metrics.pad, fm.lineSpacing() * 1.4

    def label_at(self, factor: float) -> QRectF:
        """Where the name goes with text ``factor`` times larger: just outside the rim at
        actual size; a larger label keeps that outer edge and grows inwards, over its
        own wedge, so the map's extent (and so its fit to the window) stays the same."""
        wedge = self.wedge
        ux, uy = math.cos(wedge.mid), math.sin(wedge.mid)
        x, y = wedge.point_at(wedge.mid)

        def reach(size: tuple[float, float]) -> float:  # centre to edge along the middle
            tw, th = size
            return min(tw / 2 / abs(ux) if abs(ux) > 1e-6 else math.inf,
                       th / 2 / abs(uy) if abs(uy) > 1e-6 else math.inf)

        actual = reach(self._label_size(1.0))
        tw, th = size = self._label_size(factor)
        push = 2 * actual + self.metrics.pad - reach(size)
        return QRectF(x + ux * push - tw / 2, y + uy * push - th / 2, tw, th)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill_sector(painter, self.path, self.sector, alpha=150, hatch_alpha=0)
        painter.setPen(QPen(PAPER, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        factor = min(_MAX_LABEL_ENLARGE, legible_factor(self.metrics, lod, painter.paintEngine()))
        rect = self.label_rect if factor == 1.0 else self.label_at(factor)
        label = QPainterPath()
        r = rect.height() / 2
        label.addRoundedRect(rect, r, r)
        fill_sector(painter, label, self.sector)
        painter.setPen(QPen(SECTOR_STYLE[self.sector][1], 1.5))
        painter.drawPath(label)
        inner = rect.adjusted(self.metrics.pad * 0.5, 3, -self.metrics.pad * 0.5, -3)
        painter.fillRect(inner, QColor(255, 255, 255, 225))
        painter.setFont(self.metrics.bold if factor == 1.0
                        else enlarged(self.metrics.bold, factor))
        painter.setPen(INK)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.label)


class LegendItem(QGraphicsItem):
    """The key: sector swatches and link styles, readable in greyscale."""

    def __init__(self, metrics: MapMetrics, sectors: tuple[str, ...] = SECTORS) -> None:
        super().__init__()
        self.metrics = metrics
        self.rows: list[tuple[str, str]] = [("sector:" + s, sector_label(s)) for s in sectors]
        self.rows += [
            ("link:strong", translate("LegendItem", "Strong link")),
            ("link:tenuous", translate("LegendItem", "Tenuous link")),
            ("link:stressful", translate("LegendItem", "Stressful link")),
            ("arrow", translate("LegendItem", "Arrow: support flows this way")),
            ("none", translate("LegendItem", "No line: known but not connected")),
            ("alert", translate("LegendItem", "Needs attention")),
        ]
        fm = QFontMetricsF(metrics.font)
        self._sample_w = metrics.line * 3
        text_w = max(fm.horizontalAdvance(text) for _, text in self.rows)
        title_h = metrics.line * 1.5
        self._row_h = metrics.line * 1.35
        w = 3 * metrics.pad + self._sample_w + text_w
        h = 2 * metrics.pad + title_h + self._row_h * len(self.rows)
        self._rect = QRectF(0, 0, w, h)
        self._title_h = title_h

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        m = self.metrics
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(MUTED_INK, 1))
        painter.setBrush(PAPER)
        painter.drawRoundedRect(self._rect, m.pad, m.pad)
        painter.setFont(m.bold)
        painter.setPen(INK)
        painter.drawText(QRectF(m.pad, m.pad, self._rect.width(), self._title_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         translate("LegendItem", "Key"))
        painter.setFont(m.font)
        y = m.pad + self._title_h
        for kind, text in self.rows:
            sample = QRectF(m.pad, y + self._row_h * 0.15, self._sample_w, self._row_h * 0.7)
            self._paint_sample(painter, kind, sample)
            painter.setPen(INK)
            painter.drawText(QRectF(sample.right() + m.pad, y, self._rect.width(), self._row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += self._row_h

    def _paint_sample(self, painter: QPainter, kind: str, rect: QRectF) -> None:
        mid_l = QPointF(rect.left(), rect.center().y())
        mid_r = QPointF(rect.right(), rect.center().y())
        if kind.startswith("sector:"):
            box = QPainterPath()
            box.addRect(rect)
            fill_sector(painter, box, kind.split(":", 1)[1])
            painter.setPen(QPen(MUTED_INK, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        elif kind.startswith("link:"):
            strength = kind.split(":", 1)[1]
            painter.setPen(link_pen(strength))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(link_path(mid_l, mid_r, strength, tooth=rect.height() * 0.3))
        elif kind == "arrow":
            size = 6 + LINK_WIDTH["strong"] * 2.2
            painter.setPen(link_pen("strong"))
            painter.drawLine(mid_l, QPointF(mid_r.x() - size * 0.8, mid_r.y()))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(INK)
            painter.drawPolygon(arrowhead(mid_r, mid_l, size))
        elif kind == "alert":
            side = rect.height()
            draw_alert_marker(painter, QRectF(rect.left(), rect.top(), side, side))
