"""Benchmark the network map at 200 professionals: layout + first paint, and one drag frame.

Run: python bench/bench_network.py [--runs N]. Each figure is a median of repeated runs,
printed with its ratio to a baseline measured in the same run: building and painting
200 plain rectangles with three lines of text in a QGraphicsScene.
Targets: layout + first paint < 200 ms; a drag frame < 16 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import PySide6  # noqa: E402
from PySide6.QtCore import QPointF, QRectF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from keyworker_desktop.domain.network import (  # noqa: E402
    DIRECTIONS,
    SECTORS,
    STRENGTHS,
    MapNode,
    MapPerson,
    NetworkMap,
)
from keyworker_desktop.ui.network_map import NetworkMapView, NetworkScene  # noqa: E402

TODAY = date(2025, 3, 31)
SIZE = (1600, 1000)
N = 200


def big_network(n: int = N) -> NetworkMap:
    """Fictional professionals with every sector, link and flag mixed in."""
    nodes = tuple(
        MapNode(f"p{i}", f"Professional {i:03d}", f"Role number {i % 17}",
                f"Agency {i % 23} Trust", SECTORS[(i * 7) % 5], STRENGTHS[i % 4],
                DIRECTIONS[(i // 4) % 4], last_contact=TODAY - timedelta(days=(i * 5) % 70),
                has_overdue_action=i % 9 == 0)
        for i in range(n)
    )
    return NetworkMap(MapPerson("yp", "Alex", "AB"), nodes)


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time of `fn`, in milliseconds.

    CPU time is printed too because wall time swings when the machine is shared.
    """
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def paint(scene: QGraphicsScene, source: QRectF) -> QImage:
    """Render the whole of `source` into a SIZE image, as a first paint would."""
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    return image


def baseline() -> None:
    """200 plain rectangles with three lines of text, built and painted."""
    scene = QGraphicsScene()
    for i in range(N):
        rect = QGraphicsRectItem(0, 0, 200, 84)
        rect.setPos((i % 20) * 220, (i // 20) * 100)
        text = QGraphicsSimpleTextItem(f"Professional {i:03d}\nRole number {i % 17}\n"
                                       f"Agency {i % 23} Trust", rect)
        text.setPos(8, 8)
        scene.addItem(rect)
    paint(scene, scene.itemsBoundingRect())


def layout_and_first_paint(network: NetworkMap) -> None:
    """Build the map scene (layout included) and paint all of it."""
    scene = NetworkScene(today=TODAY)
    scene.set_map(network)
    paint(scene, scene.content_rect())


class DragFrames:
    """One drag frame: move a node, re-route its link, repaint what changed."""

    def __init__(self, view: NetworkMapView, node_id: str) -> None:
        self.view = view
        scene = view.network_scene()
        item = scene.node_item(node_id)
        assert item is not None
        self.item = item
        self.link = next((li for li in scene.link_items() if li.node_id == node_id), None)
        self.step = 0

    def _dirty(self) -> QRectF:
        rect = self.item.sceneBoundingRect()
        if self.link is not None:
            rect = rect.united(self.link.sceneBoundingRect())
        return rect

    def __call__(self) -> None:
        before = self._dirty()
        self.step += 1
        offset = 6.0 if self.step % 2 else -6.0
        self.item.setPos(self.item.pos() + QPointF(offset, offset / 2))
        region = self.view.mapFromScene(before.united(self._dirty())).boundingRect()
        self.view.viewport().repaint(region.adjusted(-2, -2, 2, 2))


def loses_none_references() -> bool:
    """True on a binding that drops a reference to None per call (PySide6 6.12.0 on 3.11).

    Such a process dies with "deallocating None" after a few thousand Qt calls, long
    before a benchmark ends; say so instead of crashing half-way.
    """
    if sys.version_info >= (3, 12):  # None is immortal there
        return False
    probe = QGraphicsRectItem()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setZValue(0)
    return sys.getrefcount(None) < before - 50


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if loses_none_references():
        sys.exit(f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} drops a "
                 "reference to None on every call and would crash this benchmark; use another "
                 "PySide6 version or Python 3.12+.")
    network = big_network()

    base = median_ms(baseline, args.runs)
    first = median_ms(lambda: layout_and_first_paint(network), args.runs)

    view = NetworkMapView(today=TODAY)
    view.resize(*SIZE)
    view.set_map(network)
    view.show()
    app.processEvents()
    view.fit_to_view()
    app.processEvents()
    drag_fit = median_ms(DragFrames(view, "p0"), args.runs * 4)
    view.resetTransform()
    view.centerOn(view.network_scene().node_item("p0"))  # type: ignore[arg-type]
    app.processEvents()
    drag_full_size = median_ms(DragFrames(view, "p0"), args.runs * 4)

    print(f"network map, {N} professionals, {SIZE[0]}x{SIZE[1]}, median of {args.runs}+ runs"
          f" (PySide6 {PySide6.__version__}, Python {sys.version.split()[0]})")
    print(f"  {'':<40} {'wall':>9} {'ratio':>6} {'cpu':>9} {'ratio':>6}")
    print(f"  {'baseline: 200 plain rects + text':<40} {base[0]:6.1f} ms {1:5.2f}x"
          f" {base[1]:6.1f} ms {1:5.2f}x")
    rows = [
        ("layout + first paint", first, 200.0),
        ("drag frame, whole map in view", drag_fit, 16.0),
        ("drag frame, actual size", drag_full_size, 16.0),
    ]
    for label, (wall, cpu), target in rows:
        verdict = "ok" if wall < target else "OVER"
        print(f"  {label:<40} {wall:6.1f} ms {wall / base[0]:5.2f}x"
              f" {cpu:6.1f} ms {cpu / base[1]:5.2f}x   target < {target:.0f} ms: {verdict}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
