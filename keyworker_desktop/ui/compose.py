"""The composition root: the window, its screens and plug-ins, wired in one place.

As git-cola's ``new_context``: nothing else decides what the window holds. The
window knows no screen or plug-in module, and plug-ins know the window only as a
:class:`~keyworker_desktop.ui.shell.Shell`.
"""

from __future__ import annotations

from keyworker_desktop.ui.backup_dialogs import install_backup
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.day_screens import DAY_SCREENS, DayScreen, install_team_entry
from keyworker_desktop.ui.help_menu import install_help
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.new_referral import install_new_referral
from keyworker_desktop.ui.record.record_screen import install_record_screen
from keyworker_desktop.ui.settings_dialog import install_settings
from keyworker_desktop.ui.shell import ScreenFactory, Shell
from keyworker_desktop.ui.sync.install import install_sync


def compose(ctx: AppContext) -> MainWindow:
    """The application's window with everything in it (what ``app.main`` shows)."""
    window = MainWindow(ctx)
    wire(window)
    return window


def wire(shell: Shell) -> None:
    """Put the day's screens, the record, "New referral", sync, settings, Help and
    File › Back up to… in the window.

    Screens registered after an unlock appear at once; tests use that.
    """
    for screen in DAY_SCREENS:
        shell.register_screen(screen.key, screen.translated_title(), _factory(screen, shell))
        shell.preload_modules.append(screen.module)
    install_team_entry(shell)
    install_record_screen(shell)
    install_new_referral(shell)
    install_sync(shell)
    install_settings(shell)
    install_help(shell)
    install_backup(shell)


def _factory(screen: DayScreen, shell: Shell) -> ScreenFactory:
    return lambda ctx: screen.make(ctx, shell)
