"""``keyworker-central`` commands that list users and shut accounts off or change them.

Nothing secret is printed: no password, hash or token. Each change is audited with the
operating-system user who ran the command.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from keyworker_desktop.sync.server import account_admin, accounts
from keyworker_desktop.sync.server.db import default_url, make_engine, upgrade


@contextmanager
def central_store(args: argparse.Namespace) -> Iterator[Any]:
    """The central store of ``--database-url``, migrated; its connections closed after."""
    from keyworker_desktop.sync.server.app import Central

    engine = make_engine(args.database_url or default_url())
    try:
        upgrade(engine)
        yield Central(engine)
    finally:
        engine.dispose()


def by_whom() -> str:
    try:
        return f"{getpass.getuser()[:60]} (keyworker-central)"
    except (KeyError, OSError):
        return "keyworker-central"


def _new_password(name: str) -> str | None:
    password = os.environ.get("KEYWORKER_CENTRAL_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        print("No password: set KEYWORKER_CENTRAL_PASSWORD or run in a terminal.",
              file=sys.stderr)
        return None
    password = getpass.getpass(f"New password for {name}: ")
    if getpass.getpass("Again: ") != password:
        print("The two passwords are different. Nothing was changed.", file=sys.stderr)
        return None
    return password


def cmd_list_users(args: argparse.Namespace) -> int:
    with central_store(args) as central:
        rows = central.run(account_admin.list_users)
    print(f"{'User':20} {'Role':10} {'Team':16} {'State':16} {'Devices':>7}  Last seen")
    for r in rows:
        state = "disabled" if r.disabled else ("new password due" if r.must_reset_password
                                               else "active")
        seen = f"{r.last_seen:%Y-%m-%d %H:%M}" if r.last_seen else "never"
        print(f"{r.name[:20]:20} {r.role:10} {(r.team or '-')[:16]:16} {state:16} "
              f"{r.devices:>7}  {seen}")
    return 0


def cmd_disable_user(args: argparse.Namespace) -> int:
    with central_store(args) as central:
        changed = central.run(
            lambda s: account_admin.set_disabled(s, args.name, True, by_whom()))
    print(f"Disabled {args.name}: every token of theirs is refused and no laptop can be "
          "registered. Their laptops are not wiped." if changed
          else f"{args.name} was already disabled.")
    return 0


def cmd_enable_user(args: argparse.Namespace) -> int:
    with central_store(args) as central:
        changed = central.run(
            lambda s: account_admin.set_disabled(s, args.name, False, by_whom()))
    print(f"Enabled {args.name}." if changed else f"{args.name} was not disabled.")
    return 0


def cmd_reset_password(args: argparse.Namespace) -> int:
    password = _new_password(args.name)
    if password is None:
        return 2
    with central_store(args) as central:
        ended = central.run(
            lambda s: account_admin.reset_password(s, args.name, password, by_whom()))
    print(f"Set a new password for {args.name}. {ended} laptop sign-ins ended: those laptops "
          "ask to sign in again (nothing on them is deleted).")
    return 0


def cmd_change_user(args: argparse.Namespace) -> int:
    if args.role is None and args.team is None and not args.no_team:
        print("Say what to change: --role, --team or --no-team.", file=sys.stderr)
        return 2
    with central_store(args) as central:
        done = central.run(lambda s: account_admin.change_user(
            s, args.name, by_whom(), role=args.role, team=args.team, no_team=args.no_team))
    print(f"Changed {args.name}: {', '.join(done)}." if done else "Nothing to change.")
    return 0


def add_commands(sub: Any) -> list[argparse.ArgumentParser]:
    """Add the account commands to ``keyworker-central``'s subparsers; the parsers made."""
    made = []
    lst = sub.add_parser("list-users", help="list users: role, team, state, live devices, "
                                            "last seen (nothing secret)")
    lst.set_defaults(func=cmd_list_users)
    made.append(lst)
    for name, func, text in (
            ("disable-user", cmd_disable_user,
             "refuse every token of a user and any new registration (laptops kept)"),
            ("enable-user", cmd_enable_user, "undo disable-user")):
        p = sub.add_parser(name, help=text)
        p.add_argument("name")
        p.set_defaults(func=func)
        made.append(p)
    reset = sub.add_parser("reset-password", help="set a new password (asked, or "
                                                  "KEYWORKER_CENTRAL_PASSWORD); the user's "
                                                  "laptops sign in again")
    reset.add_argument("name")
    reset.set_defaults(func=cmd_reset_password)
    change = sub.add_parser("change-user", help="change a user's role or team")
    change.add_argument("name")
    change.add_argument("--role", choices=accounts.ROLES)
    team = change.add_mutually_exclusive_group()
    team.add_argument("--team")
    team.add_argument("--no-team", action="store_true", help="take the user out of any team")
    change.set_defaults(func=cmd_change_user)
    made += [reset, change]
    for p in made:
        p.add_argument("--database-url", default=argparse.SUPPRESS)
    return made
