"""What every ``keyworker`` command shares: its error, the passphrase, the store, the output.

Command modules import this one; it imports none of them, so a new command group
depends on this module and nothing else in the package.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.store.errors import TooManyAttempts

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from keyworker_desktop.store.database import Store
    from keyworker_desktop.store.models import YoungPerson

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
"""What ``add_subparsers`` returns: each command group adds its commands to it."""

Handler: TypeAlias = Callable[[argparse.Namespace], int]
"""A command: the parsed arguments in, the exit code out."""

EXIT_NOT_FOUND = 6
PASSPHRASE_ENV = "KEYWORKER_PASSPHRASE"


class CliError(Exception):
    """An expected failure: its message is printed and the command exits with ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def iso_date(text: str) -> date:
    """An argparse type: a real calendar date written YYYY-MM-DD (usage error otherwise)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "Cli", "{text} is not a date: write it as YYYY-MM-DD, and it must exist (30 "
                "February does not)").format(text=repr(text))) from None


def pdf_out(text: str, what: str, noun: str) -> Path:
    """``--out`` for a command that writes a PDF: a name ending in .pdf, in a folder that
    exists (exit 2 otherwise). ``what`` names the document, ``noun`` it in the folder line."""
    out = Path(text)
    if out.suffix.lower() != ".pdf":
        raise CliError(translate(
            "Cli", "The {what} is a PDF: give --out a name ending in .pdf.").format(what=what), 2)
    if not out.parent.is_dir():
        raise CliError(translate(
            "Cli", "There is no folder {parent} to save the {noun} in.").format(
            parent=out.parent, noun=noun), 2)
    return out


def confirm(question: str, *, yes: bool = False) -> bool:
    """A y/N answer in a terminal; ``yes`` (``--yes``) answers for a script. Without a
    terminal and without ``yes`` the answer is no, said on stderr."""
    if yes:
        return True
    if not sys.stdin.isatty():
        print(translate(
            "Cli", "{question} Not without a yes: run it in a terminal, or add --yes.").format(
            question=question),
              file=sys.stderr)
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def ask_passphrase(prompt: str = "Passphrase: ", env: str = PASSPHRASE_ENV) -> str:
    """The passphrase from ``env`` (for scripts), else asked without echo in a terminal."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(translate(
            "Cli", "No passphrase: set {env} or run in a terminal.").format(env=env), 2)
    return getpass.getpass(prompt)


def open_store(args: argparse.Namespace) -> Store:
    """The store in ``--data-dir``, opened with the passphrase; waits out a lock-out."""
    from keyworker_desktop.store.database import Store

    passphrase = ask_passphrase()
    while True:
        try:
            return Store.open(args.data_dir, passphrase)
        except TooManyAttempts as exc:
            print(translate(
                "Cli", "Too many wrong passphrases: waiting {seconds} s before trying.").format(
                seconds=f"{exc.retry_after:.0f}"), file=sys.stderr)
            time.sleep(exc.retry_after)


def young_person_or_exit(session: Session, ref: str) -> YoungPerson:
    """The young person ``ref`` names (id, id prefix or name), or exit 6 with a plain message."""
    from keyworker_desktop.services.records import find_young_person

    yp = find_young_person(session, ref)
    if yp is None:
        raise CliError(translate(
            "Cli", "No single young person matches that. Try 'keyworker list young-people' and "
            "use the id."), EXIT_NOT_FOUND)
    return yp


def emit(args: argparse.Namespace, data: Any, lines: Callable[[], list[str]]) -> None:
    """Print ``data`` as JSON under ``--json``, else the human ``lines``."""
    if getattr(args, "json", False):
        print(json.dumps(data, indent=2, ensure_ascii=False, default=str))
    else:
        for line in lines():
            print(line)
