"""Device secrets (the sync token): the OS keyring, or else the encrypted store.

A secret is kept in the OS keyring under service ``keyworker-desktop`` and
username ``"{device_id}:{name}"``. Where no keyring works it is kept in the
``device_secret`` table inside the encrypted database, never in a plain file,
and the user is told once (:meth:`DeviceSecrets.take_notice`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail

from keyworker_desktop.store.models import DeviceSecret, Setting

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from keyworker_desktop.store.database import Store

log = logging.getLogger(__name__)

SERVICE = "keyworker-desktop"
NOTICE = (
    "Your system has no keyring, so the sync token is kept inside the encrypted "
    "Keyworker database."
)
# A local setting row: once the notice has been shown it is never shown again.
_NOTICE_GIVEN_KEY = "device_secret_notice_given"


def _usable_backend() -> KeyringBackend | None:
    """The active keyring backend, or None when it cannot store anything."""
    try:
        backend = keyring.get_keyring()
    except keyring.errors.KeyringError:
        return None
    if isinstance(backend, fail.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


class DeviceSecrets:
    """Secrets that belong to this device, not to any record."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _username(self, name: str) -> str:
        return f"{self.store.device_id}:{name}"

    # -- public API ------------------------------------------------------------
    def set(self, name: str, value: str) -> None:
        backend = _usable_backend()
        if backend is not None:
            try:
                backend.set_password(SERVICE, self._username(name), value)
            except keyring.errors.KeyringError:
                log.warning("The keyring refused a device secret; keeping it in the store")
            else:
                self._delete_row(name)  # an older copy from when there was no keyring
                return
        self._put_row(name, value)

    def get(self, name: str, session: Session | None = None) -> str | None:
        """The secret, or None; ``session``: an open session of the store to read it with
        when it is kept there (a caller reading other things anyway saves opening one)."""
        value = self._from_keyring(name)
        if value is not None:
            return value
        if session is not None:
            return self._row_value(session, name)
        with self.store.session() as s:
            return self._row_value(s, name)

    def get_read(self, name: str, stored: bytes | None) -> str | None:
        """The secret, or None, where the caller has read its row's value (``stored``,
        None without a row) with other things: the keyring still comes first."""
        value = self._from_keyring(name)
        if value is not None:
            return value
        return stored.decode("utf-8") if stored is not None else None

    def _from_keyring(self, name: str) -> str | None:
        backend = _usable_backend()
        if backend is None:
            return None
        try:
            return backend.get_password(SERVICE, self._username(name))
        except keyring.errors.KeyringError:
            return None

    @staticmethod
    def _row_value(s: Session, name: str) -> str | None:
        row = s.get(DeviceSecret, name)
        return row.value.decode("utf-8") if row is not None else None

    def delete(self, name: str) -> None:
        backend = _usable_backend()
        if backend is not None:
            try:
                backend.delete_password(SERVICE, self._username(name))
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError:
                log.warning("The keyring could not delete a device secret")
        self._delete_row(name)

    def take_notice(self) -> str | None:
        """The one-time message that secrets live in the database, then None forever."""
        with self.store.session() as s, s.begin():
            pending = [r for r in s.query(DeviceSecret).filter_by(pending_notice=True)]
            for row in pending:
                row.pending_notice = False
            if not pending or s.get(Setting, _NOTICE_GIVEN_KEY) is not None:
                return None
            s.add(Setting(key=_NOTICE_GIVEN_KEY, value={"v": True}))
            return NOTICE

    # -- the encrypted store ---------------------------------------------------
    def _put_row(self, name: str, value: str) -> None:
        with self.store.session() as s, s.begin():
            notice_given = s.get(Setting, _NOTICE_GIVEN_KEY) is not None
            row = s.get(DeviceSecret, name)
            if row is None:
                s.add(DeviceSecret(name=name, value=value.encode("utf-8"),
                                   pending_notice=not notice_given))
            else:
                row.value = value.encode("utf-8")

    def _delete_row(self, name: str) -> None:
        with self.store.session() as s, s.begin():
            row = s.get(DeviceSecret, name)
            if row is not None:
                s.delete(row)
