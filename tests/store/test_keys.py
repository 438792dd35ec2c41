"""The key file: wrapping, AAD binding, corrupt files, passphrase change, default KDF."""

from __future__ import annotations

import json
import stat
import time
from pathlib import Path

import pytest

from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import CorruptKeyFile, WrongPassphrase
from tests.store.conftest import PASSPHRASE


def test_wrap_unwrap_round_trip() -> None:
    data_key = keys.new_data_key()
    wrapped = keys.wrap(data_key, PASSPHRASE, keys.TEST_KDF)
    assert data_key not in wrapped.to_json().encode()
    assert keys.unwrap(wrapped, PASSPHRASE) == data_key
    # A fresh salt and nonce each time.
    again = keys.wrap(data_key, PASSPHRASE, keys.TEST_KDF)
    assert (again.salt, again.nonce) != (wrapped.salt, wrapped.nonce)


def test_wrong_passphrase_leaves_the_wrapped_key_alone(store: Store, root: Path) -> None:
    store.close()
    before = keys.read_key_file(store.paths.key)
    with pytest.raises(WrongPassphrase):
        Store.open(root, "not the passphrase")
    # Only the slow-down's count is added beside it (store/lockout.py).
    assert keys.read_key_file(store.paths.key) == before
    assert stat.S_IMODE(store.paths.key.stat().st_mode) == 0o600
    Store.open(root, PASSPHRASE, daily_backup=False).close()


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d["kdf"].update(iterations=d["kdf"]["iterations"] + 1),
        lambda d: d["kdf"].update(memory_kib=d["kdf"]["memory_kib"] * 2),
        lambda d: d["kdf"].update(lanes=2, memory_kib=16),
    ],
    ids=["iterations", "memory", "lanes"],
)
def test_kdf_parameters_are_bound_to_the_wrapped_key(tmp_path: Path, tamper) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "k.key"
    keys.write_key_file(path, keys.wrap(keys.new_data_key(), PASSPHRASE, keys.TEST_KDF))
    raw = json.loads(path.read_text())
    tamper(raw)
    path.write_text(json.dumps(raw))
    with pytest.raises(WrongPassphrase):
        keys.unwrap(keys.read_key_file(path), PASSPHRASE)


def test_version_is_bound_to_the_wrapped_key() -> None:
    good = keys.wrap(keys.new_data_key(), PASSPHRASE, keys.TEST_KDF)
    forged = keys.KeyFile(2, good.kdf, good.salt, good.nonce, good.wrapped_key)
    with pytest.raises(WrongPassphrase):
        keys.unwrap(forged, PASSPHRASE)


def test_unknown_version_in_the_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    keys.write_key_file(path, keys.wrap(keys.new_data_key(), PASSPHRASE, keys.TEST_KDF))
    raw = json.loads(path.read_text())
    raw["version"] = 2
    path.write_text(json.dumps(raw))
    with pytest.raises(CorruptKeyFile):
        keys.read_key_file(path)


@pytest.mark.parametrize(
    "content",
    [
        lambda good: good[: len(good) // 2],
        lambda good: good.replace('"salt": "', '"salt": "!!'),
        lambda good: json.dumps({"hello": "world"}),
        lambda good: json.dumps([1, 2, 3]),
        lambda good: "",
        lambda good: good.replace('"nonce": "', '"nonce": "AAAA'),
        lambda good: good.replace('"argon2id"', '"scrypt"'),
        lambda good: good.replace('"lanes": 1', '"lanes": 4'),
        lambda good: good.replace('"memory_kib": 8', '"memory_kib": 1073741824'),
        lambda good: good.replace('"iterations": 1', '"iterations": true'),
    ],
    ids=["truncated", "bad-base64", "foreign-json", "json-list", "empty", "long-nonce", "other-kdf",
         "lanes-exceed-memory", "huge-memory", "bool-iterations"],
)
def test_corrupt_key_file_names_the_file(tmp_path: Path, content) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "keyworker.key"
    good = keys.wrap(keys.new_data_key(), PASSPHRASE, keys.TEST_KDF).to_json()
    path.write_text(content(good))
    with pytest.raises(CorruptKeyFile) as info:
        keys.read_key_file(path)
    assert str(path) in str(info.value)


def test_binary_garbage_key_file(tmp_path: Path) -> None:
    path = tmp_path / "keyworker.key"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(CorruptKeyFile, match="keyworker.key"):
        keys.read_key_file(path)


def test_corrupt_key_file_on_open_names_it(store: Store, root: Path) -> None:
    store.close()
    store.paths.key.write_text("{")
    with pytest.raises(CorruptKeyFile) as info:
        Store.open(root, PASSPHRASE)
    assert str(store.paths.key) in info.value.message


def test_change_passphrase_rewraps_without_touching_the_database(store: Store, root: Path) -> None:
    store.close()  # checkpoint the WAL so the file is settled
    db_before = store.paths.db.read_bytes()
    key_before = store.paths.key.read_bytes()
    opened = Store.open(root, PASSPHRASE, daily_backup=False)
    opened.change_passphrase(PASSPHRASE, "a brand new passphrase")
    opened.close()

    assert store.paths.db.read_bytes() == db_before
    assert store.paths.key.read_bytes() != key_before
    assert json.loads(store.paths.key.read_text())["kdf"] == keys.TEST_KDF
    with pytest.raises(WrongPassphrase):
        Store.open(root, PASSPHRASE, daily_backup=False)
    Store.open(root, "a brand new passphrase", daily_backup=False).close()


def test_change_passphrase_needs_the_old_one(store: Store) -> None:
    before = store.paths.key.read_bytes()
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("wrong old passphrase", "a brand new passphrase")
    assert store.paths.key.read_bytes() == before


def test_key_file_is_private(store: Store) -> None:
    assert store.paths.key.stat().st_mode & 0o077 == 0


def test_default_kdf_meets_owasp_and_unlocks_within_a_second(tmp_path: Path) -> None:
    kdf = keys.DEFAULT_KDF
    assert kdf["name"] == "argon2id"
    m, t = kdf["memory_kib"], kdf["iterations"]
    assert (m >= 19456 and t >= 2) or (m >= 47104 and t >= 1)

    wrapped = keys.wrap(keys.new_data_key(), PASSPHRASE)  # the defaults
    assert wrapped.kdf == kdf
    started = time.perf_counter()
    keys.unwrap(wrapped, PASSPHRASE)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    "settings",
    [{"memory_kib": 4 * 1024 * 1024}, {"iterations": 64}, {"lanes": 16, "memory_kib": 1024},
     {"memory_kib": 1024 * 1024 + 8}, {"iterations": 11}],
    ids=["4-GiB", "64-passes", "16-lanes", "just-over-1-GiB", "11-passes"],
)
def test_a_key_file_asking_for_minutes_and_gigabytes_is_corrupt(
        tmp_path: Path, settings: dict[str, int]) -> None:
    """Unlocking must never cost more than the caps: such a file is damaged or planted."""
    path = tmp_path / "keyworker.key"
    keys.write_key_file(path, keys.wrap(keys.new_data_key(), PASSPHRASE, keys.TEST_KDF))
    raw = json.loads(path.read_text())
    raw["kdf"].update(settings)
    path.write_text(json.dumps(raw))
    started = time.monotonic()
    with pytest.raises(CorruptKeyFile) as info:
        keys.unwrap(keys.read_key_file(path), PASSPHRASE)
    assert time.monotonic() - started < 1
    assert info.value.exit_code == 4


def test_the_caps_allow_the_default_and_strong_settings() -> None:
    for kdf in (keys.DEFAULT_KDF, {"name": "argon2id", "memory_kib": 1024 * 1024,
                                   "iterations": 10, "lanes": 8}):
        assert all(kdf[k] <= keys.MAX_KDF[k] for k in keys.MAX_KDF)


def test_a_fifo_or_a_folder_as_key_file_is_refused_without_hanging(tmp_path: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "keyworker.key"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            keys.read_key_file(fifo)
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # release the blocked open() so the thread ends, then fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(5)
        pytest.fail("reading a FIFO as the key file hung")
    assert len(outcome) == 1 and isinstance(outcome[0], CorruptKeyFile)
    folder = tmp_path / "folder.key"
    folder.mkdir()
    with pytest.raises(CorruptKeyFile, match="folder.key"):
        keys.read_key_file(folder)


def test_a_huge_key_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "keyworker.key"
    with path.open("wb") as f:
        f.truncate(2 * 1024 * 1024 * 1024)  # sparse: 2 GiB declared, nothing on disk
    started = time.monotonic()
    with pytest.raises(CorruptKeyFile, match="keyworker.key"):
        keys.read_key_file(path)
    assert time.monotonic() - started < 0.5  # refused by its size, not read
