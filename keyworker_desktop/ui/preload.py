"""Import what the unlocked app needs while the lock screen waits for the passphrase.

The lock screen shows before the store (SQLAlchemy, alembic, the models) and the
screens are imported: together about a second on a slow laptop. :func:`start`
then imports them in a background thread while the user types, so the unlock
does not pay for them either. The thread only imports modules: it creates no Qt
object, and widgets are still made on the GUI thread when the store opens.

Code about to use those modules calls :func:`wait` first (the unlock and
first-run jobs, and the window when the store opens), so that no module is ever
imported by two threads at once.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

_guard = threading.Lock()
_thread: threading.Thread | None = None
# Set when the application is quitting: the thread stops after the module it is on.
_stop = threading.Event()
_stop_connected = False


def start(modules: Iterable[str]) -> None:
    """Import those of ``modules`` not imported yet, in order, in a background thread.

    Does nothing while an earlier call's thread is still running.
    """
    global _thread, _stop_connected
    with _guard:
        if _thread is not None and _thread.is_alive():
            return
        names = [name for name in modules if name not in sys.modules]
        if not names:
            return
        app = QCoreApplication.instance()
        if app is not None and not _stop_connected:
            app.aboutToQuit.connect(_stop.set)
            _stop_connected = True
        # Not a daemon: quitting waits for the module being imported rather than
        # tearing the interpreter down under it.
        thread = threading.Thread(target=_import_all, args=(names,), name="preload")
        thread.start()
        # Published only once started: the unlock job may call wait() from its own
        # thread at any moment, and joining a thread not yet started raises.
        _thread = thread


def wait() -> None:
    """Block until the background imports are done (at once if none are running)."""
    # Under the guard, as ``start`` publishes the thread: a worker (the unlock job) then
    # sees either no thread or one already started (joining one not started raises).
    with _guard:
        thread = _thread
    if thread is not None and thread is not threading.current_thread():
        thread.join()


def _import_all(names: list[str]) -> None:
    for name in names:
        if _stop.is_set():
            return
        try:
            importlib.import_module(name)
        except Exception:
            # Imported again where it is used, which reports the error properly.
            log.warning("Could not preload %s", name, exc_info=True)
