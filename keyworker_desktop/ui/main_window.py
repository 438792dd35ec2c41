"""The main window: first run, then the lock screen, then the screens of the day.

A stack of three pages. The main area (navigation and screens) exists only
while the store is open: locking destroys it, so no record stays in a widget.
Screens plug in with :meth:`MainWindow.register_screen`; commands they serve
are the window's ``named_actions`` (``window.connect_action("print", handler)``).
What goes in is decided by ``ui.compose``; plug-ins see the window as a ``ui.shell.Shell``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.store import settings
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui import preload
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.idle import IdleWatcher
from keyworker_desktop.ui.lock_screen import LockScreen
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.shell import ScreenFactory
from keyworker_desktop.ui.window_state import WindowState

if TYPE_CHECKING:
    from keyworker_desktop.services.status import SyncStatus
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.setup_dialog import SetupPage

# What the unlock itself needs, imported while the lock screen waits (see ui.preload),
# in steps of under a second, so quitting from the lock screen waits for one step at
# most; installed screens add their own modules to ``MainWindow.preload_modules``.
UNLOCK_MODULES = (
    "keyworker_desktop.store.models",
    "keyworker_desktop.store.migrate",
    "keyworker_desktop.store.database",
    "keyworker_desktop.services.status",
)


# Work at the lock screen as well: nothing they show comes from the store.
ALWAYS_ENABLED = ("quit", "lock", "guide", "about")


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    factory: ScreenFactory


class MainArea(QWidget):
    """Navigation on the left, the chosen screen on the right. Rebuilt on every unlock."""

    def __init__(self, ctx: AppContext, specs: list[ScreenSpec], parent: QWidget,
                 hidden: set[str] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Screens"))
        # Take the style sheet's item padding before any item is laid out.
        self.nav.ensurePolished()
        self.screens = QStackedWidget(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.screens, 1)
        self.keys: list[str] = []
        for spec in specs:
            self.put(spec)
        for key in hidden or ():
            self.set_shown(key, False)
        self.nav.currentRowChanged.connect(self.screens.setCurrentIndex)
        self.nav.setCurrentRow(0)

    def put(self, spec: ScreenSpec) -> None:
        """Add the screen, or replace the one already registered under its key."""
        widget = spec.factory(self.ctx)
        if spec.key in self.keys:
            row = self.keys.index(spec.key)
            old = self.screen_widget(spec.key)
            self.screens.insertWidget(row, widget)
            self.screens.removeWidget(old)
            old.deleteLater()
            self.nav.item(row).setText(spec.title)
            # Removing the shown widget makes the stack show another: follow the navigation.
            self.screens.setCurrentIndex(max(self.nav.currentRow(), 0))
        else:
            self.keys.append(spec.key)
            self.screens.addWidget(widget)
            self.nav.addItem(spec.title)
            if self.nav.currentRow() < 0:
                # The first screen of an area made empty: show it, as the stack does.
                self.nav.setCurrentRow(0)
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.nav.item(i).text())
                     for i in range(self.nav.count()))
        self.nav.setFixedWidth(widest + metrics.averageCharWidth() * 8)

    def show_screen(self, key: str) -> None:
        self.nav.setCurrentRow(self.keys.index(key))

    def set_shown(self, key: str, shown: bool) -> None:
        """Show or hide the screen's entry in the navigation (off it, if it was current)."""
        if key not in self.keys:
            return
        row = self.keys.index(key)
        self.nav.item(row).setHidden(not shown)
        if not shown and self.nav.currentRow() == row:
            self.nav.setCurrentRow(0)

    def screen_widget(self, key: str) -> QWidget:
        widget = self.screens.widget(self.keys.index(key))
        assert widget is not None
        return widget


class MainWindow(QMainWindow):
    """The application window; see the module docstring for what plugs in."""

    # A screen asked to open a young person's record (their id).
    record_requested = Signal(str)
    # ...at one of their records: (young person id, kind of record, record id).
    record_item_requested = Signal(str, str, str)
    # The store is about to close (lock or quit): save drafts being typed now.
    about_to_lock = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Keyworker Desktop"))
        # Kept outside the store so the first lock screen after start can name the organisation.
        self.window_state = WindowState(ctx.data_dir)
        if not ctx.organisation:
            ctx.organisation = self.window_state.organisation()
        self._specs: list[ScreenSpec] = []
        self._handled: set[str] = set()
        # Screens registered but not offered on this laptop (see set_screen_shown).
        self._hidden: set[str] = set()
        self.main_area: MainArea | None = None
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.lock_screen = LockScreen(ctx, self)
        self.pages.addWidget(self.lock_screen)
        self.setup_page: SetupPage | None = None
        self.preload_modules: list[str] = list(UNLOCK_MODULES)
        self.named_actions: dict[str, QAction] = {}
        # Asked in turn before the window closes; any that answers False keeps it open.
        self.close_guards: list[Callable[[], bool]] = []
        self._build_actions()
        self._build_status_bar()
        self.idle = IdleWatcher(self)
        self.idle.idle_timeout.connect(self.lock)
        ctx.hub.store_opened.connect(self._on_store_opened)
        ctx.hub.store_locked.connect(self._on_store_locked)
        ctx.hub.changes_applied.connect(self._on_changes_applied)
        if ctx.store is not None:
            self._on_store_opened()
        elif not ctx.store_exists():
            from keyworker_desktop.ui.setup_dialog import SetupPage

            self.setup_page = SetupPage(ctx, self)
            self.show_first_run()
        else:
            self._on_store_locked()

    # -- plugging in ------------------------------------------------------------
    def register_screen(self, key: str, title: str, widget_factory: ScreenFactory) -> None:
        """Offer a screen in the navigation; a known ``key`` replaces that screen.

        ``widget_factory(ctx)`` is called on every unlock (screens are destroyed on
        lock); a screen loads its data when first shown and refreshes itself from
        ``ctx.hub.changes_applied``.
        """
        spec = ScreenSpec(key, title, widget_factory)
        known = [s.key for s in self._specs]
        if key in known:
            self._specs[known.index(key)] = spec
            self.named_actions[f"go_{key}"].setText(title)
        else:
            self._specs.append(spec)
            self._add_go_action(spec, len(self._specs))
        if self.main_area is not None:
            self.main_area.put(spec)

    def connect_action(self, key: str, handler: Callable[[], None]) -> None:
        """Run ``handler`` when the action is triggered; it is enabled while unlocked."""
        self.named_actions[key].triggered.connect(handler)
        self._handled.add(key)
        self.named_actions[key].setEnabled(self.ctx.store is not None)

    def set_screen_shown(self, key: str, shown: bool) -> None:
        """Offer a registered screen or not: its navigation entry and its Go action, keyboard
        shortcut included (a hidden screen cannot be reached at all)."""
        if shown:
            self._hidden.discard(key)
        else:
            self._hidden.add(key)
        action = self.named_actions[f"go_{key}"]
        action.setVisible(shown)
        action.setEnabled(shown and self.ctx.store is not None)
        if self.main_area is not None:
            self.main_area.set_shown(key, shown)

    def show_screen(self, key: str) -> None:
        if self.main_area is not None and key not in self._hidden:
            self.main_area.show_screen(key)

    def current_screen(self) -> QWidget | None:
        return None if self.main_area is None else self.main_area.screens.currentWidget()

    def screen_widget(self, key: str) -> QWidget | None:
        """The screen registered under ``key`` while unlocked (screens go on lock)."""
        if self.main_area is None or key not in self.main_area.keys:
            return None
        return self.main_area.screen_widget(key)

    def show_first_run(self) -> None:
        """The first-run page: at start without a store, or after this laptop was wiped."""
        if self.setup_page is None:
            from keyworker_desktop.ui.setup_dialog import SetupPage

            self.setup_page = SetupPage(self.ctx, self)
        if self.pages.indexOf(self.setup_page) < 0:
            self.pages.addWidget(self.setup_page)
        self.pages.setCurrentWidget(self.setup_page)
        self._set_unlocked(False)

    def restore_geometry(self) -> bool:
        """Take the size and position of the last run; False when none is remembered."""
        geometry = self.window_state.geometry()
        return geometry is not None and self.restoreGeometry(geometry)

    def lock(self) -> None:
        """Close the store and every window that might show a record."""
        if self.ctx.store is None:
            return
        self.about_to_lock.emit()
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.ctx.lock()

    # -- actions -------------------------------------------------------------
    def _action(self, key: str, text: str,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.named_actions[key] = action
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.record_menu = bar.addMenu(self.tr("&Record"))
        self.go_menu = bar.addMenu(self.tr("&Go"))
        new_referral = self._action("new_referral", self.tr("New &referral…"), "Ctrl+Shift+R")
        self.record_menu.addAction(new_referral)
        self.record_menu.addSeparator()
        self.record_menu.addAction(
            self._action("new_visit", self.tr("New &visit…"), "Ctrl+Shift+V"))
        self.record_menu.addAction(
            self._action("new_note", self.tr("New session &note…"), "Ctrl+Shift+N"))
        self.record_menu.addSeparator()
        self.record_menu.addAction(
            self._action("allocate", self.tr("&Allocate keyworker…")))
        self.record_menu.addAction(
            self._action("end_involvement", self.tr("&End involvement…")))
        file_menu.addAction(self._action("sync", self.tr("&Sync now"), "Ctrl+Shift+S"))
        file_menu.addAction(
            self._action("print", self.tr("&Print…"), QKeySequence.StandardKey.Print))
        file_menu.addAction(self._action("backup", self.tr("&Back up to…")))
        file_menu.addSeparator()
        settings_action = self._action("settings", self.tr("S&ettings…"), "Ctrl+,")
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        lock = self._action("lock", self.tr("&Lock"), "Ctrl+L")
        lock.triggered.connect(self.lock)
        file_menu.addAction(lock)
        quit_ = self._action("quit", self.tr("&Quit"), "Ctrl+Q")
        quit_.triggered.connect(self.close)
        file_menu.addAction(quit_)
        search = self._action("search", self.tr("&Find…"), QKeySequence.StandardKey.Find)
        search.triggered.connect(lambda: self.show_screen("search"))
        self._handled.add("search")
        self.go_menu.addAction(search)
        self.go_menu.addSeparator()
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action("guide", self.tr("User &guide"), "F1"))
        about = self._action("about", self.tr("&About Keyworker Desktop"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)
        self.toolbar = self.addToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setAccessibleName(self.tr("Main toolbar"))
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(new_referral)
        self.toolbar.addAction(self.named_actions["sync"])

    def _add_go_action(self, spec: ScreenSpec, position: int) -> None:
        shortcut = f"Ctrl+{position}" if position <= 9 else None
        action = self._action(f"go_{spec.key}", spec.title, shortcut)
        action.triggered.connect(lambda: self.show_screen(spec.key))
        action.setEnabled(self.ctx.store is not None)
        self._handled.add(f"go_{spec.key}")
        self.go_menu.addAction(action)

    def _set_unlocked(self, unlocked: bool) -> None:
        for key, action in self.named_actions.items():
            if key not in ALWAYS_ENABLED:
                action.setEnabled(unlocked and key in self._handled
                                  and key.removeprefix("go_") not in self._hidden)
        self.named_actions["lock"].setEnabled(unlocked)
        self.record_menu.setEnabled(unlocked)
        self.go_menu.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)
        self.statusBar().setVisible(unlocked)

    # -- status bar ----------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.network_label = QLabel(self)
        self.unsynced_label = QLabel(self)
        self.last_sync_label = QLabel(self)
        for label in (self.network_label, self.unsynced_label, self.last_sync_label):
            label.setContentsMargins(bar.fontMetrics().averageCharWidth(), 0,
                                     bar.fontMetrics().averageCharWidth(), 0)
            bar.addPermanentWidget(label)
        self._network = _network_information()
        if self._network is not None:
            self._network.reachabilityChanged.connect(self._show_network)
        self._show_network()

    def _show_network(self) -> None:
        online = (self._network is not None and self._network.reachability()
                  == QNetworkInformation.Reachability.Online)
        # Offline is the normal state on a visit, not a fault: say so calmly.
        self.network_label.setText(self.tr("Online") if online else self.tr("Working offline"))

    def refresh_status(self) -> None:
        if self.ctx.store is not None:
            run_op(self.ctx, _read_status, self._show_status, label="status", owner=self)

    def _show_status(self, status: SyncStatus) -> None:
        if status.demo:
            # A demo store never syncs: counting its changes would read as work left to do.
            self.unsynced_label.setText(self.tr("Fictional demo caseload: never synced"))
        elif status.unsynced == 1:
            self.unsynced_label.setText(self.tr("1 change not synced yet"))
        elif status.unsynced:
            self.unsynced_label.setText(self.tr("{count} changes not synced yet").format(
                count=status.unsynced))
        # "Everything is synced" only when it is: never beside "Last synced: never" or
        # beside a conflict still waiting for a choice.
        elif status.last_sync_at is None:
            self.unsynced_label.setText(self.tr("Not synced yet"))
        elif status.conflicts == 1:
            self.unsynced_label.setText(self.tr("Synced, except 1 conflict to resolve"))
        elif status.conflicts:
            self.unsynced_label.setText(self.tr("Synced, except {count} conflicts to resolve")
                                        .format(count=status.conflicts))
        else:
            self.unsynced_label.setText(self.tr("Everything is synced"))
        self.last_sync_label.setText(self._last_sync_text(status.last_sync_at))

    def _last_sync_text(self, at: datetime | None) -> str:
        if at is None:
            return self.tr("Last synced: never")
        now = self.ctx.now()
        if at.date() == now.date():
            return self.tr("Last synced: today at {time}").format(time=at.strftime("%H:%M"))
        return self.tr("Last synced: {date}").format(date=format_date(at, "dd MMM yyyy, HH:mm"))

    # -- lock and unlock -----------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.ctx.store is None:
            # Once the lock screen (or first run) is up, import what unlocking will need.
            QTimer.singleShot(0, self, self._start_preload)

    def _start_preload(self) -> None:
        if self.ctx.store is None:
            preload.start(self.preload_modules)

    def _on_store_opened(self) -> None:
        preload.wait()  # the screens are about to be made from what it imports
        if self.setup_page is not None:
            self.pages.removeWidget(self.setup_page)
            self.setup_page.deleteLater()
            self.setup_page = None
        self.main_area = MainArea(self.ctx, list(self._specs), self, self._hidden)
        self.pages.addWidget(self.main_area)
        self.pages.setCurrentWidget(self.main_area)
        self.main_area.nav.setFocus()
        self._set_unlocked(True)
        self.refresh_status()
        run_op(self.ctx, _read_shell_settings, self._apply_shell_settings, label="settings",
               owner=self)

    def _apply_shell_settings(self, values: tuple[str, int]) -> None:
        self.ctx.organisation, minutes = values
        self.window_state.set_organisation(self.ctx.organisation)
        self.idle.set_minutes(minutes)
        self.idle.start()

    def _on_store_locked(self) -> None:
        self.idle.stop()
        if self.main_area is not None:
            self.pages.removeWidget(self.main_area)
            self.main_area.hide()
            self.main_area.deleteLater()
            self.main_area = None
        for label in (self.unsynced_label, self.last_sync_label):
            label.clear()
        self._set_unlocked(False)
        self.pages.setCurrentWidget(self.lock_screen)
        self.lock_screen.prepare()

    def _on_changes_applied(self, changes: OpChanges, _initiator: object | None) -> None:
        self.refresh_status()
        if settings.ENTITY in changes.entities:
            # Saved in the settings dialog: the idle lock takes the new minutes now.
            run_op(self.ctx, _read_shell_settings, self._apply_shell_settings,
                   label="settings", owner=self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.ctx.store is not None and not all(guard() for guard in self.close_guards):
            event.ignore()
            return
        if self.ctx.store is not None:
            self.about_to_lock.emit()
        self.ctx.lock()
        self.window_state.set_geometry(self.saveGeometry())
        super().closeEvent(event)


def _network_information() -> QNetworkInformation | None:
    """Qt's reachability; None where no backend loads (the stubs say it is never None)."""
    network = cast("QNetworkInformation | None", QNetworkInformation.instance())
    if network is None and QNetworkInformation.loadDefaultBackend():
        network = QNetworkInformation.instance()
    return network


def _read_status(store: Store) -> SyncStatus:
    from keyworker_desktop.services.status import sync_status

    with store.session() as session:
        return sync_status(session)


def _read_shell_settings(store: Store) -> tuple[str, int]:
    with store.session() as session:
        return (settings.get(session, settings.ORGANISATION),
                settings.get(session, settings.IDLE_LOCK_MINUTES))

