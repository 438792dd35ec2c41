"""Device secrets: the OS keyring when one works, else the encrypted store (never a file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from keyworker_desktop.store.database import Store
from keyworker_desktop.store.secrets import NOTICE, SERVICE, DeviceSecrets
from tests.store.conftest import PASSPHRASE


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def _rows(store: Store) -> list[tuple[str, bytes, int]]:
    with store.engine.connect() as conn:
        return list(conn.exec_driver_sql("SELECT name, value, pending_notice FROM device_secret"))


def test_no_keyring_keeps_the_secret_in_the_store_and_says_so_once(store: Store,
                                                                    root: Path) -> None:
    secrets = DeviceSecrets(store)
    secrets.set("sync_token", "tok-123")

    assert secrets.get("sync_token") == "tok-123"
    assert _rows(store) == [("sync_token", b"tok-123", 1)]
    assert secrets.take_notice() == NOTICE
    assert secrets.take_notice() is None

    store.close()
    reopened = Store.open(root, PASSPHRASE, daily_backup=False)
    try:
        again = DeviceSecrets(reopened)
        assert again.get("sync_token") == "tok-123"
        assert again.take_notice() is None
        again.set("sync_token", "tok-456")
        again.set("other", "x")
        assert again.take_notice() is None
        again.delete("sync_token")
        assert again.get("sync_token") is None
        assert [r[0] for r in _rows(reopened)] == ["other"]
    finally:
        reopened.close()
    # Nothing was written beside the database in plain text.
    for path in root.rglob("*"):
        if path.is_file():
            assert b"tok-123" not in path.read_bytes(), path


def test_no_notice_when_nothing_was_stored(store: Store) -> None:
    assert DeviceSecrets(store).take_notice() is None


def test_working_keyring_is_used_and_the_store_holds_nothing(
    store: Store, memory_keyring: MemoryKeyring
) -> None:
    secrets = DeviceSecrets(store)
    secrets.set("sync_token", "tok-123")

    assert memory_keyring.items == {(SERVICE, f"{store.device_id}:sync_token"): "tok-123"}
    assert store.device_id
    assert _rows(store) == []
    assert secrets.get("sync_token") == "tok-123"
    assert secrets.take_notice() is None

    secrets.delete("sync_token")
    assert memory_keyring.items == {}
    assert secrets.get("sync_token") is None
    secrets.delete("sync_token")  # deleting twice is fine


def test_a_keyring_that_fails_falls_back_to_the_store(
    store: Store, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "set_password", broken)
    secrets = DeviceSecrets(store)
    secrets.set("sync_token", "tok-9")
    assert _rows(store)[0][:2] == ("sync_token", b"tok-9")
    assert secrets.get("sync_token") == "tok-9"
    assert secrets.take_notice() == NOTICE


def test_chainer_without_backends_counts_as_no_keyring(store: Store) -> None:
    from keyring.backends.chainer import ChainerBackend

    class EmptyChain(ChainerBackend):
        backends = []  # type: ignore[assignment]  # no viable backend to chain

    previous = keyring.get_keyring()
    keyring.set_keyring(EmptyChain())
    try:
        DeviceSecrets(store).set("sync_token", "tok-c")
    finally:
        keyring.set_keyring(previous)
    assert [r[0] for r in _rows(store)] == ["sync_token"]


def test_a_secret_read_with_other_things_still_comes_from_the_keyring_first(
    store: Store, memory_keyring: MemoryKeyring
) -> None:
    secrets = DeviceSecrets(store)
    assert secrets.get_read("sync_token", b"from-the-row") == "from-the-row"
    assert secrets.get_read("sync_token", None) is None
    secrets.set("sync_token", "tok-123")
    assert secrets.get_read("sync_token", b"an-older-row") == "tok-123"
