"""A backup to carry to a new laptop: one file, encrypted as the store is.

The file is a zip (stored, not compressed: encrypted pages do not compress) holding a
small manifest, a copy of the key file (the data key wrapped under the passphrase) and
a page copy of the database (SQLCipher, keyed with the data key). Nothing in it is
readable without the passphrase; the manifest says only what the file is.

Restoring it makes a store in an empty data folder. The restored store is a new device:
it gets a new device identifier and forgets the old laptop's registration and sync
token, so it registers anew at its first sync and the old laptop can be revoked
without touching the new one.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from keyworker_desktop import __version__
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.store import keys
from keyworker_desktop.store.errors import CorruptKeyFile, CorruptStore, StoreError, StoreExists
from keyworker_desktop.store.paths import DB_NAME, KEY_NAME, StorePaths
from keyworker_desktop.store.sqlcipher import connect_raw, verify_database

FORMAT = "keyworker-desktop-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SUFFIX = ".kwbackup"
_MAX_MANIFEST = 64 * 1024

#: Sync values that belong to the old laptop's registration, not to the records.
_DEVICE_SYNC_STATE = ("account",)


class NotABackup(StoreError):
    """The file is not a whole Keyworker backup (another file, damaged or cut short)."""

    exit_code = 2

    def __init__(self, path: Path, detail: str | Message) -> None:
        self.path = path
        super().__init__(Message("backup.not_a_backup", QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a Keyworker backup that can be restored ({detail}). "
            "Nothing was changed."), path=path, detail=detail))


class OtherOrganisation(StoreError):
    """The backup belongs to another organisation than the one this laptop is for."""

    exit_code = 2

    def __init__(self, found: str, expected: str) -> None:
        self.found, self.expected = found, expected
        super().__init__(Message("backup.other_organisation", QT_TRANSLATE_NOOP(
            "Errors", "This backup belongs to {found}, not to {expected}. Nothing was changed. "
            "Ask your IT support for the right backup."),
            found=found or Message("backup.no_organisation", QT_TRANSLATE_NOOP(
                "Errors", "no named organisation")), expected=expected))


@dataclass(frozen=True)
class Restored:
    """What a restore put in place."""

    root: Path
    organisation: str
    user_name: str
    device_id: str


def export_backup(paths: StorePaths, data_key: bytes, out: Path) -> Path:
    """Write the store in ``paths`` (unlocked with ``data_key``) to the file ``out``.

    Written beside ``out`` as ``.partial`` and renamed when whole, so a full stick or a
    stick pulled out early never leaves a file that looks like a backup. Returns ``out``.
    """
    out = Path(out)
    if out.is_dir():
        out = out / f"keyworker-{datetime.now():%Y%m%d-%H%M}{SUFFIX}"
    paths.backups.mkdir(parents=True, exist_ok=True)
    staged = paths.backups / f".export-{uuid7()}.db"
    partial = out.with_name(out.name + ".partial")
    os.close(os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        src = connect_raw(paths.db, data_key)
        dst = connect_raw(staged, data_key)
        try:
            src.backup(dst, pages=1024)  # in steps: memory stays bounded
        finally:
            dst.close()
            src.close()
        manifest = {"format": FORMAT, "version": FORMAT_VERSION, "app_version": __version__,
                    "created": datetime.now(UTC).isoformat(timespec="seconds")}
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_STORED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
                zf.write(paths.key, KEY_NAME)
                zf.write(staged, DB_NAME)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        staged.unlink(missing_ok=True)
    return out


def is_portable_backup(path: Path) -> bool:
    """Whether ``path`` looks like a file :func:`export_backup` wrote (not checked whole)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return MANIFEST in zf.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def restore_backup(root: Path, backup: Path, passphrase: str, *,
                   organisation: str | None = None) -> Restored:
    """Make a store in the empty folder ``root`` from the file ``backup``.

    ``organisation``: the organisation this laptop is for; a backup naming another is
    refused. On any refusal nothing is left behind in ``root``.
    """
    paths = StorePaths(Path(root))
    if paths.exists():
        raise StoreExists(paths.root)
    created_root = not paths.root.exists()
    paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = paths.root / f".restoring-{uuid7()}"
    staging.mkdir(mode=0o700)
    moved: list[Path] = []
    try:
        _unpack(Path(backup), staging)
        try:
            data_key = keys.unwrap(keys.read_key_file(staging / KEY_NAME), passphrase)
        except CorruptKeyFile:
            raise NotABackup(Path(backup), Message("detail", QT_TRANSLATE_NOOP(
                "Errors", "its key is damaged"))) from None
        try:
            verify_database(staging / DB_NAME, data_key)
            found = _read_settings(staging / DB_NAME, data_key)
        except CorruptStore:
            raise NotABackup(Path(backup), Message("detail", QT_TRANSLATE_NOOP(
                "Errors", "its database is damaged or cut short"))) from None
        org = str(found.get("organisation", ""))
        if organisation is not None and _same(org) != _same(organisation):
            raise OtherOrganisation(org, organisation.strip())
        device_id = uuid7()
        _become_new_device(staging / DB_NAME, data_key, device_id)
        for name in (KEY_NAME, DB_NAME):
            (staging / name).replace(paths.root / name)
            moved.append(paths.root / name)
    except BaseException:
        for p in moved:  # the folder is left as empty as it was found
            p.unlink(missing_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
        if created_root:
            shutil.rmtree(paths.root, ignore_errors=True)
        raise
    shutil.rmtree(staging, ignore_errors=True)
    return Restored(paths.root, org, str(found.get("user_name", "")), device_id)


def _unpack(backup: Path, into: Path) -> None:
    try:
        with zipfile.ZipFile(backup) as zf:
            names = set(zf.namelist())
            if MANIFEST not in names:
                raise NotABackup(backup, Message("detail", QT_TRANSLATE_NOOP(
                    "Errors", "it is not a backup file")))
            info = zf.getinfo(MANIFEST)
            if info.file_size > _MAX_MANIFEST:
                raise NotABackup(backup, Message("detail", QT_TRANSLATE_NOOP(
                    "Errors", "it is not a backup file")))
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise NotABackup(backup, Message("detail", QT_TRANSLATE_NOOP(
                    "Errors", "it is not a backup file")))
            if manifest.get("version") != FORMAT_VERSION:
                raise NotABackup(backup, Message("detail", QT_TRANSLATE_NOOP(
                    "Errors", "it was made by a newer version of Keyworker: update this laptop "
                    "first")))
            if not {KEY_NAME, DB_NAME} <= names:
                raise NotABackup(backup, Message("detail", QT_TRANSLATE_NOOP(
                    "Errors", "parts of it are missing")))
            for name in (KEY_NAME, DB_NAME):
                # Read through the zip's checksum: a damaged or cut file fails here.
                with zf.open(name) as src, open(into / name, "xb") as dst:
                    shutil.copyfileobj(src, dst, 1024 * 1024)
                os.chmod(into / name, 0o600)
    except NotABackup:
        raise
    except FileNotFoundError:
        raise NotABackup(backup, Message("detail", QT_TRANSLATE_NOOP(
            "Errors", "there is no such file"))) from None
    except IsADirectoryError:
        raise NotABackup(backup, Message("detail", QT_TRANSLATE_NOOP(
            "Errors", "it is a folder"))) from None
    except (zipfile.BadZipFile, EOFError, ValueError, UnicodeDecodeError):
        raise NotABackup(backup, Message("detail", QT_TRANSLATE_NOOP(
            "Errors", "it is not a backup file, or it is damaged or cut short"))) \
            from None
    except OSError as exc:
        raise NotABackup(backup, Message("detail", QT_TRANSLATE_NOOP(
            "Errors", "it cannot be read: {strerror}"), strerror=exc.strerror)) from None


def _read_settings(db: Path, data_key: bytes) -> dict[str, Any]:
    conn = connect_raw(db, data_key)
    try:
        rows = conn.execute("SELECT key, value FROM setting WHERE key IN "
                            "('organisation', 'user_name')").fetchall()
    except (sqlcipher.DatabaseError, sqlite3.DatabaseError):
        raise CorruptStore(db, Message("detail", QT_TRANSLATE_NOOP(
            "Errors", "not a Keyworker database, or damaged"))) from None
    finally:
        conn.close()
    out: dict[str, Any] = {}
    for key, value in rows:
        try:
            out[str(key)] = json.loads(value).get("v", "")
        except (ValueError, AttributeError):
            out[str(key)] = ""
    return out


def _become_new_device(db: Path, data_key: bytes, device_id: str) -> None:
    """A new device identifier; the old laptop's registration and token are dropped."""
    conn = connect_raw(db, data_key)
    try:
        with conn:
            conn.execute("INSERT INTO setting (key, value) VALUES ('device_id', ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         (json.dumps({"v": device_id}),))
            conn.execute("DELETE FROM device_secret")
            conn.executemany("DELETE FROM sync_state WHERE key = ?",
                             [(k,) for k in _DEVICE_SYNC_STATE])
    finally:
        conn.close()


def _same(name: str) -> str:
    """Organisation names compared as a person would: case, accents' forms and spaces."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


__all__ = ["NotABackup", "OtherOrganisation", "Restored", "export_backup",
           "is_portable_backup", "restore_backup"]
