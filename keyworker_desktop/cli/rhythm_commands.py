"""``keyworker contact`` and ``keyworker acknowledge``: the week's rhythm from a terminal.

    keyworker contact "Olly" --with "Jo Patel" --how call --summary "Chased the plan"
    keyworker acknowledge NOTE_ID

A contact with someone in the young person's network or family is tied to them (and moves
the network's last contact); any other name is kept as typed.
"""

from __future__ import annotations

import argparse
from datetime import datetime

from keyworker_desktop.cli.common import (
    CliError,
    Subcommands,
    emit,
    open_store,
    young_person_or_exit,
)
from keyworker_desktop.domain.i18n import translate

HOWS = {"call": "call", "email": "email", "message": "message", "letter": "letter",
        "in-person": "in_person"}


def _when(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "Cli", "give the time as YYYY-MM-DD HH:MM")) from None


def cmd_contact(args: argparse.Namespace) -> int:
    from keyworker_desktop.services import rhythm

    at = args.at or datetime.now().replace(second=0, microsecond=0)
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            who = rhythm.match_contactable(s, yp.id, args.with_name)
            entry = rhythm.add_contact(
                s, yp.id, contact_at=at, how=HOWS[args.how], direction=args.direction,
                summary=args.summary, with_name=who.name if who else args.with_name.strip(),
                professional_id=who.id if who and who.kind == "professional" else None,
                family_member_id=who.id if who and who.kind == "family_member" else None)
            name, entry_id = yp.display_name, entry.id
    finally:
        store.close()
    tied = f" ({'network' if who.kind == 'professional' else 'family'})" if who else ""
    emit(args, {"id": entry_id, "young_person_id": yp.id, "with": args.with_name,
                "linked_to": who.id if who else None, "how": HOWS[args.how],
                "direction": args.direction, "contact_at": at},
         lambda: [translate(
             "Cli", "Logged a {how} with {with_name}{tied} for {name} at {at}.").format(
             how=args.how, with_name=args.with_name, tied=tied, name=name,
            at=f"{at:%Y-%m-%d %H:%M}")])
    return 0


def cmd_acknowledge(args: argparse.Namespace) -> int:
    from keyworker_desktop.services import rhythm

    store = open_store(args)
    try:
        with store.transaction() as s:
            if rhythm.account_role(s) not in rhythm.MANAGING_ROLES:
                raise CliError(translate(
                    "Cli", "Only a senior or manager acknowledges a raised note (this laptop is "
                    "not registered as one). Nothing was changed."), 2)
            try:
                note = rhythm.acknowledge_raise(s, args.note_id)
            except KeyError:
                raise CliError(translate(
                    "Cli", "There is no such session note. Nothing was changed."), 6) \
                    from None
            by, at = note.raise_acknowledged_by, note.raise_acknowledged_at
    finally:
        store.close()
    emit(args, {"note_id": args.note_id, "acknowledged_by": by, "acknowledged_at": at},
         lambda: [translate("Cli", "Acknowledged the raised note {note_id}.").format(
            note_id=args.note_id)])
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``contact`` and ``acknowledge`` to the ``keyworker`` sub-commands."""
    contact = sub.add_parser("contact", help="log a call, email, message or letter")
    contact.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    contact.add_argument("--with", dest="with_name", required=True, metavar="NAME",
                         help="who: a name in the network or family ties it to them")
    contact.add_argument("--how", required=True, choices=tuple(HOWS))
    contact.add_argument("--at", type=_when, default=None, metavar='"YYYY-MM-DD HH:MM"',
                         help="when (default: now)")
    contact.add_argument("--direction", choices=("in", "out"), default="out",
                         help="in: they contacted us; out (default): we contacted them")
    contact.add_argument("--summary", required=True, help="what was said or agreed")
    contact.add_argument("--json", action="store_true", help="print the result as JSON")
    contact.set_defaults(func=cmd_contact)
    ack = sub.add_parser("acknowledge",
                         help="acknowledge a session note raised with the manager")
    ack.add_argument("note_id", metavar="NOTE_ID")
    ack.add_argument("--json", action="store_true", help="print the result as JSON")
    ack.set_defaults(func=cmd_acknowledge)
