"""Render the application icon's PNG sizes from its SVG (the one drawing of the mark).

Writes keyworker_desktop/resources/icons/hicolor/<N>x<N>/apps/keyworker-desktop.png,
laid out as the freedesktop icon theme expects, so a Linux package can copy the
folder into /usr/share/icons/hicolor as it is. Run it again after changing the SVG:

    .venv/bin/python scripts/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402 - after the platform is chosen
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "keyworker_desktop" / "resources" / "icons"
NAME = "keyworker-desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / f"{NAME}.svg"
    for size in SIZES:
        folder = ICONS / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{NAME}.png"
        if not render(svg, size).save(str(target)):
            raise SystemExit(f"could not write {target}")
        print(target.relative_to(ICONS.parents[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
