"""The Help menu's commands: the user guide (F1) and the About box.

Both work at the lock screen too: neither shows anything from the store.
"""

from __future__ import annotations

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.ui.about import AboutDialog
from keyworker_desktop.ui.guide import GuideWindow, guide_path, missing_guide_message
from keyworker_desktop.ui.shell import Shell


def install_help(shell: Shell) -> None:
    """Connect Help › User guide and Help › About to their windows."""
    shell.named_actions["guide"].triggered.connect(lambda: show_guide(shell))
    shell.named_actions["about"].triggered.connect(lambda: show_about(shell))


def show_guide(shell: Shell) -> GuideWindow | None:
    """Open the guide beside the window (not modal), or say it is not installed."""
    path = guide_path()
    if path is None:
        shell.ctx.interaction.inform(
            shell.window(), translate("GuideWindow", "User guide"),
            missing_guide_message())
        return None
    guide = GuideWindow(path, shell.window())
    guide.show()
    return guide


def show_about(shell: Shell) -> AboutDialog:
    about = AboutDialog(shell.window())
    about.open()
    return about
