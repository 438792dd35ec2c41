"""Triage: ``triage YOUNG_PERSON waiting|accept|decline`` and ``triage --list`` (the queue)."""

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
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import DsrStatus
from keyworker_desktop.store.errors import ValidationError

# The command line's words for the decisions, and the status each one moves to.
DECISIONS = {"waiting": DsrStatus.WAITING, "accept": DsrStatus.ACCEPTED,
             "decline": DsrStatus.DECLINED}


def cmd_triage(args: argparse.Namespace) -> int:
    if args.list:
        if args.young_person or args.decision:
            raise CliError(translate(
                "Cli", "Either --list, or a young person and a decision: not both."), 2)
        return list_queue(args)
    if not args.young_person or not args.decision:
        raise CliError(translate(
            "Cli", "Say who and what: 'keyworker triage YOUNG_PERSON {decisions}', or "
            "'keyworker triage --list'.").format(decisions="|".join(DECISIONS)), 2)
    from keyworker_desktop.services.triage import move, triage_status

    target = DECISIONS[args.decision]
    today = date.today()
    on = args.on or today
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            try:
                move(s, yp.id, target.value, on=on, today=today, decided_by=args.by,
                     reason=args.reason or "")
            except ValidationError as exc:
                if args.by is None and exc.for_field("decided_by"):
                    # The store has no user's name to default to (init without --name).
                    raise CliError(translate(
                        "Cli", "{message} Say who decided with --by NAME. Nothing was "
                        "changed.").format(message=exc.message), 2) from None
                raise
            status = triage_status(s, yp.id)
            name = yp.display_name
    finally:
        store.close()
    assert status is not None
    by = f" by {status.decided_by}" if status.decided_by else ""
    emit(args, {"young_person_id": yp.id, "status": status.status, "status_on": on,
                "decided_by": status.decided_by, "decision_reason": status.decision_reason},
         lambda: [f"{name}: {status.label.lower()} on {on.isoformat()}{by}."])
    return 0


def list_queue(args: argparse.Namespace) -> int:
    """The triage queue (``triage --list``, ``list triage``)."""
    from keyworker_desktop.services.records import short_ids
    from keyworker_desktop.services.triage import triage_queue

    store = open_store(args)
    try:
        with store.session() as s:
            rows = triage_queue(s, date.today())
            ids = short_ids(s)
    finally:
        store.close()

    def lines() -> list[str]:
        if not rows:
            return [translate("Cli", "Nobody is waiting for triage.")]
        out = [f"{'Name':28} {'Days':>4}  {'Referred':10} {'Referred by':24} {'Status':10} Id"]
        for r in rows:
            referred = r.referred_on.isoformat() if r.referred_on else "-"
            out.append(f"{r.name[:28]:28} {r.days_waiting:>4}  {referred:10} "
                       f"{(r.referred_by or '-')[:24]:24} {r.status:10} "
                       f"{ids.get(r.young_person_id, r.young_person_id)}")
        return out

    emit(args, [r.__dict__ for r in rows], lines)
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``triage``."""
    triage = sub.add_parser(
        "triage", help="move a referral to the triage waiting list, accept or decline it; "
                       "--list shows the queue")
    triage.add_argument("young_person", metavar="YOUNG_PERSON", nargs="?",
                        help="id, id prefix or name")
    triage.add_argument("decision", nargs="?", choices=list(DECISIONS),
                        help="waiting (the triage waiting list), accept (onto the register) "
                             "or decline (needs --reason)")
    triage.add_argument("--reason", metavar="TEXT", help="why (needed to decline)")
    triage.add_argument("--by", metavar="NAME",
                        help="who decided (default: your name, as the store knows it)")
    triage.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD",
                        help="when (default: today; not before the referral)")
    triage.add_argument("--list", action="store_true",
                        help="the triage queue: everyone referred or waiting, oldest first, "
                             "with days waiting")
    triage.add_argument("--json", action="store_true")
    triage.set_defaults(func=cmd_triage)
