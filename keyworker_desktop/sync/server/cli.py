"""``keyworker-central``: serve the central store and manage its accounts and devices.

Exit codes: 0 success, 1 failed, 2 usage or invalid input.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from keyworker_desktop.sync.server import (
    account_commands,
    accounts,
    migrate_command,
    report_command,
)
from keyworker_desktop.sync.server.db import default_url, make_engine, upgrade


def _central(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from keyworker_desktop.sync.server.app import Central

    engine = make_engine(args.database_url or default_url())
    args.engines.append(engine)  # closed when the command ends (main)
    upgrade(engine)
    return Central(engine)


def cmd_serve(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from keyworker_desktop.sync.server import serving
    from keyworker_desktop.sync.server.app import create_app

    if bool(args.tls_cert) != bool(args.tls_key):
        print("Give both --tls-cert and --tls-key, or neither.", file=sys.stderr)
        return 2
    if not args.tls_cert and not args.behind_tls_proxy and not serving.is_loopback(args.host):
        # Passwords, tokens and young people's records would cross the network in clear.
        print(f"Refusing to serve plain HTTP on {args.host}: give --tls-cert and --tls-key, "
              "or --behind-tls-proxy if a TLS-terminating proxy is the only way in.",
              file=sys.stderr)
        return 2
    if args.tls_cert:
        import ssl

        try:  # the same load uvicorn makes, so a wrong file is a message, not a traceback
            ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(
                args.tls_cert, args.tls_key)
        except (OSError, ssl.SSLError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"Cannot use the certificate and key given: {reason}.", file=sys.stderr)
            return 2
    from keyworker_desktop.sync.server.register_limits import Access

    if args.token_idle_days < 1:
        print("--token-idle-days must be at least 1.", file=sys.stderr)
        return 2
    url = args.database_url or default_url()
    app = create_app(url, access=Access(token_idle_days=args.token_idle_days))
    shown = make_url(url).render_as_string(hide_password=True)
    serving.tune_collector()
    serving.make_server(
        app, args.host, args.port, tls_cert=args.tls_cert, tls_key=args.tls_key,
        log_level=args.log_level, max_connections=args.max_connections,
        announce=f"Serving the central store on {{url}} (database {shown}). "
                 "Stop with Ctrl+C.").run()
    return 0


def _add_user(s: Any, args: argparse.Namespace, password: str) -> None:
    from keyworker_desktop.sync.server import allocations

    accounts.add_user(s, args.name, args.role, password, args.team)
    if args.role != "admin":  # every laptop gets their staff record, to allocate them
        allocations.ensure_staff(s, args.name, args.full_name)


def cmd_add_user(args: argparse.Namespace) -> int:
    password = os.environ.get("KEYWORKER_CENTRAL_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            print("No password: set KEYWORKER_CENTRAL_PASSWORD or run in a terminal.",
                  file=sys.stderr)
            return 2
        password = getpass.getpass(f"Password for {args.name}: ")
        if getpass.getpass("Again: ") != password:
            print("The two passwords are different. Nobody was added.", file=sys.stderr)
            return 2
    central = _central(args)
    central.run(lambda s: _add_user(s, args, password))
    print(f"Added {args.name} ({args.role}{', team ' + args.team if args.team else ''}).")
    return 0


def _reason(text: str | None, allowed: Sequence[Any]) -> str | None:
    """A reason's code from its code or its words ("staff left"); None if not one."""
    if text is None:
        return None
    wanted = "_".join(text.replace("-", " ").split()).casefold()
    for m in allowed:
        if wanted in (m.value, "_".join(m.label.split()).casefold()):
            return str(m.value)
    return None


def _allocation_args(args: argparse.Namespace, reasons: Sequence[Any]) -> tuple[str, str, str]:
    """(user, young person, reason) from the flags or the old positional form."""
    user = args.user_flag or args.user
    yp = args.young_person or args.young_person_id
    if not user or not yp:
        raise accounts.AccountError("give --user NAME and --young-person ID")
    reason = _reason(args.reason, reasons)
    if reason is None:
        raise accounts.AccountError(
            ("give --reason: " if args.reason is None else "unknown reason; use one of: ")
            + ", ".join(str(m.value) for m in reasons))
    return user, yp, reason


def cmd_allocate(args: argparse.Namespace) -> int:
    from keyworker_desktop.sync.server import allocations

    if args.reason is None and not args.user_flag:
        args.reason = "first_allocation"  # the old form: ``allocate USER YOUNG_PERSON_ID``
    user, yp, reason = _allocation_args(args, allocations.NEW_REASONS)
    role = allocations.ROLES[args.role].value
    central = _central(args)
    done = central.run(lambda s: allocations.allocate(
        s, user, yp, role=role, reason=reason, on=args.on or date.today()))
    print(f"{yp} is now allocated to {user} ({args.role}, from "
          f"{(args.on or date.today()).isoformat()}); ended {len(done.ended)} earlier "
          f"allocation{'s' if len(done.ended) != 1 else ''}.")
    return 0


def cmd_end_allocation(args: argparse.Namespace) -> int:
    from keyworker_desktop.sync.server import allocations

    yp = args.young_person
    reason = _reason(args.reason, allocations.END_REASONS)
    if reason is None:
        raise accounts.AccountError("unknown reason; use one of: " + ", ".join(
            m.value for m in allocations.END_REASONS))
    central = _central(args)
    ended = central.run(lambda s: allocations.end_allocation(
        s, yp, role=allocations.ROLES[args.role].value, reason=reason,
        on=args.on or date.today()))
    print(f"Ended {len(ended)} allocation{'s' if len(ended) != 1 else ''} of {yp}.")
    return 0


def cmd_link_staff(args: argparse.Namespace) -> int:
    from keyworker_desktop.sync.server import allocations

    central = _central(args)
    staff_id, made = central.run(
        lambda s: allocations.ensure_staff(s, args.name, args.full_name))
    print(f"{'Made' if made else 'Kept'} the staff record {staff_id} for {args.name}; laptops "
          "get it at their next sync.")
    return 0


def cmd_list_devices(args: argparse.Namespace) -> int:
    central = _central(args)
    rows = central.run(lambda s: [(d.id, n, d.name, d.created_at, d.revoked_at)
                                  for d, n in accounts.list_devices(s)])
    print(f"{'Device':36}  {'User':16} {'Registered':16} {'Revoked':16} Name")
    for did, user, name, created, revoked in rows:
        print(f"{did:36}  {user[:16]:16} {created:%Y-%m-%d %H:%M} "
              f"{f'{revoked:%Y-%m-%d %H:%M}' if revoked else '-':16} {name}")
    return 0


def cmd_revoke_device(args: argparse.Namespace) -> int:
    with account_commands.central_store(args) as central:
        did = central.run(lambda s: accounts.revoke_device(
            s, args.device_id, keep_password=args.keep_password,
            by=account_commands.by_whom()).id)
    print(f"Revoked device {did}. Its local store is wiped at its next connection.")
    if not args.keep_password:
        print("Its user can register another laptop once you set a new password "
              "(reset-password).")
    return 0


ROLE_CHOICES = ("keyworker", "senior", "family")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: write YYYY-MM-DD") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="keyworker-central",
                                description="Keyworker central store")
    p.add_argument("--database-url", default=None,
                   help="SQLAlchemy URL (default: KEYWORKER_CENTRAL_DATABASE_URL or a SQLite "
                        "file in the user data folder)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = sub.add_parser("serve", help="run the service")
    serve.add_argument("--database-url", default=argparse.SUPPRESS)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--tls-cert")
    serve.add_argument("--tls-key")
    serve.add_argument("--log-level", default="warning")
    serve.add_argument("--behind-tls-proxy", action="store_true",
                       help="allow plain HTTP on a non-loopback address, because a "
                            "TLS-terminating proxy is the only way in")
    serve.add_argument("--max-connections", type=int, default=256,
                       help="open connections at most; beyond, requests answer 503 "
                            "(default 256)")
    serve.add_argument("--token-idle-days", type=int, default=30,
                       help="a laptop unseen this many days must sign in again (default 30)")
    serve.set_defaults(func=cmd_serve)
    add = sub.add_parser("add-user", help="add a user (password asked, or "
                                          "KEYWORKER_CENTRAL_PASSWORD)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=accounts.ROLES)
    add.add_argument("--team")
    add.set_defaults(func=cmd_add_user)
    add.add_argument("--full-name", help="the name laptops show (default: the user name)")
    alloc = sub.add_parser(
        "allocate", help="allocate a young person to a user (a record laptops pull; the "
                         "user's scope follows)")
    alloc.add_argument("user", nargs="?", help=argparse.SUPPRESS)  # the old positional form
    alloc.add_argument("young_person_id", nargs="?", help=argparse.SUPPRESS)
    alloc.add_argument("--user", dest="user_flag", metavar="NAME")
    alloc.add_argument("--young-person", metavar="ID")
    alloc.add_argument("--role", choices=ROLE_CHOICES, default="keyworker")
    alloc.add_argument("--reason", help="first_allocation, child_complaint, staff_left, "
                                        "no_positive_relationship or not_in_best_interests")
    alloc.add_argument("--on", type=_iso_date, metavar="YYYY-MM-DD", help="default: today")
    alloc.set_defaults(func=cmd_allocate)
    end = sub.add_parser("end-allocation", help="end a young person's allocation of a role")
    end.add_argument("--young-person", required=True, metavar="ID")
    end.add_argument("--role", choices=ROLE_CHOICES, default="keyworker")
    end.add_argument("--reason", required=True,
                     help="step_down, child_complaint, staff_left, no_positive_relationship "
                          "or not_in_best_interests")
    end.add_argument("--on", type=_iso_date, metavar="YYYY-MM-DD", help="default: today")
    end.set_defaults(func=cmd_end_allocation)
    link = sub.add_parser("link-staff", help="make (or rename) the staff record laptops get "
                                             "for an existing user")
    link.add_argument("name")
    link.add_argument("--full-name")
    link.set_defaults(func=cmd_link_staff)
    devices = sub.add_parser("list-devices", help="list registered devices")
    devices.set_defaults(func=cmd_list_devices)
    rev = sub.add_parser("revoke-device", help="revoke a device (wiped at next connection)")
    rev.add_argument("device_id")
    rev.add_argument("--keep-password", action="store_true",
                     help="the laptop was handed back: its user may register another with "
                          "the same password (otherwise a new password is needed first)")
    rev.set_defaults(func=cmd_revoke_device)
    for sp in (add, alloc, end, link, devices, rev):
        sp.add_argument("--database-url", default=argparse.SUPPRESS)
    account_commands.add_commands(sub)
    migrate_command.add_commands(sub)
    report_command.add_commands(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.engines = []
    try:
        return int(args.func(args))
    except accounts.AccountError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        for engine in args.engines:
            engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
