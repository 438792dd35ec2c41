"""Scene items of the network map (ecomap): sectors, links, nodes, the young person, a key.

Everything is sized from the application font, so text stays readable at any scaling.
Items paint in a fixed light "paper" palette so the screen matches the printout.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.network import (
    DEFAULT_STALE_AFTER,
    DIRECTION_LABELS,
    SECTOR_LABELS,
    STRENGTH_LABELS,
    MapNode,
    MapPerson,
    needs_contact,
    weeks_since_contact,
)
from keyworker_desktop.domain.network_layout import Size

INK = QColor("#1f2328")
MUTED_INK = QColor("#4a4f57")
PAPER = QColor("#ffffff")
FOCUS = QColor("#0b57d0")
ALERT = QColor("#9a3412")
STRESS = QColor("#7a1f1f")

# Okabe-Ito hues as light tints (fill) and dark shades (pattern, stripe, label),
# each with its own hatch so a greyscale printout still tells the sectors apart.
SECTOR_STYLE: dict[str, tuple[QColor, QColor, Qt.BrushStyle]] = {
    "health": (QColor("#d6e9f8"), QColor("#0b5c93"), Qt.BrushStyle.HorPattern),
    "education": (QColor("#fdebc4"), QColor("#8a5a00"), Qt.BrushStyle.VerPattern),
    "social_care": (QColor("#d2efe4"), QColor("#00664a"), Qt.BrushStyle.BDiagPattern),
    "voluntary_community": (QColor("#f4dcea"), QColor("#8c2f66"), Qt.BrushStyle.FDiagPattern),
    "family_informal": (QColor("#ece4d6"), QColor("#5c4b32"), Qt.BrushStyle.CrossPattern),
}


def sector_label(sector: str) -> str:
    """The sector's name for people."""
    return SECTOR_LABELS[sector]


_BRUSHES: dict[tuple[str, int, int], tuple[QBrush, QBrush | None]] = {}


def sector_brushes(sector: str, alpha: int = 255, hatch_alpha: int = 110
                   ) -> tuple[QBrush, QBrush | None]:
    """The sector's tint brush and its hatch-pattern brush (None when not hatched)."""
    key = (sector, alpha, hatch_alpha)
    if key not in _BRUSHES:
        tint, shade, pattern = SECTOR_STYLE[sector]
        tint = QColor(tint)
        tint.setAlpha(alpha)
        hatch = QColor(shade)
        hatch.setAlpha(hatch_alpha)
        _BRUSHES[key] = (QBrush(tint), QBrush(hatch, pattern) if hatch_alpha else None)
    return _BRUSHES[key]


def fill_sector(painter: QPainter, path: QPainterPath, sector: str, alpha: int = 255,
                hatch_alpha: int = 110) -> None:
    """Fill a shape with the sector's tint and its hatch pattern."""
    tint, hatch = sector_brushes(sector, alpha, hatch_alpha)
    painter.fillPath(path, tint)
    if hatch is not None:
        painter.fillPath(path, hatch)


@dataclass(frozen=True, slots=True)
class MapMetrics:
    """Fonts and sizes of the map, derived from one base font."""

    font: QFont
    bold: QFont
    initials: QFont
    line: float
    pad: float
    node_size: Size
    centre_diameter: float
    flag_lines: int


def map_metrics(font: QFont | None = None, flag_lines: int = 1) -> MapMetrics:
    """Metrics from `font` (or the application's font), with room for `flag_lines` flags."""
    base = QFont(font if font is not None else QGuiApplication.font())
    # Pixel sizes (at screen resolution) keep text and boxes in proportion on every
    # device: a point size would be resolved again at a printer's or PDF's resolution.
    if base.pointSizeF() > 0:
        screen = QGuiApplication.primaryScreen()
        dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
        base.setPixelSize(max(1, round(base.pointSizeF() * dpi / 72)))
    bold = QFont(base)
    bold.setBold(True)
    initials = QFont(bold)
    initials.setPixelSize(round(base.pixelSize() * 2.2))
    fm = QFontMetricsF(base)
    line = QFontMetricsF(bold).lineSpacing()
    pad = round(line * 0.5)
    flag = max(QFontMetricsF(bold).horizontalAdvance(text)
               for text in (translate("NetworkMap", "Action overdue"), _no_contact_text(12)))
    text_w = max(fm.averageCharWidth() * 34, flag + line * 1.3)
    stripe = round(line * 0.9)
    node_w = math.ceil(stripe + 2 * pad + text_w)
    node_h = math.ceil(2 * pad + (3 + flag_lines) * line)
    return MapMetrics(base, bold, initials, line, pad, (node_w, node_h), math.ceil(line * 7),
                      flag_lines)


def _no_contact_text(weeks: int) -> str:
    if weeks == 1:
        return translate("NetworkMap", "No contact for 1 week")
    return translate("NetworkMap", "No contact for {weeks} weeks").format(weeks=weeks)


def flag_texts(node: MapNode, today: date,
               stale_after: timedelta = DEFAULT_STALE_AFTER) -> list[str]:
    """What needs attention on this node, in words (never colour alone).

    ``stale_after``: the map's no-contact time (``NetworkMap.stale_after``).
    """
    flags = []
    if node.has_overdue_action:
        flags.append(translate("NetworkMap", "Action overdue"))
    if needs_contact(node, today, stale_after):
        flags.append(_no_contact_text(weeks_since_contact(node, today) or 0))
    return flags


def describe_node(node: MapNode, today: date,
                  stale_after: timedelta = DEFAULT_STALE_AFTER) -> tuple[str, str]:
    """Accessible name and description of a professional on the map."""
    name = ", ".join(part for part in (node.name, node.role, node.agency) if part)
    parts = [sector_label(node.sector) + "."]
    if node.strength == "none":
        parts.append(translate("NetworkMap", "Known but not connected."))
    else:
        parts.append(translate("NetworkMap",
                               "{strength} link.").format(strength=STRENGTH_LABELS[node.strength]))
        if node.direction != "none":
            parts.append(DIRECTION_LABELS[node.direction] + ".")
    if node.last_contact is None:
        parts.append(translate("NetworkMap", "No contact recorded."))
    else:
        when = format_date(node.last_contact, "d MMMM yyyy")
        parts.append(translate("NetworkMap", "Last contact {date}.").format(date=when))
    parts.extend(flag + "." for flag in flag_texts(node, today, stale_after))
    return name, " ".join(parts)


def draw_alert_marker(painter: QPainter, rect: QRectF) -> None:
    """A warning triangle with '!' (a shape, so it reads without colour)."""
    tri = QPolygonF(
        [QPointF(rect.center().x(), rect.top()), rect.bottomRight(), rect.bottomLeft()]
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ALERT)
    painter.drawPolygon(tri)
    painter.setPen(QPen(PAPER, max(1.5, rect.width() * 0.12)))
    cx = rect.center().x()
    painter.drawLine(QPointF(cx, rect.top() + rect.height() * 0.35),
                     QPointF(cx, rect.top() + rect.height() * 0.68))
    painter.drawPoint(QPointF(cx, rect.top() + rect.height() * 0.84))


_ANTIALIAS = QPainter.RenderHint.Antialiasing
_ELIDE = Qt.TextElideMode.ElideRight
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RASTER = QPaintEngine.Type.Raster
_MOVABLE = QGraphicsItem.GraphicsItemFlag.ItemIsMovable
# On screen, map text is never drawn smaller than this many pixels (font size), nor
# smaller than 80% of the app's own font: zoomed out (as "Fit to window" is), a node
# shows fewer lines, each still readable; the tooltip and screen readers have the rest.
MIN_TEXT_PX = 11.0
# Beyond this enlargement not even the name fits a node: grey bars stand in for text.
MAX_ENLARGE = 4.0


def font_px(font: QFont) -> float:
    """The font's size in pixels."""
    return float(font.pixelSize()) if font.pixelSize() > 0 else QFontInfo(font).pixelSize()


def min_text_px(metrics: MapMetrics) -> float:
    """The smallest text, in pixels on screen, the map draws with these metrics."""
    return max(MIN_TEXT_PX, 0.8 * font_px(metrics.font))


def enlarged(font: QFont, factor: float) -> QFont:
    """``font`` drawn ``factor`` times larger (in map units)."""
    big = QFont(font)
    big.setPixelSize(max(1, round(font_px(font) * factor)))
    return big


_TITLES = {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "rev", "sir", "dame"}


def shorter_names(name: str) -> list[str]:
    """Ever shorter forms of a name, each still naming the person: "Dr Farah Siddiqui",
    "Dr F Siddiqui", "Siddiqui" (titles stay; given names become initials)."""
    words = name.split()
    if len(words) < 2:
        return [name]
    initials = [w if w.rstrip(".").casefold() in _TITLES else w[0] for w in words[:-1]]
    return [name, " ".join([*initials, words[-1]]), words[-1]]


def fitted_name(name: str, metrics: QFontMetricsF, width: float) -> str:
    """The longest form of ``name`` that fits ``width``, else the shortest cut short."""
    forms = shorter_names(name)
    for form in forms:
        if metrics.horizontalAdvance(form) <= width:
            return form
    return metrics.elidedText(forms[-1], _ELIDE, width)


def legible_zoom(metrics: MapMetrics) -> float:
    """The smallest zoom at which a node's name can still be drawn readable."""
    return min_text_px(metrics) / (font_px(metrics.font) * MAX_ENLARGE)


def legible_factor(metrics: MapMetrics, lod: float, engine: QPaintEngine | None) -> float:
    """How much larger than its own size map text must be drawn to stay readable.

    1.0 at readable zooms and always for vector output (PDF, SVG, printing), which
    is read at its own size.
    """
    if engine is None or engine.type() != _RASTER or lod <= 0:
        return 1.0
    return max(1.0, min_text_px(metrics) / (lod * font_px(metrics.font)))


@dataclass(frozen=True, slots=True)
class _Row:
    """One line of text on a node."""

    font: QFont
    colour: QColor
    rect: QRectF
    text: str
    width: float


class _NodeShape:
    """Geometry every node of one map shares, worked out once rather than per node."""

    def __init__(self, metrics: MapMetrics) -> None:
        m = metrics
        w, h = m.node_size
        self.rect = QRectF(-w / 2, -h / 2, w, h)
        ring = m.pad * 0.8
        self.bounds = self.rect.adjusted(-ring, -ring, ring, ring)
        self.box = QPainterPath()
        self.box.addRoundedRect(self.rect, m.pad * 0.8, m.pad * 0.8)
        stripe = round(m.line * 0.9)
        band = QPainterPath()
        band.addRect(QRectF(self.rect.left(), self.rect.top(), stripe, h))
        self.stripe = self.box.intersected(band)
        text = self.rect.adjusted(stripe + m.pad, m.pad, -m.pad, -m.pad)
        self.rows = [QRectF(text.left(), text.top() + i * m.line, text.width(), m.line)
                     for i in range(3 + m.flag_lines)]
        for row in self.rows[3:]:
            row.setLeft(row.left() + m.line * 1.3)  # room for the warning marker
        self.fonts = (m.bold, m.font, m.font) + (m.bold,) * m.flag_lines
        self.font_metrics = {id(f): QFontMetricsF(f) for f in self.fonts}
        # Greeked text only needs roughly the right length of bar.
        self.char_width = {id(f): fm.averageCharWidth() for f in self.fonts
                           for fm in [self.font_metrics[id(f)]]}
        self.plain_border = QPen(MUTED_INK, 1.2)
        self.alert_border = QPen(ALERT, 2.5)


_SHAPES: dict[int, tuple[MapMetrics, _NodeShape]] = {}


def _shape_for(metrics: MapMetrics) -> _NodeShape:
    # Keyed by identity, holding the metrics too so the id cannot be reused meanwhile.
    hit = _SHAPES.get(id(metrics))
    if hit is None or hit[0] is not metrics:
        if len(_SHAPES) > 8:
            _SHAPES.clear()
        hit = _SHAPES[id(metrics)] = (metrics, _NodeShape(metrics))
    return hit[1]


class NodeItem(QGraphicsItem):
    """A professional: name, role, agency, sector stripe and any 'needs attention' flags."""

    def __init__(self, node: MapNode, metrics: MapMetrics, today: date,
                 stale_after: timedelta = DEFAULT_STALE_AFTER) -> None:
        super().__init__()
        self.node = node
        self.metrics = metrics
        self.current = False
        shape = _shape_for(metrics)
        self._rect = shape.rect
        self._bounds = shape.bounds
        self._box = shape.box
        self._stripe = shape.stripe
        self.attention = flag_texts(node, today, stale_after)
        # Zoomed out there is room for a few words only: the flags without their detail.
        self._short_flags = ([translate("NodeItem", "Action overdue")]
                             if node.has_overdue_action else [])
        if needs_contact(node, today, stale_after):
            self._short_flags.append(translate("NodeItem", "No contact"))
        self._border = shape.alert_border if self.attention else shape.plain_border
        self.accessible_name, self.accessible_description = describe_node(node, today, stale_after)
        self._rows = self._layout_rows(shape)
        self._text_area = shape.rows[0].united(shape.rows[-1])
        self._compact: dict[int, list[_Row]] = {}
        self.setFlag(_MOVABLE)
        self.setToolTip(f"{self.accessible_name}\n{self.accessible_description}")
        self.setZValue(1)
        self._press_pos = QPointF()

    @property
    def node_id(self) -> str:
        """The professional's id."""
        return self.node.id

    def _layout_rows(self, shape: _NodeShape) -> list[_Row]:
        """Each text line with its font, colour, place and width, worked out once."""
        lines = [(INK, self.node.name), (MUTED_INK, self.node.role),
                 (MUTED_INK, self.node.agency)]
        room = len(shape.rows) - 3
        flags = self.attention[:room - 1] + [" · ".join(self.attention[room - 1:])]
        lines += [(ALERT, flag) for flag in flags if flag]
        rows = []
        # Centre the lines in the box when some flag lines are not needed.
        shift = (len(shape.rows) - len(lines)) * self.metrics.line / 2
        for (colour, line), font, rect in zip(lines, shape.fonts, shape.rows, strict=False):
            rect = rect.translated(0, shift)
            fm = shape.font_metrics[id(font)]
            elided = fm.elidedText(line, _ELIDE, rect.width())
            width = min(rect.width(), len(elided) * shape.char_width[id(font)])
            rows.append(_Row(font, colour, rect, elided, width))
        return rows

    def compact_rows(self, factor: float) -> list[_Row]:
        """The lines to draw when text must be ``factor`` times larger to be read.

        The name first, then what needs attention, then the role and agency, as many
        as fit; empty when not even the name fits.
        """
        key = round(factor * 8)
        if key in self._compact:
            return self._compact[key]
        m = self.metrics
        bold, plain = enlarged(m.bold, factor), enlarged(m.font, factor)
        line = QFontMetricsF(bold).lineSpacing()
        area = self._text_area.adjusted(0, -m.pad * 0.5, 0, m.pad * 0.5)
        lines = [(bold, INK, self.node.name)]
        lines += [(bold, ALERT, flag) for flag in self._short_flags]
        lines += [(plain, MUTED_INK, self.node.role), (plain, MUTED_INK, self.node.agency)]
        lines = [entry for entry in lines if entry[2]][:int(area.height() // line)]
        top = area.top() + (area.height() - len(lines) * line) / 2
        rows = []
        for i, (font, colour, text) in enumerate(lines):
            rect = QRectF(area.left(), top + i * line, area.width(), line)
            if colour == ALERT:
                rect.setLeft(rect.left() + line * 1.1)  # room for the warning marker
            fm = QFontMetricsF(font)
            elided = (fitted_name(text, fm, rect.width()) if i == 0
                      else fm.elidedText(text, _ELIDE, rect.width()))
            rows.append(_Row(font, colour, rect, elided, fm.horizontalAdvance(elided)))
        self._compact[key] = rows
        return rows

    def set_current(self, current: bool) -> None:
        """Show or hide the keyboard focus ring."""
        if current != self.current:
            self.current = current
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        m = self.metrics
        painter.setRenderHint(_ANTIALIAS)
        painter.fillPath(self._box, PAPER)
        fill_sector(painter, self._stripe, self.node.sector)
        painter.strokePath(self._box, self._border)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        factor = legible_factor(m, lod, painter.paintEngine())
        rows = (self._rows if factor == 1.0
                else self.compact_rows(factor) if factor <= MAX_ENLARGE * 1.001 else [])
        if not rows:
            # Too small to read on screen, even the name alone: grey bars stand in.
            for row in self._rows:
                bar = QRectF(row.rect.left(), row.rect.top() + m.line * 0.3,
                             row.width, m.line * 0.4)
                painter.fillRect(bar, row.colour)
        for row in rows:
            if row.colour == ALERT:
                size = row.rect.height() * (0.9 if factor == 1.0 else 0.8)
                left = row.rect.left() - row.rect.height() * (1.3 if factor == 1.0 else 1.1)
                draw_alert_marker(painter, QRectF(left, row.rect.center().y() - size / 2,
                                                  size, size))
            painter.setFont(row.font)
            painter.setPen(row.colour)
            painter.drawText(row.rect, _LEFT_MIDDLE, row.text)
        self._paint_ring(painter)

    def _paint_ring(self, painter: QPainter) -> None:
        m = self.metrics
        if self.current:
            ring = self._rect.adjusted(-m.pad * 0.5, -m.pad * 0.5, m.pad * 0.5, m.pad * 0.5)
            radius = m.pad * 0.8
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(PAPER, 5))
            painter.drawRoundedRect(ring, radius, radius)
            painter.setPen(QPen(FOCUS, 3))
            painter.drawRoundedRect(ring, radius, radius)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        scene = self.scene()
        if scene is not None and hasattr(scene, "node_moving"):
            scene.node_moving(self)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self._press_pos = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if self.pos() != self._press_pos and scene is not None and hasattr(scene, "node_released"):
            scene.node_released(self)


LINK_WIDTH = {"strong": 4.5, "tenuous": 2.0, "stressful": 2.0}


def link_pen(strength: str) -> QPen:
    """The ecomap pen: thick solid strong, dashed tenuous, (zig-zag) stressful."""
    pen = QPen(STRESS if strength == "stressful" else INK, LINK_WIDTH.get(strength, 0.0))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if strength == "tenuous":
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


MAX_TEETH = 40


def link_path(a: QPointF, b: QPointF, strength: str, tooth: float = 6.0) -> QPainterPath:
    """A straight line, or a zig-zag for a stressful link (straight for a tooth at each end).

    A long link gets longer teeth (at most MAX_TEETH of them), so it stays jagged to the
    eye when the whole map is zoomed out, and cheap to draw.
    """
    path = QPainterPath(a)
    length = QLineF(a, b).length()
    if strength != "stressful" or length < tooth * 6:
        path.lineTo(b)
        return path
    tooth = max(tooth, length / MAX_TEETH)
    amp = min(tooth * 0.9, 9.0)
    ax, ay = a.x(), a.y()
    ux, uy = (b.x() - ax) / length, (b.y() - ay) / length
    teeth = int((length - 2 * tooth) // tooth)
    step = (length - 2 * tooth) / teeth
    points = []
    for i in range(teeth + 1):
        d = tooth + i * step
        side = 0.0 if i in (0, teeth) else (amp if i % 2 else -amp)
        points.append(QPointF(ax + ux * d - uy * side, ay + uy * d + ux * side))
    points.append(b)
    path.addPolygon(QPolygonF(points))
    return path


def arrowhead(tip: QPointF, towards_from: QPointF, size: float) -> QPolygonF:
    """A filled triangle with its point at `tip`, coming from `towards_from`."""
    line = QLineF(towards_from, tip)
    length = line.length() or 1.0
    ux, uy = line.dx() / length, line.dy() / length
    base = QPointF(tip.x() - ux * size, tip.y() - uy * size)
    half = size * 0.55
    return QPolygonF([tip, QPointF(base.x() - uy * half, base.y() + ux * half),
                      QPointF(base.x() + uy * half, base.y() - ux * half)])


class LinkItem(QGraphicsPathItem):
    """The line from the young person to a professional, in the ecomap convention."""

    def __init__(self, node: MapNode) -> None:
        super().__init__()
        self.node_id = node.id
        self.strength = node.strength
        self.direction = node.direction
        self.arrowheads: list[QPolygonF] = []
        self.setPen(link_pen(node.strength))
        self.setZValue(-1)

    def route(self, centre_radius: float, node_pos: QPointF, node_size: Size) -> None:
        """Re-draw between the centre circle's edge and the node's edge."""
        length = math.hypot(node_pos.x(), node_pos.y())
        w, h = node_size
        margin = 4.0
        if length < 1e-6:
            self._set(QPainterPath(), [])
            return
        ux, uy = node_pos.x() / length, node_pos.y() / length
        to_edge = min((w / 2 + margin) / abs(ux) if abs(ux) > 1e-9 else math.inf,
                      (h / 2 + margin) / abs(uy) if abs(uy) > 1e-9 else math.inf)
        start_d, end_d = centre_radius + margin, length - to_edge
        if end_d - start_d < 8:
            self._set(QPainterPath(), [])
            return
        a = QPointF(ux * start_d, uy * start_d)
        b = QPointF(ux * end_d, uy * end_d)
        size = 6 + self.pen().widthF() * 2.2
        arrows = []
        if self.direction in ("to_young_person", "both"):
            arrows.append(arrowhead(a, b, size))
            a = QPointF(a.x() + ux * size * 0.8, a.y() + uy * size * 0.8)
        if self.direction in ("from_young_person", "both"):
            arrows.append(arrowhead(b, a, size))
            b = QPointF(b.x() - ux * size * 0.8, b.y() - uy * size * 0.8)
        self._set(link_path(a, b, self.strength), arrows)

    def _set(self, path: QPainterPath, arrows: list[QPolygonF]) -> None:
        self.prepareGeometryChange()
        self.arrowheads = arrows
        self.setPath(path)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        rect = super().boundingRect()
        for poly in self.arrowheads:
            rect = rect.united(poly.boundingRect())
        return rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = self.pen()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if pen.style() == Qt.PenStyle.DashLine and lod < 0.7:
            # Zoomed out, keep the dashes as long on screen as at actual size: readable,
            # and far fewer dashes to draw.
            pen = QPen(pen)
            pen.setDashPattern([4 / lod, 2 / lod])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.pen().color())
        for poly in self.arrowheads:
            painter.drawPolygon(poly)


class CentreItem(QGraphicsItem):
    """The young person: photo or initials in a circle, preferred name beneath."""

    def __init__(self, person: MapPerson, metrics: MapMetrics,
                 photo: QPixmap | None = None) -> None:
        super().__init__()
        self.person = person
        self.metrics = metrics
        self.photo = photo
        d = metrics.centre_diameter
        self._pill, _font, self._name = self.name_pill(1.0)
        self.size: Size = (max(d, self._pill.width()), d + self._pill.height())
        # Room for the name drawn larger when zoomed out (inside the sectors around it).
        widest, _font, _text = self.name_pill(MAX_ENLARGE)
        self._bounds = self._pill.united(widest).united(QRectF(-d / 2, -d / 2, d, d))
        self.setZValue(2)

    def name_pill(self, factor: float) -> tuple[QRectF, QFont, str]:
        """The name's pill, font and (shortened) text with text ``factor`` times larger."""
        m = self.metrics
        d = m.centre_diameter
        font = m.bold if factor == 1.0 else enlarged(m.bold, factor)
        fm = QFontMetricsF(font)
        name = fm.elidedText(self.person.display_name, _ELIDE, d * 2.2)
        pill_w = max(d * 0.8, fm.horizontalAdvance(name) + 2 * m.pad)
        pill_h = fm.lineSpacing() + m.pad
        return QRectF(-pill_w / 2, d / 2 - pill_h / 2, pill_w, pill_h), font, name

    @property
    def radius(self) -> float:
        """Radius of the circle the links start from."""
        return self.metrics.centre_diameter / 2

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        m = self.metrics
        d = m.centre_diameter
        circle = QRectF(-d / 2, -d / 2, d, d)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setPen(QPen(INK, 3))
        painter.setBrush(QColor("#fff8e1"))
        painter.drawEllipse(circle)
        if self.photo is not None and not self.photo.isNull():
            clip = QPainterPath()
            clip.addEllipse(circle.adjusted(2, 2, -2, -2))
            painter.save()
            painter.setClipPath(clip)
            painter.drawPixmap(circle.toRect(), self.photo.scaled(
                circle.size().toSize() * 2, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation))
            painter.restore()
        else:
            painter.setFont(m.initials)
            painter.setPen(INK)
            painter.drawText(circle.adjusted(0, -m.pad, 0, -m.pad),
                             Qt.AlignmentFlag.AlignCenter, self.person.initials)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        factor = min(MAX_ENLARGE, legible_factor(m, lod, painter.paintEngine()))
        pill, font, name = ((self._pill, m.bold, self._name) if factor == 1.0
                            else self.name_pill(factor))
        painter.setPen(QPen(INK, 1.5))
        painter.setBrush(PAPER)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, name)
