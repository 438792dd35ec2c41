"""The main window on its own: a placeholder for each day screen, no plug-ins."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.day_screens import DAY_SCREENS
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.shell import ScreenFactory


class PlaceholderScreen(QLabel):
    """Stands in for a day screen, so the window's own behaviour is tested alone."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholder")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(f"<h2>{html.escape(title)}</h2>")


def placeholder(title: str) -> ScreenFactory:
    return lambda _ctx: PlaceholderScreen(title)


def shell_window(ctx: AppContext) -> MainWindow:
    """The window with the day screens' keys and titles, each a placeholder."""
    window = MainWindow(ctx)
    for screen in DAY_SCREENS:
        title = screen.translated_title()
        window.register_screen(screen.key, title, placeholder(title))
    return window
