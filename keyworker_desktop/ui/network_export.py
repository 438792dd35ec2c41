"""Save or print the network map (SVG, PNG, PDF, printer) without showing a window.

The scene is built by the same code as the on-screen view, so what is printed is what
the keyworker sees (less the keyboard focus ring).
"""

from __future__ import annotations

import math
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPixmap,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.network import NetworkMap
from keyworker_desktop.ui.network_items import INK, PAPER
from keyworker_desktop.ui.network_map import NetworkScene

PNG_SCALE = 2
PDF_RESOLUTION = 300
SUFFIXES = (".svg", ".png", ".pdf")
TITLE_POINTS = 14.0


def ensure_qt_app() -> QApplication:
    """The running QApplication, created if there is none (for the command line).

    QGraphicsScene needs a QApplication: with only a QGuiApplication Qt would crash,
    so that case is refused with an error instead.
    """
    app = QCoreApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):
        raise RuntimeError(
            "drawing the network map needs a QApplication; "
            f"this process already has a {type(app).__name__}"
        )
    return app


def build_scene(network: NetworkMap, *, today: date | None = None,
                photo: QPixmap | None = None) -> NetworkScene:
    """A laid-out scene of the map, as the view would show it."""
    scene = NetworkScene(today=today, photo=photo)
    scene.set_map(network)
    return scene


def export_map(network: NetworkMap, path: Path, *, today: date | None = None,
               photo: QPixmap | None = None) -> Path:
    """Write the map to `path`: .svg and .pdf (vector, A4 landscape) or .png (2x pixels)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"cannot export a network map as {suffix or 'a file with no extension'}")
    ensure_qt_app()
    scene = build_scene(network, today=today, photo=photo)
    source = scene.content_rect()
    if suffix == ".svg":
        _export_svg(scene, source, path, network)
    elif suffix == ".png":
        _export_png(scene, source, path)
    else:
        _export_pdf(scene, source, path, network, today)
    return path


def _title(network: NetworkMap) -> str:
    return translate("NetworkMap",
                     "Network map for {name}").format(name=network.person.display_name)


def _export_svg(scene: NetworkScene, source: QRectF, path: Path, network: NetworkMap) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    size = QSize(math.ceil(source.width()), math.ceil(source.height()))
    generator.setResolution(96)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(_title(network))
    generator.setDescription(translate("NetworkMap",
                                       "The young person in the centre and the professionals "
                                       "around them, grouped by sector."))
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()


def _export_png(scene: NetworkScene, source: QRectF, path: Path) -> None:
    image = QImage(math.ceil(source.width() * PNG_SCALE), math.ceil(source.height() * PNG_SCALE),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")


def _export_pdf(scene: NetworkScene, source: QRectF, path: Path, network: NetworkMap,
                today: date | None) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setTitle(_title(network))
    writer.setCreator("Keyworker Desktop")
    _paint_page(writer, scene, source, network, today)


def print_map(network: NetworkMap, printer: QPrinter, *, today: date | None = None,
              photo: QPixmap | None = None) -> None:
    """Print the map on one page of `printer`, with a title line, as large as fits."""
    ensure_qt_app()
    scene = build_scene(network, today=today, photo=photo)
    _paint_page(printer, scene, scene.content_rect(), network, today)


def _paint_page(device: QPagedPaintDevice, scene: NetworkScene, source: QRectF,
                network: NetworkMap, today: date | None) -> None:
    """One page: a title line at the top, the map scaled to fill the rest."""
    page = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
    page.moveTo(0, 0)
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError("could not start drawing on the page (is the file writable?)")
    # A point size here, so the title is the same size on paper whatever the resolution.
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(TITLE_POINTS)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(INK)
    when = today or date.today()
    heading = translate("NetworkMap", "{title} — {date}").format(
        title=_title(network),
        date=format_date(when, "d MMMM yyyy"))
    line = QFontMetricsF(font, device).height()
    painter.drawText(QRectF(page.left(), page.top(), page.width(), line * 1.5),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)
    target = page.adjusted(0, line * 2, 0, 0)
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
