"""Keyworker allocation on the laptop: ``allocate`` and ``end-allocation``.

The allocation syncs like any record; allocated to a member of staff linked to a central
account, the central store's scope follows it at the next sync.
"""

from __future__ import annotations

import argparse
import sys
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
from keyworker_desktop.domain.vocab import AllocationRole, ChangeReason

# The command line's spellings of the stored codes.
ROLES = {"keyworker": AllocationRole.KEYWORKER, "senior": AllocationRole.SENIOR_KEYWORKER,
         "family": AllocationRole.FAMILY_KEYWORKER}


def _reason(text: str, allowed: tuple[ChangeReason, ...]) -> str:
    from keyworker_desktop.services.allocation import reason_code

    code = reason_code(text, allowed)
    if code is None:
        raise CliError(translate("Cli", "That reason is not one of: {reasons}. Nothing was "
                                 "changed.").format(reasons=", ".join(m.value for m in allowed)),
                       2)
    return code


def cmd_allocate(args: argparse.Namespace) -> int:
    from keyworker_desktop.services import allocation

    reason = _reason(args.reason, allocation.NEW_REASONS)
    role = ROLES[args.role]
    on = args.on or date.today()
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            found = allocation.find_staff(s, args.staff)
            if not found and args.new_staff:
                found = [allocation.add_staff(s, args.staff)]
            if len(found) != 1:
                known = [c.name + (f" ({c.account})" if c.account else "")
                         for c in allocation.staff_choices(s)]
                names = ", ".join(known) or "-"
                raise CliError((translate(
                    "Cli", "No member of staff is called that. Staff known on this laptop: "
                    "{names}. Give one of these, or add them with --new-staff. Nothing was "
                    "changed.") if not found else translate(
                    "Cli", "More than one member of staff is called that. Staff known on this "
                    "laptop: {names}. Give one of these, or add them with --new-staff. Nothing "
                    "was changed.")).format(names=names), 2)
            staff = found[0]
            ending = [a.id for a in allocation.current_allocations(s, yp.id)
                      if a.role == role.value]
            made, warnings = allocation.allocate(
                s, yp.id, staff.id, role=role.value, reason=reason, starts_on=on,
                line_manager_notified_on=args.line_manager_notified, notes=args.notes or "")
            name, made_id = staff.name, made.id
    finally:
        store.close()
    for problem in warnings:
        print(f"Warning: {problem.message}", file=sys.stderr)
    emit(args, {"id": made_id, "young_person_id": yp.id, "staff_id": staff.id,
                "staff_name": name, "role": role.value, "starts_on": on.isoformat(),
                "change_reason": reason, "ended": ending,
                "warnings": [w.message for w in warnings]},
         lambda: [translate("Cli", "{name} is now the {role} from {date} ({reason}).").format(
             name=name, role=role.label.lower(), date=on.isoformat(),
             reason=ChangeReason(reason).label.lower())
                  + (" " + translate("Cli", "Ended {count} earlier allocation.").format(
                      count=len(ending)) if ending else "")])
    return 0


def cmd_end_allocation(args: argparse.Namespace) -> int:
    from keyworker_desktop.services import allocation

    reason = _reason(args.reason, allocation.END_REASONS)
    role = ROLES[args.role]
    on = args.on or date.today()
    store = open_store(args)
    try:
        with store.transaction() as s:
            yp = young_person_or_exit(s, args.young_person)
            current = [a for a in allocation.current_allocations(s, yp.id)
                       if a.role == role.value]
            if not current:
                raise CliError(translate(
                    "Cli", "No one is the {lower} now. Nothing was changed.").format(
                    lower=role.label.lower()), 2)
            for a in current:
                allocation.end_allocation(s, a.id, ends_on=on, reason=reason)
    finally:
        store.close()
    emit(args, {"young_person_id": yp.id, "ended": [a.id for a in current]},
         lambda: [f"Ended: {a.staff_name}, {role.label.lower()}, on {on.isoformat()}."
                  for a in current])
    return 0


def add_commands(sub: Subcommands) -> None:
    """Add ``allocate`` and ``end-allocation``."""
    new_reasons = ", ".join(m.value for m in (
        ChangeReason.FIRST_ALLOCATION, ChangeReason.CHILD_COMPLAINT, ChangeReason.STAFF_LEFT,
        ChangeReason.NO_POSITIVE_RELATIONSHIP, ChangeReason.NOT_IN_BEST_INTERESTS))
    alloc = sub.add_parser("allocate", help="allocate a keyworker, senior keyworker or family "
                                            "keyworker (ends whoever held the role)")
    alloc.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    alloc.add_argument("--staff", required=True, metavar="NAME",
                       help="a member of staff's name or central account")
    alloc.add_argument("--role", choices=list(ROLES), default="keyworker")
    alloc.add_argument("--reason", required=True, help=new_reasons)
    alloc.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    alloc.add_argument("--line-manager-notified", type=iso_date, metavar="YYYY-MM-DD")
    alloc.add_argument("--notes")
    alloc.add_argument("--new-staff", action="store_true",
                       help="add the member of staff if no one is called that")
    alloc.add_argument("--json", action="store_true")
    alloc.set_defaults(func=cmd_allocate)
    end = sub.add_parser("end-allocation", help="end an allocation with no successor")
    end.add_argument("young_person", metavar="YOUNG_PERSON", help="id, id prefix or name")
    end.add_argument("--role", choices=list(ROLES), default="keyworker")
    end.add_argument("--reason", required=True,
                     help="step_down, child_complaint, staff_left, no_positive_relationship "
                          "or not_in_best_interests")
    end.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    end.add_argument("--json", action="store_true")
    end.set_defaults(func=cmd_end_allocation)
