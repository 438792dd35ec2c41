"""The store itself: ``init``, ``passwd``, ``check``, ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import datetime
from pathlib import Path

from keyworker_desktop.cli.common import (
    PASSPHRASE_ENV,
    CliError,
    Subcommands,
    ask_passphrase,
    open_store,
)
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.services.backup import ORGANISATION_ENV, organisation_default

NEW_PASSPHRASE_ENV = "KEYWORKER_NEW_PASSPHRASE"


def cmd_init(args: argparse.Namespace) -> int:
    from keyworker_desktop.store.database import Store, check_passphrase_strength
    from keyworker_desktop.store.paths import StorePaths

    if StorePaths(args.data_dir).exists():
        from keyworker_desktop.store.errors import StoreExists

        raise StoreExists(args.data_dir)
    passphrase = ask_passphrase(translate(
        "Cli", "New passphrase (three random words are good): "))
    check_passphrase_strength(passphrase)
    if PASSPHRASE_ENV not in os.environ and getpass.getpass("Again: ") != passphrase:
        raise CliError(translate(
            "Cli", "The two passphrases are different. Nothing was created."), 2)
    store = Store.create(args.data_dir, passphrase, user_name=args.name or "",
                         organisation=args.organisation or "")
    store.close()
    print(translate("Cli", "Created an encrypted store in {data_dir}").format(
        data_dir=args.data_dir))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        new = ask_passphrase(translate("Cli", "New passphrase: "), NEW_PASSPHRASE_ENV)
        if NEW_PASSPHRASE_ENV not in os.environ and getpass.getpass("Again: ") != new:
            raise CliError(translate(
                "Cli", "The two passphrases are different. Nothing was changed."), 2)
        left = store.change_passphrase(ask_passphrase(), new)
    finally:
        store.close()
    print(translate(
        "Cli", "Passphrase changed, in the key file and the backups' key copies. The database "
        "itself was not rewritten."))
    for copy in left:
        # It may still open the store under an old passphrase: the user decides its fate.
        print(translate(
            "Cli", "Could not re-wrap the key copy {copy}: it is damaged, or its backup is "
            "missing or not this store's. Delete it if it may hold an old passphrase.").format(
            copy=copy),
              file=sys.stderr)
    return 1 if left else 0


def cmd_check(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        problems = store.integrity_problems()
    finally:
        store.close()
    if problems:
        for p in problems:
            print(p)
        print(translate(
            "Cli", "The store in {data_dir} has problems. Restore a backup with 'keyworker "
            "restore'.").format(data_dir=args.data_dir), file=sys.stderr)
        return 4
    print(translate("Cli", "The store is intact."))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    if args.out is not None and not args.out.parent.is_dir():
        raise CliError(translate(
            "Cli", "There is no folder {parent} to write the backup in. Nothing was "
            "written.").format(parent=args.out.parent), 2)
    store = open_store(args)
    try:
        if args.out is None:
            path = store.backup()
        else:
            from keyworker_desktop.services.backup import back_up_to

            # The app's File › Back up to… does the same: written whole, audited.
            path = back_up_to(store, args.out)
    finally:
        store.close()
    print(translate("Cli", "Encrypted backup written to {path}").format(path=path))
    if args.out is not None:
        print(translate(
            "Cli", "It opens only with your passphrase. To move to a new laptop: keyworker "
            "restore FILE on that laptop."))
    return 0


def _restore_to_new_laptop(args: argparse.Namespace, backup: Path) -> int:
    from keyworker_desktop.store.paths import StorePaths
    from keyworker_desktop.store.portable import restore_backup

    if StorePaths(args.data_dir).exists():
        raise CliError(translate(
            "Cli", "{data_dir} already holds a Keyworker store, so this backup was not restored "
            "over it. Nothing was changed. Restore into an empty folder with --data-dir, "
            "or move that store away first.").format(data_dir=args.data_dir), 5)
    done = restore_backup(args.data_dir, backup, ask_passphrase(),
                          organisation=args.organisation)
    print(translate("Cli", "Restored the backup into {root} ({organisation}).").format(
        root=done.root, organisation=done.organisation) if done.organisation else
        translate("Cli", "Restored the backup into {root}.").format(root=done.root))
    print(translate(
        "Cli", "This laptop registers with the central store at its next sync. Ask your "
        "administrator to revoke the old laptop."))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from keyworker_desktop.store import backups
    from keyworker_desktop.store.paths import StorePaths
    from keyworker_desktop.store.portable import is_portable_backup

    paths = StorePaths(args.data_dir)
    given = Path(args.backup) if args.backup and not args.backup.isdigit() else None
    if given is not None and (is_portable_backup(given) or (
            not paths.exists() and not given.with_suffix(".key").is_file())):
        # A file from 'backup --out', or anything offered to a laptop with no store yet.
        return _restore_to_new_laptop(args, given)
    available = backups.list_backups(paths)
    if not args.backup:
        if not available:
            print(translate("Cli", "There are no backups."))
            return 1
        print(translate(
            "Cli", "Backups, newest first (restore with 'keyworker restore NUMBER'):"))
        for i, b in enumerate(available, 1):
            print(f"  {i}. {b.name}  ({datetime.fromtimestamp(b.stat().st_mtime):%d %b %Y %H:%M})")
        return 0
    chosen = Path(args.backup)
    if args.backup.isdigit() and 1 <= int(args.backup) <= len(available):
        chosen = available[int(args.backup) - 1]
    if not chosen.exists():
        raise CliError(translate("Cli", "There is no backup {backup}.").format(
            backup=args.backup), 2)
    from keyworker_desktop.store.filelock import StoreLock

    # Never replace the files under an app (or another command) that has them open.
    with StoreLock(paths.root):
        aside = backups.restore(paths, chosen, ask_passphrase())
    print(translate(
        "Cli", "Restored {name}. The files it replaced are kept in {aside}").format(
        name=chosen.name, aside=aside))
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``init``, ``passwd``, ``check``, ``backup`` and ``restore``."""
    init = sub.add_parser("init", help="create an encrypted store")
    init.add_argument("--name", help="your name, as it signs notes")
    init.add_argument("--organisation")
    init.set_defaults(func=cmd_init)
    sub.add_parser("passwd", help="change the passphrase").set_defaults(func=cmd_passwd)
    sub.add_parser("check", help="check the store's integrity").set_defaults(func=cmd_check)
    backup = sub.add_parser("backup", help="make an encrypted backup now")
    backup.add_argument("--out", type=Path, default=None, metavar="PATH",
                        help="write one encrypted file there (removable media, for a new "
                        "laptop) instead of the backups folder")
    backup.set_defaults(func=cmd_backup)
    restore = sub.add_parser("restore", help="list backups, or restore one")
    restore.add_argument("backup", nargs="?",
                         help="a number from the list, a path, or a file from 'backup --out' "
                         "(restored into an empty --data-dir)")
    restore.add_argument("--organisation", default=organisation_default(),
                         help="the organisation this laptop is for: a backup of another is "
                         f"refused (default: {ORGANISATION_ENV})")
    restore.set_defaults(func=cmd_restore)
