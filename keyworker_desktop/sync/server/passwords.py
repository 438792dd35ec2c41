"""Argon2id password hashes in the PHC string format, with cryptography's Argon2id."""

from __future__ import annotations

import base64
import hmac
import os

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

# OWASP Password Storage Cheat Sheet: m=19 MiB, t=2, p=1.
MEMORY_KIB = int(os.environ.get("KEYWORKER_CENTRAL_ARGON2_KIB", "19456"))
ITERATIONS = 2
LANES = 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def _derive(password: str, salt: bytes, m: int, t: int, p: int) -> bytes:
    return Argon2id(salt=salt, length=32, iterations=t, lanes=p, memory_cost=m).derive(
        password.encode("utf-8"))


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = _derive(password, salt, MEMORY_KIB, ITERATIONS, LANES)
    return f"$argon2id$v=19$m={MEMORY_KIB},t={ITERATIONS},p={LANES}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        _, name, _version, params, salt, digest = encoded.split("$")
        if name != "argon2id":
            return False
        opts = dict(kv.split("=") for kv in params.split(","))
        m, t, p = int(opts["m"]), int(opts["t"]), int(opts["p"])
        if not (8 <= m <= 1 << 21 and 1 <= t <= 10 and 1 <= p <= 8):
            return False
        actual = _derive(password, _unb64(salt), m, t, p)
    except (ValueError, KeyError):
        return False
    return hmac.compare_digest(actual, _unb64(digest))
