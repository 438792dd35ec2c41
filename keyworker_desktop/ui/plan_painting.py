"""Drawing easy-read pages with QPainter, for the preview and the printer.

The pages are the laid-out pages the PDF is painted from
(``easyread.documents.build_plan_pdf(on_layout=...)``): same positions, same embedded
Vera fonts, same pictograms. PySide6-Essentials has no PDF renderer, and this needs none.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache

import reportlab
from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgRenderer

from keyworker_desktop.easyread.layout import (
    FONT_BOLD,
    ImageItem,
    PageLayout,
    PictureItem,
    RuleItem,
    Style,
    TextItem,
)
from keyworker_desktop.easyread.pictograms import load_index, pictogram_dir


@cache
def _font_family() -> str:
    """Load ReportLab's Vera and Vera Bold (the PDF's embedded fonts) from memory."""
    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    family = ""
    for name in ("Vera.ttf", "VeraBd.ttf"):
        with open(os.path.join(folder, name), "rb") as f:
            font_id = QFontDatabase.addApplicationFontFromData(QByteArray(f.read()))
        families = QFontDatabase.applicationFontFamilies(font_id)
        family = families[0] if families else family
    return family or "Sans Serif"


@cache
def _svg(name: str) -> QSvgRenderer:
    info = load_index()[name]
    data = (pictogram_dir() / info.file).read_bytes()
    return QSvgRenderer(QByteArray(data))


def _font(item: TextItem, device_dpi: float) -> QFont:
    font = QFont(_font_family())
    # The painter is scaled to PDF points; undo the device's own point-to-pixel step.
    font.setPointSizeF(item.size * 72.0 / device_dpi)
    font.setBold(item.font == FONT_BOLD)
    font.setKerning(False)  # ReportLab places runs without kerning
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def paint_page(painter: QPainter, page: PageLayout, style: Style, target: QRectF) -> None:
    """Draw one laid-out page into ``target`` (device coordinates), white paper, black ink."""
    painter.save()
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    painter.fillRect(target, QColor("white"))
    painter.translate(target.topLeft())
    painter.scale(target.width() / style.page_width, target.height() / style.page_height)
    dpi = float(painter.device().logicalDpiY())
    height = style.page_height  # PDF y grows upwards, Qt's downwards
    ink = QColor("black")
    for item in page.items:
        if isinstance(item, TextItem):
            painter.setFont(_font(item, dpi))
            painter.setPen(ink)
            painter.drawText(QPointF(item.x, height - item.y), item.text)
        elif isinstance(item, PictureItem):
            _svg(item.name).render(painter, QRectF(item.x, height - item.y - item.size,
                                                   item.size, item.size))
        elif isinstance(item, ImageItem):
            box = QRectF(item.x, height - item.y - item.size, item.size, item.size)
            image = QImage.fromData(item.png)
            if not image.isNull():
                fitted = QSize(image.size())
                fitted.scale(box.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                shown = QRectF(0, 0, fitted.width(), fitted.height())
                shown.moveCenter(box.center())
                painter.drawImage(shown, image)
            painter.setPen(QPen(ink, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
        elif isinstance(item, RuleItem):
            painter.setPen(QPen(ink, item.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(item.x1, height - item.y), QPointF(item.x2, height - item.y))
    painter.restore()


def page_image(page: PageLayout, style: Style, width: int, ratio: float = 1.0) -> QImage:
    """One page as an image ``width`` logical pixels wide, sharp at ``ratio`` (200%: 2)."""
    w = max(1, round(width * ratio))
    h = max(1, round(w * style.page_height / style.page_width))
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    painter = QPainter(image)  # draws in logical pixels: the ratio is applied for us
    paint_page(painter, page, style, QRectF(0, 0, w / ratio, h / ratio))
    painter.end()
    return image


def print_pages(printer: QPrinter, pages: Sequence[PageLayout], style: Style) -> None:
    """Print the pages, each as large as the paper allows, centred, at printer resolution."""
    painter = QPainter(printer)
    if not painter.isActive():
        raise OSError("the printer could not start")
    try:
        for n, page in enumerate(pages):
            if n and not printer.newPage():
                raise OSError("the printer could not start a new page")
            paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            paper.moveTo(0, 0)
            scale = min(paper.width() / style.page_width, paper.height() / style.page_height)
            target = QRectF(0, 0, style.page_width * scale, style.page_height * scale)
            target.moveCenter(paper.center())
            paint_page(painter, page, style, target)
    finally:
        painter.end()
