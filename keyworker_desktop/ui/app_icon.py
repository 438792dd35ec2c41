"""The application's own icon (resources/icons), for the window and the task bar."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files

from PySide6.QtGui import QIcon

NAME = "keyworker-desktop"


@cache
def app_icon() -> QIcon:
    """The mark at every size drawn for it (scripts/make_icons.py), and the SVG for the rest."""
    icon = QIcon()
    icons = files("keyworker_desktop") / "resources" / "icons"
    theme = icons / "hicolor"
    if theme.is_dir():
        for folder in sorted(theme.iterdir(), key=lambda f: f.name):
            png = folder / "apps" / f"{NAME}.png"
            if png.is_file():
                with as_file(png) as path:
                    icon.addFile(str(path))
    svg = icons / f"{NAME}.svg"
    if svg.is_file():
        with as_file(svg) as path:
            icon.addFile(str(path))
    return icon
