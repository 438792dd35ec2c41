"""One app per data folder: a second launch brings the first window forward and quits.

The first instance listens on a local socket (a named pipe on Windows) named from a
hash of the data folder, so instances for different folders (a trainer's demo
beside their own store) do not see each other. A second launch connects, says
"show", and exits. The store's own file lock (``store.filelock``) is the guard
underneath: even if two instances raced past this, they could not both open it.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MESSAGE = b"show\n"
TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    """The socket's name for ``data_dir`` (the same however the path was written)."""
    folder = str(Path(data_dir).expanduser().resolve())
    return "keyworker-desktop-" + hashlib.sha256(folder.encode("utf-8")).hexdigest()[:24]


def ask_running_instance(name: str) -> bool:
    """Tell an instance listening on ``name`` to show itself; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(MESSAGE)
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(TIMEOUT_MS)
    return True


class SingleInstance(QObject):
    """The first instance's listener; ``activation_requested`` when a second one starts."""

    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        """Start listening; False if another live instance already does."""
        # Ask first: on Unix, listening may quietly replace a live instance's socket.
        if ask_running_instance(self.name):
            return False
        if self.server.listen(self.name):
            return True
        # Nobody answers: a socket file left by an instance that crashed. Take it over.
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            return True
        log.warning("Could not listen for a second launch: %s", self.server.errorString())
        return True  # the store's lock still keeps two instances off one store

    def close(self) -> None:
        self.server.close()

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            # A few bytes, sent as the other side connects: read them here and be done.
            if socket.bytesAvailable() or socket.waitForReadyRead(TIMEOUT_MS):
                if bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
                    self.activation_requested.emit()
            socket.abort()
            socket.deleteLater()


def acquire(data_dir: Path, parent: QObject | None = None) -> SingleInstance | None:
    """The listener for ``data_dir``, or None when an instance there was asked to show."""
    instance = SingleInstance(server_name(data_dir), parent)
    if instance.listen():
        return instance
    instance.setParent(None)  # Python's: gone with the last reference
    return None
