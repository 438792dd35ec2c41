"""Errors the store raises for expected failures, each with a plain message.

Messages name files and say what to do; they never contain record contents.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of the store's expected failures; ``exit_code`` is for the CLI."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassphrase(StoreError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__("That passphrase is not right. Nothing was changed; try again.")


class TooManyAttempts(StoreError):
    exit_code = 3

    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(
            f"Too many wrong passphrases. Wait {max(1, round(retry_after))} seconds and try again."
        )


class CorruptStore(StoreError):
    exit_code = 4

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        super().__init__(
            f"The database file {path} cannot be read ({detail}). Nothing was changed. "
            "You can restore a backup with 'keyworker restore'."
        )


class CorruptKeyFile(StoreError):
    exit_code = 4

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        super().__init__(
            f"The key file {path} cannot be read ({detail}). Nothing was changed. "
            "A copy of the key file is kept with each backup; 'keyworker restore' can bring it back."
        )


class StoreMissing(StoreError):
    exit_code = 5

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"There is no Keyworker store in {path}. Create one with 'keyworker init'.")


class StoreExists(StoreError):
    exit_code = 5

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"A Keyworker store already exists in {path}. Nothing was changed.")


class WeakPassphrase(StoreError):
    exit_code = 2


class ValidationError(StoreError):
    """A domain rule refused a value; ``field`` says which one."""

    exit_code = 2

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
