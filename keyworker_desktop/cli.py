"""The ``keyworker`` command line: the store, the demo caseload, lists and search.

Exit codes (also in README.md):
  0 success · 1 other expected failure · 2 usage or invalid input · 3 wrong passphrase
  4 corrupt or unreadable store/key file · 5 no store here / a store already exists
  6 no such young person · 130 interrupted
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from keyworker_desktop import __version__
from keyworker_desktop.store.errors import StoreError, TooManyAttempts

EXIT_NOT_FOUND = 6
EPILOG = """exit codes: 0 ok, 1 failed, 2 usage/invalid input, 3 wrong passphrase,
4 corrupt store or key file, 5 no store here / store exists, 6 no such young person.
The passphrase is asked without echo, or read from KEYWORKER_PASSPHRASE."""


class CliError(Exception):
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def default_data_dir() -> Path:
    env = os.environ.get("KEYWORKER_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("keyworker-desktop", "Keyworker"))


def ask_passphrase(prompt: str = "Passphrase: ", env: str = "KEYWORKER_PASSPHRASE") -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"No passphrase: set {env} or run in a terminal.", 2)
    return getpass.getpass(prompt)


def open_store(args: argparse.Namespace) -> Any:
    from keyworker_desktop.store.database import Store

    passphrase = ask_passphrase()
    while True:
        try:
            return Store.open(args.data_dir, passphrase)
        except TooManyAttempts as exc:
            print(f"Too many wrong passphrases: waiting {exc.retry_after:.0f} s before trying.",
                  file=sys.stderr)
            time.sleep(exc.retry_after)


def young_person_or_exit(session: Any, ref: str) -> Any:
    """The young person ``ref`` names (id, id prefix or name), or exit 6 with a plain message."""
    from keyworker_desktop.services.records import find_young_person

    yp = find_young_person(session, ref)
    if yp is None:
        raise CliError("No single young person matches that. Try 'keyworker list "
                       "young-people' and use the id.", EXIT_NOT_FOUND)
    return yp


def _emit(args: argparse.Namespace, data: Any, lines: Callable[[], list[str]]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, indent=2, ensure_ascii=False, default=str))
    else:
        for line in lines():
            print(line)


# -- commands ----------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from keyworker_desktop.store.database import Store, StorePaths, check_passphrase_strength

    if StorePaths(args.data_dir).exists():
        from keyworker_desktop.store.errors import StoreExists

        raise StoreExists(args.data_dir)
    passphrase = ask_passphrase("New passphrase (three random words are good): ")
    check_passphrase_strength(passphrase)
    if "KEYWORKER_PASSPHRASE" not in os.environ and getpass.getpass("Again: ") != passphrase:
        raise CliError("The two passphrases are different. Nothing was created.", 2)
    store = Store.create(args.data_dir, passphrase, user_name=args.name or "",
                         organisation=args.organisation or "")
    store.close()
    print(f"Created an encrypted store in {args.data_dir}")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        new = ask_passphrase("New passphrase: ", "KEYWORKER_NEW_PASSPHRASE")
        if "KEYWORKER_NEW_PASSPHRASE" not in os.environ and getpass.getpass("Again: ") != new:
            raise CliError("The two passphrases are different. Nothing was changed.", 2)
        store.change_passphrase(ask_passphrase(), new)
    finally:
        store.close()
    print("Passphrase changed. The database itself was not rewritten.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        problems = store.integrity_problems()
    finally:
        store.close()
    if problems:
        for p in problems:
            print(p)
        print(f"The store in {args.data_dir} has problems. Restore a backup with "
              "'keyworker restore'.", file=sys.stderr)
        return 4
    print("The store is intact.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        path = store.backup()
    finally:
        store.close()
    print(f"Encrypted backup written to {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from keyworker_desktop.store import backups
    from keyworker_desktop.store.database import StorePaths

    paths = StorePaths(args.data_dir)
    available = backups.list_backups(paths)
    if not args.backup:
        if not available:
            print("There are no backups.")
            return 1
        print("Backups, newest first (restore with 'keyworker restore NUMBER'):")
        for i, b in enumerate(available, 1):
            print(f"  {i}. {b.name}  ({datetime.fromtimestamp(b.stat().st_mtime):%d %b %Y %H:%M})")
        return 0
    chosen = Path(args.backup)
    if args.backup.isdigit() and 1 <= int(args.backup) <= len(available):
        chosen = available[int(args.backup) - 1]
    if not chosen.exists():
        raise CliError(f"There is no backup {args.backup}.", 2)
    aside = backups.restore(paths, chosen, ask_passphrase())
    print(f"Restored {chosen.name}. The files it replaced are kept in {aside}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.demo import populate_demo

    store = open_store(args)
    try:
        with store.transaction() as s:
            summary = populate_demo(s, today=date.today(), scale=args.scale)
    finally:
        store.close()
    print(f"Added the fictional demo caseload: {summary}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.caseload import caseload_rows

    store = open_store(args)
    try:
        with store.session() as s:
            rows = caseload_rows(s, datetime.now())
    finally:
        store.close()
    data = [r._asdict() for r in rows]

    def lines() -> list[str]:
        out = [f"{'Name':32} {'Age':>3}  {'RAG':6} {'Keyworker':20} {'Overdue':>7}  Id"]
        for r in rows:
            name = r.name + (f" ({r.preferred_name})" if r.preferred_name else "")
            out.append(f"{name[:32]:32} {r.age if r.age is not None else '':>3}  "
                       f"{(r.rag or '-'):6} {r.keyworker[:20]:20} {r.overdue:>7}  {r.id[:13]}")
        return out

    _emit(args, data, lines)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.records import record_header, record_view, whole_record

    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            record_view(s, s.info["write_context"], yp.id, "show (command line)")
            header = record_header(s, yp.id, date.today())
            data = whole_record(s, yp.id)
    finally:
        store.close()

    def lines() -> list[str]:
        out = [f"{header.name} (known as {header.known_as})",
               f"  Age {header.age}  ·  RAG: {header.rag_label}  ·  Keyworker: {header.keyworker or '-'}",
               f"  Consent: {header.consent}", f"  Communication: {header.communication or '-'}"]
        for key, rows in data.items():
            if key != "young_person" and rows:
                out.append(f"  {key.replace('_', ' ')}: {len(rows)}")
        return out

    _emit(args, data, lines)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.search import search

    store = open_store(args)
    try:
        with store.session() as s:
            hits = search(s, args.text, limit=args.limit)
    finally:
        store.close()

    def lines() -> list[str]:
        if not hits:
            return ["Nothing found."]
        return [f"{h.group:26} {h.title[:50]:50} {h.snippet[:60]}" for h in hits]

    _emit(args, [h.__dict__ for h in hits], lines)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="keyworker", description="Keyworker Desktop command line",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"keyworker {__version__}")
    p.add_argument("--data-dir", type=Path, default=None,
                   help="the store's folder (default: KEYWORKER_DATA_DIR or the user data folder)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = sub.add_parser("init", help="create an encrypted store")
    init.add_argument("--name", help="your name, as it signs notes")
    init.add_argument("--organisation")
    init.set_defaults(func=cmd_init)
    sub.add_parser("passwd", help="change the passphrase").set_defaults(func=cmd_passwd)
    sub.add_parser("check", help="check the store's integrity").set_defaults(func=cmd_check)
    sub.add_parser("backup", help="make an encrypted backup now").set_defaults(func=cmd_backup)
    restore = sub.add_parser("restore", help="list backups, or restore one")
    restore.add_argument("backup", nargs="?", help="a number from the list, or a path")
    restore.set_defaults(func=cmd_restore)
    demo = sub.add_parser("demo", help="add the fictional demo caseload")
    demo.add_argument("--scale", type=int, default=None, help="generate N young people instead")
    demo.set_defaults(func=cmd_demo)
    lst = sub.add_parser("list", help="list young people")
    lst.add_argument("what", choices=["young-people"])
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)
    show = sub.add_parser("show", help="show a young person's record")
    show.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show)
    search = sub.add_parser("search", help="full-text search")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=cmd_search)
    for extra in _EXTENSIONS:
        extra(sub)
    return p


# Later features (network export, plans, sync) add their sub-commands here.
_EXTENSIONS: list[Callable[[Any], None]] = []


def _sync_commands(sub: Any) -> None:
    from keyworker_desktop.sync.cli import add_commands

    add_commands(sub)


_EXTENSIONS.append(_sync_commands)


def _plan_commands(sub: Any) -> None:
    from keyworker_desktop.cli_plan import add_commands

    add_commands(sub)


_EXTENSIONS.append(_plan_commands)


def _network_commands(sub: Any) -> None:
    from keyworker_desktop.cli_network import add_commands

    add_commands(sub)


_EXTENSIONS.append(_network_commands)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir is None:
        args.data_dir = default_data_dir()
    try:
        return int(args.func(args))
    except StoreError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("Stopped. Nothing half-written was kept.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    # Run the imported module's main, so extensions raising keyworker_desktop.cli.CliError
    # are caught by the same class (under -m this file is also loaded as __main__).
    from keyworker_desktop.cli import main as _main

    sys.exit(_main())
