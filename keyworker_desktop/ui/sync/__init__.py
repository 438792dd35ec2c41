"""Sync in the window: "Sync now", its progress and summary, conflicts, the close prompt.

As in Anki's ``aqt/sync.py``, the modules here only run dialogs, progress and
timers; the protocol is ``keyworker_desktop.sync.client``, run off the GUI
thread by :mod:`.controller`. :func:`.install.install_sync` plugs it all into the
main window; nothing here imports the sync library (or httpx) until it is used.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    """Translate a sync string (one context for the package)."""
    return QCoreApplication.translate("Sync", text)
