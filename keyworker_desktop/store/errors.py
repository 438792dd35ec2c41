"""Errors the store raises for expected failures, each with a plain message.

Messages name files and say what to do; they never contain record contents.
"""

from __future__ import annotations

from pathlib import Path

from keyworker_desktop.domain.rules import Problem


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
            "A copy of the key file is kept with each backup; "
            "'keyworker restore' can bring it back."
        )


class StoreMissing(StoreError):
    exit_code = 5

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"There is no Keyworker store in {path}. Create one with 'keyworker init'.")


class StoreExists(StoreError):
    exit_code = 5

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"A Keyworker store already exists in {path}. Nothing was changed.")


class StoreInUse(StoreError):
    """Another process (the app, or another ``keyworker`` command) has the store open."""

    exit_code = 1

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"The store in {path} is open in the app, or in a keyworker command still "
            "running. Lock or close it there, then try again. Nothing was changed.")


class WeakPassphrase(StoreError):
    exit_code = 2


class ValidationError(StoreError):
    """Domain rules refused a write; ``problems`` say which fields and why."""

    exit_code = 2

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(" ".join(p.message for p in problems))
        self.problems = problems
        self.field = problems[0].field if problems else None

    def for_field(self, field: str) -> str:
        return " ".join(p.message for p in self.problems if p.field == field)


def raise_for(problems: list[Problem]) -> list[Problem]:
    """Raise on any error; return the warnings so the caller can show them."""
    errs = [p for p in problems if p.is_error]
    if errs:
        raise ValidationError(errs)
    return [p for p in problems if not p.is_error]
