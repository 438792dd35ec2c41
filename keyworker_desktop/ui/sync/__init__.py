"""Sync in the window: "Sync now", its progress and summary, conflicts, the close prompt.

As in Anki's ``aqt/sync.py``, the modules here only run dialogs, progress and
timers; the protocol is ``keyworker_desktop.sync.client``, run off the GUI
thread by :mod:`.controller`. :func:`.install.install_sync` plugs it all into the
main window; nothing here imports the sync library (or httpx) until it is used.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QWidget


def name_buttons(root: QWidget) -> None:
    """Give every button and tick box its own words as its accessible name, if it has none."""
    for button in root.findChildren(QAbstractButton):
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
