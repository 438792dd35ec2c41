"""What a plug-in (the record screen, sync) may ask of the main window.

Plug-ins are typed against :class:`Shell`, not the concrete ``MainWindow``, so
they do not import the window's module and the window does not import theirs:
the composition root (``ui.compose``) is the one place that knows both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

    from keyworker_desktop.ui.context import AppContext

#: Makes a screen's widget; called on every unlock (screens are destroyed on lock).
ScreenFactory = Callable[["AppContext"], "QWidget"]


@runtime_checkable
class SelectsYoungPerson(Protocol):
    """A screen with a young person highlighted (the caseload's current row).

    The record commands (new visit, new session note) act on that young person
    while the screen is shown.
    """

    def current_young_person_id(self) -> str:
        """The highlighted young person's id, or "" if none is."""


class Shell(Protocol):
    """The main window as its plug-ins see it."""

    ctx: AppContext
    #: The window's commands by key ("sync", "print", "new_visit", "go_today"...).
    named_actions: dict[str, QAction]
    #: Asked in turn before the window closes; any that answers False keeps it open.
    close_guards: list[Callable[[], bool]]
    #: Modules imported while the lock screen waits (see ``ui.preload``).
    preload_modules: list[str]
    #: The status bar's "Online" / "Working offline" label.
    network_label: QLabel

    @property
    def record_requested(self) -> SignalInstance:
        """A screen asked to open a young person's record (their id)."""

    @property
    def record_item_requested(self) -> SignalInstance:
        """A screen asked to show one record of a young person's (their id, kind, id)."""

    @property
    def about_to_lock(self) -> SignalInstance:
        """The store is about to close (lock or quit): save drafts being typed now."""

    def register_screen(self, key: str, title: str, widget_factory: ScreenFactory) -> None:
        """Offer a screen in the navigation; a known ``key`` replaces that screen."""

    def connect_action(self, key: str, handler: Callable[[], None]) -> None:
        """Run ``handler`` when the named action is triggered; enabled while unlocked."""

    def set_screen_shown(self, key: str, shown: bool) -> None:
        """Offer a registered screen or not (navigation entry, Go action and shortcut)."""

    def show_screen(self, key: str) -> None: ...

    def screen_widget(self, key: str) -> QWidget | None:
        """The screen registered under ``key`` while unlocked, else None."""

    def current_screen(self) -> QWidget | None: ...

    def refresh_status(self) -> None:
        """Read the status bar's counts again."""

    def lock(self) -> None: ...

    def show_first_run(self) -> None: ...

    # Qt's own, for parents of dialogs and status-bar widgets.
    def window(self) -> QWidget: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def close(self) -> bool: ...
