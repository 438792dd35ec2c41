"""One writer per store: an operating-system lock on ``keyworker.lock`` in the data folder.

Held from the moment a store opens until it closes, by the app and the command line
alike, so two processes never write one store at once (the app's single-instance
guard only stops a second window). The lock dies with its process, so a crash never
leaves the store locked. The file holds nothing; it is never deleted (deleting a
locked file would let a third process lock a new one beside it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from keyworker_desktop.store.errors import StoreInUse
from keyworker_desktop.store.paths import StorePaths


class StoreLock:
    """An exclusive, non-blocking lock on ``root``/keyworker.lock.

    :meth:`acquire` raises :class:`StoreInUse` at once when another process (or another
    open of the same store in this process) holds it.
    """

    def __init__(self, root: Path) -> None:
        self.path = StorePaths(Path(root)).lock
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> StoreLock:
        if self._fd is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise StoreInUse(self.path.parent) from None
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                _unlock(fd)
            finally:
                os.close(fd)

    def __enter__(self) -> StoreLock:
        return self.acquire()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock, not lockf: a second open in the same process is refused too.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
