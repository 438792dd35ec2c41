"""Errors the store raises for expected failures, each with a plain message.

Messages name files and say what to do; they never contain record contents. Each is a
:class:`~keyworker_desktop.domain.i18n.Message`: ``str(err)`` is English (the command line's
log, the central store), ``err.message`` the words in the reader's language, ``err.code``
what a program tests.
"""

from __future__ import annotations

from pathlib import Path

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, WordedError
from keyworker_desktop.domain.rules import Problem


class StoreError(WordedError):
    """Base of the store's expected failures; ``exit_code`` is for the CLI."""

    exit_code = 1


class WrongPassphrase(StoreError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__(Message("store.wrong_passphrase", QT_TRANSLATE_NOOP(
            "Errors", "That passphrase is not right. Nothing was changed; try again.")))


class TooManyAttempts(StoreError):
    exit_code = 3

    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(Message("store.too_many_attempts", QT_TRANSLATE_NOOP(
            "Errors", "Too many wrong passphrases. Wait {seconds} seconds and try again."),
            seconds=max(1, round(retry_after))))


class CorruptStore(StoreError):
    exit_code = 4

    def __init__(self, path: Path, detail: str | Message) -> None:
        self.path = path
        super().__init__(Message("store.corrupt", QT_TRANSLATE_NOOP(
            "Errors", "The database file {path} cannot be read ({detail}). Nothing was "
            "changed. You can restore a backup with 'keyworker restore'."),
            path=path, detail=detail))


class CorruptKeyFile(StoreError):
    exit_code = 4

    def __init__(self, path: Path, detail: str | Message) -> None:
        self.path = path
        super().__init__(Message("store.corrupt_key_file", QT_TRANSLATE_NOOP(
            "Errors", "The key file {path} cannot be read ({detail}). Nothing was changed. "
            "A copy of the key file is kept with each backup; "
            "'keyworker restore' can bring it back."), path=path, detail=detail))


class StoreMissing(StoreError):
    exit_code = 5

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(Message("store.missing", QT_TRANSLATE_NOOP(
            "Errors", "There is no Keyworker store in {path}. Create one with 'keyworker init'."),
            path=path))


class StoreExists(StoreError):
    exit_code = 5

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(Message("store.exists", QT_TRANSLATE_NOOP(
            "Errors", "A Keyworker store already exists in {path}. Nothing was changed."),
            path=path))


class StoreInUse(StoreError):
    """Another process (the app, or another ``keyworker`` command) has the store open."""

    exit_code = 1

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(Message("store.in_use", QT_TRANSLATE_NOOP(
            "Errors", "The store in {path} is open in the app, or in a keyworker command still "
            "running. Lock or close it there, then try again. Nothing was changed."), path=path))


class WeakPassphrase(StoreError):
    exit_code = 2


class ValidationError(StoreError):
    """Domain rules refused a write; ``problems`` say which fields and why."""

    exit_code = 2

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(" ".join(str(p) for p in problems))
        self.problems = problems
        self.field = problems[0].field if problems else None
        self.code = problems[0].code if problems else "validation"

    def worded(self, language: str | None = None) -> str:
        return " ".join(p.worded(language) for p in self.problems)

    def for_field(self, field: str) -> str:
        return " ".join(p.message for p in self.problems if p.field == field)


def raise_for(problems: list[Problem]) -> list[Problem]:
    """Raise on any error; return the warnings so the caller can show them."""
    errs = [p for p in problems if p.is_error]
    if errs:
        raise ValidationError(errs)
    return [p for p in problems if not p.is_error]
