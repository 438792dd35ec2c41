"""The key file: a random data key wrapped under a passphrase-derived key.

The database is opened with the raw 256-bit data key; the passphrase only ever
unwraps it. Changing the passphrase rewrites this small file and nothing else.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.store.errors import CorruptKeyFile, WrongPassphrase
from keyworker_desktop.store.files import atomic_write

FORMAT_VERSION = 1
# OWASP Password Storage Cheat Sheet, Argon2id: m=46 MiB, t=1, p=1 (first of
# its equivalent settings); about 0.1-0.3 s on a 2-core laptop.
DEFAULT_KDF = {"name": "argon2id", "memory_kib": 47104, "iterations": 1, "lanes": 1}
# Tests may use a cheaper cost; never lower than OWASP's floor in production.
TEST_KDF = {"name": "argon2id", "memory_kib": 8, "iterations": 1, "lanes": 1}
MIN_PASSPHRASE_LENGTH = 8
# A damaged or planted key file must not make unlocking allocate gigabytes or spin for
# minutes: 1 GiB, 10 passes and 8 lanes are well above any setting worth choosing here.
MAX_KDF = {"memory_kib": 1024 * 1024, "iterations": 10, "lanes": 8}
# A key file is a few hundred bytes.
MAX_KEY_FILE = 64 * 1024


@dataclass(frozen=True)
class KeyFile:
    """The parsed contents of a key file."""

    version: int
    kdf: dict[str, Any]
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def aad(self) -> bytes:
        """Bind the format version and KDF parameters to the wrapped key."""
        return json.dumps(
            {"v": self.version, "kdf": self.kdf}, sort_keys=True, separators=(",", ":")
        ).encode()

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": "keyworker-desktop-key",
                "version": self.version,
                "kdf": self.kdf,
                "salt": _b64(self.salt),
                "nonce": _b64(self.nonce),
                "wrapped_key": _b64(self.wrapped_key),
            },
            indent=2,
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def derive_key(passphrase: str, salt: bytes, kdf: dict[str, Any]) -> bytes:
    """Derive the 256-bit wrapping key from the passphrase."""
    if kdf.get("name") != "argon2id":
        raise ValueError("unsupported key derivation")
    return Argon2id(
        salt=salt,
        length=32,
        iterations=int(kdf["iterations"]),
        lanes=int(kdf["lanes"]),
        memory_cost=int(kdf["memory_kib"]),
    ).derive(passphrase.encode("utf-8"))


def wrap(data_key: bytes, passphrase: str, kdf: dict[str, Any] | None = None) -> KeyFile:
    """Wrap ``data_key`` under a fresh salt and nonce."""
    kdf = dict(kdf or DEFAULT_KDF)
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    partial = KeyFile(FORMAT_VERSION, kdf, salt, nonce, b"")
    wrapped = AESGCM(derive_key(passphrase, salt, kdf)).encrypt(nonce, data_key, partial.aad())
    return KeyFile(FORMAT_VERSION, kdf, salt, nonce, wrapped)


def unwrap(key_file: KeyFile, passphrase: str) -> bytes:
    """Return the data key, or raise :class:`WrongPassphrase`."""
    wrapping = derive_key(passphrase, key_file.salt, key_file.kdf)
    try:
        data_key = AESGCM(wrapping).decrypt(key_file.nonce, key_file.wrapped_key, key_file.aad())
    except InvalidTag:
        raise WrongPassphrase() from None
    if len(data_key) != 32:
        raise WrongPassphrase()
    return data_key


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


def read_key_file(path: Path) -> KeyFile:
    """Parse the key file, raising :class:`CorruptKeyFile` naming it on any fault."""
    try:
        raw = json.loads(read_small_regular_file(path).decode("utf-8"))
        if raw.get("format") != "keyworker-desktop-key":
            raise ValueError("not a Keyworker Desktop key file")
        if raw.get("version") != FORMAT_VERSION:
            raise ValueError(f"unsupported key file version {raw.get('version')!r}")
        kdf = raw["kdf"]
        if kdf.get("name") != "argon2id" or not all(
            type(kdf.get(k)) is int and 0 < kdf[k] <= MAX_KDF[k] for k in MAX_KDF
        ) or kdf["memory_kib"] < 8 * kdf["lanes"]:
            raise ValueError("unsupported key derivation settings")
        key_file = KeyFile(
            version=raw["version"],
            kdf=kdf,
            salt=base64.b64decode(raw["salt"], validate=True),
            nonce=base64.b64decode(raw["nonce"], validate=True),
            wrapped_key=base64.b64decode(raw["wrapped_key"], validate=True),
        )
        if len(key_file.nonce) != 12 or len(key_file.salt) < 16:
            raise ValueError("salt or nonce has the wrong length")
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        detail = (str(exc) if isinstance(exc, ValueError)
                  else Message("detail", QT_TRANSLATE_NOOP("Errors", "unreadable")))
        raise CorruptKeyFile(path, detail) from None
    return key_file


def read_small_regular_file(path: Path) -> bytes:
    """The file's bytes; a FIFO, device or folder (which could hang or never end) or an
    oversized file is refused without reading it."""
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        if info.st_size > MAX_KEY_FILE:
            raise ValueError("far too large for a key file")
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read(MAX_KEY_FILE + 1)
    finally:
        os.close(fd)


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Replace the key file atomically (a crash leaves the old or the new one)."""
    atomic_write(path, key_file.to_json().encode("utf-8"))
    os.chmod(path, 0o600)
