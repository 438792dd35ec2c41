"""Ending involvement: ``close`` a young person's involvement, ``reopen`` it, and save the
``handover`` summary for the next keyworker as a PDF."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from keyworker_desktop.cli.common import (
    CliError,
    Subcommands,
    emit,
    iso_date,
    open_store,
    pdf_out,
    young_person_or_exit,
)
from keyworker_desktop.domain.i18n import translate


def cmd_close(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.ending import close_involvement, closure

    today = date.today()
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            current = closure(s, yp.id)
            if current is not None:
                raise CliError(translate(
                    "Cli", "{display_name} was closed already on {isoformat}. Nothing was "
                    "changed.").format(
                    display_name=yp.display_name, isoformat=current.closed_on.isoformat()), 1)
            ending = close_involvement(s, yp.id, reason=args.reason,
                                       outcome=args.outcome or "",
                                       closed_on=args.on or today, today=today)
            ending_id, closed_on, name = ending.id, ending.closed_on, yp.display_name
    finally:
        store.close()
    emit(args, {"young_person_id": yp.id, "ending_id": ending_id, "closed_on": closed_on},
         lambda: [translate(
             "Cli", "Closed {name} on {closed_on}. They no longer list in the caseload; "
             "'keyworker reopen' brings them back.").format(name=name, closed_on=closed_on)])
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.ending import closure, reopen_involvement

    today = date.today()
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            if closure(s, yp.id) is None:
                raise CliError(translate(
                    "Cli", "{display_name} is not closed. Nothing was changed.").format(
                    display_name=yp.display_name), 1)
            on = args.on or today
            reopen_involvement(s, yp.id, reason=args.reason, reopened_on=on, today=today)
            name = yp.display_name
    finally:
        store.close()
    emit(args, {"young_person_id": yp.id, "reopened_on": on},
         lambda: [translate(
             "Cli", "Reopened {name} on {on}: back in the caseload.").format(name=name, on=on)])
    return 0


def cmd_handover(args: argparse.Namespace) -> int:
    from keyworker_desktop.services.handover import ending_state
    from keyworker_desktop.services.handover_summary import handover_pdf
    from keyworker_desktop.services.plans import write_file_atomically

    out = pdf_out(args.out, "handover summary", "summary")
    store = open_store(args)
    try:
        # One transaction: if the file cannot be written, the copy is not audited.
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            pdf = handover_pdf(s, yp.id, datetime.now())
            permission = ending_state(s, yp.id).handover_recorded
            try:
                write_file_atomically(out, pdf)
            except OSError as exc:
                raise CliError(translate(
                    "Cli", "Could not write {out}: {reason}").format(
                    out=out, reason=exc.strerror or exc), 1) from None
            name = yp.display_name
    finally:
        store.close()
    emit(args, {"young_person_id": yp.id, "out": str(out), "bytes": len(pdf),
                "family_permission_recorded": permission, "encrypted": False},
         lambda: [translate(
             "Cli", "Saved the handover summary for {name} to {out}.").format(name=name, out=out),
                  translate(
                      "Cli", "The copy is not encrypted: keep it safe and delete it when it has "
                      "been handed over.")]
         + ([] if permission else [translate(
             "Cli", "The family's permission to hand over is not recorded: do not share it "
             "until it is.")]))
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``close``, ``reopen`` and ``handover``."""
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
    handover = sub.add_parser(
        "handover", help="save the handover summary for the next keyworker as a PDF "
                         "(not encrypted)")
    handover.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    handover.add_argument("--out", required=True, metavar="FILE.pdf",
                          help="the PDF to write (the copy is not encrypted)")
    handover.add_argument("--json", action="store_true")
    handover.set_defaults(func=cmd_handover)
