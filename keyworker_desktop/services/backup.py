"""A backup to carry to a new laptop, written to a folder the user chose (a USB stick).

One path for the app (File › Back up to…) and the command line (``keyworker backup --out``):
the file is written whole or not at all (``store.portable``), and the export is audited, as
every copy that leaves the store is. Failures a person can fix (no space, a read-only or
removed drive) are worded, and nothing half-written is left behind.
"""

from __future__ import annotations

import errno
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.store.errors import StoreError

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.store.portable import Restored

# The store's modules are imported when a backup is made, not when the command line's
# parser (which reads ORGANISATION_ENV) is built.

# Filled from the environment by whoever installs the laptop (IT), for every user: a backup
# of another organisation is refused on restore.
ORGANISATION_ENV = "KEYWORKER_ORGANISATION"


class BackupNotWritten(StoreError):
    """The backup could not be written where asked; nothing was left there."""

    exit_code = 2

    def __init__(self, message: Message) -> None:
        super().__init__(message)


def backup_name(now: datetime) -> str:
    """The file name a backup gets in a chosen folder."""
    from keyworker_desktop.store.portable import SUFFIX

    return f"keyworker-{now:%Y%m%d-%H%M%S}{SUFFIX}"


def _not_written(folder: Path, exc: OSError) -> BackupNotWritten:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupNotWritten(Message("backup.no_space", QT_TRANSLATE_NOOP(
            "Errors", "There is not enough space in {folder} for the backup. Nothing was "
            "written. Free some space or choose another drive."), folder=folder))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return BackupNotWritten(Message("backup.read_only", QT_TRANSLATE_NOOP(
            "Errors", "The backup cannot be written in {folder}: it is read-only or you may "
            "not write there. Nothing was written. Choose another folder or drive."),
            folder=folder))
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENOTDIR):
        return BackupNotWritten(Message("backup.folder_gone", QT_TRANSLATE_NOOP(
            "Errors", "The folder {folder} is no longer there (was the drive removed?). "
            "Nothing was written. Put the drive back and try again."), folder=folder))
    return BackupNotWritten(Message("backup.not_written", QT_TRANSLATE_NOOP(
        "Errors", "The backup could not be written in {folder} ({strerror}). Nothing was "
        "written."), folder=folder, strerror=exc.strerror or ""))


def back_up_into(store: Store, folder: Path, *, now: datetime | None = None) -> Path:
    """Write the encrypted backup into ``folder`` (which must still be there: a drive pulled
    out after it was chosen is said, not written over as a file); audited. Returns the
    file written."""
    folder = Path(folder)
    if not folder.is_dir():
        raise _no_folder(folder)
    return _write(store, folder / backup_name(now or datetime.now()), folder)


def back_up_to(store: Store, target: Path, *, now: datetime | None = None) -> Path:
    """As :func:`back_up_into` when ``target`` is a folder, else write the file ``target``
    in its (existing) folder: ``keyworker backup --out``."""
    target = Path(target)
    if target.is_dir():
        return back_up_into(store, target, now=now)
    if not target.parent.is_dir():
        raise _no_folder(target.parent)
    return _write(store, target, target.parent)


def _no_folder(folder: Path) -> BackupNotWritten:
    return BackupNotWritten(Message("backup.no_folder", QT_TRANSLATE_NOOP(
        "Errors", "There is no folder {folder} to write the backup in (was the drive "
        "removed?). Nothing was written."), folder=folder))


def _write(store: Store, out: Path, folder: Path) -> Path:
    from keyworker_desktop.store.models.base import AuditEvent
    from keyworker_desktop.store.portable import export_backup

    with store.transaction() as s:
        try:
            path = export_backup(store.paths, store.data_key, out)
        except OSError as exc:
            raise _not_written(folder, exc) from None
        try:
            ctx = s.info["write_context"]
            # Only the file's name: the folder may name a person (a home folder).
            s.add(AuditEvent(at=ctx.utcnow(), actor=ctx.actor, device=ctx.device,
                             action="export", entity="store", record_id=store.device_id,
                             young_person_id=None,
                             detail=f"Encrypted backup of the whole store: {path.name}"))
            s.flush()
        except BaseException:
            path.unlink(missing_ok=True)  # not audited: not left behind
            raise
    return path


def organisation_default() -> str | None:
    """The organisation this laptop is for, when IT set it for every user."""
    return os.environ.get(ORGANISATION_ENV) or None


def restore_here(root: Path, backup: Path, passphrase: str,
                 organisation: str | None = None) -> tuple[Restored, Store]:
    """Restore ``backup`` into the empty data folder ``root`` and open it (the app's first
    run); a backup of another organisation than ``organisation`` (default: the one IT set)
    is refused, and so is a folder that already holds a store. Nothing is left on refusal."""
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.store.portable import restore_backup

    done = restore_backup(root, backup, passphrase,
                          organisation=organisation or organisation_default())
    return done, Store.open(done.root, passphrase, daily_backup=False)


__all__ = ["ORGANISATION_ENV", "BackupNotWritten", "back_up_into", "back_up_to", "backup_name",
           "organisation_default", "restore_here"]
