"""Ending involvement: ``close`` a young person's involvement and ``reopen`` it."""

from __future__ import annotations

import argparse
from datetime import date

from keyworker_desktop.cli.common import (
    CliError,
    Subcommands,
    emit,
    iso_date,
    open_store,
    young_person_or_exit,
)


def cmd_close(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.ending import close_involvement, closure

    today = date.today()
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            current = closure(s, yp.id)
            if current is not None:
                raise CliError(f"{yp.display_name} was closed already on "
                               f"{current.closed_on.isoformat()}. Nothing was changed.", 1)
            ending = close_involvement(s, yp.id, reason=args.reason,
                                       outcome=args.outcome or "",
                                       closed_on=args.on or today, today=today)
            ending_id, closed_on, name = ending.id, ending.closed_on, yp.display_name
    finally:
        store.close()
    emit(args, {"young_person_id": yp.id, "ending_id": ending_id, "closed_on": closed_on},
         lambda: [f"Closed {name} on {closed_on}. They no longer list in the caseload; "
                  "'keyworker reopen' brings them back."])
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.ending import closure, reopen_involvement

    today = date.today()
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            if closure(s, yp.id) is None:
                raise CliError(f"{yp.display_name} is not closed. Nothing was changed.", 1)
            on = args.on or today
            reopen_involvement(s, yp.id, reason=args.reason, reopened_on=on, today=today)
            name = yp.display_name
    finally:
        store.close()
    emit(args, {"young_person_id": yp.id, "reopened_on": on},
         lambda: [f"Reopened {name} on {on}: back in the caseload."])
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``close`` and ``reopen``."""
    close = sub.add_parser("close", help="close a young person's involvement")
    close.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    close.add_argument("--reason", required=True, metavar="TEXT", help="why it is closing")
    close.add_argument("--outcome", metavar="TEXT", help="what the involvement achieved")
    close.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD",
                       help="the closing date (default: today; not before the referral)")
    close.add_argument("--json", action="store_true")
    close.set_defaults(func=cmd_close)
    reopen = sub.add_parser("reopen", help="reopen a closed young person's involvement")
    reopen.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    reopen.add_argument("--reason", required=True, metavar="TEXT", help="why it is reopening")
    reopen.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD",
                        help="the reopening date (default: today; not before the closure)")
    reopen.add_argument("--json", action="store_true")
    reopen.set_defaults(func=cmd_reopen)
