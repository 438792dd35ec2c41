"""The professional-network mind map (ecomap): a scene shared with exports, and its view.

Accessibility: scene items are not accessible widgets, so the view itself carries the
accessible name and description of the node that has keyboard focus, and updates them
as Tab / Shift+Tab move between nodes (screen readers announce the change). With no
node focused they describe the map and the keys that work on it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QActionGroup,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QMenu,
    QPinchGesture,
    QWidget,
)

from keyworker_desktop.domain.network import DIRECTION_LABELS, STRENGTH_LABELS, NetworkMap
from keyworker_desktop.domain.network_layout import Point, layout, sector_wedges
from keyworker_desktop.ui.network_backdrop import LegendItem, SectorItem
from keyworker_desktop.ui.network_items import (
    PAPER,
    CentreItem,
    LinkItem,
    MapMetrics,
    NodeItem,
    flag_texts,
    legible_zoom,
    map_metrics,
)

MIN_ZOOM = 0.05
MAX_ZOOM = 5.0


class NetworkScene(QGraphicsScene):
    """The map as a scene: the young person, sectors, links, professionals and a key."""

    node_moved = Signal(str, float, float)

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None,
                 photo: QPixmap | None = None, metrics: MapMetrics | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.photo = photo
        self._fixed_metrics = metrics is not None
        self.metrics = metrics or map_metrics()
        self.network: NetworkMap | None = None
        self.centre: CentreItem | None = None
        self.legend: LegendItem | None = None
        self._nodes: dict[str, NodeItem] = {}
        self._links: dict[str, LinkItem] = {}
        self._sectors: dict[str, SectorItem] = {}
        # Positions the keyworker set by hand here, kept until the caller saves them.
        self._moved_here: dict[str, Point] = {}
        # On screen, nodes are cached as pixmaps so dragging one repaints cheaply;
        # never for exports, which must stay vector.
        self.cache_nodes = False
        self.setBackgroundBrush(PAPER)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

    def set_map(self, network: NetworkMap) -> None:
        """Rebuild every item for `network`; hand-placed nodes keep their positions."""
        self.clear()
        self._nodes.clear()
        self._links.clear()
        self._sectors.clear()
        self.network = network
        flag_lines = max([1] + [len(flag_texts(n, self.today, network.stale_after))
                                for n in network.nodes])
        if not self._fixed_metrics and flag_lines != self.metrics.flag_lines:
            self.metrics = map_metrics(flag_lines=flag_lines)
        ids = {n.id for n in network.nodes}
        self._moved_here = {
            k: v for k, v in self._moved_here.items()
            if k in ids and not network.node(k).is_pinned
        }
        self.centre = CentreItem(network.person, self.metrics, self.photo)
        self.addItem(self.centre)
        for node in network.nodes:
            item = NodeItem(node, self.metrics, self.today, network.stale_after)
            if self.cache_nodes:
                item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self._nodes[node.id] = item
            self.addItem(item)
            if node.strength != "none":
                link = LinkItem(node)
                self._links[node.id] = link
                self.addItem(link)
        self.legend = LegendItem(self.metrics)
        self.addItem(self.legend)
        self.apply_positions(self._auto_positions())

    def _kept_positions(self) -> dict[str, Point]:
        assert self.network is not None
        kept = {n.id: (float(n.x), float(n.y)) for n in self.network.nodes
                if n.x is not None and n.y is not None}
        kept.update(self._moved_here)
        return kept

    def _auto_positions(self) -> dict[str, Point]:
        if self.network is None or self.centre is None:
            return {}
        return layout(self.network.nodes, self.metrics.node_size, self.centre.size,
                      keep=self._kept_positions())

    def relayout(self) -> None:
        """Re-run the automatic layout for every node not placed by hand."""
        self.apply_positions(self._auto_positions())

    def apply_positions(self, positions: Mapping[str, Point]) -> None:
        """Move nodes, re-route their links and refit the sector backgrounds."""
        for node_id, (x, y) in positions.items():
            item = self._nodes.get(node_id)
            if item is not None:
                item.setPos(x, y)
        for item in self._nodes.values():
            self.node_moving(item)
        self.refresh_backdrop()

    def refresh_backdrop(self) -> None:
        """Size the sector wedges around the nodes; put the key to their left."""
        if self.network is None:
            return
        m = self.metrics
        centre_size = self.centre.size if self.centre else (0.0, 0.0)
        wedges = sector_wedges(self.network.nodes, self.node_positions(), m.node_size,
                               centre_size)
        for sector in set(self._sectors) - {w.sector for w in wedges}:
            self.removeItem(self._sectors.pop(sector))
        for wedge in wedges:
            item = self._sectors.get(wedge.sector)
            if item is None:
                item = SectorItem(wedge, m)
                self._sectors[wedge.sector] = item
                self.addItem(item)
            else:
                item.set_wedge(wedge)
        map_rect = self._map_rect()
        if self.legend is not None:
            legend = self.legend.boundingRect()
            self.legend.setPos(map_rect.left() - legend.width() - m.line * 2,
                               map_rect.top())
        content = self.content_rect()
        margin = max(content.width(), content.height()) * 0.5
        self.setSceneRect(content.adjusted(-margin, -margin, margin, margin))

    def _map_rect(self) -> QRectF:
        rect = QRectF()
        items = [*self._sectors.values(), *self._nodes.values()]
        if self.centre is not None:
            items.append(self.centre)
        for item in items:
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def content_rect(self) -> QRectF:
        """Everything drawn, with a small margin: the area to fit, print and export."""
        rect = self._map_rect()
        if self.legend is not None:
            rect = rect.united(self.legend.sceneBoundingRect())
        pad = self.metrics.line * 1.5
        return rect.adjusted(-pad, -pad, pad, pad)

    def node_items(self) -> list[NodeItem]:
        """Professional nodes in map order."""
        return list(self._nodes.values())

    def node_item(self, node_id: str) -> NodeItem | None:
        """The item showing this professional, if any."""
        return self._nodes.get(node_id)

    def link_items(self) -> list[LinkItem]:
        """Drawn links (a 'none' strength draws no line)."""
        return list(self._links.values())

    def node_positions(self) -> dict[str, Point]:
        """Current centre of every node."""
        return {k: (item.pos().x(), item.pos().y()) for k, item in self._nodes.items()}

    def node_moving(self, item: NodeItem) -> None:
        """A node moved: keep its link attached."""
        link = self._links.get(item.node_id)
        if link is not None and self.centre is not None:
            link.route(self.centre.radius, item.pos(), self.metrics.node_size)

    def node_released(self, item: NodeItem) -> None:
        """A node was put down by hand: remember it and tell the caller."""
        pos = item.pos()
        self._moved_here[item.node_id] = (pos.x(), pos.y())
        self.refresh_backdrop()
        self.node_moved.emit(item.node_id, pos.x(), pos.y())


class NetworkMapView(QGraphicsView):
    """Interactive network map: drag, zoom, pan, keyboard focus and context menus."""

    node_moved = Signal(str, float, float)
    node_activated = Signal(str)
    node_delete_requested = Signal(str)
    link_changed = Signal(str, str, str)
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None,
                 photo: QPixmap | None = None) -> None:
        super().__init__(parent)
        self._scene = NetworkScene(self, today=today, photo=photo)
        self._scene.cache_nodes = True
        self._scene.node_moved.connect(self.node_moved)
        self.setScene(self._scene)
        self._current: str | None = None
        self._auto_fit = True
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Panning is by dragging the background, the arrow keys or a touchpad.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._update_accessible()

    # -- content ---------------------------------------------------------------------------

    def network_scene(self) -> NetworkScene:
        """The scene being shown."""
        return self._scene

    def set_map(self, network: NetworkMap) -> None:
        """Show `network`, keeping the zoom, the view centre and the focused node."""
        centre = self.mapToScene(self.viewport().rect().center())
        self._scene.set_map(network)
        if self._auto_fit:
            self.fit_to_view()
        else:
            self.centerOn(centre)
        current = self._current
        self._current = None
        if current is not None and self._scene.node_item(current) is not None:
            self.set_current_node(current)
        self._update_accessible()

    def set_photo(self, photo: QPixmap | None) -> None:
        """Show this photo of the young person in the centre (None: initials)."""
        self._scene.photo = photo
        if self._scene.network is not None:
            self.set_map(self._scene.network)

    def node_positions(self) -> dict[str, Point]:
        """Current centre of every professional node, in map coordinates."""
        return self._scene.node_positions()

    def layout_now(self) -> None:
        """Re-run the automatic layout for nodes not placed by hand."""
        self._scene.relayout()
        self.viewport().update()

    # -- zoom and pan ------------------------------------------------------------------------

    def zoom_level(self) -> float:
        """The current scale (1.0 = actual size)."""
        return self.transform().m11()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom keeping the scene point under `anchor` (viewport coords) still."""
        target = self.zoom_level() * factor
        factor = max(MIN_ZOOM, min(MAX_ZOOM, target)) / self.zoom_level()
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        self.scale(factor, factor)
        after = self.mapToScene(anchor.toPoint())
        self.translate(after.x() - before.x(), after.y() - before.y())
        self._auto_fit = False

    def fit_to_view(self) -> None:
        """Show the whole map (never enlarged beyond actual size).

        Never so small that the names cannot be read, either (with very large text in
        a small window): then the middle of the map shows, and the rest pans into view.
        """
        rect = self._scene.content_rect()
        if rect.isEmpty():
            return
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        zoom = min(1.0, max(self.zoom_level(), legible_zoom(self._scene.metrics)))
        self.resetTransform()
        self.scale(zoom, zoom)
        self.centerOn(rect.center())
        self._auto_fit = True

    def _pan(self, dx: int, dy: int) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)
        self._auto_fit = False

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        touchpad = (not event.pixelDelta().isNull()
                    and event.phase() != Qt.ScrollPhase.NoScrollPhase)
        if touchpad and not ctrl:
            super().wheelEvent(event)  # two-finger scroll pans
            self._auto_fit = False
            return
        delta = event.angleDelta().y() or event.angleDelta().x()
        if delta:
            self.zoom_by(1.0015 ** delta, event.position())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + event.value(), event.position())
                return True
        elif isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                    self.zoom_by(pinch.scaleFactor(), QPointF(centre))
                event.accept(pinch)
                return True
        return super().viewportEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_to_view()

    # -- keyboard focus ------------------------------------------------------------------------

    def current_node_id(self) -> str | None:
        """The node with keyboard focus (drawn with a focus ring), if any."""
        return self._current

    def set_current_node(self, node_id: str | None) -> None:
        """Give a node keyboard focus; None clears it."""
        if node_id == self._current:
            return
        old = self._scene.node_item(self._current) if self._current else None
        if old is not None:
            old.set_current(False)
        item = self._scene.node_item(node_id) if node_id else None
        self._current = node_id if item is not None else None
        if item is not None:
            item.set_current(True)
            m = self._scene.metrics
            self.ensureVisible(item, int(m.line), int(m.line))
        self._update_accessible()

    def _focus_order(self) -> list[NodeItem]:
        """Nodes clockwise from 12 o'clock, nearer ones first, as the eye reads the map."""
        def key(item: NodeItem) -> tuple[float, float]:
            p = item.pos()
            return ((math.atan2(p.y(), p.x()) + math.pi / 2) % (2 * math.pi),
                    math.hypot(p.x(), p.y()))

        return sorted(self._scene.node_items(), key=key)

    def focus_next_node(self, forward: bool = True) -> bool:
        """Move focus to the next (or previous) node; False when past the last one."""
        order = [item.node_id for item in self._focus_order()]
        if not order:
            return False
        if self._current not in order:
            self.set_current_node(order[0] if forward else order[-1])
            return True
        i = order.index(self._current) + (1 if forward else -1)
        if not 0 <= i < len(order):
            self.set_current_node(None)
            return False
        self.set_current_node(order[i])
        return True

    def _update_accessible(self) -> None:
        item = self._scene.node_item(self._current) if self._current else None
        network = self._scene.network
        if item is not None:
            order = [i.node_id for i in self._focus_order()]
            self.setAccessibleName(item.accessible_name)
            self.setAccessibleDescription(
                item.accessible_description + " "
                + self.tr("Professional {n} of {total}.").format(
                    n=order.index(item.node_id) + 1, total=len(order)))
            return
        if network is None:
            self.setAccessibleName(self.tr("Network map"))
            self.setAccessibleDescription(self.tr("No map loaded."))
            return
        self.setAccessibleName(
            self.tr("Network map for {name}").format(name=network.person.display_name))
        count = len(network.nodes)
        self.setAccessibleDescription(self.tr(
            "{count} professionals around the young person. Tab moves between them, "
            "Enter opens one, Delete removes one, Shift and an arrow key moves one, "
            "Shift+F10 opens its menu. Arrow keys pan, plus and minus zoom, 0 fits the map."
        ).format(count=count))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        # Tabbing in starts at the first node, Shift+Tab at the last, wherever focus was.
        if event.reason() == Qt.FocusReason.TabFocusReason:
            self.set_current_node(None)
            self.focus_next_node(True)
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            self.set_current_node(None)
            self.focus_next_node(False)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        # Qt offers Tab to the window's focus chain before keyPressEvent sees it: step
        # through the nodes first, and let focus leave the map only past the last one.
        if self.hasFocus() and self.focus_next_node(next):
            return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = Qt.Key(event.key())
        mods = event.modifiers()
        plain = not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                  Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if plain and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # Reached only when the window has nowhere else to go (the map alone).
            forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
            if not self.focus_next_node(forward):
                self.focus_next_node(forward)  # wrap round
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current:
            self.node_activated.emit(self._current)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._current:
            self.node_delete_requested.emit(self._current)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key == Qt.Key.Key_0:
            self.fit_to_view()
        elif key == Qt.Key.Key_Escape and self._current:
            self.set_current_node(None)
        elif key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier:
            self._show_menu(self._current, self._menu_point())
        elif key in arrows:
            dx, dy = arrows[key]
            if mods & Qt.KeyboardModifier.ShiftModifier and self._current:
                self._nudge(self._current, dx, dy)  # the keyboard way to drag a node
            else:
                step = max(20, self.viewport().width() // 10)
                self._pan(dx * step, dy * step)
        else:
            super().keyPressEvent(event)

    def _nudge(self, node_id: str, dx: int, dy: int) -> None:
        item = self._scene.node_item(node_id)
        if item is None:
            return
        step = self._scene.metrics.line
        item.setPos(item.pos() + QPointF(dx * step, dy * step))
        self._scene.node_moving(item)
        self._scene.node_released(item)
        self.ensureVisible(item)

    # -- mouse and menus --------------------------------------------------------------------------

    def _node_at(self, pos: QPoint) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        item = self._node_at(event.position().toPoint())
        if item is not None:
            self.set_current_node(item.node_id)
        elif event.button() == Qt.MouseButton.LeftButton:
            self._auto_fit = False  # the keyworker is panning by hand
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        item = self._node_at(event.position().toPoint())
        if item is not None:
            self.node_activated.emit(item.node_id)
            return
        super().mouseDoubleClickEvent(event)

    def _menu_point(self) -> QPoint:
        item = self._scene.node_item(self._current) if self._current else None
        local = self.mapFromScene(item.pos()) if item else self.viewport().rect().center()
        return self.viewport().mapToGlobal(local)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self._show_menu(self._current, self._menu_point())
            return
        item = self._node_at(event.pos())
        if item is not None:
            self.set_current_node(item.node_id)
        self._show_menu(item.node_id if item else None, event.globalPos())

    def _show_menu(self, node_id: str | None, where: QPoint) -> None:
        menu = self.context_menu(node_id)
        menu.exec(where)
        menu.deleteLater()

    def context_menu(self, node_id: str | None) -> QMenu:
        """The menu for a node (Edit, Change link, Delete) or for the background."""
        menu = QMenu(self)
        if node_id is None or self._scene.network is None:
            menu.addAction(self.tr("Add professional…"), self.add_requested.emit)
            menu.addSeparator()
            menu.addAction(self.tr("Arrange automatically"), self.layout_now)
            menu.addAction(self.tr("Fit map to window"), self.fit_to_view)
            return menu
        node = self._scene.network.node(node_id)
        menu.addAction(self.tr("Edit…"), lambda: self.node_activated.emit(node_id))
        link = menu.addMenu(self.tr("Change link"))
        strength_menu = link.addMenu(self.tr("Strength"))
        direction_menu = link.addMenu(self.tr("Direction"))
        for submenu, labels, current in ((strength_menu, STRENGTH_LABELS, node.strength),
                                         (direction_menu, DIRECTION_LABELS, node.direction)):
            group = QActionGroup(submenu)
            for value, label in labels.items():
                action = submenu.addAction(label)
                action.setCheckable(True)
                action.setChecked(value == current)
                action.setData(value)
                group.addAction(action)
            is_strength = submenu is strength_menu
            group.triggered.connect(
                lambda action, s=is_strength: self.link_changed.emit(
                    node_id,
                    action.data() if s else node.strength,
                    node.direction if s else action.data()))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.node_delete_requested.emit(node_id))
        return menu
